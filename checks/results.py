"""HAL001: a diagnosis whose test the input reports negative.

'coinfección por VIH' where the input says 'prueba rápida VIH: no reactiva', 'infección por
Helicobacter pylori' where it says 'antígeno de H. pylori negativo': the input names the disease
only as the subject of a test that came back negative, and a negative result grounds no diagnosis
(shared/spec/checklist.md: a diagnosis named in the output is absent from the input).

Only where every place the input names it reports a negative result: a name the input also affirms
('IgM dengue positiva', a diagnosis list, a code of the disease) stays grounded. An output that
names the test itself ('serología VIH no reactiva', 'prueba de VIH negativa') claims no disease.
"""

from __future__ import annotations

import re

from checks.evidence import Evidence, evidence, evidence_memo
from checks.lexicon import DIAGNOSIS, Mention
from checks.planned import planned_only
from checks.text import fold, output_tokens
from checks.code_tokens import norm_cie10

# A negative result written after the name, in the same row or field: 'VIH no reactivo', 'VIH: negativa',
# '"prueba rápida VIH": "no reactiva"' (the field's name, then its value on the next line: the line
# after it, not a later field). A viral load ('carga viral indetectable') reports on a known infection,
# not against it, and is no negative result here.
_AFTER = re.compile(r"^(?:(?!carga|tratamiento|\btar\b)[^.;,()\d\n]){0,24}?(?:\n\s*)?"
                    r"(?:\bno\s+reactiv[oa]s?|\bnegativ[oa]s?|\(\s*-\s*\))")
_BEFORE = re.compile(r"\bnegativ[oa]s?\s+(?:para|a)\s+(?:\w+\s+){0,2}$")
# The words of a test: the output naming the test claims nothing about the disease.
_TEST = re.compile(r"\b(?:prueba|pruebas|test|serologia|serologias|elisa|tamizaje|cribado|antigeno|anticuerpos?"
                   r"|pcr|igm|igg)\b[^.;,]{0,20}$")
_RESULT_WORDS = ("negativ", "reactiv", "(-)")


def _negative_only(doc, names: set[str]) -> bool:
    """Whether the input names any of ``names`` (token keys) and reports a negative result at each place."""
    ev = evidence(doc)
    raw = ev.raw
    tokens = ev.raw_tokens()
    keys, key_set = tokens.keys, tokens.key_set
    found = False
    for name in names:
        words = name.split()
        n = len(words)
        if not n or words[0] not in key_set:
            continue  # (most of a mention's names are not in the input at all: one set test)
        # the places of its first word found by list.index at C speed, in order (a Python test per
        # word of the input cost more than the rest of the reading)
        i, stop = -1, len(keys) - n + 1
        while True:
            try:
                i = keys.index(words[0], i + 1, stop)
            except ValueError:
                break
            if keys[i : i + n] != words:
                continue
            found = True
            start, end = tokens.start(i), tokens.end(i + n - 1)
            after = fold(raw[end : end + 40])
            before = fold(raw[max(0, start - 40) : start])
            if not (_AFTER.match(after) or _BEFORE.search(before)):
                return False  # named once without a negative result: the usual grounding decides
    return found


def _says_results(ev: Evidence) -> bool:
    return any(w in ev.flat for w in _RESULT_WORDS)


def _cie10_categories(ev: Evidence) -> frozenset[str]:
    return frozenset(c[:3] for c in ev.cie10)


def denied_by_result(doc, m: Mention) -> bool:
    """A diagnosis the input names only beside a negative result of its test (see the module's text),
    or a treatment the input names only as planned (checks.planned): what the input reports
    against the output's claim."""
    if m.kind != DIAGNOSIS:
        return planned_only(doc, m)
    if not evidence_memo(doc, "hal001_result_words", _says_results):
        return False  # most inputs report no negative result: nothing read
    categories = evidence_memo(doc, "hal001_cie10_categories", _cie10_categories)
    if any(e.code and norm_cie10(e.code)[:3] in categories for e in m.entries):
        return False  # the input codes the disease itself (its categories: once per distinct input)
    text = doc.output
    if _TEST.search(fold(text[max(0, m.start - 40) : m.start])) or _AFTER.match(fold(text[m.end : m.end + 40])):
        return False  # the output names the test, or its negative result
    tokens = output_tokens(doc)
    names = {" ".join(tokens.keys[m.first : m.last]), *(k for e in m.entries for k in e.keys)}
    return _negative_only(doc, names)
