"""The age a text says and the age an input gives.

Digits ('72 años', '72 a.', 'edad: 72') and Spanish number words ('setenta y
dos años', read with text2num), ages in months, weeks or days for the young,
and the age that the input's birth and admission dates give when it states
no age. Split from checks/agreement.py (sex by agreement), whose list of
other persons it shares.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterator

from checks.agreement import OTHER_PERSON
from checks.demography import YOUNG_AGE_IN_TEXT, YOUNG_AGE_KEYS
from checks.text import fold, word_led
_UNITS = ("un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve")
_TEENS = ("diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|"
          "veintiun|veintiuno|veintiuna|veintidos|veintitres|veinticuatro|veinticinco|veintiseis|veintisiete|"
          "veintiocho|veintinueve")
_TENS = "treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa"
NUMBER_WORDS = (rf"(?:ciento\s+)?(?:(?:{_TENS})(?:\s+y\s+(?:{_UNITS}))?|{_TEENS}|{_UNITS})\b|\bcien\b")
# The word for years first (rare), then the number just before it.
_YEARS = re.compile(r"a(?<!\wa)(?:nos|no|\.|(?=\s*,))(?!\w)")  # led by its letter: see word_led
# The words a number in words may end with: a number before the word for years ends with a digit or one
# (and a count of drops before the word for them: checks/lexicon.py).
NUMBER_ENDS = tuple(w for words in (_UNITS, _TEENS, _TENS, "cien") for w in words.split("|"))
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,])(?P<num>\d{{1,3}}|{NUMBER_WORDS})\s*$")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?P<who>paciente|pcte|pte|varon|hombre|mujer|femenin[oa]|masculin[oa]|adult[oa]|senor[a]?|anciano|anciana|"
    r"joven|lactante|adolescente|gestante|puerpera|embarazada|primigesta|multigesta|secundigesta)"
    # a child is the patient where the epicrisis says in whom it happens ('Ingresa por ... en un niño
    # de 7 años'), or where a sentence opens with it as its subject ('Niña de 14 años procedente de
    # ...': the patient presented); elsewhere 'una niña de 5 años' may be the patient's daughter
    r"|(?:\ben\s+(?:una?\s+)?|\.\s+)(?P<child>nin[oa]|escolar|preescolar))\b(?:(?!anos)[^.;\n\d]){0,40}\b(?:de|con)\s+$"
)
# A relative's noun right before the person's noun makes it that relative's: in 'hija de madre
# primigesta de 31 años' the primigravida is the mother, not the patient.
_RELATIVE_BEFORE = re.compile(r"\b(?:madre|padre|hij[oa]|herman[oa]|abuel[oa]|espos[oa]|pareja|conyuge|ti[oa])\s+$")
_DURATION_AFTER = re.compile(
    r"\s+(?:de\s+(?:evolucion|antiguedad|duracion|diagnostico|tratamiento|seguimiento|historia|consumo|"
    r"exposicion|tabaquismo|uso|dialisis|hemodialisis)|atras|antes|despues|previos?|fumando|hace)\b"
)
_EDAD_BEFORE = re.compile(r"e(?<!\we)dad(?:\s+de)?\s*:?\s*$")  # '\bedad ...', led by its letter
_EDAD_FIELD = re.compile(r"e(?<!\we)dad\s*:\s*(\d{1,3})\b")  # '\bedad: 72', led by its letter (see word_led)


def _to_int(num: str) -> int | None:
    if num.isdigit():
        return int(num)
    from text_to_num import text2num  # Spanish number words: 'setenta y dos' -> 72

    words = re.sub(r"\s+", " ", num)
    if words.endswith("un"):  # the form before a noun ('veintiún años', 'treinta y un años'): text2num wants 'uno'
        words += "o"
    try:
        return int(text2num(words, "es"))
    except ValueError:
        return None


def _digits_before(folded: str, window: int, end: int) -> tuple[int, int] | None:
    """Where ``_NUMBER_BEFORE.search(folded, window, ...)`` finds its number
    when the text before the word for years ends (spaces aside, at ``end``)
    with a digit: only those digits can be it (a number word ends with a
    letter), all of them, one to three, after no word character, dot or comma."""
    start = end
    while start > window and folded[start - 1].isdecimal():  # what \d matches
        start -= 1
    if end - start > 3 or start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_.,"):
        return None  # \w is isalnum() or '_'
    return start, end


def stated_ages(folded: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, years) of each age said of the patient in a folded text."""
    for y in _YEARS.finditer(folded):
        window = max(0, y.start() - 40)
        lead = folded[window : y.start()].rstrip()
        if not lead or not (lead[-1].isdigit() or lead.endswith(NUMBER_ENDS)):
            continue  # no number just before: the search below would find none
        if lead[-1].isdecimal():  # digits: found without the search
            span = _digits_before(folded, window, window + len(lead))
            if span is None:
                continue
            num_start, num_end = span
        else:
            m = _NUMBER_BEFORE.search(folded, window, y.start())
            if m is None:
                continue
            num_start, num_end = m.span("num")  # the match starts with its number
        num = folded[num_start:num_end]
        before = folded[max(0, num_start - 60) : num_start]
        if _DURATION_AFTER.match(folded, y.end()):
            continue  # 'diabético de 10 años de evolución', 'con 30 años de tabaquismo'
        person = _PERSON_BEFORE.search(before)
        noun_end = person.end("who") if person and person.group("who") else person.end("child") if person else 0
        if person and (OTHER_PERSON.search(before, noun_end) or person.group("who")
                       and _RELATIVE_BEFORE.search(before, 0, person.start("who"))):
            person = None  # 'mujer con una hija de 45 años'; 'hija de madre primigesta de 31 años'
        if folded.startswith(" de edad", y.end()) or ("edad" in before and _EDAD_BEFORE.search(before)) or person:
            years = _to_int(num)
            if years is not None:
                yield num_start, num_end, years
    if "edad" in folded:
        for m in _EDAD_FIELD.finditer(folded):
            yield m.start(1), m.end(1), int(m.group(1))


