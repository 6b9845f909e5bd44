"""One verdict, every door: the demo's situation, where a checkpoint's torch
run fails a regression gate while its int8 variant passes its own gates.

Every door (``epicrisis gate``, the export's gate records, promotion, the
pipeline's decision, the pytest plugin, the JUnit file and the report's
headline) must say "blocked", naming the same failing gate with the same
figures; and the three gating doors must return identical results.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

import harness.gating  # noqa: F401  (kept loaded across pytester runs, see app/test_plugin.py)
import reports.build  # noqa: F401
from harness.atomic import write_atomic
from harness.config import Config
from harness.gatefile import load_policy
from harness.gating import gate_verdict
from harness.i18n import plain_gate
from harness.parity import compare_runs
from harness.schemas import Verdict
from tests import synthetic_runs as sr
from tests.export_fixtures import ENV

pytest_plugins = ["pytester"]
N = 35
BLOCKING = "checkpoint.regression.check_rate[REP001]"
GATES = """\
schema_version = 1
[floors]
min_pass_rate = 0.5
[regression]
max_pass_rate_drop = 0.30
max_check_rate_increase = 0.03
alpha = 0.05
[parity.int8]
min_verdict_agreement = 0.80
max_pass_rate_drop = 0.10
[ship]
variants = ["int8"]
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> SimpleNamespace:
    """The production baseline is clean; the checkpoint's torch run loops
    (REP001) in 8 of 35 records: 8 got worse, 0 better, p = 0.004; its int8
    copy loops in 3 of them: +8.6 pts but p = 0.125, so the int8 run's own
    regression gate passes as chance, and its parity with torch holds."""
    root = tmp_path_factory.mktemp("one-verdict")
    rows = sr.samples(N)
    sr.write_run(root / "baseline", rows, model="production", backend="onnx", variant="int8")
    export = root / "export"
    looping = range(0, 24, 3)  # 8 records
    sr.write_run(export / "runs" / "torch", sr.defective(rows, {i: sr.repeat_last_sentence for i in looping}),
                 model="candidate")
    sr.write_run(export / "runs" / "int8", sr.defective(rows, {i: sr.repeat_last_sentence for i in looping[:3]}),
                 backend="onnx", variant="int8", model="candidate")
    parity = compare_runs(export / "runs" / "torch", export / "runs" / "int8", Config(), teacher_forced=0)
    write_atomic(export / "parity" / "int8.json", parity.model_dump_json(indent=2) + "\n")
    gates = root / "gates.toml"
    gates.write_text(GATES, encoding="utf-8")
    return SimpleNamespace(root=root, export=export, run=export / "runs" / "int8", torch=export / "runs" / "torch",
                           baseline=root / "baseline", gates=gates)


def _figures(verdict: Verdict) -> list[tuple]:
    return [(r.gate, r.passed, r.current, r.baseline, r.delta, r.threshold, r.p_value, r.paired, r.explanation)
            for r in verdict.results]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harness.app.cli", *args], capture_output=True, text=True,
                          env=ENV, cwd=cwd)


def test_the_situation_is_the_demos(demo):
    """The int8 run passes every gate of its own; only its checkpoint's fail."""
    verdict = gate_verdict(demo.run, baseline=demo.baseline, gates=demo.gates)
    own = [r for r in verdict.results if not r.gate.startswith("checkpoint.")]
    assert own and all(r.passed for r in own)
    assert [r.gate for r in verdict.failures()] == [BLOCKING]
    blocking = verdict.failures()[0]
    assert blocking.paired == N and blocking.p_value == pytest.approx(0.5 ** 8)
    assert "records with REP001: 22.9% (baseline 0.0%), +22.9 pts; allowed +3.0 pts" in blocking.explanation
    assert verdict.checkpoint_run == str(demo.torch.resolve()) or Path(verdict.checkpoint_run) == demo.torch
    assert not verdict.passed


