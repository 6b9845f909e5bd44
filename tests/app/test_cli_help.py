"""Issue 17: help that reads like a Unix command's, --version, `epicrisis
checks` with its rule column and a JSON form, and the promote options that
misled (an unknown --variant). The console script, in a subprocess."""

from __future__ import annotations

import json
import re
from importlib.metadata import version

import pytest
import typer

from harness.app.cli import app
from harness.registry import all_checks
from tests.app.test_cli_language import ENV, cli


def _commands() -> list[list[str]]:
    """Every command path: ["check"], ["data", "prepare"], ..."""
    group = typer.main.get_command(app)
    found = []
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)
        found += [[name, sub] for sub in subcommands] if subcommands else [[name]]
    return found


COMMANDS = _commands()


def test_every_command_is_listed():
    assert ["check"] in COMMANDS and ["promote"] in COMMANDS and ["data", "prepare"] in COMMANDS


@pytest.mark.parametrize("command", [[], *COMMANDS], ids=lambda c: " ".join(c) or "epicrisis")
def test_help_shows_flags_without_a_value_and_arguments_by_metavar(command, tmp_path):
    proc = cli(*command, "--help", cwd=tmp_path, env={**ENV, "COLUMNS": "120"})
    assert proc.returncode == 0, proc.stderr
    assert "<bool>" not in proc.stdout  # an on/off flag takes no value
    usage = next(line for line in proc.stdout.splitlines() if "Usage:" in line)
    assert "{" not in usage, usage  # typer's {records}: a set, to a shell user
    arguments = re.findall(r"(?<=\s)\[?([A-Za-z_]+)\]?(?:\.\.\.)?(?=\s|$)", usage.split("[OPTIONS]")[-1])
    assert all(a.isupper() or a in ("COMMAND", "ARGS") for a in arguments), usage


def test_usage_lines_name_required_and_optional_arguments(tmp_path):
    assert "Usage: epicrisis check [OPTIONS] RECORDS " in cli("check", "--help", cwd=tmp_path).stdout
    assert "Usage: epicrisis promote [OPTIONS] [EXPORT_DIR] " in cli("promote", "--help", cwd=tmp_path).stdout
    assert "Usage: epicrisis data prepare [OPTIONS] FILES... " in cli("data", "prepare", "--help", cwd=tmp_path).stdout
    missing = cli("check", cwd=tmp_path)
    assert missing.returncode == 2 and "Missing argument 'RECORDS'" in missing.stderr


def test_command_summaries_are_reflowed_not_broken_where_the_docstring_was(tmp_path):
    proc = cli("--help", cwd=tmp_path, env={**ENV, "COLUMNS": "140"})
    # The docstring breaks after "1 when": the list must not (a ragged line).
    assert "Exit 0 when every record passes, 1 when any fails, 2 on a usage or input error." in proc.stdout


def test_version_comes_from_the_package_metadata(tmp_path):
    proc = cli("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout == f"epicrisis {version('epicrisis-harness')}\n"
    import harness

    assert harness.__version__ == version("epicrisis-harness")


def test_checks_lists_what_each_check_catches_in_both_languages(tmp_path):
    spanish = cli("checks", cwd=tmp_path, env={**ENV, "COLUMNS": "200"}).stdout
    assert "detecta" in spanish and "Texto repetitivo" in spanish and "advertencia" in spanish
    english = cli("checks", "--lang", "en", cwd=tmp_path, env={**ENV, "COLUMNS": "200"}).stdout
    assert "rule (fires when broken)" in english
    assert all_checks()["REP001"].doc.split("\n")[0].replace("``", "") in english


def test_checks_json_is_every_registered_check(tmp_path):
    proc = cli("checks", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(proc.stdout)
    registry = all_checks()
    assert [c["id"] for c in listed] == list(registry)
    rep = next(c for c in listed if c["id"] == "REP001")
    spec = registry["REP001"]
    assert rep["name"] == spec.name and rep["severity"] == spec.severity.value and rep["message"] == spec.message
    assert rep["options"] == dict(spec.options) and rep["source"].startswith("epicrisis-harness ")
    assert rep["rule"].startswith("No sentence twice") and "``" not in rep["rule"]


def test_promote_with_an_unknown_variant_is_a_usage_error_naming_the_known_ones(tmp_path):
    proc = cli("promote", tmp_path, "--app", tmp_path / "app", "--id", "local/x", "--variant", "int9", cwd=tmp_path,
               env={**ENV, "COLUMNS": "200"})
    assert proc.returncode == 2 and proc.stdout == ""
    assert "'int9' is not one of 'fp32', 'int8', 'int4'" in proc.stderr
    assert "gates" not in proc.stderr
