"""HAL003's reading of the input: the regimens the input gives each drug.

A small object naming the drug (or holding its code) gives its other fields
('{"nombre": "Furosemida", "dosis": "40 mg c/12h", "via": "ev"}'); a string
naming it, the words after the name, with the later steps of a regimen
given in steps. Read once per distinct input (checks.evidence.input_memo)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any

from harness.registry import Document
from checks.agreement import fold_keep
from checks.evidence import input_memo
from checks.drug_units import coded_row, coded_with_siblings, prefixed_units
from checks.dosing import (ROUTE, Attribute, Regimen, later_steps, parse_route,
                           read_regimen, segment)
from checks.lexicon import Entry
from checks.text import whole_word_spans
from checks.treatment_routes import governed_route, governing_routes


@lru_cache(maxsize=4096)
def _names(entry: Entry) -> tuple[str, ...]:
    return tuple(n for n in (fold_keep(x) for x in entry.names) if len(n) >= 3)


def _name_spans(folded: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Start and end offsets of whole-word occurrences of any name; '_' parts words, as in a key
    ('dosis_furosemida')."""
    return [span for name in names for span in whole_word_spans(folded, name, underscore_splits=True)]


def _names_at(folded: str, names: tuple[str, ...]) -> list[int]:
    """End offsets of whole-word occurrences of any name."""
    return [end for _, end in _name_spans(folded, names)]


@lru_cache(maxsize=16384)
def _only_name(folded: str, names: tuple[str, ...]) -> bool:
    """The text names the drug and says nothing else of note ('Furosemida', 'furosemida (C03CA01)')."""
    ends = _names_at(folded, names)
    return bool(ends) and len(folded.strip()) - max(len(n) for n in names if n in folded) <= 12 \
        and read_regimen(folded, 0, len(folded)) == Regimen()


# The input's strings are read one by one, and a hospital's inputs write the same few
# values ('40 mg', 'c/12h', 'EV', 'Furosemida 40 mg EV c/12h') record after record: each
# distinct string is read once. Pure functions of one input string, bounded.
@lru_cache(maxsize=16384)
def _read_value(text: str) -> Regimen:
    """A field's whole value as a regimen: {"dosis": "40 mg c/12h"}."""
    return read_regimen(text, *segment(text, 0), loading=True)


@lru_cache(maxsize=16384)
def _value_steps(text: str) -> tuple[Regimen, ...]:
    """The later steps of a field's value: {"dosis": "4 puff c/20 min por 3 ciclos, luego c/4h"}."""
    return later_steps(text, segment(text, 0)[1]) if _has_steps(text) else ()


@lru_cache(maxsize=16384)
def _read_after(text: str, names: tuple[str, ...]) -> tuple[tuple[Regimen, ...], ...]:
    """The regimen after each whole-word occurrence of a name in a string, with its later steps:
    one sequence an occurrence. A name without a route of its own takes the route that governs a
    treatment's drugs before it ('antibioterapia intravenosa con X')."""
    out: list[tuple[Regimen, ...]] = []
    steps = _has_steps(text)
    routes = None  # the routes that govern a treatment's drugs: read if needed
    for at, end in _name_spans(text, names):
        start, stop = segment(text, end)
        first = read_regimen(text, start, stop, loading=True)
        if first.route is None:  # 'tratamiento endovenoso con ceftriaxona 1 g c/12h y metronidazol 500 mg c/8h'
            if routes is None:
                routes = governing_routes(text)
            route = governed_route(text, at, routes) if routes else None
            if route is not None:
                first = Regimen(first.dose, first.frequency, route)
        out.append((first, *later_steps(text, stop)) if steps else (first,))
    return tuple(out)


# Every step of checks.dosing.later_steps holds one of these words or is 'y' or ';' before a dose: a
# string without any has no steps.
_STEP_WORDS = ("luego", "despues", "posterior", "seguid", "continua", "alta", "egreso",
               "descen", "reduc", "disminu", "bajando")  # a taper's steps too
_DOSE_JOINED = re.compile(r"\sy\s+\d|;\s*\d")


def _has_steps(text: str) -> bool:
    return any(w in text for w in _STEP_WORDS) or _DOSE_JOINED.search(text) is not None


@dataclass(slots=True)
class _InputText:
    """The input's strings, folded in one call and joined, with where each
    starts, and the shapes a drug's regimen comes in: ('dict', [(key, piece)])
    for a small object's scalar fields, ('field', (key piece, value piece))
    for each string under a key, ('text', piece) for a string in a list.
    ``owners[piece]`` are the shapes a piece belongs to (absent: none);
    ``governed`` the pieces [first, last) under a route given for a whole
    treatment, with that route (see _route_field)."""

    folded: str
    starts: list[int]
    shapes: list[tuple[str, Any]]
    owners: dict[int, list[int]]
    governed: list[tuple[int, int, str]]

    def text(self, piece: int) -> str:
        return self.folded[self.starts[piece] : self.starts[piece + 1] - 1]


