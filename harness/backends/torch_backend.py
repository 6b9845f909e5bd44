"""The PyTorch backend: a local model folder, or a LoRA adapter folder on a local base."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from harness.backends import Generation, adapter_base, load_tokenizer, require
from harness.backends.lora import load_fp32
from harness.generation import GenerationConfig


class TorchBackend:
    name = "torch"
    variant = "fp32"

    def __init__(self, model_dir: Path, *, base: Path | None = None, threads: int | None = None,
                 device: str = "cpu") -> None:
        torch = require("torch", "torch", "train")
        if threads:
            torch.set_num_threads(threads)
        self.model_dir = model_dir
        self.tokenizer = load_tokenizer(model_dir, base=base, backend="torch")
        # fp32: the reference every exported variant is compared with (on
        # CUDA too: a GPU only makes a 1.5B model's scoring fast).
        model = load_fp32(model_dir, adapter_base(model_dir, base))
        self.device = device
        self.model = model.to(device).eval()

    def generate(self, prompts: Sequence[str], config: GenerationConfig,
                 seeds: Sequence[int] | None = None) -> list[Generation]:
        from harness.backends import hf

        return hf.generate(self.model, self.tokenizer, prompts, config, seeds)

    def logits(self, prompt: str, continuation: Sequence[int]):
        from harness.backends import hf

        return hf.teacher_forced_logits(self.model, self.tokenizer, prompt, continuation)
