"""The main job end to end, as users run it (the console script), in a smoke
configuration: 30 records, 2 training steps, 3 scored samples of 12 tokens.

The model learns nothing in 2 steps, so a permissive gate file lets a variant
through and the promotion, the Transformers.js verification (when Node.js
and the package are installed) and the report of a promotion are exercised.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from harness.errors import UsageError
from tests import ROOT

pytest.importorskip("torch")
pytest.importorskip("trl")
pytest.importorskip("optimum.onnxruntime")

EPICRISIS = shutil.which("epicrisis", path=str(Path(sys.executable).parent))
PERMISSIVE = """schema_version = 1
[floors]
min_pass_rate = 0.0
[parity.int8]
min_verdict_agreement = 0.0
[ship]
variants = ["int8"]
"""


def transformers_js() -> bool:
    return bool(shutil.which("node")) and (ROOT / "export/js/node_modules/@huggingface/transformers").is_dir()


@pytest.fixture(scope="module")
def job(tmp_path_factory) -> tuple[subprocess.CompletedProcess[str], Path]:
    from training.data.generator import generate_records, jsonl_bytes

    root = tmp_path_factory.mktemp("pipeline")
    data = root / "records.jsonl"
    data.write_bytes(jsonl_bytes(generate_records(30, seed=7)))
    gates = root / "gates.toml"
    gates.write_text(PERMISSIVE, encoding="utf-8")
    out = root / "demo"
    assert EPICRISIS, "the epicrisis console script is not installed"
    command = [EPICRISIS, "pipeline", "--out", str(out), "--data", str(data), "--gates", str(gates),
               "--baseline", str(root / "no-baseline-yet"), "--variants", "fp32,int8",
               "--max-steps", "2", "--save-steps", "2", "--eval-limit", "3", "--max-new-tokens", "12",
               "--threads", "2", *([] if transformers_js() else ["--no-verify"])]
    proc = subprocess.run(command, check=False, cwd=root, capture_output=True, text=True, timeout=900,
                          env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    return proc, out


def test_missing_baseline_fails_before_any_stage(job):
    proc, out = job
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"{out.parent / 'no-baseline-yet'}: baseline not found")
    assert "[1/7]" not in proc.stderr and not out.exists()


@pytest.fixture(scope="module")
def promoted(tmp_path_factory, job) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The same job with no baseline: regression gates off, floors permissive."""
    proc, out = job
    command = [a for a in proc.args if a not in ("--baseline", str(out.parent / "no-baseline-yet"))]
    rerun = subprocess.run(command, check=False, cwd=out.parent, capture_output=True, text=True, timeout=900,
                           env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    return rerun, out


def test_every_stage_announced_and_timed(promoted):
    proc, out = promoted
    assert proc.returncode == 0, proc.stderr[-3000:]
    for number, stage in enumerate(("prepare", "train", "best", "export", "gate", "promote", "report"), start=1):
        assert f"[{number}/7] {stage} ..." in proc.stderr and f"[{number}/7] {stage} done in " in proc.stderr
    tail = proc.stderr.strip().splitlines()[-2:]
    assert tail[0] == f"report: {out / 'report.html'}"
    assert tail[1].startswith(f"decision: promoted int8 to {out / 'app' / 'backend' / 'models' / 'epicrisis-demo'}")
    record = json.loads((out / "pipeline.json").read_text(encoding="utf-8"))
    assert set(record["times"]) == {"prepare", "train", "best", "export", "gate", "promote", "report"}
    assert record["promoted"] == "int8" and record["notes"] == ["no baseline: the regression gates were not run"]


def test_out_folder_keeps_every_artifact(promoted):
    proc, out = promoted
    assert proc.returncode == 0, proc.stderr[-3000:]
    for path in ("data/train.jsonl", "data/validation.jsonl", "train/ledger.jsonl", "train/best.json",
                 "export/export.json", "export/onnx/model.onnx", "export/onnx/model_quantized.onnx",
                 "export/runs/int8/scorecard.json", "export/parity/int8.json",
                 "app/backend/models/epicrisis-demo/manifest.json", "report.html", "gates.xml"):
        assert (out / path).exists(), path
    manifest = json.loads((out / "app/backend/models/epicrisis-demo/manifest.json").read_text(encoding="utf-8"))
    assert manifest["variant"] == "int8"
    registry = (out / "app/frontend/src/app/core/models/rag.types.ts").read_text(encoding="utf-8")
    assert "local/epicrisis-demo" in registry
    rows = [json.loads(line) for line in (out / "train/ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    # Step 0 is the shipped base before any fine-tuning: the trend's start, never the best.
    assert [r["step"] for r in rows] == [0, 2] and rows[1]["best"] and not rows[0].get("best")
    assert rows[0]["checkpoint"].endswith("micro-base") and rows[0]["passed"]["total"] == 3
    assert rows[0].get("onnx") is None and rows[1]["onnx"]["status"] == "ok"  # checkpoints also scored on ONNX


def test_report_and_junit_of_the_promoted_variant(promoted):
    proc, out = promoted
    assert proc.returncode == 0, proc.stderr[-3000:]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Promover onnx int8" in html and "Paridad de las versiones frente a torch fp32" in html  # Spanish by default
    assert 'id="trend"' in html and "aprobación ONNX fp32" in html  # the ledger's checkpoints
    suite = ET.parse(out / "gates.xml").getroot().find("testsuite")
    assert suite.get("failures") == "0" and {c.get("name") for c in suite.iter("testcase")} >= {
        "floor.pass_rate", "parity.int8.verdict_agreement", "ship.variant"}


def test_embedded_default_is_the_shipped_base_under_the_default_policy(tmp_path):
    from harness.app import pipeline
    from harness.app.pipeline import PipelineRequest, base_path, resolve_baseline, resolve_gates, resolve_recipe

    default = PipelineRequest(out=tmp_path)
    assert resolve_gates(default) is None  # harness/default_gates.toml, as for every model
    assert not (pipeline.PRESETS / "micro-gates.toml").exists()  # no special policy any more
    assert base_path(default) == str(pipeline.EMBEDDED_BASE) and (pipeline.EMBEDDED_BASE / "config.json").is_file()
    assert resolve_recipe(default) == pipeline.EMBEDDED_RECIPE
    assert resolve_baseline(default) == pipeline.BUNDLED_BASELINE
    # Another dataset or base: no bundled baseline; another base: no bundled recipe.
    for other in (PipelineRequest(out=tmp_path, data=(tmp_path / "mine.jsonl",)),
                  PipelineRequest(out=tmp_path, base=str(tmp_path / "model"))):
        assert resolve_gates(other) is None and resolve_baseline(other) is None
    assert resolve_recipe(PipelineRequest(out=tmp_path, base="micro")) is None
    # The user's choices win; --no-baseline turns the regression gates off.
    mine = PipelineRequest(out=tmp_path, gates=tmp_path / "g.toml", baseline=tmp_path / "b",
                           train_config=tmp_path / "t.toml")
    assert resolve_gates(mine) == tmp_path / "g.toml" and resolve_baseline(mine) == tmp_path / "b"
    assert resolve_recipe(mine) == tmp_path / "t.toml"
    assert resolve_baseline(PipelineRequest(out=tmp_path, no_baseline=True)) is None


def test_the_shipped_base_has_its_card_and_fits_the_budget():
    from harness.app import pipeline

    card = json.loads((pipeline.EMBEDDED_BASE / "base_card.json").read_text(encoding="utf-8"))
    files = {p.name: p.stat().st_size for p in pipeline.EMBEDDED_BASE.iterdir()}
    assert sum(files.values()) < 20 * 2**20 and "model.safetensors" in files
    assert card["generator"]["style"] == "base" and card["generator"]["seed"] != 350
    assert card["tokens"]["trained"] >= 20_000_000 and card["device"]["type"] == "cuda"
    import hashlib

    for name, digest in card["files"].items():
        assert hashlib.sha256((pipeline.EMBEDDED_BASE / name).read_bytes()).hexdigest() == digest, name


def test_no_baseline_contradicting_baseline_is_a_usage_error(tmp_path):
    from harness.app.pipeline import PipelineRequest, resolve_baseline

    with pytest.raises(UsageError, match="--baseline and --no-baseline"):
        resolve_baseline(PipelineRequest(out=tmp_path, baseline=tmp_path / "b", no_baseline=True))


def test_bundled_baseline_is_a_loadable_run_of_the_bundled_validation_split():
    from harness.app import pipeline
    from harness.verdicts import RunEvidence
    from training.data import prepare as prep

    evidence = RunEvidence.load(pipeline.BUNDLED_BASELINE)
    _, validation = prep.split(prep.validate(prep.load(pipeline.bundled_data())).examples)
    assert evidence.scorecard.records == len(validation) == 35
    assert set(evidence.samples) == {ex.id for ex in validation}
    assert evidence.scorecard.backend == "onnx" and evidence.scorecard.variant == "int8"


def test_default_policy_blocks_a_regression_against_the_bundled_baseline(tmp_path):
    """The bundled baseline (the demo app's production model) with the opening
    sentence lost in 8 more records (what the app's parser needs) fails the
    paired FMT001 regression gate of the default policy."""
    from harness.app import pipeline
    from harness.config import Config
    from harness.evaluate import rescore
    from harness.gatefile import load_policy
    from harness.gates import evaluate_gates
    from harness.verdicts import RunEvidence

    policy = load_policy(None)
    baseline = RunEvidence.load(pipeline.BUNDLED_BASELINE)

    def failed(evidence):
        return {g.gate for g in evaluate_gates(policy, evidence, baseline).failures() if g.gate.startswith("regr")}

    assert failed(baseline) == set()
    run = tmp_path / "regressed"
    shutil.copytree(pipeline.BUNDLED_BASELINE, run)
    (run / "baseline.json").unlink()
    [outputs] = (run / "outputs").glob("*.jsonl")
    rows = [json.loads(line) for line in outputs.read_text(encoding="utf-8").splitlines()]
    opened = [row for row in rows if row["text"].startswith("Ingresa por")]
    assert len(opened) >= 8
    for row in opened[:8]:
        row["text"] = "Paciente que " + row["text"][len("Ingresa por "):]
    outputs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rescore(run, Config())
    assert "regression.check_rate[FMT001]" in failed(RunEvidence.load(run))


def test_only_a_cpu_scored_checkpoint_is_reused_as_the_parity_reference(promoted, tmp_path):
    from harness.app.pipeline import _trained_on

    proc, out = promoted
    assert _trained_on(out / "train") == "cpu"  # so the export reused the callback's torch run
    record = json.loads((out / "train" / "train_config.json").read_text(encoding="utf-8"))
    record["device"]["device"] = "cuda"
    (tmp_path / "train_config.json").write_text(json.dumps(record), encoding="utf-8")
    assert _trained_on(tmp_path) == "cuda"  # a GPU run is regenerated on the CPU reference instead
    assert _trained_on(tmp_path / "missing") is None
