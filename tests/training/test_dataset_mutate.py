"""The mutation corpus: each mutant carries one true, labelled violation."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from harness.engine import Engine
from training.data.catalogue import fold, norm_cie10
from training.data.generator import BUNDLED_DIR, BUNDLED_FILES, dumps_record, generate_record
from training.data.mutate import MUTATED_CHECKS, mutate_record
from training.data.prepare import read_examples

EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent)) or shutil.which("epicrisis")
BUNDLED = BUNDLED_DIR / BUNDLED_FILES[0][0]
CODE = re.compile(r"(?<![\w.])[A-Z]\d\d[0-9A-Z.]*(?![\w])")
ATC = re.compile(r"^[A-Z]\d\d[A-Z]{2}\d\d$")


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    """Mutants of 60 bundled records and of 30 flat and nodots records."""
    records = [(ex.id, ex.record) for ex in read_examples([BUNDLED]).examples[:60]]
    records += [(f"g{i}", generate_record(4, i, ("flat", "nodots")[i % 2])) for i in range(30)]
    return [m for i, (rid, r) in enumerate(records) for m in mutate_record(r, rid, random.Random(i))]


def _input_text(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_every_error_check_gets_mutants_with_labels(corpus):
    counts = Counter(m["mutation"]["check"] for m in corpus)
    assert set(counts) == set(MUTATED_CHECKS)
    # a dose after a drug's code, and a side, are in fewer records than a code or a sentence
    assert min(n for c, n in counts.items() if c not in ("HAL003", "HAL004")) >= 80
    assert counts["HAL003"] >= 40 and counts["HAL004"] >= 20, counts
    for m in corpus:
        assert list(m) == ["id", "instruction", "input", "output", "mutation"]
        assert set(m["mutation"]) == {"check", "kind", "detail"} and m["mutation"]["detail"]
        assert re.search(rf"~{m['mutation']['check']}(-[a-z]+)?$", m["id"]), m["id"]
    assert len({m["id"] for m in corpus}) == len(corpus)


def test_mutations_are_the_violations_they_claim(corpus):
    """Read without the rule engine: the label is true of the text."""
    for m in corpus:
        check, kind, out = m["mutation"]["check"], m["mutation"]["kind"], m["output"]
        text = _input_text(m["input"]).upper()
        input_codes = {c if ATC.match(c) else norm_cie10(c) for c in CODE.findall(text)}
        if check == "FMT001":
            assert not out.startswith("Ingresa por")
        elif check == "FMT002":
            assert re.search(r"\*|`|\[|\]|<b>|^#|^- ", out, re.M)
        elif check == "FMT003":
            assert not 80 <= len(out.split()) <= 200
        elif check in ("COD001", "COD003"):
            assert kind in ("unparenthesised", "malformed", "early-dot", "shared-parenthesis")
            if kind == "shared-parenthesis":
                assert re.search(r"\([A-Z]\d\d[0-9A-Z.]*, [A-Z]\d\d[0-9A-Z.]*\)", out)
        elif check in ("COD002", "COD004"):
            written = {c if ATC.match(c) else norm_cie10(c) for c in CODE.findall(out)}
            assert written - input_codes, m["mutation"]
        elif check == "HAL001":
            assert m["mutation"]["detail"] in out and fold(m["mutation"]["detail"]) not in fold(_input_text(m["input"]))
        elif check == "REP001":
            assert kind in ("repeated-sentence", "loop")
            if kind == "repeated-sentence":
                assert out.count(m["mutation"]["detail"]) == 2
        elif check == "DEM001":
            assert kind in ("sex-swap", "age-change")
        elif check == "HAL003":
            assert kind in ("dose-change", "frequency-change", "route-change")
            code, change = m["mutation"]["detail"].split(": ", 1)
            assert code in _input_text(m["input"]) and change.split(" por ", 1)[1] in out
        elif check == "HAL004":
            old, new = re.findall(r"«([^»]+)»", m["mutation"]["detail"])
            assert new in out and fold(old) in fold(_input_text(m["input"]))
            assert fold(new) not in fold(_input_text(m["input"]))


def test_the_engine_detects_the_labelled_check(corpus):
    engine = Engine()
    total, hit = Counter(), Counter()
    for m in corpus:
        check = m["mutation"]["check"]
        total[check] += 1
        errors = {f.check for f in engine.check(m["output"], m["input"]).findings if f.severity.value == "error"}
        hit[check] += check in errors
    assert sum(hit.values()) / sum(total.values()) >= 0.95, {c: hit[c] / total[c] for c in total}
    assert all(hit[c] / total[c] >= 0.75 for c in total), {c: hit[c] / total[c] for c in total}


def test_mutations_are_seeded():
    record = generate_record(3, 3)
    assert mutate_record(record, "r", random.Random(5)) == mutate_record(record, "r", random.Random(5))


def test_mutate_command(tmp_path):
    lines = BUNDLED.read_bytes().splitlines()[:8]
    broken = json.loads(lines[0])
    broken["output"] = "Paciente con " + broken["output"]  # already failing: no mutant can be attributed
    lines[0] = dumps_record(broken).encode("utf-8")
    src, out = tmp_path / "in.jsonl", tmp_path / "mutants.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    proc = subprocess.run([EPICRISIS, "data", "mutate", str(src), "--out", str(out), "--seed", "3"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    mutants = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {m["id"].split("~")[0] for m in mutants} == {f"in:{n}" for n in range(2, 9)}
    assert f"{len(mutants)} mutants of 7 records (1 records already failing" in proc.stdout
    only = subprocess.run([EPICRISIS, "data", "mutate", str(src), "--out", str(out), "--select", "DEM001,FMT001"],
                          capture_output=True, text=True, timeout=120)
    assert only.returncode == 0
    checks = {json.loads(line)["mutation"]["check"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert checks == {"DEM001", "FMT001"}
    bad = subprocess.run([EPICRISIS, "data", "mutate", str(src), "--out", str(out), "--select", "HAL002"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "HAL002" in bad.stderr
