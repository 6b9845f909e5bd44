"""LoRA SFT throughput on one GPU for the Qwen2.5-1.5B-Instruct architecture (issue 5).

Needs only torch, transformers and peft (liger-kernel and bitsandbytes are
optional variants) and, from this repo, training/cuda_fast.py (the varlen
attention and chunked cross-entropy `epicrisis train` uses on CUDA; it
imports neither trl nor the harness). No network, no weights: the model is
built from Qwen2.5-1.5B-Instruct's published config with random bf16
weights (throughput does not depend on the weight values).

Workload (fixed for every variant): 350 synthetic examples of 450-850 tokens
(seeded; ~227k tokens an epoch), 3 epochs, LoRA r=16 alpha=16 dropout 0 on
q/k/v/o/gate/up/down, AdamW lr 2e-4 cosine with 3% warm-up, weight decay
0.01, max grad norm 0.3, bf16 autocast (what the HF Trainer does with
bf16=True). The loss is the token-level mean over each optimizer step (sum
of token losses / label tokens of the whole accumulated step, as Trainer
does with num_items_in_batch), so variants with the same sequences per
optimizer step compute the same function and their loss curves can be
compared step by step.

The token ids are random but not uniform: a fixed 4,096-id subset of the
vocabulary, Zipf-distributed, and with probability 1/2 each token is a fixed
function of the previous one. That keeps "random token ids" while giving the
LoRA something to learn, so the loss curve moves and equivalence of two
settings is a real test rather than two flat lines at ln(151936).

Variants differ only in how the same optimisation is executed:
  batching   padded micro-batches (bs x grad-accum) or padding-free packing
             (an optimizer step's sequences concatenated into one row,
             per-document position_ids and cu_seqlens)
  attention  sdpa (padded, HF mask), varlen (torch.nn.attention.varlen,
             FlashAttention-2 kernels inside PyTorch, per-document causal),
             sdpa_packed (HF's own packed path: position_ids -> block mask)
  loss       full (HF default: [tokens x 152k] logits upcast to fp32),
             chunked (linear+CE per chunk of tokens; gradient computed in the
             forward pass; never materialises the full logits), liger
             (LigerFusedLinearCrossEntropyLoss)
  extras     gradient checkpointing, torch.compile of each decoder layer,
             Liger RMSNorm/SwiGLU/RoPE kernels, 4-bit NF4 base (bitsandbytes)

MFU conventions (attention FLOPs left out of both):
  mfu_6N    = 6 * N * tokens / time / 989e12  (N = 1.54e9 total parameters,
              989 TFLOP/s = H100 SXM dense bf16 datasheet peak)
  mfu_4N    = 4 * N * tokens / time / 790e12  (LoRA: frozen weights need no
              weight gradient, so the work is ~4N per token; 790 TFLOP/s is
              the bf16 matmul rate measured on these H100s) -- the issue's
              convention, under which the floor is ~5.3 s for 3 epochs.

    python bench/gpu_train.py --variants anchor_b2ga4,packed8_chunked \
        --out results.json
    python bench/gpu_train.py --list
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import sys
import time
import traceback

import numpy as np
import torch
import torch.nn.functional as F


# Qwen2.5-1.5B-Instruct config.json (published values).
QWEN25_15B = dict(
    architectures=["Qwen2ForCausalLM"],
    attention_dropout=0.0,
    bos_token_id=151643,
    eos_token_id=151645,
    hidden_act="silu",
    hidden_size=1536,
    initializer_range=0.02,
    intermediate_size=8960,
    max_position_embeddings=32768,
    max_window_layers=21,
    model_type="qwen2",
    num_attention_heads=12,
    num_hidden_layers=28,
    num_key_value_heads=2,
    rms_norm_eps=1e-6,
    rope_theta=1000000.0,
    sliding_window=32768,
    tie_word_embeddings=True,
    use_cache=False,
    use_sliding_window=False,
    vocab_size=151936,
)
TINY = dict(QWEN25_15B, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
            num_attention_heads=4, num_key_value_heads=2, vocab_size=8192)

LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
N_EXAMPLES, MIN_LEN, MAX_LEN, EPOCHS = 350, 450, 850, 3
LR, WARMUP, WD, MAX_GRAD_NORM = 2e-4, 0.03, 0.01, 0.3
PEAK_989, PEAK_790 = 989e12, 790e12
VARLEN_MAX = 1024  # upper bound on any document's length passed to the kernel

# --------------------------------------------------------------------------- variants
BASE = dict(batching="padded", bs=2, ga=4, eff=8, max_tokens=16384, pad_to=64, attn="sdpa",
            loss="full", gc=False, compile=False, liger_kernels=False, quant4=False,
            data_seed=42, chunk=4096, lr=LR)
VARIANTS = {
    # a. anchors: the guide's batch (2 x accumulation 4) and batch 8, padded, HF-default loss
    "anchor_b2ga4": dict(batching="padded", bs=2, ga=4),
    "anchor_b8": dict(batching="padded", bs=8, ga=1),
    "anchor_b2ga4_gc": dict(batching="padded", bs=2, ga=4, gc=True),
    # b. padding-free packing, same 8 sequences per optimizer step (identical optimisation)
    "packed8_sdpa": dict(batching="packed", eff=8, attn="sdpa_packed"),
    "packed8": dict(batching="packed", eff=8, attn="varlen"),
    # c. chunked / fused cross-entropy
    "packed8_chunked": dict(batching="packed", eff=8, attn="varlen", loss="chunked"),
    "packed8_liger_flce": dict(batching="packed", eff=8, attn="varlen", loss="liger"),
    "packed8_liger_all": dict(batching="packed", eff=8, attn="varlen", loss="liger", liger_kernels=True),
    # d. torch.compile (regional: each decoder layer)
    "packed8_chunked_compile": dict(batching="packed", eff=8, attn="varlen", loss="chunked", compile=True),
    # d'. compile with dynamic shapes from the first call (one compile instead of static + recompiles)
    "packed8_chunked_compile_dyn": dict(batching="packed", eff=8, attn="varlen", loss="chunked", compile="dynamic"),
    "packed16_chunked_compile_dyn": dict(batching="packed", eff=16, attn="varlen", loss="chunked",
                                         compile="dynamic"),
    # the same setting timed twice (run-to-run spread)
    "packed8_chunked_repeat": dict(batching="packed", eff=8, attn="varlen", loss="chunked"),
    # e. gradient checkpointing on (off everywhere else)
    "packed8_chunked_gc": dict(batching="packed", eff=8, attn="varlen", loss="chunked", gc=True),
    # larger token budgets per optimizer step (changes the optimisation: fewer steps)
    "packed16_chunked": dict(batching="packed", eff=16, attn="varlen", loss="chunked"),
    "packed32_chunked": dict(batching="packed", eff=32, attn="varlen", loss="chunked"),
    "packed16_chunked_compile": dict(batching="packed", eff=16, attn="varlen", loss="chunked", compile=True),
    "packed32_chunked_compile": dict(batching="packed", eff=32, attn="varlen", loss="chunked", compile=True),
    # larger steps with the learning rate scaled by sqrt(sequences per step / 8)
    "packed16_chunked_lrsqrt": dict(batching="packed", eff=16, attn="varlen", loss="chunked", lr=LR * 2 ** 0.5),
    "packed32_chunked_lrsqrt": dict(batching="packed", eff=32, attn="varlen", loss="chunked", lr=LR * 2),
    # noise reference: the fast setting with another data seed
    "packed8_chunked_seed43": dict(batching="packed", eff=8, attn="varlen", loss="chunked", data_seed=43),
    "anchor_b2ga4_seed43": dict(batching="padded", bs=2, ga=4, data_seed=43),
    # f. 4-bit NF4 base (QLoRA) with the fast settings
    "packed8_chunked_4bit": dict(batching="packed", eff=8, attn="varlen", loss="chunked", quant4=True),
    "anchor_b2ga4_4bit": dict(batching="padded", bs=2, ga=4, quant4=True),
}


def spec(name: str) -> dict:
    s = dict(BASE)
    s.update(VARIANTS[name])
    return s


# --------------------------------------------------------------------------- data
def make_dataset(seed: int = 42, n: int = N_EXAMPLES, vocab: int = 151936):
    """Seeded synthetic examples: the lengths and token sequences are fixed by `seed`."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(MIN_LEN, MAX_LEN + 1, size=n)
    sub = rng.choice(vocab - 1000, size=4096, replace=False)
    p = 1.0 / np.arange(1, 4097) ** 1.1
    p /= p.sum()
    succ = rng.permutation(4096)
    docs = []
    for L in lengths:
        z = rng.choice(4096, size=L, p=p)
        coin = rng.random(L) < 0.5
        idx = np.empty(L, dtype=np.int64)
        idx[0] = z[0]
        for i in range(1, L):
            idx[i] = succ[idx[i - 1]] if coin[i] else z[i]
        docs.append(sub[idx].astype(np.int64))
    return docs


