"""How Spanish says the patient's sex and age without a 'sexo:' field.

Sex by grammatical agreement: 'la paciente' / 'el paciente', and a small
curated list of adjectives and participles (operada, diabético, trasladada,
dado de alta) read only where they are about the patient: right after
'paciente', or after a verb whose subject is the patient (said, or implicit
as epicrisis write: 'Es trasladada a UCI', 'Al tercer día es dado de alta').
A sentence that names another person before the word (la madre, el hijo, la
enfermera) is left alone: precision matters more than recall here.

Age: digits ('72 años', '72 a.', 'edad: 72') and Spanish number words
('setenta y dos años', read with text2num), and the age that the input's
birth and admission dates give when it states no age.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import chain
from typing import Any, Iterator

from checks.demography import YOUNG_AGE_IN_TEXT
from checks.text import fold, word_led


def _fold_char(c: str) -> str:
    f = fold(c)
    return f if len(f) == 1 else (c.lower() if len(c.lower()) == 1 else " ")


# Lower case without accents, one character for one: offsets stay the text's.
_SAME_LENGTH = str.maketrans({chr(i): _fold_char(chr(i)) for i in range(0x41, 0x250)})


# The same for Latin-1 text (nearly all Spanish) as one 256-byte table: C speed.
_LATIN1 = bytes(ord(_fold_char(chr(i))[0]) if ord(_fold_char(chr(i))[0]) < 256 else i for i in range(256))


def fold_keep(text: str) -> str:
    if text.isascii():
        return text.lower()
    try:
        return text.encode("latin-1").translate(_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return text.translate(_SAME_LENGTH)

# --- sex -----------------------------------------------------------------------

_MASCULINE = (
    "operado", "intervenido", "trasladado", "hospitalizado", "internado", "derivado", "egresado", "reingresado",
    "readmitido", "dado de alta", "sedado", "intubado", "extubado", "dializado", "transfundido", "anticoagulado",
    "vacunado", "traqueostomizado", "gastrostomizado", "amputado", "colecistectomizado", "apendicectomizado",
    "hidratado", "orientado", "lucido", "postrado", "encamado", "asintomatico", "obeso", "diabetico", "hipertenso",
    "dislipidemico", "tabaquico", "alcoholico", "asmatico", "epileptico", "cirrotico", "fumador",
    "portador", "usuario", "alergico", "institucionalizado", "traido", "acompanado", "despierto",
    "evaluado", "valorado", "atendido", "examinado", "ingresado",
)
_FEMININE_ONLY = ("embarazada", "puerpera", "gestante", "cursando embarazo")


def _feminine(word: str) -> str:
    head, _, rest = word.partition(" ")
    head = head + "a" if head.endswith("or") else head[:-1] + "a"
    return f"{head} {rest}" if rest else head


GENDERED: dict[str, str] = {w: "M" for w in _MASCULINE}
GENDERED.update({_feminine(w): "F" for w in _MASCULINE})
GENDERED.update({w: "F" for w in _FEMININE_ONLY})
_ADJ = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in GENDERED), key=len, reverse=True))

# Everything below runs on fold_keep(text). 'del/al paciente' are left out: writers use them
# generically ('remitiendo al paciente', 'el alta del paciente') even for a woman.
# Patterns scanned over every text are led by a character class (word_led): the regex engine
# skips to the letters a match may start with, where a lookbehind first is tried at every character.
# The article is the match's first word.
_ARTICLE = re.compile(word_led(("el", "la", "un", "una", "este", "esta", "dicho", "dicha", "nuestro", "nuestra"),
                               not_after=r"[/(\w]")
                      + r"\s+(?:mism[oa]\s+)?paciente\b(?!\s*/|\s*\()")
_ARTICLE_SEX = {"la": "F", "una": "F", "esta": "F", "dicha": "F", "nuestra": "F"}


def _article_matches(folded: str) -> Iterator[re.Match[str]]:
    """What ``_ARTICLE.finditer(folded)`` finds, looked for only around each
    'paciente' (every match ends with one and starts at most two words before
    it): a few short searches instead of a scan of the whole text. A match
    reaching further back or a lookahead further on than the window needs a
    run of spaces longer than any real text has; then the whole text is read."""
    done = 0
    at = folded.find("paciente")
    while at >= 0:
        lo = max(done, at - 40)
        before, after = folded[lo:at], folded[at + 8 : at + 24]
        # the article and 'mismo' hold 12 letters at most: 28 spaces in the window, and it may reach further
        if len(before) - len("".join(before.split())) >= 28 or (len(after) == 16 and after.isspace()):
            yield from _ARTICLE.finditer(folded, done)
            return
        m = _ARTICLE.search(folded, lo, at + 24)
        if m is not None and m.end() == at + 8:  # (a match of a later 'paciente' is found at its turn)
            yield m
            done = m.end()
        at = folded.find("paciente", at + 8)
# Epicene nouns for the patient: the agreement that follows them says the sex ('escolar de 9 años
# acompañada por su padre', 'lactante de 4 meses traído por su madre').
_AFTER_PATIENT = re.compile(word_led(("paciente", "lactante", "escolar", "preescolar", "adolescente")) + r"\s+"
                            rf"(?:de\s+\d{{1,3}}\s+(?:anos|meses)\s*,?\s*)?(?P<adj>{_ADJ})\b")
# Led by \b, not word_led: the verbs start with eleven letters, and a class of those passes at
# nearly every letter (measured: the class-led form is no faster).
_COPULA = (r"(?:es|fue|era|queda|quedo|quedando|permanece|permanecio|permaneciendo|se\s+mantiene|se\s+mantuvo|"
           r"manteniendose|se\s+encuentra|se\s+encontraba|encontrandose|siendo|estuvo|esta|estando|"
           r"ingresa|reingresa|llega|consulta|acude|egresa|sale|evoluciona|evoluciono|se\s+va|se\s+presenta)")
_PREDICATE = re.compile(rf"\b{_COPULA}\s+(?:\w+mente\s+)?(?P<adj>{_ADJ})\b")
# What may stand between the sentence start and the verb while the patient stays the subject.
# A predicate coordinated with a clause about the patient: 'Evoluciona con NIHSS 6 y es
# trasladado a rehabilitación', 'Se extuba al día 5 y es trasladada a sala'.
_COORDINATED = re.compile(
    r"^\s*(?:(?:el|la)\s+paciente\s+)?(?:se\s+\w+|evoluciona|evoluciono|presenta|presento|cursa|curso|mejora|"
    r"mejoro|recibe|recibio|completa|completo|tolera|tolero|permanece|permanecio|requiere|requirio)\b[^;]*"
    r"(?:,\s*|\s)y\s+$"
)
_SUBJECT = re.compile(
    r"^\s*(?:(?:el|la)\s+paciente\s*,?\s*|paciente\s*,?\s*)?"
    r"(?:(?:posteriormente|luego|finalmente|actualmente|hoy|ayer|despues|ademas|inicialmente|"
    r"tras|al|a\s+los|a\s+las|el\s+dia|durante|en|por|con|dada|dado|desde|hasta|previo)\b[^,;:]{0,45}?,?\s*)?"
    r"(?:(?:el|la)\s+paciente\s+|paciente\s+)?$"
)
_PERSONS = (
    r"madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar(?:es)?|familia|enfermer[oa]s?|"
    r"medic[oa]s?|doctor[a]?|cirujan[oa]|acompanante|cuidador[a]?|tutor[a]?|abuel[oa]|niet[oa]|ti[oa]|sobrin[oa]|"
    r"conyuge|companer[oa]|nin[oa]|bebe|recien\s+nacid[oa]|rn|amig[oa]|vecin[oa]|kinesiolog[oa]|nutricionista|"
    r"residente|intern[oa]|tratante|neonato|feto|gemel[oa]"
)
_OTHER_PERSON = re.compile(rf"\b(?:{_PERSONS}|quien|que|cual|cuyo|cuya)\b")
# Another person named just before a 'de sexo masculino': 'nace un recién nacido de sexo masculino'.
OTHER_PERSON_BEFORE = re.compile(rf"\b(?:{_PERSONS})\b(?:\s+(?:\w+|\d[\d.,]*)){{0,4}}\s+$")
# A sex noun right after another person, in apposition or as its attribute, is that person's:
# 'El recién nacido, varón de 3.350 g', 'su hijo varón', 'acompañada por su hija, una mujer de 40'.
# Relatives and the baby only: 'niño varón', 'paciente mujer' are the patient.
PERSON_APPOSED_BEFORE = re.compile(
    r"\b(?:madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar|acompanante|cuidador[a]?|tutor[a]?|"
    r"abuel[oa]|niet[oa]|conyuge|recien\s+nacid[oa]|rn|neonato|gemel[oa])\s*,?\s*(?:(?:un|una)\s+)?$")
_ANY_MARK = re.compile(rf"\bpaciente\b|\b(?:{_ADJ})\b")
_SENTENCE_END = re.compile(r"[;\n]|\.(?!\d)")  # a '1.5' decimal does not end a sentence
# An absolute participle ('Evaluado el caso, se decide...') agrees with its own noun, not the patient.
_ABSOLUTE = r"(?!\s+(?:el|la|los|las|dicho|dicha|este|esta)\b)"
# 'Trasladada a UCI el día 3.': a participle opening the text, or a sentence after a full stop (not a
# decimal point), a semicolon or a line end (led by the punctuation, so the engine skips to it).
_OPENING = re.compile(rf"[;\n.](?!(?<=\.)\d)\s*(?P<adj>{_ADJ})\b{_ABSOLUTE}")
_OPENING_FIRST = re.compile(rf"\s*(?P<adj>{_ADJ})\b{_ABSOLUTE}")
# A participle or adjective set off by a comma, in apposition to the patient: 'Alta al segundo día,
# operado sin complicaciones', 'en hombre de 70 años con HTA, usuaria de clopidogrel'. Left out: words
# that as often agree with a thing before the comma ('hiperkalemia, derivada de la falla renal').
_APPOSITION_SKIP = frozenset({"derivado", "derivada", "orientado", "orientada", "hidratado", "hidratada",
                              "amputado", "amputada", "transfundido", "transfundida", "atendido", "atendida"})
_APPOSITION = re.compile(rf",\s*(?P<adj>{_ADJ})\b{_ABSOLUTE}")
# Words said only of a person: in apposition they are about the patient whatever comes before.
# The others agree as readily with the noun before the comma ('fractura de cadera, operada en
# 2019', 'dolor abdominal, acompañado de vómitos'): they count only where that noun's gender
# differs from theirs ('Alta al segundo día, operado ...': 'día' read as feminine by its ending).
_PERSON_ONLY = frozenset(w for base in (
    "usuario", "portador", "alergico", "fumador", "traido", "institucionalizado", "hospitalizado", "internado",
    "egresado", "reingresado", "readmitido", "dado de alta", "hipertenso", "diabetico", "dislipidemico",
    "tabaquico", "alcoholico", "asmatico", "epileptico", "cirrotico", "obeso", "encamado", "postrado",
    "trasladado") for w in (base, _feminine(base)))
_LAST_WORD = re.compile(r"([a-z]+)[^a-z]*$")


def _gender_by_ending(word: str) -> str | None:
    """The usual gender of a Spanish noun or adjective by its ending; None when it does not say."""
    if word.endswith(("a", "as", "ion", "iones", "dad", "dades", "tud")):
        return "F"
    if word.endswith(("o", "os", "or", "ores")):
        return "M"
    return None


def _sentence_start(folded: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (one backward scan, only for a hit)."""
    cut = max(folded.rfind(";", 0, at), folded.rfind("\n", 0, at))
    dot = folded.rfind(".", 0, at)
    while dot > cut and dot + 1 < len(folded) and folded[dot + 1].isdigit():
        dot = folded.rfind(".", 0, dot)
    return max(cut, dot) + 1


