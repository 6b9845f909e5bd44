"""Grounding by implication: states a drug, a diagnosis code or a measured
amount in the input implies, and therapies named by their drugs (HAL001).

Curated tables in ``checks/catalog`` (our own, small, reviewed by hand):

- ``drug_states.csv``  cie10,atc_prefixes,note
  'anticoagulada' is grounded by an anticoagulant in the input.
- ``code_states.csv``  cie10,cie10_prefixes,at_least,note
  'cursando embarazo' is grounded by a pregnancy code (O00-O99) in the input;
  'politraumatismo' by injury codes of at least two body regions.
- ``drug_therapies.csv``  procedure,atc_prefixes,note
  'quimioterapia' is grounded by an antineoplastic (L01) in the input.
- ``procedure_states.csv``  cie10,procedures,note
  'portador de marcapasos' is grounded by the pacemaker the input implants.

And one reading: a weight loss the input measures ('pérdida de 7 kg')
grounds 'pérdida de peso'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checks.evidence import Evidence
from checks.lexicon import Entry, catalogue_rows, split_cell
from checks.code_tokens import norm_cie10


# --- states implied by a drug -----------------------------------------------------------


@lru_cache(maxsize=1)
def _drug_states() -> dict[str, tuple[str, ...]]:
    # keyed by the code as the catalogue writes it (dotted) and without the dot
    table = {}
    for row in catalogue_rows("drug_states.csv"):
        prefixes = tuple(split_cell(row["atc_prefixes"]))
        table[row["cie10"].strip()] = table[norm_cie10(row["cie10"])] = prefixes
    return table


def state_grounded(ev: Evidence, entries: tuple[Entry, ...]) -> bool:
    """'anticoagulada' when the input gives an anticoagulant; the states of the input's codes, of
    a weight loss it measures, and of a device its procedure puts in ('portador de marcapasos')."""
    states = _drug_states()
    prefixes = tuple(p for e in entries if e.code in states for p in states[e.code])
    return bool(prefixes) and any(c.startswith(prefixes) for c in ev.drug_codes()) or _code_state(ev, entries) \
        or _weight_lost(ev, entries) or _procedure_state(ev, entries)


WEIGHT_LOSS = "R63.4"
# 'pérdida de 7 kg', 'baja de peso de 5 kilos', 'perdió 6 kg', 'descenso ponderal de 4 kg' (folded input text)
_WEIGHT_LOST = re.compile(r"\b(?:perdida|baja|descenso|disminucion|perdio|bajo|adelgazo|adelgazamiento)"
                          r"(?:\s+(?:de\s+peso|ponderal))?(?:\s+(?:de|en))?(?:\s+(?:unos|aproximadamente|aprox\.?|mas\s+de))?"
                          r"\s+\d+(?:[.,]\d+)?\s*(?:kg|kilos?|kilogramos)\b")


def _weight_lost(ev: Evidence, entries: tuple[Entry, ...]) -> bool:
    """'pérdida de peso' when the input says how much was lost ('pérdida de 7 kg'): the amount
    names the finding."""
    return any(e.code == WEIGHT_LOSS for e in entries) and _WEIGHT_LOST.search(ev.flat) is not None


@lru_cache(maxsize=1)
def _code_states() -> dict[str, tuple[tuple[str, ...], int]]:
    """State code -> (the prefixes of the input codes that imply it, how many distinct ones it takes)."""
    return {row["cie10"].strip(): (tuple(split_cell(row["cie10_prefixes"])), int(row["at_least"]))
            for row in catalogue_rows("code_states.csv")}


def _code_state(ev: Evidence, entries: tuple[Entry, ...]) -> bool:
    """'cursando embarazo' when the input codes a preeclampsia (O14.1): a state that the input's
    diagnosis codes imply (a code key has no dot: 'O141'), written or named ('SAMR' says an S. aureus).
    A state that sums up several ('politraumatismo': injuries of two body regions) takes as many
    distinct prefixes."""
    states = _code_states()
    for e in entries:
        if e.code not in states:
            continue
        prefixes, at_least = states[e.code]
        found = {p for p in prefixes for c in ev.cie10 if c.startswith(p)}
        if len(found) < at_least:
            found |= {p for p in prefixes for c in ev.diagnosis_codes() if c.startswith(p)}
        if len(found) >= at_least:
            return True
    return False


@lru_cache(maxsize=1)
def _procedure_states() -> dict[str, frozenset[str]]:
    """State code (dotted, as the catalogue writes it) -> the procedure labels that leave the patient in it."""
    return {row["cie10"].strip(): frozenset(split_cell(row["procedures"]))
            for row in catalogue_rows("procedure_states.csv")}


def _procedure_state(ev: Evidence, entries: tuple[Entry, ...]) -> bool:
    """'portador de marcapasos' when the input implants one ('Implante de marcapasos bicameral'):
    the patient carries what the procedure put in. Read from the input's catalogue mentions (not
    its words): 'cierre de colostomía' names a closure, another entry, and grounds no colostomy."""
    states = _procedure_states()
    labels = frozenset().union(*(states[e.code] for e in entries if e.code in states))
    return bool(labels) and any(e.label in labels for m in ev.mentions() for e in m.entries)


# --- therapies implied by a drug ----------------------------------------------------------


@lru_cache(maxsize=1)
def _drug_therapies() -> dict[str, tuple[str, ...]]:
    return {row["procedure"].strip(): tuple(split_cell(row["atc_prefixes"]))
            for row in catalogue_rows("drug_therapies.csv")}


def therapy_grounded(ev: Evidence, entries: tuple[Entry, ...]) -> bool:
    """'continuar quimioterapia' when the input gives the scheme's drugs (doxorrubicina, L01): the
    therapy is the drugs' class, named by the service that gives them."""
    therapies = _drug_therapies()
    prefixes = tuple(p for e in entries if e.label in therapies for p in therapies[e.label])
    return bool(prefixes) and any(c.startswith(prefixes) for c in ev.drug_codes())