def step_groups(n_docs: int, eff: int, epochs: int, order_seed: int):
    """Per epoch a seeded shuffle, cut into optimizer steps of `eff` sequences."""
    rng = np.random.default_rng(order_seed + 1)
    steps = []
    for _ in range(epochs):
        order = rng.permutation(n_docs)
        steps += [order[i:i + eff].tolist() for i in range(0, n_docs, eff)]
    return steps


def _targets(doc):
    t = np.empty_like(doc)
    t[:-1] = doc[1:]
    t[-1] = -100
    return t


def build_micro_batches(docs, group, s, device):
    """One optimizer step -> list of micro-batches (dicts of device tensors)."""
    out = []
    if s["batching"] == "padded":
        for i in range(0, len(group), s["bs"]):
            part = [docs[j] for j in group[i:i + s["bs"]]]
            L = max(len(d) for d in part)
            ids = np.zeros((len(part), L), dtype=np.int64)
            tgt = np.full((len(part), L), -100, dtype=np.int64)
            mask = np.zeros((len(part), L), dtype=np.int64)
            for r, d in enumerate(part):
                ids[r, :len(d)] = d
                tgt[r, :len(d)] = _targets(d)
                mask[r, :len(d)] = 1
            out.append(dict(input_ids=torch.from_numpy(ids).to(device),
                            targets=torch.from_numpy(tgt).to(device),
                            attention_mask=torch.from_numpy(mask).to(device),
                            real_tokens=int(mask.sum()), padded_tokens=int(ids.size)))
        return out
    # packed: greedy rows of at most max_tokens tokens
    rows, cur, cur_len = [], [], 0
    for j in group:
        if cur and cur_len + len(docs[j]) > s["max_tokens"]:
            rows.append(cur)
            cur, cur_len = [], 0
        cur.append(docs[j])
        cur_len += len(docs[j])
    rows.append(cur)
    for part in rows:
        real = sum(len(d) for d in part)
        T = int(math.ceil(real / s["pad_to"]) * s["pad_to"])
        ids = np.zeros(T, dtype=np.int64)
        tgt = np.full(T, -100, dtype=np.int64)
        pos = np.zeros(T, dtype=np.int64)
        cu = [0]
        o = 0
        for d in part:
            ids[o:o + len(d)] = d
            tgt[o:o + len(d)] = _targets(d)
            pos[o:o + len(d)] = np.arange(len(d))
            o += len(d)
            cu.append(o)
        if T > o:  # padding tail = its own dummy document, no loss
            pos[o:] = np.arange(T - o)
            cu.append(T)
        out.append(dict(input_ids=torch.from_numpy(ids)[None].to(device),
                        targets=torch.from_numpy(tgt)[None].to(device),
                        position_ids=torch.from_numpy(pos)[None].to(device),
                        cu_seqlens=torch.tensor(cu, dtype=torch.int32, device=device),
                        real_tokens=real, padded_tokens=T))
    return out


