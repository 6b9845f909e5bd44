"""How long export takes, step by step, and what each quantization setting
costs in size, speed and parity; Python ONNX vs Transformers.js tokens/s.

    .venv/bin/python bench/export_times.py                    # the tests' tiny Qwen2 + a LoRA adapter
    .venv/bin/python bench/export_times.py --preset small     # a wider, deeper random Qwen2 (~25M params)
    .venv/bin/python bench/export_times.py --model CHECKPOINT [--base BASE] --data validation.jsonl

Steps timed: LoRA merge, optimum-onnx export, validation, and the default
int8 and int4 recipes (harness.variants.DEFAULT_RECIPES) beside the ones
they replaced (int8-tensor, int8-allops; int4-sym-b32-a4). For each file:
bytes, greedy tokens/s on the Python ONNX backend and in Transformers.js
(same threads, after one warm-up), and parity with torch (identical
prompts/greedy tokens, first divergence). Random weights make near-ties
common, so parity here is a floor, not what a trained model shows; the
load average is printed because the timings move with it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from export.layout import embed_chat_template
from export.onnx_export import export_fp32, prepare_model
from export.recipes import RECIPES, recipe_for
from export.validate import validate_export
from harness.backends import load_backend
from harness.generation import GenerationConfig
from harness.parity import first_divergence
from harness.prompt import PromptBuilder
from harness.samples import read_samples
from harness.variants import DEFAULT_RECIPES, ONNX_FILES, canonical_variant
from fixtures import tiny_model

# name -> (variant file it is measured under, settings): the default recipes (named today by
# harness.variants.DEFAULT_RECIPES) and the variations they were chosen against.
SETTINGS = {
    f"{name}{' (default)' if name in DEFAULT_RECIPES.values() else ''}": (variant, RECIPES[canonical_variant(name)].settings)
    for variant, names in (("int8", (DEFAULT_RECIPES["int8"], "int8-tensor", "int8-allops")),
                           ("int4", (DEFAULT_RECIPES["int4"], "int4-sym-b32-a4")))
    for name in names
}


def build(args: argparse.Namespace, work: Path) -> tuple[Path, Path | None, Path]:
    if args.model:
        return args.model, args.base, args.data
    base = tiny_model.build_tiny_model(work / "base")
    if args.preset == "small":
        import torch
        from transformers import AutoModelForCausalLM, Qwen2Config

        config = Qwen2Config.from_pretrained(base)
        config.update({"hidden_size": 384, "intermediate_size": 1024, "num_hidden_layers": 6,
                       "num_attention_heads": 6, "num_key_value_heads": 2, "layer_types": ["full_attention"] * 6})
        torch.manual_seed(0)
        model = AutoModelForCausalLM.from_config(config)
        model.generation_config = AutoModelForCausalLM.from_pretrained(base).generation_config
        model.save_pretrained(base)
    lora = tiny_model.build_lora_adapter(base, work / "lora")
    return lora, base, args.data or tiny_model.write_dataset(work / "data.jsonl", args.prompts)


def tokens(backend, prompts: list[str], max_new: int) -> tuple[list[tuple[int, ...]], float]:
    config = GenerationConfig(max_new_tokens=max_new, batch_size=1)
    backend.generate(prompts[:1], GenerationConfig(max_new_tokens=2, batch_size=1))
    began = time.perf_counter()
    out = [backend.generate([p], config)[0].token_ids for p in prompts]
    return out, sum(map(len, out)) / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, help="checkpoint: full model or LoRA adapter folder")
    parser.add_argument("--base", type=Path, help="base model of a LoRA adapter")
    parser.add_argument("--data", type=Path, help="validation JSONL (prompts)")
    parser.add_argument("--preset", choices=("tiny", "small"), default="tiny")
    parser.add_argument("--prompts", type=int, default=4)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-js", action="store_true", help="skip Transformers.js")
    parser.add_argument("--out", type=Path, help="write the results as JSON")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="export-bench-"))
    try:
        checkpoint, base, data = build(args, work)
        samples, _ = read_samples(data, limit=args.prompts)
        out = work / "export"
        times: dict[str, float] = {}
        prepared = prepare_model(checkpoint, base, work)
        times["merge"] = prepared.seconds
        times["export_fp32"] = export_fp32(prepared.dir, out)
        times["validate"] = validate_export(prepared.dir, out / "onnx" / "model.onnx").seconds
        torch_backend = load_backend("torch", checkpoint, base=base, threads=args.threads)
        prompts = [PromptBuilder(torch_backend.tokenizer).render(s.instruction, s.input) for s in samples]
        reference, torch_rate = tokens(torch_backend, prompts, args.max_new_tokens)
        rows = [measure("fp32", "fp32", out, samples, prompts, reference, args, seconds=times["export_fp32"])]
        for name, (variant, settings) in SETTINGS.items():
            recipe = recipe_for(variant, settings)
            record = recipe.build(out / "onnx" / "model.onnx", out / "onnx" / ONNX_FILES[variant])
            rows.append(measure(name, variant, out, samples, prompts, reference, args, seconds=record.seconds))
        report = {"machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "threads": args.threads},
                  "model": str(checkpoint), "preset": None if args.model else args.preset, "times_s": times,
                  "torch_tokens_per_s": round(torch_rate, 1), "variants": rows}
        print(f"load average {report['machine']['load_average']}; threads {args.threads}")
        print("steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
        print(f"torch fp32: {torch_rate:.1f} tok/s")
        print("| variant | step s | bytes | Python tok/s | Transformers.js tok/s | JS = Python | "
              "identical to torch | first divergence |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['name']} | {r['seconds']:.2f} | {r['bytes']} | {r['python_tokens_per_s']} | "
                  f"{r['js_tokens_per_s']} | {r.get('js_equals_python')} | {r['identical']}/{len(prompts)} | "
                  f"{r['first_divergence']} |")
        if args.out:
            args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(name: str, variant: str, out: Path, samples, prompts, reference, args, *, seconds: float) -> dict:
    embed_chat_template(out)
    backend = load_backend("onnx", out, variant=variant, threads=args.threads)
    produced, rate = tokens(backend, prompts, args.max_new_tokens)
    positions = [first_divergence(list(a), list(b)) for a, b in zip(reference, produced)]
    row = {"name": name, "seconds": seconds, "bytes": (out / "onnx" / ONNX_FILES[variant]).stat().st_size,
           "python_tokens_per_s": round(rate, 1), "js_tokens_per_s": None,
           "identical": sum(p is None for p in positions),
           "first_divergence": min((p for p in positions if p is not None), default=None)}
    if not args.no_js:
        from export.verify_js import JsVerificationError, verify_in_transformers_js

        try:
            check = verify_in_transformers_js(out, variant, samples, max_new_tokens=args.max_new_tokens,
                                              threads=args.threads)
        except JsVerificationError as exc:  # a disagreement is a result here, not a crash
            check = exc.verification
        row["js_tokens_per_s"] = check.js_tokens_per_s
        row["js_equals_python"] = check.passed
    return row


if __name__ == "__main__":
    main()
