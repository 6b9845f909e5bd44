"""``CompletionSFTTrainer``: trl's SFTTrainer with a cheaper training loss.

trl 1.16 computes every training loss through its fused LM head
(``add_fused_lm_head``), which also computes each token's entropy and
whether its label is the top-1 prediction, for the ``entropy`` and
``mean_token_accuracy`` log metrics. With Triton (CUDA) it scores only the
label positions; without (CPU) it scores every position, prompt and padding
included, with torch ops, and recomputes the logits in the backward pass.
On the micro preset that was about half of each CPU training step.

Here a training step runs the backbone, keeps the hidden states of the
positions whose next token is a label (the completion: the prompt is
masked), and computes the cross-entropy there: whole logits for a small
vocabulary (CPU), or chunked (``ChunkedLinearCE``) so the 152k-column
logits never exist whole (CUDA). The loss is the same function as trl's
(sum of token losses over ``num_items_in_batch``, the label tokens of the
whole accumulated step), so the same seed gives the same losses within
float noise. What is left out: the per-step ``entropy`` and
``mean_token_accuracy`` training metrics (nothing here reads them).
Evaluation, models with scaled or soft-capped logits or a biased LM head,
and every option this path does not handle go to trl's own
``compute_loss``.
"""

from __future__ import annotations

from typing import Any

import torch
from trl import SFTTrainer

from training.cuda_fast import compile_decoder_layers, linear_cross_entropy

# Config attributes that make the LM head more than ``hidden @ W^T`` (trl's fused head handles them).
_SCALED_LOGITS = ("final_logit_softcapping", "logit_scale", "output_multiplier", "lm_head_multiplier",
                  "logits_scaling")


def causal_lm(model: Any) -> Any:
    """The transformers causal LM inside a PEFT wrapper (or the model itself)."""
    get_base = getattr(model, "get_base_model", None)
    return get_base() if callable(get_base) else model


def plain_lm_head(model: Any) -> bool:
    """Whether the logits are ``hidden @ lm_head.weight^T`` and nothing more."""
    lm = causal_lm(model)
    head = lm.get_output_embeddings()
    config = lm.config.get_text_config()
    return (head is not None and getattr(head, "bias", None) is None
            and all(getattr(config, name, None) is None for name in _SCALED_LOGITS))


class CompletionSFTTrainer(SFTTrainer):
    """SFTTrainer whose training loss is the cross-entropy of the label
    tokens only, chunked over tokens when ``loss_chunk`` is set; each
    decoder layer is compiled when ``compile_layers`` is."""

    def __init__(self, *args: Any, loss_chunk: int | None = None, compile_layers: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loss_chunk = loss_chunk
        self.compiled_layers = compile_decoder_layers(self.model) if compile_layers else 0
        self._plain_head = plain_lm_head(self.model)

    def _own_loss(self, model: Any, return_outputs: bool) -> bool:
        args = self.args
        return (model.training and not return_outputs and self._plain_head and args.loss_type == "nll"
                and not self.aux_loss_enabled and self.compute_loss_func is None
                and self.label_smoother is None and self.accelerator.parallelism_config is None)

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        if not self._own_loss(model, return_outputs):
            return super().compute_loss(model, inputs, return_outputs=return_outputs,
                                        num_items_in_batch=num_items_in_batch)
        lm = causal_lm(self.accelerator.unwrap_model(model))
        labels = inputs["labels"]
        model_inputs = {k: v for k, v in inputs.items() if k != "labels"}
        targets = labels[:, 1:]
        mask = targets != -100
        weight = lm.get_output_embeddings().weight
        # The unwrapped model skips the autocast accelerate wraps around
        # model.forward (bf16/fp16 on CUDA; nothing on CPU): apply it here.
        with self.accelerator.autocast():
            hidden = lm.base_model(**model_inputs, use_cache=False).last_hidden_state
            loss_sum = linear_cross_entropy(hidden[:, :-1][mask].to(weight.device), weight,
                                            targets[mask].to(weight.device), chunk=self.loss_chunk)
        num_tokens = mask.sum() if num_items_in_batch is None else num_items_in_batch
        loss = loss_sum / torch.as_tensor(num_tokens, device=loss_sum.device).clamp(min=1)
        if self.args.average_tokens_across_devices and num_items_in_batch is not None:
            loss = loss * (self.accelerator.num_processes // self.get_tp_size())
        self._count_train_tokens(inputs)
        return loss

    def _count_train_tokens(self, inputs: dict[str, Any]) -> None:
        """trl's ``num_tokens`` log metric (input tokens seen so far), as trl counts it."""
        if "attention_mask" in inputs:
            seen = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum()).sum().item()
        else:
            ids = inputs.get("position_ids", inputs["input_ids"])
            seen = self.accelerator.gather_for_metrics(
                torch.tensor(ids.size(1), device=ids.device)).sum().item()
        self._total_train_tokens += seen // self._tp_size
        self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
