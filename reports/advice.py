"""What to do about a failing check, tied to the figures that made it fail.

The remedies are the fine-tuning guide's troubleshooting (repetition ->
``repetition_penalty`` / ``no_repeat_ngram_size``; format not followed -> more
epochs or a higher learning rate; out of memory -> a smaller batch), extended
to the checks the guide does not cover; each says which source it comes from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harness.figures import pct, pct_interval, pts
from reports.movement import Movement, Parity
from reports.sources import RunRecords

GUIDE = "the guide's troubleshooting"
HARNESS = "epicrisis-harness"

FORMAT_CHECKS = ("FMT001", "FMT002", "COD001", "COD003")
GROUNDING_CHECKS = ("COD002", "COD004", "COD005", "HAL001", "HAL002", "DEM001")


@dataclass(frozen=True, slots=True)
class Advice:
    subject: str  # a check id, "parity.<variant>" or "training"
    problem: str
    figures: str
    remedy: str
    source: str


def _figures(m: Movement) -> str:
    now = m.current
    text = f"{m.check} fired on {now.count} of {now.total} samples ({pct_interval(now)})"
    if m.baseline is not None and m.delta is not None:
        text += (f"; baseline {pct(m.baseline.rate)}, Δ {pts(m.delta)} "
                 f"[{m.delta_low * 100:+.1f}, {m.delta_high * 100:+.1f}], p={m.p_value:.3g}")
    return text


def check_advice(m: Movement, run: RunRecords, training: dict | None = None) -> Advice:
    figures = _figures(m)
    gen = run.manifest.generation
    stopped = run.scorecard.speed.stopped_by_eos
    length_share = None if stopped.rate is None else 1 - stopped.rate
    if m.check == "REP001":
        return Advice(m.check, "repetitive text", f"{figures}; generated with repetition_penalty="
                      f"{gen.repetition_penalty}, no_repeat_ngram_size={gen.no_repeat_ngram_size}; "
                      f"{pct(length_share)} of outputs cut at max_new_tokens={gen.max_new_tokens}",
                      "Raise repetition_penalty (1.1–1.2) or set no_repeat_ngram_size (3–4) for generation "
                      "(`epicrisis eval --repetition-penalty 1.15 --no-repeat-ngram-size 4`) and score again.",
                      GUIDE)
    if m.check in FORMAT_CHECKS or m.check == "FMT003":
        extra = ""
        if m.check == "FMT003":
            words = run.scorecard.words
            extra = (f"; words median {words.median}, p10 {words.p10}, p90 {words.p90} "
                     f"(allowed {words.range[0]}–{words.range[1]}); {pct(length_share)} cut at "
                     f"max_new_tokens={gen.max_new_tokens}")
        if training:
            extra += "; training: " + ", ".join(f"{k}={v}" for k, v in training.items())
        remedy = "Train more epochs or with a higher learning rate: the model does not follow the format yet."
        if m.check == "FMT003" and length_share and length_share > 0.2:
            remedy += " Many outputs reach max_new_tokens: raise it, or fix repetition first."
        return Advice(m.check, "format not followed", figures + extra, remedy, GUIDE)
    if m.check in GROUNDING_CHECKS:
        return Advice(m.check, "writes what the input does not contain", figures,
                      "Train more epochs on the same data and make sure the references pass the checklist "
                      "(`epicrisis data prepare --check`); a larger base model invents less.", HARNESS)
    if m.check == "HAR001":
        return Advice(m.check, "a check crashed", figures,
                      "A harness bug, not a model problem: file an issue with the finding's message.", HARNESS)
    return Advice(m.check, "more findings than the baseline", figures,
                  "Read this check's samples below and the training records behind them.", HARNESS)


def parity_advice(p: Parity) -> Advice:
    positions = sorted(p.first_divergence.values())
    median = positions[len(positions) // 2] if positions else None
    figures = (f"{p.variant} vs {p.reference}: identical text {pct(p.text_match.rate)}, "
               f"pass/fail agreement {pct(p.pass_agreement.rate)}, McNemar p={p.mcnemar.p_value:.3g}, "
               f"median first divergence at token {median}")
    return Advice(f"parity.{p.variant}", "quantization changes what the model writes", figures,
                  "Ship the fp32 or int8 variant instead, or quantize int4 with a smaller block size "
                  "or another accuracy level and measure again.", HARNESS)


def oom_advice(training: dict) -> Advice | None:
    retries = training.get("oom_retries")
    if not retries:
        return None
    return Advice("training", "out of memory",
                  f"{retries} out-of-memory retries; final batch {training.get('batch_size')} × "
                  f"accumulation {training.get('grad_accum')}",
                  "Use a smaller batch (and more gradient accumulation for the same effective batch).", GUIDE)


def advise(failing: Sequence[Movement], failing_parity: Sequence[Parity], run: RunRecords,
           training: dict | None = None) -> list[Advice]:
    out = [check_advice(m, run, training) for m in failing]
    out += [parity_advice(p) for p in failing_parity]
    if training:
        oom = oom_advice(training)
        if oom:
            out.append(oom)
    return out
