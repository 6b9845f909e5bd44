"""The bundled baseline the main job gates against was scored by today's checks:
rescoring its stored outputs changes nothing. A check change that moves any of its
findings must rescore it (``epicrisis rescore training/presets/micro-base-baseline``),
or the regression gates would compare a new run with a verdict no door gives today."""

from __future__ import annotations

import shutil

from harness.app.pipeline import BUNDLED_BASELINE
from harness.config import Config
from harness.evaluate import rescore


def test_bundled_baseline_is_scored_by_todays_checks(tmp_path):
    run = tmp_path / "baseline"
    shutil.copytree(BUNDLED_BASELINE, run)
    rescore(run, Config(), jobs=1)
    for name in ("findings.jsonl", "scorecard.json"):
        assert (run / name).read_bytes() == (BUNDLED_BASELINE / name).read_bytes(), (
            f"{name} differs: run `epicrisis rescore {BUNDLED_BASELINE}` and commit it")
