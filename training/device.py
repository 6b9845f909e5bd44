"""Where and how to train: device, precision, quantization, loader, optimizer.

On CUDA: 4-bit QLoRA with bitsandbytes, unsloth's FastLanguageModel when it
is installed (the ``gpu`` extra), 8-bit AdamW, bf16 where the card has it.
On CPU: the same trl path in fp32 without quantization. The decision is a
plain value (``DevicePlan``) made from what is importable and available, so
tests decide it on a CPU-only machine by faking both; it is printed and
recorded in the run's ``train_config.json``.

Out of memory on CUDA, ``retry_on_oom`` halves the batch, doubles the
accumulation (the same effective batch, so the same steps and schedule),
says so, and trains again.
"""

from __future__ import annotations

import gc
import importlib.util
from dataclasses import asdict, dataclass, field
from typing import Callable, TypeVar

from harness.errors import UsageError
from training.config import TrainSettings

GPU_EXTRA = "pip install 'epicrisis-harness[gpu]'"
T = TypeVar("T")


def importable(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it (unsloth
    patches transformers on import: only the CUDA path may import it)."""
    return importlib.util.find_spec(module) is not None


def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def cuda_bf16() -> bool:
    import torch

    return torch.cuda.is_bf16_supported()


@dataclass(frozen=True)
class DevicePlan:
    device: str  # "cuda" | "cpu"
    precision: str  # "bf16" | "fp16" | "fp32"
    quantization: str | None  # "4bit-nf4" | None
    loader: str  # "unsloth" | "transformers"
    optimizer: str  # a transformers ``optim`` name
    gradient_checkpointing: bool
    notes: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        quant = self.quantization or "no quantization"
        text = (f"training on {self.device} ({self.precision}, {quant}, {self.loader} loader, "
                f"{self.optimizer}{', gradient checkpointing' if self.gradient_checkpointing else ''})")
        return text + "".join(f"; {note}" for note in self.notes)

    def record(self) -> dict:
        return asdict(self)


def plan_device(settings: TrainSettings, *, cuda: Callable[[], bool] = cuda_available,
                bf16: Callable[[], bool] = cuda_bf16,
                can_import: Callable[[str], bool] = importable) -> DevicePlan:
    full = settings.method == "full"
    on_cuda = settings.device == "cuda" or (settings.device == "auto" and cuda())
    if settings.device == "cuda" and not cuda():
        raise UsageError("--device cuda: no CUDA device is available (torch.cuda.is_available() is False)")
    if not on_cuda:
        if settings.quantization == "4bit":
            raise UsageError("--quantization 4bit needs a CUDA device (bitsandbytes); this run is on CPU")
        return DevicePlan("cpu", "fp32", None, "transformers", "adamw_torch", False)

    notes: list[str] = []
    has_bnb = can_import("bitsandbytes")
    quantization = None
    if full:
        if settings.quantization == "4bit":
            raise UsageError("--quantization 4bit trains LoRA adapters; method 'full' trains every weight")
    elif settings.quantization == "4bit" and not has_bnb:
        raise UsageError(f"--quantization 4bit needs bitsandbytes: {GPU_EXTRA}")
    elif settings.quantization != "none":
        if has_bnb:
            quantization = "4bit-nf4"
        else:
            notes.append(f"bitsandbytes not installed, no 4-bit and no 8-bit AdamW ({GPU_EXTRA})")
    loader = "transformers"
    if not full and settings.unsloth == "auto":
        if can_import("unsloth"):
            loader = "unsloth"
        else:
            notes.append(f"unsloth not installed ({GPU_EXTRA})")
    optimizer = "adamw_bnb_8bit" if has_bnb else "adamw_torch_fused"
    return DevicePlan("cuda", "bf16" if bf16() else "fp16", quantization, loader, optimizer,
                      gradient_checkpointing=not full, notes=tuple(notes))


def is_out_of_memory(exc: BaseException) -> bool:
    import torch

    if isinstance(exc, torch.cuda.OutOfMemoryError):
        return True
    return isinstance(exc, RuntimeError) and "CUDA out of memory" in str(exc)


def free_cuda_memory() -> None:
    gc.collect()
    import torch

    if torch.cuda.is_available():
        torch.cuda.empty_cache()


class OutOfMemory(UsageError):
    pass


@dataclass(frozen=True)
class Retry:
    batch_size: int
    grad_accum: int
    reason: str


def retry_on_oom(attempt: Callable[[int, int], T], batch_size: int, grad_accum: int, *,
                 say: Callable[[str], None], retries: list[Retry] | None = None,
                 is_oom: Callable[[BaseException], bool] = is_out_of_memory,
                 free: Callable[[], None] = free_cuda_memory) -> T:
    """Run ``attempt(batch_size, grad_accum)``; on out-of-memory halve the
    batch and double the accumulation until it fits or the batch is 1."""
    while True:
        try:
            return attempt(batch_size, grad_accum)
        except Exception as exc:  # only out-of-memory is handled; the rest re-raises
            if not is_oom(exc):
                raise
            reason = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        free()  # outside the except block: the traceback held the failed attempt's tensors
        if batch_size == 1:
            raise OutOfMemory(
                f"out of memory at batch size 1 ({reason}): lower --max-length, use "
                "--quantization 4bit, or train on a larger card")
        batch_size, grad_accum = max(1, batch_size // 2), grad_accum * 2
        if retries is not None:
            retries.append(Retry(batch_size, grad_accum, reason))
        say(f"out of memory ({reason}); retrying with batch size {batch_size} "
            f"x accumulation {grad_accum}")


def run_training(plan: DevicePlan, attempt: Callable[[int, int], T], batch_size: int, grad_accum: int, *,
                 say: Callable[[str], None], retries: list[Retry]) -> T:
    """On CUDA, train with the out-of-memory retry; on CPU an allocation
    failure is the machine's limit, not the batch's, and is raised as is."""
    if plan.device == "cuda":
        return retry_on_oom(attempt, batch_size, grad_accum, say=say, retries=retries)
    return attempt(batch_size, grad_accum)