# --------------------------------------------------------------------------- attention, losses
# The varlen attention (registered with transformers as "torch_varlen") and the chunked
# linear cross-entropy live in training/cuda_fast.py, where `epicrisis train` uses them too.
from training.cuda_fast import VARLEN_MAX, ChunkedLinearCE, check_varlen, register_varlen  # noqa: E402


def loss_sum(s, h, lm_head, targets, liger_loss=None):
    """Sum of token cross-entropies (fp32) for hidden states h [B,T,H]."""
    H = h.shape[-1]
    if s["loss"] == "full":
        logits = lm_head(h).float()
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1),
                               ignore_index=-100, reduction="sum")
    if s["loss"] == "chunked":
        assert not lm_head.weight.requires_grad
        return ChunkedLinearCE.apply(h.reshape(-1, H), lm_head.weight, targets.reshape(-1), s["chunk"])
    if s["loss"] == "liger":
        return liger_loss(lm_head.weight, h.reshape(-1, H), targets.reshape(-1))
    raise ValueError(s["loss"])


# --------------------------------------------------------------------------- model
def build_model(s, device, tiny=False, seed=42, quant_dir=None):
    from transformers import AutoModelForCausalLM, Qwen2Config
    from peft import LoraConfig, get_peft_model

    cfg = Qwen2Config(**(TINY if tiny else QWEN25_15B))
    attn = {"sdpa": "sdpa", "sdpa_packed": "sdpa", "varlen": "torch_varlen"}[s["attn"]]
    if attn == "torch_varlen":
        register_varlen()
    torch.manual_seed(seed)
    if s["quant4"]:
        from transformers import BitsAndBytesConfig
        bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                 bnb_4bit_compute_dtype=torch.bfloat16, bnb_4bit_use_double_quant=True)
        model = AutoModelForCausalLM.from_pretrained(quant_dir, quantization_config=bnb, dtype=torch.bfloat16,
                                                     attn_implementation=attn, device_map={"": device.index or 0})
    else:
        with device:
            model = AutoModelForCausalLM.from_config(cfg, dtype=torch.bfloat16, attn_implementation=attn)
    model.config.use_cache = False
    if s["liger_kernels"]:
        from liger_kernel.transformers import apply_liger_kernel_to_qwen2
        apply_liger_kernel_to_qwen2(rope=True, rms_norm=True, swiglu=True, cross_entropy=False,
                                    fused_linear_cross_entropy=False, model=model)
    n_params = sum(p.numel() for p in model.parameters())
    if s["quant4"]:  # 4-bit params are packed 2 per byte: report the architecture's count
        n_params = None
    torch.manual_seed(seed + 7)
    lcfg = LoraConfig(r=16, lora_alpha=16, lora_dropout=0.0, target_modules=LORA_TARGETS,
                      bias="none", task_type="CAUSAL_LM")
    pm = get_peft_model(model, lcfg)
    if s["gc"]:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model.train()
    if s["compile"]:
        for layer in model.model.layers:
            layer.compile(dynamic=True if s["compile"] == "dynamic" else None)
    trainable = [p for p in pm.parameters() if p.requires_grad]
    return pm, model, n_params, trainable


