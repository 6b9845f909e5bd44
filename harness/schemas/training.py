"""A training output directory's records: ``ledger.jsonl`` (LedgerRow a
line, each with its typed ONNX entry), ``best.json`` (BestCheckpoint) and
``train_config.json`` (TrainRecord).

Here so that readers (reports, the app) read them without importing the
training package; writing them lives in ``training.ledger`` and
``training.record``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, ValidationError

from harness.errors import InputError
from harness.jsonl import read_bytes, split_lines
from harness.schemas.base import SCHEMA_VERSION, Record
from harness.schemas.scorecard import Proportion

LEDGER_FILE = "ledger.jsonl"
BEST_FILE = "best.json"
TRAIN_RECORD_FILE = "train_config.json"


class CheckRate(Record):
    name: str
    severity: str
    records: Proportion  # records with at least one finding of this check


class OnnxScored(Record):
    """A checkpoint exported to ONNX fp32, scored, and compared with its torch run."""

    status: Literal["ok"] = "ok"
    onnx_dir: str
    onnx_run: str
    torch_run: str
    parity_file: str
    exact_match: float | None  # share of samples whose text equals the torch run's
    pass_agreement: float | None  # share of samples with the same pass/fail verdict
    mcnemar_p: float | None
    divergent: int  # samples whose tokens differ from torch
    first_divergence: int | None  # earliest differing token over all samples
    onnx_pass_rate: float | None
    torch_pass_rate: float | None
    onnx_tokens_per_s: float | None
    validation_max_abs_diff: float
    seconds: dict[str, float]  # merge, export, validate, eval_onnx, eval_torch, compare


class OnnxExportFailed(Record):
    """The export did not validate: a fact about the checkpoint, with every mismatch."""

    status: Literal["export-failed"] = "export-failed"
    onnx_dir: str
    error: str
    mismatches: list[str]
    seconds: dict[str, float]


class OnnxScoreError(Record):
    """The ONNX scoring raised: recorded like a failed evaluation; training goes on."""

    status: Literal["error"] = "error"
    error: str


OnnxScore = Annotated[OnnxScored | OnnxExportFailed | OnnxScoreError, Field(discriminator="status")]


class LedgerRow(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    step: int
    epoch: float | None
    checkpoint: str
    created: str
    train_loss: float | None
    eval_loss: float | None
    passed: Proportion | None  # records without an error finding
    checks: dict[str, CheckRate] = {}
    words_median: float | None = None
    run_dir: str | None
    scoring_seconds: float | None
    error: str | None = None
    onnx: OnnxScore | None = None  # with --score-onnx
    best: bool = False

    @property
    def pass_rate(self) -> float | None:
        return self.passed.rate if self.passed is not None else None


class BestCheckpoint(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    step: int
    checkpoint: str
    pass_rate: float
    passed: Proportion
    eval_loss: float | None
    run_dir: str | None


class DataFile(Record):
    model_config = ConfigDict(validate_assignment=True)

    path: str
    sha256: str
    records: int


class TrainOutcome(Record):
    model_config = ConfigDict(validate_assignment=True)

    steps: int
    train_seconds: float  # wall time of trainer.train(), scoring included
    scoring_seconds: float  # of which: evaluation runs of the checkpoints
    checkpoints_scored: int
    best_checkpoint: str | None
    best_pass_rate: float | None


class TrainRecord(Record):
    """What a training run was, written when it starts and completed when it ends."""

    model_config = ConfigDict(validate_assignment=True)

    schema_version: Literal[1] = SCHEMA_VERSION
    created: str
    finished: str | None = None
    settings: dict[str, Any]
    sources: dict[str, str]  # dotted setting -> "preset:micro" | "file:PATH" | "flag"
    device: dict[str, Any]
    base: dict[str, Any]
    data: dict[str, DataFile]
    prompt: dict[str, str]
    parameters: dict[str, int] = {}
    packages: dict[str, str | None]
    git_revision: str | None
    python: str
    machine: str
    oom_retries: list[dict[str, Any]] = []
    outcome: TrainOutcome | None = None


def read_ledger_rows(folder: Path) -> list[LedgerRow]:
    """The rows of ``folder/ledger.jsonl``; a bad row is an error naming its line."""
    path = Path(folder) / LEDGER_FILE
    if not path.exists():
        raise InputError(str(path), None, "no ledger: train with scoring first")
    rows = []
    for number, line in split_lines(read_bytes(path)):  # "\n" only: U+2028 is no line end
        if not line.strip():
            continue
        try:
            rows.append(LedgerRow.model_validate_json(line))
        except ValidationError as exc:
            raise InputError(str(path), number, f"invalid ledger row: {exc.errors()[0]['msg']}") from None
    return rows
