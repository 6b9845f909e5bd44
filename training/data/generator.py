"""Seeded synthetic records in the guide's format:
``{"instruction": "Epicrisis:", "input": {...}, "output": "Ingresa por ..."}``.

Record ``i`` of seed ``s`` is drawn from ``random.Random(f"epicrisis:{s}:{i}")``
alone (string seeds are hashed with SHA-512: the same on every platform and
independent of PYTHONHASHSEED), so a record does not depend on how many were
generated before it, and the bundled files are two ranges of one generation.
"""

from __future__ import annotations

import json
from pathlib import Path
import random
from typing import Any, Iterator

from harness.prompt import DEFAULT_INSTRUCTION
from training.data.admission import sample_admission
from training.data.inputs import SHAPES, render_input
from training.data.scenarios import SCENARIOS
from training.data.writer import write_epicrisis
from training.data.writer_base import write_base_epicrisis

INSTRUCTION = DEFAULT_INSTRUCTION  # harness.prompt's: the one the eval of a record without one uses
# House styles of the reference output: the hospital's (the bundled files, what fine-tuning teaches) and the
# pretrained base's (training.data.writer_base: grounded the same way, in another format).
STYLES = {"hospital": write_epicrisis, "base": write_base_epicrisis}

# The bundled default (package data in training/data/bundled/): 350 records of seed 350 in the two files the
# team's guide splits its private dataset into, as (name, first index, count).
# `epicrisis data generate --n 175 [--start 175] --seed 350 --out training/data/bundled/NAME` rewrites each.
BUNDLED_SEED = 350
BUNDLED_DIR = Path(__file__).with_name("bundled")
BUNDLED_FILES = (("dataset_epicrisis_175.jsonl", 0, 175), ("dataset_epicrisis_176_350_final.jsonl", 175, 175))


def generate_record(seed: int, index: int, shape: str = "object", style: str = "hospital") -> dict[str, Any]:
    """Record ``index`` of ``seed``; the styles share every draw up to the
    writer, so one (seed, index) is the same admission in either style."""
    if shape not in SHAPES:
        raise ValueError(f"unknown input shape {shape!r} (known: {', '.join(SHAPES)})")
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    rng = random.Random(f"epicrisis:{seed}:{index}")
    scenario = rng.choice(SCENARIOS)
    adm = sample_admission(rng, scenario)
    nodots_codes = shape == "nodots" and rng.random() < 0.5
    output = STYLES[style](adm, rng, nodots=nodots_codes)
    return {"instruction": INSTRUCTION, "input": render_input(adm, shape), "output": output}


def generate_records(n: int, seed: int, *, start: int = 0, shape: str = "object",
                     style: str = "hospital") -> Iterator[dict[str, Any]]:
    for index in range(start, start + n):
        yield generate_record(seed, index, shape, style)


def dumps_record(record: dict[str, Any]) -> str:
    """One JSONL line; key order and separators fixed so files are byte-identical."""
    return json.dumps(record, ensure_ascii=False)


def jsonl_bytes(records: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> bytes:
    return "".join(dumps_record(r) + "\n" for r in records).encode("utf-8")


def bundled_paths() -> list[Path]:
    """The bundled dataset's files, found as package data (a checkout or a wheel)."""
    return [BUNDLED_DIR / name for name, _, _ in BUNDLED_FILES]


def bundled_bytes() -> dict[str, bytes]:
    """The bundled files' exact contents, by file name."""
    return {name: jsonl_bytes(generate_records(n, BUNDLED_SEED, start=start)) for name, start, n in BUNDLED_FILES}

