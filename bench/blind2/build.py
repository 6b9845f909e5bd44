"""Build bench/blind2/blind2.jsonl deterministically from the case modules.

Run: python bench/blind2/build.py   (from anywhere). Exits 1 if a guard in
lib.guard finds a label that disagrees with the writer's own rules.
"""
import collections
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402
import cases1  # noqa: E402,F401
import cases2  # noqa: E402,F401
import cases3  # noqa: E402,F401
import cases4  # noqa: E402,F401


def main():
    recs = list(lib.RECORDS)
    problems = []
    for n, r in enumerate(recs):
        for p in lib.guard(r):
            problems.append(f"record #{n} ({r['note'][:50]}): {p}")
    random.Random(20261204).shuffle(recs)
    out = HERE / "blind2.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for k, r in enumerate(recs, 1):
            row = {"id": f"n{k:03d}", "input": r["input"], "output": r["output"],
                   "expected": r["expected"], "note": r["note"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    by = collections.Counter(c for r in recs for c in r["expected"])
    clean = sum(1 for r in recs if not r["expected"])
    print(f"records={len(recs)} clean={clean} ({clean / len(recs):.0%}) planted={len(recs) - clean}")
    for c in sorted(lib.CHECK_IDS):
        print(f"  {c}: {by.get(c, 0)}")
    multi = [r["note"] for r in recs if len(r["expected"]) > 1]
    print("multi-label records:", len(multi))
    for p in problems:
        print("GUARD:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
