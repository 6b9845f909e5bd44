"""DEM: demographics stated in the output agree with the input."""

from __future__ import annotations

import re

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.evidence import evidence

# Both patterns run on the lower-cased output (no IGNORECASE: the regex engine
# can then skip ahead on the first letters).
_SEX_RE = re.compile(
    r"\b(?:(?:de\s+)?sexo\s+(?P<sex>masculino|femenino)"
    r"|paciente\s+(?P<adj>masculino|femenina|femenino)"
    r"|(?P<noun>var[oó]n|hombre|mujer))\b"
)
_YEARS_RE = re.compile(r"\b(\d{1,3})\s+años\b")
# Whose age: a person noun shortly before 'de NN años', or 'NN años de edad'.
_PERSON_BEFORE = re.compile(
    r"\b(?:paciente|var[oó]n|hombre|mujer|femenin[oa]|masculin[oa]|adult[oa]|señor[a]?)\b[^.;,\n\d]{0,40}\bde\s+$"
)
_SEX_WORDS = ("masculin", "femenin", "varón", "varon", "hombre", "mujer")


def _ages_stated(lowered: str):
    for m in _YEARS_RE.finditer(lowered):
        before = lowered[max(0, m.start() - 60) : m.start()]
        if (lowered.startswith(" de edad", m.end()) or before.endswith("edad de ")
                or _PERSON_BEFORE.search(before)):
            yield m


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
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if ev.sex is not None and any(w in lowered for w in _SEX_WORDS):
        for m in _SEX_RE.finditer(lowered):
            word = m.group("sex") or m.group("adj") or m.group("noun")
            if _sex_of(word) != ev.sex:
                expected = "sexo femenino" if ev.sex == "F" else "sexo masculino"
                yield Hit(m.start(), m.end(), {"what": "el sexo", "text": text[m.start() : m.end()],
                                               "expected": expected},
                          {"field": "sex", "expected": ev.sex})
    if ev.age is not None and "años" in lowered:
        for m in _ages_stated(lowered):
            if int(m.group(1)) != ev.age:
                yield Hit(m.start(1), m.end(1),
                          {"what": "la edad", "text": f"{m.group(1)} años", "expected": f"{ev.age} años"},
                          {"field": "age", "expected": ev.age})
