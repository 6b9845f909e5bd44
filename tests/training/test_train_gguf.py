"""GGUF bases: a tiny Qwen2 written as a real GGUF file (with the gguf
package's writer, f32 tensors and the BPE tokenizer with its chat template),
dequantized by transformers once and cached as a normal folder."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from harness.errors import UsageError
from harness.samples import read_samples
from tests.tiny_model import write_dataset
from training.gguf import SOURCE_FILE, dequantized_base
from training.micro import MicroPreset, build_micro_base


def tiny_qwen2(folder: Path) -> Path:
    """A tiny Qwen2 with the micro preset's tokenizer (Qwen2's pre-tokenizer,
    which is what a GGUF's ``tokenizer.ggml.pre = qwen2`` declares)."""
    preset = MicroPreset(tokenizer={"vocab_size": 500}, model={
        "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
        "num_key_value_heads": 1, "max_position_embeddings": 512, "tie_word_embeddings": True})
    samples, _ = read_samples(write_dataset(folder.with_suffix(".jsonl"), 8))
    return build_micro_base(preset, samples, folder, seed=0)


def write_qwen2_gguf(model_dir: Path, path: Path) -> Path:
    """The llama.cpp layout of a Qwen2 folder: metadata, tokenizer, f32 tensors."""
    import gguf
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(model_dir)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    config = model.config
    writer = gguf.GGUFWriter(str(path), "qwen2")
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_rope_freq_base(config.rope_theta)
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    tokens = [t for t, _ in sorted(tokenizer.get_vocab().items(), key=lambda item: item[1])]
    special = set(tokenizer.all_special_tokens)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("qwen2")
    writer.add_token_list(tokens)
    writer.add_token_types([gguf.TokenType.CONTROL if t in special else gguf.TokenType.NORMAL for t in tokens])
    merges = json.loads(tokenizer.backend_tokenizer.to_str())["model"]["merges"]
    writer.add_token_merges([" ".join(m) if isinstance(m, list) else m for m in merges])
    writer.add_eos_token_id(tokenizer.eos_token_id)
    writer.add_pad_token_id(tokenizer.pad_token_id)
    writer.add_chat_template(tokenizer.chat_template)
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.QWEN2, config.num_hidden_layers)
    for name, tensor in model.state_dict().items():
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue
        writer.add_tensor(names.get_name(name, try_suffixes=(".weight", ".bias")), tensor.float().numpy())
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def test_gguf_base_is_dequantized_once_and_cached(tmp_path):
    pytest.importorskip("gguf")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    original = tiny_qwen2(tmp_path / "hf")
    gguf_file = write_qwen2_gguf(original, tmp_path / "tiny-f32.gguf")
    said: list[str] = []
    folder = dequantized_base(gguf_file, root=tmp_path / "cache", say=said.append)
    assert folder.parent == tmp_path / "cache" and "dequantizing" in said[0]
    source = json.loads((folder / SOURCE_FILE).read_text())
    assert source["gguf"] == str(gguf_file.resolve()) and len(source["sha256"]) == 64

    expected = AutoModelForCausalLM.from_pretrained(original).state_dict()
    loaded = AutoModelForCausalLM.from_pretrained(folder).state_dict()
    assert set(loaded) == set(expected)
    for name, tensor in expected.items():
        torch.testing.assert_close(loaded[name], tensor, atol=0, rtol=0)
    want, got = AutoTokenizer.from_pretrained(original), AutoTokenizer.from_pretrained(folder)
    text = "Ingresa por neumonía (J18.9) y se trata con ceftriaxona (J01DD04)."
    assert got(text)["input_ids"] == want(text)["input_ids"]
    assert got.chat_template == want.chat_template
    assert got.eos_token == "<|im_end|>"  # the file's eos, not transformers' Qwen2 default

    def must_not_convert(source: Path, out: Path) -> None:
        raise AssertionError("converted twice")

    assert dequantized_base(gguf_file, root=tmp_path / "cache", convert=must_not_convert) == folder


def test_training_resolves_a_gguf_base_to_the_cached_folder(tmp_path, monkeypatch):
    pytest.importorskip("gguf")
    from training.base import resolve_base
    from training.config import TrainSettings

    gguf_file = write_qwen2_gguf(tiny_qwen2(tmp_path / "hf"), tmp_path / "tiny.gguf")
    monkeypatch.setenv("EPICRISIS_CACHE_DIR", str(tmp_path / "cache"))
    base = resolve_base(TrainSettings(base=str(gguf_file)), [], say=lambda _: None)
    assert base.kind == "gguf" and base.source == str(gguf_file)
    assert base.path.parent == (tmp_path / "cache" / "gguf").resolve()
    assert (base.path / "config.json").is_file() and base.sha256.startswith(base.path.name)
    assert base.sha256 == hashlib.sha256(gguf_file.read_bytes()).hexdigest()


def test_an_interrupted_conversion_leaves_no_cached_folder(tmp_path):
    gguf_file = tmp_path / "model.gguf"
    gguf_file.write_bytes(b"GGUF not really")

    def crash(source: Path, out: Path) -> None:
        (out / "config.json").write_text("{}")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        dequantized_base(gguf_file, root=tmp_path / "cache", convert=crash)
    assert not any((tmp_path / "cache").iterdir())
    calls = []
    dequantized_base(gguf_file, root=tmp_path / "cache",
                     convert=lambda source, out: calls.append(out) or (out / "config.json").write_text("{}"))
    assert len(calls) == 1  # the next run converts again, from scratch


def test_gguf_errors_are_usage_errors(tmp_path, monkeypatch):
    with pytest.raises(UsageError, match="GGUF file not found"):
        dequantized_base(tmp_path / "absent.gguf", root=tmp_path)
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a gguf file")
    monkeypatch.setitem(sys.modules, "gguf", None)
    with pytest.raises(UsageError, match="pip install gguf"):
        dequantized_base(bad, root=tmp_path / "cache")


def test_gguf_copies_saved_as_tokenizer_model_are_dropped(tmp_path):
    """A tokenizer read from a GGUF (with sentencepiece installed) saves the
    whole GGUF as tokenizer.model; a real sentencepiece model stays."""
    from training.gguf import drop_gguf_copies

    (tmp_path / "tokenizer.model").write_bytes(b"GGUF" + b"\0" * 64)
    (tmp_path / "tokenizer.json").write_text("{}")
    assert drop_gguf_copies(tmp_path) == ["tokenizer.model"]
    assert not (tmp_path / "tokenizer.model").exists() and (tmp_path / "tokenizer.json").exists()
    (tmp_path / "tokenizer.model").write_bytes(b"\n\x0esentencepiece")
    assert drop_gguf_copies(tmp_path) == []
    assert (tmp_path / "tokenizer.model").exists()
