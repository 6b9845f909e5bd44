"""The ``pretrain`` command: build the small pretrained base (``training.pretrain``).

Only typer is imported at module level; ``training.pretrain`` (and torch,
transformers) inside the command. It needs neither trl, datasets nor
optimum, so it runs on a GPU machine that has only torch and transformers.
Exit status: 0 when the folder was written, 2 on a usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from harness.app.cli_train import Device
from harness.errors import UsageError


class TrainingProgress:
    """A progress bar on stderr with tokens/s and the loss; on a terminal
    only (a log gets one line per tenth of the run instead)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
            TimeRemainingColumn

        self.console = Console(stderr=True, highlight=False)
        self.bar = Progress(TextColumn("pretraining"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rates]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=self.console, transient=False, disable=not self.console.is_terminal)
        self.task = None
        self.next_line = 0.0

    def __enter__(self) -> "TrainingProgress":
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def __call__(self, step: int, steps: int, tokens: int, loss: float, seconds: float) -> None:
        if self.task is None:
            self.task = self.bar.add_task("pretrain", total=steps, rates="")
        rates = f"{tokens / max(seconds, 1e-9):,.0f} tokens/s  loss {loss:.4f}"
        self.bar.update(self.task, completed=step, rates=rates)
        if not self.console.is_terminal and (step / steps >= self.next_line or step == steps):
            self.next_line += 0.1
            self.console.print(f"step {step}/{steps}  {tokens:,} tokens  {rates}")


def pretrain_command(
    out: Annotated[Path, typer.Option("--out", help="Folder to write: a Hugging Face model folder and base_card.json.")],
    preset: Annotated[str, typer.Option("--preset", help="Preset name in training/presets/ or a JSON file.")] = "micro-base",
    device: Annotated[Device, typer.Option("--device", help="cuda (bf16 autocast), cpu (fp32, slow) or auto.")] = Device.auto,
    tokens: Annotated[Optional[int], typer.Option("--tokens", min=1000, help="Training tokens (default: the preset's).")] = None,
    seed: Annotated[Optional[int], typer.Option("--seed", help="Seed of the weights and the batch order (default: the preset's).")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace a non-empty --out.")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Processes generating records (default: CPUs, at most 16).")] = None,
    threads: Annotated[Optional[int], typer.Option("--threads", min=1, help="CPU threads for training.")] = None,
) -> None:
    """Pretrain a small Qwen2 base from scratch on generated records in the base's house style."""
    from rich.console import Console

    from training.pretrain import pretrain

    console = Console(stderr=True, highlight=False)

    def say(message: str) -> None:
        console.print(message, soft_wrap=True, markup=False)

    try:
        with TrainingProgress() as progress:
            result = pretrain(preset, out, device=device.value, tokens=tokens, seed=seed, overwrite=overwrite,
                              workers=workers, threads=threads, say=say, progress=progress)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        raise typer.Exit(2)
    card = result.card
    say(f"{card.training.steps} steps, {card.tokens.trained:,} tokens ({card.generator.records_trained:,} records) "
        f"in {card.seconds['training']:.0f} s on {card.device['name']}; final loss {card.training.final_loss}; "
        f"total {card.seconds['total']:.0f} s; wrote {result.out}")


def register(app: typer.Typer) -> None:
    app.command("pretrain")(pretrain_command)
