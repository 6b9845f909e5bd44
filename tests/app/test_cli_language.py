"""Issue 17: every human-facing text output in one language (--lang es|en,
default es), plain gate names beside gate ids, plural agreement. The CLI is
run as users run it: the console script in a subprocess."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from harness.config import Config
from harness.gating import gate_verdict
from harness.i18n import LANGS, UI, check_topic, count, plain_gate, text
from harness.parity import compare_runs
from harness.atomic import write_atomic
from tests import synthetic_runs as sr
from tests.app.test_cli import EPICRISIS, GOOD_INPUT, GOOD_OUTPUT, write_jsonl

ENV = {k: v for k, v in os.environ.items() if k != "EPICRISIS_LANG"}
N = 12

# Words that give away the other language in an output (data quoted from a
# record, check ids and names are not words of either).
ENGLISH = re.compile(r"\b(records?|passed|warning|Summary|sample|baseline|may (NOT )?ship|with errors|id=)\b")
SPANISH = re.compile(r"\b(registros?|aprobados?|advertencia|Resumen|muestra|referencia|producción|con errores"
                     r"|debe|comienza|aparece)\b")


def cli(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EPICRISIS, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env=env or ENV)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    """A baseline, a candidate whose outputs loop (REP001) in a third of the
    samples, and an int8 run with its torch run and parity report."""
    root = tmp_path_factory.mktemp("language-runs")
    rows = sr.samples(N)
    sr.write_run(root / "baseline", rows, model="prod")
    sr.write_run(root / "looping", sr.defective(rows, {i: sr.repeat_last_sentence for i in range(0, N, 3)}),
                 model="looping")
    export = root / "export"
    sr.write_run(export / "runs" / "torch", rows, model="exported")
    sr.write_run(export / "runs" / "int8", sr.defective(rows, {i: sr.no_prefix for i in range(0, N, 4)}),
                 backend="onnx", variant="int8", model="exported")
    report = compare_runs(export / "runs" / "torch", export / "runs" / "int8", Config(), teacher_forced=0)
    write_atomic(export / "parity" / "int8.json", report.model_dump_json(indent=2))
    return {"root": root, "baseline": root / "baseline", "looping": root / "looping", "int8": export / "runs" / "int8"}


def words(out: str, runs: dict[str, Path]) -> str:
    """``out`` with the runs' folders as RUN: their names are not words of either language."""
    for path in sorted(map(str, runs.values()), key=len, reverse=True):
        out = out.replace(path, "RUN")
    return out


# -- the words ------------------------------------------------------------------------------

def test_every_label_exists_in_both_languages_with_the_same_fields():
    for key, (es, en) in UI.items():
        assert es and en, key
        assert set(re.findall(r"\{(\w+)", es)) == set(re.findall(r"\{(\w+)", en)), key


def test_plural_forms_agree_with_their_own_number():
    said = [text("check.total", "es", records=count("n.records", n, "es"), passed=count("n.passed", p, "es"),
                 failed=count("n.failed", n - p, "es")) for n, p in ((1, 1), (2, 1), (3, 0))]
    assert said == ["1 registro: 1 aprobado, 0 con errores.", "2 registros: 1 aprobado, 1 con errores.",
                    "3 registros: 0 aprobados, 3 con errores."]
    assert count("n.records", 1, "en") == "1 record" and count("n.records", 0, "en") == "0 records"


def test_plain_gate_names_in_both_languages():
    assert plain_gate("regression.check_rate[REP001]") == "más epicrisis con texto repetitivo que el modelo en producción"
    assert plain_gate("regression.check_rate[REP001]", "en") == \
        "more summaries with repetitive text than the production model"
    assert plain_gate("floor.max_check_rate[FMT001]", "es").startswith("más epicrisis con un comienzo distinto")
    assert plain_gate("parity.int4.pass_rate_drop", "en") == \
        "the browser version (int4) passes fewer summaries than the original model"
    assert plain_gate("checkpoint.regression.pass_rate", "es") == \
        "el modelo original: más epicrisis con errores que el modelo en producción"
    # A plugin's check has no topic: its id stands in; an unknown gate keeps its name.
    assert "XYZ001" in plain_gate("regression.check_rate[XYZ001]", "es")
    assert plain_gate("future.gate", "en") == "future.gate" and plain_gate("checkpoint.future", "es") == "checkpoint.future"
    with pytest.raises(ValueError, match="es, en"):
        plain_gate("floor.pass_rate", "de")


