"""Reading JSONL, with every bad line located: the one line reader of the
project (check records, evaluation samples, data preparation, run files).

Lines are split on ``\\n`` only. U+2028, U+2029, U+0085 and a lone CR are
characters inside a line (JSON allows them raw in strings), never line ends:
``str.splitlines()`` would cut a record a model wrote in two.

Parsing is strict, because these files come from whatever a hospital's
systems export and go on to trainers and browsers that are strict too: NaN,
Infinity and numbers too large for a double, duplicate keys, integers too
long for Python to read, nesting deeper than ``MAX_DEPTH`` and lone UTF-16
surrogates (``"\\udc80"``: not Unicode, so no file could be written with
them) are each a located error, never a traceback.

The whole file is validated before anything is checked, so a bad line means
exit status 2 and nothing printed on stdout. Blank lines are skipped; a UTF-8
byte-order mark at the start and CRLF line ends are accepted.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any, Iterator

from harness.errors import InputError, InputErrors

# Far deeper than any clinical record, far shallower than Python's recursion
# limit: everything downstream (checks, prompts, json.dumps) walks it safely.
MAX_DEPTH = 64
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonProblem(ValueError):
    """Why a JSON text was refused; the caller adds the file (and the line:
    ``line`` is the line inside the text, where the parser knows it)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


@dataclass(frozen=True, slots=True)
class CheckRecord:
    line: int
    id: str
    input: Any
    output: str


def _open_error(path: str | Path, exc: OSError) -> InputError:
    """The InputError for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError(str(path), None, "file not found")
    if isinstance(exc, IsADirectoryError):
        return InputError(str(path), None, "is a directory, not a JSONL file")
    return InputError(str(path), None, f"cannot read: {exc.strerror or exc}")


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError naming it."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _open_error(path, exc) from None


def split_lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of every line, split on ``\\n`` only."""
    return enumerate(raw.split(b"\n"), start=1)


def line_spans(raw: bytes) -> Iterator[tuple[int, int, int]]:
    """(line number, start, end) of every line :func:`split_lines` gives, as
    offsets into ``raw``: where each lies, without a copy of every line."""
    start = 0
    for number in count(1):
        end = raw.find(b"\n", start)
        if end < 0:
            yield number, start, len(raw)
            return
        yield number, start, end
        start = end + 1


def _no_constants(name: str) -> Any:
    raise JsonProblem(f"{name} is not a number JSON allows (strict JSON readers reject it)")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise JsonProblem(f"number {text[:20]}{'…' if len(text) > 20 else ''} is out of range (it would be Infinity)")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # at C speed; only an object that lost a key is walked for the first repeated one
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JsonProblem(f"duplicate key {key!r} in an object (which value is meant?)")
            seen.add(key)
    return out


# One decoder for every line: json.loads with options builds a decoder (and its scanner) per call.
_DECODER = json.JSONDecoder(parse_constant=_no_constants, parse_float=_finite, object_pairs_hook=_unique_keys)


