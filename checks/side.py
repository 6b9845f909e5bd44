"""HAL004: a side (derecho/izquierdo, bilateral) stated for a diagnosis,
procedure or body part agrees with the input's side for the same thing.
Registered through the HAL family's module (checks.hal re-exports it).

What a side qualifies is read from the words just before it in its clause:
the nearest content word ('fractura de cadera izquierda' -> cadera), joined
to the word before when it only says where ('lóbulo inferior', 'extremidad
inferior'), with 'pierna' = 'extremidad inferior' and the usual capitals
(EID, MSI, FID, LSD). The input's sides are read the same way from each of its
strings, and from a field such as {"lado": "izquierdo"} beside the thing it
qualifies. Only when every input mention of the thing gives the other side is
it a contradiction. 'derecho' against an input 'bilateral' narrows a finding
of both sides to one, and is one too, unless the output also tells the whole
('derrame pleural bilateral ...; el derecho se punciona', 'de predominio
derecho').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.agreement import fold_keep, folded_output
from checks.evidence import evidence, input_memo
from checks.text import STOPWORDS, literal_starts, matches_at, stem

# Each alternative starts with its letter and then looks behind for the word
# boundary: a pattern led by a literal lets the regex engine skip ahead at C
# speed (see checks.text.CODE_TOKEN_RE), one led by \b is tried at every character.
_SIDE = re.compile(r"(?:d(?<!\wd)(?P<r>erech[oa]s?)|i(?<!\wi)(?P<l>zquierd[oa]s?)|b(?<!\wb)(?P<b>ilateral(?:es)?)"
                   r"|a(?<!\wa)mbos\s+lados)\b")
# 'ambas piernas', 'ambos pulmones': both sides of the thing named after it (said before it, unlike
# 'derecho'); 'ambos lados' is _SIDE's.
_BOTH = re.compile(r"a(?<!\wa)mb(?:os|as)\s+(?!lados\b)(?P<thing>[a-z]{3,})")
_ABBREVIATION = re.compile(r"\b(?:(?P<limb>[EML])(?P<level>[IS])|(?P<fossa>FI))(?P<side>[DI])\b")
# Whether _ABBREVIATION matches anywhere, led by a capital (rare in prose).
_ANY_ABBREVIATION = re.compile(r"[EMLF](?<!\w[EMLF])(?:(?<=[EML])[IS]|(?<=F)I)[DI]\b")


# The literal every match of _SIDE starts with, one per alternative (they differ in their
# first letter, so at most one can match at a place).
_SIDE_LEADS = ("derech", "izquierd", "bilateral", "ambos")


def _side_matches(folded: str) -> Iterator[re.Match[str]]:
    """What ``_SIDE.finditer(folded)`` finds, tried only where a side word is
    written (_SIDE's own scan stops at every d, i, b and a of the text)."""
    return matches_at(_SIDE, folded, literal_starts(folded, _SIDE_LEADS))


def _may_abbreviate_side(text: str) -> bool:
    """Whether _ANY_ABBREVIATION or _EYE may match: its last two capitals are ID, II, SD or SI, or
    it is OD or OI (substring tests at C speed; the pattern stops at every E, M, L and F)."""
    return ("ID" in text or "II" in text or "SD" in text or "SI" in text) and \
        _ANY_ABBREVIATION.search(text) is not None or ("OD" in text or "OI" in text) and \
        _EYE.search(text) is not None


# The eye by its usual capitals in prose: 'vitrectomía pars plana OD', 'catarata en OI'.
_EYE = re.compile(r"\b(?:OD|OI)\b")


def _has_side_word(folded: str) -> bool:
    """A word every match of _SIDE holds is in the text: a test at C speed
    (written out, not a generator: it runs for every string of an input)."""
    return "derech" in folded or "izquierd" in folded or "bilateral" in folded or "amb" in folded


def _said_sides(folded: str) -> bool:
    return _has_side_word(folded) and (next(_side_matches(folded), None) is not None
                                       or "amb" in folded and _BOTH.search(folded) is not None)


_CLAUSE_BREAK = re.compile(r"[.;:,()\n]|\s(?:y|e|con|pero|mientras)\s")
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
_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)
_SAME = {"pierna": "extremidad inferior", "brazo": "extremidad superior", "miembro": "extremidad",
         "hemitorax": "pulmon", "pulmonar": "pulmon",
         # a long bone by its adjective: 'cuello femoral' is the neck of the femur
         "femoral": "femur", "humeral": "humero", "tibial": "tibia",
         # the cerebral arteries by their capitals: 'oclusión de ACM derecha' = arteria cerebral media
         "acm": "arteria cerebral media", "aca": "arteria cerebral anterior", "acp": "arteria cerebral posterior"}
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


