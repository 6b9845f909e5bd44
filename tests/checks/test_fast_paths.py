"""Shortcuts taken for speed hold only while the data they trust holds."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from checks.code_tokens import CODE_TOKEN_RE

# checks.code_tokens.CODE_TOKEN_RE as first written (its lookbehind first): the reference.
CODE_SHAPED = re.compile(r"(?<![\w.])[A-Z]\d\d(?:[0-9A-Z]*)(?:\.[0-9A-Z]*)?(?![\w])")
LABELLED = Path(__file__).resolve().parents[2] / "bench" / "data" / "labelled.jsonl"


@lru_cache(maxsize=1)
def _corpus() -> list[tuple[str, str]]:
    """(output, input text) of every labelled record."""
    from checks.evidence import build_evidence

    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["output"], build_evidence(row["input"]).raw) for row in rows]


def test_code_tokens_are_found_where_the_lookbehind_first_pattern_finds_them():
    texts = [t for pair in _corpus() for t in pair] + [t.upper() for t, _ in _corpus()]
    texts += ["J18.9 x", "xJ18.9", ".J18.9", "(J18.9)", "J18", "vitamina B12", "I10X.", "a-J18.9"]
    assert [t for t in texts if [m.span() for m in CODE_TOKEN_RE.finditer(t)]
            != [m.span() for m in CODE_SHAPED.finditer(t)]] == []


def test_every_catalogue_diagnosis_code_exists_in_icd10():
    """COD007 trusts the catalogue before loading the WHO list (a slow parse):
    that holds only while every catalogue code is in the list."""
    from checks.cod import _icd10_lists
    from checks.lexicon import DIAGNOSIS, by_code

    keys = [k for k, e in by_code().items() if e.kind == DIAGNOSIS]
    assert len(keys) > 500
    assert [k for k in keys if not _icd10_lists(k)] == []


def test_numbers_outside_codes_are_those_of_the_text_with_codes_blanked():
    from checks.evidence import numbers_outside_codes

    number = re.compile(r"\d+(?:[.,]\d+)*")

    def blanked(text: str) -> set[str]:
        return set(number.findall(CODE_SHAPED.sub(" ", text.upper())))

    texts = [raw for _, raw in _corpus()]
    texts += ["J18.9,5 y 3", "5J18.9", "DM2 J01DD04 04", "j18.9.5", "ab J18.9.12,3", "x I10X.5", "B12 1.000,5"]
    assert [t for t in texts if numbers_outside_codes(t) != blanked(t)] == []
    assert numbers_outside_codes("Neumonía (J18.9), 40 mg c/8h, J01DD04") == {"40", "8"}


def test_numbers_are_found_where_the_lookbehind_first_pattern_finds_them():
    from checks.text import NUMBER_RE

    first_written = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
    texts = [t for pair in _corpus() for t in pair] + ["1,2.3 a1 1a .5 ,5 5. 12,345.6x 7 COVID-19 1.000"]
    assert [t for t in texts if [m.span() for m in NUMBER_RE.finditer(t)]
            != [m.span() for m in first_written.finditer(t)]] == []


def test_alias_keys_do_not_depend_on_the_string_hash():
    """The aliases present are read in one order whatever PYTHONHASHSEED is:
    their keys' order reaches phrase matching."""
    import subprocess
    import sys

    code = ("from checks.lexicon import alias_keys; "
            "words = 'crea ca k na mg hb pcr aas hbpm ieca tep iam hta dm2'.split(); "
            "print(alias_keys(words, ' ' + ' '.join(words) + ' '))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in (1, 2, 3, 4)}
    assert len(seen) == 1 and seen != {"[]\n"}
