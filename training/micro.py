"""The ``micro`` preset: a small Qwen2-architecture model built from a config
kept in the repo (``training/presets/micro.json``), with a tokenizer trained
on the training split, then trained from scratch on CPU (all weights: LoRA
makes no sense on random weights).

It is the embedded default: no model hub is reachable where the main job
runs, yet every stage (training, checkpoint scoring, ONNX export,
quantization, gates) needs a real model that writes real epicrisis.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from harness.errors import UsageError
from harness.samples import Sample

PRESET_DIR = Path(__file__).resolve().parent / "presets"
MICRO = "micro"


class TokenizerSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vocab_size: int = Field(ge=300, le=65536)
    min_frequency: int = Field(2, ge=1)
    digits: Literal["single", "grouped"] = "single"  # see training.tokenizer.pre_tokenizer_pattern


class AugmentSpec(BaseModel):
    """Extra training records from the in-repo generator (``epicrisis data
    generate``), added to the training split. A from-scratch model only
    learns to copy from its input after millions of training tokens of
    varied records (bench/micro_sweep); repeating a few hundred records
    memorises them instead."""

    model_config = ConfigDict(extra="forbid")

    records: int = Field(ge=1, le=1_000_000)
    seed: int = 911  # not the bundled dataset's seed (350)


class MicroPreset(BaseModel):
    """The preset file: the tokenizer to train, the Qwen2 config (vocabulary
    size and special token ids are filled in from the tokenizer) and the
    training settings that replace the LoRA defaults for a model trained
    from scratch."""

    model_config = ConfigDict(extra="forbid")

    description: str = ""
    tokenizer: TokenizerSpec
    model: dict[str, Any]
    training: dict[str, Any] = {}
    augment: AugmentSpec | None = None


def augmentation(spec: AugmentSpec, validation: Sequence[Sample]) -> list[Sample]:
    """``spec.records`` generated records as training samples, minus any whose
    input equals a validation record's (none should: other seed)."""
    from training.data.generator import generate_records

    held_out = {json.dumps(s.input, sort_keys=True, ensure_ascii=False) for s in validation}
    samples = []
    for index, record in enumerate(generate_records(spec.records, seed=spec.seed)):
        if json.dumps(record["input"], sort_keys=True, ensure_ascii=False) in held_out:
            continue
        samples.append(Sample(line=index + 1, id=f"generated:{spec.seed}:{index}", instruction=record["instruction"],
                              input=record["input"], reference=record["output"]))
    return samples


def preset_path(name: str = MICRO) -> Path:
    return PRESET_DIR / f"{name}.json"


def load_preset(path: Path | None = None, schema: type[MicroPreset] = MicroPreset) -> MicroPreset:
    """The preset file at ``path`` (default: the micro preset), validated by
    ``schema`` (a subclass for presets with more tables, e.g. ``micro-base``'s)."""
    path = path or preset_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the preset: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise UsageError(f"{path}: invalid preset: {problems}") from None


def render_conversations(samples: Sequence[Sample]) -> list[str]:
    """The training conversations as the PromptBuilder will render them with
    the micro tokenizer's template (rendered with jinja2 here, because that
    tokenizer does not exist yet)."""
    import jinja2

    from harness.prompt import PromptBuilder
    from training.tokenizer import CHAT_TEMPLATE

    template = jinja2.Environment(trim_blocks=True, lstrip_blocks=True).from_string(CHAT_TEMPLATE)

    class _TemplateOnly:  # what PromptBuilder needs from a tokenizer to build messages
        chat_template = CHAT_TEMPLATE

    builder = PromptBuilder(_TemplateOnly())
    return [template.render(messages=builder.messages(s.instruction, s.input, s.reference),
                            add_generation_prompt=False) for s in samples]


def build_micro_base(preset: MicroPreset, samples: Sequence[Sample], out_dir: Path, *, seed: int) -> Path:
    """Train the tokenizer on ``samples``, create the randomly initialised
    model (seeded) and save both, with a generation config, in ``out_dir``."""
    import torch
    from transformers import GenerationConfig, Qwen2Config, Qwen2ForCausalLM

    from training.tokenizer import IM_END, PAD_TOKEN, conversation_texts, train_tokenizer

    max_positions = int(preset.model.get("max_position_embeddings", 2048))
    tokenizer = train_tokenizer(conversation_texts(render_conversations(samples)),
                                vocab_size=preset.tokenizer.vocab_size,
                                min_frequency=preset.tokenizer.min_frequency,
                                digits=preset.tokenizer.digits,
                                model_max_length=max_positions)
    eos, pad = tokenizer.convert_tokens_to_ids(IM_END), tokenizer.convert_tokens_to_ids(PAD_TOKEN)
    try:
        config = Qwen2Config(**{**preset.model, "vocab_size": len(tokenizer), "bos_token_id": None,
                                "eos_token_id": eos, "pad_token_id": pad})
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{preset_path()}: invalid model config: {exc}") from None
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    # Sampling defaults stay out: the harness decides how to decode.
    model.generation_config = GenerationConfig(eos_token_id=[eos, pad], pad_token_id=pad)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir


