"""Every quantization recipe of a merged model, side by side in one run (issue 15).

    .venv/bin/python bench/quant_recipes.py --model tiny --limit 8             # the tests' tiny Qwen2
    .venv/bin/python bench/quant_recipes.py --model training/presets/micro-base --limit 12
    .venv/bin/python bench/quant_recipes.py --model MERGED_DIR [--data validation.jsonl] [--recipes a,b]
    .venv/bin/python bench/quant_recipes.py --model MERGED_DIR --speed EXPORT_DIR... [--recipes a,b]  # tokens/s only

One ``epicrisis export`` of the model with every recipe (``export.recipes``):
fp32 exported and validated once, each recipe built from it, scored on the
validation split (the bundled one by default) with ONNX Runtime on
``--threads`` threads, compared with the torch fp32 run of the same export
and judged by the one verdict (``harness.gating``). Then, per file: the peak
memory of a process that loads it and generates one prompt, and
Transformers.js (Node) tokens/s on the same prompts and threads as Python
ONNX Runtime (``export.verify_js``, which also says whether the tokens are
identical). Nothing here computes a statistic of its own: sizes, speeds,
identical-text rate, first divergence, margins, per-check and whole-record
verdict agreement, pass rate and the paired McNemar p come from the export's
records.

Writes ``bench/results/quant_recipes.json`` (a list of objects, one per model
and recipe, keys ``model, recipe, size_mb, tokens_per_s, torch_tokens_per_s,
tjs_tokens_per_s, verdict_agreement, identical_text, pass_rate, shipped`` and
the extra fields below); rows of other models already in the file are kept.
The export folder (models, runs, gates) goes to ``--work`` (default under the
system's temp folder): bench artifacts, not the repository's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

RESULTS = Path(__file__).with_name("results") / "quant_recipes.json"
MB = 1024 * 1024


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    from harness.variants import VARIANTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="merged model folder, or 'tiny' (tests/tiny_model.py)")
    parser.add_argument("--name", help="the model's name in the results (default: the folder's name)")
    parser.add_argument("--data", type=Path, help="validation JSONL (default: the bundled split)")
    parser.add_argument("--limit", type=int, default=12, help="records of the split to score (default 12)")
    parser.add_argument("--recipes", default=",".join(VARIANTS), help="comma-separated (default: all)")
    parser.add_argument("--gates", type=Path, help="gate file (default: the bundled policy)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--batch-size", type=int, default=1,
                        help="scoring batch, the same for torch and every recipe (tokens/s is then throughput)")
    parser.add_argument("--tjs-prompts", type=int, default=3, help="prompts timed in Transformers.js (0: skip)")
    parser.add_argument("--tjs-max-new-tokens", type=int,
                        help="new tokens per prompt timed in Transformers.js and Python ONNX Runtime, batch 1 "
                             "(default: --max-new-tokens)")
    parser.add_argument("--tjs-runtime", choices=("node", "browser"), default="node",
                        help="Transformers.js in Node (onnxruntime-node) or in headless Chromium (onnxruntime-web "
                             "WebAssembly, export.browser)")
    parser.add_argument("--work", type=Path, help="export folder (default: a temp folder)")
    parser.add_argument("--torch-run", type=Path, help="an earlier torch fp32 run of the same model and settings "
                        "to reuse (the export checks that it matches)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--from-export", type=Path, metavar="EXPORT_DIR",
                        help="tabulate an export folder of an earlier run, also one interrupted before its "
                             "export.json (the variants whose parity and gate files were written)")
    parser.add_argument("--speed", type=Path, nargs="+", metavar="EXPORT_DIR",
                        help="decode speed only: torch fp32 (--model) and each recipe file found in these export "
                             "folders (first folder wins), loaded once and timed in interleaved rounds in one "
                             "process; updates tokens_per_s, torch_tokens_per_s and speedup_vs_torch of the model's "
                             "rows")
    parser.add_argument("--speed-prompts", type=int, default=2, help="prompts of the split per round (default 2)")
    parser.add_argument("--speed-rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--peak", nargs=3, metavar=("DIR", "VARIANT", "DATA"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def peak_memory(folder: Path, variant: str, data: Path, args: argparse.Namespace) -> tuple[float, float] | None:
    """(MiB of peak resident memory of a fresh process that loads ``variant``
    and greedy-generates the first prompt, MiB of that above the process with
    its libraries imported and no model): 'torch' is the torch fp32 model."""
    command = [sys.executable, __file__, "--model", str(folder), "--peak", str(folder), variant, str(data),
               "--threads", str(args.threads), "--max-new-tokens", str(args.max_new_tokens)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False, timeout=1800)
    if proc.returncode != 0:
        print(f"  peak memory of {variant}: failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    peak, imported = (float(x) for x in proc.stdout.strip().splitlines()[-1].split())
    return peak, round(peak - imported, 1)


def _measure_peak(args: argparse.Namespace) -> None:
    from harness.backends import load_backend
    from harness.generation import GenerationConfig
    from harness.prompt import PromptBuilder
    from harness.samples import read_samples

    folder, variant, data = args.peak
    import optimum.onnxruntime  # noqa: F401  (the libraries, before the model: their memory is not the file's)
    import torch  # noqa: F401

    imported = int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    backend = load_backend("torch" if variant == "torch" else "onnx", folder,
                           variant="fp32" if variant == "torch" else variant, threads=args.threads)
    sample = read_samples(data, limit=1)[0][0]
    prompt = PromptBuilder(backend.tokenizer).render(sample.instruction, sample.input)
    backend.generate([prompt], GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=1))
    # VmHWM, the high-water mark of this process's own memory map. Not ru_maxrss:
    # Linux carries it across fork+exec, so every child reported the bench's own
    # peak (the same 3,112.8 MiB for every recipe).
    status = Path("/proc/self/status").read_text().splitlines()
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(round(peak_kib / 1024, 1), round(imported, 1))


def side_by_side_speed(dirs: list[Path], model: Path, data: Path, args: argparse.Namespace,
                       recipes: set[str] | None) -> dict[str, float]:
    """Greedy decode tokens/s of torch fp32 and of every recipe file found in
    ``dirs``, batch 1, on ``args.threads`` threads, all in this one process:
    every engine is loaded first, then each round times each engine on the
    same prompts in turn, so load on a shared machine falls on all of them
    alike. Tokens/s = tokens generated / seconds, summed over the rounds; the
    first call of each engine (a warm-up) is not timed."""
    from harness.backends import load_backend
    from harness.generation import GenerationConfig
    from harness.prompt import PromptBuilder
    from harness.samples import read_samples
    from harness.variants import ONNX_DIR, ONNX_FILES

    engines = {"torch": load_backend("torch", model, threads=args.threads)}
    for variant, file in ONNX_FILES.items():
        folder = next((d for d in dirs if (d / ONNX_DIR / file).is_file()), None)
        if folder is not None and (recipes is None or variant in recipes):
            engines[variant] = load_backend("onnx", folder, variant=variant, threads=args.threads)
    builder = PromptBuilder(engines["torch"].tokenizer)
    prompts = [builder.render(s.instruction, s.input) for s in read_samples(data, limit=args.speed_prompts)[0]]
    config = GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=1)
    for engine in engines.values():
        engine.generate(prompts[:1], GenerationConfig(max_new_tokens=4, batch_size=1))
    tokens, seconds = dict.fromkeys(engines, 0), dict.fromkeys(engines, 0.0)
    for round_ in range(args.speed_rounds):
        for name, engine in engines.items():
            for prompt in prompts:
                began = time.perf_counter()
                tokens[name] += len(engine.generate([prompt], config)[0].token_ids)
                seconds[name] += time.perf_counter() - began
        print(f"  round {round_ + 1}/{args.speed_rounds}: "
              + ", ".join(f"{n} {tokens[n] / seconds[n]:.1f}" for n in engines) + " tok/s", file=sys.stderr)
    return {name: round(tokens[name] / seconds[name], 2) for name in engines}


def apply_speed(path: Path, name: str, speeds: dict[str, float], args: argparse.Namespace) -> list[dict]:
    """The model's rows of ``path`` with the side-by-side speeds written in."""
    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("model") == name]
    if not rows:
        raise SystemExit(f"{path}: no rows of model {name!r}: tabulate its recipes first")
    method = (f"side by side in one process: batch 1, {args.speed_prompts} prompts x {args.max_new_tokens} new "
              f"tokens, {args.speed_rounds} interleaved rounds, {args.threads} threads")
    for row in rows:
        row["torch_tokens_per_s"] = speeds["torch"]
        row["scoring_tokens_per_s"] = row.get("scoring_tokens_per_s", row["tokens_per_s"])
        row["tokens_per_s"] = speeds.get(row["recipe"])
        row["speedup_vs_torch"] = round(row["tokens_per_s"] / speeds["torch"], 3) if row["tokens_per_s"] else None
        row["speed_method"] = method if row["tokens_per_s"] else "not timed side by side (file not found)"
    return rows


