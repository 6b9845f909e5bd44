"""Speed and memory of `epicrisis check` and `epicrisis rescore`, end to end.

Every figure is a fresh process, as users run it (interpreter start,
catalogue loading, JSONL read, checks, JSON written), timed on the wall
clock, with the peak resident memory of the process tree:

- ``check --format json`` at ``--jobs 1`` and ``--jobs 2`` over N records
  (default 10,000) cycled from the labelled corpus (real inputs of varied
  shapes, outputs of ~90-200 words), each input made distinct (an episode
  tag of letters only: nothing a check reads), so the figure measures
  checking, not the input-evidence cache;
- beside it, in the same run, a bare JSON round-trip of the same file in a
  fresh Python (read, ``json.loads`` each line, ``json.dumps`` each record,
  write): the ratio holds on a busy machine where absolute figures do not;
- ``rescore`` of a run directory of N cached outputs (distinct inputs),
  and, as rescoring is used (every checkpoint's run on one validation split
  after a check changes), of N outputs as many runs of one split rescored in
  one call (``--splits``: records per split; inputs repeat across runs);
- peak RSS at N records for both formats, and with ``--million`` at
  1,000,000 small records (minutes: 13 or more on two cores).

    python bench/speed.py [--records 10000] [--million] [--repeat 1] [--only check|rescore]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
EPICRISIS = str(Path(sys.executable).parent / "epicrisis")

ROUND_TRIP = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as dst:
    dst.write("[" + ", ".join(json.dumps(json.loads(line), ensure_ascii=False) for line in src if line.strip()) + "]")
"""


def _tag(i: int) -> str:
    """A distinct episode tag of letters only (no digits: no number for HAL002)."""
    out = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        out = chr(97 + rest) + out
    return f"ep-{out}"


def _distinct(data, i: int):
    tag = _tag(i)
    if isinstance(data, dict):
        return {**data, "episodio": tag}
    if isinstance(data, list):
        return [*data, f"episodio {tag}"]
    return f"{data}\nepisodio {tag}"


def labelled_rows(source: Path) -> list[dict]:
    return [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(rows: list[dict], n: int, dest: Path) -> float:
    """N records cycling ``rows``, inputs distinct; the mean words per output."""
    words = 0
    with dest.open("w", encoding="utf-8") as fh:
        for i in range(n):
            row = rows[i % len(rows)]
            words += len(row["output"].split())
            fh.write(json.dumps({"id": f"r{i}", "input": _distinct(row["input"], i), "output": row["output"]},
                                ensure_ascii=False) + "\n")
    return words / n


def build_small(n: int, dest: Path) -> None:
    """N small records (for memory at a million): a short output with a code,
    a drug and an age, a small input; ids and inputs distinct."""
    with dest.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({
                "id": f"s{i}", "input": {"sexo": "F", "edad": 60 + i % 30, "episodio": _tag(i),
                                         "diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía"}]},
                "output": f"Ingresa por neumonía (J18.9) en paciente de {60 + i % 30} años; recibe ceftriaxona."},
                ensure_ascii=False) + "\n")


