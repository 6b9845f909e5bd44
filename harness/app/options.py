"""What every ``epicrisis`` command shares: its common options and how it fails.

A usage or input error ends a command with exit status 2, the located
message(s) on stderr (``FILE:LINE: reason``) and nothing on stdout, so a
script that pipes stdout never mistakes an error for output. Progress and
outcome lines go to stderr too (:func:`say_err`).

Only typer is imported here: every command module imports this one,
``epicrisis check`` included, and that command must start fast. The
configuration loads inside :func:`load_cli_config`.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from harness.errors import UsageError
from harness.i18n import DEFAULT_LANG, LANGS
from harness.variants import VARIANTS

if TYPE_CHECKING:
    from harness.config import Config

ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="epicrisis.toml or pyproject.toml to read instead of the nearest one.")]
NoConfigOption = Annotated[bool, typer.Option("--no-config", help="Ignore configuration files.")]
SelectOption = Annotated[list[str] | None, typer.Option(
    "--select", metavar="IDS", help="Check ids or prefixes to run (comma-separated or repeated).")]
IgnoreOption = Annotated[list[str] | None, typer.Option("--ignore", metavar="IDS", help="Check ids or prefixes to skip.")]
GatesOption = Annotated[Path | None, typer.Option(
    "--gates", help="Gate policy TOML (default: the bundled harness/default_gates.toml).")]

Language = Enum("Language", {name: name for name in LANGS}, type=str)  # typer lists the choices
LangOption = Annotated[Language | None, typer.Option(
    "--lang", envvar="EPICRISIS_LANG", show_envvar=False,
    help=f"Language of the text output: {' or '.join(LANGS)} (default: `lang` in the configuration file, "
         f"else {DEFAULT_LANG}). JSON output is the same in both.")]
Variant = Enum("Variant", {name: name for name in VARIANTS}, type=str)  # an unknown name is a usage error


def output_lang(lang: Language | None, config: Config | None = None) -> str:
    """The language of a command's text: ``--lang`` (or ``EPICRISIS_LANG``),
    else ``lang`` of the configuration (``config``, or the nearest file for a
    command without ``--config``), else :data:`harness.i18n.DEFAULT_LANG`."""
    if lang is not None:
        return lang.value
    if config is None:
        from harness.config import load_config

        config = load_config()
    return config.lang or DEFAULT_LANG


def split_ids(values: list[str] | None) -> list[str]:
    """Check ids or prefixes given repeated or comma-separated, upper-cased."""
    return [v.strip().upper() for value in values or [] for v in value.split(",") if v.strip()]


def load_cli_config(path: Path | None, no_config: bool, select: list[str] | None,
                    ignore: list[str] | None) -> Config:
    """The configuration a command runs with: ``--config`` (or the nearest
    file, unless ``--no-config``), then ``--select``/``--ignore`` on top."""
    from harness.config import load_config

    return load_config(path, discover=not no_config).with_cli(split_ids(select), split_ids(ignore))


def fail_usage(exc: UsageError, hint: str = "") -> NoReturn:
    """Exit 2 with the located message(s) on stderr (then ``hint``, a line
    saying what to do about it) and nothing on stdout."""
    sys.stderr.write(f"{exc}\n{hint}")
    raise typer.Exit(2)


def say_err(text: str) -> None:
    """One message on stderr, ending in exactly one newline."""
    sys.stderr.write(text.rstrip("\n") + "\n")
