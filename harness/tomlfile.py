"""Reading a TOML file with every failure located: the one TOML reader of the
gate files, configuration files and training configs.

``tomllib`` raises ``TOMLDecodeError`` for most bad input, but not for all of
it: tables or arrays nested a thousand deep exhaust its recursion
(``RecursionError``) and an integer longer than Python's digit limit raises a
bare ``ValueError``. Each becomes an :class:`InputError` naming the file and,
where it can be found, the line.

Line numbers count ``\\n`` only, as the TOML parser does: a U+2028 in a
comment is a character, not a line end (``str.splitlines()`` would shift
every line number after it).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from harness.errors import InputError

_LINE = re.compile(r"line (\d+)")


def read_toml(path: str | Path, *, missing: str = "file not found") -> tuple[bytes, str, dict[str, Any]]:
    """(raw bytes, text, parsed table) of ``path``; an InputError otherwise."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, None, missing) from None
    except IsADirectoryError:
        raise InputError(name, None, "is a directory, not a TOML file") from None
    except OSError as exc:
        raise InputError(name, None, f"cannot read: {exc.strerror or exc}") from None
    return raw, *parse_toml(name, raw)


def parse_toml(name: str, raw: bytes) -> tuple[str, dict[str, Any]]:
    """(text, parsed table) of a TOML document read from ``name``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, raw[:exc.start].count(b"\n") + 1, "not valid UTF-8") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _LINE.search(str(exc))
        raise InputError(name, int(found.group(1)) if found else 1, f"invalid TOML: {exc}") from None
    except RecursionError:
        raise InputError(name, _deepest_line(text), "invalid TOML: arrays or tables nested too deeply") from None
    except ValueError as exc:  # an integer over sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits()
        found = re.search(r"\d{%d,}" % (limit + 1), text.replace("_", ""))
        line = text.replace("_", "")[:found.start()].count("\n") + 1 if found else None
        raise InputError(name, line, f"invalid TOML: a number of more than {limit} digits ({exc})") from None


def _deepest_line(text: str) -> int:
    """The line where bracket nesting is deepest (strings are not told
    apart: this only points the reader at the right place)."""
    depth = best = 0
    best_line = line = 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch in "[{":
            depth += 1
            if depth > best:
                best, best_line = depth, line
        elif ch in "]}":
            depth = max(0, depth - 1)
    return best_line


class KeyLines:
    """Line numbers of tables and keys, for errors found after parsing
    (a value of the wrong type, an unknown key): ``line("floors", "min_pass_rate")``
    is where that key is written, else where its nearest enclosing table is,
    else 1."""

    _HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
    _KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-]+)\s*=""")

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        for number, line in enumerate(text.split("\n"), start=1):  # as tomllib counts: U+2028 is no line end
            header = self._HEADER.match(line)
            if header:
                table = tuple(self._parts(header.group(1)))
                self.lines.setdefault(table, number)
                continue
            key = self._KEY.match(line)
            if key:
                self.lines.setdefault(table + tuple(self._parts(key.group(1))), number)

    @staticmethod
    def _parts(dotted: str) -> list[str]:
        return [p.strip().strip("\"'") for p in dotted.split(".")]

    def line(self, *path: str) -> int:
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1
