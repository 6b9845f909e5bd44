"""Issue 17: `promote --no-verify` says the Transformers.js verification was
skipped where it says the model was promoted, in the chosen language."""

from __future__ import annotations

import subprocess

from tests.export_fixtures import ENV, EPICRISIS, copy_app

pytest_plugins = ["tests.export_fixtures"]


def _promote(export, app, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in ENV.items() if k != "EPICRISIS_LANG"}
    return subprocess.run([EPICRISIS, "promote", str(export.out), "--app", str(app), "--id", "local/epicrisis-tiny",
                           "--variant", "int8", "--no-verify", *extra], check=False, capture_output=True, text=True,
                          env=env, timeout=300)


def test_promote_without_verification_says_it_was_skipped(tiny_export, tmp_path):
    app = copy_app(tmp_path / "app")
    done = _promote(tiny_export, app, "--lang", "en")
    assert done.returncode == 0, done.stderr
    said = done.stderr.splitlines()
    assert said[-2].startswith("promoted int8 to ") and "registered in LLM_MODELS as local/epicrisis-tiny" in said[-2]
    assert said[-1].startswith("Transformers.js verification SKIPPED (--no-verify)")
    again = _promote(tiny_export, app)  # the default language: Spanish, and the model is already registered
    assert again.returncode == 0, again.stderr
    said = again.stderr.splitlines()
    assert said[-2].startswith("promovido int8 a ") and "ya estaba en LLM_MODELS como local/epicrisis-tiny" in said[-2]
    assert said[-1].startswith("verificación en Transformers.js OMITIDA (--no-verify)")
