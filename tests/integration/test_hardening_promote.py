"""Issue 13, promotion: the reproductions of items 1, 2, 6, 7, 10 and the
unwritable targets of item 4, each as a regression test, and the app-level
transaction (lock, journal, ``promote --recover``) killed at every named
stage and at random moments. The long kill and concurrency runs are
``bench/promote_kills.py``."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from export.app_registry import registered_ids
from export.transaction import STAGES
from tests.export_fixtures import EPICRISIS, REGISTRY, copy_app, manifest_state
from tests.promotion_kills import (
    agreement_problems,
    catalogue,
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

pytest_plugins = ["tests.export_fixtures"]
BEFORE_JOURNAL = ("copying", "staged", "verified")
AFTER_JOURNAL = ("journaled", "exchanged", "swapped", "registered")
RECOVERY = ("recovering", "recover-moved", "recover-registered")


@pytest.fixture
def app(tmp_path) -> Path:
    return copy_app(tmp_path / "app")


@pytest.fixture
def app_with_int8(tiny_export, app) -> Path:
    """local/epicrisis-tiny promoted as int8: the model the next promotions replace."""
    proc = run(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int8"))
    assert proc.returncode == 0, proc.stderr
    return app


def test_the_stages_named_here_are_every_stage_the_code_can_stop_at():
    assert set(STAGES) == set(BEFORE_JOURNAL + AFTER_JOURNAL + RECOVERY)


# Item 1: concurrent promotions of different ids.

def test_concurrent_promotions_of_different_ids_all_land_in_the_catalogue(tiny_export, app):
    pairs = [(f"local/a{n}", f"local/b{n}") for n in range(4)]
    waited = 0
    for first, second in pairs:
        procs = [start(promote_args(tiny_export.out, app, model_id, variant))
                 for model_id, variant in ((first, "int8"), (second, "int4"))]
        for proc in procs:
            err = proc.stderr.read()
            proc.stderr.close()
            assert proc.wait(timeout=120) == 0, err
            assert "Traceback" not in err
            waited += "waiting for another promotion" in err
    assert agreement_problems(app) == []
    ids = registered_ids(app / REGISTRY)
    for first, second in pairs:
        assert ids.count(first) == 1 and ids.count(second) == 1
        assert listed_dtype(app, first) == "q8" and served(app, first[6:]) == "int8"
        assert listed_dtype(app, second) == "q4" and served(app, second[6:]) == "int4"
    assert not list((app / REGISTRY).parent.glob(".*.tmp"))


# Item 2, and the journal: a kill at every stage, then recovery by any later run.

@pytest.mark.parametrize("stage", BEFORE_JOURNAL + AFTER_JOURNAL)
def test_a_kill_at_each_stage_is_made_whole_by_promote_recover(stage, tiny_export, app_with_int8):
    app = app_with_int8
    kill_at_stage(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int4"), stage)
    # Before recovery the model folder is the old one or the new one, complete, never a mix.
    assert served(app, "epicrisis-tiny") == ("int8" if stage in BEFORE_JOURNAL + ("journaled",) else "int4")
    proc = recover(app)
    assert proc.returncode == 0, proc.stderr
    assert agreement_problems(app) == []
    expected = "int8" if stage in BEFORE_JOURNAL else "int4"  # from the journal on, it goes forward
    assert served(app, "epicrisis-tiny") == expected
    assert listed_dtype(app, "local/epicrisis-tiny") == {"int8": "q8", "int4": "q4"}[expected]
    if stage in AFTER_JOURNAL:
        assert "finished the interrupted promotion of local/epicrisis-tiny" in proc.stderr
        assert manifest_state(app / "backend/models/.epicrisis-tiny.previous") == "int8"  # the backup
    else:
        assert "discarded .epicrisis-tiny.staging" in proc.stderr


def test_the_reproduction_of_item_2_a_promotion_of_another_id_recovers_the_first(tiny_export, app_with_int8):
    app = app_with_int8
    kill_at_stage(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int4"), "swapped")
    # What the issue saw: an int4 folder under a q8 entry.
    assert served(app, "epicrisis-tiny") == "int4" and listed_dtype(app, "local/epicrisis-tiny") == "q8"
    proc = run(promote_args(tiny_export.out, app, "local/other", "fp32"))
    assert proc.returncode == 0, proc.stderr
    assert "finished the interrupted promotion of local/epicrisis-tiny" in proc.stderr
    assert agreement_problems(app) == []
    assert listed_dtype(app, "local/epicrisis-tiny") == "q4" and listed_dtype(app, "local/other") == "fp32"


@pytest.mark.parametrize("stage", RECOVERY)
def test_a_kill_during_recovery_is_recovered_from(stage, tiny_export, app_with_int8):
    app = app_with_int8
    kill_at_stage(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int4"), "exchanged")
    kill_at_stage([EPICRISIS, "promote", "--recover", str(app)], stage)
    proc = recover(app)
    assert proc.returncode == 0, proc.stderr
    assert agreement_problems(app) == [] and served(app, "epicrisis-tiny") == "int4"
    assert manifest_state(app / "backend/models/.epicrisis-tiny.previous") == "int8"


@pytest.mark.parametrize("stage", ("journaled", "swapped", "registered"))
def test_a_damaged_new_model_is_rolled_back_not_forward(stage, tiny_export, app_with_int8):
    app = app_with_int8
    before = (app / REGISTRY).read_bytes()
    kill_at_stage(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int4"), stage)
    models = app / "backend" / "models"
    new = models / (".epicrisis-tiny.staging" if stage == "journaled" else "epicrisis-tiny")
    (new / "onnx" / "model_q4.onnx").write_bytes(b"damaged")  # a disk error after the kill
    proc = recover(app)
    assert proc.returncode == 0, proc.stderr
    assert "undid the interrupted promotion of local/epicrisis-tiny" in proc.stderr
    assert served(app, "epicrisis-tiny") == "int8" and (app / REGISTRY).read_bytes() == before
    assert agreement_problems(app) == []


def test_kills_at_random_moments_always_recover_to_agreement(tiny_export, app_with_int8):
    app = app_with_int8
    rng = random.Random(13)
    args = {v: promote_args(tiny_export.out, app, "local/epicrisis-tiny", v) for v in ("int8", "int4", "fp32")}
    duration = max(_seconds(args["int4"]), 0.2)
    for round_ in range(10):
        variant = ("int4", "fp32")[round_ % 2]
        if round_ < 4:  # anywhere in the run (start-up is most of it)
            status = kill_after(args[variant], rng.uniform(0.4, 1.1) * duration)
        else:  # somewhere after the copy is verified: journal, swap, catalogue, clean-up
            status = kill_after_stage(args[variant], "verified", rng.uniform(0.0, 0.015))
        assert served(app, "epicrisis-tiny") in ("int8", variant)  # never a mix, never missing
        if (app / "backend/models/.promotion.json").exists() and rng.random() < 0.5:  # and its recovery
            kill_after_stage([EPICRISIS, "promote", "--recover", str(app)], "recovering", rng.uniform(0.0, 0.01))
        proc = recover(app)
        assert proc.returncode == 0, proc.stderr
        assert agreement_problems(app) == []
        if status == 0:
            assert listed_dtype(app, "local/epicrisis-tiny") == {"int4": "q4", "fp32": "fp32"}[variant]
        assert run(args["int8"]).returncode == 0  # the old model again, for the next round


def _seconds(args: list[str]) -> float:
    import time

    began = time.perf_counter()
    assert run(args).returncode == 0
    return time.perf_counter() - began


def test_promote_recover_alone_and_its_usage_errors(tiny_export, app):
    proc = recover(app)
    assert proc.returncode == 0 and "nothing to recover" in proc.stderr and proc.stdout == ""
    both = run([EPICRISIS, "promote", str(tiny_export.out), "--recover", str(app)])
    assert both.returncode == 2 and "--recover APP takes no EXPORT_DIR" in both.stderr
    nothing = run([EPICRISIS, "promote", "--app", str(app)])
    assert nothing.returncode == 2 and "missing EXPORT_DIR, --id" in nothing.stderr
    garbage = app / "backend" / "models" / ".promotion.json"
    garbage.write_text("{not json", encoding="utf-8")
    proc = recover(app)
    assert proc.returncode == 2 and f"{garbage}: unreadable promotion journal" in proc.stderr
    assert "Traceback" not in proc.stderr


# Item 6: what is written into TypeScript.

def test_names_with_line_breaks_are_js_string_literals_and_ids_must_match_whole(tiny_export, app):
    name = "Epicrisis\r\n'nueva' \"v2\" \\ \u2028 \x1b[2J"
    proc = run([*promote_args(tiny_export.out, app, "local/abc", "int8"), "--name", name,
                "--description", "línea 1\nlínea 2\r"])
    assert proc.returncode == 0, proc.stderr
    text = (app / REGISTRY).read_text(encoding="utf-8")
    assert "\r" not in text and "\u2028" not in text and "\x1b" not in text
    entry = next(e for e in catalogue(app) if e["id"] == "local/abc")
    assert entry["name"] == name and entry["description"] == "línea 1\nlínea 2\r"
    if shutil.which("node"):  # the array as JavaScript reads it
        start = text.index("[", text.index("export const LLM_MODELS"))
        end = text.index("];\n\nexport const DEFAULT")
        script = f"process.stdout.write(JSON.stringify({text[start:end + 1]}))"
        parsed = json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True,
                                           check=True).stdout)
        assert [e["name"] for e in parsed if e["id"] == "local/abc"] == [name]
    before = (app / REGISTRY).read_bytes()
    for bad in ("local/abc\n", "local/abc\r", "local/abc\t", " local/abc"):
        proc = run(promote_args(tiny_export.out, app, bad, "int8"))
        assert proc.returncode == 2 and "must be local/NAME" in proc.stderr, proc.stderr
    assert (app / REGISTRY).read_bytes() == before and registered_ids(app / REGISTRY).count("local/abc") == 1


# Item 7: nothing written outside the app through symlinks.

def test_a_symlinked_frontend_leading_outside_is_refused(tiny_export, app, tmp_path):
    outside = tmp_path / "outside-frontend"
    shutil.move(app / "frontend", outside)
    (app / "frontend").symlink_to(outside, target_is_directory=True)
    before = (outside / REGISTRY.relative_to("frontend")).read_bytes()
    proc = run(promote_args(tiny_export.out, app, "local/x", "int8"))
    assert proc.returncode == 2 and "resolves outside" in proc.stderr and proc.stdout == ""
    assert (outside / REGISTRY.relative_to("frontend")).read_bytes() == before
    assert not (app / "backend" / "models" / "x").exists()


def test_a_lock_symlink_is_not_followed(tiny_export, app, tmp_path):
    target = tmp_path / "created-by-the-lock"
    (app / "backend" / "models" / ".promotion.lock").symlink_to(target)
    proc = run(promote_args(tiny_export.out, app, "local/x", "int8"))
    assert proc.returncode == 2 and "is a symlink: refusing" in proc.stderr
    assert not target.exists()


def test_a_symlinked_catalogue_is_refused_and_stays_a_symlink(tiny_export, app):
    registry = app / REGISTRY
    real = registry.with_name("real.types.ts")
    registry.rename(real)
    registry.symlink_to(real.name)
    before = real.read_bytes()
    proc = run(promote_args(tiny_export.out, app, "local/x", "int8"))
    assert proc.returncode == 2 and "is a symlink: refusing to replace it" in proc.stderr
    assert registry.is_symlink() and real.read_bytes() == before


# Item 4 (promote): unwritable places are exit 2 naming them, and change nothing.

@contextmanager
def read_only(folder: Path):
    """``folder`` unwritable even for root (which ignores modes): chattr +i then."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)],
                                                           capture_output=True).returncode != 0:
            pytest.skip("running as root without chattr +i: cannot make a folder read-only")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)