def finished_export(folder: Path, model: Path, args: argparse.Namespace) -> SimpleNamespace:
    """What ``export_checkpoint`` returns, rebuilt from an export folder, also
    one interrupted before its export.json: every variant whose run finished
    (a scorecard), in the export's order. Parity and gates are computed again
    from the runs, as the export computes them, so runs rescored with today's
    checks (``epicrisis rescore``) are judged by today's rules; they are
    written back to parity/ and gates/. Quantization seconds are not on disk
    before export.json."""
    from export.pipeline import _variant_record
    from export.recipes import RECIPES
    from harness.atomic import write_atomic
    from harness.config import Config
    from harness.gatefile import load_policy
    from harness.gating import gate_verdict
    from harness.parity import compare_runs
    from harness.variants import VARIANTS
    from harness.verdicts import RunEvidence

    policy, torch_dir = load_policy(args.gates), folder / "runs" / "torch"
    reports = {"checkpoint": gate_verdict(torch_dir, gates=policy)}
    variants = {}
    for variant in VARIANTS:
        run_dir = folder / "runs" / variant
        if not (run_dir / "scorecard.json").is_file():
            continue
        parity = compare_runs(torch_dir, run_dir, Config(), teacher_forced=0)
        write_atomic(folder / "parity" / f"{variant}.json", parity.model_dump_json(indent=2) + "\n")
        reports[variant] = gate_verdict(run_dir, gates=policy)
        write_atomic(folder / "gates" / f"{variant}.json", reports[variant].model_dump_json(indent=2) + "\n")
        evidence = RunEvidence.load(run_dir)
        variants[variant] = _variant_record(folder, RECIPES[variant], None, parity, evidence, reports[variant],
                                            evidence.scorecard.speed.seconds)
    if not variants:
        raise SystemExit(f"{folder}: no variant run finished (no runs/*/scorecard.json)")
    record = SimpleNamespace(torch_run="runs/torch", checkpoint=str(model), variants=variants, refused={})
    return SimpleNamespace(out=folder, record=record, reports=reports)


