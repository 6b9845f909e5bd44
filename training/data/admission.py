"""Sampling one inpatient stay from a scenario.

Every random decision goes through the ``random.Random`` passed in, so a
record depends only on its seed; the order of the draws is part of the
dataset's definition (changing it changes the bundled files, which a test
notices).
"""

from __future__ import annotations

import random
from typing import Sequence, TypeVar

from training.data.cases import (
    Admission, Comorbidity, Diagnosis, Given, LabResult, LabTest, Medication, Scenario, Slot, StudyResult,
)
from training.data.scenarios import COMORBIDITIES

T = TypeVar("T")
SEVERITIES = ("leve", "moderada", "grave")
MAX_CODES = 12  # beyond this the reference epicrisis cannot stay under 200 words


_SIDES = {"lado": ("derecho", "izquierdo"), "lada": ("derecha", "izquierda"), "lados": ("derechos", "izquierdos"),
          "ladas": ("derechas", "izquierdas"), "otro": ("izquierdo", "derecho"), "otra": ("izquierda", "derecha"),
          "otros": ("izquierdos", "derechos")}  # {otra}: the opposite side, as a brain lesion is to a hemiparesis


def _sided(text: str, right: bool) -> str:
    """Fill the laterality placeholders of scenario text so one admission has one side."""
    if "{" not in text:
        return text
    return text.format_map({key: forms[0 if right else 1] for key, forms in _SIDES.items()})


def sample_admission(rng: random.Random, scenario: Scenario) -> Admission:
    adm = _sample(rng, scenario)
    right = rng.random() < 0.5
    for name in ("complaints", "exam", "procedures", "evolution", "plan"):
        setattr(adm, name, [_sided(t, right) for t in getattr(adm, name)])
    adm.studies = [StudyResult(s.name, _sided(s.result, right)) for s in adm.studies]
    return adm


def _sample(rng: random.Random, scenario: Scenario) -> Admission:
    sex = rng.choice(scenario.sexes)
    age = rng.randint(*scenario.ages)
    roll = rng.random()
    severity = "leve" if roll < 0.35 else "moderada" if roll < 0.8 else "grave"
    severe = severity == "grave"
    principal = rng.choice(scenario.principal)
    complaints = _subset(rng, scenario.complaints, 2, 4)
    onset = (rng.randint(scenario.onset[0], scenario.onset[1]), scenario.onset[2])
    exam = _subset(rng, scenario.exam, 1, 2)
    labs = [_lab_result(rng, test, severity) for test in _subset(rng, scenario.labs, 2, 4)]
    studies = [StudyResult(s.name, rng.choice(s.results)) for s in _decide(rng, scenario.studies, severe)]
    procedures = list(dict.fromkeys(_decide(rng, scenario.procedures, severe)))
    treatment = _give(rng, _decide(rng, scenario.treatment, severe), set())

    secondary: list[Diagnosis] = []
    facts: list[str] = []
    for comp in scenario.complications:
        if rng.random() < (comp.severe_chance if severe else comp.chance):
            secondary.append(comp.diagnosis)
            treatment += _give(rng, list(comp.treatment), {g.code for g in treatment})
            facts.extend(comp.facts)

    taken = {g.code for g in treatment}
    discharge = _give(rng, _decide(rng, scenario.discharge, severe), taken)
    taken |= {g.code for g in discharge}
    comorbidities, home = _comorbidities(rng, scenario, sex, age, principal, secondary, taken)

    evolution = facts + _subset(rng, scenario.evolution, 2, 3)
    low, high = scenario.stay
    stay = rng.randint((low + high) // 2, high) if severe else rng.randint(low, max(low, (low + 2 * high) // 3))
    plan = _subset(rng, scenario.plan, 2, 3)
    return Admission(
        scenario=scenario.key, service=scenario.service, sex=sex, age=age, severity=severity,
        principal=principal, complaints=complaints, onset=onset, exam=exam, labs=labs, studies=studies,
        procedures=procedures, treatment=treatment, secondary=secondary, comorbidities=comorbidities,
        home_medication=home, evolution=evolution, stay_days=stay, discharge_medication=discharge, plan=plan,
    )


def _subset(rng: random.Random, items: Sequence[T], low: int, high: int) -> list[T]:
    """Between low and high items, in the order the scenario declares them."""
    count = min(len(items), rng.randint(low, high))
    chosen = set(rng.sample(range(len(items)), count))
    return [item for i, item in enumerate(items) if i in chosen]


def _decide(rng: random.Random, slots: Sequence[Slot[T]], severe: bool) -> list[T]:
    out: list[T] = []
    for slot in slots:
        chance = slot.severe_chance if severe and slot.severe_chance is not None else slot.chance
        if rng.random() < chance:
            out.append(rng.choice(slot.options))
    return out


def _give(rng: random.Random, medications: Sequence[Medication], taken: set[str]) -> list[Given]:
    out: list[Given] = []
    for m in medications:
        if m.code in taken:
            continue  # one line per drug: a second dose of the same code reads as a duplicate
        taken = taken | {m.code}
        out.append(Given(m.code, m.name, rng.choice(m.doses)))
    return out


def _lab_result(rng: random.Random, test: LabTest, severity: str) -> LabResult:
    low, high = test.severe if severity == "grave" else test.mild
    if severity == "leve":
        high = low + (high - low) / 2
    value = rng.uniform(low, high)
    if test.thousands:
        text = f"{int(round(value, -2)):,}".replace(",", ".")
    elif test.decimals:
        text = f"{value:.{test.decimals}f}".replace(".", ",")
    else:
        text = str(int(round(value)))
    return LabResult(test.name, text, test.unit)


def _weighted_index(rng: random.Random, weights: list[float]) -> int:
    """rng.choices without its bisect over floats, so the draw is one random() call we control."""
    pick = rng.random() * sum(weights)
    for index, weight in enumerate(weights):
        pick -= weight
        if pick < 0:
            return index
    return len(weights) - 1


def _comorbidities(rng: random.Random, scenario: Scenario, sex: str, age: int, principal: Diagnosis,
                   secondary: list[Diagnosis], taken: set[str]) -> tuple[list[Diagnosis], list[Given]]:
    """Chronic conditions: more with age, none that duplicate the stay's own diagnoses."""
    acute = {d.code[:3] for d in (principal, *secondary)}
    pool: list[Comorbidity] = [
        c for c in COMORBIDITIES
        if sex in c.sexes and age >= c.min_age and c.key not in scenario.excludes
        and not any(d.code[:3] in acute for d in c.diagnoses)
    ]
    wanted = rng.randint(0, 1) if age < 40 else rng.randint(0, 2) if age < 65 else rng.randint(1, 3)
    budget = MAX_CODES - 1 - len(secondary) - len(taken)
    chosen: list[Diagnosis] = []
    home: list[Given] = []
    while pool and len(chosen) < wanted:
        condition = pool.pop(_weighted_index(rng, [c.weight for c in pool]))
        meds = _give(rng, _decide(rng, condition.medications, False), taken)
        if 1 + len(meds) > budget:
            continue
        budget -= 1 + len(meds)
        chosen.append(rng.choice(condition.diagnoses))
        home.extend(meds)
        taken = taken | {g.code for g in meds}
    return chosen, home
