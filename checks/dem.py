"""DEM: demographics stated in the output agree with the input."""

from __future__ import annotations

import re
from typing import Iterator

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.ages import (NUMBER_WORDS, age_from_dates, agrees_with_dates, born_days_before, input_age_unit,
                         stated_ages, stated_young_ages, young_age_from_dates)
from checks.decades import decade_ages
from checks.agreement import OTHER_PERSON_BEFORE, PERSON_APPOSED_BEFORE, folded_output, sex_marks
from checks.demography import SEX_KEYS as _SEX_KEYS, YOUNG_AGE_IN_TEXT, YOUNG_AGE_KEYS, spouse_noun
from checks.evidence import evidence, input_memo
from checks.text import fold, literal_starts, matches_at, output_tokens, word_led

# the age in digits or in words ('preescolar femenina de cinco años')
_AGE_AFTER = rf"(?=\s+de\s+(?:\d{{1,3}}|(?:{NUMBER_WORDS}))\s*(?:anos|ano|meses|mes|dias|dia|semanas)\b)"
# Runs on the folded output (fold_keep: offsets kept; no IGNORECASE). Led by
# its first letters (see checks.text.word_led): 'de sexo' and 'sexo' have a
# group each; a noun is the whole match.
_SEX_RE = re.compile(word_led((r"de\s+sexo\s+(?P<sex>masculino|femenino)", r"sexo\s+(?P<said>masculino|femenino)",
                               r"paciente\s+(?P<adj>masculino|femenina|femenino)", "varon", "hombre", "mujer"))
                     + r"\b")
# A sex word with the age after it describes the patient: 'femenina de 38 años', 'pcte masculino de
# 78 años', 'niña de 7 años', 'RN femenino de 3 días' (a newborn's 'masculino de 3400 g' is not an age).
_SEX_AGED_RE = re.compile(word_led((r"femenin[oa]", r"masculin[oa]", r"nin[oa]")) + _AGE_AFTER)
# Every match of it starts with one of these: tried only where they are written (its own scan stops
# at every f, m and n of the text; see checks.text.matches_at).
_SEX_AGED_LEADS = ("femenin", "masculin", "nin")


# The literals _SEX_RE's alternatives start with: its 'de sexo' starts at the 'de' before a 'sexo'.
_SEX_LEADS = ("sexo", "paciente", "varon", "hombre", "mujer")


def _sex_matches(folded: str) -> Iterator[re.Match[str]]:
    """What ``_SEX_RE.finditer(folded)`` finds, tried only where its words are
    written (its scan stops at every d, s, p, v, h and m of the text)."""
    starts = literal_starts(folded, _SEX_LEADS)
    for at in [at for at in starts if folded.startswith("sexo", at)]:
        before = at
        while before and folded[before - 1].isspace():  # what \s matches (str.isspace, as re's \s)
            before -= 1
        if before < at and folded.startswith("de", before - 2):
            starts.append(before - 2)
    return matches_at(_SEX_RE, folded, starts)


def _may_hold_dates(flat: str) -> bool:
    """Whether the folded input names a birth date ('nacimiento', Galician 'nacemento',
    Catalan 'naixement', Portuguese 'nascimento', 'birth', 'dob'), before walking it for
    dates: a few substring tests (an alternation regex would stop at every n, b and d of the text)."""
    return "nac" in flat or "birth" in flat or "dob" in flat or "naix" in flat or "nasc" in flat


# An input's age in months, weeks or days is a string that starts with its
# number ('11 meses'); the folded input holds every string of the input, each
# on a line of its own, so an input with no line like that (nearly all) is
# not walked for an age field. The first line is matched, the others found
# after their newline (a MULTILINE '^' would be tried at every character).
_YOUNG_FIRST = re.compile(r"\s*\d{1,3}\s*(?:mes|semana|dia)")
_YOUNG_LINE = re.compile(r"\n\s*\d{1,3}\s*(?:mes|semana|dia)")


def _may_give_young_age(flat: str) -> bool:
    return bool(_YOUNG_FIRST.match(flat) or _YOUNG_LINE.search(flat))


def _may_name_young_key(flat: str) -> bool:
    """Whether a key that names an infant's unit ({"edad_meses": 3}) may be in the folded input."""
    return ("edad " in flat or "age " in flat or "dias de vida" in flat) and any(
        k.replace("_", " ") in flat for k in YOUNG_AGE_KEYS)