_ADJ_FIRST_WORDS = frozenset(w.split()[0] for w in GENDERED)


# An enclitic object pronoun on a verb whose object is a person is the patient, whoever the
# subject: 'su madre y su hermana se comprometen a acompañarla', 'se decide trasladarlo a UCI',
# 'dándola de alta'. Verbs that take things as readily ('operarla' of a hernia, 'cuidarla' of a
# wound, 'suspenderla') are left out, and so is 'acompañarla de' (of a drug: 'de dieta').
_PERSON_OBJECT_CLITIC = re.compile(
    r"(?<![a-z])(?:acompan|traslad|hospitaliz|intern|intub|reintub|extub|sed|reanim)(?:ar|ando)"
    r"l(?P<clitic>[ao])\b(?!\s+de\b)|(?<![a-z])d(?:ar|ando)l(?P<alta>[ao])\s+de\s+alta\b")


def _clitic_marks(folded: str) -> Iterator[tuple[int, int, str]]:
    if "arl" not in folded and "andol" not in folded:  # every form holds one: most texts hold neither
        return
    for m in _PERSON_OBJECT_CLITIC.finditer(folded):
        pronoun = m.group("clitic") or m.group("alta")
        yield m.start(), m.end("clitic") if m.group("clitic") else m.end("alta"), "F" if pronoun == "a" else "M"


