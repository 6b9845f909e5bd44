"""HAL003: the dose, route and frequency written next to a drug agree with
what the input gives for that drug. Registered through the HAL family's
module (checks.hal re-exports it), like every check of a family."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.agreement import fold_keep
from checks.context import not_claimed
from checks.dosing import Attribute, Dose, Regimen, read_regimen, segment
from checks.lexicon import DRUG, Entry, Mention
from checks.mentions import output_mentions
from checks.text import negated, output_tokens

# A dose that contradicts the input's for its drug was HAL002's before HAL003
# existed; corpora labelled then name HAL002 for what HAL003 now reports.
SUPERSEDES = {"HAL002": "HAL003"}
_WHAT = {"dose": "la dosis", "frequency": "la frecuencia", "route": "la vía"}
_ROUTE_ES = {"oral": "oral", "iv": "endovenosa", "sc": "subcutánea", "im": "intramuscular", "inh": "inhalatoria",
             "sl": "sublingual", "top": "tópica", "td": "transdérmica", "rect": "rectal"}


@dataclass(frozen=True, slots=True)
class Mismatch:
    start: int
    end: int
    what: str  # dose | frequency | route
    drug: str
    expected: str


def _show(what: str, value: Any) -> str:
    if what == "route":
        return _ROUTE_ES.get(value, str(value))
    if what == "frequency":
        return "dosis única" if value == 0 else f"cada {value:g} h"
    dose: Dose = value
    scale, unit = (1.0, "mg") if not dose.kind.startswith("mass") else (
        (1000.0, "g") if dose.values[0] >= 1000 else (0.001, "mcg") if dose.values[0] < 0.1 else (1.0, "mg"))
    unit = {"units": "UI", "meq": "mEq", "volume": "mL", "puff": "puff", "drops": "gotas"}.get(
        dose.kind.split("/")[0], unit) + dose.kind[len(dose.kind.split("/")[0]):]
    shown = "/".join(f"{v / scale:g}".replace(".", ",") for v in dose.values)
    return f"{shown} {unit}"


# --- the input's regimens, per drug --------------------------------------------------


def _names(entry: Entry) -> tuple[str, ...]:
    return tuple(n for n in (fold_keep(x) for x in entry.names) if len(n) >= 3)


def _names_at(folded: str, names: tuple[str, ...]) -> list[int]:
    """End offsets of whole-word occurrences of any name."""
    ends = []
    for name in names:
        at = folded.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                ends.append(end)
            at = folded.find(name, end)
    return ends


def _only_name(folded: str, names: tuple[str, ...]) -> bool:
    """The text names the drug and says nothing else of note ('Furosemida', 'furosemida (C03CA01)')."""
    ends = _names_at(folded, names)
    return bool(ends) and len(folded.strip()) - max(len(n) for n in names if n in folded) <= 12 \
        and read_regimen(folded, 0, len(folded)) == Regimen()


def _regimens_in(value: Any, entry: Entry, names: tuple[str, ...], out: list[Regimen]) -> None:
    """Walk the input: a small object naming the drug (or holding its code)
    gives its other fields; a string naming it, the words after the name."""
    if isinstance(value, dict):
        strings = {k: v for k, v in value.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
        texts = {k: fold_keep(str(v)) for k, v in strings.items()}
        # {"codigo": "C03CA01", "nombre": "Furosemida", "dosis": "40 mg c/12h", "via": "ev"}: a field
        # that is only the drug's name or code makes the other fields its regimen
        owner = next((k for k, t in texts.items()
                      if (entry.code and t.strip().upper() == entry.code) or _only_name(t, names)), None)
        if owner is not None and len(value) <= 8:
            parts = [t for k, t in texts.items() if k != owner and not (entry.code and t.strip().upper() == entry.code)]
            out.append(_merge([read_regimen(p, *segment(p, 0)) for p in parts]))
        for key, item in value.items():
            folded_key = fold_keep(str(key))
            if isinstance(item, str) and _names_at(folded_key, names):  # {"Furosemida": "40 mg ev c/12h"}
                text = fold_keep(item)
                out.append(read_regimen(text, *segment(text, 0)))
            if owner is None or key not in strings:
                _regimens_in(item, entry, names, out)
    elif isinstance(value, list):
        for item in value:
            _regimens_in(item, entry, names, out)
    elif isinstance(value, str):
        text = fold_keep(value)
        for end in _names_at(text, names):
            out.append(read_regimen(text, *segment(text, end)))


def _merge(regimens: list[Regimen]) -> Regimen:
    pick = lambda attr: next((getattr(r, attr) for r in regimens if getattr(r, attr) is not None), None)  # noqa: E731
    return Regimen(pick("dose"), pick("frequency"), pick("route"))


def _input_regimens(doc: Document, entry: Entry) -> list[Regimen]:
    cache = doc.memo("hal003_input", lambda d: {})
    if entry.label not in cache:
        found: list[Regimen] = []
        _regimens_in(doc.input, entry, _names(entry), found)
        cache[entry.label] = found
    return cache[entry.label]


# --- comparison ----------------------------------------------------------------------


def _agrees(what: str, said: Any, given: list[Any]) -> bool:
    if what == "dose":
        return any(said.same(g) for g in given)
    return said in given


def _mismatches(doc: Document) -> list[Mismatch]:
    text = doc.output
    folded = fold_keep(text)
    tokens = output_tokens(doc)
    mentions = [m for m in output_mentions(doc) if m.kind == DRUG]
    found: list[Mismatch] = []
    for i, m in enumerate(mentions):
        entries = [e for e in m.entries if e.code]
        if not entries or negated(tokens, m.first) or not_claimed(text, m.start, m.end):
            continue
        limit = mentions[i + 1].start if i + 1 < len(mentions) else None
        said = read_regimen(folded, *segment(folded, m.end, limit))
        if said == Regimen():
            continue
        given = [r for e in entries for r in _input_regimens(doc, e)]
        found.extend(_compare(m, said, given))
    return found


def _compare(m: Mention, said: Regimen, given: list[Regimen]) -> list[Mismatch]:
    out = []
    for what in ("dose", "frequency", "route"):
        attr: Attribute | None = getattr(said, what)
        if attr is None or attr.value is None:
            continue
        values = [getattr(r, what).value for r in given if getattr(r, what) is not None]
        values = [v for v in values if v is not None]
        if not values or _agrees(what, attr.value, values):
            continue
        shown = " o ".join(dict.fromkeys(_show(what, v) for v in values))
        out.append(Mismatch(attr.start, attr.end, what, m.text, shown))
    return out


def dose_mismatches(doc: Document) -> list[Mismatch]:
    """HAL003's findings, shared with HAL002 so a wrong dose is reported once."""
    return doc.memo("hal003", _mismatches)


@check("HAL003", "dose-mismatch", Severity.ERROR,
       "Posología contradictoria: {what_es} de {drug} «{text}» no coincide con los datos de entrada ({expected})")
def dose_mismatch(doc: Document):
    """A dose, route or frequency written next to a drug agrees with what the
    input gives for that drug; a number found elsewhere in the input does not
    ground it. Equivalent forms agree: c/8h = cada 8 horas, 1 g = 1000 mg,
    EV = IV = endovenoso. The same daily total split otherwise
    (1 g cada 12 h for 2 g cada 24 h) is another regimen, and reported.

    Okay: Ingresa por IC; se indica furosemida 40 mg ev c/12h.   [input: Furosemida 40 mg EV cada 12 horas]
    HAL003: Ingresa por IC; se indica furosemida 80 mg ev cada 8 h.   [input: Furosemida 40 mg EV c/12h]
    """
    for x in dose_mismatches(doc):
        yield Hit(x.start, x.end, {"what_es": _WHAT[x.what], "drug": x.drug,
                                   "text": doc.output[x.start : x.end], "expected": x.expected},
                  {"attribute": x.what, "drug": x.drug, "expected": x.expected})

