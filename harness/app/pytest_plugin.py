"""pytest plugin: the gates of a stored run as test items, for CI.

    pytest --epicrisis-run RUN_DIR [--epicrisis-baseline B] [--epicrisis-gates gates.toml]
           [--epicrisis-parity PARITY.json] [--epicrisis-report report.html]
           [--epicrisis-update-baseline]

collects one item per gate of the run's verdict (``harness.gating.gate_verdict``,
the function every door calls), ``gates::<gate name>`` (``gates::floor.pass_rate``,
``gates::regression.check_rate[COD005]``, ``gates::parity.int8.verdict_agreement``,
and for an ONNX run its checkpoint's ``gates::checkpoint.regression.check_rate[REP001]``):
the names ``epicrisis gate`` prints, so ``-k COD005`` selects a check's gates.
The verdict's warnings are printed in the terminal summary.
A failing item shows the gate's explanation, current vs baseline, the
threshold and the worst samples. With no test paths on the command line,
``--epicrisis-run`` runs the gates alone (neither ``testpaths`` nor the
current folder is collected); name paths to run tests beside them.

``--epicrisis-update-baseline`` (as syrupy's ``--snapshot-update``) makes the
run the new baseline at the end of the session, only when all its gates
passed. ``--epicrisis-report`` writes the HTML report at the end.

Registered under the ``pytest11`` entry point, so it loads in every pytest
session of an environment where the package is installed: without
``--epicrisis-run`` it does nothing, and it imports nothing but pytest until
asked (gates and reports are imported inside the hooks).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

_STATE = pytest.StashKey[dict[str, Any]]()
_OPTIONS = ("epicrisis_baseline", "epicrisis_gates", "epicrisis_parity", "epicrisis_report",
            "epicrisis_update_baseline")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("epicrisis", "epicrisis quality gates")
    group.addoption("--epicrisis-run", metavar="RUN_DIR", default=None,
                    help="run directory (written by `epicrisis eval`) whose gates become test items")
    group.addoption("--epicrisis-baseline", metavar="BASELINE", default=None,
                    help="baseline folder, run directory or scorecard.json to compare with")
    group.addoption("--epicrisis-gates", metavar="TOML", default=None,
                    help="gate file (default: the policy bundled with epicrisis-harness)")
    group.addoption("--epicrisis-parity", metavar="JSON", default=None,
                    help="parity report of an ONNX run (default: found beside the run)")
    group.addoption("--epicrisis-report", metavar="HTML", default=None,
                    help="write the HTML regression report here at the end of the session")
    group.addoption("--epicrisis-update-baseline", action="store_true", default=False,
                    help="make the run the new baseline when all its gates pass")


def _active(config: pytest.Config) -> bool:
    return config.getoption("epicrisis_run") is not None


def pytest_configure(config: pytest.Config) -> None:
    if not _active(config):
        given = [name for name in _OPTIONS if config.getoption(name)]
        if given:
            flags = ", ".join("--" + name.replace("_", "-") for name in given)
            raise pytest.UsageError(f"{flags} need(s) --epicrisis-run RUN_DIR")
        return
    if config.getoption("epicrisis_update_baseline") and not config.getoption("epicrisis_baseline"):
        raise pytest.UsageError("--epicrisis-update-baseline needs --epicrisis-baseline PATH (the folder to write)")
    config.addinivalue_line("markers", "epicrisis_gate: a quality gate of an epicrisis run")
    config.stash[_STATE] = {}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With no test paths on the command line, ``--epicrisis-run`` means the
    gates alone: neither ``testpaths`` nor the current folder is collected."""
    if _active(config) and not config.getoption("file_or_dir"):
        return True
    return None


class GateFailed(Exception):
    """Raised by a gate item whose gate failed; the item renders it."""


