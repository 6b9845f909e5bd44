"""Sex and age in a record's input: under known keys ({"sexo": "F"}, {"edad": 72},
{"age": {"value": 81, "unit": "años"}}) and, when no key gives them, in its text. Another
person's data (a relative, a carer) is not the patient's. Used by the walk of the input (checks.input_walk)."""

from __future__ import annotations

import re
from typing import Any

from checks.text import fold, word_led

# Flat exports name the patient in the key: {"sexo_pac": "M", "edad_pac": 6}.
SEX_KEYS = {"sexo", "sex", "genero", "gender", "sexo_biologico", "sx", "s", "sexo_pac", "sexo_paciente", "sexo_pcte",
            "genero_paciente", "genero_pac"}
# An age key may name its unit when the unit is years: {"age_years": 6}, {"edad_en_anos": 80}.
AGE_KEYS = {"edad", "age", "edad_anos", "edad_anios", "anos", "edad_paciente", "ed", "age_years", "age_in_years",
            "edad_en_anos", "edad_en_anios", "years_old", "edad_pac", "edad_pcte"}
_FEMALE = {"f", "fem", "femenino", "femenina", "mujer", "female", "woman"}
# 'V' is varón (as 'F' femenino), 'H' hombre (the H/M of many registries): letters no female
# word starts with.
_MALE = {"m", "masc", "masculino", "varon", "v", "h", "hombre", "male", "man"}
# Led by a character class, not by \b (text.word_led): scanned over every input's text.
# 'niño' / 'niña' says the sex only with the child's age after it ('niño de 11 años, 34 kg'): alone
# it may be generic ('control de niño sano', 'Hospital del Niño').
_SEX_IN_TEXT = re.compile(
    "(" + word_led((r"femenin[oa]", r"masculin[oa]", "mujer", "varon", "hombre", r"sexo:?\s*(?:[fmv]|fem|masc)",
                    r"nin[oa](?=\s+de\s+\d{1,2}\s+(?:anos|meses)\b)")) + r")\b"
)
# A possessive before 'mujer' or 'hombre' makes it someone's spouse or partner, never the patient:
# 'se informa a su mujer', 'vive con su mujer', 'acompañado de su mujer y su hija' (nobody calls the
# patient 'su mujer'). Tried on the few characters before the noun, in the input and the output.
_POSSESSIVE_BEFORE = re.compile(r"\b(?:su|sus|mi|tu|nuestra|nuestro|vuestra|vuestro)\s+$")


def spouse_noun(folded: str, start: int, word: str) -> bool:
    """The sex noun ``word`` at ``start`` of a folded text is a spouse's ('su mujer')."""
    return word in ("mujer", "hombre") and _POSSESSIVE_BEFORE.search(folded, max(0, start - 12), start) is not None


_AGE_IN_TEXT = re.compile(r"(\d(?<!\w\d)\d{0,2})\s*(?:anos|a\.)(?:\s+de\s+edad)?\b")
# An age in free text that follows a relative or carer named in the same sentence is that person's, not the
# patient's: 'vive con su hija, de 54 años', 'acompanante / parentesco: padre / edad: 41 años' (keys and
# values are newline-joined, so a newline does not end the sentence; a full stop or semicolon does).
_OTHER_PERSON_AGE_BEFORE = re.compile(
    r"\b(?:madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar|acompanante|cuidador[a]?|"
    r"tutor[a]?|abuel[oa]s?|niet[oa]s?|conyuge|mother|father|caregiver)\b[^\d.;]{0,40}$")
# An age given as a quantity: {"value": 81, "unit": "años"} (FHIR-like); only a unit in years is an age here
# (months, weeks and days are read by the infant-age reader in checks/dem.py).
_QUANTITY_VALUE_KEYS = ("value", "valor")
_QUANTITY_UNIT_KEYS = ("unit", "unidad", "unit_of_measure")
_YEAR_UNITS = frozenset({"", "a", "anos", "ano", "anios", "years", "year", "y", "yr", "yrs", "a."})
# A key may name an infant's unit: {"edad_meses": 3}, {"dias_de_vida": 5} is the age in that unit.
YOUNG_AGE_KEYS = {"edad_meses": "m", "edad_en_meses": "m", "age_months": "m", "edad_semanas": "w",
                  "edad_en_semanas": "w", "age_weeks": "w", "edad_dias": "d", "edad_en_dias": "d",
                  "dias_de_vida": "d", "age_days": "d"}
DEMOGRAPHIC_KEYS = SEX_KEYS | AGE_KEYS | YOUNG_AGE_KEYS.keys()
# Another person's own data is not the patient's sex or age: {"madre": {"edad": 29}},
# [{"seccion": "madre", "edad": "24 años"}] (folded keys and section names).
OTHER_PERSON_KEYS = frozenset({"madre", "padre", "acompanante", "cuidador", "cuidadora", "tutor", "conyuge",
                               "pareja", "familiar", "mother", "father", "caregiver"})
