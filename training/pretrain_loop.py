"""The pretraining loop of ``epicrisis pretrain``: plain torch, one pass over the records.

Batches are length-bucketed: the records are shuffled (seeded), every
``bucket`` batches' worth is sorted by length and cut into batches, and the
batches are shuffled again, so a batch pads its records to nearly the same
length while the order stays random. The loss is the mean cross-entropy of
the batch's completion tokens (the assistant's turn, end-of-turn token
included), computed on those positions' hidden states only. AdamW, linear
warm-up, cosine decay to zero, gradient clipping; bf16 autocast on CUDA,
fp32 on CPU. The loss is read back from the GPU once per ``log_every``
steps, which is what keeps a step of a 1M-parameter model from waiting on
the host.
"""

from __future__ import annotations

import math
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import torch

from training.cuda_fast import linear_cross_entropy

PAD_MULTIPLE = 8  # CUDA kernels like lengths in multiples of 8


@dataclass
class LoopResult:
    steps: int = 0
    tokens: int = 0
    final_loss: float | None = None  # the mean over the last logged window
    curve: list[dict[str, Any]] = field(default_factory=list)  # {step, tokens, loss, learning_rate}
    seconds: float = 0.0


def step_batches(lengths: list[int], batch_size: int, seed: int, bucket: int) -> list[list[int]]:
    """Record indices per optimizer step (see the module docstring)."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    span = batch_size * bucket
    out: list[list[int]] = []
    for start in range(0, len(order), span):
        chunk = sorted(order[start:start + span], key=lambda j: lengths[j])
        batches = [chunk[k:k + batch_size] for k in range(0, len(chunk), batch_size)]
        rng.shuffle(batches)
        out += batches
    return out


def collate(ids: list[list[int]], prompt_lengths: list[int], batch: list[int], pad_id: int,
            pad_multiple: int = 1) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(input_ids, attention_mask, targets): targets[b, t] is the token at
    t + 1 when it belongs to the completion, else -100."""
    width = max(len(ids[j]) for j in batch)
    width = -(-width // pad_multiple) * pad_multiple
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    targets = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, j in enumerate(batch):
        seq = torch.tensor(ids[j], dtype=torch.long)
        n, p = len(seq), prompt_lengths[j]
        input_ids[row, :n] = seq
        mask[row, :n] = 1
        targets[row, p - 1:n - 1] = seq[p:]
    return input_ids, mask, targets


@contextmanager
def deterministic(cuda: bool) -> Iterator[None]:
    """Deterministic kernels, so the same seed on the same GPU gives the same
    weights, not only the same curve within noise: torch's deterministic
    embedding and masked-select backward, and sdpa's math kernel (cuDNN's
    attention backward is not deterministic); at this size they cost little.
    (cuBLAS also needs ``CUBLAS_WORKSPACE_CONFIG`` before its first use:
    ``training.pretrain`` sets it.)"""
    from torch.nn.attention import SDPBackend, sdpa_kernel

    was = torch.are_deterministic_algorithms_enabled()
    torch.use_deterministic_algorithms(True, warn_only=True)
    try:
        if cuda:
            with sdpa_kernel([SDPBackend.MATH]):
                yield
        else:  # CPU kernels are deterministic already
            yield
    finally:
        torch.use_deterministic_algorithms(was)


def cosine_with_warmup(steps: int, warmup_ratio: float) -> Callable[[int], float]:
    warm = max(1, math.ceil(warmup_ratio * steps)) if warmup_ratio else 0

    def factor(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        progress = (step - warm) / max(1, steps - warm)
        return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))
    return factor


def run_loop(model: Any, encoded: Any, spec: Any, *, steps: int, device: str, pad_id: int,
             progress: Callable[[int, int, int, float, float], None] | None = None) -> LoopResult:
    """Train ``model`` in place on ``encoded`` (a ``training.pretrain.Encoded``)
    for ``steps`` optimizer steps of ``spec.batch_size`` records; ``progress``
    is called with (step, steps, tokens so far, loss, seconds so far) at each
    logged step."""
    cuda = device == "cuda"
    lengths = [len(x) for x in encoded.ids]
    plan = step_batches(lengths, spec.batch_size, spec.seed, spec.bucket)[:steps]
    model.to(device)
    model.train()
    backbone, weight = model.get_decoder(), model.get_output_embeddings().weight
    optimizer = torch.optim.AdamW(model.parameters(), lr=spec.learning_rate, betas=(0.9, 0.999), eps=1e-8,
                                  weight_decay=spec.weight_decay, fused=cuda)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, cosine_with_warmup(len(plan), spec.warmup_ratio))
    result = LoopResult()
    window = torch.zeros((), device=device)
    window_steps = 0
    began = time.perf_counter()
    with deterministic(cuda):
        for step, batch in enumerate(plan, start=1):
            input_ids, mask, targets = (t.to(device, non_blocking=cuda) for t in
                                        collate(encoded.ids, encoded.prompt_lengths, batch, pad_id,
                                                PAD_MULTIPLE if cuda else 1))
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
                hidden = backbone(input_ids=input_ids, attention_mask=mask, use_cache=False).last_hidden_state
                labelled = targets != -100
                loss = linear_cross_entropy(hidden[labelled], weight, targets[labelled], chunk=None)
            loss = loss / labelled.sum().clamp(min=1)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), spec.max_grad_norm)
            rate = schedule.get_last_lr()[0]
            optimizer.step()
            schedule.step()
            optimizer.zero_grad(set_to_none=True)
            window += loss.detach()
            window_steps += 1
            result.tokens += sum(lengths[j] for j in batch)
            if step % spec.log_every == 0 or step == len(plan):
                mean = float(window) / window_steps  # the one host sync of the window
                result.curve.append({"step": step, "tokens": result.tokens, "loss": round(mean, 5),
                                     "learning_rate": rate})
                result.final_loss = mean
                window.zero_()
                window_steps = 0
                if progress is not None:
                    progress(step, len(plan), result.tokens, mean, time.perf_counter() - began)
    if cuda:
        torch.cuda.synchronize()
    result.steps = len(plan)
    result.seconds = time.perf_counter() - began
    model.eval()
    return result
