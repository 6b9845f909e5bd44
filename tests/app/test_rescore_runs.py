"""Rescoring streamed through the worker pool: several runs at once, the
bytes each run's own rescore writes, corrupt cache lines located, the outputs files closed."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import harness.evaluate
from harness.config import Config
from harness.errors import InputError
from harness.evaluate import rescore, rescore_runs
from harness.runs import RunDir
from tests.synthetic_runs import clean, markdown, no_prefix, samples, write_run

WRITTEN = ("findings.jsonl", "scorecard.json")


@pytest.fixture(scope="module")
def split_runs(tmp_path_factory):
    """Three runs of one validation split (what a training run's checkpoints
    leave), scored once each on their own."""
    base = tmp_path_factory.mktemp("split")
    rows = samples(12)
    for name, defect in (("a", clean), ("b", no_prefix), ("c", markdown)):
        write_run(base / name, [(sid, data, defect(text)) for sid, data, text in rows], model=name)
    return base


def _copies(split_runs, tmp_path):
    runs = []
    for name in ("a", "b", "c"):
        shutil.copytree(split_runs / name, tmp_path / name)
        for file in WRITTEN:
            (tmp_path / name / file).unlink()
        runs.append(tmp_path / name)
    return runs


def _same_files(left, right):
    for file in WRITTEN:
        assert (left / file).read_bytes() == (right / file).read_bytes(), f"{left / file} differs"


@pytest.mark.parametrize("jobs", [1, 2])
def test_several_runs_write_what_each_writes_alone(split_runs, tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(harness.evaluate, "PARALLEL_MIN_RECORDS", 1)  # the pool, even for 36 records
    runs = _copies(split_runs, tmp_path)
    cards = rescore_runs([*runs, runs[0]], Config(), jobs=jobs)  # a directory named twice is scored once
    assert [c.model_fingerprint for c in cards] == [RunDir(r).read_manifest().model.fingerprint for r in runs]
    for run in runs:
        _same_files(run, split_runs / run.name)
    # the clean run passes more than the run whose outputs lost the hospital's opening
    assert cards[0].passed.count > cards[1].passed.count


def test_a_later_line_for_a_sample_wins(split_runs, tmp_path):
    run = _copies(split_runs, tmp_path)[0]
    manifest = RunDir(run).read_manifest()
    path = RunDir(run).outputs_path(manifest.key)
    lines = path.read_bytes().splitlines(keepends=True)
    first = lines[0].decode()
    # the first sample again, its input changed and its text now in markdown
    path.write_bytes(b"".join(lines) + first.replace('"text":"', '"text":"**Epicrisis** ', 1).encode())
    rescore(run, Config(), jobs=1)
    rows = RunDir(run).read_findings()
    assert [r.id for r in rows] == manifest.data.sample_ids
    assert any(f["check"] == "FMT002" for f in rows[0].findings)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_corrupt_line_is_located_from_a_worker_too(split_runs, tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(harness.evaluate, "PARALLEL_MIN_RECORDS", 1)
    run = _copies(split_runs, tmp_path)[1]
    manifest = RunDir(run).read_manifest()
    path = RunDir(run).outputs_path(manifest.key)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[6] = lines[6].replace(b'"finish_reason":"eos"', b'"finish_reason":"stop"')
    path.write_bytes(b"".join(lines))
    with pytest.raises(InputError, match=rf"^{path}:7: corrupt cache line \(finish_reason: "):
        rescore(run, Config(), jobs=jobs)
    assert not (run / "findings.jsonl").exists() and not (run / "scorecard.json").exists()


def test_the_output_files_read_are_closed_when_the_rescore_ends_or_fails(split_runs, tmp_path, monkeypatch):
    readers = []

    class Recorded(harness.evaluate.OutputCache):
        def line_at(self, start, end):
            line = super().line_at(start, end)
            readers.append(self._reader)
            return line

    monkeypatch.setattr(harness.evaluate, "OutputCache", Recorded)
    runs = _copies(split_runs, tmp_path)
    rescore_runs(runs, Config(), jobs=1)
    assert len({id(r) for r in readers}) == len(runs) and all(r.closed for r in readers)  # one handle a file
    readers.clear()
    path = RunDir(runs[1]).outputs_path(RunDir(runs[1]).read_manifest().key)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[6] = lines[6].replace(b'"finish_reason":"eos"', b'"finish_reason":"stop"')  # found by a worker
    path.write_bytes(b"".join(lines))
    with pytest.raises(InputError, match="corrupt cache line"):
        rescore_runs(runs, Config(), jobs=1)
    assert readers and all(r.closed for r in readers)


def test_a_corrupt_line_a_later_one_replaces_is_still_refused(split_runs, tmp_path):
    """As when the cache is loaded whole: every line must be a record."""
    run = _copies(split_runs, tmp_path)[0]
    path = RunDir(run).outputs_path(RunDir(run).read_manifest().key)
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([lines[0].replace(b'"prompt_tokens":200', b'"prompt_tokens":"many"'), *lines, lines[0]]))
    with pytest.raises(InputError, match=rf"^{path}:1: corrupt cache line \(prompt_tokens: "):
        rescore(run, Config(), jobs=1)
    path.write_bytes(b"".join([b'{"key": 1}\n', *lines]))
    with pytest.raises(InputError, match=rf"^{path}:1: corrupt cache line \(key: "):
        rescore(run, Config(), jobs=1)


def test_cli_rescores_several_runs(split_runs, tmp_path):
    runs = _copies(split_runs, tmp_path)
    proc = subprocess.run([sys.executable, "-m", "harness.app.cli", "rescore", *map(str, runs), "--no-config",
                           "--lang", "en"], capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    for run in runs:
        assert f"{run}: passed " in proc.stderr
        _same_files(run, split_runs / run.name)
    missing = subprocess.run([sys.executable, "-m", "harness.app.cli", "rescore", str(runs[0]), str(tmp_path / "none"),
                              "--no-config"], capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False)
    assert missing.returncode == 2 and "not a run directory" in missing.stderr


@pytest.mark.parametrize("command", ["rescore", "check"])
def test_help_loads_no_model_library(command):
    code = ("import sys; from harness.app.cli import main; sys.argv = ['epicrisis', sys.argv[1], '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('loaded:', sorted(m for m in ('torch', 'onnxruntime', 'transformers') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, command], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert "RUN_DIR" in proc.stdout if command == "rescore" else "Usage" in proc.stdout
    assert proc.stdout.rstrip().endswith("loaded: []")


def test_an_interrupted_run_is_refused_before_anything_is_written(split_runs, tmp_path):
    runs = _copies(split_runs, tmp_path)
    path = RunDir(runs[2]).outputs_path(RunDir(runs[2]).read_manifest().key)
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:-2]))
    with pytest.raises(InputError, match=rf"^{path}: 2 of 12 samples have no output \(first: 's0010'\)"):
        rescore_runs(runs, Config(), jobs=1)
    assert not any((run / file).exists() for run in runs for file in WRITTEN)


def test_the_input_error_that_stopped_a_rescore_is_reported_when_its_writes_fail_too(split_runs, tmp_path, monkeypatch):
    """Runs completed before a bad cache line are written at the end; if that
    write fails as well, the user is told about the line, not the disk."""
    import harness.atomic
    from harness.errors import OutputError

    runs = _copies(split_runs, tmp_path)
    path = RunDir(runs[2]).outputs_path(RunDir(runs[2]).read_manifest().key)
    lines = path.read_bytes().splitlines(keepends=True)
    # its last sample: checked after the other runs' last ones (sample-major order), so they are staged
    lines[-1] = lines[-1].replace(b'"finish_reason":"eos"', b'"finish_reason":"stop"')
    path.write_bytes(b"".join(lines))
    commits = []

    def failing_commit(self):
        commits.append(len(self._staged))
        self.discard()
        raise OutputError(str(runs[0]), OSError(28, "No space left on device"))

    monkeypatch.setattr(harness.atomic.FileBatch, "commit", failing_commit)
    monkeypatch.setattr(harness.evaluate, "_CHUNK", 1)  # results come back record by record, as in a long rescore
    with pytest.raises(InputError, match=rf"^{path}:{len(lines)}: corrupt cache line"):
        rescore_runs(runs, Config(), jobs=1)
    assert commits == [4]  # the two earlier runs' files were staged, and their write was tried  # the earlier runs were staged, and their write was tried
    assert not any((run / file).exists() for run in runs for file in WRITTEN)
