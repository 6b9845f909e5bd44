"""HAL003: the dose, route and frequency written next to a drug agree with
what the input gives for that drug. Registered through the HAL family's
module (checks.hal re-exports it), like every check of a family."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from harness.records import Hit, Severity
from harness.registry import Document, check
from checks.agreement import folded_output
from checks.context import negated_mention, not_claimed
from checks.dose_input import input_regimens, input_sequences
from checks.dosing import (DISPENSING, Attribute, Dose, Regimen, dose_of_another_moment,
                           labelled_steps, later_steps, read_regimen, resumed_steps,
                           route_of_another_moment, segment)
from checks.lexicon import DRUG, Entry, Mention
from checks.mentions import output_mentions
from checks.text import output_tokens
from checks.code_tokens import output_codes
from checks.treatment_routes import governed_route, governing_routes

# A dose that contradicts the input's for its drug was HAL002's before HAL003
# existed; corpora labelled then name HAL002 for what HAL003 now reports.
SUPERSEDES = {"HAL002": "HAL003"}
_WHAT = {"dose": "la dosis", "frequency": "la frecuencia", "route": "la vía"}
_ROUTE_ES = {"oral": "oral", "iv": "endovenosa", "sc": "subcutánea", "im": "intramuscular", "inh": "inhalatoria",
             "sl": "sublingual", "top": "tópica", "td": "transdérmica", "rect": "rectal", "vag": "vaginal",
             "ip": "intraperitoneal", "it": "intratecal", "ives": "intravesical", "ivt": "intravítrea",
             "io": "intraósea", "itq": "intratraqueal"}


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
    base = dose.kind.split("/")[0]
    if base in DISPENSING:  # '2 ampollas', '1/2 comprimido' shown '0,5 comprimido'
        one, several = DISPENSING[base]
        shown = "/".join(f"{v:g}".replace(".", ",") for v in dose.values)
        return f"{shown} {one if dose.values == (1.0,) or dose.values[0] < 1 else several}{dose.kind[len(base):]}"
    scale, unit = (1.0, "mg") if not dose.kind.startswith("mass") else (
        (1000.0, "g") if dose.values[0] >= 1000 else (0.001, "mcg") if dose.values[0] < 0.1 else (1.0, "mg"))
    unit = {"units": "UI", "meq": "mEq", "volume": "mL", "puff": "puff", "drops": "gotas"}.get(
        dose.kind.split("/")[0], unit) + dose.kind[len(dose.kind.split("/")[0]):]
    shown = "/".join(f"{v / scale:g}".replace(".", ",") for v in dose.values)
    return f"{shown} {unit}"


# --- comparison ----------------------------------------------------------------------


def _agrees(what: str, said: Any, given: list[Any]) -> bool:
    if what == "dose":  # against the input's doses in the same unit ('1500 UI/h' is not held to a 5000 UI bolus)
        comparable = [g for g in given if g.kind == said.kind]
        return not comparable or any(said.same(g) for g in comparable)
    return said in given


# A drug named as what a lab measured is no prescription: 'niveles de ácido valproico 22 mcg/mL',
# 'concentración plasmática de digoxina 2,4 ng/mL'. The number after it is a result, not a dose.
_DRUG_LEVEL_BEFORE = re.compile(r"\b(?:nivel(?:es)?|concentracion(?:es)?)(?:\s+(?:plasmatic|seric|sanguine)[oa]s?)?"
                                r"\s+de\s+$")


def _drug_level(folded: str, start: int) -> bool:
    lo = max(0, start - 40)
    # the pattern's words, looked for at C speed first: nearly every drug has neither before it
    if folded.find("nivel", lo, start) < 0 and folded.find("concentracion", lo, start) < 0:
        return False
    return _DRUG_LEVEL_BEFORE.search(folded, lo, start) is not None


def _mismatches(doc: Document) -> list[Mismatch]:
    text = doc.output
    folded = folded_output(doc)
    tokens = output_tokens(doc)
    mentions = [m for m in output_mentions(doc) if m.kind == DRUG]
    found: list[Mismatch] = []
    # a loading or maintenance dose named anywhere (rare): only then are labelled parts looked for
    labelled = "carga" in folded or "mantenimiento" in folded or "impregnacion" in folded
    routes: tuple[Attribute, ...] | None = None  # the routes that govern a treatment's drugs: read if needed
    # a step resumed after another clause: its words named anywhere (rare)
    resumable = "luego" in folded or "despues" in folded or "seguid" in folded or "continua" in folded \
        or "posteriormente" in folded
    for i, m in enumerate(mentions):
        entries = [e for e in m.entries if e.code]
        if not entries or negated_mention(tokens, m.first):
            continue
        limit = mentions[i + 1].start if i + 1 < len(mentions) else None
        start, stop = segment(folded, m.end, limit)
        said = read_regimen(folded, start, stop)
        given: list[Regimen] | None = None
        if said.route is None:  # 'se inicia antibioterapia endovenosa con ceftriaxona': the treatment's route
            given = [r for e in entries for r in input_regimens(doc, e)]
            if any(r.route is not None for r in given):  # else no route of the input to contradict
                if routes is None:
                    routes = governing_routes(folded)
                if routes:
                    route = governed_route(folded, m.start, routes)
                    if route is not None:
                        said = Regimen(said.dose, said.frequency, route)
        # 'con carga de 20 mg/kg y mantenimiento de 5 mg/kg cada 24 horas': each part is compared
        steps = labelled_steps(folded, stop, limit) if labelled else ()
        if said == Regimen() and not steps:
            continue
        if given is None:
            given = [r for e in entries for r in input_regimens(doc, e)]
        # a regimen that agrees with the input's (most) is never reported, whatever the pure
        # readings below say: they are asked only where there is a mismatch to report
        mismatches = _compare(m, said, given)
        if resumable:  # 'con carga de 60 mg/kg EV, con cese de las crisis, continuando con 500 mg c/12h'
            steps = (*steps, *resumed_steps(folded, stop, limit))
        for step in steps:
            mismatches.extend(_compare(m, step, given))
        if not mismatches and said.dose is not None:
            written = later_steps(folded, stop)
            if written:  # '5 mg c/12h durante 7 días y después 5 mg c/12h': the steps in their order
                mismatches = _step_mismatch(m, (said, *written), [s for e in entries for s in input_sequences(doc, e)])
                # a later step's route is held to the input's like the first one's: 'pasando luego a
                # 40 mg c/12h por vía endovenosa' where the input's step after the infusion is oral
                for step in written if not mismatches else ():
                    if step.route is not None:
                        mismatches.extend(x for x in _compare(m, step, given) if x.what == "route")
        if not mismatches or not_claimed(text, m.start, m.end) or _drug_level(folded, m.start):
            continue
        found.extend(mismatches)
    # one attribute is reported once: a route that governs a treatment's drugs ('tratamiento endovenoso
    # con isoniazida, rifampicina...') is one word, reported under the first drug it contradicts; a step
    # read after one mention and again after the next ('salbutamol 6 puff c/10 min y luego salbutamol
    # c/8h') likewise
    found = list({(x.start, x.what): x for x in reversed(found)}.values())[::-1]
    # a code after a salt ('metoprolol succinato (C07AB02)') is read with its drug above: the same
    # attribute is not reported again under the salt's name
    seen = {(x.start, x.what) for x in found}
    found.extend(x for x in _uncatalogued(doc, folded, mentions) if (x.start, x.what) not in seen)
    return found


_NAME_BEFORE = re.compile(r"([^\W\d_]{4,})\s*$")
# Pharmaceutical forms written between a drug and its code: a form is no drug's name.
_FORMS = frozenset({"colirio", "colirios", "gotas", "crema", "pomada", "ungüento", "unguento", "jarabe", "comprimido",
                    "comprimidos", "tableta", "tabletas", "cápsulas", "capsulas", "ampolla", "ampollas", "solución",
                    "solucion", "suspensión", "suspension", "inhalador", "parche", "parches", "supositorio",
                    "supositorios", "óvulos", "ovulos", "loción", "locion"})


def _uncatalogued(doc: Document, folded: str, mentions: list[Mention]) -> list[Mismatch]:
    """A drug the catalogue lacks, written with its ATC code ('rituximab (L01FA01) 1 g SC'): the
    input's regimen for that code (or name) is read as for any drug."""
    text = doc.output
    out: list[Mismatch] = []
    for code in output_codes(doc):
        if code.family != "atc" or code.paren is None:
            continue
        if any(0 <= code.paren[0] - m.end <= 3 for m in mentions):
            continue  # a catalogued drug: read above
        name = _NAME_BEFORE.search(text, max(0, code.paren[0] - 40), code.paren[0])
        if name is not None and name.group(1).lower() in _FORMS:
            # 'dexametasona/tobramicina colirio (S01CA01)': a form names no drug (the input's other
            # 'colirio' rows are not this one's); the drug is the word before it
            name = _NAME_BEFORE.search(text, max(0, name.start(1) - 40), name.start(1))
        if name is None:
            continue
        tokens = output_tokens(doc)
        first = bisect_left(tokens.starts, name.start(1))
        if negated_mention(tokens, first) or not_claimed(text, name.start(1), name.end(1)) \
                or _drug_level(folded, name.start(1)):
            continue
        entry = Entry(DRUG, f"{code.text} {name.group(1).lower()}", code.text, (name.group(1),))
        limit = next((m.start for m in mentions if m.start > code.end), None)
        said = read_regimen(folded, *segment(folded, code.paren[0], limit))
        if said == Regimen():
            continue
        given = input_regimens(doc, entry)
        mention = Mention((entry,), name.start(1), name.end(1), first, first + 1, name.group(1))
        out.extend(_compare(mention, said, given))
    return out


