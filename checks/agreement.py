"""How Spanish says the patient's sex and age without a 'sexo:' field.

Sex by grammatical agreement: 'la paciente' / 'el paciente' (and the article
of the other epicene nouns: 'una adolescente', 'el lactante'), and a small
curated list of adjectives and participles (operada, diabético, trasladada,
dado de alta) read only where they are about the patient: right after
'paciente', or after a verb whose subject is the patient (said, or implicit
as epicrisis write: 'Es trasladada a UCI', 'Al tercer día es dado de alta').
A sentence that names another person before the word (la madre, el hijo, la
enfermera) is left alone: precision matters more than recall here.

The age said in a text and read from an input: checks/ages.py.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterator

from harness.registry import Document
from checks.text import fold, token_key, word_led


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


def _fold_output(doc: Document) -> str:
    return fold_keep(doc.output)


def folded_output(doc: Document) -> str:
    """fold_keep of the record's output, once per record (DEM001, HAL002-004 read it)."""
    return doc.memo("fold_keep", _fold_output)

# --- sex -----------------------------------------------------------------------

_MASCULINE = (
    "operado", "intervenido", "trasladado", "hospitalizado", "internado", "derivado", "egresado", "reingresado",
    "readmitido", "dado de alta", "sedado", "intubado", "extubado", "dializado", "transfundido", "anticoagulado",
    "vacunado", "traqueostomizado", "gastrostomizado", "amputado", "colecistectomizado", "apendicectomizado",
    "hidratado", "orientado", "lucido", "postrado", "encamado", "asintomatico", "obeso", "diabetico", "hipertenso",
    "dislipidemico", "hipotiroideo", "hipertiroideo", "tabaquico", "alcoholico", "asmatico", "epileptico", "cirrotico", "fumador",
    "portador", "usuario", "alergico", "institucionalizado", "traido", "acompanado", "despierto",
    "evaluado", "valorado", "atendido", "examinado", "ingresado", "manejado", "remitido", "tratado",
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
_ARTICLES = ("el", "la", "un", "una", "este", "esta", "dicho", "dicha", "nuestro", "nuestra")
_ARTICLE = re.compile(word_led(_ARTICLES, not_after=r"[/(\w]")
                      + r"\s+(?:mism[oa]\s+)?paciente\b(?!\s*/|\s*\()")
_ARTICLE_SEX = {"la": "F", "una": "F", "esta": "F", "dicha": "F", "nuestra": "F"}
# The article says the sex of the other epicene nouns for a patient too: 'en una adolescente de 16
# años', 'la lactante', 'un joven de 19 años' (the same articles as for 'paciente').
_EPICENE_NOUNS = ("adolescente", "lactante", "preescolar", "escolar", "joven")
_EPICENE_KEYS = frozenset(token_key(w) for w in _EPICENE_NOUNS)
_ARTICLE_EPICENE = re.compile(word_led(_ARTICLES, not_after=r"[/(\w]")
                              + rf"\s+(?:{'|'.join(_EPICENE_NOUNS)})\b(?!\s*/|\s*\()")


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
# acompañada por su padre', 'lactante de 4 meses traído por su madre'), an obstetric formula or
# a score set off between ('paciente de 47 años, G3P3, remitida desde su centro').
_AFTER_PATIENT = re.compile(word_led(("paciente", "lactante", "escolar", "preescolar", "adolescente")) + r"\s+"
                            r"(?:de\s+\d{1,3}\s+(?:anos|meses)\s*,?\s*(?:[a-z]+\d[a-z\d]*\s*,\s*)?)?"
                            rf"(?P<adj>{_ADJ})\b")
# A sex noun for the patient with its age ('en una niña de 4 años y 16 kg traída por su abuela', 'un
# varón de 60 años trasladado'): the agreement that follows says the sex too, and may contradict the
# input as the noun may. Not after another person ('madre de un niño de 3 años hospitalizado').
_SEX_NOUN_KEYS = ("nino", "nina", "varon", "mujer", "hombre")
_AFTER_SEX_NOUN = re.compile(word_led(_SEX_NOUN_KEYS) + r"\s+"
                             r"de\s+\d{1,3}\s+(?:anos|meses)(?:\s+y\s+\d[\d.,]*\s*kg)?\s*,?\s*"
                             rf"(?P<adj>{_ADJ})\b")
# Led by \b, not word_led: the verbs start with eleven letters, and a class of those passes at
# nearly every letter (measured: the class-led form is no faster).
_COPULA = (r"(?:es|fue|era|queda|quedo|quedando|permanece|permanecio|permaneciendo|se\s+mantiene|se\s+mantuvo|"
           r"manteniendose|se\s+encuentra|se\s+encontraba|encontrandose|siendo|estuvo|esta|estando|"
           r"ingresa|reingresa|llega|consulta|acude|egresa|sale|evoluciona|evoluciono|se\s+va|se\s+presenta)")
# A verb of leaving may name the home between it and the participle: 'egresa a su domicilio acompañada'.
# ... or when: 'egresa a las 48 horas acompañado de su hija', 'es trasladada al tercer día' (a time
# counted in hours, days or weeks, with no noun after it that the participle could agree with).
_PREDICATE = re.compile(rf"\b{_COPULA}\s+(?:a\s+(?:su\s+)?(?:domicilio|casa|hogar)\s+)?"
                        r"(?:(?:(?:a\s+l[ao]s|tras|luego\s+de|despues\s+de)\s+\w+\s+(?:horas|dias|semanas)"
                        r"|al\s+\w+\s+dia)\s+)?(?:\w+mente\s+)?"
                        rf"(?P<adj>{_ADJ})\b")
# What may stand between the sentence start and the verb while the patient stays the subject.
# A predicate coordinated with a clause about the patient: 'Evoluciona con NIHSS 6 y es
# trasladado a rehabilitación', 'Se extuba al día 5 y es trasladada a sala'. Either clause may open
# with a time or the diagnosis it acts on: 'Con diagnóstico de colecistitis se inicia cefazolina y a
# las 24 horas es intervenida'.
_FRONTED_TIME = r"(?:tras|al|a\s+los|a\s+las|durante|luego\s+de|despues\s+de)\s[^,;:]{0,40}?"
_COORDINATED = re.compile(
    r"^\s*(?:(?:el|la)\s+paciente\s+)?"
    rf"(?:(?:con\s+(?:el\s+)?diagnostico\s+de\s[^,;:]{{0,80}}?|{_FRONTED_TIME}),?\s+)?"
    r"(?:se\s+\w+|evoluciona|evoluciono|presenta|presento|cursa|curso|mejora|"
    r"mejoro|recibe|recibio|completa|completo|tolera|tolero|permanece|permanecio|requiere|requirio)\b[^;]*"
    rf"(?:,\s*|\s)y\s+(?:{_FRONTED_TIME},?\s+)?$"
)
_SUBJECT = re.compile(
    r"^\s*(?:(?:el|la)\s+paciente\s*,?\s*|paciente\s*,?\s*)?"
    r"(?:(?:posteriormente|luego|finalmente|actualmente|hoy|ayer|despues|ademas|inicialmente|"
    r"tras|al|a\s+los|a\s+las|el\s+dia|durante|en|por|con|dada|dado|desde|hasta|previo|"
    # the patient's state, fronted: 'Afebril al quinto día y sin dolor, es dada de alta'
    r"afebril|estable|hemodinamicamente|consciente|eupneic[oa])\b"
    # a fronted phrase: a short one may run on into the verb, a longer one is set off by its comma
    # ('Tras un intento fallido de reducción hidrostática guiada por ecografía, es intervenida')
    r"(?:[^,;:]{0,45}?,?|[^,;:]{46,100}?,)\s*)?"
    r"(?:(?:el|la)\s+paciente\s+|paciente\s+)?$"
)
_PERSONS = (
    r"madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar(?:es)?|familia|enfermer[oa]s?|"
    r"medic[oa]s?|doctor[a]?|cirujan[oa]|acompanante|cuidador[a]?|tutor[a]?|abuel[oa]|niet[oa]|ti[oa]|sobrin[oa]|"
    r"conyuge|companer[oa]|nin[oa]|bebe|recien\s+nacid[oa]|rn|amig[oa]|vecin[oa]|kinesiolog[oa]|nutricionista|"
    r"residente|intern[oa]|tratante|neonato|feto|gemel[oa]"
)
# Another person, or a relative pronoun that starts a clause about someone else.
OTHER_PERSON = re.compile(rf"\b(?:{_PERSONS}|quien|que|cual|cuyo|cuya)\b")
_PERSON_WORD = re.compile(rf"\b(?:{_PERSONS})\b")
_AGED_AFTER = re.compile(r"\s+de\s+\d{1,3}\s+(?:anos|meses)\b")


def _of_another(folded: str, start: int, end: int) -> bool:
    """Whether the article and noun at folded[start:end] are about someone other than the patient: another
    person or a relative clause earlier in the sentence. A relative clause about a symptom does not take
    the patient introduced with the age after it ('dolor que migra a fosa ilíaca derecha ... en un
    adolescente de 15 años'); another person's noun does ('la madre, que acompaña a un adolescente de 15')."""
    begin = _sentence_start(folded, start)
    if OTHER_PERSON.search(folded, begin, start) is None:
        return False
    return not _AGED_AFTER.match(folded, end) or _PERSON_WORD.search(folded, begin, start) is not None
# Another person named just before a 'de sexo masculino': 'nace un recién nacido de sexo masculino',
# or in apposition right after it, set off by a comma: 'el recién nacido, de sexo masculino, ...' (a
# comma after more words ends the phrase about that person: 'hijo de madre diabética, de sexo ...').
OTHER_PERSON_BEFORE = re.compile(rf"\b(?:{_PERSONS})\b(?:(?:\s+(?:\w+|\d[\d.,]*)){{0,4}}\s+|\s*,\s+)$")
# A sex noun right after another person, in apposition or as its attribute, is that person's:
# 'El recién nacido, varón de 3.350 g', 'su hijo varón', 'acompañada por su hija, una mujer de 40'.
# Relatives and the baby only: 'niño varón', 'paciente mujer' are the patient. The subject of a
# birth is the baby too: 'nace un varón de 2.900 g', 'da a luz a una mujer', 'se obtiene una niña'.
PERSON_APPOSED_BEFORE = re.compile(
    r"\b(?:madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar|acompanante|cuidador[a]?|tutor[a]?|"
    r"abuel[oa]|niet[oa]|conyuge|recien\s+nacid[oa]|rn|neonato|gemel[oa]|"
    r"nacen?|nacio|naciendo|(?:da|dio|dando)\s+a\s+luz\s+a|se\s+obtienen?|se\s+obtuvo)\s*,?\s*(?:(?:un|una)\s+)?$")
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
                              "amputado", "amputada", "transfundido", "transfundida", "atendido", "atendida",
                              "tratado", "tratada"})
