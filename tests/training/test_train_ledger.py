"""The ledger of scored checkpoints and the callback that fills it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from transformers import TrainerControl, TrainerState

from harness.errors import InputError, UsageError
from harness.schemas import LedgerRow, OnnxScored, OnnxScoreError, Proportion
from training.callback import ScoringCallback, describe_row, loss_at
from training.ledger import Ledger, best_row, read_best


def row(step: int, passed: int | None, eval_loss: float | None = 1.0, error: str | None = None) -> LedgerRow:
    return LedgerRow(step=step, epoch=None, checkpoint=f"/out/checkpoint-{step}", created="now",
                     train_loss=2.0, eval_loss=eval_loss,
                     passed=Proportion.of(passed, 10) if passed is not None else None,
                     run_dir=None, scoring_seconds=None, error=error)


def test_best_is_highest_pass_rate_then_lower_eval_loss_then_earlier_step():
    assert best_row([row(1, 3), row(2, 5), row(3, 4)]).step == 2
    assert best_row([row(1, 5, 0.9), row(2, 5, 0.7), row(3, 5, 0.8)]).step == 2
    assert best_row([row(1, 5, None), row(2, 5, 2.0)]).step == 2  # a known loss beats an unknown one
    assert best_row([row(4, 5, 0.7), row(2, 5, 0.7)]).step == 2
    assert best_row([row(1, None, error="RuntimeError: boom"), row(2, None)]) is None


def test_ledger_marks_one_best_and_rewrites_it(tmp_path):
    ledger = Ledger(tmp_path)
    ledger.append(row(50, 2))
    ledger.append(row(100, None, error="OSError: disk"))
    ledger.append(row(150, 6))
    ledger.append(row(200, 4))
    again = Ledger.read(tmp_path)
    assert [(r.step, r.best) for r in again.rows] == [(50, False), (100, False), (150, True), (200, False)]
    assert again.rows[1].error == "OSError: disk"
    best = read_best(tmp_path)
    assert (best.step, best.pass_rate, best.checkpoint) == (150, 0.6, "/out/checkpoint-150")
    ledger.append(row(250, 6, eval_loss=0.5))  # same rate, lower eval loss
    assert read_best(tmp_path).step == 250
    assert sum(r.best for r in Ledger.read(tmp_path).rows) == 1


def test_reading_a_broken_ledger_names_the_line(tmp_path):
    Ledger(tmp_path).append(row(1, 2))
    with (tmp_path / "ledger.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"step": "x"}\n')
    with pytest.raises(InputError, match=r"ledger.jsonl:2: invalid ledger row"):
        Ledger.read(tmp_path)
    with pytest.raises(InputError, match="no best checkpoint"):
        read_best(tmp_path / "elsewhere")


def test_loss_at_takes_the_last_value_logged_up_to_the_step():
    history = [{"loss": 3.0, "step": 10}, {"eval_loss": 2.5, "step": 10}, {"loss": 2.0, "step": 20}]
    assert loss_at(history, "loss", 15) == 3.0
    assert loss_at(history, "loss", 20) == 2.0
    assert loss_at(history, "eval_loss", 5) is None


def _scorecard(count: int, total: int):
    check = SimpleNamespace(name="word-count", severity="error", records=Proportion.of(total - count, total))
    return SimpleNamespace(passed=Proportion.of(count, total), by_check={"FMT003": check},
                           words=SimpleNamespace(median=90.0))


def _save(callback: ScoringCallback, tmp_path: Path, state: TrainerState, step: int, loss: float):
    state.global_step = step
    state.log_history += [{"loss": loss + 0.5, "step": step}, {"eval_loss": loss, "step": step}]
    args = SimpleNamespace(output_dir=str(tmp_path))
    control = TrainerControl(should_save=True)
    callback.on_step_end(args, state, control)
    assert control.should_evaluate and control.should_log  # losses of this very step
    callback.on_save(args, state, control)


def test_callback_scores_each_save_and_survives_a_failed_evaluation(tmp_path):
    outcomes = iter([_scorecard(3, 10), RuntimeError("tokenizer missing"), _scorecard(7, 10)])

    def scorer(checkpoint: Path):
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    said: list[str] = []
    ledger = Ledger(tmp_path)
    callback = ScoringCallback(scorer, ledger, said.append, run_dir=lambda c: tmp_path / "scores" / c.name)
    state = TrainerState()
    for step, loss in ((10, 2.0), (20, 1.5), (30, 1.2)):
        _save(callback, tmp_path, state, step, loss)
    rows = Ledger.read(tmp_path).rows
    assert [r.step for r in rows] == [10, 20, 30]
    assert rows[0].passed.count == 3 and rows[0].checks["FMT003"].records.count == 7
    assert (rows[0].train_loss, rows[0].eval_loss) == (2.5, 2.0)
    assert rows[1].error == "RuntimeError: tokenizer missing" and rows[1].passed is None
    assert "tokenizer missing" in (tmp_path / "scores" / "checkpoint-20" / "error.txt").read_text()
    assert rows[2].best and state.best_model_checkpoint == str(tmp_path / "checkpoint-30")
    assert "not scored: RuntimeError" in said[1] and said[2].endswith("(best so far)")
    assert "passed 7/10 (70.0%" in said[2]


def test_rows_without_scoring_keep_the_losses(tmp_path):
    callback = ScoringCallback(None, Ledger(tmp_path), lambda _: None)
    _save(callback, tmp_path, TrainerState(), 5, 1.0)
    (only,) = Ledger.read(tmp_path).rows
    assert only.passed is None and only.error is None and only.eval_loss == 1.0
    assert describe_row(only).endswith("scoring off")
    assert not (tmp_path / "best.json").exists()


def test_onnx_scores_ride_along_and_their_failures_do_not_stop_training(tmp_path):
    scored = OnnxScored(onnx_dir="o", onnx_run="o/run", torch_run="t", parity_file="p.json", exact_match=1.0,
                        pass_agreement=1.0, mcnemar_p=1.0, divergent=0, first_divergence=None,
                        onnx_pass_rate=0.3, torch_pass_rate=0.3, onnx_tokens_per_s=50.0,
                        validation_max_abs_diff=1e-5, seconds={"export": 1.0})
    entries = iter([scored, OSError("disk full")])

    def onnx(checkpoint: Path) -> OnnxScored:
        entry = next(entries)
        if isinstance(entry, Exception):
            raise entry
        return entry

    callback = ScoringCallback(lambda c: _scorecard(3, 10), Ledger(tmp_path), lambda _: None, onnx=onnx)
    state = TrainerState()
    _save(callback, tmp_path, state, 1, 1.0)
    _save(callback, tmp_path, state, 2, 0.9)
    first, second = Ledger.read(tmp_path).rows
    assert first.onnx == scored  # read back as the typed entry it was written from
    assert second.onnx == OnnxScoreError(error="OSError: disk full")
    assert second.passed.count == 3  # the torch score stands


def test_onnx_scoring_needs_the_scorer_the_app_hands_in(tmp_path):
    """Training never imports export: [eval] onnx without the app's scorer is refused before any work."""
    from training.config import ScoringSettings, TrainSettings
    from training.sft import train

    settings = TrainSettings(output=tmp_path / "out", eval=ScoringSettings(onnx=True))
    with pytest.raises(UsageError, match="needs the ONNX scorer the app hands to training"):
        train(settings, {})
    assert not (tmp_path / "out").exists()
