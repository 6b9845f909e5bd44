"""The promotion decision as the report states it, and what each gate is about.

The gates judge (``harness.gating``: one verdict for every door); this module
only reads the :class:`~harness.schemas.Verdict`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from harness.gating import CHECKPOINT
from harness.schemas import GateResult, Verdict

OVERALL = "pass"
_CHECK_GATE = re.compile(r"^(?:floor\.max_check_rate|regression\.check_rate)\[([A-Z]{3}\d{3})\]$")


def gate_subject(name: str) -> str:
    """What a gate is about: a check id, ``pass`` (the pass rate),
    ``parity.<variant>`` or the gate's first word (``ship``). The gates of an
    ONNX variant's checkpoint (``checkpoint.<gate>``) are about the same subjects."""
    name = name.removeprefix(CHECKPOINT)
    found = _CHECK_GATE.match(name)
    if found:
        return found.group(1)
    if name in ("floor.pass_rate", "regression.pass_rate"):
        return OVERALL
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "parity" else parts[0]


def threshold_text(result: GateResult) -> str:
    if result.threshold is None:
        return result.comparison if result.comparison == "in" else ""
    return f"{result.comparison} {result.threshold:g}"


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Literal["promote", "block", "no gates"]
    subject: str | None  # the run (variant) the decision is about
    reasons: tuple[str, ...] = field(default=())

    @property
    def headline(self) -> str:
        if self.verdict == "promote":
            return f"Promote {self.subject}"
        if self.verdict == "block":
            return f"Do not promote {self.subject}" if self.subject else "Do not promote"
        return "No gates evaluated"


def decide(run_label: str, report: Verdict | None, *, blocked_by: str | None = None) -> Decision:
    """The verdict as the report states it: promote when every gate passed,
    otherwise block and give each failing gate with its figures.
    ``blocked_by``: a refusal after the gates (the Transformers.js check)."""
    if report is None or not report.results:
        return Decision("no gates", run_label, ("no gate file was given: nothing decides promotion",))
    failed = report.failures()
    if not failed and blocked_by is None:
        against = f" against {report.baseline}" if report.baseline else " (no baseline: regression gates not run)"
        return Decision("promote", run_label, (f"all {len(report.results)} gates pass{against}",))
    reasons = tuple(report.reasons()) + ((blocked_by,) if blocked_by else ())
    return Decision("block", run_label, reasons)
