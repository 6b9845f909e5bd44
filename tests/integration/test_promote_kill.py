"""kill -9 during a promotion, at every stage and at random moments: the app
always holds the old model or the new one, complete, never a mix, and the
next run finishes or discards what the killed one left."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from export.app_registry import registered_ids
from export.promote import PAUSE_ENV, PromotionRequest, promote
from tests.export_fixtures import ENV, EPICRISIS, REGISTRY, copy_app, manifest_state
from tests.promotion_kills import pause_line

pytest_plugins = ["tests.export_fixtures"]
MODEL_ID = "local/epicrisis-tiny"
# Where the journal is written: kills before it leave the old model, kills after it the new one.
BEFORE_JOURNAL = ("copying", "staged", "verified")
AFTER_JOURNAL = ("journaled", "exchanged", "swapped", "registered")


@pytest.fixture
def app_with_int8(tiny_export, tmp_path) -> Path:
    """An app whose local/epicrisis-tiny is the int8 variant (the 'old' model)."""
    app = copy_app(tmp_path / "app")
    promote(PromotionRequest(export_dir=tiny_export.out, app_dir=app, model_id=MODEL_ID, variant="int8", verify=False))
    return app


def start_int4(export_dir: Path, app: Path, pause: str | None = None) -> subprocess.Popen:
    env = {**ENV, PAUSE_ENV: pause} if pause else ENV
    return subprocess.Popen([EPICRISIS, "promote", str(export_dir), "--app", str(app), "--id", MODEL_ID,
                             "--variant", "int4", "--no-verify"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)


def dtype_registered(app: Path) -> str:
    text = (app / REGISTRY).read_text(encoding="utf-8")
    entry = text[text.index(f"id: '{MODEL_ID}'"):]
    return entry[entry.index("dtype: '") + 8:].split("'", 1)[0]


def assert_recovers(export_dir: Path, app: Path) -> str:
    """The next run completes, leaving int4 complete, one catalogue entry, no leftovers."""
    proc = subprocess.run([EPICRISIS, "promote", str(export_dir), "--app", str(app), "--id", MODEL_ID, "--variant",
                           "int4", "--no-verify"], env=ENV, check=False, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    models = app / "backend" / "models"
    assert manifest_state(models / "epicrisis-tiny") == "int4"
    assert manifest_state(models / ".epicrisis-tiny.previous") in ("int8", "int4")
    assert not (models / ".epicrisis-tiny.staging").exists()
    assert not (models / ".promotion.json").exists()
    assert registered_ids(app / REGISTRY).count(MODEL_ID) == 1 and dtype_registered(app) == "q4"
    return proc.stderr


@pytest.mark.parametrize("stage", BEFORE_JOURNAL + AFTER_JOURNAL)
def test_a_kill_at_each_stage_leaves_old_or_new_complete(stage, tiny_export, app_with_int8):
    app = app_with_int8
    proc = start_int4(tiny_export.out, app, pause=stage)
    line = pause_line(proc)
    assert line.strip() == f"promotion paused at {stage}", line + proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    target = app / "backend" / "models" / "epicrisis-tiny"
    expected = "int8" if stage in BEFORE_JOURNAL + ("journaled",) else "int4"
    assert manifest_state(target) == expected
    assert dtype_registered(app) == ("q4" if stage == "registered" else "q8")
    journal = app / "backend" / "models" / ".promotion.json"
    assert journal.exists() == (stage in AFTER_JOURNAL)
    if journal.exists():
        assert json.loads(journal.read_text())["entry"]["dtype"] == "q4"

    log = assert_recovers(tiny_export.out, app)
    if stage in AFTER_JOURNAL:
        assert f"finished the interrupted promotion of {MODEL_ID}" in log
    else:
        assert "discarded .epicrisis-tiny.staging: an earlier promotion was interrupted before its journal" in log


def test_kills_at_random_moments_never_leave_a_mix(tiny_export, app_with_int8):
    app = app_with_int8
    began = time.perf_counter()
    assert_recovers(tiny_export.out, app)  # an uninterrupted run, to time one
    duration = time.perf_counter() - began
    target = app / "backend" / "models" / "epicrisis-tiny"
    rng = random.Random(6)
    for _ in range(5):
        promote(PromotionRequest(export_dir=tiny_export.out, app_dir=app, model_id=MODEL_ID, variant="int8",
                                 verify=False))
        proc = start_int4(tiny_export.out, app)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert manifest_state(target) in ("int8", "int4")  # which one depends on the moment
        assert_recovers(tiny_export.out, app)
