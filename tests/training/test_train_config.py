"""Training settings: the guide's defaults, the preset/file/flag layers, and
errors located at the line (or flag) that caused them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.errors import ConfigError, UsageError
from harness.generation import GenerationConfig
from training.config import LORA_TARGETS, TrainSettings, data_files, key_lines, resolve_settings
from training.micro import load_preset
from tests import ROOT

PRESET = load_preset().training


def preset_training(path):
    assert path is None  # the shipped preset
    return PRESET


def test_defaults_are_the_guides():
    s = TrainSettings()
    assert (s.lora.r, s.lora.alpha, s.lora.dropout) == (16, 16, 0.0)
    assert s.lora.target_modules == ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
    assert (s.epochs, s.batch_size, s.grad_accum) == (3, 2, 4)
    assert (s.learning_rate, s.lr_scheduler, s.warmup_ratio) == (2e-4, "cosine", 0.03)
    assert (s.weight_decay, s.max_grad_norm, s.seed) == (0.01, 0.3, 42)
    assert (s.save_steps, s.save_total_limit, s.method) == (50, 3, "lora")


def test_micro_preset_applies_only_to_the_micro_base(tmp_path):
    micro, sources = resolve_settings(None, {}, preset_training=preset_training)
    assert micro.method == "full" and micro.learning_rate == PRESET["learning_rate"]
    assert sources["learning_rate"] == "preset:micro"
    folder, _ = resolve_settings(None, {"base": str(tmp_path)}, preset_training=preset_training)
    assert folder.method == "lora" and folder.learning_rate == 2e-4 and folder.lora.target_modules == LORA_TARGETS


def test_a_custom_preset_file_supplies_the_training_settings(tmp_path):
    read = []

    def custom(path):
        read.append(path)
        return {"method": "full", "epochs": 12}

    settings, sources = resolve_settings(None, {"preset": str(tmp_path / "mine.json")}, preset_training=custom)
    assert read == [tmp_path / "mine.json"] and settings.epochs == 12 and sources["epochs"] == "preset:micro"
    assert settings.preset == tmp_path / "mine.json"


def test_file_overrides_preset_and_flags_override_file(tmp_path):
    cfg = tmp_path / "train.toml"
    cfg.write_text('epochs = 2\nlearning_rate = 0.01\n[eval]\nlimit = 5\n[lora]\nr = 8\n', encoding="utf-8")
    settings, sources = resolve_settings(cfg, {"epochs": 4.0, "eval": {"max_new_tokens": 50}},
                                         preset_training=preset_training)
    assert settings.epochs == 4.0 and sources["epochs"] == "flag"
    assert settings.learning_rate == 0.01 and sources["learning_rate"] == f"file:{cfg}"
    # a flag in a table keeps the file's other keys of that table, and the preset's
    assert (settings.eval.limit, settings.eval.generation.max_new_tokens) == (5, 50)
    assert settings.eval.generation.batch_size == PRESET["eval"]["batch_size"]
    assert settings.lora.r == 8 and settings.method == "full"


@pytest.mark.parametrize("text, line, fragment", [
    ("epochs = 2\n[lora]\nr = 0\n", 3, "lora.r: Input should be greater than or equal to 1"),
    ("epochs = 2\n\n[eval]\nlimt = 3\n", 4, "eval.limt: unknown setting"),
    ("base = 'micro'\nbatch_size = 'two'\n", 2, "batch_size: Input should be a valid integer"),
    ("epochs = 2\nlora.alpha = -1\n", 2, "lora.alpha"),
    ("epochs = [\n", 1, "invalid TOML"),
])
def test_file_errors_name_file_and_line(tmp_path, text, line, fragment):
    cfg = tmp_path / "train.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        resolve_settings(cfg, {}, preset_training=preset_training)
    assert str(info.value).startswith(f"{cfg}:{line}: ")
    assert fragment in str(info.value)


def test_scoring_embeds_the_harness_generation_config(tmp_path):
    """[eval] takes every generation setting, with GenerationConfig's defaults (one source)."""
    assert TrainSettings().eval.generation == GenerationConfig()
    cfg = tmp_path / "train.toml"
    cfg.write_text("[eval]\nlimit = 4\nmax_new_tokens = 64\nrepetition_penalty = 1.1\nno_repeat_ngram_size = 4\n",
                   encoding="utf-8")
    settings, sources = resolve_settings(cfg, {"base": str(tmp_path)})
    assert settings.eval.generation == GenerationConfig(max_new_tokens=64, repetition_penalty=1.1,
                                                        no_repeat_ngram_size=4)
    assert sources["eval.generation.repetition_penalty"] == f"file:{cfg}"
    # train_config.json records the nested form, and it reads back as the same settings
    assert TrainSettings.model_validate(settings.model_dump(mode="json")) == settings


