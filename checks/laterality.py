"""Sides said in a text (derecho/izquierdo, bilateral, 'ambos pies', EID/MSI/FID, OD/OI) and
the thing each one qualifies: the reading HAL004 (checks.side) gives the output and every
string of the input.

What a side qualifies is read from the words just before it in its clause:
the nearest content word ('fractura de cadera izquierda' -> cadera), joined
to the word before when it only says where ('lóbulo inferior', 'extremidad
inferior'), with 'pierna' = 'extremidad inferior' and the usual capitals
(EID, MSI, FID, LSD). A side denied or said of a healthy part ('mano derecha
sin lesiones') qualifies nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from checks.agreement import fold_keep
from checks.text import STOPWORDS, literal_starts, matches_at, stem

# Each alternative starts with its letter and then looks behind for the word
# boundary: a pattern led by a literal lets the regex engine skip ahead at C
# speed (see checks.code_tokens.CODE_TOKEN_RE), one led by \b is tried at every character.
SIDE = re.compile(r"(?:d(?<!\wd)(?P<r>erech[oa]s?)|i(?<!\wi)(?P<l>zquierd[oa]s?)|b(?<!\wb)(?P<b>ilateral(?:es)?)"
                   r"|a(?<!\wa)mbos\s+lados)\b")
# 'ambas piernas', 'ambos pulmones': both sides of the thing named after it (said before it, unlike
# 'derecho'); 'ambos lados' is SIDE's.
_BOTH = re.compile(r"a(?<!\wa)mb(?:os|as)\s+(?!lados\b)(?P<thing>[a-z]{3,})")
_ABBREVIATION = re.compile(r"\b(?:(?P<limb>[EML])(?P<level>[IS])|(?P<fossa>FI))(?P<side>[DI])\b")
# Whether _ABBREVIATION matches anywhere, led by a capital (rare in prose).
_ANY_ABBREVIATION = re.compile(r"[EMLF](?<!\w[EMLF])(?:(?<=[EML])[IS]|(?<=F)I)[DI]\b")


# The literal every match of SIDE starts with, one per alternative (they differ in their
# first letter, so at most one can match at a place).
_SIDE_LEADS = ("derech", "izquierd", "bilateral", "ambos")


def _side_matches(folded: str) -> Iterator[re.Match[str]]:
    """What ``SIDE.finditer(folded)`` finds, tried only where a side word is
    written (SIDE's own scan stops at every d, i, b and a of the text)."""
    return matches_at(SIDE, folded, literal_starts(folded, _SIDE_LEADS))


def may_abbreviate_side(text: str) -> bool:
    """Whether _ANY_ABBREVIATION or _EYE may match: its last two capitals are ID, II, SD or SI, or
    it is OD or OI (substring tests at C speed; the pattern stops at every E, M, L and F)."""
    return ("ID" in text or "II" in text or "SD" in text or "SI" in text) and \
        _ANY_ABBREVIATION.search(text) is not None or ("OD" in text or "OI" in text) and \
        _EYE.search(text) is not None


# The eye by its usual capitals in prose: 'vitrectomía pars plana OD', 'catarata en OI'.
_EYE = re.compile(r"\b(?:OD|OI)\b")


def has_side_word(folded: str) -> bool:
    """A word every match of SIDE holds is in the text: a test at C speed
    (written out, not a generator: it runs for every string of an input)."""
    return "derech" in folded or "izquierd" in folded or "bilateral" in folded or "amb" in folded


def said_sides(folded: str) -> bool:
    return has_side_word(folded) and (next(_side_matches(folded), None) is not None
                                      or "amb" in folded and _BOTH.search(folded) is not None)


CLAUSE_BREAK = re.compile(r"[.;:,()\n]|\s(?:y|e|con|pero|mientras)\s")
_WORD = re.compile(r"[a-z0-9]+")
# A code between a name and its side is transparent: 'derrame pleural (J90) izquierdo'.
_CODE_PAREN = re.compile(r"\s*\(\s*[a-z]\d[\w.]{1,6}\s*\)\s*$")
_NEGATION = re.compile(r"\b(?:sin|no|niega|descart\w*|ausencia)\b")

# Words that only say where: the key is the word before and this one.
_POSITION = {"inferior", "superior", "medio", "media", "anterior", "posterior", "basal", "apical", "proximal",
             "distal", "externo", "externa", "interno", "interna", "lateral", "medial", "mayor", "menor"}
_GENERIC = {"lado", "region", "zona", "parte", "nivel", "area", "tercio", "cara", "borde", "segmento", "porcion",
            "dolor", "signo", "hallazgo", "compromiso", "predominio", "leve", "moderado", "moderada", "severo",
            "severa", "grave", "aguda", "agudo", "cronica", "cronico", "pequeno", "pequena", "extenso", "extensa",
            "ingresa", "presenta", "tiene", "muestra", "evidencia", "refiere", "consulta", "cursa", "realiza",
            "destaca", "informa", "describe", "impresiona", "compatible", "sugerente", "asociado", "asociada",
            "cuadro", "hora", "horas", "dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos",
            "evolucion", "inicio", "episodio"}
_PHRASE_STARTS = frozenset({
    "que", "quien", "cual", "donde", "por", "para", "tras", "sin", "segun", "hacia", "ingresa", "presenta",
    "presento", "muestra", "mostro", "evidencia", "evidencio", "informa", "informo", "destaca", "describe",
    "impresiona", "refiere", "consulta", "cursa", "tiene", "realiza", "realizo", "constata", "observa",
    "aprecia", "objetiva", "identifica", "confirma", "descarta", "revela", "es", "fue", "son", "esta"})
GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)

