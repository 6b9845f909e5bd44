"""Grounding that reads more than names: devices and therapies, and findings
derived from the input's own values (states implied by a drug, a code or a
measured amount are checks.states').

Two curated tables in ``checks/catalog`` (our own, small, reviewed by hand):

- ``devices.csv``      name,grounded_by,generic
  Procedures of the catalogue that are devices or therapies (probes,
  catheters, tubes, drains, ventilation, dialysis, transfusions). A sonda
  nasogástrica is not grounded by a sonda vesical: these are grounded by
  their own names and synonyms, or by what implies them (VMI implies an
  intubation, a CPAP is a non-invasive ventilation), never by a shared head
  word; only the generic entries ('transfusión', 'drenaje') are grounded by
  any input naming the kind.
- ``lab_findings.csv`` finding,analyte,aliases,direction,supports,contradicts,min,max,note
  A finding the input's values support (anemia from Hb 8,9) is grounded; one
  they contradict (hipokalemia with K 4,2) is not, however close its name
  is to an input word. Values outside min..max are another unit: unread.
  A finding may have several rows (a pressure's systolic and diastolic, read
  after the slash of 'PA 92/58'); a row its values leave undecided gives way
  to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from harness.registry import Document
from checks.evidence import Evidence, evidence, input_memo
from checks.lexicon import Entry, catalogue_rows, phrase_key, split_cell
from checks.text import fold, word_led


# --- devices and therapies -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Device:
    grounded_by: tuple[str, ...]  # phrase keys of what implies it
    generic: bool


@lru_cache(maxsize=1)
def devices() -> dict[str, Device]:
    """Procedure label -> its device rule."""
    return {row["name"].strip(): Device(tuple(phrase_key(n) for n in split_cell(row["grounded_by"])),
                                        row.get("generic", "").strip() == "yes")
            for row in catalogue_rows("devices.csv")}


@lru_cache(maxsize=1)
def _implied_names() -> dict[str, tuple[str, ...]]:
    """grounded_by names that are catalogue labels, expanded to all their keys."""
    from checks.lexicon import entries

    by_label = {phrase_key(e.label): e.keys for e in entries()}
    out = {}
    for label, rule in devices().items():
        keys: list[str] = []
        for key in rule.grounded_by:
            keys.extend(by_label.get(key, (key,)))
        out[label] = tuple(dict.fromkeys(keys))
    return out


def implied_keys(label: str) -> tuple[str, ...]:
    """The keys of what implies a device (VMI by an intubation); () for anything else."""
    return _implied_names().get(label, ())


# 'ventilación mecánica no invasiva' (VMNI, a mask) names no invasive ventilation and implies no
# intubation: in the input, a name followed by 'no invasiva' does not say the invasive thing.
_NOT_INVASIVE = " no invasiv"


def _non_invasive(ev: Evidence, key: str) -> bool:
    """The words of an invasive therapy ('ventilación mecánica invasiva') are in the input only
    because it says the non-invasive one."""
    return "invasiv" in key and _NOT_INVASIVE in ev.text


def _says(ev: Evidence, key: str) -> bool:
    """``ev.has_phrase(key)``, except where each occurrence is followed by 'no invasiva'."""
    if not ev.has_phrase(key):
        return False
    if _NOT_INVASIVE not in ev.text:
        return True  # the common case: one substring test
    text, at = ev.text, ev.text.find(f" {key} ")
    while at >= 0:
        if not text.startswith(_NOT_INVASIVE, at + len(key) + 1):
            return True
        at = text.find(f" {key} ", at + 1)
    return False


def device_grounding(ev: Evidence, entries: tuple[Entry, ...], key: str) -> bool | None:
    """None when no entry is a device; else whether the input grounds it."""
    table = devices()
    if len(entries) == 1 and entries[0].label not in table:  # the common case, one lookup
        return None
    rules = [(e, table[e.label]) for e in entries if e.label in table]
    if not rules:
        return None
    if ev.has_phrase(key) or ev.has_words(key) and not _non_invasive(ev, key):
        return True
    implied = _implied_names()
    for entry, rule in rules:
        if any(_says(ev, k) for k in entry.keys) or any(_says(ev, k) for k in implied[entry.label]):
            return True
        if rule.generic and ev.has_head(phrase_key(entry.label)):
            return True
    return False


# --- findings from values ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabFinding:
    names: frozenset[str]  # phrase keys of the finding's names
    analyte: str
    low: bool  # the finding is a value below the limit
    supports: float
    contradicts: float | None  # None: a normal value does not rule it out
    lo: float  # plausible range in the table's unit
    hi: float


@lru_cache(maxsize=1)
def _lab_table() -> tuple[tuple[LabFinding, ...], dict[str, str], re.Pattern[str]]:
    findings, alias_of = [], {}
    for row in catalogue_rows("lab_findings.csv"):
        contradicts = row["contradicts"].strip()
        findings.append(LabFinding(frozenset(phrase_key(n) for n in split_cell(row["finding"])), row["analyte"],
                                   row["direction"].strip() == "low", float(row["supports"]),
                                   float(contradicts) if contradicts else None, float(row["min"]),
                                   float(row["max"])))
        for alias in split_cell(row["aliases"]):
            alias_of[alias] = row["analyte"]
    # led by a character class (text.word_led): the engine skips to the letters a name may
    # start with instead of trying the lookbehind at every character of the input
    names = word_led((re.escape(a).replace(r"\ ", r"\s+") for a in sorted(alias_of, key=len, reverse=True)),
                     r"[\w.,]")
    # 'hb 8,9', 'K+: 2.9', 'glicemia de ingreso 250', 'nombre: hemoglobina / valor: 9.8' (input
    # strings are joined by newlines, keys before their values); FHIR-like 'code: sodio / valueQuantity:
    # value: 129'.
    pattern = re.compile(
        rf"(?P<name>{names})\+?(?![\w])[\s:=]*"
        r"(?:(?:value\s*quantity|valor|resultado|value|result|de|del|inicial|al ingreso|ingreso|al alta|serica?o?|plasmatica?o?"
        r"|capilar|axilar|total|en|\([^()\n]{0,15}\)"
        # the moment of a repeated measurement: 'potasio a las 12 horas: 3,3', 'sodio al día 3: 128',
        # 'hemoglobina de control 9,1'
        r"|a\s+las\s+\d{1,3}\s*(?:horas|hs?)\b|al\s+dia\s+\d{1,3}|control"
        # the same moments as English keys of a lab row ({"test": "plaquetas", "admission": "42.000"})
        r"|admission|discharge|nadir|day\s+\d{1,3})[\s:=]*){0,3}"
        r"(?P<num>\d+(?:[.,]\d+)*)"
    )
    return tuple(findings), alias_of, pattern


@lru_cache(maxsize=1)
def _by_word() -> dict[str, tuple[int, ...]]:
    """Word of a finding's name -> the rows of the findings it may belong to."""
    index: dict[str, list[int]] = {}
    for row, finding in enumerate(_lab_table()[0]):
        for word in {w for n in finding.names for w in n.split()}:
            index.setdefault(word, []).append(row)
    return {w: tuple(rows) for w, rows in index.items()}