def _units(doc: Document) -> _InputText:
    def read(value: Any) -> _InputText:
        pieces: list[str] = []
        shapes: list[tuple[str, Any]] = []
        owners: dict[int, list[int]] = {}
        governed: list[tuple[int, int, str]] = []
        _collect(value, pieces, shapes, owners, governed)
        starts = list(accumulate((len(p) + 1 for p in pieces), initial=0))
        return _InputText(fold_keep("\n".join(pieces)), starts, shapes, owners, governed)
    return input_memo(doc, "hal003_units", read)  # once per distinct input


# Keys and strings of a nested object small enough to name a thing: one coding (system, code, name).
# Only a parent with that one nested object takes it: a whole record's lab table is no concept.
_CONCEPT_PIECES = 8


# A route given for a whole treatment in its own field, beside the list of the drugs it is given by
# ({"tratamiento": [{"farmaco": "isoniazida", "dosis": "300 mg/día"}, ...], "via": "oral, en ayunas"}):
# the field's key names the route, and its value starts with one. A drug of the list with a route of
# its own keeps it.
_ROUTE_KEYS = frozenset({"via", "via de administracion", "via_administracion", "route"})


def _route_field(key: str, value: str) -> str | None:
    """The route a field gives a whole treatment ('oral' for {"via": "oral, en ayunas"}), or None."""
    if len(key) > 24 or key[:1] not in "vVrR" or fold_keep(key).strip() not in _ROUTE_KEYS:
        return None  # nearly every key, without a fold
    m = ROUTE.match(fold_keep(value).strip())
    return parse_route(m) if m else None


def _collect(value: Any, pieces: list[str], shapes: list[tuple[str, Any]], owners: dict[int, list[int]],
             governed: list[tuple[int, int, str]]) -> None:
    """The pieces and shapes of a JSON value (see _InputText), each shape entered
    in ``owners`` under its pieces as it is made, and the pieces of a list beside
    a field that gives a whole treatment's route entered in ``governed``."""
    kind = type(value)
    if kind is dict:
        fields = []
        nested = []
        route = None
        for key, item in value.items():
            t = type(item)
            if t is str or t is int or t is float:
                at = len(pieces)
                pieces.append(str(key))
                pieces.append(item if t is str else str(item))
                fields.append((key, at + 1))
                if t is str:
                    owners[at] = owners[at + 1] = [len(shapes)]  # one list: both pieces' only shape yet
                    shapes.append(("field", (at, at + 1)))
                    route = _route_field(str(key), item) or route
            else:
                nested.append(item)
        concept = []
        ranges = []
        for item in nested:
            first = len(pieces)
            _collect(item, pieces, shapes, owners, governed)
            ranges.append((first, len(pieces)))
            if route is not None and type(item) is list:  # the treatment's list, not an object beside it
                governed.append((first, len(pieces), route))
            if len(nested) == 1 and type(item) is dict and len(pieces) - first <= _CONCEPT_PIECES:
                # {"medicationCodeableConcept": {"coding": [{"code": "J01DD04", "display": "Ceftriaxona"}]},
                # "dosageInstruction": "2 g cada 24 horas"}: a small nested object names what its parent's
                # fields are about, so its strings join the parent's fields (keyed apart from them)
                concept.extend((f"\x00{piece}", piece) for piece in range(first, len(pieces)))
        if 2 <= len(nested) <= 3 and len(value) <= 8:
            concept.extend(coded_with_siblings(pieces, ranges, _CONCEPT_PIECES))
        if len(fields) > 8:
            prefixed_units(fields, shapes, owners)
        if len(value) <= 8 and len(fields) >= 2 or fields and concept and len(value) <= 8:
            fields.extend(concept)
            number = len(shapes)
            for _, piece in fields:
                if piece in owners:
                    owners[piece] = [*owners[piece], number]  # a new list: the key's stays as it was
                else:
                    owners[piece] = [number]
            shapes.append(("dict", fields))
    elif kind is list:
        first = len(pieces)
        for item in value:
            if type(item) is str:  # the common item, without a call
                owners[len(pieces)] = [len(shapes)]
                shapes.append(("text", len(pieces)))
                pieces.append(item)
            else:
                _collect(item, pieces, shapes, owners, governed)
        if 2 <= len(value) <= 6 and len(pieces) - first == len(value):
            coded_row(pieces, first, shapes, owners)
    elif kind is str:
        owners[len(pieces)] = [len(shapes)]
        shapes.append(("text", len(pieces)))
        pieces.append(value)
    elif isinstance(value, (dict, list, str)):  # subclasses (rare): as the base type
        _collect(json_plain(value), pieces, shapes, owners, governed)


