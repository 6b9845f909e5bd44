"""Unsloth variant of bench/gpu_train.py (issue 5, item f), run in its own process
because importing unsloth patches transformers globally.

Saves the random-weight Qwen2.5-1.5B build (seed 42, same weights as
gpu_train.py) with a stand-in tokenizer (unsloth's loader needs one; the ids
never go through it), loads it with unsloth's FastLanguageModel (bf16, or
4-bit NF4 with --4bit), applies LoRA r=16/alpha=16/dropout 0 on q/k/v/o/
gate/up/down without gradient checkpointing, and trains the same 3 epochs
over the same synthetic data, either padded batches of 8 or padding-free
packed rows (position_ids restart per document; unsloth infers the
segment lengths and runs torch varlen attention). Unsloth's fused kernels
and its own cross-entropy do the loss (labels are passed to the model).
Writes results in gpu_train.py's format (merge with gpu_train.py --report).

    python bench/gpu_train_unsloth.py --out unsloth.json --configs b8,packed8,packed8_4bit
"""

from __future__ import annotations

import argparse
import json
import os
import time
import traceback

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("UNSLOTH_DISABLE_STATISTICS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

import gpu_train as g  # noqa: E402  (bench/gpu_train.py: a script's folder is on sys.path)


def save_base(d):
    if os.path.exists(os.path.join(d, "tokenizer_config.json")):
        return
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import AutoModelForCausalLM, PreTrainedTokenizerFast, Qwen2Config

    torch.manual_seed(42)
    with torch.device("cuda"):
        m = AutoModelForCausalLM.from_config(Qwen2Config(**g.QWEN25_15B), dtype=torch.bfloat16)
    m.save_pretrained(d)
    del m
    torch.cuda.empty_cache()
    vocab = {"<|endoftext|>": 0, "<|im_start|>": 1, "<|im_end|>": 2}
    for i, w in enumerate("abcdefghijklmnopqrstuvwxyz"):
        vocab[w] = 3 + i
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<|endoftext|>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    ft = PreTrainedTokenizerFast(
        tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>", unk_token="<|endoftext|>",
        chat_template="{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}")
    ft.save_pretrained(d)


CONFIGS = {
    "b8": dict(batching="padded", bs=8, ga=1),
    "packed8": dict(batching="packed", eff=8),
    "packed16": dict(batching="packed", eff=16),
    "packed32": dict(batching="packed", eff=32),
    "packed8_4bit": dict(batching="packed", eff=8, quant4=True),
    "b8_4bit": dict(batching="padded", bs=8, ga=1, quant4=True),
}


def run_one(cfg_name, a, FastLanguageModel, device):
    name = f"unsloth_{cfg_name}"
    res = dict(name=name, ok=False)
    try:
        s = dict(g.BASE, **CONFIGS[cfg_name])
        q4 = s["quant4"]
        t0 = time.perf_counter()
        model, _tok = FastLanguageModel.from_pretrained(model_name=a.dir, max_seq_length=1024,
                                                        dtype=torch.bfloat16, load_in_4bit=q4,
                                                        local_files_only=True)
        torch.manual_seed(42 + 7)
        model = FastLanguageModel.get_peft_model(model, r=16, lora_alpha=16, lora_dropout=0,
                                                 target_modules=g.LORA_TARGETS, bias="none",
                                                 use_gradient_checkpointing=False, random_state=42)
        model.train()
        torch.cuda.synchronize()
        res["build_s"] = time.perf_counter() - t0
        eff = s["bs"] * s["ga"] if s["batching"] == "padded" else s["eff"]
        docs = g.make_dataset(42)
        groups = g.step_groups(len(docs), eff, g.EPOCHS, 42)
        total_steps = len(groups)
        groups = groups[:a.steps_limit] if a.steps_limit else groups
        batches = [g.build_micro_batches(docs, grp, s, device) for grp in groups]
        for step in batches:
            for mb in step:
                # HF-style labels (the model shifts them left): labels[i+1] = targets[i]
                t = mb["targets"]
                mb["labels"] = torch.cat([torch.full_like(t[:, :1], -100), t[:, :-1]], 1)
        trainable = [p for p in model.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(trainable, lr=s["lr"], weight_decay=g.WD, fused=True)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, g.cosine_lr(total_steps))
        ntok = [[int((mb["labels"] != -100).sum()) for mb in step] for step in batches]

        def micro(mb, w):
            kw = dict(attention_mask=mb["attention_mask"]) if "attention_mask" in mb else dict(
                position_ids=mb["position_ids"])
            out = model(input_ids=mb["input_ids"], labels=mb["labels"], **kw)
            loss = out.loss * w  # loss = mean over the micro-batch's label tokens
            loss.backward()
            return loss.detach()

        torch.cuda.reset_peak_memory_stats()
        t0 = time.perf_counter()
        micro(batches[0][0], 1.0)
        opt.zero_grad(set_to_none=True)
        torch.cuda.synchronize()
        res["warmup_s"] = time.perf_counter() - t0
        losses, events = [], []
        ev0 = torch.cuda.Event(enable_timing=True)
        ev0.record()
        t0 = time.perf_counter()
        for i, step in enumerate(batches):
            acc = torch.zeros((), device=device)
            tot = sum(ntok[i])
            for j, mb in enumerate(step):
                acc += micro(mb, ntok[i][j] / tot)
            torch.nn.utils.clip_grad_norm_(trainable, g.MAX_GRAD_NORM)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            losses.append(acc)
            e = torch.cuda.Event(enable_timing=True)
            e.record()
            events.append(e)
        torch.cuda.synchronize()
        train_s = time.perf_counter() - t0
        step_ms, prev = [], ev0
        for e in events:
            step_ms.append(prev.elapsed_time(e))
            prev = e
        step_tokens = [sum(mb["real_tokens"] for mb in st) for st in batches]
        padded = sum(mb["padded_tokens"] for st in batches for mb in st)
        tokens = sum(step_tokens)
        N = g.NPARAMS_FULL
        tokens_3ep = sum(len(docs[j]) for grp in g.step_groups(len(docs), eff, g.EPOCHS, 42) for j in grp)
        res.update(ok=True, spec=s, eff_seqs_per_step=eff, optimizer_steps=len(batches), tokens=tokens,
                   padded_tokens=padded, pad_fraction=1 - tokens / padded,
                   train_s=train_s, tokens_per_s=tokens / train_s, step_ms_mean=train_s / len(batches) * 1e3,
                   step_ms_median=float(np.median(step_ms)), peak_mem_gib=torch.cuda.max_memory_allocated() / 2**30,
                   mfu_6N_989=6 * N * tokens / train_s / g.PEAK_989, mfu_4N_790=4 * N * tokens / train_s / g.PEAK_790,
                   losses=[float(x) for x in losses], step_tokens=step_tokens, step_ms=step_ms,
                   tokens_3ep=tokens_3ep, train_3ep_s_est=tokens_3ep / (tokens / train_s),
                   n_params=N, note="unsloth FastLanguageModel; loss = unsloth's own CE on labels")
        print(f"[{name}] steps={len(batches)} train={train_s:.2f}s tok/s={res['tokens_per_s']:.0f} "
              f"step={res['step_ms_mean']:.1f}ms peak={res['peak_mem_gib']:.1f}GiB mfu6N={res['mfu_6N_989']:.3f} "
              f"warmup={res['warmup_s']:.1f}s loss first/last={float(losses[0]):.4f}/{float(losses[-1]):.4f}", flush=True)
        del model, opt, sched, batches, trainable
    except BaseException as e:  # noqa: BLE001
        res["error"] = traceback.format_exc()[-5000:]
        print(f"[{name}] FAILED: {e!r}\n{res['error'][-3000:]}", flush=True)
    import gc
    gc.collect()
    torch.cuda.empty_cache()
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="unsloth.json")
    ap.add_argument("--configs", default="b8,packed8", help=",".join(CONFIGS))
    ap.add_argument("--dir", default="/tmp/qwen25_15b_random_tok")
    ap.add_argument("--steps-limit", type=int, default=None)
    a = ap.parse_args()
    out = dict(name="unsloth", runs=[])
    device = torch.device("cuda:0")
    try:
        save_base(a.dir)
        t0 = time.perf_counter()
        import unsloth
        from unsloth import FastLanguageModel
        out["unsloth_version"] = getattr(unsloth, "__version__", "?")
        out["import_s"] = time.perf_counter() - t0
    except BaseException:  # noqa: BLE001
        out["error"] = traceback.format_exc()[-5000:]
        print(out["error"])
        json.dump(out, open(a.out, "w"), indent=1)
        return
    for c in a.configs.split(","):
        out["runs"].append(run_one(c, a, FastLanguageModel, device))
        json.dump(out, open(a.out, "w"), indent=1)


if __name__ == "__main__":
    main()