_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_COUNTS = {"leucocitos", "plaquetas"}


def _value(raw: str, analyte: str) -> float | None:
    text = raw.replace(".", "") if _THOUSANDS.match(raw) else raw.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    if analyte in _COUNTS and value < 1000:  # 15,2 x10^3/uL
        value *= 1000
    return value


# The lab's own reference range right after a value: '1,1 mg/dL (0,3-1,2)', 'K 3,5 (VN 3,5 - 5,1)', a
# row's 'rango: 0,3-1,2'. Only letters, a unit and punctuation may stand between the value and the range,
# so a range is never borrowed from the next analyte's row ('K 3,4 / fósforo 3 (2,5-4,5)').
_RANGE = re.compile(r"[^\d\n]{0,12}(?:\n[^\d\n]{0,12}){0,3}?(?:\(|\[|\b(?:vn|vr|rango|ref|referencia|intervalo)\b)"
                    r"[^\d]{0,24}?(?P<lo>\d+(?:[.,]\d+)?)\s*(?:-|a)\s*(?P<hi>\d+(?:[.,]\d+)?)")


# A blood pressure is written systolic/diastolic ('PA 92/58 mmHg', 'TA: 84/52'): the value after the
# slash is the diastolic, an analyte of its own (hypotension is a pressure under 90/60).
_SECOND_VALUE = {"presión arterial sistólica": "presión arterial diastólica"}
_AFTER_SLASH = re.compile(r"\s*/\s*(\d{2,3})(?!\d|[.,]\d)")


