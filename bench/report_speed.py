"""Speed of the HTML report on 1,000 samples (issue 7 target: under 2 s).

Builds synthetic scored runs (no model: texts from the dataset generator with
defects, scored by the real engine): a torch run, ONNX fp32/int8/int4 runs
that differ from it in some samples, and a baseline run. Then times, in this
process, what ``epicrisis report`` does after start-up (read the records,
compute movements, parity and the drill-down with diffs, render, write), and
the console script end to end (adds the interpreter and imports).

    .venv/bin/python bench/report_speed.py [--samples 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


from reports.html import build_report, render_html
from reports.sources import load_baseline, load_runs
from fixtures import synthetic_runs as sr


def build_runs(root: Path, n: int) -> tuple[list[Path], Path]:
    rows = sr.samples(n)
    torch_rows = sr.defective(rows, {**{i: sr.repeat_last_sentence for i in range(1, n, 7)},
                                     **{i: sr.no_prefix for i in range(2, n, 11)}, 3: sr.xss})
    sr.write_run(root / "baseline", sr.defective(rows, {i: sr.no_prefix for i in range(0, n, 9)}), model="prod")
    sr.write_run(root / "torch", torch_rows)
    sr.write_run(root / "fp32", torch_rows, backend="onnx", variant="fp32")
    sr.write_run(root / "int8", sr.defective(torch_rows, {i: sr.swap_word for i in range(0, n, 4)}),
                 backend="onnx", variant="int8")
    sr.write_run(root / "int4", sr.defective(torch_rows, {i: sr.swap_word for i in range(0, n, 2)}),
                 backend="onnx", variant="int4")
    return [root / "torch", root / "fp32", root / "int8", root / "int4"], root / "baseline"


def time_in_process(runs: list[Path], baseline: Path, out: Path) -> dict[str, float]:
    began, cpu = time.perf_counter(), time.process_time()
    loaded = load_runs(runs)
    base = load_baseline(baseline)
    loaded_at = time.perf_counter()
    model = build_report(loaded, base)
    built_at = time.perf_counter()
    html = render_html(model)
    out.write_text(html, encoding="utf-8")
    done = time.perf_counter()
    return {"load": loaded_at - began, "build": built_at - loaded_at, "render+write": done - built_at,
            "total": done - began, "cpu": time.process_time() - cpu, "bytes": len(html.encode("utf-8"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="report-speed-"))
    try:
        began = time.perf_counter()
        runs, baseline = build_runs(work, args.samples)
        print(f"built and scored 5 runs of {args.samples} samples in {time.perf_counter() - began:.1f} s "
              f"(not part of the figure)")
        timings = [time_in_process(runs, baseline, work / "report.html") for _ in range(args.repeat)]
        for key in ("load", "build", "render+write", "total", "cpu"):
            values = [t[key] for t in timings]
            print(f"  {key:13s} median {statistics.median(values):.3f} s  (min {min(values):.3f}, max {max(values):.3f})")
        print(f"  page size     {timings[0]['bytes'] / 1e6:.2f} MB")
        script = shutil.which("epicrisis", path=str(Path(sys.executable).parent))
        if script:
            cli = []
            for _ in range(args.repeat):
                began = time.perf_counter()
                subprocess.run([script, "report", *map(str, runs), "--baseline", str(baseline),
                                "--out", str(work / "cli.html")], check=True, capture_output=True)
                cli.append(time.perf_counter() - began)
            print(f"  console script (start-up included) median {statistics.median(cli):.3f} s")
        total = statistics.median(t["total"] for t in timings)
        cpu = statistics.median(t["cpu"] for t in timings)
        verdict = "meets" if total < 2.0 else "MISSES"
        print(f"load average {os.getloadavg()[0]:.1f} (wall time inflates when other jobs share the CPUs)")
        print(f"report of {args.samples} samples x 4 runs: {total:.2f} s wall ({cpu:.2f} s CPU) in process, "
              f"{verdict} the 2 s target "
              f"({platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
