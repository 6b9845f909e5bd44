"""Supervised fine-tuning with trl's SFTTrainer, scored at every save.

Each record becomes a prompt/completion pair rendered by the harness's
PromptBuilder (the one evaluation and the app use): the prompt is the
conversation up to the assistant's turn, the completion is the assistant's
turn as the chat template writes it, end-of-turn token included. trl then
computes the loss on the completion only (``completion_only_loss``), and the
tokens the model sees at training time are the tokens it sees at
generation time, because the prompt is tokenized exactly as evaluation
tokenizes it.

How each step runs is the device plan's (``training.device``): on CPU padded
batches grouped by length and the cross-entropy of the completion tokens
(``training.trainer``); on CUDA padding-free batches with torch's varlen
attention and chunked cross-entropy (``training.cuda_fast``), unless unsloth
loads the model.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from harness.backends import load_tokenizer
from harness.errors import InputError, UsageError
from harness.samples import Sample, read_samples
from harness.schemas import BEST_FILE, LEDGER_FILE, TRAIN_RECORD_FILE, LedgerRow
from training.base import TrainingBase, load_for_training, resolve_base
from training.config import TrainSettings, data_files
from training.device import DevicePlan, Retry, plan_device, run_training
from training.ledger import Ledger
from training.record import data_info, finish_record, start_record, write_record

if TYPE_CHECKING:  # the callback imports transformers: train() imports it when it runs
    from training.callback import OnnxScorer

# What a training run writes in its output directory (and --overwrite removes).
ARTIFACTS = (LEDGER_FILE, BEST_FILE, TRAIN_RECORD_FILE, "base", "scores", "README.md")  # README: trl's model card


@dataclass(frozen=True)
class TrainResult:
    output: Path
    steps: int
    train_seconds: float  # scoring included
    scoring_seconds: float
    rows: list[LedgerRow]
    best: LedgerRow | None
    plan: DevicePlan
    retries: list[Retry]


def completion_pairs(samples: Sequence[Sample], builder: Any, path: Path) -> list[dict[str, str]]:
    eos = getattr(builder.tokenizer, "eos_token", None)
    pairs = []
    for sample in samples:
        if sample.reference is None:
            raise InputError(str(path), sample.line, "no 'output': training needs the reference epicrisis")
        prompt = builder.render(sample.instruction, sample.input)
        conversation = builder.render(sample.instruction, sample.input, sample.reference)
        if not conversation.startswith(prompt):
            raise UsageError(
                "the chat template renders the prompt differently with and without the assistant's "
                "turn, so the trained prompt would not be the evaluated one; use a template whose "
                "generation prompt is a prefix of the whole conversation")
        completion = conversation[len(prompt):]
        # Keep the template's end-of-turn token and drop what follows it (a
        # newline), so trl does not append a second end-of-sequence token.
        if eos and completion.rstrip().endswith(eos):
            completion = completion.rstrip()
        pairs.append({"prompt": prompt, "completion": completion})
    return pairs


def earlier_run(out: Path, overwrite: bool) -> list[Path]:
    """What an earlier training run left in ``out`` (an error unless ``overwrite``)."""
    existing = [p for p in (*(out / a for a in ARTIFACTS), *out.glob("checkpoint-*")) if p.exists()]
    if existing and not overwrite:
        raise UsageError(f"{out}: already holds a training run ({existing[0].name}); "
                         "pass --overwrite or choose another --output")
    return existing


def clear_output(out: Path, existing: list[Path]) -> None:
    for path in existing:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    out.mkdir(parents=True, exist_ok=True)


def sft_config_kwargs(settings: TrainSettings, plan: DevicePlan, batch_size: int, grad_accum: int) -> dict[str, Any]:
    """The ``SFTConfig`` arguments of one training attempt."""
    return dict(
        output_dir=str(settings.output), seed=settings.seed, data_seed=settings.seed,
        num_train_epochs=settings.epochs, max_steps=settings.max_steps,
        per_device_train_batch_size=batch_size, per_device_eval_batch_size=batch_size,
        gradient_accumulation_steps=grad_accum, learning_rate=settings.learning_rate,
        lr_scheduler_type=settings.lr_scheduler, warmup_ratio=settings.warmup_ratio,
        weight_decay=settings.weight_decay, max_grad_norm=settings.max_grad_norm,
        optim=plan.optimizer, bf16=plan.precision == "bf16", fp16=plan.precision == "fp16",
        gradient_checkpointing=plan.gradient_checkpointing, use_cpu=plan.device == "cpu",
        logging_steps=settings.logging_steps, save_strategy="steps", save_steps=settings.save_steps,
        save_total_limit=settings.save_total_limit, save_only_model=True,
        eval_strategy="steps", eval_steps=settings.save_steps,
        max_length=settings.max_length, completion_only_loss=True,
        # Padded batches: similar lengths share a batch (padding is compute thrown away).
        # Padding-free batches have no padding to save, and take the sequences in random order.
        group_by_length=plan.batching == "padded",
        # Padding-free batches come from our collator (``trainer_for``); trl's own
        # ``padding_free`` would refuse ``max_length`` (its truncation) without packing.
        padding_free=False,
        dataloader_num_workers=0, report_to=[],
    )


def sft_arguments(settings: TrainSettings, plan: DevicePlan, batch_size: int, grad_accum: int) -> Any:
    from trl import SFTConfig

    return SFTConfig(**sft_config_kwargs(settings, plan, batch_size, grad_accum))


def padding_free_collator(tokenizer: Any) -> Any:
    """trl's collator in padding-free mode: a batch's sequences concatenated
    into one row with per-sequence ``position_ids`` and ``cu_seq_lens``."""
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    return DataCollatorForLanguageModeling(pad_token_id=tokenizer.pad_token_id, padding_free=True)


def trainer_for(plan: DevicePlan, *, model: Any, args: Any, tokenizer: Any, **kwargs: Any) -> Any:
    """The trainer of one attempt: unsloth's plan keeps trl's SFTTrainer as
    is; the others compute the loss on the completion tokens
    (``CompletionSFTTrainer``: chunked on CUDA) and, padding-free, batch
    with trl's padding-free collator."""
    if plan.loss == "trl":
        from trl import SFTTrainer

        return SFTTrainer(model=model, args=args, processing_class=tokenizer, **kwargs)
    from training.cuda_fast import CE_CHUNK
    from training.trainer import CompletionSFTTrainer

    if plan.batching == "padding-free":
        kwargs["data_collator"] = padding_free_collator(tokenizer)
        # what trl does when it builds the collator itself: the model agrees with the tokenizer
        model.config.get_text_config().pad_token_id = tokenizer.pad_token_id
        if getattr(model, "generation_config", None) is not None:
            model.generation_config.pad_token_id = tokenizer.pad_token_id
    return CompletionSFTTrainer(model=model, args=args, processing_class=tokenizer,
                                loss_chunk=CE_CHUNK if plan.loss == "chunked-ce" else None,
                                compile_layers=plan.compile, **kwargs)


