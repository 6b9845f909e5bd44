"""Evaluation end to end on a tiny Qwen2 model: both backends, the cache,
resume after a kill, rescore and compare, the CLI run as users run it."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.config import Config
from harness.errors import UsageError
from harness.evaluate import EvalRequest, evaluate
from harness.generation import GenerationConfig
from harness.parity import compare_runs
from harness.runs import RunDir
from harness.schemas import OutputRecord, Scorecard
from tests import tiny_model

pytest.importorskip("torch")
pytest.importorskip("optimum.onnxruntime")

BIN = Path(sys.executable).parent
EPICRISIS = shutil.which("epicrisis", path=str(BIN)) or shutil.which("epicrisis")
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
TOKENS = 24  # new tokens per sample: enough to diverge, short enough for CI


@pytest.fixture(scope="session")
def models(tmp_path_factory) -> dict[str, Path]:
    """The torch model, its ONNX export with the int8 file, a LoRA adapter, a dataset."""
    root = tmp_path_factory.mktemp("tiny")
    torch_dir = tiny_model.build_tiny_model(root / "torch")
    onnx_dir = tiny_model.export_onnx(torch_dir, root / "onnx")
    tiny_model.quantize_int8(onnx_dir)
    return {"torch": torch_dir, "onnx": onnx_dir,
            "lora": tiny_model.build_lora_adapter(torch_dir, root / "lora"),
            "data": tiny_model.write_dataset(root / "data.jsonl", 8)}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert EPICRISIS, "the epicrisis console script is not installed"
    return subprocess.run([EPICRISIS, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=ENV, check=False)


def eval_args(model: Path, backend: str, data: Path, out: Path, *extra: str) -> list[str]:
    return ["eval", "--model", model, "--backend", backend, "--data", data, "--out", out,
            "--max-new-tokens", str(TOKENS), "--batch-size", "4", "--threads", "1", "--no-config", *extra]


def cache_lines(run: Path) -> list[dict]:
    manifest = RunDir(run).read_manifest()
    text = RunDir(run).outputs_path(manifest.key).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n")[:-1]]  # complete lines only


@pytest.fixture(scope="session")
def runs(models, tmp_path_factory) -> dict[str, Path]:
    """torch, onnx fp32 and onnx int8 runs over the same samples, through the CLI."""
    root = tmp_path_factory.mktemp("runs")
    out = {}
    for name, model, backend in (("torch", models["torch"], "torch"), ("onnx", models["onnx"], "onnx")):
        proc = cli(*eval_args(model, backend, models["data"], root / name), cwd=root)
        assert proc.returncode == 0, proc.stderr
        assert "samples/s" in proc.stderr and "tokens/s" in proc.stderr  # the progress bar
        out[name] = root / name
    # In-process (the same code the CLI calls): spares CI one more start-up of torch.
    evaluate(EvalRequest(model_dir=models["onnx"], backend="onnx", variant="int8", data=models["data"],
                         out=root / "int8", generation=GenerationConfig(max_new_tokens=TOKENS, batch_size=4)),
             Config())
    out["int8"] = root / "int8"
    return out


def test_eval_writes_what_ran_outputs_findings_and_scorecard(runs, models):
    tokenizer = tiny_model.build_tokenizer()
    for name, backend, variant in (("torch", "torch", "fp32"), ("onnx", "onnx", "fp32"),
                                   ("int8", "onnx", "int8")):
        run = RunDir(runs[name])
        manifest = run.read_manifest()
        assert (manifest.backend, manifest.variant) == (backend, variant)
        assert manifest.generation.max_new_tokens == TOKENS
        assert manifest.packages["transformers"] and manifest.python and manifest.prompt.template
        assert manifest.data.sample_ids == [str(i) for i in range(1, 9)]
        outputs = run.outputs(manifest)
        for out in outputs:
            assert 0 < len(out.token_ids) <= TOKENS and len(out.margins) == len(out.token_ids)
            ids = out.token_ids[:-1] if out.finish_reason == "eos" else out.token_ids
            assert out.text == tokenizer.decode(ids, skip_special_tokens=True)  # new tokens only
            assert out.reference and out.input["diagnosticos"]
        findings = run.read_findings()
        assert [f.id for f in findings] == manifest.data.sample_ids
        card = Scorecard.model_validate_json(run.scorecard_path.read_text())
        assert card.run_key == manifest.key and card.records == 8
        assert card.passed.count == sum(f.passed for f in findings)
        assert set(card.by_check) >= {"FMT001", "FMT003", "COD002", "HAL001", "REP001"}
        fmt001 = card.by_check["FMT001"].records
        assert fmt001.count == sum(any(x["check"] == "FMT001" for x in f.findings) for f in findings)
        assert 0 <= fmt001.low <= fmt001.rate <= fmt001.high <= 1
        assert card.speed.new_tokens == sum(len(o.token_ids) for o in outputs)
        assert card.speed.tokens_per_s > 0 and card.words.median is not None
    torch_manifest = RunDir(runs["torch"]).read_manifest()
    onnx_manifest = RunDir(runs["onnx"]).read_manifest()
    assert torch_manifest.prompt.hash == onnx_manifest.prompt.hash  # one prompt for both runtimes
    assert "model.safetensors" in torch_manifest.model.files
    assert "onnx/model.onnx" in onnx_manifest.model.files
    assert "onnx/model_quantized.onnx" in RunDir(runs["int8"]).read_manifest().model.files


def test_batched_left_padded_generation_matches_one_at_a_time(models):
    from harness.backends import load_backend
    from harness.prompt import PromptBuilder
    from harness.samples import read_samples

    samples, _ = read_samples(models["data"], limit=3)
    config = GenerationConfig(max_new_tokens=16)
    for backend in (load_backend("torch", models["torch"]), load_backend("onnx", models["onnx"])):
        builder = PromptBuilder(backend.tokenizer)
        # Prompts of different lengths, so the batch really is padded.
        prompts = [builder.render(s.instruction, s.input) for s in samples]
        prompts[0] = builder.render("Epicrisis breve:", {"edad": 40})
        batched = backend.generate(prompts, config)
        single = [backend.generate([p], config)[0] for p in prompts]
        assert [b.token_ids for b in batched] == [s.token_ids for s in single]
        assert batched[0].prompt_tokens < batched[1].prompt_tokens


def test_sampling_is_seeded_per_sample_not_per_batch(models):
    from harness.backends import load_backend

    backend = load_backend("torch", models["torch"])
    config = GenerationConfig(max_new_tokens=12, do_sample=True, temperature=1.5)
    prompts = ["<|im_start|>user\nEpicrisis:\n{}<|im_end|>\n<|im_start|>assistant\n", "Ingresa por"]
    together = backend.generate(prompts, config, seeds=[11, 12])
    alone = backend.generate(prompts[1:], config, seeds=[12])
    assert together[1].token_ids == alone[0].token_ids
    assert backend.generate(prompts[1:], config, seeds=[13])[0].token_ids != alone[0].token_ids


def test_torch_and_onnx_fp32_agree_and_int8_divergences_are_located(runs, tmp_path):
    report_path = tmp_path / "fp32.json"
    proc = cli("compare", runs["torch"], runs["onnx"], "--out", report_path, "--no-config", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    fp32 = json.loads(report_path.read_text())
    # Same weights, two runtimes: the text is identical here (8/8); where another CPU's
    # kernels round differently, only a near-tie may flip.
    assert fp32["samples"] == 8 and fp32["exact_match"]["count"] >= 6, fp32["divergences"]
    assert all(d["margin_a"] is not None and d["margin_a"] < 1e-3 for d in fp32["divergences"])
    assert fp32["teacher_forced"]["samples"] == 3
    assert fp32["teacher_forced"]["max_abs_logit_diff"] < 1e-3
    assert fp32["pass_agreement"]["total"] == 8 and fp32["mcnemar"]["p_value"] >= 0.05

    int8 = compare_runs(runs["torch"], runs["int8"], Config(), teacher_forced=2).model_dump()
    a = {o.id: o for o in RunDir(runs["torch"]).outputs(RunDir(runs["torch"]).read_manifest())}
    b = {o.id: o for o in RunDir(runs["int8"]).outputs(RunDir(runs["int8"]).read_manifest())}
    assert len(int8["divergences"]) == 8 - int8["exact_match"]["count"]
    for d in int8["divergences"]:
        x, y = a[d["id"]], b[d["id"]]
        pos = d["position"]
        assert x.token_ids[:pos] == y.token_ids[:pos] and d["token_a"] == x.token_ids[pos]
        assert d["margin_a"] == x.margins[pos]
    assert int8["teacher_forced"]["max_abs_logit_diff"] > fp32["teacher_forced"]["max_abs_logit_diff"]
    checks = int8["check_agreement"]
    assert set(checks) >= {"FMT001", "REP001"} and all(0 <= c["rate"] <= 1 for c in checks.values())


def test_rescore_reruns_the_rules_without_loading_a_model(runs, tmp_path):
    run = tmp_path / "run"
    shutil.copytree(runs["torch"], run)
    code = ("import sys; from harness.app.cli import main; sys.argv = ['epicrisis'] + sys.argv[1:]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
            "print('loaded:', sorted(m for m in ('torch', 'onnxruntime', 'transformers') if m in sys.modules))\n"
            "sys.exit(code)")
    proc = subprocess.run([sys.executable, "-c", code, "rescore", str(run), "--no-config", "--select", "FMT"],
                          capture_output=True, text=True, env=ENV, cwd=tmp_path, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "loaded: []" in proc.stdout
    card = Scorecard.model_validate_json((run / "scorecard.json").read_text())
    assert set(card.by_check) == {"FMT001", "FMT002", "FMT003"}
    assert card.engine["select"] == ["FMT"]
    for row in RunDir(run).read_findings():
        assert all(f["check"].startswith("FMT") for f in row.findings)
    proc = cli("rescore", tmp_path, cwd=tmp_path)
    assert proc.returncode == 2 and "not a run directory" in proc.stderr


def test_usage_errors_exit_2_with_a_location(models, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"instruction": "Epicrisis:", "input": {}}\n{"instruction": "Epicrisis:"}\n', encoding="utf-8")
    proc = cli(*eval_args(models["torch"], "torch", bad, tmp_path / "r"), cwd=tmp_path)
    assert proc.returncode == 2 and f"{bad}:2: missing 'input'" in proc.stderr
    assert not (tmp_path / "r").exists()
    proc = cli(*eval_args(models["onnx"], "onnx", models["data"], tmp_path / "r", "--variant", "int4"),
               cwd=tmp_path)
    assert proc.returncode == 2 and "onnx/model_q4.onnx: not found (variant int4)" in proc.stderr
    proc = cli(*eval_args(tmp_path / "nowhere", "torch", models["data"], tmp_path / "r"), cwd=tmp_path)
    assert proc.returncode == 2 and "model folder not found" in proc.stderr


def _request(models, out: Path, *, model: Path | None = None, data: Path | None = None,
             **generation) -> EvalRequest:
    return EvalRequest(model_dir=model or models["torch"], backend="torch", data=data or models["data"],
                       out=out, threads=1,
                       generation=GenerationConfig(**{"max_new_tokens": 8, "batch_size": 4, **generation}))


def test_cache_reuses_only_what_the_same_model_and_settings_wrote(models, tmp_path, monkeypatch):
    import harness.evaluate

    out = tmp_path / "run"
    first = evaluate(_request(models, out), Config())
    assert (first.generated, first.reused) == (8, 0)

    def no_model(*args, **kwargs):
        raise AssertionError("a fully cached run must not load the model")

    with monkeypatch.context() as patch:
        patch.setattr(harness.evaluate, "load_backend", no_model)
        again = evaluate(_request(models, out), Config())
    assert (again.generated, again.reused) == (0, 8)
    assert again.scorecard.run_key == first.scorecard.run_key

    fewer = evaluate(dataclasses.replace(_request(models, out), limit=3), Config())
    assert (fewer.generated, fewer.reused, fewer.scorecard.records) == (0, 3, 3)
    assert RunDir(out).read_manifest().data.sample_ids == ["1", "2", "3"]

    longer = evaluate(_request(models, out, max_new_tokens=10), Config())
    assert longer.generated == 8 and longer.scorecard.run_key != first.scorecard.run_key

    # Changed weights (same file names): a new fingerprint, nothing reused.
    from safetensors.torch import load_file, save_file

    changed = tmp_path / "changed"
    shutil.copytree(models["torch"], changed)
    weights = load_file(changed / "model.safetensors")
    weights["model.norm.weight"] = weights["model.norm.weight"] * 1.5
    save_file(weights, changed / "model.safetensors", metadata={"format": "pt"})
    other = evaluate(_request(models, out, model=changed), Config())
    assert other.generated == 8
    assert other.scorecard.model_fingerprint != first.scorecard.model_fingerprint

    # One sample's input changes under the same id: only that one is regenerated.
    rows = [json.loads(line) for line in models["data"].read_text(encoding="utf-8").splitlines()]
    rows[2]["input"]["edad"] = 101
    data = tmp_path / "data.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    edited = evaluate(_request(models, out, data=data), Config())
    assert (edited.generated, edited.reused) == (1, 7)
    outputs = RunDir(out).outputs(RunDir(out).read_manifest())
    assert outputs[2].input["edad"] == 101
    assert len(list((out / "outputs").glob("*.jsonl"))) == 3


def test_lora_adapter_runs_on_its_base_and_is_fingerprinted_with_it(models, tmp_path):
    base = evaluate(_request(models, tmp_path / "base"), Config())
    adapted = evaluate(_request(models, tmp_path / "lora", model=models["lora"]), Config())
    manifest = RunDir(tmp_path / "lora").read_manifest()
    assert {"adapter_model.safetensors", "adapter_config.json", "base/model.safetensors"} <= set(manifest.model.files)
    assert adapted.scorecard.model_fingerprint != base.scorecard.model_fingerprint
    texts = lambda run: [o.token_ids for o in RunDir(run).outputs(RunDir(run).read_manifest())]
    assert texts(tmp_path / "lora") != texts(tmp_path / "base")  # the adapter is applied


def test_resume_after_kill_loses_and_duplicates_nothing(models, tmp_path):
    total = 24
    data = tiny_model.write_dataset(tmp_path / "data.jsonl", total, seed=5)
    run = tmp_path / "run"
    args = ["eval", "--model", models["torch"], "--backend", "torch", "--data", data, "--out", run,
            "--max-new-tokens", "16", "--batch-size", "1", "--threads", "1", "--no-config"]
    with (tmp_path / "killed.log").open("w") as log:  # a file: a full pipe would stall the run
        proc = subprocess.Popen([EPICRISIS, *map(str, args)], cwd=tmp_path, env=ENV,
                                stdout=log, stderr=subprocess.STDOUT)
    outputs = run / "outputs"
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and proc.poll() is None:
        files = list(outputs.glob("*.jsonl")) if outputs.is_dir() else []
        written = files[0].read_bytes().count(b"\n") if files else 0
        if written >= 3:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, (tmp_path / "killed.log").read_text()
    before = cache_lines(run)
    assert 3 <= len(before) < total and not (run / "scorecard.json").exists()

    resumed = cli(*args, cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    after = cache_lines(run)
    ids = [row["id"] for row in after]
    assert len(ids) == len(set(ids)) == total  # none duplicated, none lost
    assert ids == [str(i) for i in range(1, total + 1)]
    assert after[: len(before)] == before  # what was written before the kill was kept as is
    assert f"{total - len(before)} generados, {len(before)} de la caché" in resumed.stderr
    assert [r.id for r in RunDir(run).read_findings()] == [str(i) for i in range(1, total + 1)]
    assert all(OutputRecord.model_validate(row) for row in after)


def test_int4_file_is_scored_by_its_transformers_js_name(models, tmp_path):
    pytest.importorskip("onnx_ir", reason="MatMulNBitsQuantizer needs onnx-ir")
    onnx_dir = tmp_path / "onnx"
    shutil.copytree(models["onnx"], onnx_dir)
    tiny_model.quantize_int4(onnx_dir)
    outcome = evaluate(EvalRequest(model_dir=onnx_dir, backend="onnx", variant="int4", data=models["data"],
                                   out=tmp_path / "run", limit=4,
                                   generation=GenerationConfig(max_new_tokens=8, batch_size=4)), Config())
    manifest = RunDir(tmp_path / "run").read_manifest()
    assert outcome.generated == 4 and manifest.variant == "int4"
    assert "onnx/model_q4.onnx" in manifest.model.files and "onnx/model.onnx" not in manifest.model.files


def test_torch_device_choice_is_validated_and_auto_falls_back_to_cpu(models, tmp_path, monkeypatch):
    import torch

    from harness.backends import hf, resolve_torch_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_torch_device(None) == resolve_torch_device("auto") == "cpu"
    with pytest.raises(UsageError, match="torch sees no CUDA device"):
        resolve_torch_device("cuda")
    with pytest.raises(UsageError, match="unknown torch device 'tpu'"):
        resolve_torch_device("tpu")
    config = Config()
    with pytest.raises(UsageError, match="only the torch backend chooses a device"):
        evaluate(EvalRequest(model_dir=models["onnx"], backend="onnx", data=models["data"], out=tmp_path / "o",
                             device="cuda"), config)
    assert not (tmp_path / "o").exists()
    # auto on a CPU-only machine: the same run (same key, same texts) as the CPU default.
    cpu = evaluate(_request(models, tmp_path / "cpu"), config)
    auto = evaluate(dataclasses.replace(_request(models, tmp_path / "auto"), device="auto"), config)
    assert auto.scorecard.run_key == cpu.scorecard.run_key and auto.scorecard.passed == cpu.scorecard.passed
    # Inputs follow a model onto its device; CPU and ONNX models keep them where they are.
    ids = torch.ones(1, 3, dtype=torch.long)
    assert hf._on_model_device(object(), ids) is ids
    assert hf._on_model_device(torch.nn.Linear(1, 1), ids) is ids
