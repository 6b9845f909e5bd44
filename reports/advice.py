"""What to do about a failing check, tied to the figures that made it fail.

The remedies are the fine-tuning guide's troubleshooting (repetition ->
``repetition_penalty`` / ``no_repeat_ngram_size``; format not followed -> more
epochs or a higher learning rate; out of memory -> a smaller batch), extended
to the checks the guide does not cover; each says which source it comes from.
The words are in ``reports.strings``, in the report's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reports.movement import Movement, Parity
from reports.sources import RunRecords
from reports.strings import DEFAULT_LANG, p_value, pct, pp, t

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


def _figures(m: Movement, lang: str) -> str:
    now = m.current
    interval = f"{pct(now.rate, lang)} [{pct(now.low, lang)}, {pct(now.high, lang)}]"
    text = t("advice.fired", lang, check=m.check, count=now.count, total=now.total, interval=interval)
    if m.baseline is not None and m.delta is not None:
        text += t("advice.vs", lang, base=pct(m.baseline.rate, lang), delta=pp(m.delta, lang),
                  low=pp(m.delta_low, lang), high=pp(m.delta_high, lang), p=p_value(m.p_value, lang))
    return text


def check_advice(m: Movement, run: RunRecords, training: dict | None = None, lang: str = DEFAULT_LANG) -> Advice:
    figures = _figures(m, lang)
    gen = run.manifest.generation
    stopped = run.scorecard.speed.stopped_by_eos
    length_share = None if stopped.rate is None else 1 - stopped.rate
    guide = t("advice.guide", lang)
    if m.check == "REP001":
        return Advice(m.check, t("advice.rep.problem", lang),
                      figures + t("advice.rep.figures", lang, rp=gen.repetition_penalty, nr=gen.no_repeat_ngram_size,
                                  cut=pct(length_share, lang), max=gen.max_new_tokens),
                      t("advice.rep.remedy", lang), guide)
    if m.check in FORMAT_CHECKS or m.check == "FMT003":
        extra = ""
        if m.check == "FMT003":
            words = run.scorecard.words
            extra = t("advice.format.words", lang, median=words.median, p10=words.p10, p90=words.p90,
                      lo=words.range[0], hi=words.range[1], cut=pct(length_share, lang), max=gen.max_new_tokens)
        if training:
            extra += t("advice.format.training", lang, settings=", ".join(f"{k}={v}" for k, v in training.items()))
        remedy = t("advice.format.remedy", lang)
        if m.check == "FMT003" and length_share and length_share > 0.2:
            remedy += t("advice.format.length", lang)
        return Advice(m.check, t("advice.format.problem", lang), figures + extra, remedy, guide)
    if m.check in GROUNDING_CHECKS:
        return Advice(m.check, t("advice.grounding.problem", lang), figures, t("advice.grounding.remedy", lang),
                      HARNESS)
    if m.check == "HAR001":
        return Advice(m.check, t("advice.crash.problem", lang), figures, t("advice.crash.remedy", lang), HARNESS)
    return Advice(m.check, t("advice.other.problem", lang), figures, t("advice.other.remedy", lang), HARNESS)


def parity_advice(p: Parity, lang: str = DEFAULT_LANG) -> Advice:
    positions = sorted(p.first_divergence.values())
    median = positions[len(positions) // 2] if positions else t("na", lang)
    figures = t("advice.parity.figures", lang, variant=p.variant, reference=p.reference,
                text=pct(p.text_match.rate, lang), agree=pct(p.pass_agreement.rate, lang),
                p=p_value(p.mcnemar.p_value, lang), median=median)
    return Advice(f"parity.{p.variant}", t("advice.parity.problem", lang), figures, t("advice.parity.remedy", lang),
                  HARNESS)


def oom_advice(training: dict, lang: str = DEFAULT_LANG) -> Advice | None:
    retries = training.get("oom_retries")
    if not retries:
        return None
    return Advice("training", t("advice.oom.problem", lang),
                  t("advice.oom.figures", lang, n=retries, batch=training.get("batch_size"),
                    accum=training.get("grad_accum")),
                  t("advice.oom.remedy", lang), t("advice.guide", lang))


def advise(failing: Sequence[Movement], failing_parity: Sequence[Parity], run: RunRecords,
           training: dict | None = None, *, lang: str = DEFAULT_LANG) -> list[Advice]:
    out = [check_advice(m, run, training, lang) for m in failing]
    out += [parity_advice(p, lang) for p in failing_parity]
    if training:
        oom = oom_advice(training, lang)
        if oom:
            out.append(oom)
    return out
