"""The rule engine's recall per error-severity check on a mutation corpus,
and its false-alarm rate on unmutated records.

Mutants come from the bundled dataset (data/*.jsonl), one per check and
record for each seed (training/data/mutate.py: one labelled violation each).
A mutant is detected when its labelled check reports an error finding; a
clean record raises a false alarm when any check reports an error.
``--extra N`` adds N generated records in each input shape (object, flat,
nodots) to the clean set and to the mutated set.

Usage:  python bench/mutation_recall.py [--seeds 3] [--extra 0] [FILE ...]
Prints markdown tables: per check, then per mutation kind.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from harness.engine import Engine
from training.data.generator import BUNDLED_DIR, BUNDLED_FILES, generate_records
from training.data.mutate import MUTATED_CHECKS, mutate_record
from training.data.prepare import read_examples


def load_records(files: list[Path], extra: int) -> list[tuple[str, dict]]:
    records = [(ex.id, ex.record) for ex in read_examples(files).examples]
    for shape in ("object", "flat", "nodots") if extra else ():
        records += [(f"gen-{shape}-{i}", r) for i, r in enumerate(generate_records(extra, 2025, shape=shape))]
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[BUNDLED_DIR / name for name, _, _ in BUNDLED_FILES])
    parser.add_argument("--seeds", type=int, default=3, help="mutation seeds per record")
    parser.add_argument("--extra", type=int, default=0, help="generated records per input shape to add")
    args = parser.parse_args()

    engine = Engine()
    records = load_records(args.files, args.extra)
    started = time.perf_counter()
    false_alarms: Counter[str] = Counter()
    alarmed = 0
    for rid, record in records:
        errors = {f.check for f in engine.check(record["output"], record["input"],
                                                rid).findings if f.severity.value == "error"}
        alarmed += bool(errors)
        false_alarms.update(errors)

    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    collateral: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    kind_hits: Counter[tuple[str, str]] = Counter()
    for seed in range(args.seeds):
        for index, (rid, record) in enumerate(records):
            rng = random.Random(f"mutate:{seed}:{index}")
            for mutant in mutate_record(record, rid, rng):
                check, kind = mutant["mutation"]["check"], mutant["mutation"]["kind"]
                result = engine.check(mutant["output"], mutant["input"], mutant["id"])
                errors = {f.check for f in result.findings if f.severity.value == "error"}
                total[check] += 1
                kinds[(check, kind)] += 1
                if check in errors:
                    hit[check] += 1
                    kind_hits[(check, kind)] += 1
                if errors - {check}:
                    collateral[check] += 1
    elapsed = time.perf_counter() - started

    mutants = sum(total.values())
    print(f"{len(records)} clean records, {mutants} mutants, {args.seeds} seed(s), {elapsed:.1f} s\n")
    print("| check | mutants | detected | recall | other error checks also fired |")
    print("|---|---:|---:|---:|---:|")
    for check in MUTATED_CHECKS:
        n = total[check]
        if n:
            print(f"| {check} | {n} | {hit[check]} | {hit[check] / n:.3f} | {collateral[check] / n:.3f} |")
    detected = sum(hit.values())
    print(f"| all | {mutants} | {detected} | {detected / max(mutants, 1):.3f} | |\n")
    print("| check | kind | mutants | recall |")
    print("|---|---|---:|---:|")
    for (check, kind), n in sorted(kinds.items()):
        print(f"| {check} | {kind} | {n} | {kind_hits[(check, kind)] / n:.3f} |")
    detail = ", ".join(f"{c}: {k}" for c, k in sorted(false_alarms.items())) or "none"
    print(f"\nfalse alarms on unmutated records: {alarmed} of {len(records)} "
          f"({alarmed / max(len(records), 1):.3%}); by check: {detail}")


if __name__ == "__main__":
    main()
