"""Each sample's verdict across the training checkpoints and the exported
variants: which records started passing at which step, which flipped when
the model was quantized.

Read from records only: the findings of every checkpoint's scored run (the
ledger's ``run_dir``) and of the runs in the report. Samples are matched by
id: the checkpoints of one training score the same validation records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.errors import InputError
from harness.runs import RunDir
from reports.drilldown import sample_anchor
from reports.sources import RunRecords
from reports.strings import t
from reports.trend import CheckpointPoint


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: str
    anchor: str  # the sample in the drill-down
    row_anchor: str  # this row
    steps: tuple[bool | None, ...]  # passed at each checkpoint (None: not scored there)
    variants: tuple[bool | None, ...]  # passed in each run of the report
    passes_from: int | None  # the first step from which it passes at every later checkpoint
    flips: tuple[str, ...]  # runs whose verdict differs from the reference run's

    @property
    def changes(self) -> bool:
        scored = [v for v in self.steps if v is not None]
        return bool(self.flips) or len(set(scored)) > 1


@dataclass(frozen=True)
class History:
    steps: tuple[int, ...]
    runs: tuple[str, ...]  # run labels, the reference first
    reference: str
    rows: tuple[HistoryRow, ...]
    missing: tuple[int, ...]  # checkpoints whose per-sample records could not be read

    def line(self, row: HistoryRow, lang: str) -> str:
        """What the drill-down says of one sample: "aprueba desde el paso 120; cambia en onnx int4"."""
        parts = []
        if self.steps:
            parts.append(t("history.from_step", lang, step=row.passes_from) if row.passes_from is not None
                         else t("history.never_passes", lang))
        if row.flips:
            parts.append(t("history.flips_in", lang, variants=", ".join(row.flips)))
        return "; ".join(parts)


def _checkpoint_verdicts(point: CheckpointPoint) -> dict[str, bool] | None:
    if not point.run_dir:
        return None
    try:
        return {row.id: row.passed for row in RunDir(point.run_dir).read_findings()}
    except InputError:
        return None  # the scored run was moved or deleted: listed as missing, not a failure of the report


def passes_from(steps: Sequence[int], verdicts: Sequence[bool | None]) -> int | None:
    """The first step after which every scored checkpoint passes (None: the last one fails or none scored)."""
    first = None
    for step, passed in zip(steps, verdicts):
        if passed is None:
            continue
        if passed and first is None:
            first = step
        elif not passed:
            first = None
    return first


def build_history(primary: RunRecords, reference: RunRecords, runs: Sequence[RunRecords],
                  points: Sequence[CheckpointPoint]) -> History | None:
    """The history of the primary run's samples; None when there is nothing
    to follow (no checkpoint and a single run)."""
    points = sorted(points, key=lambda p: p.step)
    scored, missing = [], []
    for point in points:
        verdicts = _checkpoint_verdicts(point)
        if verdicts is None:
            if point.passed is not None:
                missing.append(point.step)
            continue
        scored.append((point.step, verdicts))
    ordered = [reference, *(r for r in runs if r is not reference)]
    if not scored and len(ordered) < 2:
        return None
    steps = tuple(step for step, _ in scored)
    rows = []
    for index, output in enumerate(primary.outputs):
        sid = output.id
        at_steps = tuple(verdicts.get(sid) for _, verdicts in scored)
        in_runs = tuple(r.findings[sid].passed if sid in r.findings else None for r in ordered)
        ref = in_runs[0]
        flips = tuple(r.label for r, v in zip(ordered[1:], in_runs[1:]) if v is not None and ref is not None and v != ref)
        rows.append(HistoryRow(sid, sample_anchor(index), f"h-{index}", at_steps, in_runs,
                               passes_from(steps, at_steps), flips))
    return History(steps, tuple(r.label for r in ordered), reference.label, tuple(rows), tuple(missing))


def resolve_run_dir(run_dir: str | None, ledger_folder: Path) -> str | None:
    """A ledger's ``run_dir`` as written (absolute, or relative to where training
    ran), else relative to the ledger's folder: a moved output folder still finds its runs."""
    if not run_dir:
        return None
    path = Path(run_dir)
    if path.is_absolute() or path.exists():
        return str(path)
    beside = ledger_folder / path
    return str(beside) if beside.exists() else str(path)
