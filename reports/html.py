"""The HTML regression report: one self-contained file, rendered from run records.

jinja2 with autoescape on every template: model-written text (outputs,
inputs, sample ids, messages that quote the output) is escaped wherever it
lands. The page loads nothing: CSS and the small filter script are inline and
admitted by a Content-Security-Policy that names their hashes, so even a
missed escape could not run a script.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from harness.gating import CHECKPOINT
from harness.i18n import check_lang, check_topic, count, plain_gate
from harness.schemas import GateResult, Verdict
from reports import strings
from reports.advice import Advice, advise
from reports.drilldown import SampleView, sample_views, tidy_quote
from reports.history import History, build_history
from reports.movement import Movement, Parity, movements, parity_matrix, reference_run
from reports.outcome import OVERALL, Decision, decide, gate_figures, gate_subject
from reports.sources import Baseline, RunRecords
from reports.strings import DEFAULT_LANG, t
from reports.summary import ClinicalSummary, clinical_summary
from reports.svg import bins, histogram, interval_strip, strip_legend
from reports.trend import CheckpointPoint, Trend, build_trend

TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class ReportModel:
    title: str
    created: str
    runs: Sequence[RunRecords]
    primary: RunRecords
    reference: RunRecords
    baseline: Baseline | None
    overall: Movement
    checks: Sequence[Movement]
    gate_report: Verdict | None  # the primary run's verdict
    gate_status: dict[str, bool]  # subject (check id, pass, parity.<variant>) -> all its gates passed
    decision: Decision
    parity: Sequence[Parity]
    histograms: dict[str, Markup]  # variant label -> first-divergence histogram
    trend: Trend | None
    advice: Sequence[Advice]
    samples: Sequence[SampleView]
    failing_checks: Sequence[str]
    summary: ClinicalSummary
    history: History | None
    lang: str = DEFAULT_LANG


def build_report(runs: Sequence[RunRecords], baseline: Baseline | None = None, *,
                 primary: RunRecords | None = None, gates: Verdict | None = None,
                 blocked_by: str | None = None, checkpoints: Sequence[CheckpointPoint] = (),
                 training: dict | None = None, title: str | None = None,
                 lang: str = DEFAULT_LANG) -> ReportModel:
    """Everything the page shows, from records, in ``lang`` (``reports.strings.LANGS``).
    ``primary`` (default: the first run) is the run the decision is about; its
    samples form the drill-down."""
    check_lang(lang)
    primary = primary or runs[0]
    reference = reference_run(runs)
    overall, checks = movements(primary, baseline)
    results = gates.results if gates else []
    status: dict[str, bool] = {}
    for gate in results:
        subject = gate_subject(gate.gate)
        status[subject] = status.get(subject, True) and gate.passed
    matrix = parity_matrix(runs)
    histograms = {}
    for row in matrix:
        counts, edges = bins(list(row.first_divergence.values()))
        histograms[row.variant] = histogram(counts, edges, title=t("hist.title", lang, variant=row.variant),
                                            x_label=t("hist.x", lang), y_label=t("hist.y", lang)) \
            if counts else Markup("")
    failing = _failing_checks(checks, results, baseline)
    failing_parity = _failing_parity(matrix, results)
    by_check = {m.check: m for m in checks}
    history = build_history(primary, reference, runs, checkpoints)
    lines = {row.id: history.line(row, lang) for row in history.rows} if history else {}
    return ReportModel(
        title=title or t("title", lang), created=datetime.now(UTC).isoformat(timespec="seconds"),
        runs=runs, primary=primary, reference=reference, baseline=baseline, overall=overall,
        checks=checks, gate_report=gates, gate_status=status,
        decision=decide(primary.label, gates, blocked_by=blocked_by, lang=lang), parity=matrix,
        histograms=histograms, trend=build_trend(checkpoints, lang),
        advice=advise([by_check[c] for c in failing if c in by_check], failing_parity, primary, training, lang=lang),
        samples=sample_views(primary, reference, [r for r in runs if r is not reference], lang=lang,
                             history=lines),
        failing_checks=failing,
        summary=clinical_summary(primary, baseline, overall, checks, gates, blocked_by=blocked_by, lang=lang),
        history=history, lang=lang)


def _failing_checks(checks: Sequence[Movement], gates: Sequence[GateResult], baseline: Baseline | None) -> list[str]:
    """Checks a failed gate names; without gates, those that got significantly
    worse; without a baseline either, error checks that fired at all."""
    if gates:
        subjects = {gate_subject(g.gate) for g in gates if not g.passed}
        return sorted(s for s in subjects if s != OVERALL and s in {m.check for m in checks})
    if baseline is not None:
        return [m.check for m in checks if m.worse and m.significant]
    return [m.check for m in checks if m.severity == "error" and m.current.count]


def _failing_parity(matrix: Sequence[Parity], gates: Sequence[GateResult]) -> list[Parity]:
    if gates:
        failed = {gate_subject(g.gate) for g in gates if not g.passed}
        return [p for p in matrix if f"parity.{p.variant_name}" in failed]
    return [p for p in matrix if p.mcnemar.p_value < 0.05]


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["short"] = lambda v, n=12: (v or "")[:n]
    env.globals["gate_figures"] = gate_figures
    env.globals["plain_gate"] = plain_gate
    env.globals["check_topic"] = check_topic
    env.globals["breakable"] = breakable
    return env


_CHECK_GATES = ("floor.max_check_rate[", "regression.check_rate[")
_FINDING = re.compile(r"\b([A-Z]{3}\d{3}): (?:(?!; [A-Z]{3}\d{3}: ).)*")


def worst_why(gate: str, why: str, text: str, lang: str) -> str:
    """Why a sample counts against ``gate``, in ``lang``, or "" when that cannot
    be said without mixing languages (the policy of the CLI's gate lines):
    harness.gates words it in English around the checks' Spanish messages,
    except for a check's gates (the message alone) and the failing-records gate."""
    gate = gate.removeprefix(CHECKPOINT)
    if lang == "es":
        return tidy_quote(why, text) if gate.startswith(_CHECK_GATES) or gate == "regression.pass_rate" else ""
    if gate.startswith(_CHECK_GATES):
        return ""  # the Spanish message of the check the gate names: the gate says which
    return _FINDING.sub(lambda m: f"{m[1]} ({check_topic(m[1], 'en')})", why)


def _text_of(model: ReportModel, sample_id: str) -> str:
    for run in (model.primary, model.reference):
        if sample_id in run.by_id:
            return run.by_id[sample_id].text
    return ""


def breakable(gate: str) -> Markup:
    """A gate id that may wrap after its dots and before its bracket, never inside a word."""
    return Markup("<wbr>").join(escape(gate).replace("[", "\0[").replace(".", ".\0").split("\0"))


def disagrees(m: Movement) -> bool:
    """The Δ interval and p tell different stories: one excludes zero, the other is not below alpha."""
    if m.delta_low is None or m.delta_high is None or m.p_value is None:
        return False
    return (m.delta_low > 0 or m.delta_high < 0) != m.significant


def _test_name(m: Movement, lang: str, short: bool = False) -> str:
    if m.p_value is None:
        return t("test.none", lang)
    if m.test.startswith("exact McNemar"):
        return t("test.mcnemar_short" if short else "test.mcnemar", lang, n=m.test.rsplit("=", 1)[-1])
    return t("test.fisher_short" if short else "test.fisher", lang)


def _generation_summary(g, lang: str) -> str:
    mode = t("gen.sample", lang, t=g.temperature, p=g.top_p, seed=g.seed) if g.do_sample else t("gen.greedy", lang)
    return t("gen.summary", lang, mode=mode, max=g.max_new_tokens, rp=g.repetition_penalty,
             nr=g.no_repeat_ngram_size, batch=g.batch_size)


def render_html(model: ReportModel) -> str:
    env = _environment()
    lang = model.lang
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    csp = (f"default-src 'none'; img-src data:; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
           "base-uri 'none'; form-action 'none'")
    words = {
        "t": lambda key, **values: t(key, lang, **values),
        "pct": lambda v: strings.pct(v, lang),
        "pp": lambda v: strings.pp(v, lang),
        "p": lambda v: strings.p_value(v, lang),
        "num": lambda v, fmt: strings.number(v, fmt, lang),
        "sev": lambda s: t(f"severity.{s}", lang) if s in ("error", "warning", "preview") else s,
        "gen": lambda g: _generation_summary(g, lang),
        "test_name": lambda m: _test_name(m, lang),
        "test_short": lambda m: _test_name(m, lang, short=True),
        "disagrees": disagrees,
        "strip": lambda m: interval_strip(m.current.rate, m.current.low, m.current.high,
                                          baseline=m.baseline.rate if m.baseline else None,
                                          percent=lambda v: strings.pct(v, lang)),
        "warnings_count": lambda n: count("gate.warnings", n, lang),
        "why": lambda gate, w: worst_why(gate, w.why, _text_of(model, w.id), lang),
        "anchor_of": {view.id: view.anchor for view in model.samples}.get,
        "legend": strip_legend(t("strip.now", lang), t("strip.interval", lang), t("strip.baseline", lang)),
    }
    return env.get_template("report.html.j2").render(
        r=model, css=Markup(css), script=Markup(script), csp=csp, lang=lang, **words)


def write_report(path: str | Path, model: ReportModel) -> Path:
    from harness.atomic import write_atomic

    target = Path(path)
    write_atomic(target, render_html(model))
    return target
