"""GPU smoke check of the CUDA fast path of `epicrisis train` (training/cuda_fast.py).

On one CUDA card, without trl: a random Qwen2 model (bf16, LoRA r=8 on every
projection) computes the loss and LoRA gradients of the same four
prompt/completion sequences two ways:

  padded        4 right-padded rows, sdpa with the padding mask, full CE
  padding-free  1 row, per-document position_ids and cu_seq_lens as trl's
                padding-free collator makes them, the registered
                "torch_varlen" attention, chunked CE (ChunkedLinearCE)

and prints whether they agree (bf16 tolerance), with the varlen check.

    python bench/cuda_fast_check.py [--out result.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import types
from pathlib import Path

import torch
import torch.nn.functional as F

from training.cuda_fast import CE_CHUNK, linear_cross_entropy, register_varlen, varlen_status

LENGTHS = [300, 517, 129, 811]


def documents(vocab: int, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    docs = []
    for n in LENGTHS:
        ids = torch.randint(0, vocab, (n,), generator=g)
        labels = ids.clone()
        labels[: int(n * 0.4)] = -100  # the prompt
        docs.append((ids, labels))
    return docs


def padded_batch(docs, device):
    width = max(len(ids) for ids, _ in docs)
    ids = torch.zeros(len(docs), width, dtype=torch.long)
    labels = torch.full((len(docs), width), -100)
    mask = torch.zeros(len(docs), width, dtype=torch.long)
    for row, (i, lab) in enumerate(docs):
        ids[row, :len(i)], labels[row, :len(i)], mask[row, :len(i)] = i, lab, 1
    return {"input_ids": ids.to(device), "attention_mask": mask.to(device)}, labels.to(device)


def padding_free_batch(docs, device):
    """What trl's DataCollatorForLanguageModeling(padding_free=True) returns."""
    ids = torch.cat([i for i, _ in docs])[None]
    labels = torch.cat([lab for _, lab in docs])[None]
    position_ids = torch.cat([torch.arange(len(i)) for i, _ in docs])[None]
    labels[position_ids == 0] = -100
    cu = torch.tensor([0, *torch.tensor(LENGTHS).cumsum(0).tolist()], dtype=torch.int32)
    inputs = {"input_ids": ids, "position_ids": position_ids, "cu_seq_lens_q": cu, "cu_seq_lens_k": cu,
              "max_length_q": max(LENGTHS), "max_length_k": max(LENGTHS)}
    return {k: v.to(device) if torch.is_tensor(v) else v for k, v in inputs.items()}, labels.to(device)


def model(attn: str, device, vocab: int):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, Qwen2Config

    config = Qwen2Config(vocab_size=vocab, hidden_size=512, intermediate_size=1536, num_hidden_layers=4,
                         num_attention_heads=8, num_key_value_heads=2, max_position_embeddings=2048,
                         tie_word_embeddings=True, use_cache=False)
    torch.manual_seed(42)
    with device:
        m = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16, attn_implementation=attn)
    torch.manual_seed(7)
    lora = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj",
                                                          "up_proj", "down_proj"], init_lora_weights=False)
    return get_peft_model(m, lora).train()


def weight_device(m):
    return next(m.parameters()).device


def loss_and_grads(peft_model, inputs, labels, chunk):
    # what CompletionSFTTrainer.compute_loss does (training/trainer.py), without trl
    sys.modules.setdefault("trl", types.SimpleNamespace(SFTTrainer=object))
    from training.trainer import causal_lm, plain_lm_head

    assert plain_lm_head(peft_model)
    lm = causal_lm(peft_model)
    peft_model.zero_grad()
    with torch.autocast(weight_device(peft_model).type, dtype=torch.bfloat16):
        hidden = lm.base_model(**inputs, use_cache=False).last_hidden_state
    targets = labels[:, 1:]
    mask = targets != -100
    weight = lm.get_output_embeddings().weight
    loss = linear_cross_entropy(hidden[:, :-1][mask], weight, targets[mask], chunk=chunk) / mask.sum()
    loss.backward()
    grads = torch.cat([p.grad.float().flatten() for p in peft_model.parameters() if p.requires_grad])
    return float(loss.detach()), grads


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    import transformers

    cuda = torch.cuda.is_available()  # without CUDA: a plumbing run (varlen's CPU fallback)
    device = torch.device("cuda" if cuda else "cpu")
    ok, why = varlen_status()
    result = {"torch": torch.__version__, "transformers": transformers.__version__,
              "gpu": torch.cuda.get_device_name() if cuda else None, "varlen": [ok, why]}
    vocab = 32000
    docs = documents(vocab)
    padded_inputs, padded_labels = padded_batch(docs, device)
    want_loss, want_grads = loss_and_grads(model("sdpa", device, vocab), padded_inputs, padded_labels, chunk=None)
    free_inputs, free_labels = padding_free_batch(docs, device)
    got_loss, got_grads = loss_and_grads(model(register_varlen(), device, vocab), free_inputs, free_labels,
                                         chunk=CE_CHUNK // 8)
    rel = float((got_grads - want_grads).norm() / want_grads.norm())
    # fp32 q/k/v (4-bit QLoRA keeps the residual stream in fp32): the
    # registered attention casts them for the half-precision kernel and back;
    # compared with fp32 sdpa on the same documents, causal per document.
    from training.cuda_fast import hf_varlen_forward

    gen = torch.Generator(device=device).manual_seed(1)
    lens = [300, 129, 77]
    q, k, v = (torch.randn(1, 4, sum(lens), 64, device=device, generator=gen) for _ in range(3))
    cu = torch.tensor([0, 300, 429, 506], dtype=torch.int32, device=device)
    out, _ = hf_varlen_forward(None, q, k, v, None, scaling=64 ** -0.5, cu_seq_lens_q=cu)
    want = torch.cat([F.scaled_dot_product_attention(q[:, :, a:b], k[:, :, a:b], v[:, :, a:b], is_causal=True)
                      for a, b in zip(cu[:-1].tolist(), cu[1:].tolist())], dim=2)[0].transpose(0, 1)
    fp32_rel = float((out[0].float() - want).norm() / want.norm())
    result.update(padded_loss=want_loss, padding_free_loss=got_loss, loss_abs_diff=abs(got_loss - want_loss),
                  lora_grad_rel_err=rel, fp32_inputs_dtype=str(out.dtype), fp32_inputs_rel_err=fp32_rel,
                  agree=(ok or not cuda) and abs(got_loss - want_loss) < 1e-2 and rel < 5e-2
                  and out.dtype == torch.float32 and fp32_rel < 1e-2)
    print(json.dumps(result, indent=1))
    if a.out:
        Path(a.out).write_text(json.dumps(result, indent=1))
    sys.exit(0 if result["agree"] else 1)


if __name__ == "__main__":
    main()
