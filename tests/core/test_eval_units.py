"""Evaluation pieces that need no model: prompt, settings, cache, scorecard, parity maths."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from harness.backends import MissingExtra, load_backend, model_files, onnx_model_path, require
from harness.errors import InputError, InputErrors, UsageError
from harness.generation import GenerationConfig
from harness.parity import agreement, first_divergence, mcnemar_exact
from harness.prompt import SYSTEM_MESSAGE, PromptBuilder
from harness.runs import OutputCache, cache_key, fingerprint, git_revision
from harness.samples import read_samples
from harness.schemas import OutputRecord, Proportion
from harness.scorecard import word_stats

INPUT = {"sexo": "F", "edad": 72, "diagnosticos": [{"codigo": "J18.9", "nombre": "Neumonía"}]}


def record(sid: str, key: str = "k" * 64, text: str = "Ingresa por neumonía.") -> OutputRecord:
    return OutputRecord(key=key, id=sid, instruction="Epicrisis:", input=INPUT, reference=None,
                        prompt_sha256="p" * 64, text=text, token_ids=[5, 6, 7], margins=[0.5, None, 1.0],
                        prompt_tokens=40, finish_reason="eos", seconds=0.1, batch_seconds=0.2, batch_size=2)


# -- prompt ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tokenizer():
    from tests.tiny_model import build_tokenizer

    return build_tokenizer()


def test_prompt_is_the_guides_system_message_and_unescaped_json(tokenizer):
    builder = PromptBuilder(tokenizer)
    text = builder.render("Epicrisis:", INPUT)
    user = "Epicrisis:\n" + json.dumps(INPUT, ensure_ascii=False)
    assert text == (f"<|im_start|>system\n{SYSTEM_MESSAGE}<|im_end|>\n"
                    f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n")
    assert "Neumonía" in text and "\\u00ed" not in text
    assert SYSTEM_MESSAGE.startswith("Eres un asistente médico experto en redacción de epicrisis")
    # The training text is the same prompt followed by the answer.
    full = builder.render("Epicrisis:", INPUT, "Ingresa por neumonía.")
    assert full.startswith(text[: -len("<|im_start|>assistant\n")])
    assert full.endswith("<|im_start|>assistant\nIngresa por neumonía.<|im_end|>\n")


def test_prompt_hash_follows_the_template(tokenizer):
    first = PromptBuilder(tokenizer)
    assert first.describe()["template"] == tokenizer.chat_template and len(first.hash) == 64
    assert PromptBuilder(tokenizer).hash == first.hash
    assert PromptBuilder(tokenizer, system="Otro mensaje.").hash != first.hash
    original = tokenizer.chat_template
    try:
        tokenizer.chat_template = original.replace("'\\n'", "'\\n\\n'", 1)
        assert PromptBuilder(tokenizer).hash != first.hash
        tokenizer.chat_template = None
        with pytest.raises(UsageError, match="no chat template"):
            PromptBuilder(tokenizer)
    finally:
        tokenizer.chat_template = original


# -- samples and settings -------------------------------------------------------------------

def test_samples_report_every_bad_line(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text('{"instruction": "Epicrisis:", "input": {}}\n'
                    "{not json\n"
                    '{"instruction": "Epicrisis:"}\n'
                    '{"instruction": "Epicrisis:", "input": [], "id": 1}\n', encoding="utf-8")
    with pytest.raises(InputErrors) as err:
        read_samples(path)
    text = str(err.value)
    assert f"{path}:2: invalid JSON" in text and f"{path}:3: missing 'input'" in text
    assert f"{path}:4: duplicate id '1' (first on line 1)" in text
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps({"instruction": "E:", "input": i, "id": f"s{i}"}) + "\n"
                            for i in range(5)), encoding="utf-8")
    samples, digest = read_samples(good, limit=3)
    assert [s.id for s in samples] == ["s0", "s1", "s2"] and len(digest) == 64


def test_generation_settings_validate_and_seed_per_sample():
    with pytest.raises(UsageError, match="max_new_tokens"):
        GenerationConfig.build(max_new_tokens=0)
    config = GenerationConfig(do_sample=True, seed=7, top_k=20)
    assert config.sample_seed("a") == GenerationConfig(do_sample=True, seed=7).sample_seed("a")
    assert config.sample_seed("a") != config.sample_seed("b")
    assert config.hf_kwargs()["top_k"] == 20
    assert "temperature" not in GenerationConfig().hf_kwargs()


def test_cache_key_changes_with_every_part():
    base = cache_key("f", "torch", "fp32", "p", GenerationConfig())
    assert base == cache_key("f", "torch", "fp32", "p", GenerationConfig())
    others = [cache_key("g", "torch", "fp32", "p", GenerationConfig()),
              cache_key("f", "onnx", "fp32", "p", GenerationConfig()),
              cache_key("f", "torch", "int8", "p", GenerationConfig()),
              cache_key("f", "torch", "fp32", "q", GenerationConfig()),
              cache_key("f", "torch", "fp32", "p", GenerationConfig(max_new_tokens=10)),
              cache_key("f", "torch", "fp32", "p", GenerationConfig(batch_size=1))]
    assert len({base, *others}) == 7


# -- cache ----------------------------------------------------------------------------------

def test_cache_cuts_a_torn_last_line_and_keeps_the_rest(tmp_path):
    path = tmp_path / "outputs" / "k.jsonl"
    with OutputCache(path, "k" * 64) as cache:
        cache.append(record("a"))
        cache.append(record("b"))
    complete = path.read_bytes()
    with path.open("ab") as handle:  # what a kill in the middle of a write leaves
        handle.write(record("c").model_dump_json().encode()[:30])
    with OutputCache(path, "k" * 64) as cache:
        assert list(cache.load()) == ["a", "b"]
        assert path.read_bytes() == complete
        cache.append(record("c"))
    assert [json.loads(line)["id"] for line in path.read_text().splitlines()] == ["a", "b", "c"]


def test_cache_later_line_wins_and_corruption_is_located(tmp_path):
    path = tmp_path / "k.jsonl"
    with OutputCache(path, "k" * 64) as cache:
        cache.append(record("a", text="primera"))
        cache.append(record("a", text="segunda"))
    assert OutputCache(path, "k" * 64).load()["a"].text == "segunda"
    with pytest.raises(InputError, match=r"k\.jsonl:1: cache line has key"):
        OutputCache(path, "x" * 64).load()
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"k\.jsonl:1: corrupt cache line"):
        OutputCache(path, "k" * 64).load()


def test_cache_lines_are_read_through_one_handle_closed_with_the_cache(tmp_path, monkeypatch):
    path = tmp_path / "k.jsonl"
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open",
                        lambda self, *a, **k: opened.append(k.get("buffering")) or real_open(self, *a, **k))
    with OutputCache(path, "k" * 64) as cache:
        cache.append(record("a"))
        cache.append(record("b"))
        placed = cache.placed_lines()
        lines = [cache.line_at(start, end) for _, start, end in placed.values()]
        assert [cache.parse(line, 1).id for line in lines] == ["a", "b"]
        cache.append(record("c"))  # appended after the reader was opened: read as the file is now
        _, start, end = cache.placed_lines()["c"]
        assert cache.parse(cache.line_at(start, end), 3).id == "c"
        reader = cache._reader
        assert opened.count(0) == 1  # one unbuffered handle for every line read
    assert reader.closed and cache._reader is None and cache._handle is None
    assert cache.line_at(start, end) == lines[0].replace(b'"a"', b'"c"')  # asked again: opened again
    cache.close()


# -- scorecard and parity maths -------------------------------------------------------------

def test_wilson_interval_matches_the_textbook_value():
    p = Proportion.of(8, 10)
    # Wilson 95% for 8/10: [0.4902, 0.9433] (Newcombe 1998, table I).
    assert p.rate == 0.8 and round(p.low, 4) == 0.4902 and round(p.high, 4) == 0.9433
    zero = Proportion.of(0, 20)
    assert zero.low == 0.0 and 0.15 < zero.high < 0.17
    assert Proportion.of(0, 0).rate is None


def test_word_stats_quantiles_and_range():
    stats = word_stats([10, 90, 100, 150, 250], 80, 200)
    assert stats.min == 10 and stats.max == 250 and stats.median == 100
    assert stats.in_range.count == 3 and stats.range == (80, 200)
    assert stats.p10 == pytest.approx(42.0)


def test_first_divergence_and_paired_test():
    assert first_divergence([1, 2, 3], [1, 2, 3]) is None
    assert first_divergence([1, 2, 3], [1, 9, 3]) == 1
    assert first_divergence([1, 2], [1, 2, 3]) == 2
    a = [True] * 10 + [False] * 2
    b = [False] * 10 + [False] * 2
    test = mcnemar_exact(a, b)
    assert (test.a_pass_b_fail, test.a_fail_b_pass) == (10, 0)
    assert test.p_value == pytest.approx(2 * 0.5 ** 10)  # exact two-sided binomial
    assert mcnemar_exact([True, False], [True, False]).p_value == 1.0
    agree = agreement([True, False, True], [True, True, False])
    assert (agree.agree, agree.only_a, agree.only_b) == (1, 1, 1)


# -- backends without their libraries -------------------------------------------------------

def test_missing_extra_names_the_pip_command(monkeypatch, tmp_path):
    with pytest.raises(MissingExtra, match=r"pip install 'epicrisis-harness\[export\]'"):
        require("no_such_module_xyz", "onnx", "export")
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime -> ImportError
    (tmp_path / "onnx").mkdir()
    (tmp_path / "onnx" / "model.onnx").write_bytes(b"")
    with pytest.raises(MissingExtra, match=r"the onnx backend needs onnxruntime.*\[export\]"):
        load_backend("onnx", tmp_path)


def test_model_files_locate_variants_and_refuse_what_is_missing(tmp_path):
    (tmp_path / "onnx").mkdir()
    for name in ("model.onnx", "model.onnx_data", "model_quantized.onnx"):
        (tmp_path / "onnx" / name).write_bytes(name.encode())
    (tmp_path / "config.json").write_text("{}")
    names = [p.name for p in model_files("onnx", tmp_path, variant="fp32")]
    assert names == ["config.json", "model.onnx", "model.onnx_data"]
    assert onnx_model_path(tmp_path, "int8").name == "model_quantized.onnx"
    with pytest.raises(UsageError, match=r"onnx/model_q4\.onnx: not found \(variant int4\)"):
        model_files("onnx", tmp_path, variant="int4")
    with pytest.raises(UsageError, match="no weights"):
        model_files("torch", tmp_path)
    with pytest.raises(UsageError, match="runs fp32 weights only"):
        load_backend("torch", tmp_path, variant="int8")


def test_fingerprint_follows_contents_not_location(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "model.safetensors").write_bytes(b"weights")
    first, files = fingerprint([tmp_path / "a" / "model.safetensors"], tmp_path / "a")
    moved, _ = fingerprint([tmp_path / "b" / "model.safetensors"], tmp_path / "b")
    assert first == moved and list(files) == ["model.safetensors"]
    (tmp_path / "b" / "model.safetensors").write_bytes(b"weightz")
    assert fingerprint([tmp_path / "b" / "model.safetensors"], tmp_path / "b")[0] != first


def test_git_revision_reads_head_without_git(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git" / "refs" / "heads").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    assert git_revision(repo / "pkg" / "mod.py") is None  # a branch with no commit yet
    (repo / ".git" / "packed-refs").write_text("# pack-refs\n" + "a" * 40 + " refs/heads/main\n")
    assert git_revision(repo / "pkg" / "mod.py") == "a" * 40
    (repo / ".git" / "refs" / "heads" / "main").write_text("b" * 40 + "\n")
    assert git_revision(repo / "pkg" / "mod.py") == "b" * 40
    assert git_revision(Path("/")) is None


def test_importing_the_cli_imports_no_heavy_library():
    code = ("import sys, harness.app.cli, harness.evaluate, harness.parity, harness.scorecard; "
            "print(sorted(m for m in ('torch', 'transformers', 'onnxruntime', 'optimum', 'scipy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_one_writer_per_run_directory(tmp_path):
    from harness.runs import RunDir

    run = RunDir(tmp_path / "run")
    with run.lock(), pytest.raises(UsageError, match="another eval is writing this run directory"), \
            RunDir(tmp_path / "run").lock():
        pass
    with run.lock():  # released on exit
        pass


def test_parallel_scoring_gives_the_serial_results(monkeypatch):
    import harness.evaluate
    from harness.config import Config
    from harness.evaluate import check_outputs

    texts = ["Ingresa por neumonía (J18.9) en paciente femenina de 72 años. " * 3,
             "**Paciente** ingresa por neumonía.", "Ingresa por diabetes (E11.9)."]
    outputs = [record(str(i), text=texts[i % 3]) for i in range(9)]
    serial = check_outputs(outputs, Config(), jobs=1)
    monkeypatch.setattr(harness.evaluate, "PARALLEL_MIN_RECORDS", 1)
    parallel = check_outputs(outputs, Config(), jobs=2)
    assert parallel == serial
    assert len({tuple(f.check for f in r.findings) for r in serial}) == 3
