"""The long fuzz run of issue 13: every command of the CLI, in-process, on
hypothesis-generated hostile files (``tests/fuzz_cli.py``: deep nesting,
huge numbers, NaN/Infinity, duplicate keys, lone surrogates, control
characters, U+2028/U+2029/U+0085, BOMs, CRLF, random bytes, random TOML,
well-formed files with one hostile value inside). The property: exit 0, 1 or
2; no traceback; on 2 a ``FILE:LINE:`` or ``FILE:`` message and nothing on
stdout. ``tests/integration/test_fuzz_cli.py`` runs a short profile of the same.

    .venv/bin/python bench/fuzz.py [--examples 300] [--only check_records,gate_file] [--seed N]

Prints the cases run per command and in all; exits 1 on the first
counterexample (hypothesis shrinks it and prints it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.fuzz_cli import TALLY, TARGETS, run_target  # noqa: E402


def fuzz(name: str, examples: int, root: Path, seed_value: int | None) -> None:
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              print_blob=True)
    @given(st.data())
    def case(data):
        run_target(name, data, root)

    if seed_value is not None:
        case = seed(seed_value)(case)
    case()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=300, help="hypothesis examples per command")
    parser.add_argument("--only", default="", help="comma-separated commands (default: all): "
                                                   + ", ".join(sorted(TARGETS)))
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or sorted(TARGETS)
    unknown = sorted(set(names) - set(TARGETS))
    if unknown:
        parser.error(f"unknown command(s): {', '.join(unknown)}")
    began = time.perf_counter()
    failed = None
    with tempfile.TemporaryDirectory(prefix="epicrisis-fuzz-") as scratch:
        for name in names:
            started = time.perf_counter()
            try:
                fuzz(name, args.examples, Path(scratch) / name, args.seed)
            except Exception as exc:  # the counterexample: report what ran, then it
                failed = (name, exc)
            exits = ", ".join(f"exit {code}: {n}" for (target, code), n in sorted(TALLY.exits.items())
                              if target == name)
            print(f"{name:20s} {TALLY.cases.get(name, 0):6d} cases  {time.perf_counter() - started:7.1f} s  ({exits})"
                  + ("  FAILED" if failed and failed[0] == name else ""), flush=True)
            if failed:
                break
    total = sum(TALLY.cases.values())
    print(f"{'total':20s} {total:6d} cases  {time.perf_counter() - began:7.1f} s "
          f"({len(names)} commands, {args.examples} examples each; a case is one CLI invocation, "
          "shrinking included)")
    if failed:
        print(f"\ncounterexample for {failed[0]}:\n{failed[1]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