@pytest.mark.parametrize("where", ["models", "registry folder", "app"])
def test_unwritable_places_are_exit_2_and_change_nothing(where, tiny_export, app):
    models = app / "backend" / "models"
    if where == "app":  # no models folder yet, in a read-only backend/
        shutil.rmtree(models)
    folder = {"models": models, "registry folder": (app / REGISTRY).parent, "app": app / "backend"}[where]
    before = (app / REGISTRY).read_bytes()
    with read_only(folder):
        proc = run(promote_args(tiny_export.out, app, "local/x", "int8"))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert str(folder) in proc.stderr and ("cannot write" in proc.stderr or "ermission" in proc.stderr
                                           or "not permitted" in proc.stderr)
    assert (app / REGISTRY).read_bytes() == before
    if models.exists():
        assert not (models / "x").exists() and not list(models.glob(".x.*"))


# Item 10: the Transformers.js verification's temporary folders.

def test_a_killed_verifications_folder_is_removed_at_the_next_start_and_is_private(tmp_path, monkeypatch):
    from export import verify_js

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    code = ("from export.verify_js import scratch_dir\nimport time\nwith scratch_dir() as d:\n"
            " (d / 'request.json').write_text('datos del paciente')\n print(d, flush=True)\n time.sleep(120)\n")
    holders = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "TMPDIR": str(tmp_path)}) for _ in range(2)]
    killed, alive = (Path(p.stdout.readline().strip()) for p in holders)
    assert (killed.stat().st_mode & 0o777) == 0o700
    holders[0].send_signal(signal.SIGKILL)
    holders[0].wait()
    try:
        with verify_js.scratch_dir() as mine:
            assert not killed.exists()  # the dead run's patient data is gone
            assert alive.exists()  # a verification still running keeps its folder
            assert mine.parent == tmp_path
        assert not mine.exists()
    finally:
        holders[1].kill()
        holders[1].wait()