def cosine_lr(total_steps):
    warm = math.ceil(WARMUP * total_steps)

    def f(step):
        if step < warm:
            return step / max(1, warm)
        prog = (step - warm) / max(1, total_steps - warm)
        return 0.5 * (1.0 + math.cos(math.pi * prog))
    return f


# --------------------------------------------------------------------------- run one variant
def run_variant(name, s, docs_by_seed, device, tiny=False, steps_limit=None, quant_dir=None, log=print):
    docs = docs_by_seed[s["data_seed"]]
    eff = s["bs"] * s["ga"] if s["batching"] == "padded" else s["eff"]
    groups = step_groups(len(docs), eff, EPOCHS, s["data_seed"])
    total_steps = len(groups)
    run_steps = groups[:steps_limit] if steps_limit else groups
    cuda = device.type == "cuda"

    t0 = time.perf_counter()
    batches = [build_micro_batches(docs, g, s, device) for g in run_steps]
    if cuda:
        torch.cuda.synchronize()
    prep_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    pm, model, n_params, trainable = build_model(s, device, tiny=tiny, quant_dir=quant_dir)
    if n_params is None:
        n_params = NPARAMS_FULL
    if cuda:
        torch.cuda.synchronize()
    build_s = time.perf_counter() - t0
    inner = model.model
    lm_head = model.lm_head
    liger_loss = None
    if s["loss"] == "liger":
        from liger_kernel.transformers import LigerFusedLinearCrossEntropyLoss
        liger_loss = LigerFusedLinearCrossEntropyLoss(reduction="sum", ignore_index=-100)
    opt = torch.optim.AdamW(trainable, lr=s["lr"], betas=(0.9, 0.999), eps=1e-8, weight_decay=WD,
                            fused=cuda)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, cosine_lr(total_steps))
    n_trainable = sum(p.numel() for p in trainable)

    def micro(mb, denom):
        kw = {}
        if "attention_mask" in mb:
            kw["attention_mask"] = mb["attention_mask"]
        else:
            kw["position_ids"] = mb["position_ids"]
            if s["attn"] == "varlen":
                kw["cu_seq_lens_q"] = mb["cu_seqlens"]
                kw["cu_seq_lens_k"] = mb["cu_seqlens"]
                kw["max_length_q"] = VARLEN_MAX
                kw["max_length_k"] = VARLEN_MAX
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=True):
            h = inner(input_ids=mb["input_ids"], use_cache=False, **kw).last_hidden_state
        loss = loss_sum(s, h, lm_head, mb["targets"], liger_loss) / denom
        loss.backward()
        return loss.detach()

    if cuda:
        torch.cuda.reset_peak_memory_stats()
        mem_before = torch.cuda.memory_allocated()
    # warm-up: one forward+backward of the first micro-batch, no update (kernels, compile)
    t0 = time.perf_counter()
    first = batches[0][0]
    denom0 = float(sum(int((mb["targets"] != -100).sum()) for mb in batches[0]))
    micro(first, denom0)
    opt.zero_grad(set_to_none=True)
    if cuda:
        torch.cuda.synchronize()
    warmup_s = time.perf_counter() - t0

    denoms = [float(sum(int((mb["targets"] != -100).sum()) for mb in step)) for step in batches]
    step_tokens = [sum(mb["real_tokens"] for mb in step) for step in batches]
    step_padded = [sum(mb["padded_tokens"] for mb in step) for step in batches]
    losses, events = [], []
    if cuda:
        ev0 = torch.cuda.Event(enable_timing=True)
        ev0.record()
    t0 = time.perf_counter()
    for step, mbs in enumerate(batches):
        acc = torch.zeros((), device=device)
        for mb in mbs:
            acc += micro(mb, denoms[step])
        torch.nn.utils.clip_grad_norm_(trainable, MAX_GRAD_NORM)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        losses.append(acc)
        if cuda:
            e = torch.cuda.Event(enable_timing=True)
            e.record()
            events.append(e)
    if cuda:
        torch.cuda.synchronize()
    train_s = time.perf_counter() - t0
    step_ms = []
    if cuda:
        prev = ev0
        for e in events:
            step_ms.append(prev.elapsed_time(e))
            prev = e
    losses = [float(x) for x in losses]
    peak = torch.cuda.max_memory_allocated() / 2**30 if cuda else None
    tokens = sum(step_tokens)
    med = float(np.median(step_ms)) if step_ms else train_s / len(batches) * 1e3
    full_3ep_tokens = sum(len(docs[j]) for g in groups for j in g)
    steady_s = sum(step_ms[3:]) / 1e3 if len(step_ms) > 10 else None
    steady_tps = (sum(step_tokens[3:]) / steady_s) if steady_s else None
    r = dict(
        name=name, spec=s, eff_seqs_per_step=eff, optimizer_steps=len(batches), total_steps_3ep=total_steps,
        micro_batches=sum(len(b) for b in batches), tokens=tokens, padded_tokens=sum(step_padded),
        pad_fraction=1 - tokens / sum(step_padded), tokens_3ep=full_3ep_tokens,
        prep_s=prep_s, build_s=build_s, warmup_s=warmup_s, train_s=train_s,
        tokens_per_s=tokens / train_s, step_ms_mean=train_s / len(batches) * 1e3, step_ms_median=med,
        steady_tokens_per_s=steady_tps,
        train_3ep_s_est=(full_3ep_tokens / (steady_tps or tokens / train_s)),
        peak_mem_gib=peak, model_mem_gib=(mem_before / 2**30 if cuda else None),
        n_params=n_params, n_trainable=n_trainable,
        mfu_6N_989=6 * n_params * tokens / train_s / PEAK_989,
        mfu_4N_790=4 * n_params * tokens / train_s / PEAK_790,
        losses=losses, step_tokens=step_tokens, step_ms=step_ms,
    )
    log(f"[{name}] steps={len(batches)} tokens={tokens} train={train_s:.2f}s tok/s={r['tokens_per_s']:.0f} "
        f"step={r['step_ms_mean']:.1f}ms peak={peak if peak is None else round(peak, 2)}GiB "
        f"mfu6N={r['mfu_6N_989']:.3f} mfu4N={r['mfu_4N_790']:.3f} warmup={warmup_s:.1f}s build={build_s:.1f}s "
        f"loss first/last={losses[0]:.4f}/{losses[-1]:.4f}")
    del pm, model, opt, sched, batches, trainable, inner, lm_head
    gc.collect()
    if cuda:
        torch.cuda.empty_cache()
    return r


