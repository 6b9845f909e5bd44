"""Fast paths find exactly what the code as first written finds, on every
text of the corpora: patterns rewritten to be led by a character class
(checks.text.word_led) instead of ``\\b`` or a lookbehind (every match, every
group), and the pre-tests that skip work (never where the work finds something)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from checks import ages, agreement, dem
from checks.agreement import _ADJ, _ABSOLUTE, fold_keep
from checks.text import iter_strings, word_led

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("bench/data/labelled.jsonl", "bench/blind/blind.jsonl", "bench/blind2/blind2.jsonl",
           "bench/heldout/heldout.jsonl", "bench/final/final.jsonl")
EDGES = ["la paciente", "xla paciente", "/la paciente", "(el paciente", "una  paciente / x", "un paciente(",
         "es dada de alta", "Xes operado", "es\nrealmente operada", "operado al ingreso", ";operada",
         "1.operada", "a. operado", "\n\n  trasladada a uci", "de sexo femenino", "dde sexo masculino",
         "sexo masculino", "hombre", "xmujer", "72 anos", "72 a.", "72 a, con", "edad 72 ano", "setenta y dos anos",
         "cien anos", "ciento dos anos", "paciente de 4 meses, operada", "lactante traido", "preescolar traida",
         "", "a", "anos", "1.5 a."]

# The patterns as first written: the reference.
SEX_RE = re.compile(r"\b(?:(?:de\s+)?sexo\s+(?P<sex>masculino|femenino)|paciente\s+(?P<adj>masculino|femenina|"
                    r"femenino)|(?P<noun>varon|hombre|mujer))\b")
ARTICLE = re.compile(r"(?<![/(\w])(?P<art>el|la|un|una|este|esta|dicho|dicha|nuestro|nuestra)\s+"
                     r"(?:mism[oa]\s+)?paciente\b(?!\s*/|\s*\()")
AFTER_PATIENT = re.compile(rf"\b(?:paciente|lactante|escolar|preescolar|adolescente)\s+"
                           rf"(?:de\s+\d{{1,3}}\s+(?:anos|meses)\s*,?\s*)?(?P<adj>{_ADJ})\b")
OPENING = re.compile(rf"(?:^|[;\n]|\.(?!\d))\s*(?P<adj>{_ADJ})\b{_ABSOLUTE}")
YEARS = re.compile(r"(?<![\w])(?:anos|ano|a\.|a(?=\s*,))(?!\w)")


@lru_cache(maxsize=1)
def _texts() -> list[str]:
    """Every output and input string of the corpora, folded, plus edge cases."""
    texts = list(EDGES)
    for name in CORPORA:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row["output"])
                texts.extend(s for _, s in iter_strings(row["input"]))
    return [fold_keep(t) for t in dict.fromkeys(texts)]


def _found(pattern: re.Pattern[str], text: str, groups: tuple[str, ...] = ()) -> list:
    return [(m.span(), *(m.span(g) for g in groups)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("new", "old", "groups"), [
    (agreement._ARTICLE, ARTICLE, ()),
    (agreement._AFTER_PATIENT, AFTER_PATIENT, ("adj",)),
    (ages._YEARS, YEARS, ()),
], ids=["article", "after-patient", "years"])
def test_led_pattern_finds_what_the_lookbehind_first_one_finds(new, old, groups):
    assert [t for t in _texts() if _found(new, t, groups) != _found(old, t, groups)] == []


def test_article_is_the_first_word_of_the_match():
    for text in _texts():
        assert [m.group().split(None, 1)[0] for m in agreement._ARTICLE.finditer(text)] == \
               [m.group("art") for m in ARTICLE.finditer(text)]


def test_sex_pattern_groups():
    def old(text):
        return [(m.span(), m.group("sex"), m.group("adj") or m.group("noun")) for m in SEX_RE.finditer(text)]

    def new(text):
        return [(m.span(), m.group("sex") or m.group("said"), m.group("adj") or (None if m.group("sex") or
                 m.group("said") else m.group())) for m in dem._SEX_RE.finditer(text)]
    assert [t for t in _texts() if old(t) != new(t)] == []


def test_opening_split_in_two_finds_what_one_pattern_finds():
    def new(text):
        first = agreement._OPENING_FIRST.match(text)
        rest = agreement._OPENING.finditer(text, first.end() if first else 0)
        return [m.span("adj") for m in ([first] if first else [])] + [m.span("adj") for m in rest]
    assert [t for t in _texts() if new(t) != [m.span("adj") for m in OPENING.finditer(t)]] == []


def test_number_before_years_is_skipped_only_where_none_is():
    for text in _texts():
        for y in YEARS.finditer(text):
            lead = text[max(0, y.start() - 40) : y.start()].rstrip()
            if not lead or not (lead[-1].isdigit() or lead.endswith(ages.NUMBER_ENDS)):
                assert ages._NUMBER_BEFORE.search(text, max(0, y.start() - 40), y.start()) is None, text


def test_word_led_refuses_what_it_cannot_lead():
    with pytest.raises(ValueError, match="lower-case letter"):
        word_led(["(?:x)"])
    assert re.fullmatch(word_led(["un", "una"]), "una")


def test_frame_hint_skips_only_texts_without_a_frame_word():
    from checks.code_terms import FRAME as _FRAME, after_frame as _after_frame

    raw = [t for name in CORPORA for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()
           for t in (json.loads(line)["output"],)]
    pieces = [p for t in raw for p in re.split(r"[.;:,()\n]", t)]
    pieces += ["Diagnosticándose neumonía", "SE INICIA ceftriaxona", "con DIAGNÓSTICO DE asma", "ſe inicia x",
               "compatible con neumonía", "neumonía", ""]
    assert [p for p in pieces if _after_frame(p) != _FRAME.split(p)[-1]] == []


def test_clause_before_a_side_is_what_splitting_the_whole_window_gives():
    from checks.laterality import CLAUSE_BREAK as _CLAUSE_BREAK, _CODE_PAREN, _clause_before

    def whole(folded, start):
        return _CLAUSE_BREAK.split(_CODE_PAREN.sub(" ", folded[max(0, start - 80) : start]))[-1]
    texts = _texts() + ["derrame pleural (j90) izquierdo", "fractura y\nde cadera (s72.0)\n derecha", "a y\nb c"]
    assert [(t, i) for t in texts for i in range(0, len(t) + 1, 5) if _clause_before(t, i) != whole(t, i)] == []


def test_markup_hint_in_two_patterns_says_what_the_multiline_one_says():
    from checks.fmt import _may_hold_markup

    hint = re.compile(r"[*_#\[\]`|<•·]|(?m:^[ \t]*(?:[-+]|\d{1,2}[.)])[ \t])")
    raw = [json.loads(line)["output"] for name in CORPORA
           for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    raw += ["- uno", "x\n  2. dos", "x\r- tres", "12) x", "123. x", "x - y", "a\n+\tb", "", "\n", "**x**"]
    assert [t for t in raw if _may_hold_markup(t) != bool(hint.search(t))] == []


def test_age_field_and_young_age_hint_as_first_written():
    from checks.dem import _may_give_young_age

    field = re.compile(r"\bedad\s*:\s*(\d{1,3})\b")
    young = re.compile(r"(?m)^\s*\d{1,3}\s*(?:mes|semana|dia)")
    texts = _texts() + ["edad: 72", "xedad: 72", "edad :3 meses", "3 meses", "\n 11 meses", "a\n\n2 dias", "x 4 meses"]
    assert [t for t in texts if _found(ages._EDAD_FIELD, t, (1,)) != _found(field, t, (1,))] == []
    assert [t for t in texts if _may_give_young_age(t) != bool(young.search(t))] == []
    joined = "\n".join(texts)  # as in an input's folded text: its strings one per line
    assert _may_give_young_age(joined) == bool(young.search(joined))


def test_emphasis_led_by_its_mark():
    from checks.fmt import _MARKUP

    emphasis = re.compile(r"(?<![\w*])\*(?=\S)[^*\n]+(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)[^_\n]+(?<=\S)_(?![\w_])")
    (led,) = [p for p, kind in _MARKUP if kind == "énfasis"]
    raw = [json.loads(line)["output"] for name in CORPORA
           for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    raw += ["*x*", "a*x*", "**x*", "_x_", "a_b_", "__x_", "* x*", "*x *", "x *y* z _w_"]
    assert [t for t in raw if _found(led, t) != _found(emphasis, t)] == []


def test_loop_pretest_passes_every_text_where_a_period_loops():
    import operator

    from checks.rep import _any_loop, _as_chars
    from checks.text import tokenize

    def loops(keys, max_period, repeats):
        for period in range(1, max_period + 1):
            need = (repeats - 1) * period
            if len(keys) >= need + period and bytes(map(operator.eq, keys, keys[period:])).find(b"\x01" * need) >= 0:
                return True
        return False
    texts = _texts() + ["a b c a b c a b c", "x x x", "uno dos tres cuatro cinco seis siete ocho " * 3, "a b a b"]
    for max_period, repeats in ((8, 3), (2, 2), (3, 4)):
        pattern = _any_loop(max_period, repeats)
        for text in texts:
            keys = tokenize(text).keys
            assert bool(pattern.search(_as_chars(keys))) == loops(keys, max_period, repeats), text


def test_term_before_a_code_as_first_computed():
    from checks.code_terms import BOUNDARY as _BOUNDARY, after_punctuation as _after_punctuation, term_before as _term_before
    from checks.code_tokens import CodeToken, find_code_tokens

    boundary = re.compile(r"[.;:,()\n]|\s(?:y|e|o|con|mas|más|sin|además|junto a|asociad[oa] a)\s", re.IGNORECASE)
    raw = [json.loads(line)["output"] for name in CORPORA
           for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    raw += ["neumonía y\nasma (J45.9)", "A\nY B (I10)", "HTA Y DM (E11.9)", "x" * 170 + " asma (J45.9)",
            "a, " + "b " * 90 + "(I10)", "(I10)"]
    assert [t for t in raw if boundary.split(t) != _BOUNDARY.split(t)] == []

    def first(text, code):
        end = code.paren[0] if code.paren else code.start
        last = boundary.split(_after_punctuation(text[max(0, end - 160) : end]))[-1]
        return end - len(last), end, _after_punctuation(text[max(0, end - 200) : end])
    codes = [(t, c) for t in raw for c in find_code_tokens(t)] + [(t, CodeToken("I10", len(t), len(t) + 3, "cie10", None))
                                                                 for t in raw]
    assert [t for t, c in codes if _term_before(t, c) != first(t, c)] == []


def test_articles_found_around_each_paciente_are_those_of_the_whole_text():
    texts = _texts() + ["la" + " " * 40 + "paciente", "la paciente" + " " * 20 + "/", "la paciente" + " " * 15 + "(",
                        "una paciente y la paciente", "xla paciente", "la misma   paciente", "la pacientepaciente",
                        "paciente la paciente", "el\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\npaciente"]
    assert [t for t in texts if [m.span() for m in agreement._article_matches(t)]
            != [m.span() for m in agreement._ARTICLE.finditer(t)]] == []


def test_alias_keys_as_first_written():
    from checks.lexicon import _aliases, alias_keys, phrase_key
    from checks.text import WORD_RE, keys_of

    def first(words, text):
        single, multi = _aliases()
        out = []
        for alias in sorted(single.keys() & set(words)):  # sorted: not the string hash's order
            for name in single[alias]:
                out.extend(name.split())
        for alias, names in multi.items():
            if f" {alias} " in text:
                for name in names:
                    out.extend(name.split())
        return out
    texts = _texts() + [" ".join(_aliases()[1]), "glicemia capilar y acido lactico", "\ufdfa glicemia capilar"]
    for t in texts:
        words = keys_of(WORD_RE.findall(t))
        text = " " + " ".join(words) + " "
        assert alias_keys(words, text) == first(words, text), t
    assert phrase_key("glicemia capilar") in _aliases()[1]


def _code_tokens_as_first_written(text):
    from checks.code_tokens import CODE_TOKEN_RE, CodeToken, _NEAR_CODE_RE, _NOT_CODE_BEFORE, _PAREN_RE, code_family

    tokens, parens = [], None
    for m in CODE_TOKEN_RE.finditer(text):
        raw, start = m.group(), m.start()
        if start and _NOT_CODE_BEFORE.search(text, max(0, start - 12), start):
            continue
        if parens is None:
            parens = [m.span() for m in _PAREN_RE.finditer(text)] if "(" in text else []
        enclosing = None
        for p in parens:
            if p[0] < start:
                if m.end() < p[1]:
                    enclosing = p
                    break
            else:
                break
        if raw.endswith(".") and enclosing is None:
            raw = raw[:-1]
        tokens.append(CodeToken(raw, start, start + len(raw), code_family(raw), enclosing))
    if "(" in text:
        for m in _NEAR_CODE_RE.finditer(text):
            start, end = m.span(1)
            if not any(t.start <= start < t.end for t in tokens):
                tokens.append(CodeToken(m.group(1), start, end, "cie10", (m.start(), m.end())))
        tokens.sort(key=lambda t: t.start)
    return tokens


def test_code_tokens_as_first_written():
    from checks.code_tokens import find_code_tokens

    raw = [json.loads(line)["output"] for name in CORPORA
           for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    raw += ["vitamina B12", "VIT. B12", "Vit B12", "complejo B12", "Coenzima Q10", "vitaminA  B12", "x B12",
            "vitamina\tB12", "dosis (J18.9)", "(I1.0) y J18.9", "(J18.9 I10) (E11.9", "J18.9.", "(a) J18.9 (b (I10))",
            "((J18.9))", ") J18.9 (", "(J18.9, (I1.0))"]
    raw += [t.upper() for t in raw]
    assert [t for t in raw if find_code_tokens(t) != _code_tokens_as_first_written(t)] == []


def test_person_and_age_words_before_a_number_as_first_written():
    person = re.compile(r"\b(?:paciente|varon|hombre|mujer|femenin[oa]|masculin[oa]|adult[oa]|senor[a]?|anciano|"
                        r"anciana|joven|lactante|adolescente)\b(?:(?!anos)[^.;\n\d]){0,40}\b(?:de|con)\s+$")
    edad = re.compile(r"\bedad(?:\s+de)?\s*:?\s*$")
    windows = [t[max(0, y.start() - 60) : y.start()] for t in _texts() for y in YEARS.finditer(t)]
    windows += ["mujer de ", "xmujer de ", "senora con ", "edad: ", "xedad ", "edad de  ", "paciente joven de "]
    for t in windows:
        assert _found(ages._PERSON_BEFORE, t) == _found(person, t), t
        assert _found(ages._EDAD_BEFORE, t) == _found(edad, t), t


def test_cue_pretest_answers_as_the_whole_cue_pattern():
    """context._has_cue looks for the 'no ...' and 'sin ...' cues alone unless a rarer cue's
    word is in the text: the same answer as the whole pattern, on every output and on each cue."""
    from checks.context import _ANY_CUE, _has_cue
    from checks.text import fold

    cues = ["no se administra", "no fue posible", "no candidata", "sin indicacion de", "nunca se uso",
            "tampoco se indica", "fuera de ventana", "contraindicada", "se descarta", "rechaza", "desestimada",
            "se difiere", "se posterga", "se evita", "evitando", "se decide no operar", "diferida",
            "bueno se usa", "casino necesidad", "sin fiebre", "no\trequiere", "(no se realiza", "xno se usa"]
    texts = [*_texts(), *cues, *(f"Paciente {c} x." for c in cues)]
    assert [t for t in texts if _has_cue(t) != (_ANY_CUE.search(fold(t)) is not None)] == []
    assert _has_cue("sin fiebre, no se administra nada") and not _has_cue("sin fiebre; buen estado")
