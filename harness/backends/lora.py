"""A model folder in fp32: its own weights, or a LoRA adapter on its local base.

One loader for the torch backend (which scores the adapter on its base) and
for the merge (``epicrisis merge`` and the ONNX export fold the adapter in and
save a full model), so the model a torch run scores and the model that is
exported are built the same way. It lives in the core because training and
export both merge and must not import each other.

The base is read in fp32 from its folder, never from a 4-bit copy: QLoRA
trains the adapter against quantized weights, but the exported model carries
the full-precision base plus the adapter's update. torch, transformers and
peft are imported inside the functions (the base install has none of them).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from harness.backends import load_tokenizer, require
from harness.errors import UsageError


def load_fp32(model_dir: Path, base_dir: Path | None, *, purpose: str = "torch") -> Any:
    """``model_dir``'s weights, or (``base_dir`` given) the base's with the
    adapter in ``model_dir`` on top, unmerged (a peft ``PeftModel``).
    ``purpose`` names what needs the libraries when one is missing."""
    require("torch", purpose, "train")
    require("transformers", purpose, "train")
    import torch
    from transformers import AutoModelForCausalLM

    try:
        model = AutoModelForCausalLM.from_pretrained(
            str(base_dir or model_dir), dtype=torch.float32, local_files_only=True)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{base_dir or model_dir}: cannot load the model: {exc}") from None
    if base_dir is None:
        return model
    require("peft", f"{purpose} (LoRA adapter)", "train")
    from peft import PeftModel

    try:
        return PeftModel.from_pretrained(model, str(model_dir), is_trainable=False)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{model_dir}: cannot load the LoRA adapter: {exc}") from None


def merge_adapter_into(adapter: Path, base_dir: Path, out: Path) -> int:
    """Fold the LoRA ``adapter`` into ``base_dir`` (``merge_and_unload`` in
    fp32) and save the full model with its tokenizer (the adapter's if it
    has one, else the base's) as ``out``, replacing what was there. Returns
    the merged model's parameter count."""
    merged = load_fp32(adapter, base_dir, purpose="LoRA merge").merge_and_unload()
    tokenizer = load_tokenizer(adapter, base=base_dir)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    merged.save_pretrained(str(out), safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    return sum(p.numel() for p in merged.parameters())
