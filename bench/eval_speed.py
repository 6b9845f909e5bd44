"""Generation speed and parity of torch fp32, ONNX fp32, int8 and int4, side by side,
and the speed of rescoring 10,000 cached outputs.

    .venv/bin/python bench/eval_speed.py                      # the tiny random Qwen2 model
    .venv/bin/python bench/eval_speed.py --model DIR          # a local HF model folder
    .venv/bin/python bench/eval_speed.py --model DIR --onnx EXPORTED_DIR --data validation.jsonl

Without ``--onnx`` the model is exported here with optimum-onnx and quantized
(int8: dynamic MatMul-only per-tensor QInt8; int4: MatMulNBits, block 32,
which needs the ``onnx-ir`` package). Targets (issue 4): onnx int8 >= 2x torch
fp32 tokens/s with verdict agreement >= 0.95; rescore of 10,000 outputs <= 5 s.
Timings exclude model loading and include one warm-up generation per backend.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from harness.config import Config
from harness.evaluate import EvalRequest, check_outputs, evaluate, rescore
from harness.generation import GenerationConfig
from harness.runs import OutputCache, RunDir
from fixtures import tiny_model


def prepare(args: argparse.Namespace, work: Path) -> tuple[Path, Path, Path, dict[str, str]]:
    """Model folder, ONNX folder, data file, and why any variant is missing."""
    model = args.model or tiny_model.build_tiny_model(work / "tiny")
    data = args.data or tiny_model.write_dataset(work / "data.jsonl", args.samples, sentences=10)
    missing: dict[str, str] = {}
    if args.onnx:
        return model, args.onnx, data, missing
    onnx_dir = tiny_model.export_onnx(model, work / "onnx")
    tiny_model.quantize_int8(onnx_dir)
    try:
        tiny_model.quantize_int4(onnx_dir)
    except ImportError as exc:
        missing["int4"] = f"{exc} (pip install onnx-ir)"
    return model, onnx_dir, data, missing


def warm_up(backend: str, folder: Path, variant: str, generation: GenerationConfig) -> None:
    """One short generation, so one-time start-up costs do not count as speed."""
    from harness.backends import load_backend
    from harness.prompt import PromptBuilder

    engine = load_backend(backend, folder, variant=variant)
    prompt = PromptBuilder(engine.tokenizer).render("Epicrisis:", {"edad": 70})
    engine.generate([prompt], generation.model_copy(update={"max_new_tokens": 4}))


def bench_generation(args, model: Path, onnx_dir: Path, data: Path, work: Path,
                     missing: dict[str, str]) -> list[dict]:
    from harness.parity import compare_runs

    generation = GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)
    rows = []
    reference = None
    for backend, folder, variant in (("torch", model, "fp32"), ("onnx", onnx_dir, "fp32"),
                                     ("onnx", onnx_dir, "int8"), ("onnx", onnx_dir, "int4")):
        name = f"{backend} {variant}"
        if backend == "onnx" and variant in missing:
            rows.append({"name": name, "skipped": missing[variant]})
            continue
        out = work / "runs" / f"{backend}-{variant}"
        warm_up(backend, folder, variant, generation)
        outcome = evaluate(EvalRequest(model_dir=folder, backend=backend, variant=variant, data=data,
                                       out=out, limit=args.samples, generation=generation), Config())
        speed = outcome.scorecard.speed
        row = {"name": name, "tokens_per_s": speed.tokens_per_s, "samples_per_s": speed.samples_per_s,
               "new_tokens": speed.new_tokens, "pass_rate": outcome.scorecard.passed.rate}
        if reference is None:
            reference = out
        else:
            parity = compare_runs(reference, out, Config(), teacher_forced=args.teacher_forced)
            row.update(exact_match=parity.exact_match.rate, verdict_agreement=parity.pass_agreement.rate,
                       mcnemar_p=parity.mcnemar.p_value, divergences=len(parity.divergences),
                       median_margin_at_divergence=parity.margin_at_divergence["median"],
                       max_abs_logit_diff=parity.teacher_forced.max_abs_logit_diff)
        rows.append(row)
    base = rows[0]["tokens_per_s"]
    for row in rows:
        if row.get("tokens_per_s"):
            row["speedup_vs_torch"] = row["tokens_per_s"] / base
    return rows


def bench_rescore(run: Path, count: int, work: Path) -> dict:
    """Copy a run's outputs up to ``count`` records (ids made unique) and time rescore."""
    source = RunDir(run)
    manifest = source.read_manifest()
    outputs = source.outputs(manifest)
    big = RunDir(work / "rescore")
    ids = [f"{i}" for i in range(count)]
    with OutputCache(big.outputs_path(manifest.key), manifest.key) as cache:
        for i in range(count):
            base = outputs[i % len(outputs)]
            # The references are real epicrisis text: that is what rules meet in production.
            cache.append(base.model_copy(update={"id": ids[i], "text": base.reference or base.text}))
    big.write_manifest(manifest.model_copy(update={"data": manifest.data.model_copy(update={"sample_ids": ids})}))
    timings = {}
    for jobs in (1, None):
        began = time.perf_counter()
        card = rescore(big.path, Config(), jobs=jobs)
        timings["1 process" if jobs == 1 else f"{os.cpu_count()} processes"] = time.perf_counter() - began
    # The rule engine alone, to tell its share from reading and writing the run.
    loaded = big.outputs(big.read_manifest())
    began = time.perf_counter()
    check_outputs(loaded, Config(), jobs=1)
    timings["engine alone, 1 process"] = time.perf_counter() - began
    return {"records": card.records, "seconds": timings, "pass_rate": card.passed.rate}


