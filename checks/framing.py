"""Mentions framed as something other than an event of the patient's stay (HAL001).

A name can stand in the output without claiming that the patient had it or received it, in ways
the negation cues (checks/context.py) do not cover:

- the name of a clinic, unit or service: 'derivación a consultas externas de cardiología y
  arritmias', 'ingresa en la unidad de ictus' name where the patient goes, not what he has;
- the heading of a record form: 'se completó el registro de alergias, vacunas y hábitos' says a
  form was filled in, not that there are allergies;
- abstinence as a discharge instruction: 'alta con propranolol, abstinencia alcohólica y control'
  tells the patient not to drink; the withdrawal syndrome is written 'síndrome de abstinencia'
  or told as an event ('presenta abstinencia').

- a lab reading: 'sodio 131 mEq/L', 'potasio de 5,1' name an analyte with its value; the value is
  HAL002's to ground, the analyte is no drug given;
- a diet to follow: 'restricción hídrica y de sodio', 'dieta baja en potasio' say what to limit.

Each reading is tried only where its literal stands before the mention (most mentions have none).
"""

from __future__ import annotations

import json
import re

from checks.context import fold_output
from checks.evidence import evidence, input_memo
from checks.lexicon import PROCEDURE
from checks.text import fold

# The tail of a phrase that names a place or a form: its head noun, 'de', and at most one earlier
# item of the same list ('de cardiología y arritmias', 'de alergias, vacunas y ...').
_LIST_TAIL = r"\s+(?:de|del)\s+(?:(?:la|las|los|el)\s+)?(?:[a-z]+(?:\s*,\s*|\s+(?:y|e)\s+))?$"
# Not 'clínica de' ('clínica de insuficiencia cardíaca' is its clinical picture) nor 'programa de'
# ('programa de hemodiálisis' says the patient is on it).
_PLACE = re.compile(r"\b(?:consultas?|unidad|policlinico|consultorio|servicio)"
                    r"(?:\s+(?:externas?|ambulatori[oa]s?|especializad[oa]s?|monografic[oa]s?))?" + _LIST_TAIL)
_PLACE_LEADS = ("consult", "unidad", "policlinico", "servicio")
_FORM = re.compile(r"\b(?:registro|listado|lista|hoja|formulario|cuestionario|conciliacion)" + _LIST_TAIL)
_FORM_LEADS = ("registro", "lista", "hoja", "formulario", "cuestionario", "conciliacion")
# A discharge plan: what the sentence says before the abstinence.
_PLAN = re.compile(r"\b(?:alta|egreso|egresa|recomiend\w*|recomendaci\w+|indicaci\w+|se\s+indica|se\s+aconseja"
                   r"|aconseja\w*|plan)\b")
_TOLD_AS_EVENT = re.compile(r"\b(?:present\w*|desarroll\w*|cursa\w*|cuadro|datos|signos|clinica)\b")


_ALL_LEADS = (*_PLACE_LEADS, *_FORM_LEADS, "abstinencia")


def _has_lead(doc) -> bool:
    folded = fold_output(doc.output)
    return any(lead in folded for lead in _ALL_LEADS)


def framed(doc, start: int, mention: str, kind: str) -> bool:
    """Whether the mention at output[start:] names a clinic, a record form's heading or a discharge
    instruction rather than something the patient had. A procedure after a unit's name is still
    done there ('en la unidad de hemodiálisis'): only diagnoses and drugs name a clinic."""
    if not doc.memo("hal_framing", _has_lead):  # once a record: most outputs hold no lead
        return False
    text = doc.output
    before = fold(text[max(0, start - 60) : start])
    if kind != PROCEDURE and any(lead in before for lead in _PLACE_LEADS) and _PLACE.search(before):
        return True
    if any(lead in before for lead in _FORM_LEADS) and _FORM.search(before):
        return True
    return mention[:11].lower() == "abstinencia" and _planned(text, start)


def _planned(text: str, start: int) -> bool:
    """The abstinence stands in a sentence of discharge instructions, not told as an event."""
    sentence = fold(text[text.rfind(".", 0, start) + 1 : start])
    return bool(_PLAN.search(sentence)) and not _TOLD_AS_EVENT.search(sentence[-30:])


