"""`epicrisis check` run as users run it: the console script in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
EPICRISIS = shutil.which("epicrisis", path=str(BIN)) or shutil.which("epicrisis")

GOOD_OUTPUT = (
    "Ingresa por neumonía adquirida en la comunidad (J18.9) en paciente femenina de 72 años "
    "con antecedente de hipertensión arterial (I10). Se inicia tratamiento con ceftriaxona (J01DD04) "
    "con buena respuesta clínica, afebril desde el segundo día y con mejoría de la disnea. "
    "Completa tratamiento antibiótico endovenoso y se traslada a vía oral. Mantiene su terapia "
    "habitual con losartán (C09CA01). Evoluciona sin complicaciones, tolerando la deambulación "
    "y la alimentación oral, con saturación normal al aire ambiental. Se indica alta a domicilio "
    "con control en policlínico de medicina interna, reposo relativo y educación sobre signos "
    "de alarma respiratoria."
)
GOOD_INPUT = {
    "sexo": "F",
    "edad": 72,
    "motivo_consulta": "Fiebre, tos y disnea",
    "diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía adquirida en la comunidad"},
                     {"codigo": "I10", "nombre": "Hipertensión arterial"}],
    "tratamiento": [{"codigo": "J01DD04", "nombre": "Ceftriaxona"},
                    {"codigo": "C09CA01", "nombre": "Losartán"}],
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    return subprocess.run([EPICRISIS, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_json_format_follows_the_spec(tmp_path):
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"id": "ok", "input": GOOD_INPUT, "output": GOOD_OUTPUT},
        {"input": GOOD_INPUT, "output": "Paciente " + GOOD_OUTPUT[len("Ingresa por "):]},
    ])
    proc = run("check", str(records), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    first, second = doc["records"]
    assert first == {"id": "ok", "passed": True, "findings": []}
    assert second["id"] == "2" and second["passed"] is False
    fmt = [f for f in second["findings"] if f["check"] == "FMT001"][0]
    assert set(fmt) >= {"check", "name", "severity", "message", "start", "end"}
    assert fmt["name"] == "starts-with-ingresa-por" and fmt["severity"] == "error"
    assert doc["summary"]["records"] == 2 and doc["summary"]["passed"] == 1
    assert doc["summary"]["by_check"]["FMT001"] == 1
    assert doc["config"]["checks"]["FMT003"]["options"] == {"min_words": 80, "max_words": 200}


def test_all_passing_exits_zero_and_text_format_summarises(tmp_path):
    records = write_jsonl(tmp_path / "r.jsonl", [{"input": GOOD_INPUT, "output": GOOD_OUTPUT}])
    proc = run("check", str(records), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 registro: 1 aprobado, 0 con errores." in proc.stdout


def test_text_format_names_each_finding_with_its_excerpt(tmp_path):
    records = write_jsonl(tmp_path / "r.jsonl", [{"input": GOOD_INPUT, "output": GOOD_OUTPUT.replace("(J18.9)", "(J15.9)")}])
    proc = run("check", str(records), "--select", "COD002", cwd=tmp_path)
    assert proc.returncode == 1
    assert f"{records}:1: COD002 error" in proc.stdout
    assert "«J15.9»" in proc.stdout


def test_hal001_reports_kind_and_text(tmp_path):
    out = GOOD_OUTPUT.replace("Mantiene su terapia", "Se agrega vancomicina. Mantiene su terapia")
    records = write_jsonl(tmp_path / "r.jsonl", [{"input": GOOD_INPUT, "output": out}])
    proc = run("check", str(records), "--format", "json", "--select", "HAL001", cwd=tmp_path)
    findings = json.loads(proc.stdout)["records"][0]["findings"]
    assert findings and findings[0]["data"] == {"kind": "drug", "text": "vancomicina"}
    assert out[findings[0]["start"]:findings[0]["end"]] == "vancomicina"


@pytest.mark.parametrize("content, message", [
    (b'{"input": {}, "output": "Ingresa por x"}\n{"input": {}, "output": \n', "2: invalid JSON"),
    (b'{"input": {}}\n', "1: missing 'output'"),
    (b'{"input": {}, "output": 3}\n', "1: 'output' must be a string, got number"),
    (b'{"input": {}, "output": "Ingresa por \xe9"}\n', "1: not valid UTF-8"),
    (b"", "1: no records: the file is empty"),
    (b"[1, 2]\n", "1: expected a JSON object"),
])
def test_bad_input_exits_2_with_file_and_line_and_no_stdout(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    proc = run("check", str(path), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert f"{path}:{message}" in proc.stderr


def test_missing_file_and_unknown_selector_exit_2(tmp_path):
    proc = run("check", str(tmp_path / "nope.jsonl"), cwd=tmp_path)
    assert proc.returncode == 2 and "file not found" in proc.stderr
    records = write_jsonl(tmp_path / "r.jsonl", [{"output": GOOD_OUTPUT}])
    proc = run("check", str(records), "--select", "ZZZ", cwd=tmp_path)
    assert proc.returncode == 2 and "ZZZ" in proc.stderr and proc.stdout == ""


def test_configuration_from_pyproject_is_applied_and_recorded(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.epicrisis]\nignore = ["COD006"]\n'
        '[tool.epicrisis.severity]\nFMT001 = "warning"\n'
        '[tool.epicrisis.options.FMT003]\nmin_words = 5\n', encoding="utf-8")
    records = write_jsonl(tmp_path / "r.jsonl", [{"input": GOOD_INPUT, "output": "Paciente " + GOOD_OUTPUT}])
    proc = run("check", str(records), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    doc = json.loads(proc.stdout)
    assert doc["records"][0]["findings"][0]["severity"] == "warning"
    assert doc["config"]["source"].endswith("pyproject.toml")
    assert "COD006" not in doc["config"]["checks"]
    assert doc["config"]["checks"]["FMT003"]["options"]["min_words"] == 5


def test_bad_configuration_exits_2_naming_the_file(tmp_path):
    (tmp_path / "epicrisis.toml").write_text("select = [\n", encoding="utf-8")
    records = write_jsonl(tmp_path / "r.jsonl", [{"output": GOOD_OUTPUT}])
    proc = run("check", str(records), cwd=tmp_path)
    assert proc.returncode == 2 and f"{tmp_path / 'epicrisis.toml'}:1: invalid TOML" in proc.stderr
