"""DEM: demographics stated in the output agree with the input."""

from __future__ import annotations

import re

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.evidence import evidence

_SEX_RE = re.compile(
    r"\b(?:(?:de\s+)?sexo\s+(?P<sex>masculino|femenino)"
    r"|paciente\s+(?P<adj>masculino|femenina|femenino)"
    r"|(?P<noun>var[oó]n|hombre|mujer))\b",
    re.IGNORECASE,
)
_AGE_RE = re.compile(
    r"\b(?:(?:paciente|var[oó]n|hombre|mujer|femenin[oa]|masculin[oa]|adult[oa]|señor[a]?)\b[^.;\n]{0,40}?\bde\s+"
    r"(?P<a>\d{1,3})\s+años|(?P<b>\d{1,3})\s+años\s+de\s+edad|edad\s+de\s+(?P<c>\d{1,3})\s+años)",
    re.IGNORECASE,
)


_SEX_WORDS = ("masculin", "femenin", "varón", "varon", "hombre", "mujer")


def _sex_of(word: str) -> str:
    w = word.lower()
    return "F" if w.startswith(("fem", "mujer")) else "M"


@check("DEM001", "demographics-mismatch", Severity.ERROR,
       "Dato demográfico contradictorio: {what} «{text}» de la epicrisis no coincide con los datos de entrada ({expected})")
def demographics_mismatch(doc: Document):
    """Sex and age stated in the output agree with the input's.

    Okay: Ingresa por neumonía paciente femenina de 72 años.   [input: sexo F, edad 72]
    DEM001: Ingresa por neumonía paciente de sexo masculino de 72 años.   [input: sexo F, edad 72]
    """
    ev = evidence(doc)
    text = doc.output
    lowered = text.lower()
    if ev.sex is not None and any(w in lowered for w in _SEX_WORDS):
        for m in _SEX_RE.finditer(text):
            word = m.group("sex") or m.group("adj") or m.group("noun")
            if _sex_of(word) != ev.sex:
                expected = "sexo femenino" if ev.sex == "F" else "sexo masculino"
                yield Hit(m.start(), m.end(), {"what": "el sexo", "text": m.group(), "expected": expected},
                          {"field": "sex", "expected": ev.sex})
    if ev.age is not None and "años" in lowered:
        for m in _AGE_RE.finditer(text):
            group = next(g for g in ("a", "b", "c") if m.group(g))
            if int(m.group(group)) != ev.age:
                yield Hit(m.start(group), m.end(group),
                          {"what": "la edad", "text": f"{m.group(group)} años", "expected": f"{ev.age} años"},
                          {"field": "age", "expected": ev.age})