NPARAMS_FULL = 1543714304  # Qwen2.5-1.5B with tied embeddings (computed by the bf16 build)


# --------------------------------------------------------------------------- comparisons
def compare(ref, other):
    """Loss trajectories at equal tokens: step by step when the steps hold the same
    sequences, else `ref` interpolated at `other`'s cumulative token counts."""
    if ref is None or other is None:
        return None
    a, b = np.array(ref["losses"]), np.array(other["losses"])
    same = (ref["eff_seqs_per_step"] == other["eff_seqs_per_step"]
            and ref["spec"]["data_seed"] == other["spec"]["data_seed"])
    if same:  # the same sequences in every step: compare step by step (over the shared prefix)
        n = min(len(a), len(b))
        a, b = a[:n], b[:n]
        d = np.abs(a - b)
        out = dict(mode="step_by_step" if len(ref["losses"]) == len(other["losses"]) else f"step_by_step_first_{n}",
                   max_abs=float(d.max()), mean_abs=float(d.mean()), final_ref=float(a[-1]), final=float(b[-1]))
        xs = np.cumsum(other["step_tokens"][:n])
        ra = a
    else:
        xa, xb = np.cumsum(ref["step_tokens"]), np.cumsum(other["step_tokens"])
        ra = np.interp(xb, xa, a)
        d = np.abs(ra - b)
        out = dict(mode="interpolated_at_equal_tokens", max_abs=float(d.max()), mean_abs=float(d.mean()),
                   final_ref=float(a[-1]), final=float(b[-1]))
        xs = xb
    if len(other["losses"]) != other.get("total_steps_3ep", len(other["losses"])):
        out["partial_run"] = True
    # epoch means (token-weighted): thirds of the tokens
    for part, (lo, hi) in enumerate([] if out.get("partial_run") else [(0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.0001)]):
        tot = xs[-1]
        m = (xs > lo * tot) & (xs <= hi * tot)
        if m.any():
            out[f"epoch{part + 1}_mean_ref"] = float(np.mean(ra[m]))
            out[f"epoch{part + 1}_mean"] = float(np.mean(b[m]))
    # a few points of both curves
    idx = np.linspace(0, len(b) - 1, 12).astype(int)
    out["points"] = [dict(tokens=int(xs[i]), ref=round(float(ra[i]), 4), this=round(float(b[i]), 4)) for i in idx]
    return out


