"""``export.json``: the record of an export, written last.

It says what was exported (checkpoint, base, merge), how (task, validation,
quantization settings), how long each step took, how each variant scored and
compared with the torch run, which gates passed, the sha256 of every file,
and which variants may be promoted. Promotion trusts nothing else: a folder
without ``export.json`` is an unfinished export, and a file whose hash
differs from the record is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from harness.errors import UsageError
from harness.generation import GenerationConfig
from harness.runs import (
    SCHEMA_VERSION,
    PromptInfo,
    file_sha256,
    read_json_model,
    write_atomic,
)

RECORD_FILE = "export.json"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ValidationInfo(_Model):
    atol: float
    shapes: list[str]
    outputs: int
    max_abs_diff: dict[str, float]
    seconds: float


class VariantRecord(_Model):
    file: str  # onnx/model_quantized.onnx
    bytes: int
    quantization: dict[str, Any] | None  # settings, onnxruntime version, seconds, node counts
    run: str
    parity: str
    gate: str
    gate_passed: bool
    pass_rate: float | None
    tokens_per_s: float | None
    text_match: float | None
    verdict_agreement: float | None
    divergent: int  # samples whose tokens differ from torch
    first_divergence: int | None  # earliest differing token over all samples
    eval_seconds: float


class DataRef(_Model):
    path: str
    sha256: str
    limit: int | None
    samples: int


class ExportRecord(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    created: str
    checkpoint: str
    base: str | None
    merged: bool
    task: str
    data: DataRef
    generation: GenerationConfig
    prompt: PromptInfo
    times: dict[str, float]  # seconds per step
    validation: ValidationInfo
    torch_run: str
    torch_gate: str
    checkpoint_gate_passed: bool
    variants: dict[str, VariantRecord]
    policy: str
    policy_sha256: str
    baseline: str | None
    promotable: list[str]
    files: dict[str, str]  # path relative to the export -> sha256
    packages: dict[str, str | None]


def write_record(out: Path, record: ExportRecord) -> None:
    write_atomic(out / RECORD_FILE, record.model_dump_json(indent=2) + "\n")


def read_record(export_dir: Path) -> ExportRecord:
    path = export_dir / RECORD_FILE
    if not path.is_file():
        raise UsageError(f"{export_dir}: no {RECORD_FILE}: not an export, or an export that did not finish "
                         "(run `epicrisis export` again)")
    return read_json_model(path, ExportRecord)


def hash_files(root: Path, names: list[str]) -> dict[str, str]:
    return {name: file_sha256(root / name) for name in sorted(names)}


def check_files(root: Path, record: ExportRecord, names: list[str]) -> None:
    """Every named file exists with the hash the record gives; all problems at once."""
    problems = []
    for name in names:
        expected = record.files.get(name)
        path = root / name
        if expected is None:
            problems.append(f"{name}: not listed in {RECORD_FILE}")
        elif not path.is_file():
            problems.append(f"{name}: missing")
        elif file_sha256(path) != expected:
            problems.append(f"{name}: sha256 differs from {RECORD_FILE} (changed since the export was gated)")
    if problems:
        raise UsageError(f"{root}: the export does not match its record:\n" + "\n".join(f"  - {p}" for p in problems))


def resolve(export_dir: Path, path: str) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else export_dir / candidate