# An analyte's value right after its name: 'sodio 131', 'potasio de 5,1', 'glucosa: 68', 'calcio sérico 8,2'.
_VALUE_AFTER = re.compile(r"\s*(?:(?:serico|plasmatico|en\s+sangre|capilar|ionico)\s*)?(?:de\s+|:\s*|=\s*)?\d")
# An analyte named as what is measured, with no value: 'glucosa capilar', 'potasio sérico' (the sample
# says a reading), 'cifras de glucosa', 'niveles de potasio', 'control de sodio' (the reading's own nouns).
_SAMPLE_AFTER = re.compile(r"\s+(?:capilar|serico|serica|plasmatico|plasmatica|en\s+sangre)\b")
_READING_BEFORE = re.compile(r"\b(?:cifras?|niveles?|valores?|determinacion(?:es)?|controles?|monitorizacion|monitoreo|"
                             r"medicion(?:es)?|automonitoreo|automonitorizacion)\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
# What a diet limits: 'restricción (hídrica y) de sodio', 'dieta baja en sal y potasio', 'pobre en'.
_DIET = re.compile(r"\b(?:restriccion(?:\s+hidrica\s+(?:y|e))?\s+de|(?:baj[oa]|pobre)\s+en)\s+(?:(?:la|el)\s+)?"
                   r"(?:[a-z]+\s+(?:y|e)\s+)?$")


def lab_or_diet(doc, m) -> bool:
    """Whether a substance mention (an analyte, a salt) is a lab reading or what a diet limits, not a drug
    given: 'sodio 131 mEq/L', 'vigilar la glucosa capilar', 'cifras de glucosa', 'restricción hídrica y de
    sodio'. Read so only where the input reports lab
    analytes of its own, the record a summary of its results: with no labs in the input (a case report
    read alone, input {}) the name is left to be found as the substance it is."""
    if m.kind == PROCEDURE or m.entries[0].group != "analyte" or not _input_has_analytes(doc):
        return False
    text = doc.output
    after = fold(text[m.end : m.end + 24])
    if _VALUE_AFTER.match(after) or _SAMPLE_AFTER.match(after):
        return True
    before = fold(text[max(0, m.start - 40) : m.start])
    if _READING_BEFORE.search(before):
        return True
    return ("restriccion" in before or " en " in before) and _DIET.search(before) is not None


def _input_has_analytes(doc) -> bool:
    """Whether the input reports labs: an analyte named, or a lab unit anywhere in it (keys included:
    'CD4_celulas_mm3': 42, 'hemoglobina': '7,2 g/dL')."""
    return input_memo(doc, "hal001_input_analytes",
                      lambda value: any(e.group == "analyte" for m in evidence(doc).mentions() for e in m.entries)
                      or _LAB_UNIT.search(fold(json.dumps(value, ensure_ascii=False))) is not None)


# A lab unit: a concentration per litre or decilitre, a count per mm3 or microlitre.
_LAB_UNIT = re.compile(r"\b(?:mg|g|ng|pg|meq|mmol|u|ui)\s*/\s*d?l\b|(?:/|_|\s)(?:mm3|mm\^3|ul|µl)\b")


# An abbreviation the text spells out beside it, 'HTA (histerectomía total abdominal)' or
# 'histerectomía total abdominal (HTA)': the abbreviation means what is spelled out, whatever the
# catalogue files it under ('HTA' is also hipertensión arterial); the words spelled out are judged
# as their own mention.
_SPELLED_AFTER = re.compile(r"\s*\(([^()\d]{4,80})\)")
_LINK_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "y", "e", "por", "en", "con", "a", "al"})


def _initials(words: str) -> str:
    """The first letters of the words that are not link words ('histerectomía total abdominal' -> 'hta')."""
    return "".join(w[0] for w in fold(words).replace("-", " ").split() if w not in _LINK_WORDS)


def spelled_out(text: str, start: int, end: int) -> bool:
    """Whether the mention text[start:end] is an abbreviation the text spells out beside it."""
    short = text[start:end]
    if not (2 <= len(short) <= 6 and short.isupper() and short.isalpha()):
        return False
    key = fold(short)
    after = _SPELLED_AFTER.match(text, end)
    if after is not None and _initials(after.group(1)) == key:
        return True
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return _initials(text[max(0, start - 81) : start - 1])[-len(key) :] == key
    return False
