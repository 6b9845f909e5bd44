"""Do the browser's runtimes write the tokens the gates scored? (issue 15)

For each (export folder, variant): greedy-generate the first ``--prompts``
records of the split with Python ONNX Runtime and with Transformers.js in
each ``--runtimes`` (Node's onnxruntime-node; headless Chromium's
onnxruntime-web WebAssembly, ``export.browser``), on the same file, prompts
and threads, and say whether the token ids are the same and where they
first differ. Nothing is computed here: ``export.verify_js.verify_runtimes`` does it
(one Python generation for every runtime), as ``promote`` does before it
ships a file.

    .venv/bin/python bench/browser_parity.py --data validation.jsonl \\
        --case EXPORT_DIR:int8 --case EXPORT_DIR:int4 [--prompts 2] [--max-new-tokens 48]

Writes ``bench/results/browser_parity.json`` (rows of other (model, variant,
runtime) kept): model (``--name``), variant, recipe, runtime, prompts,
max_new_tokens, identical (prompts with the same tokens), first_divergence
per prompt, tokens/s of both sides. Exit status 1 when a runtime differs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

RESULTS = Path(__file__).with_name("results") / "browser_parity.json"


def main(argv: list[str] | None = None) -> int:
    from export.recipes import RECIPES
    from export.verify_js import RUNTIMES, verify_runtimes
    from harness.variants import canonical_variant
    from harness.errors import UsageError
    from harness.samples import read_samples

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", required=True, metavar="EXPORT_DIR:VARIANT")
    parser.add_argument("--data", type=Path, required=True, help="validation JSONL")
    parser.add_argument("--name", help="the model's name in the results (default: the folder's name)")
    parser.add_argument("--runtimes", default="node,browser", help=f"comma-separated of {', '.join(RUNTIMES)}")
    parser.add_argument("--prompts", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    samples = read_samples(args.data, limit=args.prompts)[0]
    rows, differ = [], False
    for case in args.case:
        folder, _, variant = case.rpartition(":")
        if not folder or not variant:
            parser.error(f"--case {case!r}: expected EXPORT_DIR:VARIANT")
        folder = Path(folder)
        record = json.loads((folder / "export.json").read_text(encoding="utf-8")) \
            if (folder / "export.json").is_file() else {}
        recipe = ((record.get("variants") or {}).get(variant) or {}).get("recipe") \
            or {"recipe": RECIPES[variant].name}  # a folder without export.json: files named as today's variants
        try:  # one Python ONNX generation for every runtime, each compared however the others went
            checks = verify_runtimes(folder, variant, samples, args.runtimes.split(","),
                                     max_new_tokens=args.max_new_tokens, threads=args.threads, stop_at_mismatch=False)
        except UsageError as exc:
            print(f"browser_parity: {exc}", file=sys.stderr)
            return 2
        for check in checks:
            differ |= not check.passed
            rows.append({"model": args.name or folder.resolve().name, "variant": variant,
                         "recipe": recipe.get("recipe"), "runtime": check.runtime, "prompts": len(check.prompts),
                         "max_new_tokens": args.max_new_tokens, "threads": args.threads,
                         "identical": sum(p.tokens_match for p in check.prompts),
                         "first_divergence": [p.first_divergence for p in check.prompts],
                         "js_tokens_per_s": check.js_tokens_per_s, "python_tokens_per_s": check.python_tokens_per_s,
                         "versions": check.versions})
            print(f"{rows[-1]['model']} {variant} ({rows[-1]['recipe'] or '?'}) {RUNTIMES[check.runtime]}: "
                  f"{rows[-1]['identical']}/{len(check.prompts)} identical, first divergence "
                  f"{rows[-1]['first_divergence']}")
    keys = {(r["model"], r["variant"], r["runtime"]) for r in rows}
    # A row keeps its recipe's own name; the variant it is called by follows today's defaults.
    earlier = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else []
    earlier = [{**r, "variant": canonical_variant(r["recipe"])} if r.get("recipe") else r for r in earlier]
    kept = [r for r in earlier if (r["model"], r["variant"], r["runtime"]) not in keys]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(kept + rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
