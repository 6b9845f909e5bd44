"""The promotion decision as the report states it, and what each gate is about.

The gates judge (``harness.gating``: one verdict for every door); this module
only reads the :class:`~harness.schemas.Verdict`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from harness.gating import CHECKPOINT
from harness.i18n import plain_gate
from harness.schemas import GateResult, Verdict
from reports.strings import DEFAULT_LANG, p_value, pct, pp, t

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
    """The threshold as the gate file writes it (JUnit, engineers' logs): ``<= 0.05``."""
    if result.threshold is None:
        return result.comparison if result.comparison == "in" else ""
    return f"{result.comparison} {result.threshold:g}"


def _is_change(result: GateResult) -> tuple[bool, bool]:
    """(its threshold is a change in points, its current value is one too)."""
    name = result.gate.removeprefix(CHECKPOINT)
    drop = name.startswith("parity.") and name.endswith(".pass_rate_drop")
    return name.startswith("regression.") or drop, drop


@dataclass(frozen=True, slots=True)
class GateFigures:
    """A gate's figures in one unit, percent: rates in %, changes in points."""

    current: str
    baseline: str
    delta: str
    threshold: str
    p: str


def gate_figures(result: GateResult, lang: str = DEFAULT_LANG) -> GateFigures:
    change, current_is_change = _is_change(result)
    shown = pp if current_is_change else pct
    current = "" if result.current is None else shown(result.current, lang)
    baseline = "" if result.baseline is None else pct(result.baseline, lang)
    delta = "" if result.delta is None else pp(result.delta, lang)
    if result.comparison == "in":
        threshold = t("gates.in", lang)
    elif result.threshold is None:
        threshold = ""
    else:
        sign = {"<=": "≤", ">=": "≥"}[result.comparison]
        threshold = f"{sign}\u00a0{(pp if change else pct)(result.threshold, lang)}"
    p = "" if result.p_value is None else p_value(result.p_value, lang) + (
        f" ({t('gates.paired', lang, n=result.paired)})" if result.paired else "")
    return GateFigures(current, baseline, delta, threshold, p)


def plain_reason(result: GateResult, lang: str = DEFAULT_LANG) -> str:
    """A failing gate for a reader of ``lang``: its id, what it catches, its figures."""
    if lang == "en":
        return f"{result.gate}: {result.explanation}"
    figures = gate_figures(result, lang)
    shown = ", ".join(x for x in (figures.current and f"{t('col.current', lang)} {figures.current}",
                                  figures.baseline and f"{t('col.baseline', lang)} {figures.baseline}",
                                  figures.threshold and f"{t('col.threshold', lang)} {figures.threshold}") if x)
    return f"{result.gate}: {plain_gate(result.gate, lang)}" + (f" ({shown})" if shown else "")


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Literal["promote", "block", "no gates"]
    subject: str | None  # the run (variant) the decision is about
    reasons: tuple[str, ...] = field(default=())
    lang: str = DEFAULT_LANG

    @property
    def headline(self) -> str:
        if self.verdict == "promote":
            return t("decision.promote", self.lang, subject=self.subject)
        if self.verdict == "block":
            return t("decision.block", self.lang, subject=self.subject) if self.subject \
                else t("decision.block_alone", self.lang)
        return t("decision.no_gates", self.lang)


def decide(run_label: str, report: Verdict | None, *, blocked_by: str | None = None,
           lang: str = DEFAULT_LANG) -> Decision:
    """The verdict as the report states it: promote when every gate passed,
    otherwise block and give each failing gate with its figures.
    ``blocked_by``: a refusal after the gates (the Transformers.js check)."""
    if report is None or not report.results:
        return Decision("no gates", run_label, (t("decision.no_gate_file", lang),), lang)
    failed = report.failures()
    if not failed and blocked_by is None:
        against = t("decision.against", lang, baseline=report.baseline) if report.baseline \
            else t("decision.no_baseline", lang)
        return Decision("promote", run_label, (t("decision.all_pass", lang, n=len(report.results), against=against),),
                        lang)
    # The refusal after the gates is the pipeline's English text: a Spanish page says that it happened.
    after = (blocked_by if lang == "en" else t("summary.blocked_by", lang),) if blocked_by else ()
    reasons = tuple(plain_reason(r, lang) for r in failed) + after
    return Decision("block", run_label, reasons, lang)
