"""Issue 13, hostile input: the reproductions of items 3, 4, 5, 8, 9 and 11,
each as a regression test run as users run the CLI (the console script in a
subprocess). Exit status 2 always comes with ``FILE:LINE: reason`` (or
``FILE: reason``) on stderr, nothing on stdout, and never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from tests.export_fixtures import ENV, EPICRISIS
from tests.synthetic_runs import samples, write_run

DEEP_JSON = "[" * 1000 + "]" * 1000
BIG_INT = "9" * 5000


def cli(*args, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EPICRISIS, *map(str, args)], cwd=cwd, capture_output=True, text=True, env=ENV,
                          timeout=300, check=False)


def assert_located(proc: subprocess.CompletedProcess[str], where: str) -> None:
    """Exit 2 with ``where`` (FILE:LINE or FILE) starting a line of stderr."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert any(line.startswith(f"{where}:") for line in proc.stderr.splitlines()), proc.stderr


def jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def record(output: str = "Ingresa por neumonía (J18.9).", input_json: str = '{"edad": 72}') -> str:
    return f'{{"instruction": "Epicrisis:", "input": {input_json}, "output": "{output}"}}'


# Item 3: a model output with U+2028, U+2029 or U+0085 inside a quoted span.

def test_line_separators_in_a_models_output_keep_its_records_readable(tmp_path):
    rows = samples(4)
    sid, data, text = rows[0]
    rows[0] = (sid, data, text + " **a\u2028b\u0085c\u2029d**")  # FMT002 quotes the span in its message
    run = tmp_path / "run"
    write_run(run, rows)
    assert "\u2028" in (run / "findings.jsonl").read_text(encoding="utf-8")
    rescore = cli("rescore", run, "--no-config", cwd=tmp_path)
    assert rescore.returncode == 0, rescore.stderr
    gate = cli("gate", run, cwd=tmp_path)
    assert gate.returncode == 1 and "FMT002" in gate.stdout, gate.stderr  # judged, not "Invalid JSON"
    report = cli("report", run, "--out", tmp_path / "r.html", cwd=tmp_path)
    assert report.returncode == 0, report.stderr


# Item 4: deep nesting, huge numbers, lone surrogates, unwritable targets.

@pytest.mark.parametrize("line, reason", [
    ('{"output": "x", "input": ' + DEEP_JSON + "}", "nested more than 64 levels deep"),
    ('{"output": "x", "input": ' + BIG_INT + "}", "a number of 5000 digits"),
    ('{"output": "Ingresa por \\udc80 (J18.9)", "input": {}}', "lone surrogate \\udc80"),
    ('{"output": "Ingresa por x", "input": {"dx": "\\ud800"}}', "lone surrogate \\ud800"),
    ('{"output": "Ingresa por x", "input": {"\\udfff": 1}}', "lone surrogate \\udfff"),
])
def test_check_locates_deep_huge_and_surrogate_json(tmp_path, line, reason):
    records = jsonl(tmp_path / "r.jsonl", record(), line)
    for fmt in ("text", "json"):
        proc = cli("check", records, "--format", fmt, "--no-config", cwd=tmp_path)
        assert_located(proc, f"{records}:2")
        assert reason in proc.stderr


@pytest.mark.parametrize("skip", [False, True])
@pytest.mark.parametrize("line, reason", [
    (record(input_json=DEEP_JSON), "nested more than 64 levels deep"),
    (record(input_json=BIG_INT), "a number of 5000 digits"),
    (record(input_json='{"dx": "neumon\\udc80a"}'), "lone surrogate"),
])
def test_data_prepare_locates_deep_huge_and_surrogate_json(tmp_path, line, reason, skip):
    good = [record(output=f"Ingresa por caso {n} (J18.9).", input_json=f'{{"edad": {n}}}') for n in range(12)]
    data = jsonl(tmp_path / "d.jsonl", *good, line)
    proc = cli("data", "prepare", data, "--out", tmp_path / "out", *(["--skip-invalid"] if skip else []),
               cwd=tmp_path)
    if skip:  # written without it, and it is listed with its reason
        assert proc.returncode == 0, proc.stderr
        rejected = [json.loads(x) for x in (tmp_path / "out" / "rejected.jsonl").read_text().splitlines()]
        assert [(r["line"], reason in r["reason"]) for r in rejected] == [(13, True)]
    else:
        assert_located(proc, f"{data}:13")
        assert reason in proc.stderr and not (tmp_path / "out" / "train.jsonl").exists()


