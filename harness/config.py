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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.errors import ConfigError, InputError
from harness.records import Severity
from harness.tomlfile import read_toml


class _ConfigFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    select: list[str] = []
    ignore: list[str] = []
    severity: dict[str, str] = {}
    options: dict[str, dict[str, Any]] = {}


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None

    def with_cli(self, select: list[str] | None, ignore: list[str] | None) -> "Config":
        """Command-line ``--select`` replaces the file's; ``--ignore`` adds to it."""
        cfg = self
        if select:
            cfg = replace(cfg, select=tuple(select))
        if ignore:
            cfg = replace(cfg, ignore=cfg.ignore + tuple(ignore))
        return cfg


def _table(path: Path) -> dict[str, Any] | None:
    try:  # deep nesting, huge integers and bad UTF-8 located too, not a traceback
        _, _, data = read_toml(path)
    except InputError as exc:
        raise ConfigError(str(exc)) from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.epicrisis]), not {type(tool).__name__}")
    if path.name == "pyproject.toml":
        return tool.get("epicrisis")
    return tool.get("epicrisis", data)


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
    table = _table(path) or {}
    try:
        parsed = _ConfigFile.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{path}: invalid [tool.epicrisis] configuration: {problems}") from None
    for check_id, value in parsed.severity.items():
        try:
            Severity.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{path}: severity.{check_id}: {exc}") from None
    return Config(
        select=tuple(parsed.select),
        ignore=tuple(parsed.ignore),
        severity=dict(parsed.severity),
        options={k: dict(v) for k, v in parsed.options.items()},
        source=str(path),
    )