def read_training_data(settings: TrainSettings) -> tuple[Path, Path, list[Sample], list[Sample]]:
    train_path, validation_path = data_files(settings)
    train, _ = read_samples(train_path)
    validation, _ = read_samples(validation_path)
    return train_path, validation_path, train, validation


def train(settings: TrainSettings, sources: dict[str, str], *, overwrite: bool = False,
          say: Callable[[str], None] = print, checks: Any = None,
          scoring_progress: Callable[[], object] | None = None,
          onnx_scorer: OnnxScorer | None = None) -> TrainResult:
    """Train, scoring each checkpoint; write the run record, ledger and best mark.
    ``onnx_scorer`` (the app's: ``export.score.score_onnx_checkpoint``) also
    scores each checkpoint on ONNX when ``[eval] onnx`` asks for it."""
    if settings.eval.enabled and settings.eval.onnx and onnx_scorer is None:
        raise UsageError("[eval] onnx: scoring checkpoints on ONNX needs the ONNX scorer the app hands to "
                         "training (`epicrisis train --score-onnx` and `epicrisis pipeline` do)")
    train_path, validation_path, train_samples, validation_samples = read_training_data(settings)
    out = settings.output
    existing = earlier_run(out, overwrite)
    plan = plan_device(settings)  # before any work: an impossible device request fails first

    import torch
    from datasets import Dataset, disable_progress_bars
    from transformers import set_seed

    from harness.config import Config
    from harness.prompt import PromptBuilder
    from training.callback import SCORES_DIR, CheckpointScorer, ScoringCallback

    disable_progress_bars()  # trl's dataset preparation takes a second; its bars are noise
    clear_output(out, existing)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    say(plan.describe())
    base: TrainingBase = resolve_base(settings, train_samples, say=say)
    augmented = 0
    if settings.is_micro:
        from training.micro import augmentation, load_preset

        spec = load_preset(settings.preset).augment
        if spec is not None:  # after the tokenizer: it is trained on the user's split only
            extra = augmentation(spec, validation_samples)
            train_samples, augmented = [*train_samples, *extra], len(extra)
            say(f"micro preset: {augmented} generated training records added (seed {spec.seed})")
    tokenizer = load_tokenizer(base.path, padding_side=None)
    builder = PromptBuilder(tokenizer)
    train_data = Dataset.from_list(completion_pairs(train_samples, builder, train_path))
    eval_data = Dataset.from_list(completion_pairs(validation_samples, builder, validation_path))

    record = start_record(settings, sources, plan, base, builder,
                          data_info(train_path, len(train_samples) - augmented, validation_path,
                                    len(validation_samples), augmented=augmented))
    write_record(out, record)
    ledger = Ledger(out)
    scorer = None
    if settings.eval.enabled:
        scorer = CheckpointScorer(validation=validation_path, scores_dir=out / SCORES_DIR,
                                  settings=settings.eval, checks=checks or Config(), base=base.path,
                                  threads=settings.threads, progress=scoring_progress,
                                  # A checkpoint trained on a GPU is scored there (fp32 weights either way).
                                  device=plan.device, onnx_scorer=onnx_scorer)
    callback = ScoringCallback(scorer, ledger, say, run_dir=scorer.run_dir if scorer else None,
                               onnx=scorer.onnx if scorer and settings.eval.onnx else None)
    if scorer is not None and not settings.is_micro and settings.max_steps != 0:
        # A pretrained base: its scores before any fine-tuning are the trend's first point
        # (a from-scratch micro model's random weights would say nothing).
        callback.score_base(base.path)
    retries: list[Retry] = []

    def attempt(batch_size: int, grad_accum: int, gradient_checkpointing: bool) -> Any:
        if retries:
            ledger.reset()  # the failed attempt's rows described other weights
        set_seed(settings.seed)
        tried = replace(plan, gradient_checkpointing=gradient_checkpointing)
        model, peft_config = load_for_training(base, settings, tried)
        trainer = trainer_for(tried, model=model, args=sft_arguments(settings, tried, batch_size, grad_accum),
                              tokenizer=tokenizer, train_dataset=train_data, eval_dataset=eval_data,
                              peft_config=peft_config, callbacks=[callback])
        record.parameters = parameter_counts(trainer.model)
        write_record(out, record)
        trainer.train()
        return trainer

    began = time.perf_counter()
    trainer = run_training(plan, attempt, *plan.step_shape(settings.batch_size, settings.grad_accum),
                           say=say, retries=retries)
    seconds = time.perf_counter() - began
    best = ledger.best()
    finish_record(record, steps=trainer.state.global_step, seconds=seconds, retries=retries, ledger=ledger)
    write_record(out, record)
    assert record.outcome is not None
    return TrainResult(out, trainer.state.global_step, seconds, record.outcome.scoring_seconds,
                       list(ledger.rows), best, plan, retries)


def parameter_counts(model: Any) -> dict[str, int]:
    total = sum(p.numel() for p in model.parameters())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return {"total": total, "trainable": trainable}