def test_eval_locates_deep_data_before_loading_any_model(tmp_path):
    data = jsonl(tmp_path / "d.jsonl", record(), record(input_json=DEEP_JSON))
    proc = cli("eval", "--model", tmp_path / "no-model", "--backend", "onnx", "--data", data, "--out",
               tmp_path / "run", cwd=tmp_path)
    assert_located(proc, f"{data}:2")


DEEP_TOML = "a = " + "[" * 2000 + "]" * 2000 + "\n"
HUGE_TOML = "[floors]\nmin_pass_rate = " + BIG_INT + "\n"


@pytest.mark.parametrize("text, line", [(DEEP_TOML, 1), (HUGE_TOML, 2), ("[floors\n", 1)])
def test_toml_files_that_break_the_parser_are_located(tmp_path, text, line):
    run = tmp_path / "run"
    write_run(run, samples(2))
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    for args in (("gate", run, "--gates", bad), ("report", run, "--gates", bad, "--out", tmp_path / "r.html"),
                 ("pipeline", "--gates", bad, "--out", tmp_path / "pipe"),
                 ("check", jsonl(tmp_path / "r.jsonl", record()), "--config", bad),
                 ("train", "--config", bad, "--output", tmp_path / "train")):
        proc = cli(*args, cwd=tmp_path)
        assert_located(proc, f"{bad}:{line}")
        assert "invalid TOML" in proc.stderr, args


def test_report_out_that_cannot_be_written_is_exit_2_and_leaves_no_temporary_file(tmp_path):
    run = tmp_path / "run"
    write_run(run, samples(2))
    folder = tmp_path / "a-folder"
    folder.mkdir()
    proc = cli("report", run, "--out", folder, cwd=tmp_path)
    assert_located(proc, str(folder))
    assert "cannot write" in proc.stderr and not list(tmp_path.glob(".a-folder*"))
    missing_parent = tmp_path / "file" / "r.html"
    (tmp_path / "file").write_text("not a folder")
    proc = cli("report", run, "--out", missing_parent, cwd=tmp_path)
    assert_located(proc, str(missing_parent))
    from tests.integration.test_hardening_promote import read_only

    locked = tmp_path / "read-only"
    locked.mkdir()
    with read_only(locked):
        proc = cli("report", run, "--out", locked / "r.html", cwd=tmp_path)
        assert_located(proc, str(locked / "r.html"))
        assert "cannot write" in proc.stderr and not list(locked.iterdir())


# Item 5: terminal escape injection.