_BIRTH_KEYS = {"fecha_nacimiento", "fecha_de_nacimiento", "nacimiento", "fnac", "f_nac", "fecha_nac",
               "birth_date", "birthdate", "dob", "date_of_birth", "fecha nacimiento", "fecha de nacimiento",
               # the co-official languages' forms (Galician, Catalan) and Portuguese
               "data_nacemento", "data_de_nacemento", "data de nacemento", "data nacemento",
               "data_naixement", "data_de_naixement", "data de naixement", "data naixement",
               "data_nascimento", "data_de_nascimento", "data de nascimento", "data nascimento"}
_ADMISSION_KEYS = {"fecha_ingreso", "fecha_de_ingreso", "f_ingreso", "fecha_admision", "admission_date",
                   "fecha_hospitalizacion", "fecha ingreso", "fecha de ingreso", "ingreso", "admission",
                   # the Southern Cone's 'internación' is the admission
                   "fecha_internacion", "fecha_de_internacion", "fecha de internacion", "fecha internacion",
                   "internacion", "fecha de admision", "fecha de hospitalizacion",
                   # English exports name the day by the event: {"DOB": ..., "Admitted": ...}
                   "admitted", "admitted_on", "admit_date", "date_admitted", "date_of_admission",
                   "admission date", "date admitted",
                   "data_ingreso", "data_de_ingreso", "data de ingreso", "data ingreso",  # Galician
                   "data_ingres", "data d'ingres", "data_admissao", "data de admissao", "data_internacao",
                   "data de internacao"}
_DATE = re.compile(r"^\s*(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
                   r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}))")


def _date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"),
                                                                                 m.group("d2"))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


