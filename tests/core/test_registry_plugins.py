"""Checks from other distributions, found through the ``epicrisis.checks``
entry point group: the example hospital plugin (tests/plugins/hospital_checks)
installed as users install it, and broken plugins that must end in a clear
error naming the distribution, never a traceback."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness import registry
from harness.config import Config
from harness.engine import Engine
from harness.registry import GROUP, PluginError, all_checks, load_checks
from tests import TESTS
from tests.casefile import load_cases

EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent)) or shutil.which("epicrisis")
PLUGIN = TESTS / "plugins" / "hospital_checks"
PLUGIN_CASES = load_cases(PLUGIN / "cases" / "HSP001.txt")

FOLLOWED_UP = "Ingresa por neumonía (J18.9). Se da de alta con control en policlínico en 7 días."
NOT_FOLLOWED_UP = "Ingresa por neumonía (J18.9). Se da de alta."


def fabricate(site: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str] | None = None) -> None:
    """A distribution as an installer leaves it: a dist-info folder with the
    entry points, next to the modules, so importlib.metadata finds it on sys.path."""
    info = site / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n", encoding="utf-8")
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[{GROUP}]\n{lines}", encoding="utf-8")
    for name, source in (modules or {}).items():
        (site / f"{name}.py").write_text(source, encoding="utf-8")


@pytest.fixture
def fresh_registry(monkeypatch):
    """The registry as a new process has it: nothing loaded yet."""
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "_LOADED", False)


@pytest.fixture
def hospital_on_path(tmp_path, monkeypatch, fresh_registry):
    """The example plugin's source on sys.path with a fabricated dist-info."""
    fabricate(tmp_path, "hospital-checks", {"hsp": "hospital_checks.rules"})
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(PLUGIN))


def _check_source(id: str, name: str, severity: str = "error") -> str:
    return (
        "from harness.registry import check\n"
        f"@check({id!r}, {name!r}, {severity!r}, 'Mensaje de prueba')\n"
        "def rule(doc):\n"
        "    yield from ()\n"
    )


# --- the example plugin, in process ---------------------------------------------------------


def test_the_plugin_check_joins_the_builtins_with_its_distribution(hospital_on_path):
    checks = all_checks()
    assert "HSP001" in checks and "FMT001" in checks
    spec = checks["HSP001"]
    assert spec.name == "follow-up-stated" and spec.options == {"words": ("control", "seguimiento")}
    assert spec.source == "hospital-checks 0.1"
    assert checks["FMT001"].source.startswith("epicrisis-harness ")


def test_the_plugin_check_documents_a_good_and_a_bad_example(hospital_on_path):
    doc = all_checks()["HSP001"].doc
    assert re.search(r"^Okay: Ingresa por", doc, re.M)
    assert re.search(r"^HSP001: ", doc, re.M)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.label) for c in PLUGIN_CASES])
def test_the_plugin_check_against_its_case_file(hospital_on_path, case):
    result = Engine(Config(select=("HSP001",))).check(case.output, case.input, case.label)
    assert tuple(sorted(f.check for f in result.findings)) == case.expected


def test_the_case_file_has_good_and_bad_blocks():
    assert any(not c.expected for c in PLUGIN_CASES) and any(c.expected for c in PLUGIN_CASES)


def test_the_plugin_options_are_configurable(hospital_on_path):
    engine = Engine(Config(select=("HSP",), options={"HSP001": {"words": ["alta"]}}))
    assert engine.check(NOT_FOLLOWED_UP, {}, "r").passed


# --- loading: lazy, once, and every broken plugin named ---------------------------------------


def test_importing_the_engine_loads_no_check_module():
    code = "import sys, harness.engine; print(sorted(m for m in sys.modules if m.startswith('checks')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_entry_points_are_loaded_once(fresh_registry, monkeypatch):
    calls = []
    real = registry.load_checks
    monkeypatch.setattr(registry, "load_checks", lambda: calls.append(1) or real())
    assert all_checks() == all_checks()
    assert calls == [1]


def test_no_entry_points_at_all_is_an_error_not_an_empty_checklist():
    with pytest.raises(PluginError, match=f"no checks found.*{GROUP}"):
        load_checks([])


def _load(tmp_path, monkeypatch, dist, entry_points, modules) -> str:
    fabricate(tmp_path, dist, entry_points, modules)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError) as raised:
        all_checks()
    message = str(raised.value)
    assert "Traceback" not in message
    return message


def test_a_plugin_that_fails_to_import_is_named_with_its_line(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "broken-rules", {"br": "broken_rules_import"},
                    {"broken_rules_import": "import os\n\nraise RuntimeError('falta el catálogo')\n"})
    assert "entry point br = broken_rules_import" in message and "broken-rules 0.1" in message
    assert f"{tmp_path / 'broken_rules_import.py'}:3: RuntimeError: falta el catálogo" in message
    assert not registry._LOADED  # nothing half-loaded: the next call tries again


def test_a_missing_module_and_a_syntax_error_are_both_reported(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "two-problems",
                    {"gone": "no_such_module_xyz", "bad": "syntax_rules_xyz"},
                    {"syntax_rules_xyz": "def rule(:\n"})
    assert "entry point gone = no_such_module_xyz" in message and "ModuleNotFoundError" in message
    assert f"{tmp_path / 'syntax_rules_xyz.py'}:1: SyntaxError" in message