@pytest.mark.parametrize("damaged", [False, True], ids=["forward", "back"])
def test_recovery_from_between_the_two_renames_of_a_swap_without_rename_exchange(damaged, tiny_export,
                                                                                  app_with_int8):
    """Where RENAME_EXCHANGE is missing (Windows, old kernels) a swap is two
    renames; a kill between them leaves no folder at NAME at all."""
    app = app_with_int8
    kill_at_stage(promote_args(tiny_export.out, app, "local/epicrisis-tiny", "int4"), "journaled")
    models = app / "backend" / "models"
    shutil.rmtree(models / ".epicrisis-tiny.previous", ignore_errors=True)
    (models / "epicrisis-tiny").rename(models / ".epicrisis-tiny.previous")  # the first rename, then the kill
    if damaged:
        (models / ".epicrisis-tiny.staging" / "onnx" / "model_q4.onnx").write_bytes(b"damaged")
    proc = recover(app)
    assert proc.returncode == 0, proc.stderr
    assert agreement_problems(app) == []
    assert served(app, "epicrisis-tiny") == ("int8" if damaged else "int4")
    if not damaged:
        assert manifest_state(models / ".epicrisis-tiny.previous") == "int8"


# The catalogue parser on whatever the app's rag.types.ts may hold.

TS_PIECES = ["export const LLM_MODELS: LLMModelConfig[] = [", "export const LLM_MODELS = [", "[", "]", "{", "}",
             "(", ")", ",", "'", '"', "`", "\\", "//", "/*", "*/", "\n", "\r\n", " ", "id: ", "id: 'local/x'",
             "{ id: 'local/x', name: 'x' },", "name: 'a]b'", "\u2028", "ñ", "\x00"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(TS_PIECES), max_size=40).map("".join))
