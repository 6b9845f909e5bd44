"""Gates on runs whose outputs we choose: the bundled dataset's reference
epicrisis (every check passes) and copies broken in known ways, so each gate
must pass or fail for a reason we know, and say so."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from training.data.generator import bundled_paths
from harness.config import Config
from harness.errors import InputErrors, UsageError
from harness.evaluate import score_run
from harness.gatefile import DEFAULT_POLICY, load_policy
from harness.gates import (
    CheckRateCeiling,
    FailRateRegression,
    PassRateFloor,
    evaluate_gates,
)
from harness.generation import GenerationConfig
from harness.parity import compare_runs
from harness.runs import OutputCache, RunDir, now
from harness.schemas import DataInfo, ModelInfo, OutputRecord, PromptInfo, RunManifest
from harness.verdicts import RunEvidence
from tests.export_fixtures import ENV, EPICRISIS

DATASET = bundled_paths()[0]
N = 40


@pytest.fixture(scope="module")
def samples() -> list[dict]:
    rows = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines()[:N]]
    return [{"id": str(i), **row} for i, row in enumerate(rows, start=1)]


def no_ingresa(text: str) -> str:
    return "Paciente i" + text[1:]  # "Paciente ingresa por ...": FMT001 only


def bold_start(text: str) -> str:
    return "**" + text[:7] + "**" + text[7:]  # "**Ingresa** por ...": FMT001 and FMT002


def make_run(path: Path, samples: list[dict], texts: list[str], *, backend: str = "torch",
             variant: str = "fp32", config: Config | None = None) -> Path:
    """A scored run directory with the given outputs, as eval would write it."""
    key = hashlib.sha256(f"{path.name}{backend}{variant}{texts}".encode()).hexdigest()
    manifest = RunManifest(
        key=key, created=now(), model=ModelInfo(path=str(path / "no-model"), fingerprint=key, files={}),
        backend=backend, variant=variant,
        prompt=PromptInfo(system="s", user_turn="u", template="t", hash="h"), generation=GenerationConfig(),
        packages={}, git_revision=None, python="3.11", machine="test",
        data=DataInfo(path=str(DATASET), sha256="0" * 64, limit=None, sample_ids=[s["id"] for s in samples]))
    run = RunDir(path)
    run.write_manifest(manifest)
    with OutputCache(run.outputs_path(key), key) as cache:
        for sample, text in zip(samples, texts):
            ids = [ord(c) for c in text[:40]]
            cache.append(OutputRecord(
                key=key, id=sample["id"], instruction=sample["instruction"], input=sample["input"],
                reference=sample["output"], prompt_sha256=hashlib.sha256(json.dumps(sample["input"]).encode()).hexdigest(),
                text=text, token_ids=ids, margins=[1.0] * len(ids), prompt_tokens=50, finish_reason="eos",
                seconds=0.1, batch_seconds=0.1, batch_size=1))
    score_run(run, manifest, config or Config(), jobs=1)
    return path


def texts(samples: list[dict], broken: int = 0, breaker=no_ingresa) -> list[str]:
    return [breaker(s["output"]) if i < broken else s["output"] for i, s in enumerate(samples)]


def policy_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gates.toml"
    path.write_text("schema_version = 1\n" + text, encoding="utf-8")
    return path


def test_floors_say_current_threshold_and_worst_samples(samples, tmp_path):
    run = RunEvidence.load(make_run(tmp_path / "run", samples, texts(samples, broken=6)))
    floor = PassRateFloor(0.9)
    result = floor.evaluate(run, None)
    assert not result.passed and result.current == pytest.approx(34 / 40) and result.threshold == 0.9
    assert result.explanation.startswith("85.0% of 40 records pass [95% CI ")
    assert "needs >= 90.0%" in result.explanation
    assert [w.id for w in result.worst] == ["1", "2", "3"] and "FMT001" in result.worst[0].why
    assert result.worst[0].excerpt.startswith("Paciente ingresa por")
    assert floor.fails(run, None) == result.explanation
    assert PassRateFloor(0.8).fails(run, None) is None

    ceiling = CheckRateCeiling("FMT001", 0.02).evaluate(run, None)
    assert not ceiling.passed and ceiling.current == pytest.approx(0.15)
    assert "FMT001 starts-with-ingresa-por: 6 of 40 records (15.0%); allowed <= 2.0%" in ceiling.explanation
    assert CheckRateCeiling("FMT002", 0.0).fails(run, None) is None


def test_regression_fails_only_when_the_paired_test_says_it_is_not_chance(samples, tmp_path):
    baseline = RunEvidence.load(make_run(tmp_path / "base", samples, texts(samples)))
    worse = RunEvidence.load(make_run(tmp_path / "worse", samples, texts(samples, broken=6)))
    result = FailRateRegression(0.03, 0.05).evaluate(worse, baseline)
    assert not result.passed and result.delta == pytest.approx(0.15) and result.paired == 40
    assert result.p_value == pytest.approx(0.5 ** 6)  # six got worse, none better
    assert "paired on 40 samples: 6 got worse, 0 better, one-sided exact McNemar p=0.0156 < alpha=0.05" \
        in result.explanation
    assert "records failing: 15.0% (baseline 0.0%), +15.0 pts; allowed +3.0 pts" in result.explanation
    assert {w.id for w in result.worst} == {"1", "2", "3"}

    slightly = RunEvidence.load(make_run(tmp_path / "slightly", samples, texts(samples, broken=2)))
    chance = FailRateRegression(0.03, 0.05).evaluate(slightly, baseline)
    assert chance.passed and chance.p_value == pytest.approx(0.25) and "(the rise may be chance)" in chance.explanation
    assert FailRateRegression(0.03, 1.0).fails(slightly, baseline)  # alpha 1: the delta alone decides
    assert FailRateRegression(0.05, 0.05).fails(slightly, baseline) is None  # within the allowed delta

    # A bare scorecard has no per-sample verdicts: no pairing, the delta decides.
    bare = RunEvidence.load(tmp_path / "base" / "scorecard.json")
    unpaired = FailRateRegression(0.03, 0.05).evaluate(slightly, bare)
    assert not unpaired.passed and unpaired.paired is None and "judged by the delta alone" in unpaired.explanation

    # Samples pair only when the same id has the same input.
    changed = [dict(s, input={**s["input"], "servicio": "Otro"}) if i < 20 else s for i, s in enumerate(samples)]
    moved = RunEvidence.load(make_run(tmp_path / "moved", changed, texts(changed, broken=6)))
    assert FailRateRegression(0.03, 0.05).evaluate(moved, baseline).paired == 20


def test_a_broken_quantized_variant_is_blocked_by_its_parity_gates(samples, tmp_path):
    torch_run = make_run(tmp_path / "torch", samples, texts(samples))
    garbage = make_run(tmp_path / "int8", samples, texts(samples, broken=30, breaker=bold_start),
                       backend="onnx", variant="int8")
    same = make_run(tmp_path / "fp32", samples, texts(samples), backend="onnx", variant="fp32")
    policy = load_policy(DEFAULT_POLICY)
    torch_evidence = RunEvidence.load(torch_run)

    parity = compare_runs(torch_run, garbage, Config(), teacher_forced=0)
    report = evaluate_gates(policy, RunEvidence.load(garbage).with_parity(parity, torch_evidence), None)
    failed = {r.gate: r for r in report.failures()}
    assert not report.passed
    assert set(failed) >= {"parity.int8.verdict_agreement", "parity.int8.check_agreement",
                           "parity.int8.pass_rate_drop", "floor.pass_rate", "floor.max_check_rate[FMT002]"}
    agreement = failed["parity.int8.verdict_agreement"]
    assert agreement.current == pytest.approx(10 / 40)
    assert "int8 vs torch: same pass/fail verdict in 10/40: 25.0%; needs >= 90.0%" in agreement.explanation
    assert agreement.worst[0].why.startswith("verdict differs from torch: torch passes, this variant fails: FMT001")
    assert failed["parity.int8.pass_rate_drop"].current == pytest.approx(0.75)
    assert "lowest per-check agreement is FMT00" in failed["parity.int8.check_agreement"].explanation
    assert "ship.variant" not in failed  # int8 may ship; it is its parity that blocks it

    fp32 = evaluate_gates(policy, RunEvidence.load(same).with_parity(
        compare_runs(torch_run, same, Config(), teacher_forced=0), torch_evidence), None)
    assert [r.gate for r in fp32.failures()] == ["ship.variant"]  # identical text; fp32 is not in ship
    assert "variant fp32 is not among the variants that may ship (int8, int4)" in fp32.results[-1].explanation
    with pytest.raises(UsageError, match="the parity report compares run"):
        RunEvidence.load(same).with_parity(parity)


def test_runs_scored_with_different_rules_are_not_compared(samples, tmp_path):
    baseline = RunEvidence.load(make_run(tmp_path / "base", samples, texts(samples), config=Config(select=("FMT",))))
    current = RunEvidence.load(make_run(tmp_path / "cur", samples, texts(samples)))
    with pytest.raises(UsageError, match="scored with different rules"):
        evaluate_gates(load_policy(DEFAULT_POLICY), current, baseline)


def test_a_gate_file_reports_every_problem_with_its_line(tmp_path):
    from harness.variants import VARIANTS  # every recipe name (issue 15)

    path = policy_file(tmp_path, (
        "[floors]\nmin_pass_rate = 1.5\n[floors.max_check_rate]\nFMT999 = 0.1\nFMT001 = \"low\"\n"
        "[regression]\nalpha = 0\nmax_drop = 0.1\n[parity.int16]\n[ship]\nvariants = [\"int8\", \"bf16\"]\n"))
    with pytest.raises(InputErrors) as caught:
        load_policy(path)
    messages = [str(e) for e in caught.value.errors]
    assert messages == [
        f"{path}:3: floors.min_pass_rate = 1.5 is outside [0, 1] (rates are fractions: 0.02 = 2%)",
        f"{path}:5: unknown check 'FMT999' in floors.max_check_rate (see `epicrisis checks`)",
        f"{path}:6: floors.max_check_rate.FMT001 must be a number between 0 and 1, not 'low'",
        f"{path}:8: regression.alpha must be above 0 (1 = judge by the delta alone)",
        (f"{path}:9: unknown key 'regression.max_drop' (expected one of: alpha, max_check_rate_increase, "
         "max_check_rate_increase_by_check, max_pass_rate_drop)"),
        f"{path}:10: unknown key 'parity.int16' (expected one of: {', '.join(sorted(VARIANTS))})",
        f"{path}:12: unknown variant 'bf16' in ship.variants (expected: {', '.join(VARIANTS)})",
    ]
    broken = policy_file(tmp_path, "[floors]\nmin_pass_rate = = 0.5\n")
    with pytest.raises(UsageError, match=rf"{broken}:3: invalid TOML"):
        load_policy(broken)
    default = load_policy()
    assert default.ship == ("int8", "int4") and default.parity["fp32"].min_text_match == 0.9
    assert default.check_increase_limit("HAL001") == 0.02 and default.check_increase_limit("FMT003") == 0.03


def gate_cli(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EPICRISIS, "gate", "--lang", "en", *map(str, args)], check=False, capture_output=True, text=True, env=ENV,
                          cwd=cwd, timeout=120)


def test_gate_cli_exit_status_and_baseline_updates(samples, tmp_path):
    good = make_run(tmp_path / "good", samples, texts(samples))
    worse = make_run(tmp_path / "worse", samples, texts(samples, broken=6))
    gates = policy_file(tmp_path, "[floors]\nmin_pass_rate = 0.8\n[regression]\nmax_pass_rate_drop = 0.03\n")
    baseline = tmp_path / "baselines" / "production"

    missing = gate_cli(good, "--baseline", baseline, "--gates", gates, cwd=tmp_path)
    assert missing.returncode == 2 and "baseline not found" in missing.stderr and not missing.stdout
    first = gate_cli(good, "--baseline", baseline, "--gates", gates, "--update-baseline", cwd=tmp_path)
    assert first.returncode == 0 and f"baseline {baseline} is now {good} (its gates passed)" in first.stderr
    assert "(no baseline: regression gates not run)" in first.stdout

    refused = gate_cli(worse, "--baseline", baseline, "--gates", gates, "--update-baseline", cwd=tmp_path)
    assert refused.returncode == 1 and "NOT updated" in refused.stderr
    assert "FAIL  regression.pass_rate (more summaries with errors than the production model): records failing: 15.0% (baseline 0.0%), +15.0 pts" in refused.stdout
    assert "PASS  floor.pass_rate (fewer summaries without errors than the required minimum): 85.0% of 40 records pass" in refused.stdout
    assert "sample 1: FMT001 starts-with-ingresa-por" in refused.stdout  # English: the check, not its message
    assert json.loads((worse / "gate.json").read_text())["passed"] is False
    assert json.loads((baseline / "baseline.json").read_text())["current"]["source_run"] == str(good.resolve())

    no_reason = gate_cli(worse, "--baseline", baseline, "--gates", gates, "--update-baseline", "--force", cwd=tmp_path)
    assert no_reason.returncode == 2 and "--force needs --reason" in no_reason.stderr
    forced = gate_cli(worse, "--baseline", baseline, "--gates", gates, "--update-baseline", "--force",
                      "--reason", "FMT001 regla cambiada por el comité", cwd=tmp_path)
    assert forced.returncode == 1 and "forced: FMT001 regla cambiada por el comité" in forced.stderr
    info = json.loads((baseline / "baseline.json").read_text())
    assert info["current"]["forced"] and info["current"]["reason"] == "FMT001 regla cambiada por el comité"
    assert info["history"][0]["source_run"] == str(good.resolve()) and not info["history"][0]["forced"]
    # The baseline is a run copy: it is gated (and rescored) like any run.
    again = gate_cli(worse, "--baseline", baseline, "--gates", gates, cwd=tmp_path)
    assert again.returncode == 0 and "PASS  regression.pass_rate" in again.stdout

    bad = policy_file(tmp_path, "[floors]\nmin_pass_rate = 2\n")
    located = gate_cli(good, "--gates", bad, cwd=tmp_path)
    assert located.returncode == 2 and located.stderr.startswith(f"{bad}:3: floors.min_pass_rate = 2")


def test_gate_files_keep_their_key_order():
    """A verdict and a gate report share their fields through one base; the
    files keep the order they were always written in (``checkpoint_run``
    right after ``variant``), so a diff of two gate.json files stays readable."""
    from harness.schemas import GateReport, Verdict

    head = ["schema_version", "created", "run", "run_key", "backend", "variant"]
    tail = ["baseline", "baseline_run_key", "policy", "policy_sha256", "passed", "results"]
    assert list(GateReport.model_fields) == head + tail
    assert list(Verdict.model_fields) == head + ["checkpoint_run"] + tail + ["warnings"]
