"""The CUDA decisions (4-bit QLoRA, unsloth, 8-bit AdamW, out-of-memory retry),
exercised on a CPU-only machine by faking what is available and importable."""

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


def plan(settings: TrainSettings, *, cuda: bool, modules: set[str] = frozenset(), bf16: bool = True):
    return plan_device(settings, cuda=lambda: cuda, bf16=lambda: bf16, can_import=lambda m: m in modules)


def test_cpu_plan_is_fp32_without_quantization():
    p = plan(TrainSettings(), cuda=False, modules={"bitsandbytes", "unsloth"})
    assert (p.device, p.precision, p.quantization, p.loader, p.optimizer) == (
        "cpu", "fp32", None, "transformers", "adamw_torch")
    assert not p.gradient_checkpointing
    assert p.describe().startswith("training on cpu (fp32, no quantization")


def test_cuda_plan_with_the_gpu_extra():
    p = plan(TrainSettings(), cuda=True, modules={"bitsandbytes", "unsloth"})
    assert (p.device, p.precision, p.quantization, p.loader, p.optimizer) == (
        "cuda", "bf16", "4bit-nf4", "unsloth", "adamw_bnb_8bit")
    assert p.gradient_checkpointing and p.notes == ()
    assert plan(TrainSettings(), cuda=True, modules={"bitsandbytes"}, bf16=False).precision == "fp16"


def test_cuda_plan_without_the_gpu_extra_says_what_to_install():
    p = plan(TrainSettings(), cuda=True)
    assert (p.quantization, p.loader, p.optimizer) == (None, "transformers", "adamw_torch_fused")
    assert any("bitsandbytes not installed" in n for n in p.notes)
    assert all("[gpu]" in n for n in p.notes)


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
])
def test_impossible_requests_are_usage_errors(settings, cuda, modules, message):
    with pytest.raises(UsageError, match=message):
        plan(settings, cuda=cuda, modules=modules)


def _oom_until(fits: int):
    calls: list[tuple[int, int]] = []

    def attempt(batch: int, accum: int) -> str:
        calls.append((batch, accum))
        if batch > fits:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return "trained"
    return attempt, calls


def test_out_of_memory_halves_the_batch_and_doubles_accumulation():
    attempt, calls = _oom_until(fits=2)
    said, retries, freed = [], [], []
    result = retry_on_oom(attempt, 8, 1, say=said.append, retries=retries, free=lambda: freed.append(1))
    assert result == "trained"
    assert calls == [(8, 1), (4, 2), (2, 4)]  # the effective batch stays 8
    assert [(r.batch_size, r.grad_accum) for r in retries] == [(4, 2), (2, 4)]
    assert len(freed) == 2 and "retrying with batch size 4 x accumulation 2" in said[0]


def test_out_of_memory_at_batch_one_is_a_clear_error():
    attempt, calls = _oom_until(fits=0)
    with pytest.raises(OutOfMemory, match="out of memory at batch size 1"):
        retry_on_oom(attempt, 2, 4, say=lambda _: None, free=lambda: None)
    assert calls == [(2, 4), (1, 8)]


def test_other_errors_are_not_retried():
    def attempt(batch: int, accum: int):
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
    assert calls == [(2, 4), (1, 8)]
    assert retries == [Retry(1, 8, "CUDA out of memory. Tried to allocate 2.00 GiB")]
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
    assert model == "prepared" and prepared == {"model": "quantized", "gc": True}
    bnb = loaded["quantization_config"].kwargs
    assert bnb["load_in_4bit"] and bnb["bnb_4bit_quant_type"] == "nf4"
    assert bnb["bnb_4bit_compute_dtype"] == torch.bfloat16 and loaded["device_map"] == {"": 0}
    assert peft_config.r == 16 and set(peft_config.target_modules) == set(TrainSettings().lora.target_modules)

