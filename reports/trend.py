"""The checkpoint trend: pass rate, per-check rates and eval loss by training step,
drawn from the training ledger's scored checkpoints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from harness.schemas import Proportion
from reports.svg import Series, line_chart

MAX_CHECK_LINES = 8  # the checks that moved most; more lines stop being readable


@dataclass(frozen=True, slots=True)
class CheckpointPoint:
    step: int
    loss: float | None
    eval_loss: float | None
    passed: Proportion | None  # None: the checkpoint's evaluation failed
    check_rates: Mapping[str, float]
    best: bool = False
    note: str = ""  # e.g. why its evaluation failed
    onnx_pass_rate: float | None = None  # the checkpoint exported to ONNX fp32 and scored (--score-onnx)
    onnx_text_match: float | None = None  # identical text, ONNX fp32 vs torch
    onnx_agreement: float | None = None  # same pass/fail verdict, ONNX fp32 vs torch


@dataclass(frozen=True, slots=True)
class Trend:
    points: tuple[CheckpointPoint, ...]
    pass_chart: Markup
    checks_chart: Markup
    loss_chart: Markup

    @property
    def best(self) -> CheckpointPoint | None:
        return next((p for p in self.points if p.best), None)


def build_trend(points: Sequence[CheckpointPoint]) -> Trend | None:
    if not points:
        return None
    points = tuple(sorted(points, key=lambda p: p.step))
    steps = [p.step for p in points]
    scored = [p.passed for p in points]
    lines = [Series("torch (95% CI)", [s.rate if s else None for s in scored],
                    [s.low if s else None for s in scored], [s.high if s else None for s in scored])]
    if any(p.onnx_pass_rate is not None for p in points):
        lines.append(Series("ONNX fp32", [p.onnx_pass_rate for p in points], dashed=True))
    pass_chart = line_chart(steps, lines, title="Pass rate by checkpoint", x_label="training step",
                            y_label="samples passing")
    checks = sorted({c for p in points for c, rate in p.check_rates.items() if rate})  # never fired: a flat zero
    def spread(check: str) -> float:
        values = [p.check_rates.get(check, 0.0) for p in points]
        return max(values) - min(values) + max(values) * 1e-3
    shown = sorted(checks, key=spread, reverse=True)[:MAX_CHECK_LINES]
    checks_chart = line_chart(steps, [Series(c, [p.check_rates.get(c) for p in points]) for c in sorted(shown)],
                              title="Share of samples with a finding, by check", x_label="training step",
                              y_label="samples with finding")
    losses = [Series("train loss", [p.loss for p in points]),
              Series("eval loss", [p.eval_loss for p in points], dashed=True)]
    has_loss = any(v is not None for s in losses for v in s.ys)
    loss_chart = line_chart(steps, losses, title="Loss by checkpoint", x_label="training step",
                            y_label="loss", y_max=None, percent=False) if has_loss else Markup("")
    return Trend(points, pass_chart, checks_chart, loss_chart)
