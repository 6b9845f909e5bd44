"""The ``train`` and ``merge`` commands.

Only typer is imported at module level; ``training`` (and with it torch, trl,
peft) is imported inside the commands, so the harness core never imports
training and ``epicrisis check`` stays fast. Exit status: 0 when training
finished (whatever the scores: gates judge them later), 2 on a usage or
configuration error reported as ``FILE:LINE: reason`` on stderr.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from harness.app.options import fail_usage
from harness.errors import UsageError
from harness.figures import pct_interval


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


class Quantization(str, Enum):
    auto = "auto"
    four_bit = "4bit"
    none = "none"


# Flag name for each nested setting, so an invalid value is reported by the flag the user typed.
FLAG_NAMES = {("lora", "r"): "--lora-r", ("lora", "alpha"): "--lora-alpha",
              ("lora", "dropout"): "--lora-dropout", ("eval", "limit"): "--eval-limit",
              ("eval", "max_new_tokens"): "--max-new-tokens", ("eval", "batch_size"): "--eval-batch-size",
              ("eval", "enabled"): "--no-scoring", ("eval", "onnx"): "--score-onnx", ("output",): "--output",
              ("compile",): "--compile"}


def _flags(**values: Any) -> dict[str, Any]:
    """The flags given (None: not given), nested like the TOML file."""
    flags: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        value = value.value if isinstance(value, Enum) else value
        table, _, name = key.partition("__")
        if name:
            flags.setdefault(table, {})[name] = value
        else:
            flags[key] = value
    return flags


def _unsloth(on: bool, off: bool) -> str | None:
    if on and off:
        raise UsageError("--unsloth and --no-unsloth contradict each other")
    return "on" if on else "off" if off else None


def _ledger_table(rows) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("step", "train loss", "eval loss", "passed (95% CI)", "most frequent failures",
                  title="scored checkpoints")
    for row in rows:
        failing = sorted(((c.records.count, cid) for cid, c in row.checks.items()
                          if c.severity == "error" and c.records.count), reverse=True)[:3]
        failures = ", ".join(f"{cid} {count}" for count, cid in failing) or ("-" if row.error is None else row.error)
        loss = [f"{v:.3f}" if v is not None else "n/a" for v in (row.train_loss, row.eval_loss)]
        table.add_row(f"{row.step}{' *' if row.best else ''}", *loss, pct_interval(row.passed), failures)
    Console(stderr=True).print(table)


def train_command(
    config: Annotated[Optional[Path], typer.Option("--config", help="train.toml: settings as top-level keys, \\[lora] and \\[eval] tables.")] = None,
    base: Annotated[Optional[str], typer.Option("--base", help="'micro', a local Hugging Face model folder, or a .gguf file.")] = None,
    preset: Annotated[Optional[Path], typer.Option("--preset", help="Micro preset JSON (default: training/presets/micro.json).")] = None,
    data: Annotated[Optional[Path], typer.Option("--data", help="Folder with train.jsonl and validation.jsonl (epicrisis data prepare).")] = None,
    train_file: Annotated[Optional[Path], typer.Option("--train-file", help="Training JSONL (instead of --data).")] = None,
    validation_file: Annotated[Optional[Path], typer.Option("--validation-file", help="Validation JSONL, scored at each save.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", help="Output directory: checkpoints, ledger, scores.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an earlier training run in --output.")] = False,
    method: Annotated[Optional[str], typer.Option("--method", help="lora (default) or full (every weight; the micro preset's).")] = None,
    epochs: Annotated[Optional[float], typer.Option("--epochs")] = None,
    max_steps: Annotated[Optional[int], typer.Option("--max-steps", help="Stop after N optimizer steps (overrides --epochs).")] = None,
    batch_size: Annotated[Optional[int], typer.Option("--batch-size", help="Per-device batch.")] = None,
    grad_accum: Annotated[Optional[int], typer.Option("--grad-accum", help="Gradient accumulation steps.")] = None,
    learning_rate: Annotated[Optional[float], typer.Option("--learning-rate")] = None,
    lr_scheduler: Annotated[Optional[str], typer.Option("--lr-scheduler")] = None,
    warmup_ratio: Annotated[Optional[float], typer.Option("--warmup-ratio")] = None,
    weight_decay: Annotated[Optional[float], typer.Option("--weight-decay")] = None,
    max_grad_norm: Annotated[Optional[float], typer.Option("--max-grad-norm")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed")] = None,
    save_steps: Annotated[Optional[int], typer.Option("--save-steps", help="Save (and score) every N steps.")] = None,
    save_total_limit: Annotated[Optional[int], typer.Option("--save-total-limit", help="Checkpoints kept (the best is always kept).")] = None,
    logging_steps: Annotated[Optional[int], typer.Option("--logging-steps")] = None,
    max_length: Annotated[Optional[int], typer.Option("--max-length", help="Longest tokenized example.")] = None,
    lora_r: Annotated[Optional[int], typer.Option("--lora-r")] = None,
    lora_alpha: Annotated[Optional[int], typer.Option("--lora-alpha")] = None,
    lora_dropout: Annotated[Optional[float], typer.Option("--lora-dropout")] = None,
    eval_limit: Annotated[Optional[int], typer.Option("--eval-limit", help="Score only the first N validation records.")] = None,
    max_new_tokens: Annotated[Optional[int], typer.Option("--max-new-tokens", help="Generation length when scoring.")] = None,
    eval_batch_size: Annotated[Optional[int], typer.Option("--eval-batch-size", help="Generation batch when scoring.")] = None,
    no_scoring: Annotated[bool, typer.Option("--no-scoring", help="Save checkpoints without scoring them.")] = False,
    score_onnx: Annotated[bool, typer.Option("--score-onnx", help="Also export each checkpoint to ONNX, score it and compare it with torch.")] = False,
    device: Annotated[Optional[Device], typer.Option("--device")] = None,
    quantization: Annotated[Optional[Quantization], typer.Option("--quantization", help="4-bit QLoRA on CUDA (auto: bf16 LoRA on cards of 24 GB or more, 4-bit below when bitsandbytes is installed).")] = None,
    use_unsloth: Annotated[bool, typer.Option("--unsloth", help="CUDA: train through unsloth whatever the card's size (auto: on cards below 24 GB, when installed).")] = False,
    no_unsloth: Annotated[bool, typer.Option("--no-unsloth", help="Do not use unsloth even when installed.")] = False,
    compile_layers: Annotated[bool, typer.Option("--compile", help="CUDA: torch.compile each decoder layer (about 1.8x faster steps after a cold compile of a minute or more).")] = False,
    threads: Annotated[Optional[int], typer.Option("--threads", min=1, help="CPU threads for training and scoring.")] = None,
    checks_config: Annotated[Optional[Path], typer.Option("--checks-config", help="epicrisis.toml for the checks (default: the nearest one).")] = None,
) -> None:
    """Fine-tune BASE on the training split, scoring every checkpoint on the validation split."""
    from rich.console import Console

    from harness.app.cli_eval import RichProgress
    from harness.config import load_config
    from training.config import resolve_settings
    from training.micro import load_preset

    console = Console(stderr=True, highlight=False)
    try:
        flags = _flags(base=base, preset=preset, data=data, train_file=train_file, validation_file=validation_file,
                       output=output, method=method, epochs=epochs, max_steps=max_steps, batch_size=batch_size,
                       grad_accum=grad_accum, learning_rate=learning_rate, lr_scheduler=lr_scheduler,
                       warmup_ratio=warmup_ratio, weight_decay=weight_decay, max_grad_norm=max_grad_norm,
                       seed=seed, save_steps=save_steps, save_total_limit=save_total_limit,
                       logging_steps=logging_steps, max_length=max_length, device=device,
                       quantization=quantization, unsloth=_unsloth(use_unsloth, no_unsloth),
                       compile=True if compile_layers else None, threads=threads,
                       lora__r=lora_r, lora__alpha=lora_alpha, lora__dropout=lora_dropout,
                       eval__limit=eval_limit, eval__max_new_tokens=max_new_tokens,
                       eval__batch_size=eval_batch_size, eval__enabled=False if no_scoring else None,
                       eval__onnx=True if score_onnx else None)
        settings, sources = resolve_settings(config, flags, preset_training=lambda path: load_preset(path).training,
                                             flag_names=FLAG_NAMES)
        checks = load_config(checks_config)
        from export.score import score_onnx_checkpoint
        from training.sft import train

        def say(message: str) -> None:
            console.print(message, soft_wrap=True, markup=False)

        result = train(settings, sources, overwrite=overwrite, say=say, checks=checks,
                       scoring_progress=RichProgress, onnx_scorer=score_onnx_checkpoint)
    except UsageError as exc:
        fail_usage(exc)
        return
    if result.rows:
        _ledger_table(result.rows)
    best = result.best
    summary = (f"{result.steps} steps in {result.train_seconds:.0f} s (scoring "
               f"{result.scoring_seconds:.0f} s of it); wrote {result.output}")
    if best is not None and best.passed is not None:
        summary += f"; best: checkpoint-{best.step} ({best.passed.count}/{best.passed.total} passed)"
    console.print(summary)


def merge_command(
    adapter: Annotated[Path, typer.Argument(help="A checkpoint folder: LoRA adapter (or a full model, copied).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the merged full model.")],
    base: Annotated[Optional[Path], typer.Option("--base", help="The adapter's local base model (default: from adapter_config.json).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace a non-empty --out.")] = False,
) -> None:
    """Fold a LoRA adapter into its base and save a full model for export."""
    from training.merge import merge_adapter

    try:
        result = merge_adapter(adapter, out, base=base, overwrite=overwrite)
    except UsageError as exc:
        fail_usage(exc)
        return
    what = f"merged {adapter} into {result.base}" if result.base else f"{adapter} is a full model; copied"
    sys.stderr.write(f"{what}; wrote {result.out}\n")


def register(app: typer.Typer) -> None:
    app.command("train")(train_command)
    app.command("merge")(merge_command)
