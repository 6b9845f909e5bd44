"""The CUDA decisions (bf16 LoRA or 4-bit QLoRA by card size, unsloth, 8-bit
AdamW, padding-free batches with varlen attention, chunked cross-entropy,
compile, the out-of-memory fallbacks), exercised on a CPU-only machine by
faking what is available, importable and how large the card is."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
import torch

from harness.errors import UsageError
from training.base import TrainingBase, load_for_training
from training.config import TrainSettings
from training.device import OutOfMemory, Retry, is_out_of_memory, plan_device, retry_on_oom, run_training


def plan(settings: TrainSettings, *, cuda: bool, modules: set[str] = frozenset(), bf16: bool = True,
         gb: float = 16.0, varlen: tuple[bool, str] = (True, "checked")):
    """The plan on a faked machine: by default a 16 GB card whose torch has a working varlen kernel."""
    return plan_device(settings, cuda=lambda: cuda, bf16=lambda: bf16, can_import=lambda m: m in modules,
                       memory_gb=lambda: gb, varlen=lambda: varlen)


def test_cpu_plan_is_fp32_without_quantization():
    p = plan(TrainSettings(), cuda=False, modules={"bitsandbytes", "unsloth"})
    assert (p.device, p.precision, p.quantization, p.loader, p.optimizer) == (
        "cpu", "fp32", None, "transformers", "adamw_torch")
    assert not p.gradient_checkpointing
    assert p.describe().startswith("training on cpu (fp32, no quantization")


def test_cpu_training_refuses_a_trl_without_its_torch_evaluation():
    # unsloth pins trl<=1.15, whose evaluation loss exists only as Triton kernels: on CPU it failed at
    # the first save with an AttributeError deep in trl; the plan says so before any work instead
    with pytest.raises(UsageError, match=r"trl 1\.15\.0 .*CUDA.*trl>=1\.16"):
        plan_device(TrainSettings(), cuda=lambda: False, trl=lambda: "1.15.0")
    for fine in ("1.16.0", "1.17.0.dev0", "2.0.0", None):
        assert plan_device(TrainSettings(), cuda=lambda: False, trl=lambda: fine).device == "cpu"
    # on CUDA trl 1.15 is unsloth's own pin and Triton is there
    assert plan(TrainSettings(), cuda=True, modules={"unsloth"}).loader == "unsloth"


def test_cuda_plan_with_the_gpu_extra():
    p = plan(TrainSettings(), cuda=True, modules={"bitsandbytes", "unsloth"})
    assert (p.device, p.precision, p.quantization, p.loader, p.optimizer) == (
        "cuda", "bf16", "4bit-nf4", "unsloth", "adamw_bnb_8bit")
    # unsloth keeps its own path: padded batches, its attention, trl's loss, gradient checkpointing
    assert (p.batching, p.attention, p.loss, p.gradient_checkpointing) == ("padded", "unsloth", "trl", True)
    assert p.notes == () and p.gpu_memory_gb == 16.0
    assert plan(TrainSettings(), cuda=True, modules={"bitsandbytes"}, bf16=False).precision == "fp16"


def test_unsloth_auto_only_where_memory_is_tight():
    # measured on an H200 (bench/README_gpu.md): the 1.5B job trained in 231 s through unsloth's padded,
    # checkpointed path against 48 s on the transformers path; unsloth saves memory (5 GB against 25 GB)
    big = plan(TrainSettings(), cuda=True, modules={"bitsandbytes", "unsloth"}, gb=80)
    assert (big.loader, big.batching, big.attention) == ("transformers", "padding-free", "torch_varlen")
    assert any("unsloth installed, not used" in n and "80 GB" in n and "--unsloth" in n for n in big.notes)
    edge = plan(TrainSettings(), cuda=True, modules={"unsloth"}, gb=23.9)
    assert edge.loader == "unsloth" and edge.gradient_checkpointing
    # asked for on a large card: unsloth's path, without checkpointing (the card has room; OOM turns it on)
    forced = plan(TrainSettings(unsloth="on"), cuda=True, modules={"unsloth"}, gb=80)
    assert (forced.loader, forced.gradient_checkpointing, forced.batching) == ("unsloth", False, "padded")
    assert not any("not used" in n for n in forced.notes)
    assert plan(TrainSettings(unsloth="on"), cuda=True, modules={"unsloth"}, gb=16).gradient_checkpointing


def test_cuda_plan_without_the_gpu_extra_says_what_to_install():
    p = plan(TrainSettings(), cuda=True)
    assert (p.quantization, p.loader, p.optimizer) == (None, "transformers", "adamw_torch_fused")
    assert any("bitsandbytes not installed" in n for n in p.notes)
    assert all("[gpu]" in n for n in p.notes if "installed" in n)


def test_cuda_fast_path_is_the_default_without_unsloth():
    p = plan(TrainSettings(), cuda=True, modules={"bitsandbytes"}, gb=80.0)
    assert (p.batching, p.attention, p.loss) == ("padding-free", "torch_varlen", "chunked-ce")
    assert not p.gradient_checkpointing and not p.compile  # checkpointing is the first OOM fallback
    assert p.quantization is None and p.gpu_memory_gb == 80.0  # bf16 LoRA on a large card
    assert p.optimizer == "adamw_bnb_8bit"
    assert any("bf16 LoRA, not 4-bit: the card has 80 GB" in n for n in p.notes)
    # the guide's batch 2 x accumulation 4 runs as one padding-free row of 8 sequences a step
    assert p.step_shape(2, 4) == (8, 1) and any("8 sequences in one row" in n for n in p.notes)
    text = p.describe()
    assert text.startswith("training on cuda (bf16, no quantization, transformers loader, adamw_bnb_8bit; "
                           "padding-free batches, torch varlen attention, chunked cross-entropy)")
    record = p.record()
    assert (record["batching"], record["attention"], record["loss"], record["compile"]) == (
        "padding-free", "torch_varlen", "chunked-ce", False)


@pytest.mark.parametrize("gb, modules, quantization", [
    (80.0, {"bitsandbytes"}, None), (24.0, {"bitsandbytes"}, None),  # a 24 GB card reports ~24.1 GB
    (23.9, {"bitsandbytes"}, "4bit-nf4"), (16.0, {"bitsandbytes"}, "4bit-nf4"), (16.0, set(), None),
])
def test_auto_quantization_follows_the_card_size(gb, modules, quantization):
    assert plan(TrainSettings(), cuda=True, modules=modules, gb=gb).quantization == quantization


def test_explicit_quantization_wins_over_the_card_size():
    assert plan(TrainSettings(quantization="4bit"), cuda=True, modules={"bitsandbytes"}, gb=80).quantization == "4bit-nf4"
    assert plan(TrainSettings(quantization="none"), cuda=True, modules={"bitsandbytes"}, gb=8).quantization is None
    full = plan(TrainSettings(method="full"), cuda=True, modules={"bitsandbytes"}, gb=8)
    assert full.quantization is None and full.loss == "chunked-ce" and full.batching == "padding-free"


def test_without_a_varlen_kernel_cuda_falls_back_to_padded_sdpa_and_says_why():
    p = plan(TrainSettings(), cuda=True, gb=80, varlen=(False, "torch 2.4.0 has no usable torch.nn.attention.varlen"))
    assert (p.batching, p.attention, p.loss, p.gradient_checkpointing) == ("padded", "sdpa", "chunked-ce", False)
    assert any(n.startswith("padded batches and sdpa: torch 2.4.0") for n in p.notes)
    assert p.step_shape(2, 4) == (2, 4)


def test_compile_is_opt_in_and_cuda_only():
    assert plan(TrainSettings(compile=True), cuda=True, gb=80).compile
    assert "torch.compile per decoder layer" in plan(TrainSettings(compile=True), cuda=True, gb=80).describe()
    unsloth = plan(TrainSettings(compile=True), cuda=True, modules={"unsloth"})
    assert not unsloth.compile and any("--compile ignored" in n for n in unsloth.notes)
    with pytest.raises(UsageError, match="--compile is for CUDA"):
        plan(TrainSettings(compile=True), cuda=False)


def test_cuda_choices_the_user_turns_off_or_the_method_forbids():
    settings = TrainSettings(quantization="none", unsloth="off")
    p = plan(settings, cuda=True, modules={"bitsandbytes", "unsloth"})
    assert (p.quantization, p.loader, p.optimizer) == (None, "transformers", "adamw_bnb_8bit")
    full = plan(TrainSettings(method="full"), cuda=True, modules={"bitsandbytes", "unsloth"})
    assert (full.quantization, full.loader, full.gradient_checkpointing) == (None, "transformers", False)


@pytest.mark.parametrize("settings, cuda, modules, message", [
    (TrainSettings(device="cuda"), False, set(), "no CUDA device"),
    (TrainSettings(quantization="4bit"), False, {"bitsandbytes"}, "needs a CUDA device"),
    (TrainSettings(quantization="4bit"), True, set(), "needs bitsandbytes"),
    (TrainSettings(quantization="4bit", method="full"), True, {"bitsandbytes"}, "method 'full'"),
    (TrainSettings(unsloth="on"), False, {"unsloth"}, "--unsloth is for CUDA"),
    (TrainSettings(unsloth="on"), True, set(), r"unsloth is not installed .*\[gpu\]"),
    (TrainSettings(unsloth="on", method="full"), True, {"unsloth"}, "method 'full'"),
])
def test_impossible_requests_are_usage_errors(settings, cuda, modules, message):
    with pytest.raises(UsageError, match=message):
        plan(settings, cuda=cuda, modules=modules)


def _oom_until(fits: int, *, checkpointing_fits: int | None = None):
    """An attempt that runs out of memory above ``fits`` sequences a micro-batch
    (above ``checkpointing_fits`` with gradient checkpointing on)."""
    calls: list[tuple[int, int, bool]] = []

    def attempt(batch: int, accum: int, checkpointing: bool) -> str:
        calls.append((batch, accum, checkpointing))
        limit = checkpointing_fits if checkpointing and checkpointing_fits is not None else fits
        if batch > limit:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return "trained"
    return attempt, calls


def test_out_of_memory_turns_checkpointing_on_first():
    attempt, calls = _oom_until(fits=4, checkpointing_fits=8)
    said, retries = [], []
    assert retry_on_oom(attempt, 8, 1, say=said.append, retries=retries, free=lambda: None) == "trained"
    assert calls == [(8, 1, False), (8, 1, True)]  # the same batch: checkpointing costs time, not the result
    assert retries == [Retry(8, 1, "CUDA out of memory. Tried to allocate 2.00 GiB", True)]
    assert "retrying with gradient checkpointing on (batch size 8 x accumulation 1)" in said[0]


def test_out_of_memory_then_halves_the_batch_and_doubles_accumulation():
    attempt, calls = _oom_until(fits=2)
    said, retries, freed = [], [], []
    result = retry_on_oom(attempt, 8, 1, say=said.append, retries=retries, free=lambda: freed.append(1))
    assert result == "trained"
    # checkpointing first, then the effective batch stays 8
    assert calls == [(8, 1, False), (8, 1, True), (4, 2, True), (2, 4, True)]
    assert [(r.batch_size, r.grad_accum, r.gradient_checkpointing) for r in retries] == [
        (8, 1, True), (4, 2, True), (2, 4, True)]
    assert len(freed) == 3
    assert "retrying with batch size 4 x accumulation 2 (gradient checkpointing on)" in said[1]


def test_a_plan_with_checkpointing_on_goes_straight_to_halving():
    attempt, calls = _oom_until(fits=2)
    retry_on_oom(attempt, 4, 1, say=lambda _: None, gradient_checkpointing=True, free=lambda: None)
    assert calls == [(4, 1, True), (2, 2, True)]


def test_out_of_memory_at_batch_one_is_a_clear_error():
    attempt, calls = _oom_until(fits=0)
    with pytest.raises(OutOfMemory, match="out of memory at batch size 1 with gradient checkpointing"):
        retry_on_oom(attempt, 2, 4, say=lambda _: None, free=lambda: None)
    assert calls == [(2, 4, False), (2, 4, True), (1, 8, True)]


def test_other_errors_are_not_retried():
    def attempt(batch: int, accum: int, checkpointing: bool):
        raise ValueError("bad data")
    with pytest.raises(ValueError, match="bad data"):
        retry_on_oom(attempt, 8, 1, say=lambda _: None, free=lambda: None)
    assert is_out_of_memory(RuntimeError("CUDA out of memory. Tried to allocate 20 MiB"))
    assert not is_out_of_memory(RuntimeError("DefaultCPUAllocator: can't allocate memory"))


def test_only_cuda_training_retries():
    cpu, cuda = plan(TrainSettings(), cuda=False), plan(TrainSettings(), cuda=True)
    attempt, calls = _oom_until(fits=1)
    retries: list[Retry] = []
    assert run_training(cuda, attempt, 2, 4, say=lambda _: None, retries=retries) == "trained"
    assert calls == [(2, 4, False), (2, 4, True), (1, 8, True)]
    assert retries[-1] == Retry(1, 8, "CUDA out of memory. Tried to allocate 2.00 GiB", True)
    with pytest.raises(torch.cuda.OutOfMemoryError):
        run_training(cpu, _oom_until(fits=1)[0], 2, 4, say=lambda _: None, retries=[])


class _Recorder:
    def __init__(self):
        self.calls: list[tuple[str, dict]] = []


def test_unsloth_loader_is_used_when_planned(monkeypatch):
    rec = _Recorder()

    class FastLanguageModel:
        @staticmethod
        def from_pretrained(**kwargs):
            rec.calls.append(("from_pretrained", kwargs))
            return "model", "tokenizer"

        @staticmethod
        def get_peft_model(model, **kwargs):
            rec.calls.append(("get_peft_model", {"model": model, **kwargs}))
            return "peft-model"

    monkeypatch.setitem(sys.modules, "unsloth", types.SimpleNamespace(FastLanguageModel=FastLanguageModel))
    settings = TrainSettings(max_length=1024)
    p = plan(settings, cuda=True, modules={"bitsandbytes", "unsloth"})
    model, peft_config = load_for_training(TrainingBase("folder", Path("/models/qwen"), "/models/qwen"), settings, p)
    assert (model, peft_config) == ("peft-model", None)  # unsloth's model already carries the adapters
    (_, loaded), (_, adapted) = rec.calls
    assert loaded["model_name"] == "/models/qwen" and loaded["load_in_4bit"] is True
    assert loaded["max_seq_length"] == 1024 and loaded["dtype"] == torch.bfloat16
    assert (adapted["r"], adapted["lora_alpha"], adapted["lora_dropout"]) == (16, 16, 0.0)
    assert adapted["target_modules"] == list(settings.lora.target_modules)
    assert adapted["use_gradient_checkpointing"] == "unsloth" and adapted["random_state"] == 42


def test_bitsandbytes_4bit_loader_when_unsloth_is_absent(monkeypatch):
    import peft
    import transformers

    rec = _Recorder()

    class FakeBnb:
        def __init__(self, **kwargs):
            self.kwargs = kwargs

    def from_pretrained(path, **kwargs):
        rec.calls.append(("from_pretrained", {"path": path, **kwargs}))
        return "quantized"

    def prepare(model, use_gradient_checkpointing):
        rec.calls.append(("prepare", {"model": model, "gc": use_gradient_checkpointing}))
        return "prepared"

    monkeypatch.setattr(transformers, "BitsAndBytesConfig", FakeBnb)
    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", from_pretrained)
    monkeypatch.setattr(peft, "prepare_model_for_kbit_training", prepare)
    p = plan(TrainSettings(), cuda=True, modules={"bitsandbytes"})
    model, peft_config = load_for_training(TrainingBase("folder", Path("/m"), "/m"), TrainSettings(), p)
    (_, loaded), (_, prepared) = rec.calls
    assert model == "prepared" and prepared == {"model": "quantized", "gc": False}  # off until OOM says otherwise
    assert loaded["attn_implementation"] == "torch_varlen"  # the padding-free plan's attention
    from transformers import AttentionInterface

    assert "torch_varlen" in AttentionInterface._global_mapping
    bnb = loaded["quantization_config"].kwargs
    assert bnb["load_in_4bit"] and bnb["bnb_4bit_quant_type"] == "nf4"
    assert bnb["bnb_4bit_compute_dtype"] == torch.bfloat16 and loaded["device_map"] == {"": 0}
    assert peft_config.r == 16 and set(peft_config.target_modules) == set(TrainSettings().lora.target_modules)