# A newborn's own object ({"recien_nacido": {"sexo": "masculino"}}) is the patient's only in a
# newborn's record: in the mother's, which gives her sex elsewhere, it is her baby's.
NEWBORN_KEYS = frozenset({"recien_nacido", "recien_nacida", "recien nacido", "rn", "neonato", "newborn"})
SECTION_KEYS = frozenset({"seccion", "section", "apartado", "bloque"})
_LEADING_INT = re.compile(r"\s*(\d{1,3})")


def read_demographic(field: str, item: Any, sexes: set[str], ages: set[int]) -> None:
    """Sex or age under a known field name (folded): sexo/sex/genero, edad/age."""
    if field in SEX_KEYS and isinstance(item, str):
        sex = fold(item).strip().rstrip(".")
        if sex in _FEMALE:
            sexes.add("F")
        elif sex in _MALE:
            sexes.add("M")
    elif (field in AGE_KEYS or field in YOUNG_AGE_KEYS) and isinstance(item, (int, float, str)) \
            and not isinstance(item, bool):
        m = _LEADING_INT.match(str(item))
        if m:
            ages.add(int(m.group(1)))
    elif field in AGE_KEYS and isinstance(item, dict):  # {"value": 81, "unit": "años"}
        value = next((item[k] for k in _QUANTITY_VALUE_KEYS if k in item), None)
        unit = next((item[k] for k in _QUANTITY_UNIT_KEYS if k in item), "")
        if isinstance(unit, str) and fold(unit).strip() in _YEAR_UNITS:
            read_demographic("edad", value, sexes, ages)


# 'Edad: 3 días' in a list of "Key: value" strings or in free text: an infant's age and its unit.
# Led by its literal, the word boundary before it checked behind it ('\bedad' would be tried at
# every character of the input; a literal prefix is found at C speed).
YOUNG_AGE_IN_TEXT = re.compile(r"edad(?<!\wedad)\s*:?\s*(\d{1,3})\s*(meses|mes|semanas|semana|dias|dia)\b")


# A sex field holding the letter M alone: Masculino in most systems, Mujer in some.
_LONE_M = re.compile(r"(?:^|\n)(?:sexo|sex|genero|s|sx)\n\s*m\.?\s*(?:\n|$)")


# The sex in words as a whole value ({"sexo_texto": "mujer"}) or as the letter's legend ('M = mujer');
# 'vive con su mujer' says nothing of the patient.
_SEX_VALUE = re.compile(r"(?:^|\n)\s*(mujer|femenin[oa]|varon|hombre|masculin[oa])\s*(?:\n|$)|\bm\s*[=:]\s*(mujer)\b")


def _letter_m_in_words(flat: str, sexes: set[str]) -> None:
    """A lone 'M' where the input says the sex in words too ({"sexo": "M", "sexo_texto": "mujer"},
    'M = mujer'): the words decide, being the only unambiguous ones."""
    said = {"F" if (m.group(1) or m.group(2)).startswith(("f", "mujer")) else "M" for m in _SEX_VALUE.finditer(flat)}
    if said == {"F"}:
        sexes.clear()
        sexes.add("F")


def read_demographics_in_text(flat: str, sexes: set[str], ages: set[int]) -> None:
    """Sex and age from the folded input text, each only when no key gave it."""
    if sexes == {"M"} and ("mujer" in flat or "femenin" in flat) and _LONE_M.search(flat):
        _letter_m_in_words(flat, sexes)
    if not sexes:
        for m in _SEX_IN_TEXT.finditer(flat):
            word = m.group(1).replace(":", " ").split()[-1]
            if word.startswith("nin") and _OTHER_PERSON_AGE_BEFORE.search(flat, max(0, m.start() - 60), m.start()):
                continue  # 'vive con su hermano, niño de 9 años': another child
            if spouse_noun(flat, m.start(), word):
                continue  # 'vive con su mujer': the patient's wife
            sexes.add("F" if word[0] == "f" or word in ("mujer", "nina") else "M")
    if not ages and "edad" in flat:
        young = YOUNG_AGE_IN_TEXT.search(flat)
        if young:
            ages.add(int(young.group(1)))
    if not ages and ("anos" in flat or "a." in flat):  # every age the pattern finds ends in one of these
        for m in _AGE_IN_TEXT.finditer(flat):
            if not _OTHER_PERSON_AGE_BEFORE.search(flat, max(0, m.start() - 60), m.start()):
                ages.add(int(m.group(1)))
