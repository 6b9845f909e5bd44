"""Time each stage of the main job (`epicrisis pipeline`), as `make run` runs it.

    .venv/bin/python bench/pipeline_stages.py                 # the embedded default, OUT=runs/bench-pipeline
    .venv/bin/python bench/pipeline_stages.py --quick         # a smoke configuration (seconds, not minutes)
    .venv/bin/python bench/pipeline_stages.py --out DIR [--threads 2] [--no-verify]

Prints the pipeline's own stage times, the export's inner times (export,
validation, quantization, each variant's evaluation), the training steps and
the machine. The issue's target: the whole job under 10 minutes on 2 CPU
cores. Wall times grow when other jobs share the CPUs: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from harness.app.pipeline import PipelineRequest, run_pipeline

QUICK = {"max_steps": 4, "save_steps": 2, "eval": {"limit": 4, "max_new_tokens": 24}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "bench-pipeline")
    parser.add_argument("--quick", action="store_true", help="a smoke configuration: 4 steps, 4 samples")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--no-verify", action="store_true", help="skip the Transformers.js verification")
    args = parser.parse_args()
    request = PipelineRequest(out=args.out, train_flags=QUICK if args.quick else {}, threads=args.threads,
                              verify=not args.no_verify)
    load = os.getloadavg()[0]
    began = time.perf_counter()
    outcome = run_pipeline(request, say=print)
    total = time.perf_counter() - began
    print("\nstage            seconds")
    for stage, seconds in outcome.times.items():
        print(f"  {stage:14s} {seconds:8.1f}")
    export_record = args.out / "export" / "export.json"
    if export_record.is_file():
        for step, seconds in json.loads(export_record.read_text(encoding="utf-8"))["times"].items():
            print(f"    export.{step:18s} {seconds:8.1f}")
    train_record = args.out / "train" / "train_config.json"
    if train_record.is_file():
        finished = json.loads(train_record.read_text(encoding="utf-8")).get("outcome") or {}
        print(f"  training: {finished.get('steps')} steps in {finished.get('train_seconds')} s, "
              f"{finished.get('checkpoints_scored')} checkpoints scored, best pass rate {finished.get('best_pass_rate')}")
    print(f"total {total:.0f} s ({total / 60:.1f} min; target < 10 min); decision: {outcome.decision}")
    print(f"{'quick' if args.quick else 'default'} configuration on {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end; report: {outcome.report}")


if __name__ == "__main__":
    main()
