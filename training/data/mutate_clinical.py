"""Mutations for the checks that read clinical Spanish (issue 14): a drug's
dose, frequency or route changed (HAL003), a side flipped (HAL004), a device
or therapy the input never names (HAL001, kind unlisted-device).

Like training.data.mutate, these decide what a violation is from the record
alone, with their own small patterns, never by asking the rule engine.
"""

from __future__ import annotations

import csv
import random
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from training.data import catalogue
from training.data.catalogue import fold
from training.data.input_facts import InputFacts

Mutant = tuple[str, str, str]  # (output, kind, detail)

# '(C03CA01) 40 mg EV cada 12 h': the dose right after a drug's code, and what follows in its clause
_CODED_DOSE = re.compile(r"\(([A-Z]\d\d[A-Z]{2}\d\d)\)\s+(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|UI|mL)\b([^.;()]{0,40})")
_EVERY = re.compile(r"\b(cada|c/)\s*(\d+)\s*(h\b|horas\b)")
_ROUTE = {"vo": "ev", "oral": "endovenoso", "ev": "vo", "endovenoso": "oral", "endovenosa": "oral", "iv": "vo",
          "EV": "VO", "VO": "EV", "IV": "VO", "sc": "ev", "SC": "EV"}
_ROUTE_WORDS = re.compile(r"(?<![\w/])(" + "|".join(sorted(_ROUTE, key=len, reverse=True)) + r")(?!\w)")
_ROUTE_CLASS = {"vo": "oral", "oral": "oral", "ev": "iv", "endovenoso": "iv", "endovenosa": "iv", "iv": "iv",
                "sc": "sc", "subcutanea": "sc", "subcutaneo": "sc", "intravenosa": "iv", "intravenoso": "iv"}