def sex_marks(folded: str, keys: frozenset[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, 'F'|'M') of each word that says the patient's sex by
    agreement, in a folded text (offsets are the folded text's). Each pattern
    scans the whole text once; the sentence is looked at only around a hit.
    ``keys``, the text's word keys when the caller has them, let a text with
    no such word skip the scans."""
    if keys is not None:
        patient, adjectives = "paciente" in keys, not _ADJ_FIRST_WORDS.isdisjoint(keys)
    else:
        patient = adjectives = bool(_ANY_MARK.search(folded))
    if patient:
        for m in _article_matches(folded):
            if not _OTHER_PERSON.search(folded, _sentence_start(folded, m.start()), m.start()):
                yield m.start(), m.end(), _ARTICLE_SEX.get(m.group().split(None, 1)[0], "M")
    yield from _clitic_marks(folded)
    if not adjectives:
        return
    for m in _AFTER_PATIENT.finditer(folded):
        yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    first = _OPENING_FIRST.match(folded)
    for m in chain((first,), _OPENING.finditer(folded, first.end())) if first else _OPENING.finditer(folded):
        yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    for m in _APPOSITION.finditer(folded):
        adj = _norm(m.group("adj"))
        if adj in _APPOSITION_SKIP:
            continue
        if adj not in _PERSON_ONLY:
            before = _LAST_WORD.search(re.sub(r"\([^()]{0,12}\)", " ", folded[max(0, m.start() - 40) : m.start()]))
            if before is None or _gender_by_ending(before.group(1)) in (None, GENDERED[adj]):
                continue
        if not _OTHER_PERSON.search(folded, _sentence_start(folded, m.start()), m.start()):
            yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    for m in _PREDICATE.finditer(folded):
        prefix = folded[_sentence_start(folded, m.start()) : m.start()]
        if _OTHER_PERSON.search(prefix):
            continue
        gerund_after_comma = "," in prefix and m.group().startswith(("siendo", "quedando", "permaneciendo",
                                                                      "manteniendose", "encontrandose"))
        if gerund_after_comma or _SUBJECT.match(prefix) or _COORDINATED.match(prefix):
            yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word)


# --- age ---------------------------------------------------------------------

_UNITS = ("un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve")
_TEENS = ("diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|"
          "veintiun|veintiuno|veintiuna|veintidos|veintitres|veinticuatro|veinticinco|veintiseis|veintisiete|"
          "veintiocho|veintinueve")
_TENS = "treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa"
NUMBER_WORDS = (rf"(?:ciento\s+)?(?:(?:{_TENS})(?:\s+y\s+(?:{_UNITS}))?|{_TEENS}|{_UNITS})\b|\bcien\b")
# The word for years first (rare), then the number just before it.
_YEARS = re.compile(r"a(?<!\wa)(?:nos|no|\.|(?=\s*,))(?!\w)")  # led by its letter: see word_led
# The words a number in words may end with: a number before the word for years ends with a digit or one.
_NUMBER_ENDS = tuple(w for words in (_UNITS, _TEENS, _TENS, "cien") for w in words.split("|"))
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,])(?P<num>\d{{1,3}}|{NUMBER_WORDS})\s*$")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?P<who>paciente|pcte|pte|varon|hombre|mujer|femenin[oa]|masculin[oa]|adult[oa]|senor[a]?|anciano|anciana|"
    r"joven|lactante|adolescente)"
    # a child is the patient where the epicrisis says in whom it happens ('Ingresa por ... en un niño
    # de 7 años'); elsewhere 'una niña de 5 años' may be the patient's daughter
    r"|\ben\s+(?:una?\s+)?(?P<child>nin[oa]|escolar|preescolar))\b(?:(?!anos)[^.;\n\d]){0,40}\b(?:de|con)\s+$"
)
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
        if not lead or not (lead[-1].isdigit() or lead.endswith(_NUMBER_ENDS)):
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
        if person and _OTHER_PERSON.search(before, noun_end):
            person = None  # 'mujer con una hija de 45 años'
        if folded.startswith(" de edad", y.end()) or ("edad" in before and _EDAD_BEFORE.search(before)) or person:
            years = _to_int(num)
            if years is not None:
                yield num_start, num_end, years
    if "edad" in folded:
        for m in _EDAD_FIELD.finditer(folded):
            yield m.start(1), m.end(1), int(m.group(1))


_BIRTH_KEYS = {"fecha_nacimiento", "fecha_de_nacimiento", "nacimiento", "fnac", "f_nac", "fecha_nac",
               "birth_date", "birthdate", "dob", "date_of_birth", "fecha nacimiento", "fecha de nacimiento"}
_ADMISSION_KEYS = {"fecha_ingreso", "fecha_de_ingreso", "f_ingreso", "fecha_admision", "admission_date",
                   "fecha_hospitalizacion", "fecha ingreso", "fecha de ingreso", "ingreso", "admission"}
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


def _find_dates(value: Any, found: dict[str, date], role: str | None = None) -> None:
    if isinstance(value, dict):
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
