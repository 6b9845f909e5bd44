"""The LoRA path on CPU with a tiny Qwen2 model: the loss covers only the
assistant's turn, training saves adapters with the tokenizer and scores them,
and ``epicrisis merge`` writes a full model that generates what base +
adapter generate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from harness.generation import GenerationConfig
from harness.prompt import PromptBuilder
from harness.samples import read_samples
from tests import ROOT
from tests.tiny_model import build_tiny_model, write_dataset
from training.config import LoraSettings, ScoringSettings, TrainSettings
from training.sft import completion_pairs, train



@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("lora")
    return {"base": build_tiny_model(root / "base"), "train": write_dataset(root / "train.jsonl", 12, seed=3),
            "validation": write_dataset(root / "validation.jsonl", 3, seed=4), "root": root}


def test_loss_is_on_the_assistant_turn_only(tiny):
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTTrainer

    from training.device import plan_device
    from training.sft import sft_arguments

    tokenizer = AutoTokenizer.from_pretrained(tiny["base"])
    builder = PromptBuilder(tokenizer)
    samples, _ = read_samples(tiny["train"], limit=2)
    pairs = completion_pairs(samples, builder, tiny["train"])
    assert pairs[0]["completion"] == samples[0].reference + "<|im_end|>"
    settings = TrainSettings(base=str(tiny["base"]), output=tiny["root"] / "mask", max_steps=1)
    trainer = SFTTrainer(model=AutoModelForCausalLM.from_pretrained(tiny["base"]),
                         args=sft_arguments(settings, plan_device(settings), 1, 1),
                         train_dataset=Dataset.from_list(pairs), eval_dataset=Dataset.from_list(pairs),
                         processing_class=tokenizer)
    for sample, example in zip(samples, trainer.train_dataset, strict=True):
        prompt_ids = tokenizer(builder.render(sample.instruction, sample.input), add_special_tokens=False)["input_ids"]
        labels = example["labels"]
        assert example["input_ids"][:len(prompt_ids)] == prompt_ids  # trained on the prompt evaluation sends
        assert labels[:len(prompt_ids)] == [-100] * len(prompt_ids)
        learned = labels[len(prompt_ids):]
        assert -100 not in learned and learned == example["input_ids"][len(prompt_ids):]
        assert tokenizer.decode(learned) == sample.reference + "<|im_end|>"


def _generate(model, tokenizer, prompts):
    from harness.backends.hf import generate

    return [g.token_ids for g in generate(model.eval(), tokenizer, prompts, GenerationConfig(max_new_tokens=24))]


def test_lora_trains_saves_scores_and_merges(tiny):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = tiny["root"] / "run"
    settings = TrainSettings(
        base=str(tiny["base"]), train_file=tiny["train"], validation_file=tiny["validation"], output=out,
        max_steps=4, save_steps=2, batch_size=2, grad_accum=2, learning_rate=2e-2, threads=2,
        lora=LoraSettings(r=4, alpha=8), eval=ScoringSettings(limit=2, max_new_tokens=8, batch_size=2))
    said: list[str] = []
    result = train(settings, {}, say=said.append)
    assert result.plan.device == "cpu" and result.steps == 4
    assert said[0].startswith("training on cpu (fp32, no quantization, transformers loader")
    # Step 0: the base before any fine-tuning, scored first (the trend's start, never the best).
    assert [r.step for r in result.rows] == [0, 2, 4] and all(r.error is None for r in result.rows)
    assert result.best is not None and result.best.step != 0
    assert all(r.passed is not None and r.passed.total == 2 for r in result.rows)
    record = json.loads((out / "train_config.json").read_text())
    assert record["device"]["device"] == "cpu" and record["outcome"]["steps"] == 4
    assert record["parameters"]["trainable"] < record["parameters"]["total"]

    checkpoint = out / "checkpoint-4"
    for name in ("adapter_config.json", "adapter_model.safetensors", "tokenizer.json", "chat_template.jinja"):
        assert (checkpoint / name).is_file(), name
    adapter = json.loads((checkpoint / "adapter_config.json").read_text())
    assert Path(adapter["base_model_name_or_path"]) == tiny["base"].resolve()
    assert set(adapter["target_modules"]) == set(settings.lora.target_modules)
    assert (out / "scores" / "checkpoint-4" / "scorecard.json").is_file()

    merged = tiny["root"] / "merged"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "harness.app.cli", "merge", str(checkpoint), "--out", str(merged)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not (merged / "adapter_config.json").exists() and (merged / "model.safetensors").is_file()
    assert json.loads((merged / "merge.json").read_text())["kind"] == "lora-merged"

    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    tokenizer.padding_side = "left"
    samples, _ = read_samples(tiny["validation"])
    builder = PromptBuilder(tokenizer)
    prompts = [builder.render(s.instruction, s.input) for s in samples]
    base = AutoModelForCausalLM.from_pretrained(tiny["base"])
    base_ids = _generate(base, tokenizer, prompts)
    with_adapter = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny["base"]), checkpoint)
    full = AutoModelForCausalLM.from_pretrained(merged)
    assert _generate(with_adapter, tokenizer, prompts) == _generate(full, tokenizer, prompts)
    assert _generate(full, tokenizer, prompts) != base_ids  # the adapter changed what the model writes
    ids = tokenizer(prompts[0], return_tensors="pt")["input_ids"]
    with torch.inference_mode():
        torch.testing.assert_close(full(ids).logits, with_adapter(ids).logits, atol=1e-4, rtol=1e-4)


def test_merge_refuses_a_folder_that_is_no_checkpoint(tmp_path):
    from harness.errors import UsageError
    from training.merge import merge_adapter

    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="neither a LoRA adapter"):
        merge_adapter(tmp_path / "empty", tmp_path / "out")
    with pytest.raises(UsageError, match="checkpoint folder not found"):
        merge_adapter(tmp_path / "missing", tmp_path / "out")


def test_cpu_loading_never_imports_the_cuda_stacks(tiny, monkeypatch):
    from training.base import TrainingBase, load_for_training
    from training.device import plan_device

    monkeypatch.setitem(sys.modules, "unsloth", None)  # importing either would raise ImportError
    monkeypatch.setitem(sys.modules, "bitsandbytes", None)
    settings = TrainSettings(base=str(tiny["base"]))
    model, peft_config = load_for_training(TrainingBase("folder", tiny["base"], str(tiny["base"])),
                                           settings, plan_device(settings, cuda=lambda: False))
    assert model.dtype == torch.float32 and peft_config.r == 16
