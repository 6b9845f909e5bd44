"""The CUDA fast path's pieces, checked on CPU (CI has no GPU): chunked
cross-entropy equals the full one (loss and gradients), the trainer's own
training loss equals trl's, padding-free batches through the registered
``torch_varlen`` attention (its CPU fallback: causal sdpa document by
document) give the padded batches' loss and gradients, and the SFTConfig
arguments and trainer a faked CUDA plan produces."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from tests.tiny_model import build_tiny_model, write_dataset
from training.config import LoraSettings, TrainSettings
from training.cuda_fast import (
    CE_CHUNK,
    ChunkedLinearCE,
    compile_decoder_layers,
    decoder_layers,
    hf_varlen_forward,
    linear_cross_entropy,
)
from training.device import plan_device


def cuda_plan(settings: TrainSettings, *, gb: float = 80.0):
    return plan_device(settings, cuda=lambda: True, bf16=lambda: True, can_import=lambda m: False,
                       memory_gb=lambda: gb, varlen=lambda: (True, "checked"))


# --------------------------------------------------------------------------- chunked cross-entropy
def _inputs(weight_grad: bool):
    g = torch.Generator().manual_seed(0)
    h = torch.randn(23, 16, generator=g, requires_grad=True)
    w = torch.randn(50, 16, generator=g, requires_grad=weight_grad)
    y = torch.randint(0, 50, (23,), generator=g)
    y[[0, 7, 8]] = -100  # ignored positions, as the prompt's
    return h, w, y


@pytest.mark.parametrize("weight_grad", [False, True])  # LoRA (frozen head) and full fine-tuning (tied head)
@pytest.mark.parametrize("chunk", [1, 5, 23, CE_CHUNK])
def test_chunked_cross_entropy_equals_full_cross_entropy(chunk, weight_grad):
    h, w, y = _inputs(weight_grad)
    full = F.cross_entropy(h @ w.t(), y, ignore_index=-100, reduction="sum")
    (full / 20 * 3).backward()  # a scale, as the trainer divides by the step's label tokens
    want = (h.grad.clone(), w.grad.clone() if weight_grad else None)
    h.grad = None
    w.grad = None
    chunked = linear_cross_entropy(h, w, y, chunk=chunk)
    (chunked / 20 * 3).backward()
    torch.testing.assert_close(chunked, full, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(h.grad, want[0], rtol=1e-5, atol=1e-6)
    if weight_grad:
        torch.testing.assert_close(w.grad, want[1], rtol=1e-5, atol=1e-6)
    else:
        assert w.grad is None
    with torch.no_grad():  # evaluation: the loss alone, chunk by chunk
        torch.testing.assert_close(linear_cross_entropy(h, w, y, chunk=chunk), full.detach(), rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(linear_cross_entropy(h, w, y, chunk=None), full, rtol=1e-6, atol=1e-6)


def test_chunked_cross_entropy_of_no_tokens_is_a_differentiable_zero():
    h, w, _ = _inputs(False)
    empty = ChunkedLinearCE.apply(h[:0], w, torch.zeros(0, dtype=torch.long), 4)
    empty.backward()
    assert float(empty.detach()) == 0.0 and h.grad is not None and float(h.grad.abs().sum()) == 0.0


# --------------------------------------------------------------------------- varlen attention
def test_varlen_attention_refuses_padded_rows():
    q = torch.randn(2, 4, 6, 8)
    k = v = torch.randn(2, 2, 6, 8)
    with pytest.raises(ValueError, match="padding-free"):
        hf_varlen_forward(None, q, k, v, None, scaling=8 ** -0.5)
    # one row without boundaries is one causal sequence
    out, _ = hf_varlen_forward(None, q[:1], k[:1], v[:1], None, scaling=8 ** -0.5)
    want = F.scaled_dot_product_attention(q[:1], k[:1].repeat_interleave(2, 1), v[:1].repeat_interleave(2, 1),
                                          is_causal=True, scale=8 ** -0.5).transpose(1, 2)
    torch.testing.assert_close(out, want)


# --------------------------------------------------------------------------- the trainer's loss
@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fast")
    return {"base": build_tiny_model(root / "base"), "train": write_dataset(root / "train.jsonl", 6, seed=3),
            "root": root}


def _trainer(tiny, plan, *, lora: bool, batch: int = 3):
    from datasets import Dataset

    from harness.backends import load_tokenizer
    from harness.prompt import PromptBuilder
    from harness.samples import read_samples
    from training.base import TrainingBase, load_for_training
    from training.sft import completion_pairs, sft_arguments, trainer_for

    settings = TrainSettings(base=str(tiny["base"]), output=tiny["root"] / "out", method="lora" if lora else "full",
                             lora=LoraSettings(r=4, alpha=8), max_steps=2, logging_steps=1)
    tokenizer = load_tokenizer(tiny["base"], padding_side=None)
    samples, _ = read_samples(tiny["train"])
    data = Dataset.from_list(completion_pairs(samples, PromptBuilder(tokenizer), tiny["train"]))
    torch.manual_seed(0)
    model, peft_config = load_for_training(TrainingBase("folder", tiny["base"], str(tiny["base"])), settings, plan)
    if peft_config is not None:
        peft_config.init_lora_weights = False  # non-zero B: the adapters take part in the loss
    trainer = trainer_for(plan, model=model, args=sft_arguments(settings, plan, batch, 1), tokenizer=tokenizer,
                          train_dataset=data, eval_dataset=data, peft_config=peft_config)
    return trainer


def _loss_and_grads(trainer, compute_loss, rows=(0, 1, 2)):
    model = trainer.model
    model.train()
    batch = trainer.data_collator([trainer.train_dataset[i] for i in rows])
    items = (batch["labels"] != -100).sum()
    model.zero_grad()
    loss = compute_loss(trainer, model, batch, num_items_in_batch=items)
    loss.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    return loss.detach(), grads


@pytest.mark.parametrize("lora", [False, True])
def test_the_trainers_loss_is_trls_loss(tiny, lora):
    from trl import SFTTrainer

    from training.trainer import CompletionSFTTrainer

    cpu = plan_device(TrainSettings(), cuda=lambda: False)
    trainer = _trainer(tiny, cpu, lora=lora)
    assert type(trainer) is CompletionSFTTrainer and trainer.loss_chunk is None
    trainer.model.train()
    assert trainer._own_loss(trainer.model, return_outputs=False)  # not trl's path under another name
    trainer.model.eval()
    assert not trainer._own_loss(trainer.model, return_outputs=False)  # evaluation is trl's
    ours, our_grads = _loss_and_grads(trainer, CompletionSFTTrainer.compute_loss)
    theirs, their_grads = _loss_and_grads(trainer, SFTTrainer.compute_loss)
    torch.testing.assert_close(ours, theirs, rtol=1e-5, atol=1e-6)
    assert our_grads.keys() == their_grads.keys() and len(our_grads) > 0
    for name in our_grads:
        torch.testing.assert_close(our_grads[name], their_grads[name], rtol=1e-4, atol=1e-6, msg=name)
    assert trainer._metrics["train"]["num_tokens"]  # trl's token count is still logged


def test_unsloths_plan_keeps_trls_trainer(tiny):
    from trl import SFTTrainer

    cpu = plan_device(TrainSettings(), cuda=lambda: False)
    assert type(_trainer(tiny, replace(cpu, loss="trl"), lora=False)) is SFTTrainer


@pytest.mark.parametrize("lora", [False, True])
def test_padding_free_varlen_chunked_loss_equals_the_padded_loss(tiny, lora):
    from training.trainer import CompletionSFTTrainer

    cpu = plan_device(TrainSettings(), cuda=lambda: False)
    fast = replace(cpu, batching="padding-free", attention="torch_varlen", loss="chunked-ce")  # CUDA's, on CPU
    padded = _trainer(tiny, cpu, lora=lora)
    packed = _trainer(tiny, fast, lora=lora)
    assert packed.model.config._attn_implementation == "torch_varlen" and packed.loss_chunk == CE_CHUNK
    packed.loss_chunk = 37  # several chunks on this small batch
    batch = packed.data_collator([packed.train_dataset[i] for i in (0, 1, 2)])
    assert batch["input_ids"].shape[0] == 1 and "attention_mask" not in batch  # one row, no padding
    assert len(batch["cu_seq_lens_q"]) == 4
    want, want_grads = _loss_and_grads(padded, CompletionSFTTrainer.compute_loss)
    got, got_grads = _loss_and_grads(packed, CompletionSFTTrainer.compute_loss)
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-6)
    for name in want_grads:
        torch.testing.assert_close(got_grads[name], want_grads[name], rtol=1e-4, atol=1e-5, msg=name)
    # evaluation goes through trl's path (its metrics), on the same padding-free batches
    packed.model.eval()
    with torch.no_grad():
        eval_loss = packed.compute_loss(packed.model, batch)
    assert torch.isfinite(eval_loss)


def test_padding_free_training_runs_end_to_end_on_cpu(tiny):
    cpu = plan_device(TrainSettings(), cuda=lambda: False)
    fast = replace(cpu, batching="padding-free", attention="torch_varlen", loss="chunked-ce")
    trainer = _trainer(tiny, fast, lora=True)
    trainer.args.eval_strategy = "no"
    trainer.args.save_strategy = "no"
    trainer.train()
    losses = [e["loss"] for e in trainer.state.log_history if "loss" in e]
    assert trainer.state.global_step == 2 and len(losses) == 2 and all(torch.isfinite(torch.tensor(loss)) and loss > 0 for loss in losses)


# --------------------------------------------------------------------------- what a CUDA plan asks of trl
def test_sft_arguments_of_a_cuda_plan(tmp_path):
    from training.sft import sft_config_kwargs

    settings = TrainSettings(output=tmp_path)
    plan = cuda_plan(settings)
    kwargs = sft_config_kwargs(settings, plan, *plan.step_shape(settings.batch_size, settings.grad_accum))
    assert (kwargs["per_device_train_batch_size"], kwargs["gradient_accumulation_steps"]) == (8, 1)
    assert kwargs["bf16"] and not kwargs["fp16"] and not kwargs["use_cpu"]
    assert kwargs["gradient_checkpointing"] is False  # the first out-of-memory fallback turns it on
    assert kwargs["group_by_length"] is False and kwargs["padding_free"] is False  # our collator does it
    assert kwargs["optim"] == "adamw_torch_fused" and kwargs["completion_only_loss"] is True
    assert kwargs["max_length"] == settings.max_length  # trl still truncates
    retried = sft_config_kwargs(settings, replace(plan, gradient_checkpointing=True), 8, 1)
    assert retried["gradient_checkpointing"] is True
    cpu = sft_config_kwargs(settings, plan_device(settings, cuda=lambda: False), 2, 4)
    assert cpu["use_cpu"] and cpu["group_by_length"] and not cpu["bf16"]
    assert (cpu["per_device_train_batch_size"], cpu["gradient_accumulation_steps"]) == (2, 4)


def test_compile_targets_each_decoder_layer(tiny):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny["base"])
    assert decoder_layers(model) is model.model.layers
    assert compile_decoder_layers(model) == 2
    assert all(getattr(layer, "_compiled_call_impl", None) is not None for layer in model.model.layers)


def test_varlen_attention_refuses_options_it_does_not_implement():
    import torch

    from training.cuda_fast import hf_varlen_forward

    q = torch.randn(1, 2, 5, 8)
    for option, value in (("sliding_window", 4), ("softcap", 30.0)):
        with pytest.raises(ValueError, match=f"does not implement {option}"):
            hf_varlen_forward(None, q, q, q, None, scaling=0.35, **{option: value})
    with pytest.raises(ValueError, match="attention dropout"):
        hf_varlen_forward(None, q, q, q, None, scaling=0.35, dropout=0.1)
