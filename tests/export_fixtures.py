"""Session fixtures of the export, gate and promotion tests (a pytest plugin:
``pytest_plugins = ["tests.export_fixtures"]`` in each module that uses them).

The tiny Qwen2 model of ``tests/tiny_model.py`` gets a LoRA adapter, and the
adapter is exported once per session: merged, fp32 + int8 + int4, each
scored and gated, exactly as ``epicrisis export`` does it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from harness.generation import GenerationConfig
from tests import TESTS
from tests import tiny_model

FIXTURES = TESTS / "fixtures"
APP_FIXTURE = FIXTURES / "app"
TINY_POLICY = FIXTURES / "gates" / "tiny.toml"
REGISTRY = Path("frontend/src/app/core/models/rag.types.ts")
BIN = Path(sys.executable).parent
EPICRISIS = shutil.which("epicrisis", path=str(BIN)) or shutil.which("epicrisis")
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
TOKENS = 24
GENERATION = GenerationConfig(max_new_tokens=TOKENS, batch_size=4)
# One thread: on a shared CI machine, spinning thread pools of torch and
# onnxruntime fight over the cores and make a tiny model ten times slower.
THREADS = 1


@pytest.fixture(scope="session")
def export_models(tmp_path_factory) -> dict[str, Path]:
    """The tiny base model, a LoRA adapter on it, and an 8-sample validation file."""
    pytest.importorskip("torch")
    pytest.importorskip("optimum.onnxruntime")
    pytest.importorskip("peft")
    root = tmp_path_factory.mktemp("export-models")
    base = tiny_model.build_tiny_model(root / "base")
    return {"base": base, "lora": tiny_model.build_lora_adapter(base, root / "lora"),
            "data": tiny_model.write_dataset(root / "validation.jsonl", 8)}


@pytest.fixture(scope="session")
def tiny_export(export_models, tmp_path_factory):
    """``export_checkpoint`` of the adapter with the tiny policy: three variants."""
    from export.pipeline import ExportRequest, export_checkpoint
    from harness.config import Config
    from harness.gatefile import load_policy

    out = tmp_path_factory.mktemp("export") / "epicrisis-tiny"
    request = ExportRequest(checkpoint=export_models["lora"], out=out, data=export_models["data"],
                            policy=load_policy(TINY_POLICY), generation=GENERATION, teacher_forced=1,
                            threads=THREADS)
    return export_checkpoint(request, Config())


def copy_app(target: Path) -> Path:
    """A fresh copy of the fixture Angular app."""
    shutil.copytree(APP_FIXTURE, target)
    return target


def node_ready() -> str | None:
    """Why the Transformers.js verification cannot run here, or None."""
    from export.verify_js import INSTALL, JS_DIR

    if shutil.which("node") is None:
        return "node is not installed"
    if not (JS_DIR / "node_modules" / "@huggingface" / "transformers").is_dir():
        return f"Transformers.js is not installed: run `{INSTALL}` (make setup does)"
    return None


def manifest_state(folder: Path) -> str:
    """The variant a promoted folder holds, after checking that it holds
    exactly the files its manifest lists with their hashes ("mixed" else)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}
    if present != set(manifest["files"]):
        return "mixed"
    if any(hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest
           for name, digest in manifest["files"].items()):
        return "mixed"
    return manifest["variant"]