# Inside an object named for the event ({"ingreso": {"fecha": "2024-08-03", "servicio": ...}}) a
# plain date field is that event's date.
_PLAIN_DATE_KEYS = {"fecha", "date", "dia", "fecha_hora", "datetime", "start"}
# An input written as prose names its dates in words: 'fecha de nacimiento 1939-02-11, fecha de ingreso
# 2024-06-03', 'nacida el 03/05/1950', 'F. nac.: 1950-05-03'. Read on the folded string; tried only on
# strings that hold 'nac' (the birth date is needed for an age anyway).
_DATE_IN_PROSE = re.compile(
    r"\b(?:(?P<birth>fecha\s+(?:de\s+)?nacimiento|f\.?\s*nac\.?|nacid[oa]\s+el)"
    r"|(?P<admission>fecha\s+(?:de\s+)?(?:ingreso|admision|hospitalizacion)|ingres[oa]\s+el))"
    r"\s*:?\s*(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})")


def _row_date(label: Any, item: Any, found: dict[str, date]) -> None:
    """A row that gives a date beside its label: ["Fecha de nacimiento", "03/05/1962"],
    {"campo": "Fecha de ingreso", "valor": "2023-10-18"}."""
    if isinstance(label, str) and isinstance(item, str):
        k = fold(label).strip()
        named = "birth" if k in _BIRTH_KEYS else "admission" if k in _ADMISSION_KEYS else None
        when = _date(item) if named else None
        if when is not None:
            found.setdefault(named, when)


def _find_dates(value: Any, found: dict[str, date], role: str | None = None) -> None:
    if isinstance(value, dict):
        if len(value) == 2:  # data given as rows: {"campo": ..., "valor": ...}
            _row_date(*value.values(), found)
        for key, item in value.items():
            k = fold(str(key)).strip()
            named = "birth" if k in _BIRTH_KEYS else "admission" if k in _ADMISSION_KEYS else None
            if k == "period" and value.get("resourceType") == "Encounter":
                named = "admission"  # FHIR: the encounter's period starts at admission
            when = _date(item) if named or (role and k in _PLAIN_DATE_KEYS) else None
            if when is not None:
                found.setdefault(named or role, when)
            else:  # {"ingreso": {"fecha": ...}}: look inside, the event's name going with it
                _find_dates(item, found, named)
    elif isinstance(value, list):
        if len(value) == 2:  # rows as pairs: ["Fecha de nacimiento", "03/05/1962"]
            _row_date(*value, found)
        for item in value:
            _find_dates(item, found, role)
    elif isinstance(value, str) and "nac" in value.lower():
        for m in _DATE_IN_PROSE.finditer(fold(value)):
            when = _date(m.group("date"))
            if when is not None:
                found.setdefault("birth" if m.group("birth") else "admission", when)


def age_from_dates(value: Any) -> int | None:
    """Whole years between the input's birth date and admission date, when it gives both."""
    found: dict[str, date] = {}
    _find_dates(value, found)
    birth, admission = found.get("birth"), found.get("admission")
    if birth is None or admission is None or admission < birth:
        return None
    return admission.year - birth.year - ((admission.month, admission.day) < (birth.month, birth.day))


def born_days_before(value: Any) -> int | None:
    """Days between the input's birth date and admission date, when it gives both."""
    found: dict[str, date] = {}
    _find_dates(value, found)
    birth, admission = found.get("birth"), found.get("admission")
    return None if birth is None or admission is None or admission < birth else (admission - birth).days


