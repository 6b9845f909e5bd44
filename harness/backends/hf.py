"""Generation shared by both backends: transformers' ``generate`` drives the
PyTorch model and optimum's ORTModelForCausalLM alike, so one loop gives both
the same padding, stopping and decoding rules (imported only by the backends).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import torch
from transformers import GenerationConfig as HFGenerationConfig
from transformers import LogitsProcessor, LogitsProcessorList

from harness.backends import Generation
from harness.generation import GenerationConfig


class MarginRecorder(LogitsProcessor):
    """Records top1 - top2 of the scores each step decides on. Placed after
    the penalties, so the margin is the one that chose the token; it changes
    nothing and keeps two floats a row, not the whole [steps, vocab] scores."""

    def __init__(self) -> None:
        self.steps: list[torch.Tensor] = []

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        top = torch.topk(scores.float(), 2, dim=-1).values
        self.steps.append(top[:, 0] - top[:, 1])
        return scores


def stop_ids(model: Any, tokenizer: Any) -> list[int]:
    """End-of-sequence ids: the model's generation config (Qwen lists two) and the tokenizer's."""
    ids: list[int] = []
    configured = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    for value in (configured, tokenizer.eos_token_id):
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item is not None and int(item) not in ids:
                ids.append(int(item))
    if not ids:
        raise ValueError("the model and tokenizer declare no end-of-sequence token")
    return ids


def generate(model: Any, tokenizer: Any, prompts: Sequence[str], config: GenerationConfig,
             seeds: Sequence[int] | None = None) -> list[Generation]:
    if not prompts:
        return []
    if config.do_sample:
        # One prompt at a time, each from its own seed: the text of a sample
        # never depends on which others shared its batch.
        if seeds is None or len(seeds) != len(prompts):
            raise ValueError("sampling needs one seed per prompt")
        out: list[Generation] = []
        for prompt, seed in zip(prompts, seeds):
            torch.manual_seed(seed)
            out.extend(_generate_batch(model, tokenizer, [prompt], config))
        return out
    return _generate_batch(model, tokenizer, list(prompts), config)


def _generate_batch(model: Any, tokenizer: Any, prompts: list[str], config: GenerationConfig) -> list[Generation]:
    eos = stop_ids(model, tokenizer)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos[0]
    encoded = tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False,
                        return_token_type_ids=False)
    encoded = {k: _on_model_device(model, v) for k, v in encoded.items()}
    bos = getattr(getattr(model, "generation_config", None), "bos_token_id", None)
    hf_config = HFGenerationConfig(**config.hf_kwargs(), eos_token_id=eos, pad_token_id=pad,
                                   bos_token_id=bos, use_cache=True)
    recorder = MarginRecorder()
    with torch.inference_mode():
        sequences = model.generate(
            input_ids=encoded["input_ids"], attention_mask=encoded["attention_mask"],
            generation_config=hf_config, logits_processor=LogitsProcessorList([recorder]))
    width = encoded["input_ids"].shape[1]
    margins = torch.stack(recorder.steps, dim=1).tolist() if recorder.steps else [[] for _ in prompts]
    stops = set(eos)
    results = []
    for row, new in enumerate(sequences[:, width:].tolist()):
        length, reason = len(new), "length"
        for i, token in enumerate(new):
            if token in stops:
                length, reason = i + 1, "eos"
                break
        ids = new[:length]
        text_ids = ids[:-1] if reason == "eos" else ids
        results.append(Generation(
            text=tokenizer.decode(text_ids, skip_special_tokens=True),
            token_ids=tuple(ids),
            margins=tuple(_finite(m) for m in margins[row][:length]),
            prompt_tokens=int(encoded["attention_mask"][row].sum()),
            finish_reason=reason,
        ))
    return results


def _finite(value: float) -> float | None:
    # Five significant digits: enough to tell a near-tie, a third of the bytes.
    return float(f"{value:.5g}") if math.isfinite(value) else None


def teacher_forced_logits(model: Any, tokenizer: Any, prompt: str, continuation: Sequence[int]):
    """Logits at the positions that predict each continuation token (one
    forward pass over prompt + continuation, no cache), as float32 numpy."""
    prompt_ids = tokenizer(prompt, add_special_tokens=False, return_token_type_ids=False)["input_ids"]
    ids = _on_model_device(model, torch.tensor([list(prompt_ids) + list(continuation)], dtype=torch.long))
    with torch.inference_mode():
        logits = model(input_ids=ids, attention_mask=torch.ones_like(ids)).logits
    logits = torch.as_tensor(logits)[0, len(prompt_ids) - 1: ids.shape[1] - 1]
    return logits.float().cpu().numpy()


def _on_model_device(model: Any, tensor: Any) -> Any:
    """Inputs follow a torch model onto its GPU; ONNX Runtime models take CPU tensors."""
    device = getattr(model, "device", None)
    if isinstance(device, torch.device) and device.type != "cpu":
        return tensor.to(device)
    return tensor