_UNIT_WORDS = {"m": "meses", "w": "semanas", "d": "días", "y": "años"}
_UNIT_DAYS = {"m": 30.4, "w": 7.0, "d": 1.0}
# Nouns of an age group under two years: 'lactante de 6 meses' says the patient's age, so it is
# compared even with a patient the input gives in years ('paciente de 6 meses' is not: for an adult it
# is more likely a time since something).
_INFANT_NOUN_BEFORE = re.compile(r"\b(?:lactante|neonato|recien\s+nacid[oa])\b(?:\s+[^\W\d]+){0,3}\s+de\s+$")

# The patient is a newborn when the input gives its age in days or weeks, or its sex inside an
# object named for the newborn ({"recien_nacido": {"sexo": "varón", ...}}); a maternity record
# that only describes the baby ({"recien_nacido": "varón de 3.350 g"}) is the mother's.
_NEWBORN_KEYS = frozenset({"recien nacido", "recien_nacido", "recien nacida", "recien_nacida", "rn", "neonato",
                           "newborn", "neonate"})
# Feminine forms are never the generic masculine ('recién nacido de término' is the category name,
# said of girls too): only they say a newborn's sex. A diagnosis's 'del recién nacido' is no mark.
# 'niña' is a girl too ('niño' may be the generic one, and is not read).
_NEWBORN_FEMININE = re.compile(r"(?<!del )\brecien\s+nacida\b|\bhija\s+de\s+(?:una\s+)?madre\b|\bnina\b")


def _newborn_object(value: object) -> bool:
    if isinstance(value, dict):
        for key, item in value.items():
            if fold(str(key)).strip() in _NEWBORN_KEYS and isinstance(item, dict) \
                    and any(fold(str(k)).strip() in _SEX_KEYS for k in item):
                return True
            if isinstance(item, (dict, list)) and _newborn_object(item):
                return True
    elif isinstance(value, list):
        return any(_newborn_object(item) for item in value if isinstance(item, (dict, list)))
    return False


def _age_unit(doc: Document) -> str:
    ev = evidence(doc)
    # 'Edad: 3 días' inside a string (a list's "Key: value", free text) gives the unit too
    return input_memo(doc, "dem_age_unit", lambda value: input_age_unit(value) if _may_give_young_age(ev.flat)
                      or _may_name_young_key(ev.flat)
                      or "edad" in ev.flat and YOUNG_AGE_IN_TEXT.search(ev.flat) else "y")


def newborn_patient(doc: Document) -> bool:
    return _age_unit(doc) in ("d", "w") or input_memo(doc, "dem_newborn", _newborn_object) and not evidence(
        doc).memo("newborn_of_mother", bool) or _may_hold_dates(evidence(doc).flat) and input_memo(
        doc, "dem_born_days", _born_days) < 28  # admitted in its first four weeks of life


def _born_days(value: object) -> int:
    """Days of life on admission by the birth and admission dates (a large number when not given)."""
    days = born_days_before(value)
    return 1 << 30 if days is None else days


_NEWBORN_NOUN = re.compile(r"recien\s+nacid[oa]\b|rn\b|neonato\b")


# The baby described before the sex noun in apposition: 'se obtiene RN vivo único (Z37.0), varón de 3.250 g',
# 'recién nacido a término, sano, mujer', 'con nacido vivo único (Z37.0), varón de 3200 g' (the outcome of
# delivery as Z37 titles it): the words that describe a birth and its code stand between.
_BIRTH_WORDS = r"(?:viv[oa]|unic[oa]|san[oa]|a|de|termino|pretermino|postermino|vigoros[oa])"
_NEWBORN_DESCRIBED = re.compile(r"\b(?:(?:recien\s+)?nacid[oa]|rn|neonato)(?:\s*,?\s+" + _BIRTH_WORDS + r")+"
                                r"(?:\s*\([^()]{1,12}\))?\s*,\s*$")


def _newborn_described(folded: str, start: int) -> bool:
    return ("rn" in folded or "nacid" in folded or "neonato" in folded) and \
        _NEWBORN_DESCRIBED.search(folded, max(0, start - 60), start) is not None


def _said_of_another(doc: Document, folded: str, start: int) -> bool:
    """A 'de sexo ...' after another person's noun is that person's ('nace un recién nacido de sexo
    masculino'), except a newborn's noun when the record is the newborn's: 'RN de sexo femenino de
    6 días' then describes the patient."""
    m = OTHER_PERSON_BEFORE.search(folded, max(0, start - 60), start)
    return m is not None and not (_NEWBORN_NOUN.match(folded, m.start()) and newborn_patient(doc))


