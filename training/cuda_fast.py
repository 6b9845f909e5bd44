"""The CUDA fast path of ``epicrisis train``, shared with ``bench/gpu_train.py``.

Measured on an H100 for the Qwen2.5-1.5B LoRA job (``bench/README_gpu.md``):
the same loss curve, much faster, with

- padding-free batches (an optimizer step's sequences concatenated into one
  row, per-document ``position_ids`` and ``cu_seq_lens``) attended with
  torch's varlen kernel (``torch.nn.attention.varlen``, FlashAttention-2
  kernels inside PyTorch >= 2.10), registered here as the transformers
  attention implementation ``torch_varlen``: trl's ``padding_free`` gets a
  varlen kernel otherwise only from the flash-attn package, which has no
  wheel;
- chunked linear cross-entropy (``ChunkedLinearCE``): the LM head and the
  loss computed a chunk of tokens at a time, so the ``[tokens x vocab]``
  fp32 logits (152k columns for Qwen) and their gradient never exist whole;
- ``torch.compile`` of each decoder layer with dynamic shapes, opt-in (an
  89 s cold compile pays off only on long runs).

Only torch (and, for ``register_varlen``, transformers) is imported: the
benchmark runs where trl is not installed. Off CUDA, ``varlen_attention``
computes the same thing with causal sdpa document by document, which is
what lets the CPU tests check the plumbing.
"""

from __future__ import annotations

import inspect
import itertools
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

VARLEN_ATTENTION = "torch_varlen"  # the attn_implementation name registered with transformers
VARLEN_MAX = 1024  # upper bound on any document's length, when the caller gives none
CE_CHUNK = 4096  # tokens per chunk of the chunked cross-entropy (the benchmark's)

_VARLEN: dict[str, Any] = {}


# --------------------------------------------------------------------------- varlen attention
def _varlen_setup() -> dict[str, Any]:
    if _VARLEN:
        return _VARLEN
    try:
        from torch.nn.attention.varlen import varlen_attn
        params = inspect.signature(varlen_attn).parameters
        _VARLEN.update(fn=varlen_attn, window="window_size" in params,
                       gqa="enable_gqa" in params, ok=True)
    except Exception as e:  # noqa: BLE001
        _VARLEN.update(ok=False, error=repr(e))
    return _VARLEN


def _per_doc_sdpa(q, k, v, cu, scale):
    """Reference / CPU fallback: causal sdpa document by document. q [T,H,D], k/v [T,KV,D]."""
    rep = q.shape[1] // k.shape[1]
    outs = []
    cu = cu.tolist()
    for a, b in itertools.pairwise(cu):
        if b == a:
            continue
        qq = q[a:b].transpose(0, 1)[None]
        kk = k[a:b].repeat_interleave(rep, 1).transpose(0, 1)[None]
        vv = v[a:b].repeat_interleave(rep, 1).transpose(0, 1)[None]
        outs.append(F.scaled_dot_product_attention(qq, kk, vv, is_causal=True, scale=scale)[0].transpose(0, 1))
    return torch.cat(outs, 0)


def varlen_attention(q, k, v, cu, max_len, scale):
    """q [T,H,D], k/v [T,KV,D] -> [T,H,D]; causal within each document of cu."""
    info = _varlen_setup()
    if not q.is_cuda or not info.get("ok"):
        return _per_doc_sdpa(q, k, v, cu, scale)
    kw: dict[str, Any] = {"scale": scale}
    if info["window"]:
        kw["window_size"] = (-1, 0)
    else:
        kw["is_causal"] = True
    native = info.get("native_gqa")
    if native is None:  # not yet checked: the safe path
        native = info["gqa"]
    if native:
        if info["gqa"]:
            kw["enable_gqa"] = True
    else:
        rep = q.shape[1] // k.shape[1]
        k = k.repeat_interleave(rep, 1)
        v = v.repeat_interleave(rep, 1)
    return info["fn"](q, k, v, cu, cu, max_len, max_len, **kw)


