"""What a report reads: run directories and a baseline, validated by the
harness's own pydantic models. Nothing here generates or re-scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from harness.errors import InputError, UsageError
from harness.runs import RunDir, read_json_model
from harness.schemas import OutputRecord, RecordFindings, RunManifest, Scorecard
from harness.stats import sample_keys


@dataclass(frozen=True)
class RunRecords:
    """One run as it lies on disk: manifest, outputs in sample order, findings, scorecard."""

    path: Path
    label: str
    manifest: RunManifest
    scorecard: Scorecard
    outputs: tuple[OutputRecord, ...]
    findings: dict[str, RecordFindings]

    by_id: dict[str, OutputRecord] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {o.id: o for o in self.outputs})

    @property
    def backend(self) -> str:
        return self.manifest.backend

    @property
    def variant(self) -> str:
        return self.manifest.variant


@dataclass(frozen=True)
class Baseline:
    """The scorecard to beat; ``findings`` (per sample) when the baseline is a
    whole run, which allows a paired test on the samples both runs share."""

    source: str
    label: str
    scorecard: Scorecard
    findings: dict[str, RecordFindings] | None = None
    keys: dict[str, str] | None = None  # sample id -> harness.stats.sample_key (pairs samples across runs)
    texts: dict[str, str] | None = None  # sample id -> the baseline model's output (the summary's examples)


def load_run(path: str | Path) -> RunRecords:
    run = RunDir(path)
    manifest = run.read_manifest()
    if not run.scorecard_path.is_file():
        raise InputError(str(run.scorecard_path), None, "not found: run `epicrisis rescore` on this run first")
    scorecard = read_json_model(run.scorecard_path, Scorecard)
    if scorecard.run_key != manifest.key:
        raise InputError(str(run.scorecard_path), None,
                         f"scorecard is for run {scorecard.run_key[:12]}…, run.json is {manifest.key[:12]}…: "
                         "run `epicrisis rescore` on this run")
    outputs = tuple(run.outputs(manifest))
    findings = {row.id: row for row in run.read_findings()}
    missing = [o.id for o in outputs if o.id not in findings]
    if missing:
        raise InputError(str(run.findings_path), None,
                         f"{len(missing)} samples have no findings (first: {missing[0]!r}): "
                         "run `epicrisis rescore` on this run")
    return RunRecords(Path(path), f"{manifest.backend} {manifest.variant}", manifest, scorecard,
                      outputs, findings)


def load_runs(paths: list[str | Path]) -> list[RunRecords]:
    """Runs in the order given; labels made unique by their folder name."""
    if not paths:
        raise UsageError("no run directory given")
    runs = [load_run(p) for p in paths]
    seen: dict[str, int] = {}
    for r in runs:
        seen[r.label] = seen.get(r.label, 0) + 1
    return [r if seen[r.label] == 1 else replace(r, label=f"{r.label} ({r.path.name})") for r in runs]


def load_baseline(path: str | Path) -> Baseline:
    """A baseline folder or run directory (paired comparisons possible), or a
    bare scorecard JSON file: what ``harness.verdicts.RunEvidence.load`` reads."""
    where = Path(path)
    if where.is_dir():
        run = RunDir(where)
        manifest = run.read_manifest()
        scorecard = read_json_model(run.scorecard_path, Scorecard)
        findings = {row.id: row for row in run.read_findings()}
        keys = texts = None
        if run.outputs_path(manifest.key).is_file():
            outputs = run.outputs(manifest)
            keys, texts = sample_keys(outputs), {o.id: o.text for o in outputs}
        return Baseline(str(where), f"{manifest.backend} {manifest.variant} ({where.name})",
                        scorecard, findings, keys, texts)
    if not where.is_file():
        raise InputError(str(where), None, "baseline not found (a baseline folder, a run directory or a scorecard JSON)")
    return Baseline(str(where), where.stem, read_json_model(where, Scorecard))
