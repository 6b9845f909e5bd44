"""Speed of the full checklist, end to end: JSONL read -> checks -> JSON written.

Builds N records (default 10,000) by cycling the labelled corpus (realistic
inputs of varied shapes, outputs of ~90-200 words, clean and faulty), writes
them to a temporary JSONL, then times, in this one process, exactly what
`epicrisis check --format json` does: read and validate the file, run every
check on every record, render the JSON document and write it to disk. The
console script is timed too (adds interpreter start and catalogue loading).

    python bench/speed.py [--records 10000] [--source FILE] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.app.render import render_json
from harness.config import Config
from harness.engine import Engine
from harness.jsonl import read_check_records

ROOT = Path(__file__).resolve().parents[1]


def build(source: Path, n: int, dest: Path) -> float:
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    words = 0
    with dest.open("w", encoding="utf-8") as fh:
        for i in range(n):
            row = rows[i % len(rows)]
            words += len(row["output"].split())
            fh.write(json.dumps({"id": f"r{i}", "input": row["input"], "output": row["output"]},
                                ensure_ascii=False) + "\n")
    return words / n


def end_to_end(path: Path, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    engine = Engine(Config())
    records = read_check_records(path)
    results = [engine.check(r.output, r.input, r.id) for r in records]
    out.write_text(render_json(results, engine) + "\n", encoding="utf-8")
    return time.perf_counter() - start, len(records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=ROOT / "bench" / "data" / "labelled.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "records.jsonl", Path(tmp) / "result.json"
        mean_words = build(args.source, args.records, data)
        print(f"{args.records} records, {mean_words:.0f} words per output on average, "
              f"{data.stat().st_size / 1e6:.1f} MB of JSONL")
        end_to_end(data, out)  # warm: catalogues loaded, memo caches filled as in a long run
        rates = []
        for _ in range(args.repeat):
            seconds, n = end_to_end(data, out)
            rates.append(n / seconds)
            print(f"  in-process: {seconds:.2f} s, {n / seconds:,.0f} records/s")
        print(f"in-process end to end (read, check, JSON written): median {statistics.median(rates):,.0f} records/s"
              f" (target >= 3,000)")
        epicrisis = Path(sys.executable).parent / "epicrisis"
        if epicrisis.exists():
            start = time.perf_counter()
            proc = subprocess.run([str(epicrisis), "check", str(data), "--format", "json", "--no-config"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            seconds = time.perf_counter() - start
            print(f"console script, cold start (exit {proc.returncode}): {seconds:.2f} s,"
                  f" {args.records / seconds:,.0f} records/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
