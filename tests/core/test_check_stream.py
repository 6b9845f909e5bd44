"""`epicrisis check` as a stream: the same bytes for any --jobs, the spec's
JSON document written piece by piece, bad lines anywhere refused with
nothing on stdout, and input evidence shared by records with one input."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.app.check_stream import CHUNK_LINES, finding_lines, stream_check
from harness.app.render import render_json
from harness.checking import CheckPool, check_many
from harness.config import Config
from harness.engine import Engine
from harness.errors import InputErrors
from harness.jsonl import read_check_records

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "bench" / "data" / "labelled.jsonl"
EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent)) or shutil.which("epicrisis")


def _rows(n: int) -> list[dict]:
    """``n`` records cycling the labelled corpus, each input made distinct."""
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        row = rows[i % len(rows)]
        data = row["input"]
        tag = f"episodio {i}"
        data = {**data, "episodio": tag} if isinstance(data, dict) else (
            [*data, tag] if isinstance(data, list) else f"{data}\n{tag}")
        out.append({"id": f"r{i}", "input": data, "output": row["output"]})
    return out


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("stream") / "records.jsonl"
    # more than two chunks, so two workers each take several
    lines = [json.dumps(r, ensure_ascii=False) for r in _rows(CHUNK_LINES * 3 + 17)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(*args) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    return subprocess.run([EPICRISIS, *map(str, args)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_jobs_1_and_jobs_2_write_the_same_bytes(records, fmt):
    one = _cli("check", records, "--format", fmt, "--no-config", "--jobs", "1")
    two = _cli("check", records, "--format", fmt, "--no-config", "--jobs", "2")
    assert one.returncode == two.returncode == 1, (one.stderr, two.stderr)
    assert one.stdout == two.stdout
    assert len(one.stdout) > 10_000
    if fmt == "json":
        assert json.loads(one.stdout)["summary"]["records"] == CHUNK_LINES * 3 + 17


def test_the_streamed_document_is_the_one_json_dumps_writes(records):
    engine = Engine(Config())
    items = read_check_records(records)
    expected = render_json([engine.check(r.output, r.input, r.id) for r in items], engine) + "\n"
    for jobs in (1, 2):
        out = io.StringIO()
        tally = stream_check(str(records), engine, format="json", lang="es", jobs=jobs, out=out)
        assert out.getvalue() == expected
        assert tally.records == len(items)


def test_a_bad_last_line_leaves_stdout_empty(tmp_path, records):
    bad = tmp_path / "bad.jsonl"
    text = records.read_text(encoding="utf-8")
    first_id = json.loads(text.split("\n", 1)[0])["id"]
    bad.write_text(text + json.dumps({"id": first_id, "output": "Ingresa por x"}) + "\n{\"output\": 3}\n",
                   encoding="utf-8")
    n = text.count("\n")
    proc = _cli("check", bad, "--format", "json", "--no-config", "--jobs", "2")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"{bad}:{n + 1}: duplicate id '{first_id}' (first on line 1)",
        f"{bad}:{n + 2}: 'output' must be a string, got number",
    ]
    with pytest.raises(InputErrors):
        stream_check(str(bad), Engine(Config()), format="text", lang="es", jobs=1, out=io.StringIO())


def test_text_lines_put_errors_first_and_escape_controls():
    engine = Engine(Config())
    result = engine.check("**Hola**\x1b[2J", {}, "r\n1")
    lines = finding_lines(result, "**Hola**\x1b[2J", 7, "f.jsonl", "es", markup=False)
    assert lines and all(line.startswith("f.jsonl:7: ") for line in lines)
    assert all("\x1b" not in line and "\n" not in line for line in lines)
    severities = [line.split()[2] for line in lines]
    assert severities == sorted(severities, key=lambda s: s != "error")


def test_check_many_keeps_order_for_any_jobs():
    items = [(r["output"], r["input"], r["id"]) for r in _rows(300)]
    one = list(check_many(items, Config(), jobs=1, chunk=16))
    two = list(check_many(items, Config(), jobs=2, chunk=16))
    assert [r.id for r in two] == [r["id"] for r in _rows(300)]
    assert one == two


def test_a_pool_in_a_torch_process_checks_in_process(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", sys)  # fork is unsafe once torch is loaded
    with CheckPool(Config(), jobs=2) as pool:
        assert not pool.parallel
        out = list(pool.map(lambda e, c: [e.check(o, i, rid) for o, i, rid in c], [[("Ingresa por x", {}, "a")]]))
    assert [r.id for r in out[0]] == ["a"]


def test_duplicate_ids_are_confirmed_by_reading_the_file_again(tmp_path):
    from harness.app.check_stream import _Ids

    path = tmp_path / "ids.jsonl"
    path.write_text('{"id": "a", "output": "x"}\n\n{"id": "b", "output": "x"}\n{"id": "c", "output": "x"}\n',
                    encoding="utf-8")
    ids = _Ids(str(path))
    assert ids.first_line("a", 1) is None and ids.first_line("b", 3) is None
    assert ids.first_line("a", 4) == 1  # a real duplicate: its first line
    ids.seen.add(hash("c"))  # as if "c" shared a 64-bit hash with an earlier id
    assert ids.first_line("c", 4) is None  # a collision, not a duplicate
