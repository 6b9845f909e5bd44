"""harness.atomic's file writers: the one way the package replaces a record
or a data split (the folder fsynced after the rename, all files of a set
written before any is renamed, nothing left behind on failure), one set at a
time or many in a batch."""

from __future__ import annotations

import os

import pytest

import harness.atomic as atomic
from harness.atomic import FileBatch, write_atomic, write_bytes_atomic, write_files_atomic
from harness.errors import OutputError


def test_the_folder_is_fsynced_after_the_rename(tmp_path, monkeypatch):
    synced = []
    real = atomic.fsync_dir
    monkeypatch.setattr(atomic, "fsync_dir", lambda folder: (synced.append(folder), real(folder)))
    target = tmp_path / "deep" / "run.json"
    write_atomic(target, "ñandú\n")
    assert target.read_bytes() == "ñandú\n".encode("utf-8")
    assert synced == [tmp_path / "deep"]  # without it a power cut can undo the rename
    write_bytes_atomic(target, b"a\r\nb")
    assert target.read_bytes() == b"a\r\nb"  # bytes kept exactly
    assert os.listdir(tmp_path / "deep") == ["run.json"]


def test_a_set_of_files_is_replaced_only_when_every_file_was_written(tmp_path, monkeypatch):
    write_files_atomic(tmp_path, {"train.jsonl": "old train\n", "validation.jsonl": "old validation\n"})
    real = atomic._write_new

    def disk_full_on_the_second(tmp, data, **options):
        if "validation" in tmp.name:
            raise OSError(28, "No space left on device")
        real(tmp, data, **options)

    monkeypatch.setattr(atomic, "_write_new", disk_full_on_the_second)
    with pytest.raises(OutputError, match=r"validation.jsonl: cannot write: No space left on device"):
        write_files_atomic(tmp_path, {"train.jsonl": "new train\n", "validation.jsonl": "new validation\n"})
    assert (tmp_path / "train.jsonl").read_text() == "old train\n"  # never a new train beside an old validation
    assert sorted(os.listdir(tmp_path)) == ["train.jsonl", "validation.jsonl"]  # no temporary file left


def test_a_folder_in_the_way_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "validation.jsonl").mkdir()
    with pytest.raises(OutputError, match=r"validation.jsonl: cannot write: Is a directory"):
        write_files_atomic(tmp_path, {"train.jsonl": "t\n", "validation.jsonl": "v\n"})
    assert sorted(os.listdir(tmp_path)) == ["validation.jsonl"]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match=rf"{blocker / 'r.json'}: cannot write"):
        write_atomic(blocker / "r.json", "{}")  # the file is named even when its folder cannot be made


def _run(folder, findings, scorecard):
    return folder, {"findings.jsonl": findings, "scorecard.json": scorecard}


@pytest.mark.skipif(atomic._SYNCFS is None, reason="syncfs is Linux's")
def test_a_batch_renames_nothing_before_everything_is_flushed(tmp_path, monkeypatch):
    runs = [tmp_path / "run-a", tmp_path / "run-b"]
    for run in runs:
        write_files_atomic(*_run(run, "old\n", "{}\n"))
    events = []
    real_sync, real_replace = atomic._syncfs, os.replace
    monkeypatch.setattr(atomic, "_syncfs", lambda folders: (events.append(("sync", sorted(folders))),
                                                            real_sync(folders)))
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (events.append(("rename", b)), real_replace(a, b)))
    batch = FileBatch()
    for run in runs:
        batch.stage(*_run(run, "new\n", '{"passed": 1}\n'))
    assert [(run / "findings.jsonl").read_text() for run in runs] == ["old\n", "old\n"]  # staged: not yet in place
    batch.commit()
    # one flush before the first rename (the data is on disk), one after the last (the renames are)
    assert events[0] == ("sync", runs) and events[-1] == ("sync", runs)
    assert [e[0] for e in events[1:-1]] == ["rename"] * 4
    for run in runs:
        assert (run / "findings.jsonl").read_text() == "new\n"
        assert (run / "scorecard.json").read_text() == '{"passed": 1}\n'
        assert sorted(os.listdir(run)) == ["findings.jsonl", "scorecard.json"]  # no temporary file left


def test_a_batch_without_syncfs_fsyncs_each_file_and_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_SYNCFS", None)
    written, synced = [], []
    real_write, real_dir = atomic._write_new, atomic.fsync_dir
    monkeypatch.setattr(atomic, "_write_new", lambda tmp, data, *, sync=True: (written.append(sync),
                                                                                 real_write(tmp, data, sync=sync)))
    monkeypatch.setattr(atomic, "fsync_dir", lambda folder: (synced.append(folder), real_dir(folder)))
    batch = FileBatch()
    batch.stage(*_run(tmp_path / "a", "f\n", "s\n"))
    batch.commit()
    assert written == [True, True] and synced == [tmp_path / "a"]
    assert (tmp_path / "a" / "scorecard.json").read_text() == "s\n"


def test_a_set_that_fails_to_stage_leaves_the_others_staged(tmp_path):
    batch = FileBatch()
    batch.stage(*_run(tmp_path / "a", "f\n", "s\n"))
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "scorecard.json").mkdir()  # a folder in the way
    with pytest.raises(OutputError, match=r"scorecard.json: cannot write: Is a directory"):
        batch.stage(*_run(tmp_path / "b", "f\n", "s\n"))
    assert os.listdir(tmp_path / "b") == ["scorecard.json"]  # nothing of the failed set left
    batch.commit()
    assert (tmp_path / "a" / "findings.jsonl").read_text() == "f\n"
    batch.stage(*_run(tmp_path / "c", "f\n", "s\n"))
    batch.discard()
    assert os.listdir(tmp_path / "c") == []  # discarded: the targets as they were, no temporary file
