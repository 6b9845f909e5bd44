"""A number of the output written in another form than the input's, for HAL002:
a frequency said in hours that the input says in words ('cada 24 horas' for
'al día', 'cada 12 h' for 'dos veces al día'), and a number whose thousands
are set off by a space, as the RAE and the SI write them ('14 300/mm3' for
'14,300/mm3'). Asked only of numbers that no key of the input grounds."""

from __future__ import annotations

import re

from harness.registry import Document
from checks.agreement import folded_output
from checks.dosing import FREQUENCY, parse_frequency
from checks.evidence import Evidence, cached_number_keys, evidence_memo

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
