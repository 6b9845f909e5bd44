"""The ledger of scored checkpoints: ``ledger.jsonl`` and ``best.json`` in the
training output directory.

One row a save: step, train and eval loss, the pass rate and every check's
rate with 95% intervals (copied from the evaluation run's scorecard), the
run directory, and the error when the evaluation failed (recorded, never
fatal to training). The best checkpoint is the highest pass rate; ties go to
the lower eval loss, then to the earlier step. Both files are rewritten
atomically at every save, so a reader never sees half a row or a stale mark.
The rows' models (and the ONNX entry's) are ``harness.schemas``'s.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from harness.atomic import write_atomic
from harness.errors import InputError
from harness.runs import now
from harness.schemas import (
    BEST_FILE,
    LEDGER_FILE,
    BestCheckpoint,
    CheckRate,
    LedgerRow,
    Scorecard,
    read_ledger_rows,
)


def scored_row(*, step: int, epoch: float | None, checkpoint: Path, train_loss: float | None,
               eval_loss: float | None, scorecard: Scorecard, run_dir: Path, seconds: float) -> LedgerRow:
    return LedgerRow(
        step=step, epoch=epoch, checkpoint=str(checkpoint), created=now(), train_loss=train_loss,
        eval_loss=eval_loss, passed=scorecard.passed,
        checks={cid: CheckRate(name=c.name, severity=c.severity, records=c.records)
                for cid, c in scorecard.by_check.items()},
        words_median=scorecard.words.median, run_dir=str(run_dir), scoring_seconds=round(seconds, 3))


def unscored_row(*, step: int, epoch: float | None, checkpoint: Path, train_loss: float | None,
                 eval_loss: float | None, error: str | None, run_dir: Path | None,
                 seconds: float | None) -> LedgerRow:
    """A row without a scorecard: the evaluation failed (``error``) or scoring is off."""
    return LedgerRow(step=step, epoch=epoch, checkpoint=str(checkpoint), created=now(),
                     train_loss=train_loss, eval_loss=eval_loss, passed=None,
                     run_dir=str(run_dir) if run_dir else None,
                     scoring_seconds=round(seconds, 3) if seconds is not None else None, error=error)


def _rank(row: LedgerRow) -> tuple:
    loss = row.eval_loss if row.eval_loss is not None else float("inf")
    return (-(row.pass_rate or 0.0), loss, row.step)


BASE_STEP = 0  # the pretrained base scored before any fine-tuning: where the trend starts, never "best"


def best_row(rows: list[LedgerRow]) -> LedgerRow | None:
    scored = [r for r in rows if r.error is None and r.pass_rate is not None and r.step != BASE_STEP]
    return min(scored, key=_rank) if scored else None


class Ledger:
    def __init__(self, out_dir: Path) -> None:
        self.dir = Path(out_dir)
        self.path = self.dir / LEDGER_FILE
        self.best_path = self.dir / BEST_FILE
        self.rows: list[LedgerRow] = []

    @classmethod
    def read(cls, out_dir: Path) -> "Ledger":
        ledger = cls(out_dir)
        ledger.rows = read_ledger_rows(ledger.dir)
        return ledger

    def reset(self) -> None:
        """Forget every row (a training attempt that ran out of memory starts over)."""
        self.rows = []
        self.path.unlink(missing_ok=True)
        self.best_path.unlink(missing_ok=True)

    def append(self, row: LedgerRow) -> LedgerRow | None:
        """Add a row, re-mark the best, rewrite both files; return the best row."""
        self.rows = [r for r in self.rows if r.step != row.step] + [row]
        best = best_row(self.rows)
        self.rows = [r.model_copy(update={"best": r is best}) for r in self.rows]
        write_atomic(self.path, "".join(r.model_dump_json() + "\n" for r in self.rows))
        best = next((r for r in self.rows if r.best), None)
        if best is not None and best.passed is not None and best.pass_rate is not None:
            record = BestCheckpoint(step=best.step, checkpoint=best.checkpoint, pass_rate=best.pass_rate,
                                    passed=best.passed, eval_loss=best.eval_loss, run_dir=best.run_dir)
            write_atomic(self.best_path, record.model_dump_json(indent=2) + "\n")
        return best

    def best(self) -> LedgerRow | None:
        return next((r for r in self.rows if r.best), None)


def read_best(out_dir: Path) -> BestCheckpoint:
    path = Path(out_dir) / BEST_FILE
    try:
        return BestCheckpoint.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), None, "no best checkpoint: no checkpoint was scored") from None
    except ValidationError as exc:
        raise InputError(str(path), None, f"invalid: {exc.errors()[0]['msg']}") from None

