"""Engine behaviour: crashes become findings, selection, severities, options."""

from __future__ import annotations

import pytest

from harness import registry
from harness.config import Config
from harness.engine import Engine
from harness.errors import ConfigError
from harness.records import Severity

def test_a_crashing_check_becomes_a_finding_and_the_rest_still_run(monkeypatch):
    def boom(doc):
        raise RuntimeError("catálogo roto")
        yield  # pragma: no cover

    spec = registry.all_checks()["FMT002"]
    monkeypatch.setitem(registry._REGISTRY, "FMT002", registry.CheckSpec(
        spec.id, spec.name, spec.severity, spec.message, boom, {}))
    engine = Engine(Config(select=("FMT",)))
    result = engine.check("Paciente ingresa por **neumonía**.", {}, "r1")
    ids = [f.check for f in result.findings]
    assert "HAR001" in ids and "FMT001" in ids and "FMT003" in ids
    crash = next(f for f in result.findings if f.check == "HAR001")
    assert crash.data["check"] == "FMT002" and "catálogo roto" in crash.message
    assert not result.passed


def test_select_and_ignore_by_prefix():
    engine = Engine(Config(select=("COD", "FMT001"), ignore=("COD007",)))
    ids = {c.id for c in engine.checks}
    assert "FMT001" in ids and "COD001" in ids and "COD006" in ids
    assert "COD007" not in ids and "FMT002" not in ids and "HAL001" not in ids


def test_unknown_selector_is_a_usage_error():
    with pytest.raises(ConfigError, match="XYZ"):
        Engine(Config(select=("XYZ",)))


def test_severity_override_changes_pass_verdict():
    text = "Paciente con neumonía."
    default = Engine(Config(select=("FMT001",))).check(text, {}, "a")
    relaxed = Engine(Config(select=("FMT001",), severity={"FMT001": "warning"})).check(text, {}, "a")
    assert not default.passed
    assert relaxed.passed and relaxed.findings[0].severity is Severity.WARNING


def test_options_are_applied_validated_and_described():
    engine = Engine(Config(select=("FMT003",), options={"FMT003": {"min_words": 2, "max_words": 5}}))
    assert engine.check("Ingresa por neumonía grave.", {}, "a").passed
    assert not engine.check("Ingresa por neumonía grave y sepsis.", {}, "a").passed
    described = engine.describe()["checks"]["FMT003"]
    assert described == {"name": "word-count", "severity": "error",
                         "options": {"min_words": 2, "max_words": 5}}
    with pytest.raises(ConfigError, match="no option 'max'"):
        Engine(Config(options={"FMT003": {"max": 3}}))
    with pytest.raises(ConfigError, match="expects int"):
        Engine(Config(options={"FMT003": {"max_words": "many"}}))


def test_a_check_reading_as_another_uses_its_configured_options(monkeypatch):
    """HAL001 reads a diagnosis written before one of the input's codes as COD005 reads it
    (checks.label_mismatch.names_its_code): with COD005's cutoff as the user configured it, even where COD005
    itself is not run."""
    from checks.label_mismatch import names_its_code
    from checks.code_tokens import output_codes

    given = {"sexo": "F", "diagnosticos": [{"codigo": "E03.9", "nombre": "Hipotiroidismo"}]}
    text = "Ingresa por control; paciente hipotiroidea (E03.9)."
    default = registry.Document(text, given)
    code = output_codes(default)[0]
    assert names_its_code(default, code)  # 'hipotiroidea' names E03.9 at the default cutoff
    strict = registry.Document(text, given, {"COD005": {"min_score": 100.0}})
    assert not names_its_code(strict, code)
    engine = Engine(Config(ignore=("COD005",), options={"COD005": {"min_score": 100.0}}))
    seen = []
    init = registry.Document.__init__

    def spy(self, *args, **kwargs):
        init(self, *args, **kwargs)
        seen.append(self.options)

    monkeypatch.setattr(registry.Document, "__init__", spy)
    engine.check(text, given)
    assert seen and seen[0]["COD005"]["min_score"] == 100.0