def _sex_of(word: str) -> str:
    return "F" if word.startswith(("fem", "mujer", "nina")) else "M"


def _aged_sex_words(doc: Document, folded: str, seen: set[int], sex: str, expected: str):
    """Hits for sex words with an age after them ('femenina de 38 años') that contradict the input."""
    if "de" not in folded:
        return
    for m in matches_at(_SEX_AGED_RE, folded, literal_starts(folded, _SEX_AGED_LEADS)):
        if m.start() in seen:
            continue
        seen.add(m.start())
        if _sex_of(m.group()) == sex:
            continue  # agrees (most): the pure reading below not needed
        if PERSON_APPOSED_BEFORE.search(folded, max(0, m.start() - 40), m.start()) and not newborn_patient(doc):
            continue  # 'El recién nacido, masculino de 2 días': the baby of a mother who is the patient
        if _sex_of(m.group()) != sex:
            yield Hit(m.start(), m.end(), {"what": "el sexo", "text": doc.output[m.start() : m.end()],
                                           "expected": expected}, {"field": "sex", "expected": sex})


# A person named by an occupation in -or / -ora with the age after it, introduced by 'en' as epicrisis
# introduce the patient ('Ingresa por mordedura de serpiente en agricultora de 45 años'): the ending says
# the sex. Nouns in -or that name no person ('dolor de 3 años de evolución') or no sex ('en mayor de 65
# años') are left out. Led by its literal 'en' (the word boundary before it checked by hand).
_OCCUPATION_AGED = re.compile(r"en\s+(?:una?\s+)?(?P<noun>[a-z]{3,}or(?P<fem>a?))\s+de\s+\d{1,3}\s+anos\b")
_NOT_A_PERSON_OR = frozenset({"dolor", "tumor", "mayor", "menor", "temblor", "color", "valor", "calor", "sudor",
                              "error", "rubor", "estupor", "humor", "sabor", "olor", "vapor", "motor", "factor",
                              "exterior", "interior", "anterior", "posterior", "superior", "inferior", "peor",
                              "mejor", "ardor", "hedor", "furor", "tensor", "receptor", "marcador", "flexor"})


def _occupation_sex(doc: Document, folded: str, seen: set[int], sex: str, expected: str):
    if "or de " not in folded and "ora de " not in folded:
        return
    for m in _OCCUPATION_AGED.finditer(folded):
        if m.start() and folded[m.start() - 1].isalnum():
            continue  # inside a word ('ven ...', 'tren ...')
        noun = m.group("noun")
        start = m.start("noun")
        if noun[: len(noun) - len(m.group("fem"))] in _NOT_A_PERSON_OR or start in seen:
            continue
        seen.add(start)
        if ("F" if m.group("fem") else "M") != sex:
            yield Hit(start, m.end("noun"), {"what": "el sexo", "text": doc.output[start : m.end("noun")],
                                             "expected": expected}, {"field": "sex", "expected": sex})


# 'tras 14 días hospitalizada': the participle of the stay agrees with the patient, its implicit subject.
# So does the participle of a time spent lost or held: 'tras 14 horas extraviado', 'tras 3 días intubada'.
_STAY_WORDS = ("hospitalizad", "internad", "ingresad", "intubad", "extraviad", "atrapad")
_STAY = re.compile(r"(?:tras|luego\s+de|despues\s+de)\s+\d{1,3}\s+(?:horas|dias|semanas)\s+(?:de\s+)?"
                   rf"(?P<adj>(?:{'|'.join(_STAY_WORDS)})[oa])\b")


def _stay_agreement(doc: Document, folded: str, seen: set[int], sex: str, expected: str):
    if not any(w in folded for w in _STAY_WORDS):
        return
    for m in _STAY.finditer(folded):
        start, end = m.span("adj")
        if start in seen:
            continue
        seen.add(start)
        if ("F" if folded[end - 1] == "a" else "M") != sex:
            yield Hit(start, end, {"what": "la concordancia de género", "text": doc.output[start:end],
                                   "expected": expected}, {"field": "sex", "expected": sex})


def expected_ages(doc: Document) -> set[int]:
    """The input's age, and the one its birth and admission dates give."""
    def read(value: object) -> set[int]:
        ev = evidence(doc)
        ages = {ev.age} - {None}
        from_dates = age_from_dates(value) if _may_hold_dates(ev.flat) else None
        if from_dates is not None:
            ages.add(from_dates)
        return ages
    return input_memo(doc, "dem_ages", read)  # once per distinct input


