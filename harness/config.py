"""Configuration: which checks run, their severities and options.

Read from ``epicrisis.toml`` (top-level keys) or ``[tool.epicrisis]`` in
``pyproject.toml``, the nearest one found upward from the working directory,
or an explicit ``--config`` file. Validated with pydantic at the file boundary;
every effective value is recorded in the output of a run.

    [tool.epicrisis]
    select = ["FMT", "COD"]          # id prefixes; empty = all
    ignore = ["COD007"]
    [tool.epicrisis.severity]
    COD006 = "error"
    [tool.epicrisis.options.FMT003]
    max_words = 220
    lang = "en"                      # text output of the CLI: es (default) or en

Every problem of a file is reported, one ``FILE:LINE: reason`` a line: the
file's own (a key that does not exist, a value of the wrong type) here, and
those that need the registry (an unknown check id or option) by the engine,
which locates them with :meth:`Config.where`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from harness.errors import ConfigError, InputError
from harness.i18n import LANGS
from harness.records import Severity
from harness.tomlfile import KeyLines, read_toml


@lru_cache(maxsize=1)
def _file_model() -> type:
    """The model a configuration file's table is validated with, built on first use: building
    a pydantic model costs ~10 ms a start, and a start without a configuration file needs none."""
    from pydantic import BaseModel, ConfigDict

    class _ConfigFile(BaseModel):
        model_config = ConfigDict(extra="forbid")

        select: list[str] = []
        ignore: list[str] = []
        severity: dict[str, str] = {}
        options: dict[str, dict[str, Any]] = {}
        lang: Literal[LANGS] | None = None  # type: ignore[valid-type]

    return _ConfigFile


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None
    lang: str | None = None  # the CLI's text output; None: harness.i18n.DEFAULT_LANG
    # Where each key was written, for errors found after loading; not a setting.
    lines: KeyLines | None = field(default=None, compare=False, repr=False)
    table: tuple[str, ...] = field(default=(), compare=False, repr=False)  # ("tool", "epicrisis") or ()
    from_cli: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def with_cli(self, select: list[str] | None, ignore: list[str] | None) -> "Config":
        """Command-line ``--select`` replaces the file's; ``--ignore`` adds to it."""
        cfg = self
        if select:
            cfg = replace(cfg, select=tuple(select), from_cli=cfg.from_cli | {"select"})
        if ignore:
            cfg = replace(cfg, ignore=cfg.ignore + tuple(ignore), from_cli=cfg.from_cli | {"ignore"})
        return cfg

    def where(self, *key: str) -> str:
        """``FILE:LINE`` of a key of this configuration (``severity``,
        ``COD006``), ``--select``/``--ignore`` for what the command line set,
        or "configuration" for the defaults."""
        if key and key[0] in self.from_cli:
            return f"--{key[0]}"
        if self.source is None:
            return "configuration"
        return f"{self.source}:{self.lines.line(*self.table, *key)}" if self.lines else self.source


def _read(path: Path) -> tuple[str, dict[str, Any], tuple[str, ...]] | None:
    """(text, the epicrisis table, its key path) of ``path``; None for a
    pyproject.toml without ``[tool.epicrisis]``."""
    try:  # deep nesting, huge integers and bad UTF-8 located too, not a traceback
        _, text, data = read_toml(path)
    except InputError as exc:
        raise ConfigError(str(exc)) from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        line = KeyLines(text).line("tool")
        raise ConfigError(f"{path}:{line}: 'tool' must be a table ([tool.epicrisis]), not {type(tool).__name__}")
    if path.name == "pyproject.toml":
        return None if "epicrisis" not in tool else (text, tool["epicrisis"], ("tool", "epicrisis"))
    return (text, tool["epicrisis"], ("tool", "epicrisis")) if "epicrisis" in tool else (text, data, ())


def _table(path: Path) -> dict[str, Any] | None:
    found = _read(path)
    return None if found is None else found[1]


def find_config(start: Path | None = None) -> Path | None:
    """The nearest epicrisis.toml, or pyproject.toml with [tool.epicrisis]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "epicrisis.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _table(candidate) is not None:
            return candidate
    return None


def load_config(path: Path | None = None, *, discover: bool = True) -> Config:
    if path is None and discover:
        path = find_config()
    if path is None:
        return Config()
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    text, table, prefix = _read(path) or ("", {}, ("tool", "epicrisis"))
    lines = KeyLines(text)
    problems: list[str] = []
    if not isinstance(table, dict):
        raise ConfigError(f"{path}:{lines.line(*prefix)}: [{'.'.join(prefix)}] must be a table")
    from pydantic import ValidationError

    model = _file_model()
    try:
        parsed = model.model_validate(table)
    except ValidationError as exc:
        for error in exc.errors():
            key = tuple(str(p) for p in error["loc"])
            reason = (f"unknown key {key[-1]!r} (expected one of: {', '.join(model.model_fields)})"
                      if error["type"] == "extra_forbidden" and len(key) == 1 else error["msg"])
            problems.append(f"{path}:{lines.line(*prefix, *key)}: {'.'.join(key)}: {reason}")
        parsed = None
    severities = table.get("severity")
    for check_id, value in severities.items() if isinstance(severities, dict) else ():
        if isinstance(value, str):  # a value of another type is pydantic's to report
            try:
                Severity.parse(value)
            except ValueError as exc:
                problems.append(f"{path}:{lines.line(*prefix, 'severity', check_id)}: severity.{check_id}: {exc}")
    if problems or parsed is None:
        raise ConfigError("\n".join(problems))
    return Config(
        select=tuple(parsed.select),
        ignore=tuple(parsed.ignore),
        severity=dict(parsed.severity),
        options={k: dict(v) for k, v in parsed.options.items()},
        source=str(path),
        lang=parsed.lang,
        lines=lines,
        table=prefix,
    )