def model_folder(args: argparse.Namespace, work: Path) -> Path:
    if args.model != "tiny":
        return Path(args.model)
    sys.path.insert(0, str(Path(__file__).parent))
    from fixtures import tiny_model

    return tiny_model.build_tiny_model(work / "tiny-base")


def validation_split(args: argparse.Namespace, work: Path) -> Path:
    if args.data is not None:
        return args.data
    from harness.app.pipeline import bundled_data, prepare_data

    return prepare_data(bundled_data(), work / "data", lambda line: print(line, file=sys.stderr))[1]


def js_speed(export_dir: Path, variant: str, data: Path, args: argparse.Namespace) -> dict:
    """Transformers.js and Python ONNX Runtime tokens/s on the same file, prompts and threads."""
    from export.verify_js import JsVerificationError, verify_in_transformers_js
    from harness.errors import UsageError
    from harness.samples import read_samples

    if args.tjs_prompts <= 0:
        return {}
    samples = read_samples(data, limit=args.tjs_prompts)[0]
    try:
        check = verify_in_transformers_js(export_dir, variant, samples,
                                          max_new_tokens=args.tjs_max_new_tokens or args.max_new_tokens,
                                          threads=args.threads, runtime=args.tjs_runtime)
    except JsVerificationError as exc:
        check = exc.verification
    except UsageError as exc:  # node or Transformers.js missing, or the runtime refused the file
        return {"tjs_error": str(exc).splitlines()[0][:300]}
    return {"tjs_runtime": args.tjs_runtime, "tjs_tokens_per_s": check.js_tokens_per_s,
            "ort_tokens_per_s_same_prompts": check.python_tokens_per_s,
            "tjs_identical_tokens": sum(p.tokens_match for p in check.prompts) / len(check.prompts)}


