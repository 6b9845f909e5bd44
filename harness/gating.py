"""The one verdict: may this run ship? Every door asks here.

``epicrisis gate``, ``epicrisis export``, ``epicrisis promote``, the pipeline,
the pytest plugin, the JUnit file and the report all call :func:`gate_verdict`
(or read the :class:`Verdict` it wrote), so the same run gets the same
decision, the same failing gates and the same figures whichever door it came
in by.

A candidate's verdict is the conjunction of every gate that applies to it:

- its own gates (floors, regression against the baseline; for an ONNX
  variant also parity with the torch run of its checkpoint and the ship list);
- for an ONNX variant, the gates of its checkpoint's torch run (the run the
  parity report compares with), under the same policy and baseline: a
  quantized copy of a checkpoint that regressed may not ship either. Those
  results are named ``checkpoint.<gate>``.

The parity report and the torch run are found one way, here: the report
given explicitly, else ``OUT/parity/<variant>.json`` beside ``OUT/runs/<variant>``
(where ``epicrisis export`` writes it), else ``compare-*-vs-<run>.json`` beside
the run (where ``epicrisis compare`` writes it); a candidate counts only when
its ``run_b`` is this very run (same cache key).
"""

from __future__ import annotations

import math
from pathlib import Path

from harness.errors import UsageError
from harness.figures import pts
from harness.gatefile import GatePolicy, load_policy
from harness.gates import evaluate_gates
from harness.runs import RunDir, now, read_json_model
from harness.schemas import GateResult, ParityReport, Verdict
from harness.verdicts import RunEvidence

CHECKPOINT = "checkpoint."  # prefix of the gates of an ONNX variant's checkpoint (its torch run)


def parity_candidates(run_dir: Path, variant: str) -> list[Path]:
    run_dir = run_dir.resolve()
    found = [run_dir.parent.parent / "parity" / f"{variant}.json"]
    found += sorted(run_dir.parent.glob(f"compare-*-vs-{run_dir.name}.json"))
    return [p for p in found if p.is_file()]


def find_parity(run_dir: Path) -> ParityReport | None:
    manifest = RunDir(run_dir).read_manifest()
    for path in parity_candidates(run_dir, manifest.variant):
        report = read_json_model(path, ParityReport)
        if report.run_b.key == manifest.key:
            return report
    return None


def load_evidence(run: str | Path, parity: str | Path | None = None) -> RunEvidence:
    """A run's evidence for the gates; for an ONNX run with per-sample records,
    its parity report and the torch run that report compares with."""
    evidence = RunEvidence.load(run)
    if evidence.scorecard.backend != "onnx" or evidence.samples is None:
        if parity is not None:
            raise UsageError(f"--parity applies to an ONNX run with its records; {run} is "
                             f"{evidence.scorecard.backend}" + ("" if evidence.samples is not None else
                                                                " (a bare scorecard)"))
        return evidence
    report = read_json_model(Path(parity), ParityReport) if parity else find_parity(Path(run))
    if report is None:
        return evidence  # the parity gates then fail and say how to make the report
    reference_dir = Path(report.run_a.path)
    reference = RunEvidence.load(reference_dir) if (reference_dir / "run.json").is_file() else None
    try:
        return evidence.with_parity(report, reference)
    except UsageError as exc:  # a report about another run: named by its file, as every input error is
        raise UsageError(f"{parity or run}: {exc}") from None


def gate_verdict(run: str | Path, *, baseline: str | Path | None = None,
                 gates: str | Path | GatePolicy | None = None, parity: str | Path | None = None) -> Verdict:
    """The verdict on ``run`` against ``baseline`` under the gate file ``gates``
    (a path, a loaded policy, or None for the bundled default policy)."""
    policy = gates if isinstance(gates, GatePolicy) else load_policy(gates)
    if baseline is not None and not Path(baseline).exists():
        raise UsageError(f"{baseline}: baseline not found (a baseline folder, a run directory or a scorecard.json)")
    current = load_evidence(run, parity)
    base = RunEvidence.load(baseline) if baseline is not None else None
    own = evaluate_gates(policy, current, base)
    results = list(own.results)
    warnings = comparison_warnings(policy, current, base)
    checkpoint_run = None
    if current.scorecard.backend == "onnx":
        reference = current.reference
        if reference is None:
            results.append(GateResult(
                gate=CHECKPOINT + "found", passed=False, current=None, comparison="in",
                explanation="the torch run of this variant's checkpoint was not found (no parity report names "
                            "it): the checkpoint's own gates cannot be judged"))
        else:
            checkpoint_run = reference.source
            checkpoint = evaluate_gates(policy, reference, base)
            results += [r.model_copy(update={"gate": CHECKPOINT + r.gate}) for r in checkpoint.results]
            warnings += [f"checkpoint: {w}" for w in comparison_warnings(policy, reference, base)]
    return Verdict(
        created=now(), run=own.run, run_key=own.run_key, backend=own.backend, variant=own.variant,
        checkpoint_run=checkpoint_run, baseline=own.baseline, baseline_run_key=own.baseline_run_key,
        policy=own.policy, policy_sha256=own.policy_sha256, passed=all(r.passed for r in results),
        results=results, warnings=warnings)


def smallest_blockable(alpha: float) -> int:
    """The fewest samples that must get worse (and none better) for the
    one-sided exact McNemar test to reach p < alpha: 0.5**k < alpha."""
    return max(1, math.floor(math.log2(1 / alpha)) + 1)


def comparison_warnings(policy: GatePolicy, current: RunEvidence, baseline: RunEvidence | None) -> list[str]:
    """What makes a regression comparison weaker than it looks: runs of
    different sizes or generation settings, and too few paired samples for
    the test to block the change the policy allows."""
    if baseline is None:
        return []
    warnings = []
    n_now, n_base = current.scorecard.records, baseline.scorecard.records
    if n_now != n_base:
        warnings.append(f"the run has {n_now} records and the baseline {n_base}: regression gates compare rates "
                        "of different samples (only the shared ones are paired)")
    if current.generation is not None and baseline.generation is not None:
        differ = sorted(k for k in current.generation if k != "batch_size"
                        and current.generation.get(k) != baseline.generation.get(k))
        if differ:
            warnings.append("the run and the baseline were generated with different settings ("
                            + ", ".join(f"{k} {baseline.generation.get(k)} -> {current.generation.get(k)}"
                                        for k in differ) + "): a difference may be the settings, not the model")
    paired = current.paired_count(baseline)
    limits = sorted({limit for limit in (policy.max_pass_rate_drop, policy.max_check_rate_increase,
                                         *policy.max_check_rate_increase_by_check.values()) if limit})
    if not limits:
        return warnings
    k = smallest_blockable(policy.alpha)
    if not paired:
        warnings.append("no samples pair between the run and the baseline: regression gates judge by the delta "
                        "alone, without a paired test")
        return warnings
    floor = k / paired
    weak = [limit for limit in limits if floor > limit + 1 / paired]
    if weak:
        needs = ", ".join(f"{pts(limit)} needs n >= {math.ceil(k / limit)}" for limit in weak)
        warnings.append(f"with {paired} paired samples the regression gates can block a rise only when at least "
                        f"{k} samples got worse ({floor * 100:.1f} pts) at alpha={policy.alpha:g}: a rise above "
                        f"the allowed change but below that passes as chance ({needs})")
    return warnings
