"""--update-baseline: a candidate worse than the baseline by more than the
allowed change is refused even when the paired test calls it chance, and
repeated small steps cannot drift the baseline unseen (the chain is recorded)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from harness.baseline import BaselineRefused, read_info, update_baseline
from harness.gatefile import load_policy
from harness.gating import gate_verdict
from tests import synthetic_runs as sr
from tests.export_fixtures import ENV

N = 35
GATES = """\
schema_version = 1
[floors]
min_pass_rate = 0.5
[regression]
max_pass_rate_drop = 0.10
max_check_rate_increase = 0.03
alpha = 0.05
"""


@pytest.fixture
def setup(tmp_path):
    rows = sr.samples(N)
    gates = tmp_path / "gates.toml"
    gates.write_text(GATES, encoding="utf-8")

    def run(name: str, looping: list[int]):
        sr.write_run(tmp_path / name, sr.defective(rows, {i: sr.repeat_last_sentence for i in looping}), model=name)
        return tmp_path / name

    baseline = tmp_path / "baseline"
    policy = load_policy(gates)
    first = run("first", [])
    update_baseline(first, baseline, gate_verdict(first, gates=policy), policy=policy)
    return tmp_path, run, baseline, policy, gates


def test_worse_beyond_the_allowed_change_is_refused_even_when_not_significant(setup):
    _, run, baseline, policy, _ = setup
    candidate = run("two-loops", [3, 7])  # REP001 +5.7 pts, 2 worse / 0 better: p = 0.25, the gate passes
    verdict = gate_verdict(candidate, baseline=baseline, gates=policy)
    assert verdict.passed
    with pytest.raises(BaselineRefused, match=r"regression.check_rate\[REP001\]: records with REP001: 5.7%"):
        update_baseline(candidate, baseline, verdict, policy=policy)
    assert read_info(baseline).current.source_run.endswith("first")  # unchanged
    info = update_baseline(candidate, baseline, verdict, policy=policy, force=True, reason="accepted by the committee")
    assert info.current.forced and info.current.chain_start and info.current.reason == "accepted by the committee"


def test_small_steps_cannot_drift_the_baseline_unseen(setup):
    _, run, baseline, policy, _ = setup
    step1 = run("step1", [3])  # +2.9 pts: within the allowed +3 pts
    update_baseline(step1, baseline, gate_verdict(step1, baseline=baseline, gates=policy), policy=policy)
    step2 = run("step2", [3, 7])  # +2.9 pts against step1, +5.7 since the chain started
    verdict = gate_verdict(step2, baseline=baseline, gates=policy)
    assert verdict.passed and not [r for r in verdict.results if r.delta and r.delta > r.threshold]
    with pytest.raises(BaselineRefused, match=r"REP001 drifted \+5.7 pts \(0.0% -> 5.7%\) since the chain of "
                                              r"baselines started at .*first .* over 2 update\(s\)"):
        update_baseline(step2, baseline, verdict, policy=policy)
    info = read_info(baseline)
    assert [e.source_run.rsplit("/", 1)[-1] for e in (info.current, *info.history)] == ["step1", "first"]
    assert info.current.rates["REP001"] == pytest.approx(1 / N) and not info.current.chain_start


def test_the_cli_refuses_with_exit_1_and_the_reason(setup):
    root, run, baseline, _, gates = setup
    candidate = run("two-loops", [3, 7])
    done = subprocess.run([sys.executable, "-m", "harness.app.cli", "gate", str(candidate), "--baseline",
                           str(baseline), "--gates", str(gates), "--update-baseline"],
                          capture_output=True, text=True, env=ENV, cwd=root)
    assert done.returncode == 1, done.stderr
    assert "baseline" in done.stderr and "NOT updated" in done.stderr and "REP001" in done.stderr
    assert "Traceback" not in done.stderr
    forced = subprocess.run([sys.executable, "-m", "harness.app.cli", "gate", str(candidate), "--baseline",
                             str(baseline), "--gates", str(gates), "--update-baseline", "--force", "--reason", "ok"],
                            capture_output=True, text=True, env=ENV, cwd=root)
    assert forced.returncode == 0, forced.stderr
    assert "forced: ok" in forced.stderr
