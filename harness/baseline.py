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

from harness.atomic import fsync_tree, remove_tree, replace_dir, write_atomic
from harness.errors import UsageError
from harness.figures import pct, pts
from harness.gatefile import GatePolicy
from harness.runs import RunDir, now, read_json_model
from harness.schemas import BASELINE_FILE, BaselineEvent, BaselineInfo, Scorecard, Verdict

PASS = "pass"  # the rate of failing records, beside the check ids


class BaselineRefused(UsageError):
    """The run passed its gates but is worse than the baseline (or the start
    of its chain) by more than the policy allows: a decision, not a usage error."""


def read_info(folder: Path) -> BaselineInfo | None:
    path = folder / BASELINE_FILE
    return read_json_model(path, BaselineInfo) if path.is_file() else None


def bad_rates(card: Scorecard) -> dict[str, float]:
    """A run's rates of bad records: ``pass`` (records failing) and each
    check's share of records with a finding, as the regression gates read them."""
    rates = {} if card.passed.rate is None else {PASS: 1 - card.passed.rate}
    rates.update({check: score.records.rate for check, score in card.by_check.items()
                  if score.records.rate is not None})
    return rates


def allowed_rise(policy: GatePolicy, name: str) -> float | None:
    return policy.max_pass_rate_drop if name == PASS else policy.check_increase_limit(name)


def chain_start(info: BaselineInfo) -> BaselineEvent:
    """The baseline the current chain of passing updates started from."""
    for event in (info.current, *info.history):
        if event.chain_start or not event.rates:
            return event
    return (info.history or [info.current])[-1]


def refusals(policy: GatePolicy, report: Verdict, rates: dict[str, float],
             previous: BaselineInfo | None) -> list[str]:
    """Why a run whose gates passed may still not replace the baseline: worse
    than the current baseline on a check by more than the allowed change (the
    paired test may have called that chance), or drifted that far since the
    chain of baselines started, one small step at a time."""
    found = [f"{r.gate}: {r.explanation}" for r in report.results
             if r.gate.startswith("regression.") and r.delta is not None and r.threshold is not None
             and r.delta > r.threshold + 1e-12]
    if previous is not None:
        start = chain_start(previous)
        steps = 1 + next((i for i, e in enumerate((previous.current, *previous.history)) if e is start), 0)
        for name in sorted(set(rates) & set(start.rates)):
            limit = allowed_rise(policy, name)
            rise = rates[name] - start.rates[name]
            if limit is not None and rise > limit + 1e-12:
                found.append(f"{name} drifted {pts(rise)} ({pct(start.rates[name])} -> {pct(rates[name])}) "
                             f"since the chain of baselines started at {start.source_run} ({start.updated}), "
                             f"over {steps} update(s); allowed {pts(limit)}")
    return found


def update_baseline(run_dir: str | Path, baseline: str | Path, report: Verdict, *, policy: GatePolicy,
                    force: bool = False, reason: str | None = None) -> BaselineInfo:
    """Make ``run_dir`` the baseline, only if its verdict ``report`` passed and
    it is not worse than the baseline (or the start of its chain) by more
    than the allowed change on any check; or with ``force`` and a ``reason``,
    which is recorded and starts a new chain."""
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
    rates = bad_rates(read_json_model(run.scorecard_path, Scorecard))
    refused = refusals(policy, report, rates, previous)
    if refused and not force:
        raise BaselineRefused(f"{run.path} is worse than the baseline by more than the policy allows (even where the "
                         "paired test calls it chance): the baseline was not updated (to replace it anyway: "
                         "--force --reason TEXT)\n  " + "\n  ".join(refused))
    forced = force and (not report.passed or bool(refused))
    event = BaselineEvent(
        updated=now(), source_run=str(run.path.resolve()), run_key=manifest.key,
        model_fingerprint=manifest.model.fingerprint, backend=manifest.backend, variant=manifest.variant,
        gate_passed=report.passed, forced=forced, reason=reason.strip() if reason else None,
        policy=report.policy, policy_sha256=report.policy_sha256, rates=rates,
        chain_start=previous is None or forced)
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
