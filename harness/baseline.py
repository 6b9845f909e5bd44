"""Baselines: the scored run of the model in production, kept for gates.

A baseline is a folder holding a copy of a run (run.json, its outputs,
findings.jsonl and scorecard.json, so ``epicrisis rescore`` works on it when
the rules change) and ``baseline.json``: where it came from, when, and
whether it replaced the previous one after a passing gate or by force (with
the reason). A bare ``scorecard.json`` also serves as a baseline, without the
per-sample verdicts the paired test needs.

The folder is replaced atomically: a reader sees the old baseline or the new.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from harness.atomic import fsync_tree, remove_tree, replace_dir
from harness.errors import UsageError
from harness.gates import GateReport
from harness.runs import RunDir, now, read_json_model, write_atomic
from harness.schemas import BASELINE_FILE, BaselineEvent, BaselineInfo


def read_info(folder: Path) -> BaselineInfo | None:
    path = folder / BASELINE_FILE
    return read_json_model(path, BaselineInfo) if path.is_file() else None


def update_baseline(run_dir: str | Path, baseline: str | Path, report: GateReport, *,
                    force: bool = False, reason: str | None = None) -> BaselineInfo:
    """Make ``run_dir`` the baseline, only if ``report`` (its gates) passed,
    or with ``force`` and a ``reason``, which is recorded."""
    run, target = RunDir(run_dir), Path(baseline)
    if Path(report.run).resolve() != run.path.resolve():
        raise UsageError(f"the gate report is about {report.run}, not {run.path}")
    if force and not (reason and reason.strip()):
        raise UsageError("--force needs --reason TEXT: why a model that failed its gates becomes the baseline")
    if not report.passed and not force:
        raise UsageError(f"{run.path} failed {len(report.failures())} gate(s): the baseline was not updated "
                         "(to replace it anyway: --force --reason TEXT)")
    if target.is_file():
        raise UsageError(f"{target}: a bare scorecard file; --update-baseline writes a baseline folder: "
                         "pass a folder path")
    manifest = run.read_manifest()
    previous = read_info(target) if target.is_dir() else None
    event = BaselineEvent(
        updated=now(), source_run=str(run.path.resolve()), run_key=manifest.key,
        model_fingerprint=manifest.model.fingerprint, backend=manifest.backend, variant=manifest.variant,
        gate_passed=report.passed, forced=force and not report.passed,
        reason=reason.strip() if reason else None, policy=report.policy, policy_sha256=report.policy_sha256)
    info = BaselineInfo(current=event, history=([previous.current, *previous.history] if previous else []))

    staged = target.with_name(f".{target.name}.staging")
    remove_tree(staged)
    (staged / "outputs").mkdir(parents=True)
    for path in (run.manifest_path, run.findings_path, run.scorecard_path, run.outputs_path(manifest.key)):
        if not path.is_file():
            raise UsageError(f"{path}: missing: run `epicrisis eval` (or rescore) to complete {run.path}")
        shutil.copy2(path, staged / path.relative_to(run.path))
    write_atomic(staged / BASELINE_FILE, info.model_dump_json(indent=2) + "\n")
    fsync_tree(staged)
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_dir(staged, target, target.with_name(f".{target.name}.previous"))
    return info
