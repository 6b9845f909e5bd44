"""kill -9 during promotion, at length (issue 13): the long version of
``tests/integration/test_hardening_promote.py``.

Builds the tiny model's export once (fp32, int8, int4: the tests' fixture,
seconds on a CPU), copies the fixture app, and then:

1. kills ``epicrisis promote`` at every named stage (``export.transaction.STAGES``:
   the seven of a promotion, then the two of a recovery) ``--per-stage`` times each;
2. kills it at ``--random`` random moments over the length of a whole
   promotion, and now and then kills the recovery that follows too;
3. kills it at ``--window`` random moments after the staged copy is verified
   (journal, swap, catalogue, clean-up: where a whole-run draw seldom lands,
   as start-up is most of a promotion), and half the recoveries that follow
   at random moments after they start recovering;
4. runs ``--pairs`` pairs of promotions of different ids at the same time.

After every kill the model folder must hold the old model or the new one,
complete; after ``epicrisis promote --recover APP`` the folders and the
catalogue must agree (``tests.promotion_kills.agreement_problems``) and a
promotion that exited 0 must be listed. Prints the figures; exits 1 on the
first violation.

    .venv/bin/python bench/promote_kills.py [--per-stage 12] [--random 100] [--window 100] [--pairs 50]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from export.transaction import ANNOUNCE_ENV, STAGES  # noqa: E402
from harness.variants import DTYPES  # noqa: E402
from tests.export_fixtures import APP_FIXTURE, ENV, EPICRISIS, GENERATION, THREADS, TINY_POLICY  # noqa: E402
from tests.promotion_kills import (  # noqa: E402
    agreement_problems,
    kill_after,
    kill_after_stage,
    kill_at_stage,
    listed_dtype,
    promote_args,
    recover,
    run,
    served,
    start,
)

MODEL_IDS = ("local/kill-a", "local/kill-b", "local/kill-c")
VARIANTS = ("int8", "int4", "fp32")
RECOVERY_STAGES = STAGES[STAGES.index("recovering"):]  # stop a recovery, not a promotion


class Violation(AssertionError):
    pass


def build_export(root: Path) -> Path:
    from export.pipeline import ExportRequest, export_checkpoint
    from harness.config import Config
    from harness.gatefile import load_policy
    from tests import tiny_model

    base = tiny_model.build_tiny_model(root / "base")
    lora = tiny_model.build_lora_adapter(base, root / "lora")
    data = tiny_model.write_dataset(root / "validation.jsonl", 8)
    out = root / "epicrisis-tiny"
    export_checkpoint(ExportRequest(checkpoint=lora, out=out, data=data, policy=load_policy(TINY_POLICY),
                                    generation=GENERATION, teacher_forced=1, threads=THREADS), Config())
    return out


class Bench:
    def __init__(self, export: Path, app: Path, rng: random.Random) -> None:
        self.export, self.app, self.rng = export, app, rng
        self.figures: Counter[str] = Counter()
        self.current: dict[str, str | None] = {}  # id -> the variant it must hold (None: not promoted yet)

    def promote(self, model_id: str, variant: str) -> None:
        proc = run(promote_args(self.export, self.app, model_id, variant))
        if proc.returncode != 0:
            raise Violation(f"promote {model_id} {variant}: exit {proc.returncode}\n{proc.stderr}")
        self.current[model_id] = variant

    def check_after_kill(self, model_id: str, old: str | None, new: str) -> None:
        state = served(self.app, model_id.split("/", 1)[1])
        if state not in (old, new):
            raise Violation(f"after a kill {model_id} holds {state}, neither the old {old} nor the new {new}")

    def recover_and_check(self, model_id: str, old: str | None, new: str, finished: bool) -> None:
        proc = recover(self.app)
        if proc.returncode != 0 or "Traceback" in proc.stderr:
            raise Violation(f"promote --recover: exit {proc.returncode}\n{proc.stderr}")
        problems = agreement_problems(self.app)
        if problems:
            raise Violation("after recovery: " + "; ".join(problems))
        state = served(self.app, model_id.split("/", 1)[1])
        if finished and state != new:
            raise Violation(f"{model_id} exited 0 promoting {new} but holds {state}")
        if state not in (old, new):
            raise Violation(f"after recovery {model_id} holds {state}")
        if state is not None and listed_dtype(self.app, model_id) != DTYPES[state]:
            raise Violation(f"{model_id} holds {state} but is listed as {listed_dtype(self.app, model_id)}")
        self.current[model_id] = state
        self.figures["recovered to the new model" if state == new and state != old else "recovered to the old model"] += 1

    def next_case(self) -> tuple[str, str | None, str]:
        model_id = self.rng.choice(MODEL_IDS)
        old = self.current.get(model_id)
        new = self.rng.choice([v for v in VARIANTS if v != old])
        return model_id, old, new

    def stage_kills(self, per_stage: int) -> None:
        for stage in STAGES:
            for _ in range(per_stage):
                model_id, old, new = self.next_case()
                if stage in RECOVERY_STAGES:  # leave a journal, then kill its recovery at the stage
                    kill_at_stage(promote_args(self.export, self.app, model_id, new), "swapped")
                    kill_at_stage([EPICRISIS, "promote", "--recover", str(self.app)], stage)
                    self.figures["kills"] += 2
                else:
                    kill_at_stage(promote_args(self.export, self.app, model_id, new), stage)
                    self.figures["kills"] += 1
                self.figures[f"kills at {stage}"] += 1
                self.check_after_kill(model_id, old, new)
                self.recover_and_check(model_id, old, new, finished=False)

    def random_kills(self, count: int, duration: float) -> None:
        for _ in range(count):
            model_id, old, new = self.next_case()
            # Start-up (interpreter, imports) is most of a promotion: draw over
            # the whole run, a little past its end, so every phase gets kills.
            status = kill_after(promote_args(self.export, self.app, model_id, new),
                                self.rng.uniform(0.0, 1.1) * duration)
            if status is None:
                self.figures["kills"] += 1
                self.figures["random kills"] += 1
            elif status != 0:
                raise Violation(f"promote {model_id} {new} exited {status} without being killed")
            else:
                self.figures["random kills that came after the end"] += 1
            if (self.app / "backend/models/.promotion.json").exists():
                self.figures["random kills that left a journal"] += 1
                if self.rng.random() < 0.5:
                    if kill_after([EPICRISIS, "promote", "--recover", str(self.app)],
                                  self.rng.uniform(0.0, 1.0) * duration) is None:
                        self.figures["kills"] += 1
                        self.figures["recoveries killed at random"] += 1
            self.check_after_kill(model_id, old, new)
            self.recover_and_check(model_id, old, new, finished=status == 0)

    def window_kills(self, count: int) -> None:
        """Kills at random moments after the "verified" stage, and of the recovery after "recovering"."""
        tail = self.tail(promote_args(self.export, self.app, MODEL_IDS[0], "fp32"), "verified", "registered")
        self.current[MODEL_IDS[0]] = "fp32"
        recovery_tail = None
        for _ in range(count):
            model_id, old, new = self.next_case()
            status = kill_after_stage(promote_args(self.export, self.app, model_id, new), "verified",
                                      self.rng.uniform(0.0, 1.5) * tail)
            if status is None:
                self.figures["kills"] += 1
                self.figures["window kills"] += 1
            elif status != 0:
                raise Violation(f"promote {model_id} {new} exited {status} without being killed")
            if (self.app / "backend/models/.promotion.json").exists():
                self.figures["window kills that left a journal"] += 1
                if self.rng.random() < 0.5:
                    if recovery_tail is None:  # once, on a copy: how long recovering takes after its stage
                        spare = self.app.with_name("timing-app")
                        shutil.rmtree(spare, ignore_errors=True)
                        shutil.copytree(self.app, spare, symlinks=True)
                        recovery_tail = self.tail([EPICRISIS, "promote", "--recover", str(spare)], "recovering",
                                                  "recover-registered")
                        shutil.rmtree(spare)
                    if kill_after_stage([EPICRISIS, "promote", "--recover", str(self.app)], "recovering",
                                        self.rng.uniform(0.0, 1.5) * recovery_tail) is None:
                        self.figures["kills"] += 1
                        self.figures["recoveries killed at random after they started"] += 1
            self.check_after_kill(model_id, old, new)
            self.recover_and_check(model_id, old, new, finished=status == 0)
        self.figures["window: ms from 'verified' to 'registered', kills drawn over 1.5 x that"] = round(tail * 1000)

    @staticmethod
    def tail(args: list[str], first: str, last: str) -> float:
        """Seconds from stage ``first`` to stage ``last`` of an uninterrupted run."""
        proc = subprocess.Popen(args, env={**ENV, ANNOUNCE_ENV: f"{first},{last}"}, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        seen = {}
        for line in proc.stderr:
            for stage in (first, last):
                if line.strip() == f"promotion at {stage}":
                    seen[stage] = time.perf_counter()
        if proc.wait(timeout=300) != 0 or len(seen) != 2:
            raise Violation(f"{' '.join(args)}: did not pass {first} and {last} and finish")
        return seen[last] - seen[first]

    def pairs(self, count: int) -> None:
        for n in range(count):
            ids = (f"local/pair-a{n}", f"local/pair-b{n}")
            variants = (self.rng.choice(VARIANTS), self.rng.choice(VARIANTS))
            procs = [start(promote_args(self.export, self.app, i, v)) for i, v in zip(ids, variants)]
            outputs = [p.stderr.read() for p in procs]
            codes = [p.wait(timeout=300) for p in procs]
            for p in procs:
                p.stderr.close()
            self.figures["concurrent promotions"] += 2
            self.figures["concurrent promotions that exited 0"] += codes.count(0)
            self.figures["promotions that waited for the app lock"] += sum("waiting for another" in o for o in outputs)
            problems = agreement_problems(self.app)
            for model_id, variant, code, err in zip(ids, variants, codes, outputs):
                if code != 0 or "Traceback" in err:
                    problems.append(f"{model_id}: exit {code}: {err.strip()[-300:]}")
                elif listed_dtype(self.app, model_id) != DTYPES[variant] or served(self.app, model_id[6:]) != variant:
                    problems.append(f"{model_id} exited 0 promoting {variant} but the app holds "
                                    f"{served(self.app, model_id[6:])} listed as {listed_dtype(self.app, model_id)}")
            if problems:
                raise Violation(f"pair {n}: " + "; ".join(problems))
            self.figures["pairs with both listed"] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-stage", type=int, default=12, help="kills at each named stage")
    parser.add_argument("--random", type=int, default=100, help="kills at random moments of a whole run")
    parser.add_argument("--window", type=int, default=100,
                        help="kills at random moments after the copy is verified")
    parser.add_argument("--pairs", type=int, default=50, help="concurrent pairs of promotions of different ids")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--export", type=Path, default=None, help="an export folder to reuse (default: build one)")
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="epicrisis-kills-") as scratch:
        root = Path(scratch)
        export = args.export or build_export(root)
        built = time.perf_counter() - began
        app = root / "app"
        shutil.copytree(APP_FIXTURE, app)
        bench = Bench(export, app, random.Random(args.seed))
        for model_id in MODEL_IDS:
            bench.promote(model_id, "int8")
        timed = time.perf_counter()
        bench.promote(MODEL_IDS[0], "int4")
        duration = time.perf_counter() - timed
        failure = None
        try:
            bench.stage_kills(args.per_stage)
            bench.random_kills(args.random, duration)
            bench.window_kills(args.window)
            bench.pairs(args.pairs)
        except Violation as exc:
            failure = exc
        figures = bench.figures
        print(f"export built in {built:.0f} s; one promotion takes {duration:.2f} s; total "
              f"{time.perf_counter() - began:.0f} s")
        print(f"kills: {figures['kills']} (named stages: {args.per_stage} x {len(STAGES)}, each recovery stage "
              f"after killing a promotion first; random over a whole run: {figures['random kills']} promotions "
              f"and {figures['recoveries killed at random']} recoveries; random after 'verified': "
              f"{figures['window kills']} promotions and "
              f"{figures['recoveries killed at random after they started']} recoveries)")
        for key in sorted(figures):
            print(f"  {key}: {figures[key]}")
        if failure is not None:
            print(f"VIOLATION: {failure}", file=sys.stderr)
            return 1
        print("every kill left the old or the new model complete; after every recovery the folders and "
              "LLM_MODELS agreed; every promotion that exited 0 was listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