def test_flat_and_nested_generation_keys_override_across_layers(tmp_path):
    cfg = tmp_path / "train.toml"
    cfg.write_text("[eval.generation]\nmax_new_tokens = 20\n", encoding="utf-8")
    settings, sources = resolve_settings(cfg, {}, preset_training=preset_training)
    assert settings.eval.generation.max_new_tokens == 20 and sources["eval.generation.max_new_tokens"] == f"file:{cfg}"
    assert settings.eval.generation.batch_size == PRESET["eval"]["batch_size"]  # the preset's flat key stays
    settings, _ = resolve_settings(cfg, {"eval": {"max_new_tokens": 30}}, preset_training=preset_training)
    assert settings.eval.generation.max_new_tokens == 30


@pytest.mark.parametrize("text, line, fragment", [
    ("epochs = 2\n[eval]\nlimit = 2\nmax_new_tokens = 0\n", 4, "eval.max_new_tokens: Input should be greater"),
    ("[eval]\nrepetition_penalty = 'x'\n", 2, "eval.repetition_penalty: Input should be a valid number"),
    ("[eval]\nbatch_size = 2\n[eval.generation]\nbatch_size = 3\n", 2, "eval.batch_size: given twice"),
])
def test_generation_errors_name_the_key_as_written(tmp_path, text, line, fragment):
    cfg = tmp_path / "train.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        resolve_settings(cfg, {"base": str(tmp_path)})
    assert str(info.value).startswith(f"{cfg}:{line}: ") and fragment in str(info.value)


def test_flag_errors_name_the_flag():
    with pytest.raises(ConfigError, match=r"^--lora-r: Input should be greater"):
        resolve_settings(None, {"lora": {"r": 0}}, flag_names={("lora", "r"): "--lora-r"})
    with pytest.raises(ConfigError, match=r"^--batch-size: "):
        resolve_settings(None, {"batch_size": 0})
    with pytest.raises(ConfigError, match=r"^--max-new-tokens: Input should be greater"):
        resolve_settings(None, {"eval": {"max_new_tokens": 0}},
                         flag_names={("eval", "max_new_tokens"): "--max-new-tokens"})


def test_key_lines_follow_tables_and_dotted_keys():
    lines = key_lines('a = 1\n[lora]\n  r = 2 # x\n[eval]\n"limit" = 3\nlora.alpha = 4\n')
    assert lines[("a",)] == 1 and lines[("lora", "r")] == 3
    assert lines[("eval", "limit")] == 5 and lines[("eval", "lora", "alpha")] == 6


def test_data_files_need_both_splits(tmp_path):
    with pytest.raises(UsageError, match="no training data"):
        data_files(TrainSettings())
    (tmp_path / "train.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(UsageError, match="validation.jsonl: file not found"):
        data_files(TrainSettings(data=tmp_path))


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "harness.app.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env={**env, "PYTHONPATH": str(ROOT)}, timeout=120)


def test_cli_config_error_exits_2_with_file_and_line(tmp_path):
    cfg = tmp_path / "train.toml"
    cfg.write_text("base = 'micro'\nepochs = 1\n[lora]\nrank = 4\n", encoding="utf-8")
    done = _cli("train", "--config", str(cfg), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.strip() == f"{cfg}:4: lora.rank: unknown setting"


def test_cli_missing_data_exits_2(tmp_path):
    done = _cli("train", "--base", "micro", "--output", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 2 and "no training data" in done.stderr and done.stdout == ""


def test_cli_unsloth_flags(tmp_path):
    both = _cli("train", "--base", "micro", "--unsloth", "--no-unsloth", "--output", str(tmp_path / "a"), cwd=tmp_path)
    assert both.returncode == 2 and "--unsloth and --no-unsloth contradict" in both.stderr and both.stdout == ""
    assert not (tmp_path / "a").exists()
    cfg = tmp_path / "train.toml"
    cfg.write_text("base = 'micro'\nunsloth = 'sometimes'\n", encoding="utf-8")
    bad = _cli("train", "--config", str(cfg), cwd=tmp_path)
    assert bad.returncode == 2 and f"{cfg}:2: unsloth" in bad.stderr, bad.stderr
