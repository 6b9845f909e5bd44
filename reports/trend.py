"""The checkpoint trend: pass rate, per-check rates and eval loss by training step,
drawn from the training ledger's scored checkpoints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from harness.schemas import Proportion
from reports.strings import DEFAULT_LANG, t
from reports.svg import Series, line_chart


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
    run_dir: str | None = None  # the checkpoint's scored run: per-sample verdicts for the history


@dataclass(frozen=True, slots=True)
class Trend:
    points: tuple[CheckpointPoint, ...]
    pass_chart: Markup
    checks_chart: Markup
    loss_chart: Markup
    drawn: tuple[str, ...] = ()  # checks drawn in checks_chart: every one that fired at some checkpoint
    never: tuple[str, ...] = ()  # checks that fired at no checkpoint, named under the chart

    @property
    def best(self) -> CheckpointPoint | None:
        return next((p for p in self.points if p.best), None)


def build_trend(points: Sequence[CheckpointPoint], lang: str = DEFAULT_LANG) -> Trend | None:
    if not points:
        return None
    decimal = "," if lang == "es" else "."
    points = tuple(sorted(points, key=lambda p: p.step))
    steps = [p.step for p in points]
    scored = [p.passed for p in points]
    lines = [Series(t("trend.torch", lang), [s.rate if s else None for s in scored],
                    [s.low if s else None for s in scored], [s.high if s else None for s in scored])]
    if any(p.onnx_pass_rate is not None for p in points):
        lines.append(Series(t("trend.onnx", lang), [p.onnx_pass_rate for p in points], dashed=True))
    pass_chart = line_chart(steps, lines, title=t("trend.pass", lang), x_label=t("trend.step", lang),
                            y_label=t("trend.passing", lang), decimal=decimal)
    known = sorted({c for p in points for c in p.check_rates})
    drawn = [c for c in known if any(p.check_rates.get(c) for p in points)]  # never fired: a flat zero, named instead
    checks_chart = line_chart(steps, [Series(c, [p.check_rates.get(c) for p in points]) for c in drawn],
                              title=t("trend.checks", lang), x_label=t("trend.step", lang),
                              y_label=t("trend.with_finding", lang), decimal=decimal)
    losses = [Series(t("trend.train_loss", lang), [p.loss for p in points]),
              Series(t("trend.eval_loss", lang), [p.eval_loss for p in points], dashed=True)]
    has_loss = any(v is not None for s in losses for v in s.ys)
    loss_chart = line_chart(steps, losses, title=t("trend.loss", lang), x_label=t("trend.step", lang),
                            y_label=t("trend.loss_axis", lang), y_max=None, percent=False,
                            decimal=decimal) if has_loss else Markup("")
    return Trend(points, pass_chart, checks_chart, loss_chart, tuple(drawn),
                 tuple(c for c in known if c not in drawn))
