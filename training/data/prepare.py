"""The guide's preparation step as a tool: concatenate JSONL files, validate
every line, split 90/10 with seed 42, write ``train.jsonl`` and
``validation.jsonl``.

Stricter than ``epicrisis check``'s reader on purpose: a byte-order mark, a
CRLF line end or a blank line is a malformed line here, because these files
go to a trainer whose loaders treat them inconsistently (a BOM glued to the
first key, a blank line read as an empty example).

The split does not shuffle: each record's place is decided by a SHA-256 of
the seed and its content, and the ``ceil(n * ratio)`` records with the
smallest digests form the validation split. That is the same on every
platform and Python version, and a record stays on its side when files are
reordered or other records are added.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from harness.errors import InputError, UsageError
from harness.jsonl import JsonProblem, parse_json, read_bytes, split_lines

REQUIRED = ("instruction", "input", "output")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Example:
    """A valid line: its stable id, where it came from, and the record."""

    id: str
    path: str
    line: int
    record: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Rejection:
    path: str
    line: int
    reason: str
    raw: str  # the line as read (undecodable bytes as \\x escapes)

    def as_error(self) -> InputError:
        return InputError(self.path, self.line, self.reason)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.path, "line": self.line, "reason": self.reason, "raw": self.raw}


@dataclass(frozen=True, slots=True)
class Duplicate:
    example: Example
    first: Example
    exact: bool  # False: same input, different output

    @property
    def reason(self) -> str:
        kind = "exact duplicate" if self.exact else "duplicate input with a different output"
        return f"{kind} of {self.first.where}"


@dataclass
class Reading:
    examples: list[Example] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    lines: int = 0


def _type_name(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null",
            int: "number", float: "number"}.get(type(value), type(value).__name__)


def problem(record: Any) -> str | None:
    """Why a parsed line is not a usable example, or None."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {_type_name(record)}"
    for key in REQUIRED:
        if key not in record:
            return f"missing '{key}'"
    for key in ("instruction", "output"):
        if not isinstance(record[key], str):
            return f"'{key}' must be a string, got {_type_name(record[key])}"
        if not record[key].strip():
            return f"empty '{key}'"
    value = record["input"]
    if not isinstance(value, (dict, list, str)):
        return f"'input' must be an object, array or string, got {_type_name(value)}"
    if not (value.strip() if isinstance(value, str) else value):
        return "empty 'input'"
    rid = record.get("id")
    if "id" in record and (isinstance(rid, bool) or not isinstance(rid, (str, int)) or str(rid) == ""):
        return f"'id' must be a non-empty string or integer, got {_type_name(rid)}"
    return None


def _line_problem(raw: bytes) -> tuple[str | None, Any]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte {exc.start + 1} of the line)", None
    if raw.startswith(_BOM):
        return "UTF-8 byte-order mark (BOM) at the start of the line", None
    if raw.endswith(b"\r"):
        return "CRLF line end (the file must use LF line ends)", None
    if not text.strip():
        return "blank line", None
    try:
        # harness.jsonl's strict parse: NaN, Infinity, duplicate keys, lone
        # surrogates, deep nesting and huge integers are each a located reason
        record = parse_json(text)
    except JsonProblem as exc:
        return str(exc), None
    return problem(record), record


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path
    lines: list[bytes]


def load(paths: Iterable[str | Path]) -> list[SourceFile]:
    """Read every file first: an unreadable or empty file is a usage error
    raised before any work."""
    return [SourceFile(Path(p), _file_lines(Path(p))) for p in paths]


def _file_lines(path: Path) -> list[bytes]:
    raw = read_bytes(path)
    lines = [line for _, line in split_lines(raw)]
    if lines[-1] == b"":
        lines.pop()  # the newline that ends the last line does not start another
    if not lines:
        raise InputError(str(path), None, "no records: the file is empty")
    return lines


def _id_prefixes(paths: list[Path]) -> list[str]:
    stems = [p.stem for p in paths]
    return stems if len(set(stems)) == len(stems) else [str(p) for p in paths]


def validate(files: list[SourceFile], progress: Callable[[int], None] | None = None) -> Reading:
    """Every line of every file, valid or rejected with its reason. Records
    without an ``id`` get ``STEM:LINE``; ids must be unique across files."""
    reading = Reading()
    seen: dict[str, Example] = {}
    for source, prefix in zip(files, _id_prefixes([f.path for f in files]), strict=True):
        name = str(source.path)
        for number, raw in enumerate(source.lines, start=1):
            reading.lines += 1
            reason, record = _line_problem(raw)
            if reason is None:
                rid = str(record["id"]) if "id" in record else f"{prefix}:{number}"
                if rid in seen:
                    reason = f"duplicate id {rid!r} (first at {seen[rid].where})"
                else:
                    example = Example(rid, name, number, record)
                    seen[rid] = example
                    reading.examples.append(example)
            if reason is not None:
                reading.rejected.append(Rejection(name, number, reason, raw.decode("utf-8", "backslashreplace")))
            if progress:
                progress(1)
    return reading


def read_examples(paths: Iterable[str | Path]) -> Reading:
    return validate(load(paths))


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def find_duplicates(examples: list[Example]) -> list[Duplicate]:
    """Later occurrences of an earlier record (same instruction, input and
    output) or of an earlier input (same instruction and input)."""
    by_content: dict[str, Example] = {}
    by_input: dict[str, Example] = {}
    found: list[Duplicate] = []
    for ex in examples:
        prompt = _canonical([ex.record["instruction"], ex.record["input"]])
        content = _canonical([prompt, ex.record["output"]])
        if content in by_content:
            found.append(Duplicate(ex, by_content[content], True))
        elif prompt in by_input:
            found.append(Duplicate(ex, by_input[prompt], False))
        else:
            by_content[content] = ex
            by_input[prompt] = ex
    return found


def split_key(example: Example, seed: int) -> str:
    content = _canonical([example.record["instruction"], example.record["input"], example.record["output"]])
    return hashlib.sha256(f"{seed}\n{content}".encode("utf-8")).hexdigest()


def split(examples: list[Example], *, seed: int = 42, val_ratio: float = 0.1) -> tuple[list[Example], list[Example]]:
    """(train, validation), each in input order."""
    if not 0 < val_ratio < 1:
        raise UsageError(f"--val-ratio must be between 0 and 1, got {val_ratio}")
    n_val = math.ceil(len(examples) * val_ratio - 1e-9)
    if n_val >= len(examples):
        raise UsageError(f"{len(examples)} valid records leave none for training with --val-ratio {val_ratio}")
    ranked = sorted(range(len(examples)), key=lambda i: (split_key(examples[i], seed), i))
    held_out = set(ranked[:n_val])
    train = [ex for i, ex in enumerate(examples) if i not in held_out]
    validation = [ex for i, ex in enumerate(examples) if i in held_out]
    return train, validation


def example_line(example: Example) -> str:
    record = {"id": example.id, **{k: v for k, v in example.record.items() if k != "id"}}
    return json.dumps(record, ensure_ascii=False) + "\n"