def test_every_gate_the_harness_makes_has_a_plain_name(runs):
    """The bundled policy on a run with a baseline and on an ONNX variant with
    its checkpoint: every gate id has words in both languages."""
    verdicts = [gate_verdict(runs["looping"], baseline=runs["baseline"]),
                gate_verdict(runs["int8"], baseline=runs["baseline"])]
    names = {r.gate for v in verdicts for r in v.results}
    assert any(n.startswith("parity.") for n in names) and any(n.startswith("checkpoint.") for n in names)
    for name in names:
        for lang in LANGS:
            plain = plain_gate(name, lang)
            assert plain != name and "[" not in plain, (name, lang)
    from harness.registry import all_checks

    for check in all_checks():  # the registry's checks all have a topic in both languages
        assert check_topic(check, "es") != f"hallazgos de {check}" and check_topic(check, "en") != f"findings of {check}"


# -- epicrisis check --------------------------------------------------------------------------

def _records(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "r.jsonl", [
        {"id": "ok", "input": GOOD_INPUT, "output": GOOD_OUTPUT},
        {"id": "bad", "input": GOOD_INPUT, "output": "Paciente " + GOOD_OUTPUT.replace("(J18.9)", "(J15.9)")},
    ])


def test_check_text_is_spanish_by_default_without_english_words(tmp_path):
    proc = cli("check", _records(tmp_path), "--no-config", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "registro=bad" in proc.stdout and "advertencia" in proc.stdout and "Resumen" in proc.stdout
    assert "La epicrisis debe comenzar con «Ingresa por»" in proc.stdout
    assert proc.stdout.rstrip().endswith("2 registros: 1 aprobado, 1 con errores.")
    assert not ENGLISH.search(proc.stdout), ENGLISH.search(proc.stdout)
    # errors lead a record's findings; a finding about the whole record shows no 0-0 span
    lines = [line for line in proc.stdout.splitlines() if "registro=bad" in line]
    assert "error" in lines[0] and "advertencia" in lines[-1]
    assert "COD006 advertencia registro=bad: El código J18.9" in proc.stdout


def test_check_text_in_english_names_the_check_instead_of_the_spanish_message(tmp_path):
    records = _records(tmp_path)
    proc = cli("check", records, "--no-config", "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert f"{records}:2: FMT001 error record=bad 0-11: starts-with-ingresa-por  «Paciente In»" in proc.stdout
    assert "Summary" in proc.stdout and proc.stdout.rstrip().endswith("2 records: 1 passed, 1 with errors.")
    assert not SPANISH.search(proc.stdout), SPANISH.search(proc.stdout)
    json_es = cli("check", _records(tmp_path), "--no-config", "--format", "json", cwd=tmp_path).stdout
    json_en = cli("check", _records(tmp_path), "--no-config", "--format", "json", "--lang", "en", cwd=tmp_path).stdout
    assert json_es == json_en  # the JSON document is for tools: one form


def test_language_from_the_config_file_and_the_environment(tmp_path):
    records = _records(tmp_path)
    (tmp_path / "epicrisis.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "Summary" in cli("check", records, cwd=tmp_path).stdout
    assert "Resumen" in cli("check", records, "--lang", "es", cwd=tmp_path).stdout  # the flag wins
    (tmp_path / "epicrisis.toml").unlink()
    assert "Summary" in cli("check", records, cwd=tmp_path, env={**ENV, "EPICRISIS_LANG": "en"}).stdout
    bad = cli("check", records, "--lang", "de", cwd=tmp_path)
    assert bad.returncode == 2 and "'de' is not one of 'es', 'en'" in bad.stderr and not bad.stdout
    (tmp_path / "epicrisis.toml").write_text('lang = "fr"\n', encoding="utf-8")
    wrong = cli("check", records, cwd=tmp_path)
    assert wrong.returncode == 2 and f"{tmp_path / 'epicrisis.toml'}:1: lang:" in wrong.stderr


# -- epicrisis gate ---------------------------------------------------------------------------

def test_gate_text_names_each_gate_in_plain_spanish_beside_its_id(runs, tmp_path):
    proc = cli("gate", runs["looping"], "--baseline", runs["baseline"], "--out", tmp_path / "g.json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    out = words(proc.stdout, runs)
    assert ("FALLA   floor.max_check_rate[REP001] (más epicrisis con texto repetitivo que el máximo permitido): "
            "valor 33.3%, exigido <= 5.0%") in out
    assert ("CUMPLE  regression.check_rate[REP001] (más epicrisis con texto repetitivo que el modelo en "
            "producción): valor 33.3%, referencia 0.0%, cambio +33.3 pts, exigido <= +3.0 pts, 12 muestras "
            "pareadas, p=0.0625") in out  # 4 worse of 12 paired may be chance at alpha 0.05
    assert "aviso: 1 salvedad sobre la comparación" in out  # the English warning is not mixed in
    assert "FALLA   floor.pass_rate (menos epicrisis sin errores que el mínimo exigido): valor 66.7%, exigido >= 70.0%" in out
    assert "Texto repetitivo en la epicrisis" in out  # why a sample counts: the check's own message
    assert out.rstrip().endswith("el modelo NO puede pasar a producción")
    assert not ENGLISH.search(out), ENGLISH.search(out)


def test_gate_text_in_english_keeps_the_explanations_and_warnings(runs, tmp_path):
    proc = cli("gate", runs["int8"], "--baseline", runs["baseline"], "--lang", "en", "--out", tmp_path / "g.json",
               cwd=tmp_path)
    out = words(proc.stdout, runs)
    assert "parity.int8.verdict_agreement (the browser version (int8) passes or fails other summaries than the " \
           "original model): int8 vs torch: same pass/fail verdict in" in out
    assert "checkpoint.floor.pass_rate (the original model: fewer summaries without errors" in out
    assert re.search(r"the run may (NOT )?ship$", out.rstrip())
    assert "this variant fails: FMT001 starts-with-ingresa-por" in out  # the check, not its Spanish message
    assert not SPANISH.search(out), SPANISH.search(out)
    spanish = cli("gate", runs["int8"], "--baseline", runs["baseline"], "--out", tmp_path / "g.json", cwd=tmp_path)
    said = words(spanish.stdout, runs)
    assert "la versión para el navegador (int8)" in said
    assert not ENGLISH.search(said), ENGLISH.search(said)



def test_advice_in_gate_text_has_no_literal_backticks(runs, tmp_path):
    lonely = tmp_path / "export" / "runs" / "int4"  # an ONNX run with no parity report anywhere
    sr.write_run(lonely, sr.samples(4), backend="onnx", variant="int4", model="exported")
    proc = cli("gate", lonely, "--lang", "en", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "run “epicrisis compare TORCH_RUN" in proc.stdout and "`" not in proc.stdout


def test_report_command_writes_the_page_in_the_chosen_language(runs, tmp_path):
    english = cli("report", runs["looping"], "--out", tmp_path / "en.html", "--lang", "en", cwd=tmp_path)
    assert english.returncode == 0, english.stderr
    assert '<html lang="en"' in (tmp_path / "en.html").read_text(encoding="utf-8")
    (tmp_path / "epicrisis.toml").write_text('lang = "es"\n', encoding="utf-8")
    spanish = cli("report", runs["looping"], "--out", tmp_path / "es.html", cwd=tmp_path)
    assert spanish.returncode == 0, spanish.stderr
    assert '<html lang="es"' in (tmp_path / "es.html").read_text(encoding="utf-8")
