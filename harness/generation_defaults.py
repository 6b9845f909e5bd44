"""The generation settings' defaults, as plain values (one source).

:class:`harness.generation.GenerationConfig` declares its fields with these
defaults; ``epicrisis eval`` and ``export`` take their option defaults from
here, so building the command line builds no pydantic model (~10 ms of
every ``epicrisis check`` start).
"""

from __future__ import annotations

from typing import NamedTuple


class GenerationDefaults(NamedTuple):
    max_new_tokens: int = 384
    do_sample: bool = False  # greedy
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    seed: int = 0
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0
    batch_size: int = 8


DEFAULTS = GenerationDefaults()