@dataclass(frozen=True, slots=True)
class LabReading:
    values: dict[str, list[float]]  # analyte -> the values the input gives
    ranges: dict[str, list[tuple[float, float, float]]]  # analyte -> (value, low, high) with the lab's range


def _reference_range(flat: str, end: int, analyte: str) -> tuple[float, float] | None:
    m = _RANGE.match(flat, end, end + 90)
    if m is None:
        return None
    lo, hi = _value(m.group("lo"), analyte), _value(m.group("hi"), analyte)
    return (lo, hi) if lo is not None and hi is not None and lo < hi else None


def lab_reading(doc: Document) -> LabReading:
    """The input's lab values and the reference ranges given beside them (read once per distinct input)."""
    def read(value: Any) -> LabReading:
        table, alias_of, pattern = _lab_table()
        flat = evidence(doc).flat
        out: dict[str, list[float]] = {}
        ranges: dict[str, list[tuple[float, float, float]]] = {}
        if not any(c.isdigit() for c in flat):
            return LabReading(out, ranges)
        for m in pattern.finditer(flat):
            analyte = alias_of.get(re.sub(r"\s+", " ", m.group("name")))
            value = _value(m.group("num"), analyte or "")
            if analyte is not None and value is not None:
                out.setdefault(analyte, []).append(value)
                limits = _reference_range(flat, m.end(), analyte)
                if limits is not None:
                    ranges.setdefault(analyte, []).append((value, *limits))
                second = _SECOND_VALUE.get(analyte)
                if second is not None and (low := _AFTER_SLASH.match(flat, m.end())) is not None:
                    out.setdefault(second, []).append(float(low.group(1)))  # 'PA 92/58': the diastolic
        return LabReading(out, ranges)
    return input_memo(doc, "lab_reading", read)  # once per distinct input


def qualifier_words(key: str) -> list[str]:
    """The words of a finding's name beyond the finding's own ('renal' in
    'anemia renal'): what says its cause or kind."""
    words = key.split()
    table = _lab_table()[0]
    own: set[str] = set()
    for row in sorted({i for w in words for i in _by_word().get(w, ())}):
        own.update(w for n in table[row].names if set(n.split()) <= set(words) for w in n.split())
    return [w for w in words if w not in own]


# Asked of nearly every mention by HAL001 (twice for some), and names recur from record to record:
# a pure function of the phrase key and the static table, bounded.
@lru_cache(maxsize=16384)
def names_a_lab_finding(key: str) -> bool:
    """Whether the phrase key holds a whole name of a finding of the table
    ('anemia', 'anemia ferropenica'). A word that only qualifies a finding's
    name ('profunda' of 'ferropenia profunda', 'severa') names none: 'trombosis
    venosa profunda' is no lab finding, so the input denying it still counts."""
    index = _by_word()
    words = key.split()
    if index.keys().isdisjoint(words):  # most names hold no word of any finding's: one set test
        return False
    rows = {i for w in words if w in index for i in index[w]}
    if not rows:
        return False
    table, have = _lab_table()[0], set(words)
    return any(set(n.split()) <= have for i in rows for n in table[i].names)


