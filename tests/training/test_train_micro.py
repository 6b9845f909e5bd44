"""The micro preset: its tokenizer and chat template, and ``epicrisis train``
run as users run it, in a test-sized configuration, to a ledger of scored
checkpoints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.errors import UsageError
from harness.prompt import PromptBuilder
from harness.samples import read_samples
from tests import ROOT
from tests.tiny_model import write_dataset
from training.micro import MicroPreset, build_micro_base, load_preset, render_conversations



@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("micro")
    return {"train": write_dataset(root / "train.jsonl", 16, seed=5),
            "validation": write_dataset(root / "validation.jsonl", 3, seed=6), "root": root}


def test_the_shipped_preset_is_valid():
    preset = load_preset()
    assert preset.training["method"] == "full"  # LoRA makes no sense on random weights
    assert preset.model["max_position_embeddings"] >= preset.training["max_length"]


def test_micro_tokenizer_renders_the_prompt_evaluation_uses(data):
    from transformers import AutoTokenizer

    preset = MicroPreset(tokenizer={"vocab_size": 600}, model={
        "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 2,
        "num_key_value_heads": 1, "max_position_embeddings": 1024})
    samples, _ = read_samples(data["train"])
    folder = build_micro_base(preset, samples, data["root"] / "base", seed=1)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "qwen2" and config["vocab_size"] == len(tokenizer) <= 600
    assert config["eos_token_id"] == tokenizer.convert_tokens_to_ids("<|im_end|>") == tokenizer.eos_token_id
    builder = PromptBuilder(tokenizer)
    # what the tokenizer was trained on is what the PromptBuilder renders with it
    assert render_conversations(samples) == [builder.render(s.instruction, s.input, s.reference) for s in samples]
    for sample in samples:
        prompt = tokenizer(builder.render(sample.instruction, sample.input), add_special_tokens=False)["input_ids"]
        whole = tokenizer(builder.render(sample.instruction, sample.input, sample.reference),
                          add_special_tokens=False)["input_ids"]
        assert whole[:len(prompt)] == prompt  # generation continues exactly where training's prompt ends
        assert tokenizer.decode(whole[len(prompt):], skip_special_tokens=True).strip() == sample.reference
    separator = tokenizer.tokenize('", "nombre": "')
    assert separator == ['",Ġ"nombre":Ġ"']  # JSON between two values is one token
    code = ["J", "1", "8", ".", "9"]  # the same tokens in the input as in the summary: copyable
    for text in ('{"codigo": "J18.9", "nombre": "neumonía"}', "neumonía (J18.9)."):
        pieces = tokenizer.tokenize(text)
        assert any(pieces[i:i + len(code)] == code for i in range(len(pieces))), pieces
    text = "Ingresa por neumonía (J18.9); mujer de 83 años."
    assert tokenizer.decode(tokenizer(text)["input_ids"]) == text
    assert len(tokenizer("<|im_start|>assistant\n")["input_ids"]) <= 3


def test_cli_trains_the_micro_preset_to_a_ledger_of_scored_checkpoints(data, tmp_path):
    out = tmp_path / "run"
    cfg = tmp_path / "train.toml"
    cfg.write_text(f'base = "micro"\ntrain_file = "{data["train"]}"\nvalidation_file = "{data["validation"]}"\n'
                   f'max_steps = 4\nsave_steps = 2\nbatch_size = 4\n[eval]\nlimit = 2\nmax_new_tokens = 12\n'
                   f'batch_size = 2\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "harness.app.cli", "train", "--config", str(cfg),
                           "--output", str(out), "--threads", "2"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "training on cpu (fp32, no quantization" in done.stderr
    rows = [json.loads(line) for line in (out / "ledger.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == [2, 4]
    for row in rows:
        assert row["error"] is None and row["passed"]["total"] == 2
        assert row["train_loss"] is not None and row["eval_loss"] is not None
        assert set(row["checks"]) >= {"FMT001", "FMT003", "COD002", "HAL001", "REP001"}
        assert (Path(row["run_dir"]) / "scorecard.json").is_file()
    assert rows[1]["eval_loss"] < rows[0]["eval_loss"]  # it learns, even in four steps
    assert sum(r["best"] for r in rows) == 1
    best = json.loads((out / "best.json").read_text())
    assert Path(best["checkpoint"]).is_dir()
    record = json.loads((out / "train_config.json").read_text())
    assert record["base"]["kind"] == "micro" and record["settings"]["method"] == "full"
    assert record["sources"]["max_steps"] == f"file:{cfg}" and record["sources"]["threads"] == "flag"
    assert record["sources"]["learning_rate"] == "preset:micro"
    assert record["parameters"]["trainable"] == record["parameters"]["total"]
    for name in ("model.safetensors", "tokenizer.json", "chat_template.jinja", "generation_config.json"):
        assert (out / "checkpoint-4" / name).is_file(), name
    from training.merge import merge_adapter

    merged = merge_adapter(out / "checkpoint-4", tmp_path / "merged")  # a full model: copied for export
    assert merged.base is None
    assert (tmp_path / "merged" / "model.safetensors").read_bytes() == (out / "checkpoint-4" / "model.safetensors").read_bytes()
    assert not (tmp_path / "merged" / "trainer_state.json").exists()
    again = subprocess.run([sys.executable, "-m", "harness.app.cli", "train", "--config", str(cfg),
                            "--output", str(out)], capture_output=True, text=True, env=env, cwd=tmp_path,
                           timeout=300)
    assert again.returncode == 2 and "already holds a training run" in again.stderr


def test_long_preset_adds_generated_records_the_validation_split_lacks(data, tmp_path):
    from training.micro import AugmentSpec, augmentation, preset_path

    long = load_preset(preset_path("micro-long"))
    assert long.augment == AugmentSpec(records=8000, seed=911) and load_preset().augment is None
    validation, _ = read_samples(data["validation"])
    extra = augmentation(AugmentSpec(records=6, seed=911), validation)
    assert [s.id for s in extra] == [f"generated:911:{i}" for i in range(6)]
    assert all(s.reference and s.reference.startswith("Ingresa por") for s in extra)
    # A validation record the generator would write again is left out.
    clash = augmentation(AugmentSpec(records=6, seed=911), [*validation, extra[2]])
    assert [s.id for s in clash] == [s.id for i, s in enumerate(extra) if i != 2]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**json.loads(preset_path().read_text()), "augment": {"records": 0}}))
    with pytest.raises(UsageError, match=f"{bad}: invalid preset: augment.records"):
        load_preset(bad)


def test_cli_records_the_generated_records_it_trained_on(data, tmp_path):
    preset = tmp_path / "aug.json"
    preset.write_text(json.dumps({**json.loads((ROOT / "training/presets/micro.json").read_text()),
                                  "augment": {"records": 4, "seed": 3}}))
    out = tmp_path / "run"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "harness.app.cli", "train", "--base", "micro", "--preset", str(preset),
                           "--train-file", str(data["train"]), "--validation-file", str(data["validation"]),
                           "--output", str(out), "--max-steps", "2", "--no-scoring", "--threads", "2"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "micro preset: 4 generated training records added (seed 3)" in done.stderr
    record = json.loads((out / "train_config.json").read_text())
    assert record["data"]["train"]["records"] == 16 and record["data"]["generated"]["records"] == 4


def test_grouped_digits_make_an_age_one_token():
    from training.tokenizer import train_tokenizer

    texts = ['{"edad": 65, "dosis": "850 mg"} Paciente de 65 años, 850 mg'] * 4
    single = train_tokenizer(texts, vocab_size=400, min_frequency=2)
    grouped = train_tokenizer(texts, vocab_size=400, min_frequency=2, digits="grouped")
    assert single.tokenize("65") == ["6", "5"] and grouped.tokenize("65") == ["65"]
    assert grouped.tokenize(" 850")[-1] == "850" and single.tokenize(" 850")[-3:] == ["8", "5", "0"]
    assert grouped.decode(grouped("de 65 años")["input_ids"]) == "de 65 años"
    with pytest.raises(ValueError, match="digits must be one of"):
        train_tokenizer(texts, vocab_size=400, digits="pairs")
