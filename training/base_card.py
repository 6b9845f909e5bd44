"""``base_card.json``: how a pretrained base folder was made (``epicrisis pretrain``).

The generator's style, shape, seed and record range, the tokens trained on,
the preset (and its sha256), the model config, the optimisation, the loss
curve, the seconds of each stage, the device, the package versions and the
sha256 of every other file of the folder, so a shipped base can be checked
against its card and rebuilt by the same command.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from harness.atomic import write_atomic
from harness.runs import file_sha256, git_revision, machine, now, package_versions, read_json_model

CARD_FILE = "base_card.json"
PACKAGES = ("torch", "transformers", "tokenizers", "safetensors", "numpy", "epicrisis-harness")


class GeneratorInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    module: str = "training.data.generator"
    style: str
    shape: str
    seed: int
    first_index: int
    last_index: int  # exclusive
    records_generated: int
    records_trained: int
    tokenizer_records: int
    held_out: int  # generated records left out because their input is a bundled record's
    too_long: int  # left out: longer than max_length tokens


class TokenCounts(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requested: int
    trained: int  # prompt + completion tokens of the records trained on
    completion: int  # of which the loss was computed on
    mean_per_record: float


class LossPoint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    step: int
    tokens: int  # trained on so far
    loss: float  # mean over the steps since the previous point
    learning_rate: float


class TrainingInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    steps: int
    batch_size: int
    learning_rate: float
    schedule: str = "linear warm-up, cosine to zero"
    warmup_ratio: float
    weight_decay: float
    max_grad_norm: float
    optimizer: str = "AdamW (0.9, 0.999), eps 1e-8"
    seed: int
    precision: str  # "bf16 autocast" | "fp32"
    loss: str = "mean cross-entropy of the completion tokens"
    final_loss: float | None
    loss_curve: list[LossPoint]  # every log_every steps


class BaseCard(BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1
    created: str
    preset: dict[str, str]  # name, path, sha256
    generator: GeneratorInfo
    tokens: TokenCounts
    tokenizer: dict[str, Any]
    config: dict[str, Any]  # the model's config.json
    parameters: int
    weights_dtype: str = "float16"  # loaders upcast to float32
    training: TrainingInfo
    seconds: dict[str, float]
    device: dict[str, str]  # type, name
    packages: dict[str, str | None]
    python: str
    git_revision: str | None
    files: dict[str, str]  # every other file of the folder: sha256


def device_info(device: str) -> dict[str, str]:
    import torch

    if device == "cuda":
        return {"type": "cuda", "name": torch.cuda.get_device_name(), "cuda": str(torch.version.cuda)}
    return {"type": "cpu", "name": machine(), "threads": str(torch.get_num_threads())}


def folder_hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): file_sha256(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != CARD_FILE}


def write_card(folder: Path, *, preset_path: Path, preset: Any, spec: Any, stream: Any, encoded: Any,
               loop: Any, device: str, parameters: int, seconds: dict[str, float]) -> BaseCard:
    import json

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    card = BaseCard(
        created=now(),
        preset={"name": preset_path.stem, "path": str(preset_path), "sha256": file_sha256(preset_path)},
        generator=GeneratorInfo(style=spec.style, shape=spec.shape, seed=spec.data_seed,
                                first_index=stream.first_index, last_index=stream.last_index,
                                records_generated=len(stream.samples), records_trained=len(encoded.ids),
                                tokenizer_records=min(spec.tokenizer_records, len(stream.samples)),
                                held_out=stream.held_out, too_long=encoded.too_long),
        tokens=TokenCounts(requested=spec.tokens, trained=encoded.tokens, completion=encoded.completion_tokens,
                           mean_per_record=round(encoded.tokens / max(1, len(encoded.ids)), 2)),
        tokenizer=preset.tokenizer.model_dump(),
        config=config, parameters=parameters,
        training=TrainingInfo(steps=loop.steps, batch_size=spec.batch_size, learning_rate=spec.learning_rate,
                              warmup_ratio=spec.warmup_ratio, weight_decay=spec.weight_decay,
                              max_grad_norm=spec.max_grad_norm, seed=spec.seed,
                              precision="bf16 autocast" if device == "cuda" else "fp32",
                              final_loss=None if loop.final_loss is None else round(loop.final_loss, 5),
                              loss_curve=[LossPoint(**point) for point in loop.curve]),
        seconds={k: round(v, 2) for k, v in seconds.items()},
        device=device_info(device), packages=package_versions(PACKAGES), python=sys.version.split()[0],
        git_revision=git_revision(), files=folder_hashes(folder))
    write_atomic(folder / CARD_FILE, card.model_dump_json(indent=1) + "\n")
    return card


def read_card(folder: Path) -> BaseCard:
    return read_json_model(folder / CARD_FILE, BaseCard)


def verify_card(folder: Path) -> list[str]:
    """Every way the folder differs from its card's file hashes (empty: it matches)."""
    card = read_card(folder)
    found = folder_hashes(folder)
    problems = [f"{name}: missing" for name in card.files if name not in found]
    problems += [f"{name}: not in the card" for name in found if name not in card.files]
    problems += [f"{name}: sha256 differs from the card's" for name, digest in card.files.items()
                 if name in found and found[name] != digest]
    return problems
