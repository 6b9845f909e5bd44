"""What gates read about a run: its scorecard, each sample's verdict, and for
an ONNX variant the parity report against the torch run of its checkpoint.

A sample is paired across two runs by ``harness.stats.pair_samples`` (its
id and the hash of its instruction and input, not of the rendered prompt: the
baseline may be another model with another chat template), so a validation
set that changed between the baseline and now pairs only the samples that are
really the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from harness.errors import UsageError
from harness.runs import RunDir, read_json_model
from harness.schemas import ParityReport, Scorecard
from harness.stats import pair_samples, sample_key


@dataclass(frozen=True, slots=True)
class SampleVerdict:
    id: str
    key: str  # sha256 of (instruction, input): pairs a sample across runs
    passed: bool
    checks: frozenset[str]  # checks with at least one finding
    errors: tuple[str, ...]  # "CHECK: message" of error findings
    messages: Mapping[str, str]  # first message per check
    text: str


@dataclass(frozen=True)
class RunEvidence:
    source: str
    scorecard: Scorecard
    samples: Mapping[str, SampleVerdict] | None = None
    parity: ParityReport | None = None
    reference: RunEvidence | None = None  # the run the parity report compares with
    generation: Mapping[str, object] | None = None  # the run's generation settings (None: a bare scorecard)

    @classmethod
    def load(cls, path: str | Path) -> RunEvidence:
        """A run directory (scorecard and per-sample verdicts) or a bare scorecard.json."""
        folder = Path(path)
        if folder.is_file():
            return cls(str(folder), read_json_model(folder, Scorecard))
        run = RunDir(folder)
        manifest = run.read_manifest()
        if not run.scorecard_path.is_file():
            raise UsageError(f"{run.scorecard_path}: not found: run `epicrisis rescore {folder}` first")
        scorecard = read_json_model(run.scorecard_path, Scorecard)
        if scorecard.run_key != manifest.key:
            raise UsageError(f"{run.scorecard_path}: scores run {scorecard.run_key[:12]}…, not this run's "
                             f"{manifest.key[:12]}…: run `epicrisis rescore {folder}`")
        outputs = {o.id: o for o in run.outputs(manifest)}
        samples = {}
        for row in run.read_findings():
            out = outputs[row.id]
            samples[row.id] = SampleVerdict(
                id=row.id, key=sample_key(out.instruction, out.input), passed=row.passed,
                checks=frozenset(f["check"] for f in row.findings),
                errors=tuple(f"{f['check']}: {f['message']}" for f in row.findings if f["severity"] == "error"),
                messages={f["check"]: f["message"] for f in reversed(row.findings)}, text=out.text)
        return cls(str(folder), scorecard, samples, generation=manifest.generation.model_dump())

    def paired(self, other: RunEvidence) -> list[tuple[SampleVerdict, SampleVerdict]]:
        """(this run's sample, ``other``'s) for every sample both runs share,
        in this run's order (``harness.stats.pair_samples``)."""
        if not self.samples or not other.samples:
            return []
        ids = pair_samples({i: s.key for i, s in self.samples.items()}, {i: s.key for i, s in other.samples.items()})
        return [(self.samples[i], other.samples[i]) for i in ids]

    def paired_count(self, other: RunEvidence) -> int:
        """How many of this run's samples pair with one of ``other``'s."""
        return len(self.paired(other))

    def with_parity(self, report: ParityReport, reference: RunEvidence | None = None) -> RunEvidence:
        if report.run_b.key != self.scorecard.run_key:
            raise UsageError(f"the parity report compares run {report.run_b.key[:12]}… ({report.run_b.path}), "
                             f"not {self.source} ({self.scorecard.run_key[:12]}…)")
        return replace(self, parity=report, reference=reference)
