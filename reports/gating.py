"""Evaluate the gate file against a run, as ``epicrisis gate`` would, for the
report, the JUnit file and the pytest plugin.

An ONNX run's parity gates need the parity report against the torch run of
its checkpoint. Given none, it is looked for where the tools write it:
``epicrisis export`` puts it at ``OUT/parity/<variant>.json`` beside
``OUT/runs/<variant>``, ``epicrisis compare`` at
``compare-<torch>-vs-<run>.json`` beside the torch run. A candidate counts
only when its ``run_b`` is this very run (same cache key).
"""

from __future__ import annotations

from pathlib import Path

from harness.errors import UsageError
from harness.gatefile import load_policy
from harness.gates import GateReport, evaluate_gates
from harness.parity import ParityReport
from harness.runs import RunDir, read_json_model
from harness.verdicts import RunEvidence


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
    """A run's evidence for the gates, with its parity report when it is an ONNX run."""
    evidence = RunEvidence.load(run)
    if evidence.scorecard.backend != "onnx" or evidence.samples is None:
        return evidence
    report = read_json_model(Path(parity), ParityReport) if parity else find_parity(Path(run))
    if report is None:
        return evidence  # the parity gates then fail and say how to make the report
    reference_dir = Path(report.run_a.path)
    reference = RunEvidence.load(reference_dir) if (reference_dir / "run.json").is_file() else None
    return evidence.with_parity(report, reference)


def gate_run(run: str | Path, *, baseline: str | Path | None = None, gates: str | Path | None = None,
             parity: str | Path | None = None) -> GateReport:
    """The gate report of ``run`` against ``baseline`` under the gate file
    ``gates`` (the bundled default policy when None)."""
    policy = load_policy(gates)
    if baseline is not None and not Path(baseline).exists():
        raise UsageError(f"{baseline}: baseline not found (a baseline folder, a run directory or a scorecard.json)")
    current = load_evidence(run, parity)
    base = RunEvidence.load(baseline) if baseline is not None else None
    return evaluate_gates(policy, current, base)
