"""Where and how to train: device, precision, quantization, loader, optimizer,
batching, attention, loss.

On CUDA (``bench/README_gpu.md`` measured why): bf16 LoRA on cards of 24 GB
or more and 4-bit QLoRA with bitsandbytes below (``quantization = "auto"``);
padding-free batches attended with torch's varlen kernel, each optimizer
step's sequences in one row (padded batches and sdpa where torch has no
working varlen kernel); chunked cross-entropy; no gradient checkpointing;
``torch.compile`` of each decoder layer only when asked (``--compile``).
unsloth's FastLanguageModel, when installed (the ``gpu`` extra), on cards
below 24 GB (or with ``--unsloth``) keeps its own path: padded batches, its
attention, trl's loss, gradient checkpointing below 24 GB. On larger cards
the path above trains faster, so ``auto`` leaves unsloth unused there.
8-bit AdamW where bitsandbytes is installed, bf16 where the card has it.
On CPU: the same trl path in fp32 without quantization, padded batches
grouped by length, sdpa. The decision is a plain value (``DevicePlan``)
made from what is importable and available, so tests decide it on a
CPU-only machine by faking both; it is printed and recorded in the run's
``train_config.json``.

Out of memory on CUDA, ``retry_on_oom`` first turns gradient checkpointing
on, then halves the batch and doubles the accumulation (the same effective
batch, so the same steps and schedule), says so, and trains again.
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


def cuda_memory_gb() -> float:
    """The card's memory in GB (10^9 bytes, as cards are sold: a 24 GB card
    reports 22.5-24 GiB)."""
    import torch

    return torch.cuda.get_device_properties(torch.cuda.current_device()).total_memory / 1e9


def trl_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trl")
    except PackageNotFoundError:
        return None


# trl 1.15 (the newest unsloth allows) computes the evaluation loss with Triton
# kernels only; 1.16 added the torch path that CPU training needs.
TRL_CPU_MIN = (1, 16)


def varlen_ready() -> tuple[bool, str]:
    from training.cuda_fast import varlen_status

    return varlen_status()


BF16_LORA_MIN_GB = 24  # quantization "auto": bf16 LoRA from here up, 4-bit below
UNSLOTH_MAX_GB = BF16_LORA_MIN_GB  # unsloth "auto": its loader (and its checkpointing) below, where memory is tight
BATCHING = {"padded": "padded batches", "padding-free": "padding-free batches"}
ATTENTION = {"sdpa": "sdpa attention", "torch_varlen": "torch varlen attention", "unsloth": "unsloth attention"}
LOSS = {"ce": "cross-entropy on the completion tokens", "chunked-ce": "chunked cross-entropy",
        "trl": "trl's loss"}


@dataclass(frozen=True)
class DevicePlan:
    device: str  # "cuda" | "cpu"
    precision: str  # "bf16" | "fp16" | "fp32"
    quantization: str | None  # "4bit-nf4" | None
    loader: str  # "unsloth" | "transformers"
    optimizer: str  # a transformers ``optim`` name
    gradient_checkpointing: bool
    batching: str = "padded"  # "padded" | "padding-free"
    attention: str = "sdpa"  # "sdpa" | "torch_varlen" | "unsloth"
    loss: str = "ce"  # "ce" (completion tokens, whole logits) | "chunked-ce" | "trl" (SFTTrainer's own)
    compile: bool = False  # torch.compile of each decoder layer
    gpu_memory_gb: float | None = None
    notes: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        quant = self.quantization or "no quantization"
        text = (f"training on {self.device} ({self.precision}, {quant}, {self.loader} loader, "
                f"{self.optimizer}{', gradient checkpointing' if self.gradient_checkpointing else ''}; "
                f"{BATCHING[self.batching]}, {ATTENTION[self.attention]}, {LOSS[self.loss]}"
                f"{', torch.compile per decoder layer' if self.compile else ''})")
        return text + "".join(f"; {note}" for note in self.notes)

    def record(self) -> dict:
        return asdict(self)

    def step_shape(self, batch_size: int, grad_accum: int) -> tuple[int, int]:
        """The (micro-batch, accumulation) of the first attempt: padding-free
        batches put an optimizer step's sequences in one row."""
        if self.batching == "padding-free":
            return batch_size * grad_accum, 1
        return batch_size, grad_accum