# 'sin' denies the noun after it: a verb further on opens the phrase the side is said in, which it
# does not deny ('la TC sin contraste muestra una litiasis en uréter derecho'; the noun right after
# 'sin' is its own: 'sin evidencia de trombosis en la femoral derecha' stays denied).
_VERBS = _PHRASE_STARTS - {"que", "quien", "cual", "donde", "por", "para", "tras", "sin", "segun", "hacia"}


def _denied(clause: str) -> bool:
    """The clause before a side denies what it says ('sin lesiones en mano derecha', 'no se observa
    derrame derecho'); a 'sin' with a verb after its noun ('sin contraste muestra') does not."""
    for found in _NEGATION.finditer(clause) if "sin" in clause or "no" in clause or "nieg" in clause \
            or "descart" in clause or "ausencia" in clause else ():
        if found.group() != "sin" or not any(w in _VERBS for w in _WORD.findall(clause, found.end())[1:]):
            return True
    return False


# The position words in the plural too: 'arterias lobares inferiores' is keyed 'lobar inferior', as
# 'lóbulo inferior' is, never a bare 'inferior' that would be a word of any other lower thing.
_POSITION_STEMS = frozenset(stem(w) for w in _POSITION) | _POSITION
_SAME = {"pierna": "extremidad inferior", "brazo": "extremidad superior", "miembro": "extremidad",
         "hemitorax": "pulmon", "pulmonar": "pulmon",
         # a long bone by its adjective: 'cuello femoral' is the neck of the femur
         "femoral": "femur", "humeral": "humero", "tibial": "tibia",
         # the cerebral arteries by their capitals: 'oclusión de ACM derecha' = arteria cerebral media
         "acm": "arteria cerebral media", "aca": "arteria cerebral anterior", "acp": "arteria cerebral posterior"}
THING_SYNONYMS = _SAME  # read by checks.side for an English input's things too
_LIMB = {("E", "I"): "extremidad inferior", ("E", "S"): "extremidad superior", ("M", "I"): "extremidad inferior",
         ("M", "S"): "extremidad superior", ("L", "I"): "lobulo inferior", ("L", "S"): "lobulo superior"}


@dataclass(frozen=True, slots=True)
class Side:
    start: int
    end: int
    side: str  # R | L | B
    key: str  # what it qualifies
    words: frozenset[str]  # the content words before it in its clause
    after: frozenset[str] = frozenset()  # those just after it ('carótida derecha con estenosis')
    # an eye by its capitals ('AV OI 0,8', a key 'fondo_de_ojo_OI'): every exam names both eyes, so only a
    # thing said with it (in the output and the input alike: 'vitrectomía OD') decides; an eye said bare
    # ('0,8 en ojo izquierdo') is the eye the input examined
    eye: bool = False


_PUNCTUATION = ".;:,()\n"  # CLAUSE_BREAK's first alternative


def _clause_before(folded: str, start: int) -> str:
    """The clause that ends at ``start``: the text after the last clause break
    of the 80 characters before it, a code in parentheses at its end left out.
    No break straddles the last punctuation mark (its other alternative holds
    only spaces and letters, a newline at most as its last character), so
    only the text after that mark is split: a few rfind calls at C speed."""
    window = folded[max(0, start - 80) : start]
    if window.rstrip().endswith(")"):  # _CODE_PAREN ends with ')' and spaces at most
        window = _CODE_PAREN.sub(" ", window)
    return CLAUSE_BREAK.split(window[max(map(window.rfind, _PUNCTUATION)) + 1 :])[-1]