def test_every_door_says_blocked_with_the_same_gate_and_figures(demo, pytester, tmp_path):
    from export.pipeline import ExportRequest, _gate
    from export.promote import PromotionRefused, check_verdict
    from harness.app.pipeline import PipelineOutcome, _promote, subject_of

    expected = gate_verdict(demo.run, baseline=demo.baseline, gates=demo.gates)
    blocking = expected.failures()[0]

    # epicrisis gate: exit 1, the gate and its figures on stdout, gate.json the same verdict.
    gate_json = tmp_path / "gate.json"
    done = _cli("gate", str(demo.run), "--baseline", str(demo.baseline), "--gates", str(demo.gates),
                "--out", str(gate_json), "--lang", "en", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert f"FAIL  {BLOCKING} ({plain_gate(BLOCKING, 'en')}): {blocking.explanation}" in done.stdout
    assert "the run may NOT ship" in done.stdout
    cli_verdict = Verdict.model_validate_json(gate_json.read_text(encoding="utf-8"))

    # The export's gate record (what `epicrisis export` and the pipeline write).
    policy = load_policy(demo.gates)
    request = ExportRequest(checkpoint=demo.root / "checkpoint", out=demo.export, data=demo.root / "v.jsonl",
                            policy=policy, baseline=demo.baseline)
    export_verdict = _gate(request, demo.run, demo.export / "gates" / "int8.json")
    checkpoint_verdict = _gate(request, demo.torch, demo.export / "gates" / "checkpoint.json")

    # The three gating doors return identical results.
    assert _figures(cli_verdict) == _figures(export_verdict) == _figures(expected)

    # The pipeline's decision.
    exported = SimpleNamespace(record=SimpleNamespace(variants={"int8": None}),
                               reports={"checkpoint": checkpoint_verdict, "int8": export_verdict})
    assert subject_of(exported) == "int8"
    outcome = PipelineOutcome(demo.root)
    said: list[str] = []
    _promote(SimpleNamespace(), demo.root, outcome, "int8", exported, said.append)
    assert outcome.decision.startswith("blocked: int8 fails ")
    assert f"{BLOCKING}: {blocking.explanation}" in outcome.decision
    assert outcome.promoted is None

    # Promotion refuses from the gate records, even when export.json (stale or edited) lists int8.
    record = SimpleNamespace(variants={"int8": SimpleNamespace(gate="gates/int8.json", run="runs/int8")},
                             policy=str(demo.gates), policy_sha256=policy.sha256, baseline=str(demo.baseline),
                             promotable=["int8"])
    with pytest.raises(PromotionRefused) as refused:
        check_verdict(demo.export, record, "int8")
    assert f"{BLOCKING}: {blocking.explanation}" in str(refused.value)
    forged = export_verdict.model_copy(update={"passed": True, "results": []})
    write_atomic(demo.export / "gates" / "int8.json", forged.model_dump_json())
    with pytest.raises(PromotionRefused, match="fails its gates when judged again now") as refused:
        check_verdict(demo.export, record, "int8")
    assert BLOCKING in str(refused.value)

    # The pytest plugin: the same gate fails, with the same figures.
    pytester.makepyfile(test_unrelated="def test_unrelated():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--rootdir",
                                str(pytester.path), "--epicrisis-run", str(demo.run), "--epicrisis-baseline",
                                str(demo.baseline), "--epicrisis-gates", str(demo.gates))
    assert result.ret == 1
    assert result.parseoutcomes()["failed"] == 1
    result.stdout.fnmatch_lines([f"FAILED gates::{BLOCKING.replace('[', '?').replace(']', '?')}*"])
    assert blocking.explanation in result.stdout.str()

    # The JUnit file and the report's headline, through `epicrisis report`.
    junit, html = tmp_path / "gates.xml", tmp_path / "report.html"
    done = _cli("report", str(demo.run), str(demo.torch), "--baseline", str(demo.baseline), "--gates",
                str(demo.gates), "--out", str(html), "--junit", str(junit), "--lang", "en", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    suite = ET.parse(junit).getroot()
    assert suite.get("failures") == "1" and suite.get("tests") == str(len(expected.results))
    [failed] = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failed.get("name") == BLOCKING
    assert failed.find("failure").get("message") == blocking.explanation
    page = html.read_text(encoding="utf-8")
    assert "Do not promote" in page and "Promote onnx" not in page.split("</h2>")[1]
    assert f"{BLOCKING}: {blocking.explanation}".replace("<", "&lt;") in page
    assert f"{len(expected.results) - 1} of {len(expected.results)} gates pass" in page


def test_verdict_warns_when_the_test_cannot_see_the_allowed_change(demo):
    verdict = gate_verdict(demo.run, baseline=demo.baseline, gates=demo.gates)
    warning = next(w for w in verdict.warnings if not w.startswith("checkpoint:"))
    # 35 paired samples: at alpha 0.05 only 5 worse (14.3 pts) can block; +3 pts needs n >= 167.
    assert "with 35 paired samples" in warning and "at least 5 samples got worse (14.3 pts)" in warning
    assert "+3.0 pts needs n >= 167" in warning


def test_verdict_warns_on_runs_of_other_sizes_or_settings(demo, tmp_path):
    from harness.generation import GenerationConfig

    rows = sr.samples(20)
    sr.write_run(tmp_path / "small", rows, model="other", generation=GenerationConfig(max_new_tokens=128))
    verdict = gate_verdict(tmp_path / "small", baseline=demo.baseline, gates=demo.gates)
    assert any("20 records and the baseline 35" in w for w in verdict.warnings)
    assert any("max_new_tokens 384 -> 128" in w for w in verdict.warnings)


def test_an_onnx_run_without_its_torch_run_is_blocked(demo, tmp_path):
    lone = tmp_path / "runs" / "int8"
    sr.write_run(lone, sr.samples(N), backend="onnx", variant="int8", model="lone")
    verdict = gate_verdict(lone, baseline=demo.baseline, gates=demo.gates)
    failed = {r.gate for r in verdict.failures()}
    assert "checkpoint.found" in failed and "parity.int8.verdict_agreement" in failed


@pytest.mark.parametrize("text", ["", "# only a comment\n\n", "schema_version = 1\n"])
def test_a_gate_file_that_sets_no_gates_is_an_error(demo, tmp_path, text):
    gates = tmp_path / "gates.toml"
    gates.write_text(text, encoding="utf-8")
    done = _cli("gate", str(demo.run), "--gates", str(gates), cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert f"{gates}:1: the gate file sets no gates" in done.stderr
    assert "Traceback" not in done.stderr


def test_summary_lines_are_what_the_cli_prints(demo):
    verdict = gate_verdict(demo.run, baseline=demo.baseline, gates=demo.gates)
    assert verdict.summary() == f"1 of {len(verdict.results)} gates fail: {BLOCKING}"
    assert json.loads(verdict.model_dump_json())["checkpoint_run"]