def hf_varlen_forward(module, query, key, value, attention_mask, scaling=None, dropout=0.0, **kwargs):
    """transformers AttentionInterface entry: query [1,H,T,D] -> ([1,T,H,D], None).

    Needs a padding-free batch (one row, ``cu_seq_lens_q`` from trl's
    padding-free collator). A single row without them is one causal
    sequence; several padded rows are refused rather than attended wrongly
    (the mask is never built for this implementation)."""
    for option in ("sliding_window", "softcap"):
        if kwargs.get(option) is not None:  # Qwen2.5 uses neither; silently full attention would be wrong
            raise ValueError(f"{VARLEN_ATTENTION} attention does not implement {option}; "
                             "the CUDA fast path cannot train this model")
    if dropout:
        raise ValueError(f"{VARLEN_ATTENTION} attention does not implement attention dropout")
    cu = kwargs.get("cu_seq_lens_q")
    if cu is None:
        if query.shape[0] != 1:
            raise ValueError(f"{VARLEN_ATTENTION} attention needs padding-free batches (cu_seq_lens_q); "
                             f"got {query.shape[0]} padded rows")
        cu = torch.tensor([0, query.shape[2]], dtype=torch.int32, device=query.device)
    max_len = int(kwargs.get("max_length_q") or (cu[1:] - cu[:-1]).max())
    q = query[0].transpose(0, 1)
    k = key[0].transpose(0, 1)
    v = value[0].transpose(0, 1)
    dtype = q.dtype
    if q.is_cuda and dtype == torch.float32:
        # The CUDA kernel (FlashAttention) takes fp16/bf16 only; fp32 q/k/v
        # reach it when 4-bit QLoRA keeps the residual stream in fp32 (as
        # transformers' flash-attention path, cast to the compute dtype).
        half = (torch.get_autocast_dtype("cuda") if torch.is_autocast_enabled("cuda")
                else torch.bfloat16)
        q, k, v = q.to(half), k.to(half), v.to(half)
    out = varlen_attention(q, k, v, cu.to(torch.int32), max_len, scaling)
    return out.to(dtype)[None], None


def check_varlen(device):
    """Varlen vs per-document sdpa (fp32 math reference) on random data; decides the GQA path."""
    info = _varlen_setup()
    res = {"available": info.get("ok", False), "error": info.get("error"),
           "window_size_api": info.get("window"), "enable_gqa_api": info.get("gqa")}
    if not info.get("ok") or device.type != "cuda":
        return res
    g = torch.Generator(device=device).manual_seed(0)
    lens = [700, 455, 849, 60]
    cu = torch.tensor(np.cumsum([0] + lens), dtype=torch.int32, device=device)
    T = sum(lens)
    q = torch.randn(T, 12, 128, device=device, generator=g, dtype=torch.bfloat16)
    k = torch.randn(T, 2, 128, device=device, generator=g, dtype=torch.bfloat16)
    v = torch.randn(T, 2, 128, device=device, generator=g, dtype=torch.bfloat16)
    ref = _per_doc_sdpa(q.float(), k.float(), v.float(), cu, 128 ** -0.5)
    for native in (True, False):
        info["native_gqa"] = native
        try:
            out = varlen_attention(q, k, v, cu, VARLEN_MAX, 128 ** -0.5).float()
            err = float((out - ref).norm() / ref.norm())
            res[f"rel_err_native_gqa_{native}"] = err
            if err < 2e-2:
                res["native_gqa"] = native
                break
        except Exception as e:  # noqa: BLE001
            res[f"error_native_gqa_{native}"] = repr(e)[:300]
    else:
        info["ok"] = False
    info["native_gqa"] = res.get("native_gqa")
    res["used"] = bool(info["ok"])
    return res


def varlen_status() -> tuple[bool, str]:
    """Whether the varlen kernel works on this CUDA device (checked once
    against per-document sdpa), and why not when it does not."""
    if not torch.cuda.is_available():
        return False, "no CUDA device"
    res = check_varlen(torch.device("cuda", torch.cuda.current_device()))
    if not res["available"]:
        return False, (f"torch {torch.__version__} has no usable torch.nn.attention.varlen "
                       f"(PyTorch >= 2.10): {res.get('error')}")
    if not res.get("used"):
        detail = next((str(v) for k, v in res.items() if k.startswith(("error_", "rel_err_"))), "")
        return False, f"torch's varlen kernel failed its check on this card ({detail[:120]})"
    return True, "torch varlen kernel checked against per-document sdpa"