def test_check_text_shows_control_characters_instead_of_sending_them(tmp_path):
    records = jsonl(tmp_path / "r.jsonl",
                    '{"id": "a\\u001bb", "output": "Paciente \\u001b[2J\\u001b]0;pwn\\u0007 **x\\u009b1m** \\u2028"}')
    proc = cli("check", records, "--format", "text", "--no-config", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert not any(c in proc.stdout for c in "\x1b\x07\x9b\u2028")
    assert "registro=a\\x1bb" in proc.stdout and "\\x1b[2J" in proc.stdout and "\\x9b" in proc.stdout


# Item 8: NaN, Infinity and duplicate keys in data prepare.

def test_data_prepare_rejects_non_numbers_and_duplicate_keys(tmp_path):
    good = [record(output=f"Ingresa por caso {n} (J18.9).", input_json=f'{{"edad": {n}}}') for n in range(10)]
    data = jsonl(tmp_path / "d.jsonl", *good, record(input_json='{"edad": NaN}'),
                 record(input_json='{"edad": Infinity}'), record(input_json='{"edad": -Infinity}'),
                 record(input_json='{"edad": 1e99999}'), record(input_json='{"edad": 1, "edad": 2}'))
    proc = cli("data", "prepare", data, "--out", tmp_path / "out", cwd=tmp_path)
    assert_located(proc, f"{data}:11")
    for line, reason in ((11, "NaN is not a number"), (12, "Infinity is not a number"),
                         (13, "-Infinity is not a number"), (14, "number 1e99999 is out of range"), (15, "duplicate key 'edad'")):
        assert f"{data}:{line}: {reason}" in proc.stderr
    proc = cli("data", "prepare", data, "--out", tmp_path / "out", "--skip-invalid", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name in ("train.jsonl", "validation.jsonl"):  # strict JSON readers accept every line written
        for line in (tmp_path / "out" / name).read_text(encoding="utf-8").splitlines():
            json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} written to {name}"))


# Item 9: JUnit XML, schema_version, line numbers after U+2028.

def test_junit_stays_valid_xml_whatever_the_model_wrote(tmp_path):
    rows = samples(3)
    rows = [(sid, data, "Paciente \ufffe\uffff\x01 " + text) for sid, data, text in rows]  # fails FMT001
    run = tmp_path / "run"
    write_run(run, rows)
    junit = tmp_path / "gates.xml"
    proc = cli("report", run, "--out", tmp_path / "r.html", "--junit", junit, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    suite = ET.parse(junit).getroot()  # expat refuses U+FFFE, U+FFFF and C0 controls
    text = "".join(suite.itertext())
    assert "\\ufffe\\uffff\\u0001" in text


@pytest.mark.parametrize("value", ["true", "1.0", '"1"'])
def test_gate_file_schema_version_must_be_the_integer_1(tmp_path, value):
    run = tmp_path / "run"
    write_run(run, samples(2))
    gates = tmp_path / "g.toml"
    gates.write_text(f"# policy\nschema_version = {value}\n[floors]\nmin_pass_rate = 0.5\n", encoding="utf-8")
    proc = cli("gate", run, "--gates", gates, cwd=tmp_path)
    assert_located(proc, f"{gates}:2")
    assert "schema_version" in proc.stderr


def test_a_line_separator_in_a_gate_file_comment_does_not_shift_line_numbers(tmp_path):
    run = tmp_path / "run"
    write_run(run, samples(2))
    gates = tmp_path / "g.toml"
    gates.write_text("# a comment \u2028 with \u2029 separators \u0085\n[floors]\nmin_pass_rate = 2\n",
                     encoding="utf-8")
    proc = cli("gate", run, "--gates", gates, cwd=tmp_path)
    assert_located(proc, f"{gates}:3")


# Item 11: the eval cache key covers the torch device and the thread count.

@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> dict[str, Path]:
    pytest.importorskip("torch")
    from tests import tiny_model

    root = tmp_path_factory.mktemp("tiny-cache")
    return {"model": tiny_model.build_tiny_model(root / "model"),
            "data": tiny_model.write_dataset(root / "data.jsonl", 4)}


def test_outputs_of_one_device_or_thread_count_are_not_reused_for_another(tiny, tmp_path, monkeypatch):
    import harness.backends
    import harness.evaluate as evaluation
    from harness.config import Config
    from harness.evaluate import EvalRequest, evaluate
    from harness.generation import GenerationConfig

    def request(**extra) -> EvalRequest:
        return EvalRequest(model_dir=tiny["model"], backend="torch", data=tiny["data"], out=tmp_path / "run",
                           generation=GenerationConfig(max_new_tokens=4, batch_size=4), **extra)

    assert evaluate(request(threads=1), Config()).generated == 4
    assert evaluate(request(threads=1), Config()).reused == 4  # the same settings: from the cache
    assert evaluate(request(threads=2), Config()).generated == 4  # sums split otherwise: generated again
    # A CUDA run (faked: this machine may have no GPU) must not take the CPU run's outputs.
    import torch

    class ModelLoaded(Exception):
        pass

    def load_backend(*args, **kwargs):
        raise ModelLoaded(kwargs.get("device"))

    monkeypatch.setattr(harness.backends, "resolve_torch_device", lambda device: "cuda")
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: "a GPU")
    monkeypatch.setattr(evaluation, "load_backend", load_backend)
    with pytest.raises(ModelLoaded):
        evaluate(request(threads=1, device="cuda"), Config())
    outputs = sorted(p.name for p in (tmp_path / "run" / "outputs").iterdir())
    assert len(outputs) == 2  # one cache file per (device, threads) that generated


def test_no_temporary_files_are_left_where_a_write_failed(tmp_path):
    from harness.errors import OutputError, UsageError
    from harness.atomic import write_atomic

    folder = tmp_path / "is-a-folder"
    folder.mkdir()
    with pytest.raises(UsageError, match=rf"{folder}: cannot write: Is a directory") as caught:
        write_atomic(folder, "text")
    assert isinstance(caught.value, OutputError) and isinstance(caught.value, OSError)
    assert sorted(os.listdir(tmp_path)) == ["is-a-folder"]


def test_a_record_with_a_count_of_hundreds_of_digits_is_refused_not_an_overflow(tmp_path):
    run = tmp_path / "run"
    write_run(run, samples(2))
    baseline = tmp_path / "scorecard.json"
    card = json.loads((run / "scorecard.json").read_text(encoding="utf-8"))
    card["passed"]["total"] = int("9" * 400)  # found by bench/fuzz.py: the interval maths overflowed
    baseline.write_text(json.dumps(card), encoding="utf-8")
    for command in ("gate", "report"):
        proc = cli(command, run, "--baseline", baseline, "--out", tmp_path / f"{command}.out", cwd=tmp_path)
        assert_located(proc, str(baseline))
        assert "total: a 1329-bit integer" in proc.stderr
    for count, total in ((5, 2), (-1, 2)):  # a count the interval maths refuses with a ValueError
        card["passed"].update(count=count, total=total)
        baseline.write_text(json.dumps(card), encoding="utf-8")
        proc = cli("report", run, "--baseline", baseline, "--out", tmp_path / "r.html", cwd=tmp_path)
        assert_located(proc, str(baseline))
        assert f"count {count} of total {total}: needs 0 <= count <= total" in proc.stderr


def test_compare_and_gate_name_the_file_when_two_runs_do_not_belong_together(tmp_path):
    """Found by bench/fuzz.py: exit 2 whose message named no file."""
    run_a, run_b, other = tmp_path / "a", tmp_path / "b", tmp_path / "other"
    write_run(run_a, samples(3))
    write_run(run_b, samples(3, seed=99), backend="onnx", variant="int8")  # other samples
    proc = cli("compare", run_a, run_b, "--teacher-forced", "0", "--no-config", "--out", tmp_path / "c.json",
               cwd=tmp_path)
    assert_located(proc, str(run_b))
    assert "shares no sample with" in proc.stderr
    write_run(other, samples(3), backend="onnx", variant="int4")
    parity = tmp_path / "c.json"
    proc = cli("compare", run_a, other, "--teacher-forced", "0", "--no-config", "--out", parity, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    write_run(run_b, samples(3), backend="onnx", variant="int8")
    proc = cli("gate", run_b, "--parity", parity, cwd=tmp_path)  # a parity report about another run
    assert_located(proc, str(parity))
    assert "the parity report compares run" in proc.stderr
