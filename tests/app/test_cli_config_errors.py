"""Issue 17: a bad configuration file reports every problem, each as
FILE:LINE, in one run: the file's own (unknown keys, wrong types) and those
found against the registry (unknown checks, options, option types)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.config import load_config
from harness.engine import Engine
from harness.errors import ConfigError
from harness.prompt import DEFAULT_INSTRUCTION
from harness.jsonl import read_check_records
from harness.samples import read_samples
from tests.app.test_cli import GOOD_INPUT, GOOD_OUTPUT, write_jsonl
from tests.app.test_cli_language import cli

BROKEN = """\
# the team's settings
select = "FMT"
colour = "red"

[severity]
COD006 = "fatal"
XYZ001 = "error"

[options.FMT003]
min_words = "sixty"
max_wordz = 10
"""


def _problems(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line]


def test_every_problem_of_the_file_is_reported_with_its_line(tmp_path):
    config = tmp_path / "epicrisis.toml"
    config.write_text(BROKEN, encoding="utf-8")
    records = write_jsonl(tmp_path / "r.jsonl", [{"input": GOOD_INPUT, "output": GOOD_OUTPUT}])
    proc = cli("check", records, cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    problems = _problems(proc)
    assert f"{config}:2: select: Input should be a valid list" in problems
    assert f"{config}:3: colour: unknown key 'colour' (expected one of: select, ignore, severity, options, lang)" \
        in problems
    assert any(p.startswith(f"{config}:6: severity.COD006: ") and "fatal" in p for p in problems)
    assert len(problems) == 3, problems  # the registry's problems come once the file itself is sound


def test_every_problem_found_against_the_registry_is_reported_with_its_line(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text("[project]\nname = 'x'\n\n[tool.epicrisis]\nselect = ['FMT', 'ZZZ']\n"
                      + BROKEN.split("\n", 3)[3].replace("[severity]", "[tool.epicrisis.severity]")
                      .replace("[options.FMT003]", "[tool.epicrisis.options.FMT003]").replace('"fatal"', '"error"'),
                      encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Engine(load_config(config))
    problems = str(info.value).splitlines()
    assert problems == [
        f"{config}:5: unknown check selector 'ZZZ'",
        f"{config}:9: unknown check id 'XYZ001'",
        f"{config}:12: option FMT003.min_words expects int, got 'sixty'",
        f"{config}:13: check FMT003 has no option 'max_wordz' (options: min_words, max_words)",
    ]


def test_a_selector_from_the_command_line_is_named_as_such(tmp_path):
    records = write_jsonl(tmp_path / "r.jsonl", [{"output": GOOD_OUTPUT}])
    proc = cli("check", records, "--select", "ZZZ", "--no-config", cwd=tmp_path)
    assert proc.returncode == 2 and "--select: unknown check selector 'ZZZ'" in proc.stderr


def test_eval_reads_the_records_check_reads(tmp_path: Path):
    """`check` needs no instruction; neither does `eval`: a record without one
    is prompted with the bundled dataset's instruction."""
    path = write_jsonl(tmp_path / "r.jsonl", [{"id": "a", "input": GOOD_INPUT, "output": GOOD_OUTPUT},
                                              {"instruction": "Resumen:", "input": GOOD_INPUT, "output": GOOD_OUTPUT}])
    checked = read_check_records(path)
    samples, _ = read_samples(path)
    assert [r.id for r in checked] == [s.id for s in samples] == ["a", "2"]
    assert [s.instruction for s in samples] == [DEFAULT_INSTRUCTION, "Resumen:"]
    assert samples[0].input == checked[0].input and samples[0].reference == GOOD_OUTPUT
