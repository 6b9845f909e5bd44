"""Evaluation samples: the dataset's JSONL, one ``{"instruction", "input", "output"}`` a line.

``output`` (the reference epicrisis) is optional here: an evaluation scores
what the model writes, the reference is kept only for reports. ``id`` is
optional too (default: the line number), and so is ``instruction`` (default:
``harness.prompt.DEFAULT_INSTRUCTION``): a file ``epicrisis check`` reads,
``{"input", "output"}`` a line, can be evaluated as it is. Every bad line is collected and
reported as ``FILE:LINE: reason`` before anything runs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.errors import InputError, InputErrors
from harness.jsonl import json_lines, read_bytes
from harness.prompt import DEFAULT_INSTRUCTION


@dataclass(frozen=True, slots=True)
class Sample:
    line: int
    id: str
    instruction: str
    input: Any
    reference: str | None


def read_samples(path: str | Path, *, limit: int | None = None) -> tuple[list[Sample], str]:
    """The samples (the first ``limit`` if given) and the file's sha256."""
    name = str(path)
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()
    samples: list[Sample] = []
    errors: list[InputError] = []
    seen: dict[str, int] = {}
    lines = json_lines(name, raw, errors) if limit is None or limit > 0 else iter(())
    for number, obj in lines:
        problem = _problem(obj)
        if problem:
            errors.append(InputError(name, number, problem))
            continue
        sid = str(obj.get("id", number))
        if sid in seen:
            errors.append(InputError(name, number, f"duplicate id {sid!r} (first on line {seen[sid]})"))
            continue
        seen[sid] = number
        samples.append(Sample(number, sid, obj.get("instruction", DEFAULT_INSTRUCTION), obj["input"],
                              obj.get("output")))
        if limit is not None and len(samples) >= limit:
            break  # stop before reading further lines
    if errors:
        raise InputErrors(errors)
    if not samples:
        raise InputError(name, 1, "no samples: the file is empty")
    return samples, digest


def _problem(obj: Any) -> str | None:
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    if "input" not in obj:
        return "missing 'input' (the clinical data the model writes from)"
    if not isinstance(obj.get("instruction", ""), str):
        return "'instruction' must be a string"
    if obj.get("output") is not None and not isinstance(obj["output"], str):
        return "'output' must be a string"
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        return "'id' must be a string or integer"
    return None
