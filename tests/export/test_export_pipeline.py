"""Export end to end on the tiny model: merge, fp32 export and its validation,
int8/int4, the Transformers.js layout, each variant scored and compared with
the torch run, gated, recorded; and the refusals."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from export.artifact import read_record
from export.quantize import plain_settings
from export.recipes import RECIPES
from export.validate import DEFAULT_ATOL, DEFAULT_RTOL, ExportValidationError, validate_export
from harness.runs import RunDir, file_sha256
from harness.schemas import LedgerRow, OnnxExportFailed, OnnxScored, Scorecard
from harness.variants import DEFAULT_RECIPES
from tests.export_fixtures import ENV, EPICRISIS, FIXTURES

pytest_plugins = ["tests.export_fixtures"]


def test_export_writes_the_transformers_js_layout_with_three_variants(tiny_export):
    out, root = tiny_export.record, tiny_export.out
    for name in ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                 "onnx/model.onnx", "onnx/model_quantized.onnx", "onnx/model_q4.onnx"):
        assert (root / name).is_file(), name
    # Transformers.js reads the chat template from tokenizer_config.json only.
    template = json.loads((root / "tokenizer_config.json").read_text(encoding="utf-8"))["chat_template"]
    assert template == (root / "chat_template.jinja").read_text(encoding="utf-8")
    assert "transformers.js_config" not in json.loads((root / "config.json").read_text())  # no external data
    assert not (root / ".work").exists() and not (root / ".optimum").exists()
    assert out.merged and out.base and out.task == "text-generation-with-past"
    assert set(out.files) >= {"onnx/model.onnx", "onnx/model_quantized.onnx", "onnx/model_q4.onnx",
                              "tokenizer.json", "config.json"}
    assert all(file_sha256(root / name) == digest for name, digest in out.files.items())
    assert read_record(root).model_dump(mode="json") == out.model_dump(mode="json")  # as returned
    for step in ("merge", "eval_torch", "export_fp32", "validate_fp32", "quantize_int8", "quantize_int4",
                 "eval_fp32", "eval_int8", "eval_int4", "total"):
        assert out.times[step] >= 0, step


def test_validation_and_quantization_are_recorded(tiny_export):
    out = tiny_export.record
    assert (out.validation.atol, out.validation.rtol) == (DEFAULT_ATOL, DEFAULT_RTOL) and len(out.validation.shapes) == 2 and out.validation.outputs == 5
    assert set(out.validation.max_abs_diff) == {"logits", "present.0.key", "present.0.value",
                                                "present.1.key", "present.1.value"}
    assert max(out.validation.max_abs_diff.values()) < 1e-4  # fp32 ONNX computes what torch computes
    for variant in ("int8", "int4"):  # each default as its recipe in export/recipes.py says
        recipe, made = RECIPES[variant], out.variants[variant].quantization
        assert made["recipe"] == DEFAULT_RECIPES[variant] and made["onnxruntime"]
        assert made["settings"] == plain_settings(recipe.settings)
        op = "MatMulInteger" if recipe.settings.method.endswith("quantize_dynamic") else "MatMulNBits"
        assert made["quantized_nodes"][op] > 0
    assert out.variants["int4"].bytes < out.variants["int8"].bytes < out.variants["fp32"].bytes


def test_each_variant_is_scored_compared_with_torch_and_gated(tiny_export):
    out, root = tiny_export.record, tiny_export.out
    torch_card = Scorecard.model_validate_json((root / out.torch_run / "scorecard.json").read_text())
    assert torch_card.backend == "torch" and torch_card.records == 8
    for variant, record in out.variants.items():
        run = RunDir(root / record.run)
        assert (run.read_manifest().backend, run.read_manifest().variant) == ("onnx", variant)
        parity = json.loads((root / record.parity).read_text())
        assert parity["run_a"]["backend"] == "torch" and parity["run_b"]["variant"] == variant
        assert record.text_match == parity["exact_match"]["rate"]
        assert record.divergent == len(parity["divergences"])
        gate = json.loads((root / record.gate).read_text())
        assert gate["passed"] == record.gate_passed and gate["variant"] == variant
        assert {r["gate"] for r in gate["results"]} >= {f"parity.{variant}.verdict_agreement", "ship.variant"}
    # fp32 ONNX writes exactly what torch (adapter on its base, unmerged) writes.
    assert out.variants["fp32"].text_match == 1.0 and out.variants["fp32"].first_divergence is None
    assert out.checkpoint_gate_passed and out.promotable == ["fp32", "int8", "int4"]


def test_validation_failure_is_an_error_listing_every_mismatch(export_models, tiny_export):
    root = tiny_export.out
    # The export holds the merged adapter; against the bare base model every
    # output that the adapter's q/v projections reach differs.
    with pytest.raises(ExportValidationError) as caught:
        validate_export(export_models["base"], root / "onnx" / "model.onnx", atol=1e-5)
    mismatches = caught.value.mismatches
    assert {m.shapes for m in mismatches} == {"batch_size=2, sequence_length=16", "batch_size=1, sequence_length=7"}
    assert {m.output for m in mismatches} >= {"logits", "present.0.value", "present.1.value"}
    assert all(m.kind == "values" and m.max_abs_diff > 1e-5 for m in mismatches)
    assert str(caught.value).count("\n  - ") == len(mismatches) >= 6


def test_validation_tolerance_scales_with_the_output():
    """|diff| <= atol + rtol x max|reference| of the whole output: a real
    model's float32 noise is that of sums over the hidden size, so a logit near
    zero beside large ones gets the same room as they do (a per-value relative
    term, numpy.allclose's, refused a sound SmolLM2 export); a difference on the
    scale of the values themselves (a broken export) still fails."""
    import numpy as np

    from export.validate import compare_values

    reference = np.array([20.0, -30.0, 0.0005], dtype=np.float32)
    produced = reference + np.array([0.002, -0.0025, 0.003], dtype=np.float32)
    assert compare_values(reference, produced, 1e-3, 0.0)[1] == 3  # atol alone: all three fail
    assert not np.allclose(produced, reference, atol=1e-3, rtol=1e-4)  # per value: the small logit fails
    diff, outside, _ = compare_values(reference, produced, 1e-3, 1e-4)  # bound 1e-3 + 1e-4 x 30 = 4e-3
    assert outside == 0 and abs(diff - 0.003) < 1e-5
    produced[2] += 0.01  # beyond the output's scale of noise
    assert compare_values(reference, produced, 1e-3, 1e-4)[1] == 1
    produced[0] += 0.5  # a broken export: off on the values' own scale
    assert compare_values(reference, produced, 1e-3, 1e-4)[1] == 2


def test_export_refuses_a_promotable_artifact_when_the_checkpoint_fails_its_gate(export_models, tiny_export,
                                                                                 tmp_path):
    root = tiny_export.out
    torch_run = tmp_path / "torch-run"
    shutil.copytree(root / "runs" / "torch", torch_run)  # same settings: reused, not generated again
    out = tmp_path / "export"
    args = [EPICRISIS, "export", export_models["lora"], "--out", out, "--data", export_models["data"],
            "--gates", FIXTURES / "gates" / "floor.toml", "--variants", "fp32", "--torch-run", torch_run,
            "--max-new-tokens", "24", "--batch-size", "4", "--teacher-forced", "0", "--threads", "1",
            "--no-config", "--lang", "en"]  # the English gate lines asserted below
    proc = subprocess.run([str(a) for a in args], check=False, capture_output=True, text=True, env=ENV, timeout=400,
                          cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "[checkpoint] gates for" in proc.stdout
    assert "FAIL  floor.pass_rate (fewer summaries without errors than the required minimum): 0.0% of 8 records pass" \
        in proc.stdout  # the gate's id, its plain name and its figures
    assert "sample 1:" in proc.stdout  # the worst samples behind the number
    assert "the checkpoint failed its gates: no variant may be promoted" in proc.stderr
    record = read_record(out)
    assert record.promotable == [] and not record.checkpoint_gate_passed
    fp32_gate = json.loads((out / "gates" / "fp32.json").read_text())
    # The variant's verdict holds its checkpoint's gates: its torch run fails the same floor.
    assert [r["gate"] for r in fp32_gate["results"] if not r["passed"]] == ["floor.pass_rate",
                                                                            "checkpoint.floor.pass_rate"]

    promote = subprocess.run([EPICRISIS, "promote", str(out), "--app", str(tmp_path / "app"), "--id", "local/x",
                              "--no-verify"], check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert promote.returncode == 2 and "app folder not found" in promote.stderr
    from export.app_registry import APP_TEMPLATE

    shutil.copytree(APP_TEMPLATE, tmp_path / "app")
    promote = subprocess.run([EPICRISIS, "promote", str(out), "--app", str(tmp_path / "app"), "--id", "local/x",
                              "--no-verify"], check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert promote.returncode == 1, promote.stderr
    assert "fp32 is blocked by its verdict (2 of" in promote.stderr
    assert "checkpoint.floor.pass_rate: 0.0% of 8 records pass" in promote.stderr  # the real reason, with figures


def test_export_usage_errors_exit_2(export_models, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("schema_version = 1\n[floors]\nmin_pass_rate = 80\n", encoding="utf-8")
    proc = subprocess.run([str(a) for a in (EPICRISIS, "export", export_models["lora"], "--out", tmp_path / "o",
                                            "--data", export_models["data"], "--gates", bad)],
                          check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 2 and f"{bad}:3: floors.min_pass_rate = 80 is outside [0, 1]" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_gate_cli_reads_a_parity_report(tiny_export, tmp_path):
    out = tiny_export.out
    proc = subprocess.run([str(a) for a in (EPICRISIS, "gate", out / "runs" / "int8", "--parity",
                                            out / "parity" / "int8.json", "--gates", FIXTURES / "gates" / "tiny.toml",
                                            "--out", tmp_path / "gate.json", "--lang", "en")],
                          check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert ("PASS  parity.int8.verdict_agreement (the browser version (int8) passes or fails other summaries than "
            "the original model): int8 vs torch: same pass/fail verdict in 8/8") in proc.stdout
    wrong = subprocess.run([str(a) for a in (EPICRISIS, "gate", out / "runs" / "int4", "--parity",
                                             out / "parity" / "int8.json")],
                           check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert wrong.returncode == 2 and "the parity report compares run" in wrong.stderr


def test_every_checkpoint_can_be_scored_on_onnx_for_the_training_ledger(export_models, tiny_export, tmp_path,
                                                                      monkeypatch):
    import functools

    import export.score
    from export.score import score_onnx_checkpoint
    from tests.export_fixtures import GENERATION, THREADS

    torch_run = tmp_path / "torch-run"
    shutil.copytree(tiny_export.out / "runs" / "torch", torch_run)
    entry = score_onnx_checkpoint(export_models["lora"], export_models["data"], tmp_path / "ckpt",
                                  torch_run=torch_run, generation=GENERATION, threads=THREADS)
    assert isinstance(entry, OnnxScored), entry
    assert entry.exact_match == 1.0 and entry.first_divergence is None and entry.divergent == 0
    assert entry.pass_agreement == 1.0 and entry.validation_max_abs_diff < 1e-4
    assert set(entry.seconds) >= {"merge", "export", "validate", "eval_onnx", "eval_torch", "compare"}
    assert (tmp_path / "ckpt" / "onnx" / "onnx" / "model.onnx").is_file()
    assert json.loads((tmp_path / "ckpt" / "parity-onnx-fp32.json").read_text())["samples"] == 8
    row = LedgerRow(step=1, epoch=None, checkpoint="c", created="t", train_loss=None, eval_loss=None,
                    passed=None, run_dir=None, scoring_seconds=None, onnx=entry)
    assert LedgerRow.model_validate_json(row.model_dump_json()).onnx == entry  # the ledger reads it back typed

    # no relative term: atol alone, set below float32 noise, must refuse
    monkeypatch.setattr(export.score, "validate_export", functools.partial(export.score.validate_export, rtol=0.0))
    failed = score_onnx_checkpoint(export_models["lora"], export_models["data"], tmp_path / "strict",
                                   torch_run=torch_run, generation=GENERATION, threads=THREADS, atol=1e-12)
    assert isinstance(failed, OnnxExportFailed) and "export validation failed" in failed.error
    assert len(failed.mismatches) >= 2 and not (tmp_path / "strict" / "runs").exists()
