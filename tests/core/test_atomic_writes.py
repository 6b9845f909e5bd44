"""harness.atomic's file writers: the one way the package replaces a record
or a data split (the folder fsynced after the rename, all files of a set
written before any is renamed, nothing left behind on failure)."""

from __future__ import annotations

import os

import pytest

import harness.atomic as atomic
from harness.atomic import write_atomic, write_bytes_atomic, write_files_atomic
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

    def disk_full_on_the_second(tmp, data):
        if "validation" in tmp.name:
            raise OSError(28, "No space left on device")
        real(tmp, data)

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