def _compare(m: Mention, said: Regimen, given: list[Regimen]) -> list[Mismatch]:
    out = []
    for what in ("dose", "frequency", "route"):
        attr: Attribute | None = getattr(said, what)
        if attr is None or attr.value is None:
            continue
        values = [getattr(r, what).value for r in given if getattr(r, what) is not None]
        values = [v for v in values if v is not None]
        if not values or (_agrees(what, attr.value, values)
                          and not (what == "dose" and dose_of_another_moment(said, given))
                          and not (what == "route" and route_of_another_moment(said, given))):
            continue
        shown = " o ".join(dict.fromkeys(_show(what, v) for v in values))
        out.append(Mismatch(attr.start, attr.end, what, m.text, shown))
    return out


def _same_dose(a: Regimen, b: Regimen) -> bool:
    if a.dose is None or b.dose is None or a.dose.value is None or b.dose.value is None:
        return True  # a step without a dose says nothing of it
    return a.dose.value.kind != b.dose.value.kind or a.dose.value.same(b.dose.value)


def _same_frequency(a: Regimen, b: Regimen) -> bool:
    if a.frequency is None or b.frequency is None or a.frequency.value is None or b.frequency.value is None:
        return True  # a step without a frequency says nothing of it
    return a.frequency.value == b.frequency.value


