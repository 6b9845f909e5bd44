"""``scorecard.json``: what a run's outputs scored, every rate with its 95%
Wilson interval (``harness.stats``). Building one lives in ``harness.scorecard``."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import model_validator

from harness.schemas.base import SCHEMA_VERSION, Record
from harness.stats import CONFIDENCE, wilson_interval


class Proportion(Record):
    """``count`` of ``total``, its rate and the interval (None when total is 0)."""

    count: int
    total: int
    rate: float | None
    low: float | None
    high: float | None

    @model_validator(mode="after")
    def _count_of_total(self) -> Proportion:
        # A record edited by hand (or damaged) must not reach the interval maths.
        if not 0 <= self.count <= self.total:
            raise ValueError(f"count {self.count} of total {self.total}: needs 0 <= count <= total")
        return self

    @classmethod
    def of(cls, count: int, total: int, confidence: float = CONFIDENCE) -> Proportion:
        if total == 0:
            return cls(count=0, total=0, rate=None, low=None, high=None)
        low, high = wilson_interval(count, total, confidence)
        return cls(count=count, total=total, rate=count / total, low=low, high=high)


class CheckScore(Record):
    name: str
    severity: str
    records: Proportion  # records with at least one finding of this check
    findings: int


class WordStats(Record):
    """Words as FMT003 counts them (whitespace-separated, codes included)."""

    mean: float | None
    min: int | None
    p10: float | None
    median: float | None
    p90: float | None
    max: int | None
    in_range: Proportion  # within FMT003's [min_words, max_words]
    range: tuple[int, int]


class SpeedStats(Record):
    samples: int
    prompt_tokens: int
    new_tokens: int
    seconds: float
    samples_per_s: float | None
    tokens_per_s: float | None
    stopped_by_eos: Proportion  # the rest hit max_new_tokens


class Scorecard(Record):
    schema_version: Literal[1] = SCHEMA_VERSION
    run_key: str
    backend: str
    variant: str
    model_fingerprint: str
    prompt_hash: str
    records: int
    confidence: float = CONFIDENCE
    interval: Literal["wilson"] = "wilson"
    passed: Proportion  # records without an error finding
    by_check: dict[str, CheckScore]
    words: WordStats
    speed: SpeedStats
    engine: dict[str, Any]
