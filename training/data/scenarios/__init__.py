"""The clinical scenarios of the synthetic dataset, by organ system, and the
chronic comorbidities patients bring to any of them."""

from __future__ import annotations

from training.data.cases import Scenario
from training.data.scenarios import cardiovascular, digestive, neurology, renal_metabolic, respiratory
from training.data.scenarios.common import COMORBIDITIES

SCENARIOS: tuple[Scenario, ...] = (
    *respiratory.SCENARIOS,
    *cardiovascular.SCENARIOS,
    *neurology.SCENARIOS,
    *digestive.SCENARIOS,
    *renal_metabolic.SCENARIOS,
)

__all__ = ["COMORBIDITIES", "SCENARIOS"]