def test_the_catalogue_parser_refuses_or_registers_and_never_crashes(text):
    from export.app_registry import ModelEntry, register_model
    from harness.errors import UsageError

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rag.types.ts"
        path.write_text(text, encoding="utf-8", newline="")
        entry = ModelEntry(id="local/new", name="n'\"\r\n", description="d", size="1 MB", dtype="q8",
                           local_path="/models/new", wasm_only=True)
        try:
            before = registered_ids(path)
            _, after = register_model(path, entry)
        except UsageError as exc:
            assert str(exc).startswith(f"{path}:") or str(exc).startswith(f"{path} ")
            return
        path.write_text(after, encoding="utf-8", newline="")
        assert registered_ids(path).count("local/new") == 1
        assert [i for i in registered_ids(path) if i != "local/new"] == [i for i in before if i != "local/new"]


def test_a_catalogue_that_is_not_utf8_is_exit_2_naming_it(tiny_export, app):
    registry = app / REGISTRY
    registry.write_bytes(registry.read_bytes().replace(b"multiling\xc3\xbce", b"multiling\xfce"))
    proc = run(promote_args(tiny_export.out, app, "local/x", "int8"))
    assert proc.returncode == 2 and f"{registry}:" in proc.stderr and "not valid UTF-8" in proc.stderr
    assert "Traceback" not in proc.stderr and not (app / "backend" / "models" / "x").exists()
