"""A run directory's files: ``run.json`` (RunManifest), ``outputs/<key>.jsonl``
(OutputRecord a line) and ``findings.jsonl`` (RecordFindings a line).

Reading, writing and the cache live in ``harness.runs``.
"""

from __future__ import annotations

from typing import Any, Literal

from harness.generation import GenerationConfig
from harness.schemas.base import SCHEMA_VERSION, Record


class ModelInfo(Record):
    path: str
    base: str | None = None
    fingerprint: str
    files: dict[str, str]  # name -> sha256


class PromptInfo(Record):
    system: str
    user_turn: str
    template: str
    hash: str


class DataInfo(Record):
    path: str
    sha256: str
    limit: int | None
    sample_ids: list[str]


class RunManifest(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    key: str
    created: str
    model: ModelInfo
    backend: str
    variant: str
    prompt: PromptInfo
    generation: GenerationConfig
    packages: dict[str, str | None]
    git_revision: str | None
    python: str
    machine: str
    data: DataInfo


class OutputRecord(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    key: str
    id: str
    instruction: str
    input: Any
    reference: str | None
    prompt_sha256: str
    text: str
    token_ids: list[int]
    margins: list[float | None]
    prompt_tokens: int
    finish_reason: Literal["eos", "length"]
    seconds: float  # this sample's share of its batch's wall time
    batch_seconds: float
    batch_size: int


class RecordFindings(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: str
    passed: bool
    words: int
    findings: list[dict[str, Any]]
