"""Generation settings: one object, recorded in every run and part of its cache key.

Every setting that can change what a model writes belongs here, including the
batch size: batched left-padded generation changes the shapes of the matrix
products, so a near-tie can flip between batch sizes, and a cache must not
pretend otherwise.

The defaults live in :mod:`harness.generation_defaults` only (plain values:
the command line reads them without importing pydantic): ``epicrisis eval``
and ``export`` take their option defaults from there, and training embeds the whole
object (``training.config.ScoringSettings.generation``) to score checkpoints.
"""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.errors import UsageError
from harness.generation_defaults import DEFAULTS


class GenerationConfig(BaseModel):
    """Greedy by default. With ``do_sample`` each sample draws from its own
    seed, derived from ``seed`` and the sample id, so a resumed or reordered
    run writes the same text for the same sample."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_new_tokens: int = Field(DEFAULTS.max_new_tokens, ge=1, le=8192)
    do_sample: bool = DEFAULTS.do_sample
    temperature: float = Field(DEFAULTS.temperature, gt=0)
    top_p: float = Field(DEFAULTS.top_p, gt=0, le=1)
    top_k: int = Field(DEFAULTS.top_k, ge=0)
    seed: int = Field(DEFAULTS.seed, ge=0)
    repetition_penalty: float = Field(DEFAULTS.repetition_penalty, gt=0)
    no_repeat_ngram_size: int = Field(DEFAULTS.no_repeat_ngram_size, ge=0)
    batch_size: int = Field(DEFAULTS.batch_size, ge=1, le=1024)

    @classmethod
    def build(cls, **values: Any) -> GenerationConfig:
        """Validate user-given settings; a bad value is a usage error."""
        try:
            return cls(**values)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            raise UsageError(f"invalid generation settings: {problems}") from None

    def sample_seed(self, sample_id: str) -> int:
        """The seed of one sample: independent of batch composition and order."""
        digest = hashlib.sha256(f"{self.seed}\0{sample_id}".encode()).digest()
        return int.from_bytes(digest[:4], "big")

    def hf_kwargs(self) -> dict[str, Any]:
        """Settings for a fresh transformers ``GenerationConfig``: the backends
        never start from the model's generation_config.json, whose sampling
        defaults (Qwen ships temperature 0.7, repetition_penalty 1.05) would
        otherwise change what "greedy" means between models."""
        kwargs: dict[str, Any] = {
            "max_new_tokens": self.max_new_tokens,
            "do_sample": self.do_sample,
            "repetition_penalty": self.repetition_penalty,
            "no_repeat_ngram_size": self.no_repeat_ngram_size,
            "num_beams": 1,
        }
        if self.do_sample:
            kwargs.update(temperature=self.temperature, top_p=self.top_p, top_k=self.top_k)
        return kwargs


# The defaults, for option defaults and help text (``GenerationConfig()`` is frozen).
DEFAULT_GENERATION = GenerationConfig()
