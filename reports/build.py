"""From paths to a written report: the one entry point the CLI, the pytest
plugin and the pipeline share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.errors import UsageError
from harness.gating import gate_verdict
from harness.schemas import Verdict
from reports.html import ReportModel, build_report, write_report
from reports.sources import load_baseline, load_runs
from reports.strings import DEFAULT_LANG, LANGS


@dataclass(frozen=True)
class ReportRequest:
    runs: Sequence[Path]
    out: Path
    baseline: Path | None = None
    gates: Path | None = None  # gate file for the primary run (None: the bundled default policy)
    use_gates: bool = True  # False: no gates, no decision
    gate_report: Verdict | None = None  # already decided (plugin, pipeline): used as is
    parity: Path | None = None  # parity report of an ONNX primary run (default: found beside it)
    blocked_by: str | None = None  # a refusal after the gates (the pipeline's Transformers.js check)
    junit: Path | None = None
    ledger: Path | None = None
    primary: Path | None = None  # default: the first run
    title: str | None = None  # None: the report's title in lang
    lang: str = DEFAULT_LANG  # every human-facing word of the page: reports.strings.LANGS


@dataclass(frozen=True)
class MadeReport:
    path: Path
    model: ReportModel


def make_report(request: ReportRequest) -> MadeReport:
    if request.lang not in LANGS:
        raise UsageError(f"--lang {request.lang}: not a report language (use one of {', '.join(LANGS)})")
    runs = load_runs(list(request.runs))
    baseline = load_baseline(request.baseline) if request.baseline else None
    primary = runs[0]
    if request.primary is not None:
        wanted = Path(request.primary).resolve()
        primary = next((r for r in runs if r.path.resolve() == wanted), None)
        if primary is None:
            raise UsageError(f"{request.primary}: not among the runs of the report")
    report = request.gate_report
    if report is None and request.use_gates:
        report = gate_verdict(primary.path, baseline=request.baseline, gates=request.gates, parity=request.parity)
    checkpoints, training = [], None
    if request.ledger is not None:
        from reports.ledger import read_ledger

        checkpoints, training = read_ledger(request.ledger)
    model = build_report(runs, baseline, primary=primary, gates=report, blocked_by=request.blocked_by,
                         checkpoints=checkpoints, training=training, title=request.title, lang=request.lang)
    path = write_report(request.out, model)
    from reports.recipes import add_recipe_section  # an export's recipe chart (issue 15), when it tried some

    add_recipe_section(path, primary.path, request.lang)
    if request.junit is not None:
        if report is None:
            raise UsageError("--junit writes gate results: drop --no-gates")
        from reports.junit import write_junit

        write_junit(request.junit, report)
    return MadeReport(path, model)
