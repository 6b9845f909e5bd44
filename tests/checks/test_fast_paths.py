"""Shortcuts taken for speed hold only while the data they trust holds."""

from __future__ import annotations


def test_every_catalogue_diagnosis_code_exists_in_icd10():
    """COD007 trusts the catalogue before loading the WHO list (a slow parse):
    that holds only while every catalogue code is in the list."""
    from checks.cod import _icd10_lists
    from checks.lexicon import DIAGNOSIS, by_code

    keys = [k for k, e in by_code().items() if e.kind == DIAGNOSIS]
    assert len(keys) > 500
    assert [k for k in keys if not _icd10_lists(k)] == []


def test_numbers_outside_codes_are_those_of_the_text_with_codes_blanked():
    import json
    import re
    from pathlib import Path

    from checks.evidence import build_evidence, numbers_outside_codes
    from checks.text import CODE_TOKEN_RE

    number = re.compile(r"\d+(?:[.,]\d+)*")

    def blanked(text: str) -> set[str]:
        return set(number.findall(CODE_TOKEN_RE.sub(" ", text.upper())))

    labelled = Path(__file__).resolve().parents[2] / "bench" / "data" / "labelled.jsonl"
    texts = [build_evidence(json.loads(line)["input"]).raw
             for line in labelled.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += ["J18.9,5 y 3", "5J18.9", "DM2 J01DD04 04", "j18.9.5", "ab J18.9.12,3", "x I10X.5", "B12 1.000,5"]
    assert [t for t in texts if numbers_outside_codes(t) != blanked(t)] == []
    assert numbers_outside_codes("Neumonía (J18.9), 40 mg c/8h, J01DD04") == {"40", "8"}
