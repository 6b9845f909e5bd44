"""HAL002: numbers in the output that the input lacks (a warning). Registered
through the HAL family's module (checks.hal re-exports it), like every
check of a family."""

from __future__ import annotations

import re

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.dose import dose_mismatches
from checks.dem import derived_age
from checks.evidence import cached_number_keys, evidence, input_memo
from checks.number_forms import converted_beside, frequency_said_otherwise, said_in_thousands, spaced_thousands
from checks.text import iter_numbers


# A quantity written in another unit of the same measure is the same number:
# 1000 mg = 1 g, 0,5 L = 500 mL, 250 mcg = 0,25 mg.
# The units also in words, singular or plural ('paracentesis de 7 litros' = '7000 mL').
_TO_BASE = {"mg": ("mg", 1.0), "g": ("mg", 1000.0), "gr": ("mg", 1000.0), "mcg": ("mg", 0.001),
            "ug": ("mg", 0.001), "kg": ("mg", 1e6), "ml": ("ml", 1.0), "cc": ("ml", 1.0), "l": ("ml", 1000.0),
            "miligramo": ("mg", 1.0), "gramo": ("mg", 1000.0), "microgramo": ("mg", 0.001),
            "kilogramo": ("mg", 1e6), "kilo": ("mg", 1e6), "mililitro": ("ml", 1.0), "litro": ("ml", 1000.0)}
_UNITS = r"(mililitros?|miligramos?|microgramos?|kilogramos?|kilos?|litros?|gramos?|mg|gr|g|mcg|ug|kg|ml|cc|l)\b"
# led by its digit, the lookbehind after it (see text.NUMBER_RE): tried only where a digit stands
_QUANTITY = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)\s*" + _UNITS, re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*" + _UNITS, re.IGNORECASE)
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _in_base(number: str, unit: str) -> tuple[str, float] | None:
    text = number.replace(".", "") if _THOUSANDS.match(number) else number.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    unit = unit.lower()
    base, factor = _TO_BASE[unit if unit in _TO_BASE else unit[:-1]]  # 'litros': the singular's
    return base, round(value * factor, 6)


def _input_quantities(doc: Document) -> frozenset[tuple[str, float]]:
    def read(value) -> frozenset[tuple[str, float]]:
        return frozenset(q for m in _QUANTITY.finditer(evidence(doc).raw)
                         if (q := _in_base(m.group(1), m.group(2))) is not None)
    return input_memo(doc, "hal002_quantities", read)  # once per distinct input


def _same_quantity(doc: Document, text: str, number: re.Match[str]) -> bool:
    unit = _UNIT_AFTER.match(text, number.end())
    if unit is None:
        return False
    said = _in_base(number.group(), unit.group(1))
    return said is not None and said in _input_quantities(doc)


def _is_label_number(text: str, start: int) -> bool:
    """Numbers that name rather than measure: 'tipo 2', 'COVID-19', 'clase III'."""
    before = text[max(0, start - 6) : start].lower()
    if before.endswith(("tipo ", "type ")):
        return True
    return start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()


@check("HAL002", "ungrounded-number", Severity.WARNING,
       "El número {number} no aparece en los datos de entrada")
def ungrounded_number(doc: Document, *, defer_to_dose_mismatch: bool = False):
    """Every clinical number (dose, lab value, age, vital sign, date, days) is in
    the input; '15.200' = '15200' = '15 200', '1,5' = '1.5', 'cada 24 horas' = 'al día',
    '98 mil' = '98000', '7 litros' = '7000 mL', and a lab value's SI unit in parentheses
    beside the input's ('glucemia 486 mg/dL (27 mmol/L)') (checks/number_forms.py). A dose number new to the input
    is reported here even where HAL003 reports that dose as contradicting the
    input's for its drug: the checklist's HAL002 fires on any clinical number
    the input lacks, a dose named first. ``defer_to_dose_mismatch`` leaves such
    a number to HAL003 alone.

    Okay: Ingresa por neumonía con PCR de 180 mg/L.   [input: {"PCR": "180 mg/L"}]
    HAL002: Ingresa por neumonía con PCR de 250 mg/L.   [input: {"PCR": "180 mg/L"}]
    """
    known = evidence(doc).numbers
    text = doc.output
    reported: list[tuple[int, int]] | None = None
    for m in iter_numbers(text):
        # most numbers are the input's: that test first (either one skips the number)
        if not cached_number_keys(m.group()).isdisjoint(known) or _is_label_number(text, m.start()):
            continue
        if _same_quantity(doc, text, m) or spaced_thousands(text, m.start(), m.end(), known) \
                or frequency_said_otherwise(doc, m.start(), m.end()):
            continue
        if said_in_thousands(text, m.start(), m.end(), known) or converted_beside(text, m.start(), m.end(), known):
            continue  # '98 mil/µL' for 98000/µL; 'glucemia 486 mg/dL (27 mmol/L)' for the input's 486 mg/dL
        if derived_age(doc, m.start()):
            continue
        if defer_to_dose_mismatch:
            if reported is None:
                reported = [(x.start, x.end) for x in dose_mismatches(doc)]
            if any(s <= m.start() < e for s, e in reported):
                continue
        yield Hit(m.start(), m.end(), {"number": m.group()}, {"number": m.group()})

