"""The pytest plugin as users run it (pytester): one item per gate, failures that
name the regressed rule with its figures, inert without its options."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import harness.baseline  # noqa: F401  (see below)
import reports.build
import harness.gating  # noqa: F401
import reports.junit  # noqa: F401
from harness.atomic import write_atomic
from harness.config import Config
from harness.parity import compare_runs
from tests import ROOT
from tests import synthetic_runs as sr

pytest_plugins = ["pytester"]
# pytester drops the modules an in-process run imported when the run ends: the
# imports above (and scipy.stats, which the paired gate test loads) keep the
# plugin's dependencies loaded, so each run does not import them again.
pytest.importorskip("scipy.stats")

N = 24
# Installed, the entry point loads the plugin; from a checkout not yet reinstalled, load it by name.
PLUGIN = [] if any(e.name == "epicrisis" for e in entry_points(group="pytest11")) else ["-p", "harness.app.pytest_plugin"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """A baseline; a candidate equal to it; one whose outputs loop (REP001) in a
    third of the samples; an int8 export layout whose verdicts flip against its torch run."""
    root = tmp_path_factory.mktemp("plugin-runs")
    rows = sr.samples(N)
    sr.write_run(root / "baseline", rows, model="prod")
    sr.write_run(root / "good", rows, model="candidate")
    sr.write_run(root / "looping", sr.defective(rows, {i: sr.repeat_last_sentence for i in range(0, N, 3)}),
                 model="looping")
    export = root / "export"
    sr.write_run(export / "runs" / "torch", rows, model="exported")
    sr.write_run(export / "runs" / "int8", sr.defective(rows, {i: sr.no_prefix for i in range(0, N, 4)}),
                 backend="onnx", variant="int8", model="exported")
    report = compare_runs(export / "runs" / "torch", export / "runs" / "int8", Config(), teacher_forced=0)
    write_atomic(export / "parity" / "int8.json", report.model_dump_json(indent=2))
    return {"root": root, "baseline": root / "baseline", "good": root / "good", "looping": root / "looping",
            "int8": export / "runs" / "int8"}


@pytest.fixture
def tests_dir(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(test_unrelated="def test_unrelated():\n    assert True\n")
    return pytester


# --rootdir: pytest would otherwise root the session at the common folder of the
# cwd and the run paths (it takes any existing path among the arguments). The
# hypothesis plugin's summary re-imports its statistics module in every run.
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-ra")


def run(pytester: pytest.Pytester, *args) -> pytest.RunResult:
    return pytester.runpytest(*PLUGIN, *QUIET, "--rootdir", str(pytester.path), *map(str, args))


def gate_ids(result: pytest.RunResult) -> set[str]:
    return {line.split(" ")[0] for line in result.outlines if line.startswith("gates::")}


def test_registered_as_pytest11_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"epicrisis": "harness.app.pytest_plugin"}


def test_inert_without_its_options(tests_dir):
    result = run(tests_dir)
    result.assert_outcomes(passed=1)
    assert "gates::" not in result.stdout.str()
    # Loading the plugin imports nothing heavy: every pytest session in the environment pays for it.
    code = ("import sys, harness.app.pytest_plugin; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reports', 'scipy', 'torch', 'jinja2') "
            "or m in ('harness.gates', 'harness.runs')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert loaded.stdout.strip() == "[]"


def test_one_item_per_gate_named_as_the_gate(tests_dir, runs):
    result = run(tests_dir, "--epicrisis-run", runs["good"], "--epicrisis-baseline", runs["baseline"],
                 "--collect-only", "-q")
    ids = gate_ids(result)
    assert {"gates::floor.pass_rate", "gates::floor.max_check_rate[REP001]", "gates::regression.pass_rate",
            "gates::regression.check_rate[REP001]", "gates::regression.check_rate[HAL001]"} <= ids
    assert not any("test_unrelated" in line for line in result.outlines)  # no paths given: gates only


def test_run_equal_to_baseline_passes_every_gate(tests_dir, runs):
    result = run(tests_dir, "--epicrisis-run", runs["good"], "--epicrisis-baseline", runs["baseline"], "-rA")
    outcomes = result.parseoutcomes()
    assert result.ret == 0 and outcomes["passed"] >= 15 and "failed" not in outcomes
    result.stdout.fnmatch_lines(["PASSED gates::regression.check_rate?REP001?"])


def test_regression_fails_naming_the_rule_with_figures_and_samples(tests_dir, runs):
    result = run(tests_dir, "--epicrisis-run", runs["looping"], "--epicrisis-baseline", runs["baseline"],
                 "test_unrelated.py")
    assert result.ret == 1
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 4  # REP001's ceiling and regression; the pass rate's floor and regression
    result.stdout.fnmatch_lines([
        "FAILED gates::floor.pass_rate*",
        "FAILED gates::floor.max_check_rate?REP001?*",
        "FAILED gates::regression.pass_rate*",
        "FAILED gates::regression.check_rate?REP001?*",
    ])
    text = result.stdout.str()
    assert "REP001 repetition: 8 of 24 records (33.3%); allowed <= 5.0%" in text
    assert "current 0.3333; baseline 0; delta +0.3333; threshold <= 0.03; p 0.0039" in text
    assert "worst samples:" in text and "s0000: Texto repetitivo" in text
    assert "test_unrelated.py ." in text  # a named path runs beside the gates


def test_k_selects_a_checks_gates(tests_dir, runs):
    result = run(tests_dir, "--epicrisis-run", runs["looping"], "--epicrisis-baseline", runs["baseline"],
                 "-k", "REP001")
    result.assert_outcomes(failed=2, deselected=result.parseoutcomes()["deselected"])


def test_parity_gates_of_an_onnx_run(tests_dir, runs):
    result = run(tests_dir, "--epicrisis-run", runs["int8"], "-rA")
    result.stdout.fnmatch_lines([
        "PASSED gates::ship.variant",
        "FAILED gates::parity.int8.verdict_agreement*",
    ])
    text = result.stdout.str()
    assert "int8 vs torch: same pass/fail verdict in 18/24: 75.0%; needs >= 90.0%" in text
    assert "verdict differs from torch: torch passes, this variant fails: FMT001" in text


def test_report_written_at_session_end(tests_dir, runs, tmp_path):
    target = tmp_path / "gates.html"
    result = run(tests_dir, "--epicrisis-run", runs["int8"], "--epicrisis-report", target)
    result.stdout.fnmatch_lines([f"epicrisis: wrote {target}"])
    html = target.read_text(encoding="utf-8")
    assert "parity.int8.verdict_agreement" in html and "No promover onnx int8" in html  # Spanish by default
    assert "Paridad de las versiones frente a torch fp32" in html  # the torch run was found through the parity report


def test_update_baseline_only_when_the_gates_pass(tests_dir, runs, tmp_path):
    target = tmp_path / "baseline"
    first = run(tests_dir, "--epicrisis-run", runs["good"], "--epicrisis-baseline", target,
                "--epicrisis-update-baseline")
    assert first.ret == 0
    first.stdout.fnmatch_lines([f"epicrisis: baseline {target} updated from {runs['good']}"])
    info = json.loads((target / "baseline.json").read_text(encoding="utf-8"))
    assert info["current"]["source_run"] == str(runs["good"].resolve()) and info["current"]["gate_passed"]
    worse = run(tests_dir, "--epicrisis-run", runs["looping"], "--epicrisis-baseline", target,
                "--epicrisis-update-baseline")
    assert worse.ret == 1
    worse.stdout.fnmatch_lines(["epicrisis: baseline not updated: * failed 4 gate(s)*"])
    info = json.loads((target / "baseline.json").read_text(encoding="utf-8"))
    assert info["current"]["source_run"] == str(runs["good"].resolve())


def test_bad_gate_file_is_a_collection_error(tests_dir, runs):
    gates = tests_dir.path / "gates.toml"
    gates.write_text("schema_version = 1\n[floors]\nmin_pass_rate = 7\n", encoding="utf-8")
    result = run(tests_dir, "--epicrisis-run", runs["good"], "--epicrisis-gates", gates)
    assert result.ret == pytest.ExitCode.INTERRUPTED  # 2
    result.stdout.fnmatch_lines(["*ERROR collecting gates*",
                                 f"epicrisis: {gates}:3: floors.min_pass_rate = 7 is outside [[]0, 1]*"])


def test_options_without_a_run_are_a_usage_error(tests_dir):
    result = run(tests_dir, "--epicrisis-report", "x.html")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --epicrisis-report need(s) --epicrisis-run RUN_DIR"])


def test_as_a_subprocess(tests_dir, runs):
    """The same as a CI job runs it: a fresh interpreter, the plugin from its entry point."""
    result = tests_dir.runpytest_subprocess(*PLUGIN, "--epicrisis-run", str(runs["looping"]),
                                            "--epicrisis-baseline", str(runs["baseline"]), *QUIET,
                                            "--rootdir", str(tests_dir.path))
    assert result.ret == 1
    result.stdout.fnmatch_lines(["FAILED gates::regression.check_rate?REP001?*", "*4 failed, * passed*"])


def test_gate_ids_do_not_depend_on_where_pytest_runs(runs, tmp_path):
    """Run from a folder beside the run, without --rootdir: pytest takes the
    run's path for a test path and roots the session at the common parent,
    yet the ids read gates::<gate>, dots kept, as from anywhere else."""
    elsewhere = tmp_path / "ci"
    elsewhere.mkdir()
    ids = []
    for cwd in (elsewhere, runs["good"].parent):
        run_path = os.path.relpath(runs["good"], cwd)  # as a user types it: ../../plugin-runs0/good, good
        done = subprocess.run([sys.executable, "-m", "pytest", *PLUGIN, *QUIET, "-v", "--epicrisis-run", run_path,
                               "-k", "pass_rate"], cwd=cwd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        ids.append(sorted(line.split(" ")[0] for line in done.stdout.splitlines() if " PASSED" in line))
    assert ids[0] == ids[1] == ["gates::floor.pass_rate"]
