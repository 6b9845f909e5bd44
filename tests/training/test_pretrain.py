"""`epicrisis pretrain`: a tiny CPU run writes a loadable base folder with a complete card."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from training.pretrain import BASE_PRESET, resolve_preset, write_portable_config
from training.pretrain_loop import collate, cosine_with_warmup, step_batches
from tests import ROOT

# A run of the micro-base preset, shrunk so that CPU tests take seconds: a smaller vocabulary,
# a few hundred records for the tokenizer, a few batches.
TINY = {"tokenizer": {"vocab_size": 600, "min_frequency": 2, "digits": "grouped"},
        "pretrain": {"tokens": 30_000, "tokenizer_records": 120, "batch_size": 8, "log_every": 2, "bucket": 4}}
# Run in a subprocess through the CLI, then: nothing of trl, datasets or optimum was imported (the GPU
# machine has none of them).
RUN = """
import sys
from harness.app.cli import app
code = app(sys.argv[1:], standalone_mode=False)  # the exit status, returned rather than raised
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"trl", "datasets", "optimum"})
print("imported:", heavy)
sys.exit(code or 0)
"""


def tiny_preset(folder: Path) -> Path:
    preset = json.loads((ROOT / "training" / "presets" / f"{BASE_PRESET}.json").read_text(encoding="utf-8"))
    preset["tokenizer"].update(TINY["tokenizer"])
    preset["pretrain"].update(TINY["pretrain"])
    path = folder / "tiny-base.json"
    path.write_text(json.dumps(preset), encoding="utf-8")
    return path


def pretrain(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN, "pretrain", *args], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("pretrain")
    preset = tiny_preset(folder)
    proc = pretrain("--preset", str(preset), "--out", str(folder / "base"), "--device", "cpu", "--threads", "2")
    assert proc.returncode == 0, proc.stderr
    return folder, preset, proc


def test_writes_a_model_folder_with_a_complete_card(built):
    from training.base_card import CARD_FILE, read_card, verify_card

    folder, preset, proc = built
    base = folder / "base"
    assert "imported: []" in proc.stdout
    assert {p.name for p in base.iterdir()} == {"config.json", "generation_config.json", "model.safetensors",
                                                 "tokenizer.json", "tokenizer_config.json", "chat_template.jinja",
                                                 CARD_FILE}
    card = read_card(base)
    assert verify_card(base) == []
    assert card.generator.style == "base" and card.generator.seed == 7001 and card.generator.held_out == 0
    assert card.generator.records_trained == card.training.steps * 8
    assert card.tokens.trained >= 25_000 and 0 < card.tokens.completion < card.tokens.trained
    assert card.training.precision == "fp32" and card.device["type"] == "cpu"
    assert card.training.loss_curve and card.training.final_loss == card.training.loss_curve[-1].loss
    assert [p.step for p in card.training.loss_curve][-1] == card.training.steps
    assert card.config["hidden_size"] == 128 and card.config["vocab_size"] <= 600
    assert card.parameters > 0 and card.packages["torch"] and card.seconds["training"] > 0
    assert card.preset["name"] == "tiny-base" and len(card.preset["sha256"]) == 64
    assert "steps" in proc.stderr and "final loss" in proc.stderr  # the closing summary


def test_weights_are_fp16_on_disk_and_load_as_fp32(built):
    import torch
    from safetensors import safe_open
    from transformers import AutoModelForCausalLM

    base = built[0] / "base"
    with safe_open(str(base / "model.safetensors"), "pt") as weights:
        assert {weights.get_tensor(k).dtype for k in weights.keys()} == {torch.float16}
    model = AutoModelForCausalLM.from_pretrained(str(base), dtype=torch.float32, local_files_only=True)
    assert next(model.parameters()).dtype == torch.float32
    assert model.config.use_cache  # generation keeps its KV cache


def test_the_harness_generates_from_it(built):
    from harness.backends.torch_backend import TorchBackend
    from harness.generation import GenerationConfig
    from harness.prompt import PromptBuilder
    from training.data.generator import generate_record

    backend = TorchBackend(built[0] / "base", threads=2)
    record = generate_record(350, 0)
    prompt = PromptBuilder(backend.tokenizer).render(record["instruction"], record["input"])
    assert prompt.endswith("<|im_start|>assistant\n")
    [generation] = backend.generate([prompt], GenerationConfig(max_new_tokens=6))
    assert 1 <= len(generation.token_ids) <= 6 and generation.prompt_tokens > 50


def test_same_seed_same_curve_and_weights(built, tmp_path):
    from training.base_card import read_card

    folder, preset, _ = built
    again = pretrain("--preset", str(preset), "--out", str(tmp_path / "again"), "--device", "cpu", "--threads", "2")
    assert again.returncode == 0, again.stderr
    first, second = read_card(folder / "base"), read_card(tmp_path / "again")
    assert [p.loss for p in first.training.loss_curve] == [p.loss for p in second.training.loss_curve]
    assert first.files == second.files


def test_usage_errors_exit_2(built, tmp_path):
    folder, preset, _ = built
    taken = pretrain("--preset", str(preset), "--out", str(folder / "base"), "--device", "cpu")
    assert taken.returncode == 2 and "--overwrite" in taken.stderr and "Traceback" not in taken.stderr
    missing = pretrain("--preset", "no-such-preset", "--out", str(tmp_path / "x"))
    assert missing.returncode == 2 and "no-such-preset" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"tokenizer": {"vocab_size": 600}, "model": {}, "pretrain": {"tokenz": 5}}))
    invalid = pretrain("--preset", str(broken), "--out", str(tmp_path / "y"))
    assert invalid.returncode == 2 and str(broken) in invalid.stderr and "tokenz" in invalid.stderr
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_cuda_refused_without_a_gpu(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("a CUDA device is present")
    proc = pretrain("--out", str(tmp_path / "x"), "--device", "cuda")
    assert proc.returncode == 2 and "CUDA" in proc.stderr


def test_preset_is_the_issue_recipe():
    path, preset = resolve_preset(BASE_PRESET)
    assert path.name == "micro-base.json"
    spec = preset.pretrain
    assert (spec.batch_size, spec.learning_rate, spec.style, preset.tokenizer.digits) == (32, 3e-3, "base", "grouped")
    assert 20_000_000 <= spec.tokens <= 30_000_000 and spec.data_seed != 350
    model = preset.model
    assert (model["hidden_size"], model["num_hidden_layers"], model["num_attention_heads"],
            model["num_key_value_heads"], model["intermediate_size"]) == (128, 3, 4, 2, 384)


def test_batches_cover_every_record_once_grouped_by_length():
    lengths = [(i * 37) % 101 + 10 for i in range(200)]
    plan = step_batches(lengths, 8, seed=3, bucket=5)
    assert sorted(j for batch in plan for j in batch) == list(range(200))
    assert plan == step_batches(lengths, 8, seed=3, bucket=5)
    spread = sum(max(lengths[j] for j in b) - min(lengths[j] for j in b) for b in plan) / len(plan)
    assert spread < 30  # random batches of these lengths spread ~80 tokens


def test_loss_only_on_the_completion():
    ids, mask, targets = collate([[5, 6, 7, 8, 9], [5, 6, 7]], [3, 2], [0, 1], pad_id=0, pad_multiple=8)
    assert ids.shape == (2, 8) and mask.tolist() == [[1] * 5 + [0] * 3, [1] * 3 + [0] * 5]
    assert targets.tolist() == [[-100, -100, 8, 9, -100, -100, -100, -100],
                                [-100, 7, -100, -100, -100, -100, -100, -100]]


def test_schedule_warms_up_then_decays_to_zero():
    factor = cosine_with_warmup(100, 0.03)
    assert factor(0) < factor(2) == 1.0
    assert factor(50) < 1.0 and factor(99) < 0.01


def test_portable_config_names_the_rope_base_for_transformers_4(tmp_path):
    config = {"model_type": "qwen2", "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}}
    (tmp_path / "config.json").write_text(json.dumps(config))
    write_portable_config(tmp_path)
    assert json.loads((tmp_path / "config.json").read_text())["rope_theta"] == 10000.0
