"""The gate policy file: what a model must meet before it ships.

    schema_version = 1

    [floors]
    min_pass_rate = 0.80              # share of records with no error finding

    [floors.max_check_rate]           # per check: largest share of records with a finding
    FMT001 = 0.02

    [regression]                      # against the baseline (the model in production)
    max_pass_rate_drop = 0.03         # absolute, 0.03 = 3 points
    max_check_rate_increase = 0.03    # every check, unless listed below
    alpha = 0.05                      # paired exact McNemar (one-sided) where samples match

    [regression.max_check_rate_increase_by_check]
    HAL001 = 0.01

    [parity.int8]                     # an ONNX variant against the torch run of its checkpoint
    min_text_match = 0.0
    min_verdict_agreement = 0.90
    min_check_agreement = 0.90
    max_pass_rate_drop = 0.05

    [ship]
    variants = ["int8", "int4"]       # which ONNX variants may be promoted

Every problem in the file is collected and reported as ``FILE:LINE: reason``
(exit status 2 in the CLI) before any gate runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.errors import InputError, InputErrors
from harness.tomlfile import KeyLines, read_toml
from harness.variants import VARIANTS

SCHEMA_VERSION = 1
DEFAULT_POLICY = Path(__file__).with_name("default_gates.toml")
PARITY_FLOORS = ("min_text_match", "min_verdict_agreement", "min_check_agreement")


@dataclass(frozen=True, slots=True)
class ParityPolicy:
    min_text_match: float | None = None
    min_verdict_agreement: float | None = None
    min_check_agreement: float | None = None
    max_pass_rate_drop: float | None = None


@dataclass(frozen=True)
class GatePolicy:
    source: str
    sha256: str
    min_pass_rate: float | None = None
    max_check_rate: Mapping[str, float] = field(default_factory=dict)
    max_pass_rate_drop: float | None = None
    max_check_rate_increase: float | None = None
    max_check_rate_increase_by_check: Mapping[str, float] = field(default_factory=dict)
    alpha: float = 0.05
    parity: Mapping[str, ParityPolicy] = field(default_factory=dict)
    ship: tuple[str, ...] = VARIANTS

    def check_increase_limit(self, check: str) -> float | None:
        return self.max_check_rate_increase_by_check.get(check, self.max_check_rate_increase)


class _Reader:
    def __init__(self, path: Path, text: str, known_checks: set[str] | None) -> None:
        self.path = str(path)
        self.where = KeyLines(text)
        self.known_checks = known_checks
        self.errors: list[InputError] = []

    def error(self, path: tuple[str, ...], reason: str) -> None:
        self.errors.append(InputError(self.path, self.where.line(*path), reason))

    def table(self, data: Mapping[str, Any], path: tuple[str, ...], allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.error(path, f"{'.'.join(path)} must be a table")
            return {}
        for key in data:
            if key not in allowed:
                choices = ", ".join(sorted(allowed))
                self.error(path + (key,), f"unknown key {'.'.join(path + (key,))!r} (expected one of: {choices})")
        return data

    def rate(self, data: Mapping[str, Any], path: tuple[str, ...]) -> float | None:
        value = data.get(path[-1])
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, f"{'.'.join(path)} must be a number between 0 and 1, not {value!r}")
            return None
        if not 0 <= value <= 1:
            self.error(path, f"{'.'.join(path)} = {value} is outside [0, 1] (rates are fractions: 0.02 = 2%)")
            return None
        return float(value)

    def check_rates(self, data: Mapping[str, Any], path: tuple[str, ...]) -> dict[str, float]:
        out: dict[str, float] = {}
        for check in self.table(data, path, set(data) if isinstance(data, dict) else set()):
            if self.known_checks is not None and check not in self.known_checks:
                self.error(path + (check,), f"unknown check {check!r} in {'.'.join(path)} (see `epicrisis checks`)")
                continue
            value = self.rate(data, path + (check,))
            if value is not None:
                out[check] = value
        return out


def load_policy(path: str | Path | None = None, *, known_checks: set[str] | None = None) -> GatePolicy:
    """Read and validate a gate file (the bundled default when ``path`` is None).

    ``known_checks`` (default: every registered check) validates check ids."""
    file = Path(path) if path is not None else DEFAULT_POLICY
    raw, text, data = read_toml(file, missing="gate file not found")
    if not data or set(data) <= {"schema_version"}:
        raise InputError(str(file), 1, "the gate file sets no gates (empty, or only comments): it would let any "
                                       "model ship; name the floors, regression limits and ship list, or leave "
                                       "--gates out for the bundled default policy")
    if known_checks is None:
        from harness.registry import all_checks

        known_checks = set(all_checks())
    reader = _Reader(file, text, known_checks)
    top = reader.table(data, (), {"schema_version", "floors", "regression", "parity", "ship"})
    version = top.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or version != SCHEMA_VERSION:  # true == 1 and 1.0 == 1 in Python, not here
        reader.error(("schema_version",), f"schema_version {version!r} is not supported (expected {SCHEMA_VERSION})")

    floors = reader.table(top.get("floors", {}), ("floors",), {"min_pass_rate", "max_check_rate"})
    regression = reader.table(top.get("regression", {}), ("regression",), {
        "max_pass_rate_drop", "max_check_rate_increase", "max_check_rate_increase_by_check", "alpha"})
    alpha = reader.rate(regression, ("regression", "alpha"))
    if alpha == 0:
        reader.error(("regression", "alpha"), "regression.alpha must be above 0 (1 = judge by the delta alone)")

    parity: dict[str, ParityPolicy] = {}
    parity_table = reader.table(top.get("parity", {}), ("parity",), set(VARIANTS))
    for variant, table in parity_table.items():
        if variant not in VARIANTS:
            continue
        where = ("parity", variant)
        table = reader.table(table, where, {*PARITY_FLOORS, "max_pass_rate_drop"})
        parity[variant] = ParityPolicy(**{key: reader.rate(table, where + (key,))
                                          for key in (*PARITY_FLOORS, "max_pass_rate_drop")})

    ship_table = reader.table(top.get("ship", {}), ("ship",), {"variants"})
    ship = ship_table.get("variants", list(VARIANTS))
    if not isinstance(ship, list) or not all(isinstance(v, str) for v in ship):
        reader.error(("ship", "variants"), "ship.variants must be a list of variant names")
        ship = []
    for variant in ship:
        if variant not in VARIANTS:
            reader.error(("ship", "variants"), f"unknown variant {variant!r} in ship.variants "
                                               f"(expected: {', '.join(VARIANTS)})")

    policy = GatePolicy(
        source=str(file), sha256=hashlib.sha256(raw).hexdigest(),
        min_pass_rate=reader.rate(floors, ("floors", "min_pass_rate")),
        max_check_rate=reader.check_rates(floors.get("max_check_rate", {}), ("floors", "max_check_rate")),
        max_pass_rate_drop=reader.rate(regression, ("regression", "max_pass_rate_drop")),
        max_check_rate_increase=reader.rate(regression, ("regression", "max_check_rate_increase")),
        max_check_rate_increase_by_check=reader.check_rates(
            regression.get("max_check_rate_increase_by_check", {}),
            ("regression", "max_check_rate_increase_by_check")),
        alpha=alpha if alpha else 0.05,
        parity=parity,
        ship=tuple(v for v in ship if v in VARIANTS),
    )
    if reader.errors:
        raise InputErrors(sorted(reader.errors, key=lambda e: e.line or 0))
    return policy
