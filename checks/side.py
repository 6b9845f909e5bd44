"""HAL004: a side (derecho/izquierdo, bilateral) stated for a diagnosis,
procedure or body part agrees with the input's side for the same thing.
Registered through the HAL family's module (checks.hal re-exports it).

What a side qualifies is read from the words just before it in its clause
(checks.laterality: 'fractura de cadera izquierda' -> cadera). The input's
sides are read the same way from each of its strings and keys, and from a
field such as {"lado": "izquierdo"} beside the thing it qualifies. Only when
every input mention of the thing gives the other side is it a contradiction.
'derecho' against an input 'bilateral' narrows a finding of both sides to
one, and is one too, unless the output also tells the whole ('derrame pleural
bilateral ...; el derecho se punciona', 'de predominio derecho').
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.agreement import fold_keep, folded_output
from checks.evidence import evidence, input_memo
from checks.laterality import (
    CLAUSE_BREAK, EYES, GENERIC_STEMS, SIDE, THING_SYNONYMS, Side, has_side_word, may_abbreviate_side, said_sides,
    sides_in, thing_key, words_before,
)
from checks.text import stem

_SIDE_FIELDS = {"lado", "lateralidad", "side", "laterality"}


# An input written in English puts the side before its thing: 'right radial', 'left pleural effusion'.
# The thing is the words after the side, up to a word that opens another phrase (three at most), keyed
# as a Spanish phrase's (a cognate such as 'radial', 'femoral', 'pleural' meets the output's word).
_ENGLISH_SIDE = re.compile(r"\b(?:(?P<r>right)|(?P<l>left))(?:\s*-\s*sided)?\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,3})")
_ENGLISH_BREAKS = frozenset({"of", "with", "and", "to", "in", "on", "at", "for", "from", "the", "a", "an", "was",
                             "is", "by", "or", "after", "due", "without", "but", "that", "which", "side"})


def _english_sides(folded: str) -> Iterator[Side]:
    for m in _ENGLISH_SIDE.finditer(folded):
        words = []
        for w in m.group("words").split():
            if w in _ENGLISH_BREAKS:
                break
            words.extend(THING_SYNONYMS.get(w, w).split())
        key = thing_key(words[:3])
        if key is not None:
            yield Side(m.start(), m.end(), "R" if m.group("r") else "L", key, frozenset(stem(w) for w in words[:3]))


@lru_cache(maxsize=32768)  # an input's strings recur across records (diagnoses, studies, drug rows)
def _sides_of_string(value: str) -> tuple[Side, ...]:
    # most strings name no side: the tests sides_in starts with, at C speed, skip them
    folded = fold_keep(value)
    found = tuple(sides_in(value)) if said_sides(folded) or may_abbreviate_side(value) else ()
    if "right" in folded or "left" in folded:
        found += tuple(_english_sides(folded))
    return found


# A field whose whole value is a side ({"ojo": "derecho"}, {"lado": "OD"}) says the side of the
# item it sits in, whatever the field is called.
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
    m = SIDE.search(side_field)
    side = EYES.get(side_field.strip()) if m is None else "R" if m.group("r") else "L" if m.group("l") else "B"
    if side is None:
        return
    folded = fold_keep(item)
    head = CLAUSE_BREAK.split(folded, 1)[0]
    last, first = tuple(words_before(folded + " ", len(item) + 1)), tuple(words_before(folded, 0, head))
    own = {s.key for s in _sides_of_string(item)}  # 'catéter subclavio derecho' beside {"lado": "izquierda"}
    for words in (last, first) if first != last else (last,):
        words = tuple(w for w in words if SIDE.fullmatch(w) is None)  # the item's own side word says no thing
        thing = thing_key(list(words))
        if thing and thing not in own:
            out.append(Side(0, 0, side, thing, frozenset(stem(w) for w in words)))


def _key_sides(key: str, out: list[Side]) -> None:
    """A key that names a side says the input speaks of that thing there
    ({"rodilla_izquierda": "dolor, cirugía a evaluar"}, {"OI": "20/25"})."""
    words = key.replace("_", " ")
    if said_sides(fold_keep(words)) or may_abbreviate_side(words):  # {"fondo_de_ojo_OI": ...} too
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
        if not has_side_word(ev.flat) and not may_abbreviate_side(ev.raw) and ev.word_set.isdisjoint(EYES) \
                and "right" not in ev.flat and "left" not in ev.flat:
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
    told = (said.words - set(said.key.split()) - GENERIC_STEMS) & anchor
    for o in sides_in(text):
        if told and told.isdisjoint(o.words) and o.words - set(o.key.split()) - GENERIC_STEMS:
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
    if not said_sides(folded_output(doc)) and not may_abbreviate_side(text):
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
        told = said.words - set(said.key.split()) - GENERIC_STEMS
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