_PUNCTUATION = ".;:,()\n"  # _CLAUSE_BREAK's first alternative


def _clause_before(folded: str, start: int) -> str:
    """The clause that ends at ``start``: the text after the last clause break
    of the 80 characters before it, a code in parentheses at its end left out.
    No break straddles the last punctuation mark (its other alternative holds
    only spaces and letters, a newline at most as its last character), so
    only the text after that mark is split: a few rfind calls at C speed."""
    window = folded[max(0, start - 80) : start]
    if window.rstrip().endswith(")"):  # _CODE_PAREN ends with ')' and spaces at most
        window = _CODE_PAREN.sub(" ", window)
    return _CLAUSE_BREAK.split(window[max(map(window.rfind, _PUNCTUATION)) + 1 :])[-1]


def _words_before(folded: str, start: int, clause: str | None = None) -> list[str]:
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


def _key(words: list[str]) -> str | None:
    content = [w for w in words if w not in _GENERIC and not w.isdigit()]
    if not content:
        return None
    last = stem(content[-1])
    if content[-1] in _POSITION and len(content) >= 2:
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
    for m in _side_matches(folded) if _has_side_word(folded) else ():
        clause = _clause_before(folded, m.start())
        words = _words_before(folded, m.start(), clause)
        key = _key(words)
        if key is None:
            continue
        if _NEGATION.search(clause) or _healthy(folded, m.end()):
            continue
        side = "R" if m.group("r") else "L" if m.group("l") else "B"
        yield Side(m.start(), m.end(), side, key, frozenset(stem(w) for w in words), _words_after(folded, m.end()))
    for m in _BOTH.finditer(folded) if "amb" in folded else ():
        clause = _clause_before(folded, m.start())
        if _NEGATION.search(clause):
            continue
        thing = m.group("thing")
        thing = thing[:-2] if thing.endswith("es") and thing[-3] not in "aeiou" else thing.rstrip("s")
        words = [*_words_before(folded, m.start(), clause), *_SAME.get(thing, thing).split()][-3:]
        key = _key(words)
        if key is not None:
            yield Side(m.start(), m.end(), "B", key, frozenset(stem(w) for w in words))
    for m in _ABBREVIATION.finditer(text) if _may_abbreviate_side(text) else ():
        key = "fosa iliaca" if m.group("fossa") else _LIMB[(m.group("limb"), m.group("level"))]
        side = "R" if m.group("side") == "D" else "L"
        key = " ".join(stem(w) for w in key.split())
        before = (stem(w) for w in _words_before(folded, m.start()))
        yield Side(m.start(), m.end(), side, key, frozenset((*key.split(), *before)))
    for m in _EYE.finditer(text) if "OD" in text or "OI" in text else ():
        before = (stem(w) for w in _words_before(folded, m.start()))
        yield Side(m.start(), m.end(), _EYES[folded[m.start() : m.end()]], _EYE_KEY, frozenset((_EYE_KEY, *before)),
                   _words_after(folded, m.end()), eye=True)


_SIDE_FIELDS = {"lado", "lateralidad", "side", "laterality"}


@lru_cache(maxsize=32768)  # an input's strings recur across records (diagnoses, studies, drug rows)
def _sides_of_string(value: str) -> tuple[Side, ...]:
    # most strings name no side: the tests sides_in starts with, at C speed, skip them
    if _said_sides(fold_keep(value)) or _may_abbreviate_side(value):
        return tuple(sides_in(value))
    return ()


# A field whose whole value is a side ({"ojo": "derecho"}, {"lado": "OD"}) says the side of the
# item it sits in, whatever the field is called; OD/OI/AO are the eyes' usual capitals.
_EYES = {"od": "R", "oi": "L", "ao": "B"}
_EYE_KEY = stem("ojo")
_EYE_KEYS = frozenset({"OD", "OI"})  # a key: an exam eye by eye ({"OD": "cuenta dedos", "OI": "20/25"})
_BARE_SIDES = frozenset({"derecho", "derecha", "izquierdo", "izquierda", "bilateral", "ambos", "od", "oi", "ao"})