class GateCollector(pytest.Collector):
    """The gates of the run, as ``gates::<gate name>`` in the working
    directory. pytest shows a node id relative to where it runs, and picks
    its rootdir before this plugin loads, counting the value of
    ``--epicrisis-run`` as a test path: a run outside the working directory
    moves rootdir up, and ids placed at rootdir read ``../gates::...``. The
    gates are no file, so their node sits where pytest was started and reads
    ``gates::floor.pass_rate`` wherever that is."""

    def collect(self) -> list[pytest.Item]:
        report = self.config.stash[_STATE]["report"]
        return [GateItem.from_parent(self, name=result.gate, result=result) for result in report.results]


class GateItem(pytest.Item):
    def __init__(self, *, result: Any, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.result = result
        self.add_marker("epicrisis_gate")

    def runtest(self) -> None:
        if not self.result.passed:
            raise GateFailed(self.result.gate)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, GateFailed):
            from reports.junit import failure_text

            return failure_text(self.result)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        # The domain heads a failure's section. pytest writes a domain that ends
        # the node id with its dots as "::" (a class path), which would show
        # floor.pass_rate as floor::pass_rate: this one is no suffix of the id.
        return self.path, None, f"epicrisis gate {self.name}"


def _gate_report(config: pytest.Config):
    from harness.gating import gate_verdict

    baseline = config.getoption("epicrisis_baseline")
    if baseline and config.getoption("epicrisis_update_baseline") and not Path(baseline).exists():
        baseline = None  # the first baseline: only the floors and parity can be judged
    return gate_verdict(config.getoption("epicrisis_run"), baseline=baseline,
                    gates=config.getoption("epicrisis_gates"), parity=config.getoption("epicrisis_parity"))


@pytest.hookimpl(tryfirst=True)  # before -k/-m deselection, which runs in this hook too
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _active(config):
        return
    from harness.errors import UsageError

    here = Path(os.path.relpath(config.invocation_params.dir, config.rootpath))
    collector = GateCollector.from_parent(session, name="gates", nodeid=(here / "gates").as_posix(),
                                          path=config.invocation_params.dir / "gates")
    try:
        config.stash[_STATE]["report"] = _gate_report(config)
    except UsageError as exc:
        # A collection error: pytest lists it under ERRORS and exits 2 (interrupted).
        session.ihook.pytest_collectreport(report=pytest.CollectReport(
            collector.nodeid, "failed", f"epicrisis: {exc}", []))
        return
    items.extend(collector.collect())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if not _active(config) or "report" not in config.stash[_STATE]:
        return
    state = config.stash[_STATE]
    report = state["report"]
    if config.getoption("epicrisis_update_baseline"):
        state["baseline_note"] = _update_baseline(config, report)
    target = config.getoption("epicrisis_report")
    if target:
        from harness.errors import UsageError
        from reports.build import ReportRequest, make_report

        run = Path(config.getoption("epicrisis_run"))
        runs = [run]
        if report.checkpoint_run is not None:  # the torch run: parity matrix and side-by-side diffs
            runs.append(Path(report.checkpoint_run))
        baseline = config.getoption("epicrisis_baseline")
        try:
            made = make_report(ReportRequest(runs=runs, out=Path(target), gate_report=report,
                                             baseline=Path(baseline) if baseline and Path(baseline).exists() else None))
            state["report_note"] = f"epicrisis: wrote {made.path}"
        except UsageError as exc:
            state["report_note"] = f"epicrisis: report not written: {exc}"


def _update_baseline(config: pytest.Config, report: Any) -> str:
    from harness.baseline import update_baseline
    from harness.errors import UsageError

    target = config.getoption("epicrisis_baseline")
    try:
        from harness.gatefile import load_policy

        update_baseline(config.getoption("epicrisis_run"), target, report,
                        policy=load_policy(config.getoption("epicrisis_gates")))
    except UsageError as exc:
        return f"epicrisis: baseline not updated: {exc}"
    return f"epicrisis: baseline {target} updated from {config.getoption('epicrisis_run')}"


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not _active(config):
        return
    state = config.stash[_STATE]
    if "report" in state:
        for warning in state["report"].warnings:
            terminalreporter.write_line(f"epicrisis warning: {warning}")
    for key in ("baseline_note", "report_note"):
        if key in state:
            terminalreporter.write_line(state[key])