def json_plain(value: Any) -> Any:
    for base in (dict, list, str):
        if isinstance(value, base):
            return base(value)
    return value


def _regimens_for(doc: Document, entry: Entry, names: tuple[str, ...]) -> tuple[list[Regimen], list[tuple[Regimen, ...]]]:
    """A small object naming the drug (or holding its code) gives its other
    fields; a string naming it, the words after the name. And the regimens
    given in steps, each in its order ('10 mg cada 12 horas 7 días, después
    5 mg cada 12 horas')."""
    source = _units(doc)
    folded, starts, owners = source.folded, source.starts, source.owners
    code = entry.code.lower() if entry.code else None
    found: set[int] = set()
    for needle in (*names, code) if code else names:
        at = folded.find(needle)
        while at >= 0:
            found.update(owners.get(bisect_right(starts, at) - 1, ()))
            at = folded.find(needle, at + len(needle))
    out: list[Regimen] = []
    sequences: list[tuple[Regimen, ...]] = []
    shapes = source.shapes
    for i in sorted(found):
        kind, ref = shapes[i]
        before = len(out)
        if kind == "text" or kind == "field":
            if kind == "field":
                key, text = source.text(ref[0]), source.text(ref[1])
            else:
                key, text = "", source.text(ref)
            for sequence in _read_after(text, names):
                out.extend(sequence)
                if len(sequence) > 1:
                    sequences.append(sequence)
            if key and _names_at(key, names):  # {"Furosemida": "40 mg ev c/12h"}
                first, later = _read_value(text), _value_steps(text)
                out.append(first)
                out.extend(later)
                if later:
                    sequences.append((first, *later))
        else:
            # {"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg c/12h", "via": "ev"}: a field
            # that is only the drug's name or code makes the other fields its regimen
            unit = {k: source.text(i) for k, i in ref}
            owner = next((k for k, t in unit.items() if (code and t.strip() == code) or _only_name(t, names)), None)
            if owner is not None:
                fields = [t for k, t in unit.items() if k != owner and not (code and t.strip() == code)]
                reads = [_read_value(t) for t in fields]
                merged = _merge(reads)
                out.append(merged)
                # a row with a dose per moment ({"dosis_inicial": "50 mg", "dosis_alta": "100 mg"},
                # hospital and discharge): each is a dose the input gives the drug
                out.extend(reads[1:])
                later = [step for t in fields for step in _value_steps(t)]
                out.extend(later)
                if later:
                    sequences.append((merged, *later))
        if source.governed and len(out) > before:
            piece = ref[0][1] if kind == "dict" else ref[1] if kind == "field" else ref
            _take_treatment_route(source.governed, piece, out, before)
    return out, sequences


def _take_treatment_route(governed: list[tuple[int, int, str]], piece: int, out: list[Regimen], before: int) -> None:
    """The regimens out[before:] of one shape, holding ``piece``, take the route of the treatment
    it is listed under when none of them gives a route of its own."""
    route = next((r for first, last, r in governed if first <= piece < last), None)
    if route is None or any(r.route is not None for r in out[before:]):
        return
    out[before:] = [Regimen(r.dose, r.frequency, Attribute(0, 0, route)) for r in out[before:]]


def _merge(regimens: list[Regimen]) -> Regimen:
    """The first dose, frequency and route the regimens give."""
    dose = frequency = route = None
    for r in regimens:
        if dose is None:
            dose = r.dose
        if frequency is None:
            frequency = r.frequency
        if route is None:
            route = r.route
    return Regimen(dose, frequency, route)


def _read_for(doc: Document, entry: Entry) -> tuple[list[Regimen], list[tuple[Regimen, ...]]]:
    cache = input_memo(doc, "hal003_input", lambda value: {})  # entry label -> regimens: the input's alone
    if entry.label not in cache:
        cache[entry.label] = _regimens_for(doc, entry, _names(entry))
    return cache[entry.label]


def input_regimens(doc: Document, entry: Entry) -> list[Regimen]:
    """Every regimen the input gives the drug, steps included."""
    return _read_for(doc, entry)[0]


def input_sequences(doc: Document, entry: Entry) -> list[tuple[Regimen, ...]]:
    """The input's regimens of the drug given in steps, each in its order."""
    return _read_for(doc, entry)[1]