def _step_mismatch(m: Mention, written: tuple[Regimen, ...], sequences: list[tuple[Regimen, ...]]) -> list[Mismatch]:
    """A regimen written in steps whose doses are the input's steps' in another order: 'apixabán 5 mg
    c/12h durante 7 días y después 5 mg c/12h' where the input gives 10 mg c/12h for 7 days, then 5
    mg. Each dose is one the input gives the drug, so only the order tells. A step's frequency is held
    to its step's as well: 'hidrocortisona 100 mg IV en bolo y luego 50 mg IV cada 24 h' where the input
    gives 50 mg cada 6 h after the bolus (24 h is the frequency of its home dose, another moment). Held
    to the input's sequences of as many steps; none of that length leaves it open."""
    same_length = [s for s in sequences if len(s) == len(written)]
    if not same_length or any(all(map(_same_dose, written, s)) and all(map(_same_frequency, written, s))
                              for s in same_length):
        return []
    given = same_length[0]
    k = next((i for i, (w, g) in enumerate(zip(written, given)) if not _same_dose(w, g)), None)
    if k is None:
        k = next(i for i, (w, g) in enumerate(zip(written, given)) if not _same_frequency(w, g))
        freq = written[k].frequency
        return [Mismatch(freq.start, freq.end, "frequency", m.text, _show("frequency", given[k].frequency.value))]
    dose = written[k].dose
    return [Mismatch(dose.start, dose.end, "dose", m.text, _show("dose", given[k].dose.value))]


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
    (1 g cada 12 h for 2 g cada 24 h) is another regimen, and reported; so is
    a maintenance dose that is the input's loading dose ('20 mg/kg de carga').
    A route given for a whole treatment ('antibioterapia endovenosa con
    ceftriaxona y metronidazol', 'por vía oral: X, Y', an input's {"via": "oral"}
    beside its list of drugs) is the route of each drug without its own.

    Okay: Ingresa por IC; se indica furosemida 40 mg ev c/12h.   [input: Furosemida 40 mg EV cada 12 horas]
    HAL003: Ingresa por IC; se indica furosemida 80 mg ev cada 8 h.   [input: Furosemida 40 mg EV c/12h]
    """
    for x in dose_mismatches(doc):
        yield Hit(x.start, x.end, {"what_es": _WHAT[x.what], "drug": x.drug,
                                   "text": doc.output[x.start : x.end], "expected": x.expected},
                  {"attribute": x.what, "drug": x.drug, "expected": x.expected})

