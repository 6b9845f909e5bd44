"""Ages said by the decade of life: 'varón octogenario', 'paciente septuagenaria', 'mujer
treintañera'. Each names a span of ten years, so it contradicts an input age outside the span
(DEM001) and agrees with any inside it."""

from __future__ import annotations

import re
from typing import Iterator

from checks.agreement import PERSON_APPOSED_BEFORE

# The word's stem and the first year of its decade; the learned -genario forms and the
# colloquial -añero ones ('treintañero'), both genders, singular (a patient is one person).
_DECADES = {
    "veintean": 20, "treintan": 30, "cuarentan": 40, "cincuentan": 50,
    "quincuagenari": 50, "sexagenari": 60, "septuagenari": 70, "setuagenari": 70,
    "octogenari": 80, "nonagenari": 90, "centenari": 100,
}
_DECADE_WORD = re.compile(r"\b(?P<stem>" + "|".join(_DECADES) + r")(?:er)?[oa]\b")
_LEADS = ("genari", "tan", "centenari")


def decade_ages(folded: str) -> Iterator[tuple[int, int, range]]:
    """(start, end, years) of each decade word said of the patient in a folded text; a relative's
    ('su madre, octogenaria', 'hijo de padre septuagenario') is left out."""
    if not any(lead in folded for lead in _LEADS):
        return
    for m in _DECADE_WORD.finditer(folded):
        if PERSON_APPOSED_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue
        first = _DECADES[m.group("stem")]
        yield m.start(), m.end(), range(first, first + 10 if first < 100 else 130)
