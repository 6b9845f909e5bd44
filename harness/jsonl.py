"""Reading (input, output) records from JSONL, with every bad line located.

The whole file is validated before anything is checked, so a bad line means
exit status 2 and nothing printed on stdout. Blank lines are skipped; a UTF-8
byte-order mark at the start and CRLF line ends are accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from harness.errors import InputError, InputErrors


@dataclass(frozen=True, slots=True)
class CheckRecord:
    line: int
    id: str
    input: Any
    output: str


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError naming it."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), None, "file not found") from None
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read: {exc.strerror or exc}") from None


def json_lines(name: str, raw: bytes, errors: list[InputError]) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line; undecodable or
    invalid lines go to ``errors``. A leading UTF-8 byte-order mark is dropped."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(InputError(name, number, f"not valid UTF-8 (byte {exc.start + 1} of the line)"))
            continue
        if not text.strip():
            continue
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(InputError(name, number, f"invalid JSON: {exc.msg} (column {exc.colno})"))


def read_check_records(path: str | Path) -> list[CheckRecord]:
    name = str(path)
    raw = read_bytes(path)
    records: list[CheckRecord] = []
    errors: list[InputError] = []
    seen_ids: dict[str, int] = {}
    for number, obj in json_lines(name, raw, errors):
        if not isinstance(obj, dict):
            errors.append(InputError(name, number, f"expected a JSON object, got {type(obj).__name__}"))
            continue
        if "output" not in obj:
            errors.append(InputError(name, number, "missing 'output'"))
            continue
        output = obj["output"]
        if not isinstance(output, str):
            errors.append(InputError(name, number, f"'output' must be a string, got {_json_type(output)}"))
            continue
        rid = obj.get("id", number)
        if isinstance(rid, bool) or not isinstance(rid, (str, int)):
            errors.append(InputError(name, number, f"'id' must be a string or integer, got {_json_type(rid)}"))
            continue
        rid = str(rid)
        if rid in seen_ids:
            errors.append(InputError(name, number, f"duplicate id {rid!r} (first on line {seen_ids[rid]})"))
            continue
        seen_ids[rid] = number
        records.append(CheckRecord(number, rid, obj.get("input"), output))
    if errors:
        raise InputErrors(errors)
    if not records:
        raise InputError(name, 1, "no records: the file is empty")
    return records


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null",
            int: "number", float: "number"}.get(type(value), type(value).__name__)