def env_info(device):
    import transformers
    import peft
    info = dict(python=sys.version.split()[0], torch=torch.__version__, cuda=torch.version.cuda,
                transformers=transformers.__version__, peft=peft.__version__, platform=platform.platform())
    if device.type == "cuda":
        p = torch.cuda.get_device_properties(device)
        info.update(gpu=p.name, gpu_mem_gib=round(p.total_memory / 2**30, 1), sm=f"{p.major}.{p.minor}",
                    cudnn=torch.backends.cudnn.version())
    from importlib import metadata  # versions without importing (unsloth patches on import)
    for dist in ("liger-kernel", "bitsandbytes", "flash-attn", "triton", "unsloth", "accelerate"):
        try:
            info[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            info[dist] = "absent"
    return info


def matmul_tflops(device):
    a = torch.randn(8192, 8192, device=device, dtype=torch.bfloat16)
    b = torch.randn(8192, 8192, device=device, dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    torch.cuda.synchronize()
    e0, e1 = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    e0.record()
    for _ in range(20):
        a @ b
    e1.record()
    torch.cuda.synchronize()
    return 2 * 8192**3 * 20 / (e0.elapsed_time(e1) / 1e3) / 1e12


def print_table(results, ref_name):
    print(f"\n{'variant':28s} {'tok/s':>8s} {'train s':>7s} {'3ep s':>6s} {'step ms':>8s} {'peak GiB':>8s} "
          f"{'MFU6N':>6s} {'MFU4N':>6s} {'warm s':>6s} dLoss max/mean vs {ref_name}")
    for n, r in results["results"].items():
        c = results["loss_vs_ref"].get(n)
        dl = f"{c['max_abs']:.4f}/{c['mean_abs']:.4f} {c['mode']}" if c else "-"
        pk = f"{r['peak_mem_gib']:.1f}" if r.get("peak_mem_gib") is not None else "-"
        est = r.get("train_3ep_s_est") or r["tokens_3ep"] / r["tokens_per_s"]
        print(f"{n:28s} {r['tokens_per_s']:8.0f} {r['train_s']:7.1f} {est:6.1f} {r['step_ms_mean']:8.1f} {pk:>8s} "
              f"{r['mfu_6N_989']:6.3f} {r['mfu_4N_790']:6.3f} {r.get('warmup_s', 0):6.1f} {dl}")


def report(paths, out, ref_name):
    merged = dict(env=None, results={}, errors={}, sources=paths, varlen_check=None)
    for pth in paths:
        d = json.load(open(pth))
        if "results" in d:
            merged["env"] = merged["env"] or d.get("env")
            merged["varlen_check"] = merged["varlen_check"] or d.get("varlen_check")
            merged["results"].update(d["results"])
            merged["errors"].update(d.get("errors", {}))
        elif "name" in d:  # gpu_train_unsloth.py: one or several results
            for r in d.get("runs", [d]):
                if r.get("ok"):
                    merged["results"][r["name"]] = r
                else:
                    merged["errors"][r["name"]] = r.get("error")
    ref = merged["results"].get(ref_name)
    merged["loss_vs_ref"] = {n: compare(ref, r) for n, r in merged["results"].items() if n != ref_name}
    json.dump(merged, open(out, "w"), indent=1)
    print_table(merged, ref_name)
    return merged


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variants", default="anchor_b2ga4,packed8_chunked")
    ap.add_argument("--out", default="gpu_train.json")
    ap.add_argument("--steps-limit", type=int, default=None, help="smoke test: only the first N optimizer steps")
    ap.add_argument("--steps", default="", help="per-variant step limits: name=N,name=N")
    ap.add_argument("--tiny", action="store_true", help="tiny config (CPU plumbing test)")
    ap.add_argument("--ref", default="anchor_b2ga4", help="variant whose loss curve is the reference")
    ap.add_argument("--merge", default=None, help="earlier JSON whose results are kept (and used as reference)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--report", nargs="+", default=None,
                    help="merge these result JSONs (gpu_train.py / gpu_train_unsloth.py), compare, write --out")
    a = ap.parse_args()
    if a.report:
        return report(a.report, a.out, a.ref)
    if a.list:
        for k in VARIANTS:
            print(k, spec(k))
        return
    device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
    results = dict(env=env_info(device), results={}, errors={})
    if a.merge and os.path.exists(a.merge):
        old = json.load(open(a.merge))
        results["results"].update(old.get("results", {}))
        results["earlier_env"] = old.get("env")
    if device.type == "cuda":
        import torch._dynamo as dynamo
        dynamo.config.cache_size_limit = 64
        torch.backends.cuda.matmul.allow_tf32 = True
        results["env"]["matmul_bf16_tflops_8192"] = round(matmul_tflops(device), 1)
        results["varlen_check"] = check_varlen(device)
        print("varlen:", results["varlen_check"])
    names = [n for n in a.variants.split(",") if n]
    seeds = {spec(n)["data_seed"] for n in names} | {42}
    t0 = time.perf_counter()
    docs_by_seed = {sd: make_dataset(sd, vocab=(TINY if a.tiny else QWEN25_15B)['vocab_size']) for sd in seeds}
    print(f"data: {time.perf_counter() - t0:.1f}s; tokens/epoch seed42 = {sum(map(len, docs_by_seed[42]))}")
    quant_dir = None
    if any(spec(n)["quant4"] for n in names):
        quant_dir = "/tmp/qwen25_15b_random"
        if not os.path.exists(os.path.join(quant_dir, "config.json")):
            from transformers import AutoModelForCausalLM, Qwen2Config
            torch.manual_seed(42)
            with device:
                m = AutoModelForCausalLM.from_config(Qwen2Config(**(TINY if a.tiny else QWEN25_15B)),
                                                     dtype=torch.bfloat16)
            m.save_pretrained(quant_dir)
            del m
            torch.cuda.empty_cache()
    per = {k: int(v) for k, v in (kv.split("=") for kv in a.steps.split(",") if kv)}
    for n in names:
        s = spec(n)
        try:
            results["results"][n] = run_variant(n, s, docs_by_seed, device, tiny=a.tiny,
                                                steps_limit=per.get(n, a.steps_limit), quant_dir=quant_dir)
        except Exception as e:  # noqa: BLE001
            tb = traceback.format_exc()
            print(f"[{n}] FAILED: {e!r}\n{tb[-3000:]}")
            results["errors"][n] = tb[-4000:]
            gc.collect()
            if device.type == "cuda":
                torch.cuda.empty_cache()
        json.dump(results, open(a.out, "w"), indent=1)
    ref = results["results"].get(a.ref)
    results["loss_vs_ref"] = {n: compare(ref, r) for n, r in results["results"].items() if n != a.ref}
    json.dump(results, open(a.out, "w"), indent=1)
    print_table(results, a.ref)


if __name__ == "__main__":
    main()