def test_a_badly_declared_check_is_named_at_its_declaration(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "bad-id", {"x": "bad_id_rules"},
                    {"bad_id_rules": _check_source("HSP01", "short-id")})
    assert "bad-id 0.1" in message and "must look like ABC123" in message
    assert str(tmp_path / "bad_id_rules.py") in message


def test_a_duplicate_id_names_both_declarations(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "copycat", {"dup": "copycat_rules"},
                    {"copycat_rules": _check_source("FMT001", "my-opening")})
    assert "check family FMT is declared by 2 distributions" in message
    assert "copycat 0.1: FMT001 (copycat_rules.rule, entry point dup = copycat_rules" in message
    assert re.search(r"epicrisis-harness [^:]+: FMT001 \(checks\.fmt\.starts_with_ingresa_por, "
                     r"entry point fmt = checks\.fmt", message)


def test_a_duplicate_id_within_one_distribution(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "twice", {"a": "twice_a", "b": "twice_b"},
                    {"twice_a": _check_source("TWI001", "first-rule"),
                     "twice_b": _check_source("TWI001", "second-rule")})
    assert "check id TWI001 is declared 2 times: TWI001 (twice_a.rule, entry point a = twice_a" in message
    assert "and TWI001 (twice_b.rule, entry point b = twice_b" in message


def test_a_family_belongs_to_one_distribution(tmp_path, monkeypatch, fresh_registry):
    # HAL009 is free today, but HAL is epicrisis-harness's: a future HAL009 there
    # would collide with this one, and ids are forever
    message = _load(tmp_path, monkeypatch, "squatter", {"s": "squatter_rules"},
                    {"squatter_rules": _check_source("HAL009", "my-grounding")})
    assert "check family HAL is declared by 2 distributions" in message
    assert "squatter 0.1: HAL009 (squatter_rules.rule" in message and "HAL001 (checks.hal." in message


def test_the_engine_family_and_a_taken_name_are_refused(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "clash", {"a": "clash_engine", "b": "clash_name", "c": "clash_crash"},
                    {"clash_engine": _check_source("HAR002", "engine-like"),
                     "clash_name": _check_source("XYZ001", "no-markdown"),
                     "clash_crash": _check_source("XYZ002", "check-crashed")})
    assert "check HAR002 (clash_engine.rule, entry point a = clash_engine" in message
    assert "family HAR belongs to the engine" in message
    assert re.search(r"check name no-markdown is declared 2 times: FMT002 \(checks\.fmt\.no_markdown.*"
                     r"and XYZ001 \(clash_name\.rule", message)
    assert "check name check-crashed is declared 2 times: HAR001 (the engine) and XYZ002" in message


def test_an_entry_point_without_checks_is_named(tmp_path, monkeypatch, fresh_registry):
    message = _load(tmp_path, monkeypatch, "empty-rules", {"e": "empty_rules_xyz"},
                    {"empty_rules_xyz": "VALUE = 1\n"})
    assert "entry point e = empty_rules_xyz" in message and "declares no checks" in message


# --- as users run it: pip install, then the console script -----------------------------------


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory) -> Path:
    """`pip install` of the example plugin into a folder of its own; the
    install is copied first because pip builds a local project in place."""
    root = tmp_path_factory.mktemp("hospital")
    source, site = root / "src", root / "site"
    shutil.copytree(PLUGIN, source)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(site), str(source)],
                   check=True, capture_output=True, text=True, timeout=300)
    return site


def _cli(*args: str, site: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    env = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "250"}
    return subprocess.run([EPICRISIS, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_epicrisis_checks_lists_the_installed_plugin(installed_plugin, tmp_path):
    done = _cli("checks", site=installed_plugin, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if "HSP001" in line)
    assert "follow-up-stated" in row and "hospital-checks 0.1.0" in row
    assert "FMT001" in done.stdout


def test_epicrisis_check_runs_the_installed_plugin(installed_plugin, tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps({"id": i, "input": {}, "output": o}) + "\n"
                               for i, o in (("a", FOLLOWED_UP), ("b", NOT_FOLLOWED_UP))), encoding="utf-8")
    done = _cli("check", str(records), "--select", "HSP", "--format", "json", site=installed_plugin, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    assert [(r["id"], r["passed"]) for r in doc["records"]] == [("a", True), ("b", False)]
    assert [f["check"] for f in doc["records"][1]["findings"]] == ["HSP001"]


@pytest.mark.parametrize("command", [["checks"], ["check", "records.jsonl"]])
def test_a_broken_plugin_exits_2_naming_its_distribution(tmp_path, command):
    fabricate(tmp_path / "site", "broken-rules", {"br": "broken_rules_cli"},
              {"broken_rules_cli": "raise ImportError('falta rapidfuzz_hospital')\n"})
    (tmp_path / "records.jsonl").write_text(json.dumps({"input": {}, "output": FOLLOWED_UP}) + "\n",
                                            encoding="utf-8")
    done = _cli(*command, site=tmp_path / "site", cwd=tmp_path)
    assert done.returncode == 2
    assert "entry point br = broken_rules_cli (group epicrisis.checks) of broken-rules 0.1" in done.stderr
    assert "ImportError: falta rapidfuzz_hospital" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
