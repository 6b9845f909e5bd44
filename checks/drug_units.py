"""Input objects that say how one drug is given though its fields are spread out (HAL003 reads
them through checks.dose): a FHIR MedicationRequest's coded medication beside its dosage, and a
flat export's fields sharing the drug's key as a prefix. Both give small units of (key, piece)
pairs, pieces being indices into checks.dose's list of the input's strings."""

from __future__ import annotations

import re
from typing import Any

_CODE_FIELDS = frozenset({"code", "codigo", "atc", "cod_atc", "codigo_atc"})


def coded_with_siblings(pieces: list[str], ranges: list[tuple[int, int]], small: int) -> list[tuple[str, int]]:
    """FHIR's MedicationRequest: {"medicationCodeableConcept": {"text": "Apixabán", "coding": [{"code":
    "B01AF02"}]}, "dosageInstruction": [{"text": "5 mg cada 12 horas", "route": {"text": "oral"}}]}. Small
    nested objects of which exactly one holds a code: the coded one names the thing, the others say how
    it is given, and all their strings join the parent's fields (two coded ones are two things)."""
    if sum(end - first for first, end in ranges) > 2 * small:
        return []
    coded = [r for r in ranges if any(pieces[p] in _CODE_FIELDS for p in range(*r))]
    if len(coded) != 1:
        return []
    return [(f"\x00{piece}", piece) for first, end in ranges for piece in range(first, end)]


def prefixed_units(fields: list[tuple[Any, int]], shapes: list[tuple[str, Any]],
                   owners: dict[int, list[int]]) -> None:
    """A flat export's fields about one item share its key as a prefix: {"med_2": "Metronidazol",
    "med_2_atc": "J01XD01", "med_2_posologia": "500 mg cada 8 horas", "med_2_via": "intravenosa"}.
    Each key with others extending it ('med_2_...') makes a small object of them."""
    ordered = sorted((str(key), piece) for key, piece in fields)
    for i, (key, piece) in enumerate(ordered):
        lead = key + "_"
        unit = [(key, piece)]
        for other, other_piece in ordered[i + 1 :]:
            if not other.startswith(key):
                break  # the keys extending it sort right after it ('med_10' among them: skipped)
            if other.startswith(lead):
                unit.append((other, other_piece))
        if len(unit) > 1:
            number = len(shapes)
            for _, p in unit:
                owners[p] = [*owners.get(p, ()), number]
            shapes.append(("dict", unit))


_ATC_WHOLE = re.compile(r"\s*[A-Z]\d\d[A-Z]{2}\d\d\s*")


def coded_row(pieces: list[str], first: int, shapes: list[tuple[str, Any]], owners: dict[int, list[int]]) -> None:
    """A list of a few strings of which exactly one is an ATC code is one drug's row, its fields in
    order: ["J01XA01", "Vancomicina", "1 g cada 5 días", "intraperitoneal"]. Its pieces (from
    ``first`` on) make a small object keyed by position; any other list (symptoms, findings) none."""
    items = range(first, len(pieces))
    if sum(1 for p in items if len(pieces[p]) <= 9 and _ATC_WHOLE.fullmatch(pieces[p])) != 1:
        return
    for p in items:
        owners[p] = [*owners.get(p, ()), len(shapes)]
    shapes.append(("dict", [(str(p - first), p) for p in items]))