def _walk(value: Any, *, surrogates: bool) -> None:
    """Depth and (when asked) lone surrogates, without recursion."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if depth > MAX_DEPTH:
                raise JsonProblem(f"nested more than {MAX_DEPTH} levels deep")
            if surrogates:
                for key in item:
                    _no_surrogate(key)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            if depth > MAX_DEPTH:
                raise JsonProblem(f"nested more than {MAX_DEPTH} levels deep")
            stack.extend((v, depth + 1) for v in item)
        elif surrogates and isinstance(item, str):
            _no_surrogate(item)


def _no_surrogate(text: str) -> None:
    found = _SURROGATE.search(text)
    if found:
        raise JsonProblem(f"lone surrogate \\u{ord(found.group()):04x} in a string: not Unicode text "
                          "(a UTF-16 half without its pair)")


def parse_json(text: str) -> Any:
    """One JSON value, strictly; :class:`JsonProblem` says why not."""
    try:
        if text.startswith("\ufeff"):
            json.loads(text)  # raises what json.loads says of a byte-order mark (the decoder does not look)
        value = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise JsonProblem(f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise JsonProblem(f"nested more than {MAX_DEPTH} levels deep") from None
    except JsonProblem:
        raise
    except ValueError as exc:  # an integer longer than sys.get_int_max_str_digits()
        digits = re.search(r"value has (\d+) digits", str(exc))
        raise JsonProblem(f"a number of {digits.group(1) if digits else 'too many'} digits (integers are "
                          f"limited to {sys.get_int_max_str_digits()})") from None
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    if surrogates or text.count("[") + text.count("{") > MAX_DEPTH:
        _walk(value, surrogates=surrogates)
    return value


def json_lines(name: str, raw: bytes, errors: list[InputError]) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line; undecodable or
    invalid lines go to ``errors``. A leading UTF-8 byte-order mark is dropped."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for number, line in split_lines(raw):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(InputError(name, number, f"not valid UTF-8 (byte {exc.start + 1} of the line)"))
            continue
        if not text.strip():
            continue
        try:
            yield number, parse_json(text)
        except JsonProblem as exc:
            errors.append(InputError(name, number, str(exc)))


def check_record(name: str, number: int, obj: Any) -> CheckRecord:
    """One parsed line as a check record, or the InputError saying why not
    (duplicate ids are the caller's: they need the lines before)."""
    if not isinstance(obj, dict):
        raise InputError(name, number, f"expected a JSON object, got {_json_type(obj)}")
    if "output" not in obj:
        raise InputError(name, number, "missing 'output'")
    output = obj["output"]
    if not isinstance(output, str):
        raise InputError(name, number, f"'output' must be a string, got {_json_type(output)}")
    rid = obj.get("id", number)
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise InputError(name, number, f"'id' must be a string or integer, got {_json_type(rid)}")
    return CheckRecord(number, str(rid), obj.get("input"), output)


def parse_check_line(name: str, number: int, line: bytes) -> CheckRecord | None:
    """One raw line as a check record; None for a blank line; InputError if bad."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, number, f"not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    if not text.strip():
        return None
    try:
        obj = parse_json(text)
    except JsonProblem as exc:
        raise InputError(name, number, str(exc)) from None
    return check_record(name, number, obj)


def open_lines(path: str | Path) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of a file read as it is consumed (constant
    memory), split on ``\\n`` only like :func:`split_lines`; a leading UTF-8
    byte-order mark is dropped. Opening fails at once with an InputError."""
    try:
        fh = Path(path).open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from None

    def lines() -> Iterator[tuple[int, bytes]]:
        with fh:
            try:
                for number, line in enumerate(fh, start=1):
                    if line.endswith(b"\n"):
                        line = line[:-1]
                    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                        line = line[3:]
                    yield number, line
            except OSError as exc:
                raise InputError(str(path), None, f"cannot read: {exc.strerror or exc}") from None

    return lines()


def read_check_records(path: str | Path) -> list[CheckRecord]:
    name = str(path)
    raw = read_bytes(path)
    records: list[CheckRecord] = []
    errors: list[InputError] = []
    seen_ids: dict[str, int] = {}
    for number, obj in json_lines(name, raw, errors):
        try:
            record = check_record(name, number, obj)
        except InputError as exc:
            errors.append(exc)
            continue
        rid = record.id
        if rid in seen_ids:
            errors.append(InputError(name, number, f"duplicate id {rid!r} (first on line {seen_ids[rid]})"))
            continue
        seen_ids[rid] = number
        records.append(record)
    if errors:
        raise InputErrors(errors)
    if not records:
        raise InputError(name, 1, "no records: the file is empty")
    return records


def _json_type(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null",
            int: "number", float: "number"}.get(type(value), type(value).__name__)


def unicode_text(text: str) -> str:
    """``text`` with any lone surrogate replaced by U+FFFD: for text that must
    be stored although it cannot be refused (what a model wrote)."""
    return _SURROGATE.sub("\ufffd", text)