def _output_ages(doc: Document) -> list[tuple[int, int, int]]:
    return list(stated_ages(folded_output(doc)))


def output_ages(doc: Document) -> list[tuple[int, int, int]]:
    """The ages the output states of the patient, once per record (DEM001 and HAL002 read them)."""
    return doc.memo("stated_ages", _output_ages)


def _output_young_ages(doc: Document) -> list[tuple[int, int, int, str]]:
    return list(stated_young_ages(folded_output(doc)))


def output_young_ages(doc: Document) -> list[tuple[int, int, int, str]]:
    """The months, weeks or days the output states, once per record (DEM001 and HAL002 read them)."""
    return doc.memo("stated_young_ages", _output_young_ages)


def dated_young_age(doc: Document) -> dict[str, int]:
    """An infant's age in months, weeks and days by the input's birth and admission dates (empty
    when it gives no birth date, or the patient is three or older)."""
    if not _may_hold_dates(evidence(doc).flat):
        return {}
    return input_memo(doc, "dem_dated_young", young_age_from_dates)


def derived_age(doc: Document, at: int) -> bool:
    """The number at ``at`` of the output is the patient's age that the input's birth and admission
    dates give, in years or, for an infant, in months, weeks or days (HAL002: derived from the
    input, so grounded; DEM001 reads the same dates)."""
    ages = expected_ages(doc)
    if not ages:
        return False
    if any(s == at and years in ages for s, _, years in output_ages(doc)):
        return True
    dated = dated_young_age(doc)
    return bool(dated) and any(s == at and agrees_with_dates(value, said, dated)
                               for s, _, value, said in output_young_ages(doc))


@check("DEM001", "demographics-mismatch", Severity.ERROR,
       "Dato demográfico contradictorio: {what} «{text}» de la epicrisis no coincide con los datos de entrada ({expected})")