# ... except where what follows says a person moved: 'derivado desde el SAPU' (a transfer from a
# place; 'derivada de la falla renal' is a cause).
_TRANSFER_AFTER = re.compile(r"\s+desde\b")
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
# 'acompañado/a' by a relative or a carer is said of a person, the patient, whatever the noun before the
# comma: 'Alta a los 6 días, acompañada de su hija' ('fiebre de 3 días, acompañada de tos' is the fever's).
_BY_A_PERSON = re.compile(r"\s+(?:de|por)\s+(?:su|sus|un|una|el|la|los|las)\s+(?:mism[oa]s?\s+)?"
                          r"(?:madre|padre|hij[oa]s?|espos[oa]|marido|pareja|herman[oa]s?|familiar(?:es)?|familia|"
                          r"cuidador[a]?|tutor[a]?|abuel[oa]s?|niet[oa]s?|sobrin[oa]s?|ti[oa]s?|conyuge|"
                          r"amig[oa]s?|vecin[oa]s?|companer[oa]s?|acompanante|progenitor(?:es)?)\b")


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


# The reason for admission said as what befell the patient: 'Ingresa por haber sido hallada por su nieta
# confusa', 'acude tras haber sido encontrado inconsciente'; the participle agrees with the patient, the
# subject of the verb of admission (finding verbs included, which elsewhere agree as readily with a finding).
_HAVING_BEEN = re.compile(r"\b(?:ingresa|reingresa|llega|consulta|acude)\s+(?:por|tras|luego\s+de|despues\s+de)\s+"
                          rf"haber\s+sido\s+(?P<adj>hallad[oa]|encontrad[oa]|{_ADJ})\b")