def young_age_from_dates(value: Any) -> dict[str, int]:
    """An infant's age on admission by its birth and admission dates, in whole months, weeks
    and days ({"m": 4, "w": 18, "d": 130}); empty when the input lacks either date or the patient
    is three years old or more (months and days are then a time since something)."""
    found: dict[str, date] = {}
    _find_dates(value, found)
    birth, admission = found.get("birth"), found.get("admission")
    if birth is None or admission is None or admission < birth or (admission - birth).days >= 3 * 365:
        return {}
    months = (admission.year - birth.year) * 12 + admission.month - birth.month - (admission.day < birth.day)
    days = (admission - birth).days
    return {"m": months, "w": days // 7, "d": days}


def agrees_with_dates(value: int, unit: str, dated: dict[str, int]) -> bool:
    """A stated infant age agrees with the one the dates give: whole months or weeks, and days
    within one (a newborn's first day of life may be counted as day 1 or day 0)."""
    return unit in dated and (abs(value - dated[unit]) <= 1 if unit == "d" else value == dated[unit])


# --- ages of infants: months, weeks, days ---------------------------------------

_YOUNG_UNITS = {"mes": "m", "meses": "m", "semana": "w", "semanas": "w", "dia": "d", "dias": "d"}
# Strict, unlike years: only right after a noun for the patient or with 'de edad/vida', so 'diarrea de
# 2 meses' (a duration) is never read as an age.
_YOUNG_AGE = re.compile(
    r"\b(?:(?:paciente|lactante|escolar|preescolar|nin[oa]|neonato|recien\s+nacid[oa])(?:\s+(?:varon|mujer|"
    r"femenin[oa]|masculin[oa]|de\s+sexo\s+\w+))?\s+de\s+(?P<num>\d{1,3})\s+(?P<unit>meses|mes|semanas|dias)\b"
    r"(?!\s+(?:de\s+(?:evolucion|antiguedad|duracion|tratamiento|historia|edad\s+gestacional|gestacion|eg\b)"
    r"|atras|antes|despues|previos?))"
    r"|(?P<num2>\d{1,3})\s+(?P<unit2>meses|mes|semanas|dias)\s+de\s+(?:edad(?!\s+gestacional)|vida)\b"
    r"|\bedad\s*:?\s*(?P<num3>\d{1,3})\s+(?P<unit3>meses|mes|semanas|dias)\b)"
)


_NEWBORN_NOUN = re.compile(r"(?:neonato|recien\s+nacid[oa])(?:\s+\w+)?\s+de\s+\d")
_OF_LIFE = re.compile(r"\s+de\s+vida\b")


def stated_young_ages(folded: str) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, value, 'm'|'w'|'d') of each infant age said of the patient in a folded text."""
    for m in _YOUNG_AGE.finditer(folded):
        if m.group("unit") and m.group("unit").startswith("sem") and _NEWBORN_NOUN.search(m.group()) \
                and not _OF_LIFE.match(folded, m.end()):
            continue  # 'recién nacido de 38 semanas' is its gestational age, not its age
        for num, unit in (("num", "unit"), ("num2", "unit2"), ("num3", "unit3")):
            if m.group(num):
                yield m.start(num), m.end(num), int(m.group(num)), _YOUNG_UNITS[m.group(unit)]
                break


_AGE_FIELD_KEYS = frozenset({"edad", "age", "edad_paciente", "ed"})


def input_age_unit(value: Any) -> str:
    """'m', 'w' or 'd' when the input's age field says months, weeks or days ('11 meses'), else 'y'."""
    if isinstance(value, dict):
        pairs = list(value.items())
        labels = [v for v in value.values() if isinstance(v, str) and fold(v).strip() in _AGE_FIELD_KEYS]
        for key, item in pairs:
            k = fold(str(key)).strip()
            if k in YOUNG_AGE_KEYS and isinstance(item, (int, float)) and not isinstance(item, bool):
                return YOUNG_AGE_KEYS[k]  # {"edad_meses": 3}
            if (k in _AGE_FIELD_KEYS or labels) and isinstance(item, str):
                m = re.match(r"\s*\d{1,3}\s*(meses|mes|semanas|semana|dias|dia)\b", fold(item))
                if m:
                    return _YOUNG_UNITS[m.group(1)]
            if isinstance(item, (dict, list)):
                unit = input_age_unit(item)
                if unit != "y":
                    return unit
    elif isinstance(value, list):
        for item in value:
            unit = input_age_unit(item)
            if unit != "y":
                return unit
    elif isinstance(value, str) and "dad" in value:  # 'Edad: 3 días', a list's string or free text
        m = YOUNG_AGE_IN_TEXT.search(fold(value))
        if m:
            return _YOUNG_UNITS[m.group(2)]
    return "y"