def words_before(folded: str, start: int, clause: str | None = None) -> list[str]:
    """The content words of the phrase the side closes: back to a verb, a
    relative or a preposition that opens another phrase, three at most."""
    raw = _WORD.findall(_clause_before(folded, start) if clause is None else clause)
    for i in range(len(raw) - 1, -1, -1):
        if raw[i] in _PHRASE_STARTS:
            raw = raw[i + 1 :]
            break
    words = []
    for w in raw:
        w = _SAME.get(w, w)
        words.extend(w.split())
    return [w for w in words if w not in STOPWORDS and not w.isdigit()][-3:]


def thing_key(words: list[str]) -> str | None:
    content = [w for w in words if w not in _GENERIC and not w.isdigit()]
    if not content:
        return None
    last = stem(content[-1])
    if (content[-1] in _POSITION or last in _POSITION_STEMS) and len(content) >= 2:
        return f"{stem(content[-2])} {last}"
    return last


# What follows a side when it names the healthy one ('mano derecha sin lesiones', 'pierna
# izquierda normal', 'el hombro derecho no presenta alteraciones'): the thing is said to be
# well on that side, which is no side of a diagnosis or procedure (the input's fields do the
# same: {"rodilla_izquierda": "sin lesiones"}).
_HEALTHY = re.compile(r"\s*(?:(?:sin|no\s+presenta|no\s+muestra)\s+(?:lesion|alteracion|hallazgos\s+patologicos)"
                      r"|normal|san[oa]s?\b|indemne|respetad[oa])")


def _healthy(folded: str, end: int) -> bool:
    return _HEALTHY.match(folded, end) is not None


def _words_after(folded: str, end: int) -> frozenset[str]:
    """The content words in the 40 characters after a side, to the next punctuation mark."""
    tail = folded[end : end + 40]
    cut = min((i for i in map(tail.find, _PUNCTUATION) if i >= 0), default=len(tail))
    return frozenset(stem(w) for w in _WORD.findall(tail[:cut]) if w not in STOPWORDS and not w.isdigit())


def sides_in(text: str) -> Iterator[Side]:
    """Each side said in a text and what it qualifies."""
    folded = fold_keep(text)
    for m in _side_matches(folded) if has_side_word(folded) else ():
        clause = _clause_before(folded, m.start())
        words = words_before(folded, m.start(), clause)
        key = thing_key(words)
        if key is None:
            continue
        if _denied(clause) or _healthy(folded, m.end()):
            continue
        side = "R" if m.group("r") else "L" if m.group("l") else "B"
        yield Side(m.start(), m.end(), side, key, frozenset(stem(w) for w in words), _words_after(folded, m.end()))
    for m in _BOTH.finditer(folded) if "amb" in folded else ():
        clause = _clause_before(folded, m.start())
        if _denied(clause):
            continue
        thing = m.group("thing")
        thing = thing[:-2] if thing.endswith("es") and thing[-3] not in "aeiou" else thing.rstrip("s")
        words = [*words_before(folded, m.start(), clause), *_SAME.get(thing, thing).split()][-3:]
        key = thing_key(words)
        if key is not None:
            yield Side(m.start(), m.end(), "B", key, frozenset(stem(w) for w in words))
    for m in _ABBREVIATION.finditer(text) if may_abbreviate_side(text) else ():
        key = "fosa iliaca" if m.group("fossa") else _LIMB[(m.group("limb"), m.group("level"))]
        side = "R" if m.group("side") == "D" else "L"
        key = " ".join(stem(w) for w in key.split())
        before = (stem(w) for w in words_before(folded, m.start()))
        yield Side(m.start(), m.end(), side, key, frozenset((*key.split(), *before)))
    for m in _EYE.finditer(text) if "OD" in text or "OI" in text else ():
        before = (stem(w) for w in words_before(folded, m.start()))
        yield Side(m.start(), m.end(), EYES[folded[m.start() : m.end()]], _EYE_KEY, frozenset((_EYE_KEY, *before)),
                   _words_after(folded, m.end()), eye=True)


# The eyes by their usual capitals (OD/OI/AO, folded), and the key of what an eye's side qualifies.
EYES = {"od": "R", "oi": "L", "ao": "B"}
_EYE_KEY = stem("ojo")