_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "ui": 1.0, "ml": 1.0}
_SIDE = re.compile(r"\b([a-záéíóúñ]{4,}) (derech|izquierd)(o|a|os|as)\b")
_DEVICES = {  # what a model invents, and how it says so
    "sonda nasogástrica": "Se instala sonda nasogástrica.", "catéter venoso central": "Se instala catéter venoso central.",
    "tubo pleural": "Se instala tubo pleural.", "sonda Foley": "Se instala sonda Foley.",
    "ventilación mecánica invasiva": "Requiere ventilación mecánica invasiva.",
    "transfusión de glóbulos rojos": "Recibe transfusión de glóbulos rojos.", "hemodiálisis": "Requiere hemodiálisis.",
    "nutrición parenteral": "Recibe nutrición parenteral.",
}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _written(value: float, like: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if "," in like else text


def _drug_text(value: Any, code: str) -> str | None:
    """The folded text the input gives for the drug with this ATC code."""
    if isinstance(value, dict):
        strings = [str(v) for v in value.values() if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
        if any(s.strip() == code for s in strings):
            return fold(" ".join(strings))
        for item in value.values():
            found = _drug_text(item, code)
            if found is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            found = _drug_text(item, code)
            if found is not None:
                return found
    elif isinstance(value, str) and code in value:
        return fold(value)
    return None


def _doses_mg(text: str) -> set[float]:
    return {round(_number(n) * _MG[u], 6) for n, u in re.findall(r"(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|ui|ml)\b", text)}


def hal003(record_input: Any, output: str, rng: random.Random) -> Mutant | None:
    """A dose, a frequency or a route after a drug's code changed to one
    the input does not give for that drug."""
    candidates = []
    for m in _CODED_DOSE.finditer(output):
        given = _drug_text(record_input, m.group(1))
        if given is not None and re.search(r"\d", given):
            candidates.append((m, given))
    if not candidates:
        return None
    m, given = rng.choice(candidates)
    kinds = ["dose"]
    every = _EVERY.search(m.group(4))
    route = _ROUTE_WORDS.search(m.group(4))
    if every and re.search(r"(cada|c/)\s*\d+\s*h", given):
        kinds.append("frequency")
    if route and any(re.search(rf"\b{w}\b", given) for w in _ROUTE_CLASS):
        kinds.append("route")
    kind = rng.choice(kinds)
    rest_start = m.start(4)
    if kind == "frequency":
        hours = int(every.group(2))
        daily = re.search(r"al dia|diari|/\s*d|una vez", given)
        choices = [h for h in (6, 8, 12, 24) if h != hours and not re.search(rf"(cada|c/)\s*{h}\s*h", given)
                   and not (h == 24 and daily)]
        if not choices:
            return None
        new = rng.choice(choices)
        at = rest_start + every.start(2)
        before = output[rest_start + every.start() : rest_start + every.end()]
        after = before.replace(every.group(2), str(new), 1)
        return (output[:at] + str(new) + output[rest_start + every.end(2):], "frequency-change",
                f"{m.group(1)}: {before} cambiado por {after}")
    if kind == "route":
        word = route.group(1)
        new_word = _ROUTE[word]
        if _ROUTE_CLASS.get(new_word.lower()) in {_ROUTE_CLASS.get(w) for w in re.findall(r"[a-z]+", given)}:
            return None
        at = rest_start + route.start(1)
        return (output[:at] + new_word + output[at + len(word):], "route-change",
                f"{m.group(1)}: vía {word} cambiada por {new_word}")
    value, unit = _number(m.group(2)), m.group(3)
    known = _doses_mg(given)
    for new in rng.sample((value * 2, value / 2, value * 3), 3):
        if round(new * _MG[unit.lower()], 6) not in known and new >= 0.1:
            return (output[: m.start(2)] + _written(new, m.group(2)) + output[m.end(2):], "dose-change",
                    f"{m.group(1)}: {m.group(2)} {unit} cambiado por {_written(new, m.group(2))} {unit}")
    return None


def hal004(facts: InputFacts, output: str, rng: random.Random) -> Mutant | None:
    """A side the input gives for a thing, flipped to the other."""
    options = []
    for m in _SIDE.finditer(output):
        word, side = fold(m.group(1)), m.group(2)
        other = "izquierd" if side == "derech" else "derech"
        if f" {word} {side}" in facts.text and f" {word} {other}" not in facts.text \
                and f" {word} bilateral" not in facts.text:
            options.append((m, other))
    if not options:
        return None
    m, other = rng.choice(options)
    new = f"{m.group(1)} {other}{m.group(3)}"
    return output[: m.start()] + new + output[m.end():], "side-flip", f"«{m.group()}» cambiado por «{new}»"


@lru_cache(maxsize=1)
def _device_names() -> dict[str, tuple[str, ...]]:
    """Each device's names, and those of what implies it (checks/catalog/devices.csv)."""
    rows = {fold(r.names[0]): r.names for r in catalogue.procedures()}
    implied: dict[str, list[str]] = {}
    with (resources.files("checks") / "catalog" / "devices.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            implied[fold(row["name"])] = [n for n in row["grounded_by"].split("|") if n]
    out = {}
    for device in _DEVICES:
        row = next((names for names in rows.values() if fold(device) in map(fold, names)), (device,))
        extra = [n for key in (fold(row[0]),) for imp in implied.get(key, []) for n in rows.get(fold(imp), (imp,))]
        out[device] = (*row, *extra)
    return out


def hal001_device(facts: InputFacts, sentences: list[str], rng: random.Random) -> Mutant | None:
    """A sentence naming a device or therapy the input never names."""
    names = _device_names()
    choices = [d for d in _DEVICES if not facts.writes(names[d])]
    if not choices:
        return None
    device = rng.choice(choices)
    at = rng.randrange(1, len(sentences) + 1)
    text = "".join(sentences[:at]).rstrip() + " " + _DEVICES[device]
    if at < len(sentences):
        text += " " + "".join(sentences[at:])
    return text.rstrip(), "unlisted-device", device


@lru_cache(maxsize=1)
def _value_findings() -> list[tuple[set[str], tuple[str, ...]]]:
    with (resources.files("checks") / "catalog" / "lab_findings.csv").open(encoding="utf-8", newline="") as fh:
        return [({fold(n) for n in row["finding"].split("|")}, tuple(row["aliases"].split("|")))
                for row in csv.DictReader(fh)]


def derived_from_values(name: str, facts: InputFacts) -> bool:
    """Whether a finding may follow from a value the input gives (anemia from
    a haemoglobin): inventing it would not be a violation."""
    key = fold(name)
    return any(key in names and any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", facts.text) for a in aliases)
               for names, aliases in _value_findings())
