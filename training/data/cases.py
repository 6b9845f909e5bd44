"""Declarative building blocks of the synthetic cases.

A :class:`Scenario` describes one clinical picture (community-acquired
pneumonia, acute cholecystitis operated, ...) as the choices a physician meets:
which CIE-10 label, which drugs at which doses, which labs with which ranges.
The generator samples an :class:`Admission` from it with a seeded
``random.Random``. Codes and names come from the curated catalogues in
``checks/catalog`` (a test asserts it), so the rule engine recognises every
name the reference outputs write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Diagnosis:
    code: str  # CIE-10, dotted as in the catalogue (J18.9, I10)
    label: str  # a catalogue name or synonym of the code, as a physician writes it


@dataclass(frozen=True, slots=True)
class Dose:
    amount: str  # "2 g", "875/125 mg", "10 UI"; "" when the schedule says it all
    every: int | str  # hours between doses, or a schedule without numbers: "al día"
    route: str  # key of ROUTES
    days: int | None = None  # length of a discharge course


ROUTES = {
    "ev": ("endovenosa", "ev", "endovenoso", "por vía endovenosa"),
    "vo": ("oral", "vo", "oral", "por vía oral"),
    "sc": ("subcutánea", "sc", "subcutáneo", "por vía subcutánea"),
    "inh": ("inhalatoria", "inhalado", "inhalado", "por vía inhalatoria"),
    "im": ("intramuscular", "im", "intramuscular", "por vía intramuscular"),
}


@dataclass(frozen=True, slots=True)
class Medication:
    code: str  # ATC
    name: str  # catalogue name or synonym
    doses: tuple[Dose, ...]


@dataclass(frozen=True, slots=True)
class Given:
    """A medication with the dose chosen for this patient."""

    code: str
    name: str
    dose: Dose


@dataclass(frozen=True, slots=True)
class LabTest:
    name: str
    unit: str
    mild: tuple[float, float]  # range in a mild case
    severe: tuple[float, float]  # range in a severe case
    decimals: int = 0
    thousands: bool = False  # written "15.200": counts of cells


@dataclass(frozen=True, slots=True)
class Study:
    name: str  # imaging or other study, as the catalogue names it
    results: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Slot(Generic[T]):
    """One decision: with probability ``chance`` pick one of ``options``."""

    options: tuple[T, ...]
    chance: float = 1.0
    severe_chance: float | None = None  # the chance in a severe case, if different


@dataclass(frozen=True, slots=True)
class Complication:
    """A secondary diagnosis made during the stay, with what it brings."""

    diagnosis: Diagnosis
    chance: float
    severe_chance: float
    treatment: tuple[Medication, ...] = ()
    facts: tuple[str, ...] = ()  # evolution facts it adds


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    service: str
    principal: tuple[Diagnosis, ...]  # alternative labels or codes of the main diagnosis
    complaints: tuple[str, ...]
    onset: tuple[int, int, str]  # (min, max, "días" | "horas")
    exam: tuple[str, ...]
    labs: tuple[LabTest, ...]
    studies: tuple[Slot[Study], ...]
    treatment: tuple[Slot[Medication], ...]
    evolution: tuple[str, ...]  # noun phrases: "mejoría progresiva de la disnea"
    plan: tuple[str, ...]  # noun phrases: "control en policlínico de cirugía en 7 días"
    stay: tuple[int, int]
    procedures: tuple[Slot[str], ...] = ()
    complications: tuple[Complication, ...] = ()
    discharge: tuple[Slot[Medication], ...] = ()
    sexes: str = "FM"
    ages: tuple[int, int] = (18, 92)
    excludes: tuple[str, ...] = ()  # comorbidity keys that make no sense here


@dataclass(frozen=True, slots=True)
class Comorbidity:
    key: str
    diagnoses: tuple[Diagnosis, ...]
    medications: tuple[Slot[Medication], ...] = ()
    sexes: str = "FM"
    min_age: int = 18
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class LabResult:
    name: str
    value: str  # formatted as written: "15.200", "1,4"
    unit: str


@dataclass(frozen=True, slots=True)
class StudyResult:
    name: str
    result: str


@dataclass(slots=True)
class Admission:
    """One sampled inpatient stay: everything the input and output are made of."""

    scenario: str
    service: str
    sex: str  # "F" | "M"
    age: int
    severity: str  # "leve" | "moderada" | "grave"
    principal: Diagnosis
    complaints: list[str]
    onset: tuple[int, str]
    exam: list[str]
    labs: list[LabResult]
    studies: list[StudyResult]
    procedures: list[str]
    treatment: list[Given]
    secondary: list[Diagnosis]
    comorbidities: list[Diagnosis]
    home_medication: list[Given]
    evolution: list[str]
    stay_days: int
    discharge_medication: list[Given]
    plan: list[str]


# --- small constructors that keep the scenario tables readable -------------


def dx(code: str, label: str) -> Diagnosis:
    return Diagnosis(code, label)


DAILY = "al día"


def dose(amount: str, every: int | str, route: str, days: int | None = None) -> Dose:
    if route not in ROUTES:
        raise ValueError(f"unknown route {route!r}")
    return Dose(amount, every, route, days)


def med(code: str, name: str, *doses: Dose) -> Medication:
    return Medication(code, name, doses)


def lab(name: str, unit: str, mild: tuple[float, float], severe: tuple[float, float],
        decimals: int = 0, thousands: bool = False) -> LabTest:
    return LabTest(name, unit, mild, severe, decimals, thousands)


def study(name: str, *results: str) -> Study:
    return Study(name, results)


def one(*options: T, chance: float = 1.0, severe: float | None = None) -> Slot[T]:
    return Slot(tuple(options), chance, severe)


def complication(diagnosis: Diagnosis, chance: float, severe: float, *,
                 treatment: tuple[Medication, ...] = (), facts: tuple[str, ...] = ()) -> Complication:
    return Complication(diagnosis, chance, severe, treatment, facts)
