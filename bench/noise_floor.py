"""How much of a quantized file's verdict disagreement is quantization, and
how much would any perturbation of the model cause? (issue 15)

Greedy generation of a few hundred tokens amplifies tiny numerical
differences: once one token flips, the rest of the text differs, and a
record's verdict may follow. This measures, on one model and split, the
verdict agreement with the torch fp32 run (batch B) of:

  batch1      the same model, batch 1 (other padding, other kernels' order)
  bf16round   every weight rounded to bfloat16 and back to fp32 (relative
              change at most 2^-8 per weight: about what an 8-bit weight
              format costs an element near its block's largest)

Each is an ``epicrisis eval`` run compared with ``epicrisis compare`` (the
same statistics as the export's parity: identical texts, whole-record verdict
agreement, exact McNemar). Results: bench/results/noise_floor.json.

    python bench/noise_floor.py --model MERGED_DIR --data validation.jsonl --limit 35 --max-new-tokens 384
    python bench/noise_floor.py --model tiny --limit 4 --max-new-tokens 16     # the mechanics, in a minute
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "noise_floor.json"
EPICRISIS = [sys.executable, "-m", "harness.app.cli"]


def bf16_rounded(model: Path, out: Path) -> Path:
    """A copy of ``model`` whose floating-point weights went through bfloat16."""
    import torch
    from safetensors.torch import load_file, save_file

    out.mkdir(parents=True, exist_ok=True)
    weights = sorted(model.glob("*.safetensors"))
    if not weights:
        raise SystemExit(f"{model}: no *.safetensors weights to round")
    for item in model.iterdir():
        if item.is_file() and item.suffix != ".safetensors":
            shutil.copy2(item, out / item.name)
    for file in weights:
        tensors = load_file(file)
        rounded = {k: v.to(torch.bfloat16).to(v.dtype) if v.is_floating_point() else v for k, v in tensors.items()}
        save_file(rounded, out / file.name, metadata={"format": "pt"})
    return out


def run(args: list[str]) -> None:
    print("$ epicrisis " + " ".join(args), file=sys.stderr, flush=True)
    done = subprocess.run([*EPICRISIS, *args], cwd=ROOT, env=dict(os.environ, HF_HUB_OFFLINE="1",
                                                                  TRANSFORMERS_OFFLINE="1"))
    if done.returncode not in (0, 1):  # 1: some record failed its checks, a result
        raise SystemExit(f"epicrisis {args[0]} failed ({done.returncode})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="merged model folder (safetensors), or 'tiny'")
    ap.add_argument("--name", help="the model's name in the results (default: the folder's)")
    ap.add_argument("--data", type=Path, help="validation JSONL (default: the bundled split)")
    ap.add_argument("--limit", type=int, default=35)
    ap.add_argument("--max-new-tokens", type=int, default=384)
    ap.add_argument("--batch-size", type=int, default=8, help="the reference run's batch (default 8, the export's)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--work", type=Path, help="folder for the runs (default: a temp folder; reruns resume)")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="noise-floor-"))
    work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "bench"))
    from quant_recipes import model_folder, validation_split

    model = model_folder(args, work)
    data = validation_split(args, work)
    common = ["--backend", "torch", "--data", str(data), "--limit", str(args.limit), "--max-new-tokens",
              str(args.max_new_tokens), "--threads", str(args.threads), "--no-config"]
    runs = {"reference": (model, args.batch_size), "batch1": (model, 1),
            "bf16round": (bf16_rounded(model, work / "bf16round-model"), args.batch_size)}
    for name, (folder, batch) in runs.items():
        run(["eval", "--model", str(folder), "--out", str(work / name), "--batch-size", str(batch), *common])
    rows = []
    for name in ("batch1", "bf16round"):
        report = work / f"compare-{name}.json"
        run(["compare", str(work / "reference"), str(work / name), "--teacher-forced", "0", "--out", str(report)])
        parity = json.loads(report.read_text(encoding="utf-8"))
        rows.append({"model": args.name or (model.name if args.model != "tiny" else "tiny"), "perturbation": name,
                     "records": parity["samples"], "identical_text": parity["exact_match"]["rate"],
                     "verdict_agreement": parity["pass_agreement"]["rate"], "mcnemar_p": parity["mcnemar"]["p_value"],
                     "max_new_tokens": args.max_new_tokens, "reference_batch_size": args.batch_size})
        print(json.dumps(rows[-1]), flush=True)
    kept = [r for r in (json.loads(args.out.read_text()) if args.out.exists() else [])
            if (r["model"], r["perturbation"]) not in {(x["model"], x["perturbation"]) for x in rows}]
    args.out.write_text(json.dumps(kept + rows, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
