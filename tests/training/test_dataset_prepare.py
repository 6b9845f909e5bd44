"""`epicrisis data prepare` run as users run it: the console script in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from training.data import prepare
from training.data.generator import BUNDLED_DIR, BUNDLED_FILES, dumps_record, generate_records

EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent)) or shutil.which("epicrisis")
BUNDLED = [BUNDLED_DIR / name for name, _, _ in BUNDLED_FILES]
# The validation split of the bundled dataset (seed 42, 10%): a change here
# means the split or the bundled data changed, and every earlier score with it.
PINNED_VALIDATION = (
    [f"dataset_epicrisis_175:{n}"
     for n in (4, 14, 16, 25, 41, 78, 79, 93, 95, 104, 106, 134, 136, 156, 163, 164, 167)]
    + [f"dataset_epicrisis_176_350_final:{n}"
       for n in (24, 29, 42, 65, 81, 85, 89, 91, 94, 107, 112, 113, 115, 126, 149, 160, 162, 170)]
)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    return subprocess.run([EPICRISIS, "data", "prepare", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def good_lines(n: int, seed: int = 11) -> list[bytes]:
    return [dumps_record(r).encode("utf-8") for r in generate_records(n, seed)]


def ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


BAD_LINES = [
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": ', "invalid JSON"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}}', "missing 'output'"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": "   "}', "empty 'output'"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": 3}', "'output' must be a string, got number"),
    (b'{"input": {"a": 1}, "output": "Ingresa por x"}', "missing 'instruction'"),
    (b'{"instruction": ["Epicrisis:"], "input": {"a": 1}, "output": "Ingresa por x"}',
     "'instruction' must be a string, got array"),
    (b'{"instruction": "Epicrisis:", "output": "Ingresa por x"}', "missing 'input'"),
    (b'{"instruction": "Epicrisis:", "input": 7, "output": "Ingresa por x"}',
     "'input' must be an object, array or string, got number"),
    (b'{"instruction": "Epicrisis:", "input": {}, "output": "Ingresa por x"}', "empty 'input'"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": "Ingresa por x", "id": null}',
     "'id' must be a non-empty string or integer"),
    (b'["Epicrisis:", {"a": 1}, "Ingresa por x"]', "expected a JSON object, got array"),
    (b"   ", "blank line"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": "Ingresa por \xe9"}',
     "not valid UTF-8 (byte 73 of the line)"),
    (b'{"instruction": "Epicrisis:", "input": {"a": 1}, "output": "Ingresa por x"}\r', "CRLF line end"),
    (b'\xef\xbb\xbf{"instruction": "Epicrisis:", "input": {"a": 1}, "output": "Ingresa por x"}',
     "UTF-8 byte-order mark (BOM)"),
]


@pytest.mark.parametrize("bad, reason", BAD_LINES, ids=[r for _, r in BAD_LINES])
def test_each_malformed_line_is_rejected_with_its_place_and_reason(tmp_path, bad, reason):
    lines = good_lines(3)
    lines.insert(1, bad)
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    reading = prepare.read_examples([src])
    assert len(reading.rejected) == 1
    assert str(reading.rejected[0].as_error()).startswith(f"{src}:2: {reason}")
    assert [ex.line for ex in reading.examples] == [1, 3, 4] and reading.lines == 4


def test_malformed_lines_exit_2_all_reported_and_nothing_written(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join([*good_lines(2), *(bad for bad, _ in BAD_LINES)]) + b"\n")
    out = tmp_path / "out"
    proc = run(str(src), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 2
    for number, (_, reason) in enumerate(BAD_LINES, start=3):
        assert f"{src}:{number}: {reason}" in proc.stderr
    assert "nothing written" in proc.stderr and proc.stdout == ""
    assert not out.exists()


def test_skip_invalid_keeps_the_accounting_identity(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(b"\n".join([*good_lines(12), *(bad for bad, _ in BAD_LINES[:8])]) + b"\n")
    second.write_bytes(b"\n".join([*(bad for bad, _ in BAD_LINES[8:]), *good_lines(9, seed=12)]))  # no final newline
    total = 12 + len(BAD_LINES) + 9
    out = tmp_path / "out"
    proc = run(str(first), str(second), "--out", str(out), "--skip-invalid", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    train, validation = rows(out / "train.jsonl"), rows(out / "validation.jsonl")
    rejected = rows(out / "rejected.jsonl")
    assert len(train) + len(validation) + len(rejected) == total
    assert (len(train), len(validation), len(rejected)) == (18, 3, len(BAD_LINES))
    assert f"{total} lines from 2 file(s): 18 train, 3 validation, {len(BAD_LINES)} rejected" in proc.stdout
    assert [(r["file"], r["line"]) for r in rejected][:2] == [(str(first), 13), (str(first), 14)]
    by_reason = {r["reason"]: r for r in rejected}
    utf8 = next(r for reason, r in by_reason.items() if reason.startswith("not valid UTF-8"))
    assert utf8["raw"].endswith('Ingresa por \\xe9"}')  # the undecodable byte kept visible
    assert all(set(r) == {"file", "line", "reason", "raw"} for r in rejected)
    assert {r["id"] for r in train + validation} >= {"a:1", "b:9"}


def test_duplicates_are_reported_and_dedupe_removes_them(tmp_path):
    lines = good_lines(10)
    changed = json.loads(lines[3])
    changed["output"] = changed["output"] + " Se indica reposo."
    lines += [lines[1], json.dumps(changed, ensure_ascii=False).encode("utf-8")]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    kept = run(str(src), "--out", str(tmp_path / "kept"), cwd=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert f"{src}:11: exact duplicate of {src}:2" in kept.stderr
    assert f"{src}:12: duplicate input with a different output of {src}:4" in kept.stderr
    assert "12 lines from 1 file(s): 10 train, 2 validation, 0 rejected" in kept.stdout
    deduped = run(str(src), "--out", str(tmp_path / "dedup"), "--dedupe", cwd=tmp_path)
    assert deduped.returncode == 0, deduped.stderr
    assert "12 lines from 1 file(s): 9 train, 1 validation, 2 rejected" in deduped.stdout
    rejected = rows(tmp_path / "dedup" / "rejected.jsonl")
    assert [(r["line"], r["reason"].split(" of ")[0]) for r in rejected] == [
        (11, "exact duplicate"), (12, "duplicate input with a different output")]
    assert "in:11" not in ids(tmp_path / "dedup" / "train.jsonl") + ids(tmp_path / "dedup" / "validation.jsonl")


def test_bundled_dataset_splits_315_35_with_pinned_validation_ids(tmp_path):
    out = tmp_path / "out"
    proc = run(*map(str, BUNDLED), "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "350 lines from 2 file(s): 315 train, 35 validation, 0 rejected" in proc.stdout
    assert ids(out / "validation.jsonl") == PINNED_VALIDATION
    assert len(ids(out / "train.jsonl")) == 315 and not set(ids(out / "train.jsonl")) & set(PINNED_VALIDATION)
    record = rows(out / "validation.jsonl")[0]
    assert list(record) == ["id", "instruction", "input", "output"]
    # the split follows the records, not the order the files come in
    assert run(*map(str, reversed(BUNDLED)), "--out", str(tmp_path / "again"), cwd=tmp_path).returncode == 0
    assert sorted(ids(tmp_path / "again" / "validation.jsonl")) == sorted(PINNED_VALIDATION)


def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(good_lines(20)) + b"\n")
    out = tmp_path / "out"
    assert run(str(src), "--out", str(out), cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["rejected.jsonl", "train.jsonl", "validation.jsonl"]
    assert oct((out / "train.jsonl").stat().st_mode & 0o777) != oct(0o600)  # readable like any file the user writes
    before = (out / "train.jsonl").read_bytes()
    # a failed run leaves the previous split untouched
    src.write_bytes(b"\n".join([*good_lines(20, seed=3), b"{"]) + b"\n")
    assert run(str(src), "--out", str(out), cwd=tmp_path).returncode == 2
    assert (out / "train.jsonl").read_bytes() == before
    # a target that cannot be replaced fails before anything is renamed
    blocked = tmp_path / "blocked"
    (blocked / "validation.jsonl").mkdir(parents=True)
    src.write_bytes(b"\n".join(good_lines(20)) + b"\n")
    proc = run(str(src), "--out", str(blocked), cwd=tmp_path)
    assert proc.returncode == 2 and f"{blocked / 'validation.jsonl'}: cannot write: Is a directory" in proc.stderr
    assert sorted(p.name for p in blocked.iterdir()) == ["validation.jsonl"]


def test_check_reports_reference_outputs_that_break_the_checklist(tmp_path):
    lines = good_lines(10)
    broken = json.loads(lines[0])
    broken["output"] = "Paciente " + broken["output"][len("Ingresa por "):]
    lines[0] = json.dumps(broken, ensure_ascii=False).encode("utf-8")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    proc = run(str(src), "--out", str(tmp_path / "out"), "--check", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "checklist: 1 of 10 reference outputs fail (FMT001: 1)" in proc.stdout


@pytest.mark.parametrize("content, message", [
    (None, "file not found"),
    (b"", "no records: the file is empty"),
])
def test_unreadable_inputs_are_usage_errors(tmp_path, content, message):
    src = tmp_path / "in.jsonl"
    if content is not None:
        src.write_bytes(content)
    proc = run(str(src), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 2 and f"{src}: {message}" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_ratio_that_leaves_nothing_to_train_is_a_usage_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(good_lines(3)) + b"\n")
    for ratio in ("0", "1.5", "0.9"):
        proc = run(str(src), "--out", str(tmp_path / "out"), "--val-ratio", ratio, cwd=tmp_path)
        assert proc.returncode == 2, (ratio, proc.stdout)
    assert not (tmp_path / "out").exists()
