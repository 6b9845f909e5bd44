"""Accuracy of the checklist on the blind corpus (bench/blind/blind.jsonl), per
check and per record, for the before/after table of issue 14.

    python bench/blind/measure.py [--corpus FILE] [--json OUT]

Per check: precision and recall of "the check fires" against the record's
expected checks. Per record: the record verdict (passes: no error finding)
against the expected one (passes: no expected error check), and exact
agreement of the set of checks fired with the set expected.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from harness.config import Config
from harness.engine import Engine
from harness.registry import all_checks

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE / "blind.jsonl")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    engine = Engine(Config())
    specs = all_checks()
    # a check the engine does not know (a new id, measuring an older version) counts as an error
    severity = {cid: getattr(spec.severity, "value", spec.severity) for cid, spec in specs.items()}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    verdict_right = exact = 0
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        result = engine.check(row["output"], row["input"], row["id"])
        fired = {f.check for f in result.findings}
        expected = set(row["expected"])
        for check in fired | expected:
            if check in fired and check in expected:
                tp[check] += 1
            elif check in fired:
                fp[check] += 1
            else:
                fn[check] += 1
        expected_pass = not any(severity.get(c, "error") == "error" for c in expected)
        verdict_right += result.passed == expected_pass
        exact += fired == expected
    table = {}
    print(f"{args.corpus}: {len(rows)} records, {sum(1 for r in rows if not r['expected'])} clean")
    print(f"{'check':8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}")
    for check in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[check] / (tp[check] + fp[check]) if tp[check] + fp[check] else None
        r = tp[check] / (tp[check] + fn[check]) if tp[check] + fn[check] else None
        table[check] = {"tp": tp[check], "fp": fp[check], "fn": fn[check], "precision": p, "recall": r}
        show = lambda x: "   n/a" if x is None else f"{x:.3f}"  # noqa: E731
        print(f"{check:8} {tp[check]:4} {fp[check]:4} {fn[check]:4} {show(p):>10} {show(r):>7}")
    accuracy = verdict_right / len(rows)
    print(f"record verdict accuracy {accuracy:.3f} ({verdict_right}/{len(rows)}); "
          f"exact set of checks {exact / len(rows):.3f} ({exact}/{len(rows)})")
    if args.json:
        args.json.write_text(json.dumps({"records": len(rows), "verdict_accuracy": accuracy,
                                         "exact": exact / len(rows), "checks": table}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
