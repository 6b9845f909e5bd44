"""Render the README's picture of the report (docs/report.png) from synthetic records.

No model runs: texts from the dataset generator with the defects a young
model shows (looping sentences, a missing "Ingresa por", markdown, an HTML
payload), scored by the real engine into a torch run, ONNX fp32/int8/int4
runs that drift from it, a baseline, and a training ledger whose checkpoints
improve. Then `epicrisis report`'s code renders it and headless Chromium
takes the screenshot.

    .venv/bin/python docs/report_demo.py [--out DIR] [--samples 60]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.atomic import write_atomic
from harness.config import Config
from harness.parity import compare_runs
from reports.build import ReportRequest, make_report
from tests import synthetic_runs as sr

LEDGER = ((40, 2, 2.9), (80, 3, 2.1), (120, 5, 1.7), (160, 9, 1.6))  # step, every n-th output loops, loss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=None, help="keep the records here (default: a temporary folder)")
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "report.png")
    args = parser.parse_args()
    root = args.out or Path(tempfile.mkdtemp(prefix="report-demo-"))
    n = args.samples
    rows = sr.samples(n)
    sr.write_run(root / "baseline", sr.defective(rows, {i: sr.no_prefix for i in range(0, n, 15)}), model="prod")
    torch_rows = sr.defective(rows, {**{i: sr.repeat_last_sentence for i in range(1, n, 9)}, 2: sr.xss, 4: sr.markdown})
    sr.write_run(root / "torch", torch_rows, model="checkpoint-160")
    for variant, every in (("fp32", 0), ("int8", 4), ("int4", 2)):
        plan = {i: sr.swap_word for i in range(0, n, every)} if every else {}
        sr.write_run(root / variant, sr.defective(torch_rows, plan), backend="onnx", variant=variant,
                     model="checkpoint-160")
        # Where `epicrisis compare` puts it, so the parity gates find it.
        parity = compare_runs(root / "torch", root / variant, Config(), teacher_forced=0)
        write_atomic(root / f"compare-torch-vs-{variant}.json", parity.model_dump_json(indent=2))
    made = make_report(ReportRequest(runs=[root / "int8", root / "torch", root / "fp32", root / "int4"],
                                     baseline=root / "baseline",
                                     ledger=sr.write_ledger(root / "train", rows, LEDGER),
                                     out=root / "report.html"))
    print(f"{made.model.decision.headline}; wrote {made.path}")
    chromium = next((shutil.which(c) for c in ("chromium", "chromium-browser", "google-chrome") if shutil.which(c)), None)
    if chromium is None:
        sys.exit("chromium not found: the report is written, the screenshot is not")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={profile}", "--window-size=1280,2200", f"--screenshot={args.png}",
                        made.path.as_uri()], check=True, capture_output=True, timeout=120)
    print(f"wrote {args.png}")
    if args.out is None:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
