"""``baseline.json``: where the production baseline came from, and the chain
of baselines before it. Replacing a baseline lives in ``harness.baseline``."""

from __future__ import annotations

from typing import Literal

from harness.schemas.base import SCHEMA_VERSION, Record

BASELINE_FILE = "baseline.json"


class BaselineEvent(Record):
    updated: str
    source_run: str
    run_key: str
    model_fingerprint: str
    backend: str
    variant: str
    gate_passed: bool
    forced: bool
    reason: str | None
    policy: str
    policy_sha256: str
    # Rates of bad records when it became the baseline: "pass" (records failing)
    # and each check (records with a finding). The chain's drift is judged on them.
    rates: dict[str, float] = {}
    chain_start: bool = True  # the first of its chain: the start, or forced in


class BaselineInfo(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    current: BaselineEvent
    history: list[BaselineEvent]  # earlier baselines, newest first