def _having_been_marks(folded: str) -> Iterator[tuple[int, int, str]]:
    if "haber sido" not in folded:
        return
    for m in _HAVING_BEEN.finditer(folded):
        if OTHER_PERSON.search(folded, _sentence_start(folded, m.start()), m.start()):
            continue
        adj = _norm(m.group("adj"))
        yield m.start("adj"), m.end("adj"), GENDERED.get(adj) or ("F" if adj.endswith("a") else "M")


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
            if not _of_another(folded, m.start(), m.end()):
                yield m.start(), m.end(), _ARTICLE_SEX.get(m.group().split(None, 1)[0], "M")
    # most texts hold none of the nouns: a set test on the text's word keys, or substring tests
    if (not _EPICENE_KEYS.isdisjoint(keys) if keys is not None else any(n in folded for n in _EPICENE_NOUNS)):
        for m in _ARTICLE_EPICENE.finditer(folded):
            if not _of_another(folded, m.start(), m.end()):
                yield m.start(), m.end(), _ARTICLE_SEX.get(m.group().split(None, 1)[0], "M")
    yield from _clitic_marks(folded)
    yield from _having_been_marks(folded)
    if not adjectives:
        return
    for m in _AFTER_PATIENT.finditer(folded):
        yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    if any(n in folded for n in _SEX_NOUN_KEYS):
        for m in _AFTER_SEX_NOUN.finditer(folded):
            if PERSON_APPOSED_BEFORE.search(folded, max(0, m.start() - 40), m.start()) or OTHER_PERSON.search(
                    folded, _sentence_start(folded, m.start()), m.start()):
                continue
            yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    first = _OPENING_FIRST.match(folded)
    for m in chain((first,), _OPENING.finditer(folded, first.end())) if first else _OPENING.finditer(folded):
        yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    for m in _APPOSITION.finditer(folded):
        adj = _norm(m.group("adj"))
        if adj in _APPOSITION_SKIP and not (adj.startswith("derivad") and _TRANSFER_AFTER.match(folded, m.end())):
            continue
        if adj not in _PERSON_ONLY and not (adj.startswith("acompanad") and _BY_A_PERSON.match(folded, m.end())):
            before = _LAST_WORD.search(re.sub(r"\([^()]{0,12}\)", " ", folded[max(0, m.start() - 40) : m.start()]))
            if before is None or _gender_by_ending(before.group(1)) in (None, GENDERED[adj]):
                continue
        if not OTHER_PERSON.search(folded, _sentence_start(folded, m.start()), m.start()):
            yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]
    for m in _PREDICATE.finditer(folded):
        prefix = folded[_sentence_start(folded, m.start()) : m.start()]
        if OTHER_PERSON.search(prefix):
            continue
        gerund_after_comma = "," in prefix and m.group().startswith(("siendo", "quedando", "permaneciendo",
                                                                      "manteniendose", "encontrandose"))
        if gerund_after_comma or _SUBJECT.match(prefix) or _COORDINATED.match(prefix):
            yield m.start("adj"), m.end("adj"), GENDERED[_norm(m.group("adj"))]


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word)
