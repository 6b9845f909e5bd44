"""One scored scenario for the report's tests, built once per session from
the dataset generator's texts with the defects a young model shows, scored by
the real rule engine:

- baseline (the model in production): 3 of 40 samples lose "Ingresa por";
- candidate torch run: 5 repeat their last sentence (REP001, twice each),
  one carries HTML payloads (FMT002), one markdown, one is too short (FMT003,
  a finding about the whole text); the baseline's three are fixed;
- ONNX fp32 (identical), int8 (a word changed in every 4th sample), int4
  (every 2nd, and sample 8 loses "Ingresa por": a verdict that flips);
- a training ledger of six checkpoints, each a scored run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from harness.atomic import write_atomic
from harness.config import Config
from harness.gating import gate_verdict
from harness.parity import compare_runs
from tests import synthetic_runs as sr

N = 40
REPEATS = (1, 10, 19, 28, 37)
XSS, MARKDOWN, SHORT, INT4_FLIP = 2, 4, 6, 8
LEDGER = ((40, 2, 2.9), (80, 3, 2.1), (120, 5, 1.7), (160, 9, 1.6), (200, 11, 1.5), (240, 13, 1.45))


def sample_id(index: int) -> str:
    """Ids as a prepared dataset names its records (long: they must wrap in an 800 px table)."""
    return f"dataset_epicrisis_350:{index}"


def short(text: str) -> str:
    return " ".join(text.split()[:40])


@dataclass(frozen=True)
class Scenario:
    root: Path
    baseline: Path
    torch: Path
    fp32: Path
    int8: Path
    int4: Path
    ledger: Path

    @property
    def runs(self) -> list[Path]:
        return [self.torch, self.fp32, self.int8, self.int4]


@pytest.fixture(scope="session")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("report-scenario")
    rows = [(sample_id(i), data, text) for i, (_, data, text) in enumerate(sr.samples(N))]
    sr.write_run(root / "baseline", sr.defective(rows, {0: sr.no_prefix, 15: sr.no_prefix, 30: sr.no_prefix}),
                 model="prod")
    plan = {**{i: sr.repeat_last_sentence for i in REPEATS}, XSS: sr.xss, MARKDOWN: sr.markdown, SHORT: short}
    torch_rows = sr.defective(rows, plan)
    sr.write_run(root / "torch", torch_rows, model="checkpoint-160")
    variants = {"fp32": {}, "int8": {i: sr.swap_word for i in range(0, N, 4)},
                "int4": {**{i: sr.swap_word for i in range(0, N, 2)}, INT4_FLIP: sr.no_prefix}}
    for variant, changes in variants.items():
        sr.write_run(root / variant, sr.defective(torch_rows, changes), backend="onnx", variant=variant,
                     model="checkpoint-160")
        # Where `epicrisis compare` puts it, so the parity gates find it.
        parity = compare_runs(root / "torch", root / variant, Config(), teacher_forced=0)
        write_atomic(root / f"compare-torch-vs-{variant}.json", parity.model_dump_json(indent=2))
    ledger = sr.write_ledger(root / "train", rows, LEDGER)
    return Scenario(root, root / "baseline", root / "torch", root / "fp32", root / "int8", root / "int4", ledger)


@pytest.fixture(scope="session")
def reports(scenario) -> dict:
    """The scenario's report about the torch run, gated by the bundled policy, in each language."""
    from reports.build import ReportRequest, make_report

    verdict = gate_verdict(scenario.torch, baseline=scenario.baseline)
    made = {}
    for lang in ("es", "en"):
        made[lang] = make_report(ReportRequest(runs=scenario.runs, baseline=scenario.baseline, ledger=scenario.ledger,
                                               gate_report=verdict, out=scenario.root / f"report-{lang}.html",
                                               lang=lang))
    return made
