"""Gate results and the verdict built from them.

``gate.json`` (``VERDICT_FILE``, written by ``epicrisis gate`` and beside
every exported variant) holds a :class:`Verdict`. The gates themselves live in
``harness.gates``; the one function that decides, in ``harness.gating``.

A :class:`GateReport` (one run's own gates) and a :class:`Verdict` (those
plus its checkpoint's) say the same things about the run, so they share their
fields. They are split in two parts because a verdict names its checkpoint's
run between them (``checkpoint_run`` after ``variant``, where the files have
always had it): pydantic orders fields by the reversed MRO, so listing the
part that comes last in the file first among the bases puts it last.
"""

from __future__ import annotations

from typing import Literal

from harness.schemas.base import SCHEMA_VERSION, Record

VERDICT_FILE = "gate.json"  # what `epicrisis gate RUN` writes in RUN by default


class WorstSample(Record):
    id: str
    why: str
    excerpt: str


class GateResult(Record):
    gate: str
    passed: bool
    current: float | None
    baseline: float | None = None
    delta: float | None = None
    threshold: float | None = None
    comparison: Literal[">=", "<=", "in"]
    p_value: float | None = None
    paired: int | None = None  # samples matched between the runs
    explanation: str
    worst: list[WorstSample] = []


class _JudgedRun(Record):
    """Which run was judged: the head of the file."""

    schema_version: Literal[1] = SCHEMA_VERSION
    created: str
    run: str
    run_key: str
    backend: str
    variant: str


class _Judgement(Record):
    """Against which baseline, under which policy, and what came of it."""

    baseline: str | None
    baseline_run_key: str | None
    policy: str
    policy_sha256: str
    passed: bool
    results: list[GateResult]

    def failures(self) -> list[GateResult]:
        return [r for r in self.results if not r.passed]


class GateReport(_Judgement, _JudgedRun):
    """One run's own gates (``harness.gates.evaluate_gates``)."""


class _CheckpointRun(_JudgedRun):
    checkpoint_run: str | None = None  # an ONNX variant's torch run, whose gates count too


class Verdict(_Judgement, _CheckpointRun):
    """The decision about one run, with every gate that went into it: its
    own, then its checkpoint's (named ``checkpoint.<gate>``)."""

    warnings: list[str] = []

    def reasons(self) -> list[str]:
        """One line per failing gate: its name and its figures."""
        return [f"{r.gate}: {r.explanation}" for r in self.failures()]

    def summary(self) -> str:
        failed = self.failures()
        if not failed:
            return f"all {len(self.results)} gates pass"
        return f"{len(failed)} of {len(self.results)} gates fail: " + ", ".join(r.gate for r in failed)
