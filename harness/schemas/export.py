"""``export.json``: the record of an export, written last.

It says what was exported (checkpoint, base, merge), how (task, validation,
quantization settings), how long each step took, how each variant scored and
compared with the torch run, which gates passed, the sha256 of every file,
and which variants may be promoted; with ``--search``, which recipe the
search chose and why each other one was not. Writing, reading and checking it live in
``export.artifact``; promotion trusts nothing else.
"""

from __future__ import annotations

from typing import Any, Literal

from harness.generation import GenerationConfig
from harness.schemas.base import SCHEMA_VERSION, Record
from harness.schemas.runs import PromptInfo

EXPORT_FILE = "export.json"


class ValidationInfo(Record):
    atol: float
    rtol: float | None = None  # None: an export record from before the relative term
    shapes: list[str]
    outputs: int
    max_abs_diff: dict[str, float]
    seconds: float


class RecipeInfo(Record):
    recipe: str  # the recipe's own name (harness.variants.DEFAULT_RECIPES names the defaults')
    dtype: str  # Transformers.js dtype of the file: fp32, q8, q4, q4f16
    kind: str  # Int8Settings, Int4Settings or fp32
    summary: str
    settings: dict[str, Any]


class VariantRecord(Record):
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
    recipe: RecipeInfo | None = None  # absent in records written before the recipes (issue 15)
    mcnemar_p: float | None = None  # paired test of the pass verdicts against the torch run


SearchOutcome = Literal["chosen", "gates failed", "over budget", "refused on CPU", "passed, not chosen"]


class SearchCandidate(Record):
    variant: str
    recipe: str
    dtype: str
    bytes: int | None
    tokens_per_s: float | None
    verdict_agreement: float | None
    pass_rate: float | None
    gate_passed: bool
    fits_budget: bool
    outcome: SearchOutcome
    reason: str  # the outcome in words: the failing gates, the size over budget, the runtime's refusal


class SearchRecord(Record):
    """``epicrisis export --search``: every recipe tried, and the one marked promotable."""

    prefer: Literal["smallest", "fastest"]
    budget_mb: float | None
    chosen: str | None
    candidates: list[SearchCandidate]


class DataRef(Record):
    path: str
    sha256: str
    limit: int | None
    samples: int


class ExportRecord(Record):
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
    search: SearchRecord | None = None
    refused: dict[str, str] = {}  # variant -> why onnxruntime on CPU cannot run it (built, not scored)