def plan_device(settings: TrainSettings, *, cuda: Callable[[], bool] = cuda_available,
                bf16: Callable[[], bool] = cuda_bf16,
                can_import: Callable[[str], bool] = importable,
                memory_gb: Callable[[], float] = cuda_memory_gb,
                varlen: Callable[[], tuple[bool, str]] = varlen_ready,
                trl: Callable[[], str | None] = trl_version) -> DevicePlan:
    full = settings.method == "full"
    on_cuda = settings.device == "cuda" or (settings.device == "auto" and cuda())
    if settings.device == "cuda" and not cuda():
        raise UsageError("--device cuda: no CUDA device is available (torch.cuda.is_available() is False)")
    if not on_cuda:
        if settings.quantization == "4bit":
            raise UsageError("--quantization 4bit needs a CUDA device (bitsandbytes); this run is on CPU")
        if settings.compile:
            raise UsageError("--compile is for CUDA training; this run is on CPU")
        if settings.unsloth == "on":
            raise UsageError("--unsloth is for CUDA training (unsloth needs a CUDA device); this run is on CPU")
        installed = trl()
        if installed and tuple(int(p) for p in installed.split(".")[:2] if p.isdigit()) < TRL_CPU_MIN:
            raise UsageError(f"trl {installed} evaluates with Triton kernels only (CUDA); training on CPU needs "
                             f"trl>={'.'.join(map(str, TRL_CPU_MIN))} (unsloth's trl<=1.15 is for CUDA machines)")
        return DevicePlan("cpu", "fp32", None, "transformers", "adamw_torch", False)

    notes: list[str] = []
    has_bnb = can_import("bitsandbytes")
    gigabytes = round(memory_gb(), 1)
    precision = "bf16" if bf16() else "fp16"
    quantization = None
    if full:
        if settings.quantization == "4bit":
            raise UsageError("--quantization 4bit trains LoRA adapters; method 'full' trains every weight")
    elif settings.quantization == "4bit" and not has_bnb:
        raise UsageError(f"--quantization 4bit needs bitsandbytes: {GPU_EXTRA}")
    elif settings.quantization == "4bit":
        quantization = "4bit-nf4"
    elif settings.quantization == "auto":
        if gigabytes >= BF16_LORA_MIN_GB:
            notes.append(f"{precision} LoRA, not 4-bit: the card has {gigabytes:g} GB (4-bit below "
                         f"{BF16_LORA_MIN_GB} GB; --quantization 4bit forces it)")
        elif has_bnb:
            quantization = "4bit-nf4"
        else:
            notes.append(f"bitsandbytes not installed, no 4-bit and no 8-bit AdamW ({GPU_EXTRA})")
    loader = _loader(settings, full, gigabytes, can_import, notes)
    optimizer = "adamw_bnb_8bit" if has_bnb else "adamw_torch_fused"
    if loader == "unsloth":  # unsloth's own path: its attention, trl's loss, its checkpointing where memory is tight
        if settings.compile:
            notes.append("--compile ignored: unsloth compiles its own kernels")
        return DevicePlan("cuda", precision, quantization, loader, optimizer,
                          gradient_checkpointing=gigabytes < UNSLOTH_MAX_GB, batching="padded",
                          attention="unsloth", loss="trl", gpu_memory_gb=gigabytes, notes=tuple(notes))
    ok, why = varlen()
    if ok:
        batching, attention = "padding-free", "torch_varlen"
        if settings.grad_accum > 1:
            steps = settings.batch_size * settings.grad_accum
            notes.append(f"padding-free: each optimizer step's {steps} sequences in one row (batch "
                         f"{settings.batch_size} x accumulation {settings.grad_accum} run as {steps} x 1)")
    else:
        batching, attention = "padded", "sdpa"
        notes.append(f"padded batches and sdpa: {why}")
    return DevicePlan("cuda", precision, quantization, loader, optimizer, gradient_checkpointing=False,
                      batching=batching, attention=attention, loss="chunked-ce", compile=settings.compile,
                      gpu_memory_gb=gigabytes, notes=tuple(notes))