def rows_for(name: str, outcome, data: Path, args: argparse.Namespace) -> list[dict]:
    from harness.runs import RunDir, read_json_model
    from harness.schemas import ParityReport, Scorecard
    from harness.variants import PREFERENCE

    out, record = outcome.out, outcome.record
    torch_card = read_json_model(out / record.torch_run / "scorecard.json", Scorecard)
    torch_peak = peak_memory(Path(record.checkpoint), "torch", data, args)
    rows = []
    for variant, v in record.variants.items():
        print(f"  measuring {variant} ...", file=sys.stderr)
        parity = read_json_model(out / v.parity, ParityReport)
        positions = [d.position for d in parity.divergences]
        margins = [m for m in parity.margin_at_divergence.values() if m is not None]
        checks = {check: a.rate for check, a in parity.check_agreement.items() if a.rate is not None}
        verdict = outcome.reports[variant]
        rows.append({
            "model": name, "recipe": variant, "size_mb": round(v.bytes / MB, 3), "tokens_per_s": v.tokens_per_s,
            "torch_tokens_per_s": torch_card.speed.tokens_per_s,
            "verdict_agreement": v.verdict_agreement, "identical_text": v.text_match, "pass_rate": v.pass_rate,
            "shipped": variant == PREFERENCE[0],  # what `promote` ships when the int8 default passes (named_today)
            **js_speed(out, variant, data, args),
            "recipe_name": v.recipe.recipe if v.recipe else variant, "dtype": v.recipe.dtype if v.recipe else None,
            "settings": v.recipe.settings if v.recipe else {},
            "default_recipe": variant in ("fp32", "int8", "int4"),
            **_memory("", peak_memory(out, variant, data, args)), **_memory("torch_", torch_peak),
            "speedup_vs_torch": round(v.tokens_per_s / torch_card.speed.tokens_per_s, 3)
            if v.tokens_per_s and torch_card.speed.tokens_per_s else None,
            "first_divergence": v.first_divergence,
            "median_first_divergence": statistics.median(positions) if positions else None,
            "divergent": v.divergent, "median_margin_at_divergence": statistics.median(margins) if margins else None,
            "check_agreement": checks, "check_agreement_min": min(checks.values()) if checks else None,
            "mcnemar_p": parity.mcnemar.p_value, "torch_pass_rate": torch_card.passed.rate,
            "gate_passed": verdict.passed, "failed_gates": [r.gate for r in verdict.results if not r.passed],
            "records": len(RunDir(out / v.run).read_manifest().data.sample_ids), "threads": args.threads,
            "max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size,
            "tjs_max_new_tokens": args.tjs_max_new_tokens or args.max_new_tokens, "quantize_seconds": (v.quantization or {}).get("seconds"),
        })
    for variant, why in record.refused.items():
        rows.append({"model": name, "recipe": variant, "size_mb": None, "tokens_per_s": None,
                     "torch_tokens_per_s": torch_card.speed.tokens_per_s, "tjs_tokens_per_s": None,
                     "verdict_agreement": None, "identical_text": None, "pass_rate": None, "shipped": False,
                     "refused": why})
    return rows


def _memory(prefix: str, measured: tuple[float, float] | None) -> dict:
    peak, model = measured or (None, None)
    return {f"{prefix}peak_memory_mb": peak, f"{prefix}model_memory_mb": model}


def named_today(row: dict) -> dict:
    """``row`` with its variant name and default flags as today's
    ``DEFAULT_RECIPES`` say: a row keeps the recipe's own name
    (``recipe_name``), and the variant a recipe is called by changes when a
    default does (issue 15 made int8-wo the int8; int8-tensor was)."""
    from harness.variants import DEFAULT_VARIANTS, PREFERENCE, canonical_variant

    if row.get("recipe_name"):
        variant = canonical_variant(row["recipe_name"])
        row = {**row, "recipe": variant, "default_recipe": variant in DEFAULT_VARIANTS,
               "shipped": variant == PREFERENCE[0]}
    return row