def _tree_pss(pid: int) -> int:
    """Proportional set size of a process and its descendants, in bytes (Linux
    /proc): forked workers share the parent's pages, and RSS would count
    those once per process."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def timed(cmd: list[str], stdout_path: Path | None = None) -> dict:
    """Wall seconds, exit status, peak RSS of the largest process (wait4) and
    peak PSS of the whole process tree (sampled every 50 ms)."""
    out = stdout_path.open("wb") if stdout_path else subprocess.DEVNULL
    began = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak[0] = max(peak[0], _tree_pss(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - began
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if stdout_path:
        out.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    # cpu_s: user+sys of the process and the workers it waited for (steadier than wall on a busy machine)
    return {"seconds": seconds, "exit": proc.returncode, "max_rss_mb": usage.ru_maxrss / 1024,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "tree_pss_mb": peak[0] / 1e6}


def check_cmd(data: Path, fmt: str, jobs: int | None) -> list[str]:
    cmd = [EPICRISIS, "check", str(data), "--format", fmt, "--no-config"]
    return cmd + (["--jobs", str(jobs)] if jobs else [])


def cached_run(rows: list[dict], n: int, dest: Path, model: str = "bench") -> Path:
    """A run directory of N cached outputs (inputs distinct), unscored; runs
    of other ``model`` names with the same N share their inputs (one split)."""
    from harness.generation import GenerationConfig
    from harness.runs import RunDir, cache_key, now
    from harness.schemas import DataInfo, ModelInfo, OutputRecord, PromptInfo, RunManifest

    sha = lambda text: hashlib.sha256(text.encode("utf-8")).hexdigest()  # noqa: E731
    generation = GenerationConfig()
    fingerprint, prompt_hash = sha(f"{model}/torch/fp32"), sha("bench prompt")
    key = cache_key(fingerprint, "torch", "fp32", prompt_hash, generation)
    ids = [f"s{i:06d}" for i in range(n)]
    run = RunDir(dest)
    run.write_manifest(RunManifest(
        key=key, created=now(), model=ModelInfo(path="/models/bench", base=None, fingerprint=fingerprint, files={}),
        backend="torch", variant="fp32",
        prompt=PromptInfo(system="Eres un asistente médico.", user_turn="{instruction}", template="{{ x }}",
                          hash=prompt_hash),
        generation=generation, packages={}, git_revision=None, python="3.11", machine="bench",
        data=DataInfo(path="validation.jsonl", sha256=sha("data"), limit=None, sample_ids=ids)))
    path = run.outputs_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i, sid in enumerate(ids):
            row = rows[i % len(rows)]
            data = _distinct(row["input"], i)
            tokens = list(range(len(row["output"].split()))) + [2]
            fh.write(OutputRecord(
                key=key, id=sid, instruction="Epicrisis:", input=data, reference=None,
                prompt_sha256=sha(json.dumps(data, ensure_ascii=False, sort_keys=True)), text=row["output"],
                token_ids=tokens, margins=[1.0] * len(tokens), prompt_tokens=200, finish_reason="eos",
                seconds=0.5, batch_seconds=4.0, batch_size=8).model_dump_json() + "\n")
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=ROOT / "bench" / "data" / "labelled.jsonl")
    parser.add_argument("--repeat", type=int, default=1, help="Timed runs of each command (the best is shown).")
    parser.add_argument("--million", action="store_true", help="Also peak RSS at 1,000,000 small records.")
    parser.add_argument("--no-rescore", action="store_true")
    parser.add_argument("--only", choices=("check", "rescore"), help="Time only this command.")
    parser.add_argument("--splits", default="35,350",
                        help="Records per validation split for the rescore of many runs of one split "
                             "(comma-separated; empty: none).")
    args = parser.parse_args()
    rows = labelled_rows(args.source)
    n = args.records
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data, out = work / "records.jsonl", work / "out.json"
        mean_words = build(rows, n, data)
        print(f"{n:,} records, distinct inputs, {mean_words:.0f} words per output on average, "
              f"{data.stat().st_size / 1e6:.1f} MB of JSONL; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.2f}")

        def best(cmd: list[str], path: Path | None = None) -> dict:
            return min((timed(cmd, path) for _ in range(args.repeat)), key=lambda r: r["seconds"])

        def round_trip() -> float:
            return best([PY, "-c", ROUND_TRIP, str(data), str(work / "trip.json")])["seconds"]

        # The round-trip is timed again just before each command: on a shared
        # machine the load moves within minutes, and the ratio should not.
        for fmt, jobs in (("json", 1), ("json", 2), ("text", 2)) if args.only in (None, "check") else ():
            trip = round_trip()
            r = best(check_cmd(data, fmt, jobs), out if fmt == "json" else work / "out.txt")
            print(f"check --format {fmt} --jobs {jobs}: {r['seconds']:.2f} s, {n / r['seconds']:,.0f} records/s, "
                  f"{r['seconds'] / trip:.1f}x a bare JSON round-trip of the file ({trip:.2f} s, "
                  f"{n / trip:,.0f} records/s); peak RSS {r['max_rss_mb']:.0f} MB largest process, "
                  f"{r['tree_pss_mb']:.0f} MB PSS all processes")
        if args.only in (None, "check"):
            print("  target: >= 3,000 records/s end to end (distinct inputs)")
        if not args.no_rescore and args.only in (None, "rescore"):
            run = cached_run(rows, n, work / "run")
            r = best([EPICRISIS, "rescore", str(run), "--no-config"])
            print(f"rescore of {n:,} cached outputs (distinct inputs): {r['seconds']:.2f} s "
                  f"(target <= 5 s), {r['cpu_s']:.2f} s CPU; peak {r['tree_pss_mb']:.0f} MB PSS all processes")
            for split in (int(s) for s in args.splits.split(",") if s.strip()):
                count = -(-n // split)
                runs = [cached_run(rows, split, work / f"split{split}" / f"run{i}", model=f"ckpt-{i}")
                        for i in range(count)]
                r = best([EPICRISIS, "rescore", *map(str, runs), "--no-config"])
                print(f"rescore of {count * split:,} cached outputs as {count} runs x {split} records of one "
                      f"validation split, one call (inputs repeat across runs): {r['seconds']:.2f} s, "
                      f"{r['cpu_s']:.2f} s CPU; "
                      f"peak {r['tree_pss_mb']:.0f} MB PSS all processes")
        if args.million:
            big = work / "million.jsonl"
            build_small(1_000_000, big)
            print(f"1,000,000 small records, {big.stat().st_size / 1e6:.0f} MB of JSONL")
            for fmt in ("json", "text"):
                r = timed(check_cmd(big, fmt, None), work / f"million.{fmt}")
                print(f"  check --format {fmt} (every core): {r['seconds']:.0f} s, peak RSS "
                      f"{r['max_rss_mb']:.0f} MB largest process, {r['tree_pss_mb']:.0f} MB PSS all processes"
                      f" (target < 200 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
