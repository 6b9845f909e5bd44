"""A number of the output written in another form than the input's, for HAL002:
a frequency said in hours that the input says in words ('cada 24 horas' for
'al día', 'cada 12 h' for 'dos veces al día'), and a number whose thousands
are set off by a space, as the RAE and the SI write them ('14 300/mm3' for
'14,300/mm3'), a count in thousands said in words ('98 mil/µL' for '98000/µL'),
and a lab value's other unit in parentheses beside the input's value ('glucemia
486 mg/dL (27 mmol/L)'). Asked only of numbers that no key of the input grounds."""

from __future__ import annotations

import re

from harness.registry import Document
from checks.agreement import folded_output
from checks.dosing import FREQUENCY, parse_frequency
from checks.evidence import Evidence, cached_number_keys, evidence_memo
from checks.text import fold

# The alternatives of FREQUENCY that hold the number of hours or days written in digits.
_NUMBERED = frozenset({"h", "c", "q", "per", "d", "times"})


def _hours_said(ev: Evidence) -> frozenset[float]:
    """Hours between doses of every frequency the input says, in any form."""
    return frozenset(h for m in FREQUENCY.finditer(ev.flat) if (h := parse_frequency(m)) is not None)


def _input_hours(doc: Document) -> frozenset[float]:
    return evidence_memo(doc, "hal002_hours", _hours_said)  # once per distinct input


def frequency_said_otherwise(doc: Document, start: int, end: int) -> bool:
    """The number at start:end is the count of a frequency ('cada 24 horas', 'c/12h', 'cada 2 días')
    that the input says too, in whatever form: the same interval, not a new number."""
    folded = folded_output(doc)  # fold_keep: the output's offsets
    before = folded[max(0, start - 8) : start]
    # every numbered frequency has 'cada', 'c/', '/' or 'q' before its number, or 'vez'/'veces' after it
    if "cada" not in before and "/" not in before and "q" not in before \
            and not folded[end : end + 6].lstrip().startswith("ve"):
        return False
    for m in FREQUENCY.finditer(folded, max(0, start - 8), min(len(folded), end + 10)):
        if m.start() <= start and end <= m.end() and m.lastgroup in _NUMBERED:
            hours = parse_frequency(m)
            return hours is not None and hours in _input_hours(doc)
    return False


# Groups of three digits set off by a space (or a no-break or thin space) after a first group of one
# to three: '14 300', '1 250 000'. Not a decimal's or a code's digits.
_SPACED = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w]|[.,]\d)")


def spaced_thousands(text: str, start: int, end: int, known: set[str]) -> bool:
    """The number at start:end is a group of a number written with spaces between its thousands
    ('14 300'), and the whole number is the input's ('14,300', '14.300', '14300')."""
    for m in _SPACED.finditer(text, max(0, start - 16), min(len(text), end + 16)):
        if m.start() <= start and end <= m.end():
            joined = "".join(c for c in m.group() if c.isdigit())
            return not cached_number_keys(joined).isdisjoint(known)
    return False


# A count in thousands or millions said in words: 'plaquetas 98 mil/µL' for the input's '98000/µL',
# '1,2 millones' for '1.200.000'.
_SCALE_WORD = re.compile(r"\s+(mil|millon|millones)\b")
_SCALE = {"mil": 1000, "millon": 1_000_000, "millones": 1_000_000}


def said_in_thousands(text: str, start: int, end: int, known: set[str]) -> bool:
    """The number at start:end is followed by 'mil' or 'millones' and the whole count is the input's."""
    word = _SCALE_WORD.match(fold(text[end : end + 12]))
    if word is None:
        return False
    number = text[start:end]
    try:
        value = float(number.replace(".", "").replace(",", ".") if "," in number else number)
    except ValueError:
        return False
    whole = value * _SCALE[word.group(1)]
    return whole == int(whole) and not cached_number_keys(str(int(whole))).isdisjoint(known)


# One lab value written in two units, the second in parentheses: 'glucemia 486 mg/dL (27 mmol/L)',
# 'creatinina 1,2 mg/dL (106 µmol/L)'. Each analyte with its conventional and SI units and the factor
# between them (conventional x factor = SI); the analyte is named in the words before the pair.
_ANALYTES = (
    (("glucemia", "glicemia", "glucosa", "glicosa"), "mg/dl", "mmol/l", 1 / 18.016),
    (("creatinin",), "mg/dl", "umol/l", 88.42),
    (("urea",), "mg/dl", "mmol/l", 1 / 6.006),
    (("nitrogeno ureico", "bun"), "mg/dl", "mmol/l", 0.357),
    (("bilirrubin",), "mg/dl", "umol/l", 17.1),
    (("colesterol", "ldl", "hdl"), "mg/dl", "mmol/l", 1 / 38.67),
    (("triglicerid",), "mg/dl", "mmol/l", 1 / 88.57),
    (("calcio", "calcemia"), "mg/dl", "mmol/l", 0.2495),
    (("acido urico", "uricemia"), "mg/dl", "umol/l", 59.48),
    (("hemoglobina", "hb"), "g/dl", "g/l", 10.0),
)
_LAB_UNIT = r"(mg/dl|mmol/l|[uµμ]mol/l|g/dl|g/l)"
_PAIR = re.compile(r"(\d+(?:[.,]\d+)?)\s*" + _LAB_UNIT + r"\s*\(\s*(?:=\s*)?(\d+(?:[.,]\d+)?)\s*" + _LAB_UNIT
                   + r"\s*\)", re.IGNORECASE)


def _value(number: str) -> float:
    return float(number.replace(",", "."))


def _agrees(value: float, written: str) -> bool:
    """A converted value rounds to the number written (to its last digit, with 2 % for the factor's
    own rounding)."""
    decimals = len(written.replace(",", ".").partition(".")[2])
    return abs(value - _value(written)) <= 0.5 * 10 ** -decimals + 0.02 * abs(value)


def converted_beside(text: str, start: int, end: int, known: set[str]) -> bool:
    """The number at start:end is one of a lab value's two units ('486 mg/dL (27 mmol/L)'), the
    other is the input's, and the analyte named before them converts the one into the other."""
    if "(" not in text[max(0, start - 4) : end + 16]:
        return False  # the common case: no parenthesis beside the number
    for m in _PAIR.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if start == m.start(1):
            other, other_at = m.group(3), 3
        elif start == m.start(3):
            other, other_at = m.group(1), 1
        else:
            continue
        if cached_number_keys(other).isdisjoint(known):
            return False
        before = fold(text[max(0, m.start() - 40) : m.start()])
        units = (m.group(2).lower().replace("µ", "u").replace("μ", "u"),
                 m.group(4).lower().replace("µ", "u").replace("μ", "u"))
        for names, conventional, si, factor in _ANALYTES:
            if not any(n in before for n in names):
                continue
            if units == (conventional, si):
                conv, si_value = m.group(1), m.group(3)
            elif units == (si, conventional):
                conv, si_value = m.group(3), m.group(1)
            else:
                continue
            # the value the other number gives, in this number's unit
            if other_at == (1 if units[0] == conventional else 3):
                return _agrees(_value(conv) * factor, si_value)
            return _agrees(_value(si_value) / factor, conv)
        return False
    return False