def write_results(path: Path, rows: list[dict]) -> None:
    """Rows replace those of the same model and recipe; the others are kept (a
    grid measured in several runs that share one torch run, --torch-run)."""
    kept = []
    rows = [named_today(r) for r in rows]
    measured = {(r["model"], r["recipe"]) for r in rows}
    if path.is_file():
        kept = [r for r in map(named_today, json.loads(path.read_text(encoding="utf-8")))
                if (r.get("model"), r.get("recipe")) not in measured]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(kept + rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def print_table(rows: list[dict]) -> None:
    def f(value, spec):
        return format(value, spec) if isinstance(value, (int, float)) and not isinstance(value, bool) else "-"

    print(f"{'recipe':<18} {'MiB':>7} {'+memMiB':>8} {'ort t/s':>8} {'tjs t/s':>8} {'x torch':>7} {'ident':>6} "
          f"{'agree':>6} {'chk min':>7} {'pass':>5} {'p':>6} {'1st div':>7} {'margin':>7} gates")
    for r in sorted(rows, key=lambda r: (r["size_mb"] is None, r["size_mb"] or 0)):
        print(f"{r['recipe']:<18} {f(r['size_mb'], '7.2f')} {f(r.get('model_memory_mb'), '8.1f')} "
              f"{f(r['tokens_per_s'], '8.1f')} {f(r.get('tjs_tokens_per_s'), '8.1f')} "
              f"{f(r.get('speedup_vs_torch'), '7.2f')} {f(r['identical_text'], '6.2f')} "
              f"{f(r['verdict_agreement'], '6.2f')} {f(r.get('check_agreement_min'), '7.2f')} "
              f"{f(r['pass_rate'], '5.2f')} {f(r.get('mcnemar_p'), '6.3f')} {f(r.get('first_divergence'), '7d')} "
              f"{f(r.get('median_margin_at_divergence'), '7.3f')} "
              + ("pass" if r.get("gate_passed") else r.get("refused") or ", ".join(r.get("failed_gates", []))[:60]))
    if rows:
        print(f"torch fp32: {f(rows[0]['torch_tokens_per_s'], '.1f')} tok/s, "
              f"pass rate {f(rows[0].get('torch_pass_rate'), '.2f')}, "
              f"+{f(rows[0].get('torch_model_memory_mb'), '.1f')} MiB memory")


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.peak:
        _measure_peak(args)
        return 0
    from export.pipeline import ExportRequest, export_checkpoint
    from harness.config import Config
    from harness.gatefile import load_policy
    from harness.generation import GenerationConfig

    work = args.work or Path(tempfile.mkdtemp(prefix="quant-recipes-"))
    model = model_folder(args, work)
    name = args.name or ("tiny" if args.model == "tiny" else model.resolve().name)
    data = validation_split(args, work)
    began = time.perf_counter()
    if args.speed:
        from harness.variants import VARIANTS

        given = [v.strip() for v in args.recipes.split(",") if v.strip()]
        speeds = side_by_side_speed(args.speed, model, data, args, None if given == list(VARIANTS) else set(given))
        rows = apply_speed(args.out, name, speeds, args)
        write_results(args.out, rows)
        print_table(rows)
        print(f"{name}: decode speed of torch and {len(speeds) - 1} recipes side by side in "
              f"{time.perf_counter() - began:.0f} s; wrote {args.out}")
        return 0
    if args.from_export:
        rows = rows_for(name, finished_export(args.from_export, model, args), data, args)
        write_results(args.out, rows)
        print_table(rows)
        print(f"{name}: {len(rows)} recipes tabulated from {args.from_export}; wrote {args.out}")
        return 0
    request = ExportRequest(
        checkpoint=model, out=work / "export", data=data, policy=load_policy(args.gates),
        variants=tuple(v.strip() for v in args.recipes.split(",") if v.strip()), limit=args.limit,
        generation=GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size),
        threads=args.threads,
        teacher_forced=0, torch_run=args.torch_run)
    outcome = export_checkpoint(request, Config(), log=lambda line: print(line, file=sys.stderr))
    rows = rows_for(name, outcome, data, args)
    write_results(args.out, rows)
    print_table(rows)
    print(f"{name}: {len(rows)} recipes in {time.perf_counter() - began:.0f} s; export at {outcome.out}; "
          f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    from harness.errors import UsageError

    try:
        sys.exit(main())
    except UsageError as error:
        print(f"quant_recipes: {error}", file=sys.stderr)
        sys.exit(2)