def _loader(settings: TrainSettings, full: bool, gigabytes: float, can_import: Callable[[str], bool],
            notes: list[str]) -> str:
    """unsloth where memory is tight (cards below ``UNSLOTH_MAX_GB``), or where asked (``unsloth = "on"``);
    the transformers path elsewhere: on an H200 the 1.5B job trained in 48 s there against 231 s
    through unsloth's padded, checkpointed path (bench/README_gpu.md), which saves memory, not time."""
    if full:
        if settings.unsloth == "on":
            raise UsageError("--unsloth trains LoRA adapters; method 'full' trains every weight")
        return "transformers"
    if settings.unsloth == "off":
        return "transformers"
    if not can_import("unsloth"):
        if settings.unsloth == "on":
            raise UsageError(f"--unsloth: unsloth is not installed ({GPU_EXTRA})")
        notes.append(f"unsloth not installed ({GPU_EXTRA})")
        return "transformers"
    if settings.unsloth == "auto" and gigabytes >= UNSLOTH_MAX_GB:
        notes.append(f"unsloth installed, not used: on a card of {gigabytes:g} GB the transformers path trains "
                     f"faster (unsloth below {UNSLOTH_MAX_GB} GB, where it saves memory; --unsloth forces it)")
        return "transformers"
    return "unsloth"


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
    gradient_checkpointing: bool = False


Attempt = Callable[[int, int, bool], T]  # (batch size, accumulation, gradient checkpointing) -> result


def retry_on_oom(attempt: Attempt, batch_size: int, grad_accum: int, *,
                 say: Callable[[str], None], retries: list[Retry] | None = None,
                 gradient_checkpointing: bool = False,
                 is_oom: Callable[[BaseException], bool] = is_out_of_memory,
                 free: Callable[[], None] = free_cuda_memory) -> T:
    """Run ``attempt(batch_size, grad_accum, gradient_checkpointing)``; on
    out-of-memory turn gradient checkpointing on first (it costs time, not
    the result), then halve the batch and double the accumulation until it
    fits or the batch is 1."""
    while True:
        try:
            return attempt(batch_size, grad_accum, gradient_checkpointing)
        except Exception as exc:  # only out-of-memory is handled; the rest re-raises
            if not is_oom(exc):
                raise
            reason = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        free()  # outside the except block: the traceback held the failed attempt's tensors
        if not gradient_checkpointing:
            gradient_checkpointing = True
            change = (f"retrying with gradient checkpointing on (batch size {batch_size} "
                      f"x accumulation {grad_accum})")
        elif batch_size == 1:
            raise OutOfMemory(
                f"out of memory at batch size 1 with gradient checkpointing ({reason}): lower "
                "--max-length, use --quantization 4bit, or train on a larger card")
        else:
            batch_size, grad_accum = max(1, batch_size // 2), grad_accum * 2
            change = (f"retrying with batch size {batch_size} x accumulation {grad_accum} "
                      "(gradient checkpointing on)")
        if retries is not None:
            retries.append(Retry(batch_size, grad_accum, reason, gradient_checkpointing))
        say(f"out of memory ({reason}); {change}")


def run_training(plan: DevicePlan, attempt: Attempt, batch_size: int, grad_accum: int, *,
                 say: Callable[[str], None], retries: list[Retry]) -> T:
    """On CUDA, train with the out-of-memory fallbacks; on CPU an allocation
    failure is the machine's limit, not the batch's, and is raised as is."""
    if plan.device == "cuda":
        return retry_on_oom(attempt, batch_size, grad_accum, say=say, retries=retries,
                            gradient_checkpointing=plan.gradient_checkpointing)
    return attempt(batch_size, grad_accum, plan.gradient_checkpointing)