def demographics_mismatch(doc: Document):
    """Sex and age stated in the output agree with the input's. Sex is read
    where Spanish marks it: 'sexo femenino', 'mujer', 'la paciente', and
    agreement about the patient ('operada', 'dado de alta'), never about
    another person ('la madre', 'el hijo'). Ages in digits or words
    ('setenta y dos años'); birth and admission dates stand for an age.
    An occupation in -or/-ora introducing the patient with the age ('en
    agricultora de 45 años') says the sex by its ending.

    Okay: Ingresa por neumonía la paciente de setenta y dos años, es dada de alta.   [input: sexo F, edad 72]
    DEM001: Ingresa por neumonía el paciente de 72 años, es dado de alta.   [input: sexo F, edad 72]
    """
    ev = evidence(doc)
    text = doc.output
    folded = folded_output(doc)
    if ev.sex is not None:
        expected = "sexo femenino" if ev.sex == "F" else "sexo masculino"
        seen: set[int] = set()
        for m in _sex_matches(folded):
            said = m.group("sex") or m.group("said")
            word = said or m.group("adj") or m.group()
            seen.add(m.start())
            seen.add(m.end() - len(word))  # where _SEX_AGED_RE would find the same word
            if _sex_of(word) == ev.sex:
                continue  # agrees (most): the pure readings below not needed
            if not said and spouse_noun(folded, m.start(), word):
                continue  # 'se informa a su mujer': the patient's wife
            if said and _said_of_another(doc, folded, m.start()):
                continue  # the sex of another person: 'nace un recién nacido de sexo masculino'
            if not said and not m.group("adj") and (PERSON_APPOSED_BEFORE.search(folded, max(0, m.start() - 40),
                                                                                m.start())
                                                    or _newborn_described(folded, m.start())) \
                    and not newborn_patient(doc):
                continue  # 'El recién nacido, varón de 3.350 g': the baby of a mother who is the patient
            if _sex_of(word) != ev.sex:
                yield Hit(m.start(), m.end(), {"what": "el sexo", "text": text[m.start() : m.end()],
                                               "expected": expected},
                          {"field": "sex", "expected": ev.sex})
        yield from _aged_sex_words(doc, folded, seen, ev.sex, expected)
        yield from _stay_agreement(doc, folded, seen, ev.sex, expected)
        yield from _occupation_sex(doc, folded, seen, ev.sex, expected)
        for start, end, sex in sex_marks(folded, output_tokens(doc).key_set):
            if sex != ev.sex and start not in seen:
                seen.add(start)
                yield Hit(start, end, {"what": "la concordancia de género", "text": text[start:end],
                                       "expected": expected},
                          {"field": "sex", "expected": ev.sex})
        if ev.sex == "M" and ("nacida" in folded or "hija" in folded or "nina" in folded) and newborn_patient(doc):
            for m in _NEWBORN_FEMININE.finditer(folded):
                yield Hit(m.start(), m.end(), {"what": "la concordancia de género", "text": text[m.start() : m.end()],
                                               "expected": expected}, {"field": "sex", "expected": ev.sex})
    ages = expected_ages(doc)
    unit = _age_unit(doc) if ages else "y"
    if ages and unit != "y":  # an infant: '4 años' for '4 meses' contradicts it; '1 año' for 14 meses does not
        shown = " o ".join(f"{a} {_UNIT_WORDS[unit]}" for a in sorted(ages))
        for start, end, years in output_ages(doc):
            if unit != "m" or not any(a >= 12 and a // 12 == years for a in ages):
                yield Hit(start, end, {"what": "la edad", "text": f"{text[start:end]} años", "expected": shown},
                          {"field": "age", "expected": sorted(ages)[0]})
    # months, weeks or days are an age only for an infant (an adult's are a time since something)
    infant_noun = unit == "y" and ("lactante" in folded or "neonato" in folded or "recien nacid" in folded)
    if ages and (unit != "y" or max(ages) < 3 or infant_noun) and ("me" in folded or "di" in folded
                                                                    or "sem" in folded):
        dated = dated_young_age(doc)
        for start, end, value, said in output_young_ages(doc):
            if dated and said in dated and ev.age is None:  # the dates give the infant's age
                if not agrees_with_dates(value, said, dated):
                    yield Hit(start, end, {"what": "la edad", "text": f"{text[start:end]} {_UNIT_WORDS[said]}",
                                           "expected": f"{dated[said]} {_UNIT_WORDS[said]}"},
                              {"field": "age", "expected": dated[said]})
                continue
            if unit == "y" and max(ages) >= 3:  # only an infant noun's age, against every age the input gives
                if _INFANT_NOUN_BEFORE.search(folded, max(0, start - 60), start) and all(
                        abs(value * _UNIT_DAYS[said] / 365.25 - a) >= 1 for a in ages):
                    yield Hit(start, end, {"what": "la edad", "text": f"{text[start:end]} {_UNIT_WORDS[said]}",
                                           "expected": " o ".join(f"{a} años" for a in sorted(ages))},
                              {"field": "age", "expected": sorted(ages)[0]})
                continue
            # months said of a patient the input gives in years: read only for a small child (an
            # adult's 'paciente de 6 meses' is more likely a time since something)
            # another unit of the same scale contradicts it by more than one of the larger unit:
            # '4 semanas de vida' for 4 días; 'un mes' for 5 semanas does not
            other = said != unit and unit != "y" and all(
                abs(value * _UNIT_DAYS[said] - a * _UNIT_DAYS[unit]) > max(_UNIT_DAYS[said], _UNIT_DAYS[unit])
                for a in ages)
            if said == unit and value not in ages or other or (said == "m" and unit == "y" and max(ages) < 3
                                                               and value // 12 not in ages):
                shown = " o ".join(f"{a} {_UNIT_WORDS[unit]}" for a in sorted(ages))
                yield Hit(start, end, {"what": "la edad", "text": f"{text[start:end]} {_UNIT_WORDS[said]}",
                                       "expected": shown}, {"field": "age", "expected": sorted(ages)[0]})
    if unit == "y" and ages:  # 'varón octogenario' for a man of 72
        for start, end, years in decade_ages(folded):
            if not any(a in years for a in ages):
                yield Hit(start, end, {"what": "la edad", "text": text[start:end],
                                       "expected": " o ".join(f"{a} años" for a in sorted(ages))},
                          {"field": "age", "expected": sorted(ages)[0]})
    if unit == "y" and ages and ("ano" in folded or "edad" in folded or " a." in folded or " a," in folded):
        for start, end, years in output_ages(doc):
            if years not in ages:
                shown = " o ".join(f"{a} años" for a in sorted(ages))
                yield Hit(start, end, {"what": "la edad", "text": f"{text[start:end]} años", "expected": shown},
                          {"field": "age", "expected": sorted(ages)[0]})