def register_varlen() -> str:
    """Register ``hf_varlen_forward`` as the transformers attention
    implementation ``torch_varlen``; returns the name."""
    from transformers import AttentionInterface
    AttentionInterface.register(VARLEN_ATTENTION, hf_varlen_forward)
    return VARLEN_ATTENTION


# --------------------------------------------------------------------------- chunked cross-entropy
class ChunkedLinearCE(torch.autograd.Function):
    """sum_i CE(h_i @ W^T, y_i) over chunks of tokens (targets -100 are skipped).

    The gradients w.r.t. h (and W, when it requires grad: full fine-tuning,
    tied embeddings) are computed chunk by chunk in the forward pass, so
    neither the [N x V] logits nor their gradient ever exist in full (peak
    extra memory: one chunk's fp32 logits). Use it with grad enabled;
    ``linear_cross_entropy`` chooses."""

    @staticmethod
    def forward(ctx, h, W, targets, chunk):
        need_h, need_w = ctx.needs_input_grad[0], ctx.needs_input_grad[1]
        grad_h = torch.empty_like(h) if need_h else None
        grad_w = torch.zeros(W.shape, dtype=torch.float32, device=W.device) if need_w else None
        total = torch.zeros((), dtype=torch.float32, device=h.device)
        for s0 in range(0, h.shape[0], chunk):
            hc, tc = h[s0:s0 + chunk], targets[s0:s0 + chunk]
            logits = (hc @ W.t()).float()
            lse = torch.logsumexp(logits, dim=-1)
            valid = tc != -100
            ts = tc.clamp_min(0)
            total += ((lse - logits.gather(1, ts[:, None])[:, 0]) * valid).sum()
            p = logits.sub_(lse[:, None]).exp_()
            p[torch.arange(p.shape[0], device=p.device), ts] -= 1.0
            p.mul_(valid[:, None])
            g = p.to(h.dtype)
            if need_h:
                grad_h[s0:s0 + chunk] = g @ W
            if need_w:
                grad_w += (g.t() @ hc).float()
            del logits, p, g
        ctx.save_for_backward(grad_h, grad_w)
        ctx.w_dtype = W.dtype
        return total

    @staticmethod
    def backward(ctx, g):
        grad_h, grad_w = ctx.saved_tensors
        gh = grad_h * g.to(grad_h.dtype) if grad_h is not None else None
        gw = (grad_w * g).to(ctx.w_dtype) if grad_w is not None else None
        return gh, gw, None, None


def linear_cross_entropy(h: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor,
                         chunk: int | None = CE_CHUNK) -> torch.Tensor:
    """Sum over tokens of CE(h @ weight^T, targets), fp32, targets -100 skipped.

    ``chunk=None``: the plain way (whole logits, autograd). Otherwise chunked:
    ``ChunkedLinearCE`` when a gradient is wanted, a no-grad chunk loop when
    not (evaluation)."""
    if chunk is None:
        return F.cross_entropy(F.linear(h, weight).float(), targets, ignore_index=-100, reduction="sum")
    if torch.is_grad_enabled() and (h.requires_grad or weight.requires_grad):
        return ChunkedLinearCE.apply(h, weight, targets, chunk)
    total = torch.zeros((), dtype=torch.float32, device=h.device)
    for s0 in range(0, h.shape[0], chunk):
        logits = (h[s0:s0 + chunk] @ weight.t()).float()
        total += F.cross_entropy(logits, targets[s0:s0 + chunk], ignore_index=-100, reduction="sum")
    return total


# --------------------------------------------------------------------------- torch.compile
def decoder_layers(model: Any) -> Any:
    """The decoder layers (an ``nn.ModuleList`` named ``layers``) of a causal
    LM, through PEFT and transformers wrappers; None when there is none."""
    for name, module in model.named_modules():
        if name.endswith("layers") and isinstance(module, torch.nn.ModuleList) and len(module):
            return module
    return None


def compile_decoder_layers(model: Any, *, dynamic: bool = True) -> int:
    """``torch.compile`` each decoder layer (regional compilation, dynamic
    shapes from the first call: one compile instead of one per length).
    Returns the number of layers compiled."""
    layers = decoder_layers(model)
    if layers is None:
        return 0
    import torch._dynamo as dynamo

    dynamo.config.cache_size_limit = max(dynamo.config.cache_size_limit, 64)
    for layer in layers:
        layer.compile(dynamic=dynamic)
    return len(layers)
