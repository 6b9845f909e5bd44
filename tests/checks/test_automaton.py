"""The automaton finds exactly the mentions the token trie found, on every
text the project bundles: the labelled, held-out, final and blind corpora
(outputs and inputs) and every case file."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from checks.lexicon import DRUG, entries, lexicon, Lexicon
from checks.text import tokenize
from tests import TESTS
from tests.casefile import CASES, load_cases
from tests.checks.trie_lexicon import TrieLexicon

ROOT = TESTS.parent
CORPORA = ["bench/data/labelled.jsonl", "bench/heldout/heldout.jsonl", "bench/final/final.jsonl",
           "bench/blind/blind.jsonl", "bench/corpus/clean.jsonl"]


def _strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _texts() -> list[str]:
    texts: list[str] = []
    for name in CORPORA:
        path = ROOT / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                row = json.loads(line)
                texts.append(row.get("output", ""))
                texts.append("\n".join(_strings(row.get("input"))))
    for path in sorted(CASES.glob("*.txt")):
        for case in load_cases(path):
            texts.append(case.output)
            texts.append("\n".join(_strings(case.input)))
    return [t for t in texts if t]


@lru_cache(maxsize=1)
def _trie() -> TrieLexicon:
    return TrieLexicon(entries())


def _found(lex, text: str) -> list[tuple]:
    return [(m.start, m.end, m.first, m.last, m.text, tuple(e.label for e in m.entries))
            for m in lex.find(tokenize(text), text)]


def test_the_bundled_texts_are_many():
    assert len(_texts()) > 1000


def test_automaton_finds_what_the_trie_found_in_every_bundled_text():
    differ = [text[:80] for text in _texts() if _found(lexicon(), text) != _found(_trie(), text)]
    assert not differ, f"{len(differ)} texts differ, first: {differ[:3]}"


@pytest.mark.parametrize("text", [
    "", "HTA", "hta", "Ingresa por NAC. Se inicia ceftriaxona ceftriaxona.",
    "insuficiencia cardiaca congestiva descompensada e insuficiencia renal",
    "P. jirovecii y A.P. con K 3,1 y Na 130",
    "ceftriaxone y amoxicilina/ácido clavulánico; furosemidaa",  # typos: fuzzy starts
])
def test_edge_cases_agree(text):
    assert _found(lexicon(), text) == _found(_trie(), text)


def test_a_kind_filtered_lexicon_agrees_too():
    kinds = frozenset({DRUG})
    text = "Ingresa por neumonía; recibe ceftriaxona, furosemida y omeprazol por HTA."
    auto, trie = Lexicon(entries(), kinds=kinds), TrieLexicon(entries(), kinds=kinds)
    assert _found(auto, text) == _found(trie, text)
    assert {m[4] for m in _found(auto, text)} >= {"ceftriaxona", "furosemida", "omeprazol"}