def _bare_side(value: str) -> bool:
    return len(value) <= 12 and fold_keep(value).strip() in _BARE_SIDES


def _bare_side_field(value: dict) -> Any:
    """The key of a field whose whole value is a side ({"ojo": "OD"}), if any; a dominant hand
    ({"mano_dominante": "derecha"}) is the patient's, not the side of the row's thing."""
    for k, v in value.items():
        if isinstance(v, str) and _bare_side(v) and "domin" not in str(k).lower():
            return k
    return None


def _field_sides(side_field: str, item: str, out: list[Side]) -> None:
    """The sides a side field gives an item of its record: the item's last phrase and its head
    ('Reparación de manguito rotador con 2 anclas' is a repair of the manguito, not of the anclas)."""
    m = _SIDE.search(side_field)
    side = _EYES.get(side_field.strip()) if m is None else "R" if m.group("r") else "L" if m.group("l") else "B"
    if side is None:
        return
    folded = fold_keep(item)
    head = _CLAUSE_BREAK.split(folded, 1)[0]
    last, first = tuple(_words_before(folded + " ", len(item) + 1)), tuple(_words_before(folded, 0, head))
    own = {s.key for s in _sides_of_string(item)}  # 'catéter subclavio derecho' beside {"lado": "izquierda"}
    for words in (last, first) if first != last else (last,):
        words = tuple(w for w in words if _SIDE.fullmatch(w) is None)  # the item's own side word says no thing
        thing = _key(list(words))
        if thing and thing not in own:
            out.append(Side(0, 0, side, thing, frozenset(stem(w) for w in words)))


def _key_sides(key: str, out: list[Side]) -> None:
    """A key that names a side says the input speaks of that thing there
    ({"rodilla_izquierda": "dolor, cirugía a evaluar"}, {"OI": "20/25"})."""
    words = key.replace("_", " ")
    if _said_sides(fold_keep(words)) or _may_abbreviate_side(words):  # {"fondo_de_ojo_OI": ...} too
        out.extend(sides_in(words))


def _string_sides(value: str, out: list[Side]) -> None:
    out.extend(_sides_of_string(value))


def _input_sides(value: Any, out: list[Side], fields: bool = True) -> None:
    """Every side the input states, in order. Strings, the common leaf, are
    handled in the loops (no call for a number); other types go round again.
    ``fields``: whether the input may hold a side field at all (its text names one)."""
    if isinstance(value, dict):
        side_field = side_name = None
        for k, v in value.items() if fields else ():
            if isinstance(v, str) and str(k).lower() in _SIDE_FIELDS:
                side_field, side_name = fold_keep(v), k
                break
        else:
            side_name = _bare_side_field(value) if fields else None
            side_field = None if side_name is None else fold_keep(value[side_name])
        for key, item in value.items():
            if side_field is not None and isinstance(item, str) and key != side_name:
                _field_sides(side_field, item, out)
            if fields and ("_" in key or key in _EYE_KEYS):
                _key_sides(key, out)
            kind = type(item)
            if kind is str:
                _string_sides(item, out)
            elif kind is not int and kind is not float and item is not None and kind is not bool:
                _input_sides(item, out, fields)
    elif isinstance(value, list):
        for item in value:
            kind = type(item)
            if kind is str:
                _string_sides(item, out)
            elif kind is not int and kind is not float and item is not None and kind is not bool:
                _input_sides(item, out, fields)
    elif isinstance(value, str):
        _string_sides(value, out)


def input_sides(doc: Document) -> list[Side]:
    def read(value: Any) -> list[Side]:
        found: list[Side] = []
        ev = evidence(doc)  # every string of the input, as written and folded: most name no side
        if not _has_side_word(ev.flat) and not _may_abbreviate_side(ev.raw) and ev.word_set.isdisjoint(_EYES):
            return found
        # a side field may be named anything ({"ojo": "derecho"}): every dict is read for one
        _input_sides(value, found)
        return found
    return input_memo(doc, "hal004_input", read)  # once per distinct input


def _shared(other: frozenset[str], given: Side) -> bool:
    """A word said of the thing besides its name is the input's too; a compound counts as its
    base ('hemiartroplastia' for 'artroplastia')."""
    return bool(other & given.words) or any(
        len(g) >= 6 and len(o) > len(g) and o.endswith(g) for o in other for g in given.words)


