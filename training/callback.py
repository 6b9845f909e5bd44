"""Scoring every checkpoint: a trainer callback that runs an evaluation run
(torch backend, the harness's ``evaluate``) on each checkpoint the trainer
saves and appends its scorecard to the ledger.

The trainer evaluates (eval loss) and logs (train loss) at every save: the
callback asks for both on the steps that save, so each ledger row has the
losses of its own step. A failed evaluation becomes a row with its error;
training goes on. The best checkpoint is kept out of the trainer's
rotation (``save_total_limit``) by naming it ``best_model_checkpoint``.

With ``[eval] onnx`` each checkpoint is also exported to ONNX and scored by
an ``OnnxScorer`` the app hands in (``export.score.score_onnx_checkpoint``):
training never imports export.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from transformers import TrainerCallback

from harness.config import Config
from harness.generation import GenerationConfig
from harness.schemas import LedgerRow, OnnxScore, OnnxScoreError, Scorecard
from training.config import ScoringSettings
from training.ledger import BASE_STEP, Ledger, scored_row, unscored_row

SCORES_DIR = "scores"


class OnnxScorer(Protocol):
    """Export a checkpoint to ONNX fp32 under ``out_dir``, score it on the
    validation file and compare it with the torch run of the same checkpoint;
    a checkpoint that fails to export is an ``OnnxExportFailed`` entry, not an
    exception."""

    def __call__(self, checkpoint_dir: Path, validation_file: Path, out_dir: Path, *, base: Path | None,
                 torch_run: Path, generation: GenerationConfig, limit: int | None, config: Config,
                 threads: int | None) -> OnnxScore: ...


@dataclass(frozen=True)
class CheckpointScorer:
    """Evaluates one checkpoint folder into ``<output>/scores/checkpoint-N``."""

    validation: Path
    scores_dir: Path
    settings: ScoringSettings
    checks: Config
    base: Path | None = None  # the base model of LoRA adapters
    threads: int | None = None
    progress: Callable[[], object] | None = None  # makes a harness.evaluate Progress
    device: str | None = None  # torch device of the scoring runs (the training device)
    onnx_scorer: OnnxScorer | None = None  # given by the app when ``settings.onnx`` asks for ONNX scores

    def run_dir(self, checkpoint: Path) -> Path:
        return self.scores_dir / checkpoint.name

    def __call__(self, checkpoint: Path) -> Scorecard:
        from harness.evaluate import EvalRequest, evaluate

        generation = self.generation()
        base = self.base if (checkpoint / "adapter_config.json").is_file() else None
        request = EvalRequest(model_dir=checkpoint, backend="torch", data=self.validation,
                              out=self.run_dir(checkpoint), base=base, limit=self.settings.limit,
                              generation=generation, threads=self.threads, device=self.device)
        progress = self.progress() if self.progress is not None else None
        try:
            return evaluate(request, self.checks, progress).scorecard
        finally:
            stop = getattr(progress, "stop", None)
            if stop is not None:
                stop()

    def generation(self) -> GenerationConfig:
        return self.settings.generation

    def onnx(self, checkpoint: Path) -> OnnxScore:
        """Export the checkpoint to ONNX fp32, score it and compare it with
        the torch run just made (same generation settings: its outputs come
        from the cache). Export failures come back as an entry, not raised."""
        assert self.onnx_scorer is not None, "train() refuses [eval] onnx without a scorer"
        base = self.base if (checkpoint / "adapter_config.json").is_file() else None
        return self.onnx_scorer(checkpoint, self.validation, self.run_dir(checkpoint) / "onnx",
                                base=base, torch_run=self.run_dir(checkpoint), generation=self.generation(),
                                limit=self.settings.limit, config=self.checks, threads=self.threads)


def loss_at(log_history: list[dict], key: str, step: int) -> float | None:
    """The last ``key`` logged at or before ``step``."""
    for entry in reversed(log_history):
        if key in entry and entry.get("step", 0) <= step:
            return float(entry[key])
    return None


class ScoringCallback(TrainerCallback):
    def __init__(self, scorer: Callable[[Path], Scorecard] | None, ledger: Ledger,
                 say: Callable[[str], None], run_dir: Callable[[Path], Path] | None = None,
                 onnx: Callable[[Path], OnnxScore] | None = None) -> None:
        self.scorer = scorer  # None: scoring disabled, rows carry the losses only
        self.ledger = ledger
        self.say = say
        self.run_dir = run_dir
        self.onnx = onnx  # the ONNX export and score of each scored checkpoint, when asked for

    def on_step_end(self, args, state, control, **kwargs):
        if control.should_save:
            control.should_log = True
            control.should_evaluate = True
        return control

    def on_save(self, args, state, control, **kwargs):
        step = state.global_step
        checkpoint = Path(args.output_dir) / f"checkpoint-{step}"
        row = self.score(checkpoint, step, state.epoch, state.log_history)
        best = self.ledger.append(row)
        if best is not None:
            state.best_model_checkpoint = best.checkpoint
        is_best = best is not None and best.step == step
        self.say(describe_row(row) + (" (best so far)" if is_best else ""))
        return control

    def score_base(self, base: Path) -> LedgerRow:
        """Step 0: the pretrained base before any fine-tuning, scored like a
        checkpoint (no ONNX copy), so the ledger's trend starts where the user did."""
        onnx, self.onnx = self.onnx, None
        try:
            row = self.score(base, BASE_STEP, 0.0, [])
        finally:
            self.onnx = onnx
        self.ledger.append(row)
        self.say(describe_row(row).replace(f"checkpoint-{BASE_STEP}", f"step {BASE_STEP} (the base {base.name})"))
        return row

    def score(self, checkpoint: Path, step: int, epoch: float | None, history: list[dict]) -> LedgerRow:
        train_loss, eval_loss = loss_at(history, "loss", step), loss_at(history, "eval_loss", step)
        if self.scorer is None:
            return unscored_row(step=step, epoch=epoch, checkpoint=checkpoint, train_loss=train_loss,
                                eval_loss=eval_loss, error=None, run_dir=None, seconds=None)
        began = time.perf_counter()
        run_dir = self.run_dir(checkpoint) if self.run_dir is not None else None
        try:
            scorecard = self.scorer(checkpoint)
        except Exception as exc:  # noqa: BLE001 (a failed evaluation is recorded; training goes on)
            seconds = time.perf_counter() - began
            if run_dir is not None:
                run_dir.mkdir(parents=True, exist_ok=True)
                (run_dir / "error.txt").write_text(traceback.format_exc(), encoding="utf-8")
            return unscored_row(step=step, epoch=epoch, checkpoint=checkpoint, train_loss=train_loss,
                                eval_loss=eval_loss, error=f"{type(exc).__name__}: {exc}",
                                run_dir=run_dir, seconds=seconds)
        row = scored_row(step=step, epoch=epoch, checkpoint=checkpoint, train_loss=train_loss,
                         eval_loss=eval_loss, scorecard=scorecard,
                         run_dir=run_dir or checkpoint, seconds=time.perf_counter() - began)
        if self.onnx is not None:
            try:
                row = row.model_copy(update={"onnx": self.onnx(checkpoint)})
            except Exception as exc:  # noqa: BLE001 (recorded like a failed evaluation)
                row = row.model_copy(update={"onnx": OnnxScoreError(error=f"{type(exc).__name__}: {exc}")})
        return row


def _num(value: float | None, fmt: str = ".3f") -> str:
    return "n/a" if value is None else format(value, fmt)


def describe_row(row: LedgerRow) -> str:
    head = f"checkpoint-{row.step}: train loss {_num(row.train_loss)}, eval loss {_num(row.eval_loss)}"
    if row.error is not None:
        return f"{head}; not scored: {row.error}"
    p = row.passed
    if p is None:
        return f"{head}; scoring off"
    return (f"{head}; passed {p.count}/{p.total} ({_num(p.rate, '.1%')}, "
            f"95% CI {_num(p.low, '.1%')}-{_num(p.high, '.1%')})")