COLUMNS = [("tokens_per_s", ".1f", 10), ("speedup_vs_torch", ".2f", 9), ("exact_match", ".2f", 8),
           ("verdict_agreement", ".2f", 10), ("mcnemar_p", ".3g", 11), ("divergences", "d", 9),
           ("median_margin_at_divergence", ".3g", 12), ("max_abs_logit_diff", ".3g", 13)]


def _cell(row: dict, key: str, spec: str) -> str:
    value = row.get(key)
    return "-" if value is None else format(value, spec)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="local HF model folder (default: the tiny model)")
    parser.add_argument("--onnx", type=Path, help="its ONNX export in the Transformers.js layout")
    parser.add_argument("--data", type=Path, help="JSONL samples (default: generated)")
    parser.add_argument("--samples", type=int, default=24)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=4)
    parser.add_argument("--teacher-forced", type=int, default=2)
    parser.add_argument("--rescore-records", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eval-speed-") as tmp:
        work = Path(tmp)
        model, onnx_dir, data, missing = prepare(args, work)
        rows = bench_generation(args, model, onnx_dir, data, work, missing)
        rescoring = bench_rescore(work / "runs" / "torch-fp32", args.rescore_records, work)
    import torch

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, torch threads {torch.get_num_threads()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"model: {args.model or 'tiny random Qwen2 (hidden 64, 2 layers)'}; {args.samples} samples, "
          f"max_new_tokens {args.max_new_tokens}, batch {args.batch_size}, greedy")
    print(f"{'variant':<11}{'tokens/s':>10}{'x torch':>9}{'exact':>8}{'verdicts':>10}"
          f"{'McNemar p':>11}{'diverge':>9}{'margin@div':>12}{'max|dlogit|':>13}")
    for row in rows:
        if "skipped" in row:
            print(f"{row['name']:<11}  skipped: {row['skipped']}")
            continue
        cells = [_cell(row, key, spec).rjust(width) for key, spec, width in COLUMNS]
        print(f"{row['name']:<11}" + "".join(cells))
    seconds = ", ".join(f"{k}: {v:.2f} s" for k, v in rescoring["seconds"].items())
    print(f"rescore {rescoring['records']} cached outputs: {seconds} (target <= 5 s)")
    if args.json:
        args.json.write_text(json.dumps({"generation": rows, "rescore": rescoring}, indent=2) + "\n")


if __name__ == "__main__":
    main()
