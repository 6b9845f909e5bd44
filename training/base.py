"""The base model of a training run, and loading it the way the device plan says.

A base is ``micro`` (built from the preset in the output directory), a local
Hugging Face folder, or a ``.gguf`` file (dequantized once into a cached
folder). Whatever it was, training reads a local folder: LoRA adapters name
it as their base, evaluation and ``epicrisis merge`` find it there.

The CUDA loaders (unsloth, bitsandbytes) are imported here only when the
plan asks for them, never on CPU; so is the varlen attention the CUDA plan
registers with transformers (``training.cuda_fast``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from harness.errors import UsageError
from harness.samples import Sample
from training.config import TrainSettings
from training.device import DevicePlan


@dataclass(frozen=True)
class TrainingBase:
    kind: str  # "micro" | "folder" | "gguf"
    path: Path  # the local folder training loads
    source: str  # what the user named
    sha256: str | None = None  # of the GGUF file


def resolve_base(settings: TrainSettings, train_samples: Sequence[Sample], *,
                 say: Callable[[str], None]) -> TrainingBase:
    if settings.is_micro:
        from training.micro import build_micro_base, load_preset, preset_path

        folder = settings.output / "base"
        preset = load_preset(settings.preset)
        say(f"micro preset: training a tokenizer and building the model in {folder}")
        build_micro_base(preset, train_samples, folder, seed=settings.seed)
        return TrainingBase("micro", folder.resolve(), str(settings.preset or preset_path()))
    path = Path(settings.base)
    if path.suffix.lower() == ".gguf":
        from training.gguf import dequantized_base, source_sha256

        folder = dequantized_base(path, say=say)
        return TrainingBase("gguf", folder.resolve(), str(path), source_sha256(folder))
    if not path.is_dir():
        raise UsageError(f"--base {settings.base}: not 'micro', a local model folder or a .gguf file "
                         "(no model hub is used)")
    if not (path / "config.json").is_file():
        raise UsageError(f"{path}: not a Hugging Face model folder (no config.json)")
    return TrainingBase("folder", path.resolve(), str(path))


def lora_config(settings: TrainSettings) -> Any:
    from peft import LoraConfig

    lora = settings.lora
    return LoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
                      target_modules=list(lora.target_modules), bias="none", task_type="CAUSAL_LM")


def torch_dtype(plan: DevicePlan) -> Any:
    import torch

    return {"bf16": torch.bfloat16, "fp16": torch.float16}.get(plan.precision, torch.float32)


def load_for_training(base: TrainingBase, settings: TrainSettings, plan: DevicePlan) -> tuple[Any, Any]:
    """(model, peft_config): the model to hand to SFTTrainer, and the LoRA
    config for trl to apply (None when the model already carries its
    adapters, as unsloth's does, or when every weight trains)."""
    if plan.loader == "unsloth":
        return _load_unsloth(base, settings, plan), None
    from transformers import AutoModelForCausalLM

    kwargs: dict[str, Any] = {"dtype": torch_dtype(plan), "local_files_only": True}
    if plan.attention == "torch_varlen":  # padding-free batches: torch's varlen kernel (training.cuda_fast)
        from training.cuda_fast import register_varlen

        kwargs["attn_implementation"] = register_varlen()
    if plan.quantization == "4bit-nf4":
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch_dtype(plan))
        kwargs["device_map"] = {"": 0}
    try:
        model = AutoModelForCausalLM.from_pretrained(str(base.path), **kwargs)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{base.path}: cannot load the model: {exc}") from None
    if plan.quantization == "4bit-nf4":
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=plan.gradient_checkpointing)
    return model, (None if settings.method == "full" else lora_config(settings))


def _load_unsloth(base: TrainingBase, settings: TrainSettings, plan: DevicePlan) -> Any:
    from unsloth import FastLanguageModel  # CUDA only: unsloth patches transformers on import

    model, _ = FastLanguageModel.from_pretrained(
        model_name=str(base.path), max_seq_length=settings.max_length, dtype=torch_dtype(plan),
        load_in_4bit=plan.quantization == "4bit-nf4", local_files_only=True)
    lora = settings.lora
    return FastLanguageModel.get_peft_model(
        model, r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules), bias="none",
        use_gradient_checkpointing="unsloth" if plan.gradient_checkpointing else False,
        random_state=settings.seed, max_seq_length=settings.max_length)
