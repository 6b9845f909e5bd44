"""The engine against hand-labelled corpora written independently of the
checks (bench/data/labelled.jsonl, bench/heldout/heldout.jsonl): per-check
precision >= 0.97 and recall >= 0.95, as bench/accuracy.py reports."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from checks.dose import SUPERSEDES
from harness.engine import Engine
from harness.registry import all_checks
from tests import ROOT

BENCH = ROOT / "bench"
CORPORA = [BENCH / "data" / "labelled.jsonl", BENCH / "heldout" / "heldout.jsonl"]


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.parent.name)
def test_per_check_precision_and_recall(path):
    engine = Engine()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    labelled: set[str] = set().union(*(row["expected"] for row in rows))
    for row in rows:
        fired = {f.check for f in engine.check(row["output"], row["input"], row["id"]).findings}
        expected = set(row["expected"])
        for old, new in SUPERSEDES.items():  # labelled before the newer check existed: it names the old
            if new not in labelled and old in expected and new in fired:
                fired = (fired - {new}) | {old}
        for check in fired & expected:
            tp[check] += 1
        for check in fired - expected:
            fp[check] += 1
        for check in expected - fired:
            fn[check] += 1
    for check in all_checks():
        if check not in labelled:
            # a check newer than the corpus: nothing to recall, and no record may trip it
            assert fp[check] == 0, f"{check} fires on {fp[check]} records of {path.name}"
            continue
        assert tp[check] >= 5, f"{path.name}: too few labelled {check} violations to measure"
        precision = tp[check] / (tp[check] + fp[check])
        recall = tp[check] / (tp[check] + fn[check])
        assert precision >= 0.97, f"{check} precision {precision:.3f} on {path.name}"
        assert recall >= 0.95, f"{check} recall {recall:.3f} on {path.name}"