_NAMES = {"R": "derecho", "L": "izquierdo", "B": "bilateral"}


def _same_thing(said: Side, given: Side) -> bool:
    """The same key, or one side's key a word of what the other says of its thing ('rales en
    hemitórax derecho' for 'rales bilaterales', 'vidrio esmerilado del pulmón derecho' for
    'vidrio esmerilado bilateral')."""
    return given.key == said.key or (" " not in said.key and said.key in given.words) or (
        " " not in given.key and given.key in said.words)


_PREDOMINANCE = "predominio"  # the stem of 'predominio' ('de predominio derecho': both sides, more on one)


def _whole_told(said: Side, text: str, anchor: frozenset[str] = frozenset()) -> bool:
    """The output says elsewhere that the thing is on both sides, on the other side, or on one
    side by predominance: the side said is a part of what it has told. Where the side said names
    the input's bilateral finding by a word of it (``anchor``: the words of the input's bilateral
    mentions of the thing), another finding of the same part does not tell its whole: 'flictenas
    en dedos de ambos pies' for 'congelación del pie derecho' against the input's 'congelación
    superficial de ambos pies'."""
    told = (said.words - set(said.key.split()) - _GENERIC_STEMS) & anchor
    for o in sides_in(text):
        if told and told.isdisjoint(o.words) and o.words - set(o.key.split()) - _GENERIC_STEMS:
            continue  # another finding of the same part ('flictenas en ambos pies' for 'congelación del pie')
        if (o.start != said.start and _same_thing(said, o) and (o.side != said.side)) or (
                _PREDOMINANCE in o.words and _same_thing(said, o)):
            return True
    return False


@check("HAL004", "laterality-mismatch", Severity.ERROR,
       "Lateralidad contradictoria: «{text}» ({thing}) no coincide con los datos de entrada ({expected})")
def laterality_mismatch(doc: Document):
    """A side stated for a diagnosis, procedure or body part is the input's
    side for the same thing; 'bilateral' against an input 'derecha' is a
    contradiction, and so is 'derecha' against an input 'bilateral' unless the
    output also says the whole ('de predominio derecho', 'bilateral ... el derecho'). A side of
    predominance is held to the input's predominance for the thing, where it gives one.

    Okay: Ingresa por TVP de pierna izquierda, se inicia enoxaparina.   [input: TVP extremidad inferior izquierda]
    HAL004: Ingresa por TVP de pierna derecha, se inicia enoxaparina.   [input: TVP pierna izquierda]
    """
    text = doc.output
    if not _said_sides(folded_output(doc)) and not _may_abbreviate_side(text):
        return
    given = input_sides(doc)
    if not given:
        return
    vocabulary = evidence(doc).word_set
    for said in sides_in(text):
        # the same thing: the same key, and, when more is said of it, a word of that in common
        # ('fractura de cadera' is not 'prótesis de cadera')
        # ('fractura de cadera' is not 'prótesis de cadera'); words the input never uses
        # ('trombosis venosa profunda' for its 'TVP') tell nothing either way
        told = said.words - set(said.key.split()) - _GENERIC_STEMS
        other = told & vocabulary
        same = [g for g in given if _same_thing(said, g) and (not other or _shared(other, g)
                                                              or g.words <= set(g.key.split()))
                and (not (g.eye or said.eye) or not told or _shared(other, g))]
        # the input's mentions that share what is said of the thing ('artroplastia de rodilla')
        # decide over its bare ones ('rodilla izquierda: dolor')
        same = [g for g in same if _shared(other, g) or other & g.after] or same if other else same
        if _PREDOMINANCE in said.words:  # 'bilaterales de predominio izquierdo': held to the input's predominance
            same = [g for g in same if _PREDOMINANCE in g.words] or same
        if not same or any(g.side == said.side for g in same):
            continue
        if any(g.side == "B" for g in same) and (said.side == "B" or not all(g.side == "B" for g in same)
                                                 or _whole_told(said, text, frozenset().union(
                                                     *(g.words for g in same if g.side == "B")))):
            continue  # one side of a bilateral thing, its whole told elsewhere (or the input unsure)
        expected = " o ".join(sorted({_NAMES[g.side] for g in same}))
        yield Hit(said.start, said.end, {"text": text[said.start : said.end], "thing": said.key,
                                         "expected": expected},
                  {"side": _NAMES[said.side], "expected": expected, "thing": said.key})
