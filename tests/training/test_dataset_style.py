"""The base's house style (training.data.writer_base): the same admission as
the hospital's record, grounded the same way, in another format."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from harness.engine import Engine
from harness.registry import all_checks
from training.data.generator import STYLES, generate_record, generate_records
from training.data.writer_base import ABBREVIATIONS

EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent)) or shutil.which("epicrisis")
# What the base must keep from the input (issue 12): >= 95% of its records pass each of these.
GROUNDING = ("HAL001", "HAL002", "HAL003", "HAL004", "DEM001", "COD002", "COD004", "REP001", "FMT002", "FMT003")
CODE_CHECKS = ("COD001", "COD003", "COD006")
N = 300


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _findings(engine: Engine, records: list[dict]) -> list[set[str]]:
    return [{f.check for f in engine.check(r["output"], r["input"], str(i)).findings}
            for i, r in enumerate(records)]


@pytest.mark.parametrize("shape", ["object", "flat", "nodots"])
def test_base_style_fails_the_format_and_keeps_the_grounding(engine, shape):
    found = _findings(engine, list(generate_records(N, 7001, shape=shape, style="base")))
    assert all("FMT001" in f for f in found)
    assert all(f & set(CODE_CHECKS) for f in found)  # codes absent or not in parentheses
    counts = Counter(check for f in found for check in f)
    for check in GROUNDING:
        if check in all_checks():  # HAL003/HAL004 count once they are registered
            assert counts[check] <= 0.05 * N, f"{check} fires on {counts[check]} of {N} base-style records"


def test_hospital_style_passes_everything_on_the_same_admissions(engine):
    records = list(generate_records(N, 7001, style="hospital"))
    assert all(engine.check(r["output"], r["input"], "x").passed for r in records)


def test_one_admission_in_either_style():
    for index in range(50):
        hospital, base = generate_record(7001, index), generate_record(7001, index, style="base")
        assert hospital == generate_record(7001, index, style="hospital")  # the default is the hospital's
        assert base["input"] == hospital["input"] and base["instruction"] == hospital["instruction"]
        assert base["output"] != hospital["output"]
    with pytest.raises(ValueError, match="unknown style"):
        generate_record(1, 1, style="informal")
    assert set(STYLES) == {"hospital", "base"}


def test_base_style_has_no_parenthesised_code_and_several_openings():
    outputs = [r["output"] for r in generate_records(600, 11, style="base")]
    assert not any(re.search(r"\(\s*[A-Z]\d\d", text) for text in outputs)
    assert not any(text.startswith("Ingresa por") for text in outputs)
    openings = Counter(" ".join(text.split()[:2]) for text in outputs)
    assert len(openings) >= 8 and max(openings.values()) < 0.35 * len(outputs)
    # codes in other forms, and reports without codes
    assert any("CIE-10: " in text and "Codificación" not in text for text in outputs)
    assert any("Codificación CIE-10:" in text for text in outputs)
    assert any(re.search(r" \(CIE-10 [A-Z]\d\d", text) for text in outputs)
    assert any(re.search(r" \(ATC [A-Z]\d\d", text) for text in outputs)
    assert any(not re.search(r"\b[A-Z]\d\d", text) for text in outputs)
    assert any(re.search(r"\b(HTA|DM2|EPOC)\b", text) for text in outputs)


def test_abbreviations_are_catalogue_names_of_their_codes():
    from checks.lexicon import by_code
    from checks.code_tokens import norm_cie10

    for code, abbreviation in ABBREVIATIONS.items():
        entry = by_code()[norm_cie10(code)]
        assert abbreviation in entry.names, f"{abbreviation} is not a catalogue name of {code} ({entry.label})"


def test_generate_command_writes_the_base_style(tmp_path):
    out = tmp_path / "base.jsonl"
    proc = subprocess.run([EPICRISIS, "data", "generate", "--n", "20", "--seed", "7001", "--style", "base",
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "style base" in proc.stdout
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(generate_records(20, 7001, style="base"))
    bad = subprocess.run([EPICRISIS, "data", "generate", "--n", "2", "--style", "informal", "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "informal" in bad.stderr