def is_lab_finding_name(key: str) -> bool:
    """Whether the phrase key is the whole name of a finding of the table."""
    return any(key in finding.names for finding in _lab_table()[0])


# The value an output writes with a finding: 'hipopotasemia de 3,3 mEq/L', 'hipopotasemia con potasio
# de 5,2', 'anemia (Hb 8,1)', 'hiponatremia: 128'. Up to two words (the analyte) may stand between.
_WRITTEN_VALUE = re.compile(r"\s*(?:\(|:|,)?\s*(?:(?:de|con|del|a|en)\s+)?(?:[^\W\d]+\+?\s+){0,2}?(?:de\s+|:\s*)?"
                            r"(?P<num>\d+(?:[.,]\d+)?)")


def _written_values(text: str, end: int, finding: LabFinding, values: list[float]) -> list[float]:
    """The input's values of the finding's analyte that the output writes right after it: where the
    input gives several (5,2 on admission, 3,3 twelve hours later), the one written is the one
    judged, so 'hipopotasemia con potasio de 5,2' is not grounded by the later 3,3."""
    m = _WRITTEN_VALUE.match(fold(text[end : end + 40]))
    if m is None:
        return values
    written = _value(m.group("num"), finding.analyte)
    return [written] if written is not None and written in values else values


def lab_verdict(doc: Document, key: str, text: str = "", end: int = -1) -> tuple[str, bool] | None:
    """('supports' | 'contradicts', exact) for a finding named by phrase key
    ``key`` when the input gives a plausible value of its analyte; exact says
    the name is the finding's own (not 'anemia ferropénica' for 'anemia'). With
    the output ``text`` and where the name ``end``s, a value of the input written
    right after the name is the one judged."""
    words = set(key.split())
    index, table = _by_word(), _lab_table()[0]
    candidates = sorted({i for w in words for i in index.get(w, ())})
    if not candidates:
        return None
    # a finding's own name first: 'trombocitopenia severa' is judged by its own row, not by 'trombocitopenia'
    for finding in sorted(map(table.__getitem__, candidates), key=lambda f: key not in f.names):
        exact = key in finding.names
        if not exact and not any(set(n.split()) <= words for n in finding.names):
            continue
        reading = lab_reading(doc)
        values = [v for v in reading.values.get(finding.analyte, ()) if finding.lo <= v <= finding.hi]
        if not values:
            continue  # no value in this row's unit: a finding may have a row for another ('86 %', '8600/mm3')
        if end >= 0 and len(values) > 1:
            values = _written_values(text, end, finding, values)
        if any((v < finding.supports) if finding.low else (v > finding.supports) for v in values):
            return "supports", exact
        limit = finding.contradicts
        if limit is not None and all((v >= limit) if finding.low else (v <= limit) for v in values):
            return "contradicts", exact
        verdict = _by_own_range(reading, finding, values, exact)
        if verdict is not None:
            return verdict
        # undecided by this row: another row of the finding may decide (the diastolic of a pressure
        # whose systolic is 92, the absolute count where the percentage is borderline)
    return None


def _by_own_range(reading: LabReading, finding: LabFinding, values: list[float],
                  exact: bool) -> tuple[str, bool] | None:
    """Where the table's limits leave a value undecided (bilirubin 1,1 mg/dL between 1,0 and 1,2), the
    lab's own reference range given beside it decides."""
    ranged = [(v, lo, hi) for v, lo, hi in reading.ranges.get(finding.analyte, ()) if v in values]
    if ranged:
        if any((v < lo) if finding.low else (v > hi) for v, lo, hi in ranged):
            return "supports", exact
        return "contradicts", exact
    return None
