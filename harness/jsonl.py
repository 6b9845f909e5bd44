"""Reading (input, output) records from JSONL, with every bad line located.

The whole file is validated before anything is checked, so a bad line means
exit status 2 and nothing printed on stdout. Blank lines are skipped; a UTF-8
byte-order mark at the start and CRLF line ends are accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.errors import InputError, InputErrors


@dataclass(frozen=True, slots=True)
class CheckRecord:
    line: int
    id: str
    input: Any
    output: str


def read_check_records(path: str | Path) -> list[CheckRecord]:
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, None, "file not found") from None
    except OSError as exc:
        raise InputError(name, None, f"cannot read: {exc.strerror or exc}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    records: list[CheckRecord] = []
    errors: list[InputError] = []
    seen_ids: dict[str, int] = {}
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(InputError(name, number, f"not valid UTF-8 (byte {exc.start + 1} of the line)"))
            continue
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(InputError(name, number, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
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
