"""Merge-or-load, then the fp32 ONNX export in the Transformers.js layout.

A checkpoint is either a full model folder (exported as it is) or a LoRA
adapter folder, merged into its local base first (``merge_and_unload`` in
fp32: the exported weights are what the torch run of the adapter computes).
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from export.layout import embed_chat_template
from export.quantize import PROTOBUF_LIMIT
from export.validate import TASK
from harness.backends import adapter_base, require
from harness.backends.lora import merge_adapter_into
from harness.errors import UsageError
from harness.figures import seconds_since
from harness.variants import ONNX_DIR, ONNX_FILES


@dataclass(frozen=True)
class PreparedModel:
    dir: Path  # a full model folder: the merged model, or the checkpoint itself
    checkpoint: Path
    base: Path | None  # the adapter's base model
    merged: bool
    seconds: float


def prepare_model(checkpoint: Path, base: Path | None, workdir: Path) -> PreparedModel:
    """The full model to export: ``checkpoint`` itself, or the adapter merged
    into ``base`` and saved under ``workdir/merged``."""
    if not checkpoint.is_dir():
        raise UsageError(f"{checkpoint}: checkpoint folder not found")
    base_dir = adapter_base(checkpoint, base)
    if base_dir is None:
        if not any(checkpoint.glob("*.safetensors")) and not any(checkpoint.glob("pytorch_model*.bin")):
            raise UsageError(f"{checkpoint}: neither a model (no weights) nor a LoRA adapter (no adapter_config.json)")
        return PreparedModel(checkpoint, checkpoint, None, False, 0.0)
    began = time.perf_counter()
    target = workdir / "merged"
    merge_adapter_into(checkpoint, base_dir, target)
    return PreparedModel(target, checkpoint, base_dir, True, seconds_since(began))


_DTYPE_BYTES = {"float32": 4, "float16": 2, "bfloat16": 2}


def fp32_weight_bytes(model_dir: Path) -> int:
    """Bytes the model's weights take in fp32 (the export's precision), from
    the safetensors files and the dtype they were saved in."""
    import json

    stored = sum(f.stat().st_size for f in Path(model_dir).glob("*.safetensors"))
    config = Path(model_dir) / "config.json"
    dtype = "float32"
    if config.exists():
        data = json.loads(config.read_text(encoding="utf-8"))
        dtype = str(data.get("torch_dtype") or data.get("dtype") or "float32")
    return stored * 4 // _DTYPE_BYTES.get(dtype, 4)


def needs_no_post_process(model_dir: Path) -> bool:
    """optimum's post-processing (dropping the duplicate of tied embeddings)
    re-serializes the whole graph in memory, which fails past the protobuf
    limit ("Failed to serialize proto", found exporting Qwen2.5-1.5B on the
    H200 host); such models skip it and keep the tied matrix twice."""
    return fp32_weight_bytes(model_dir) >= PROTOBUF_LIMIT


def export_fp32(model_dir: Path, out: Path) -> float:
    """optimum-onnx export (``text-generation-with-past``) of ``model_dir``
    into ``out``: configs and tokenizer at the top, ``onnx/model.onnx``
    (+ ``model.onnx_data``) below. Returns the seconds taken. Validation is
    separate (:func:`export.validate.validate_export`) because optimum's
    only warns."""
    require("optimum.exporters.onnx", "onnx (export)", "export")
    from optimum.exporters.onnx import main_export

    began = time.perf_counter()
    staging = out / ".optimum"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        main_export(str(model_dir), output=staging, task=TASK, do_validation=False, local_files_only=True,
                    library_name="transformers", device="cpu", no_post_process=needs_no_post_process(model_dir))
    except (RuntimeError, ValueError, OSError, MemoryError) as exc:  # optimum's, torch's, onnx's failures
        shutil.rmtree(staging, ignore_errors=True)
        cause = f" ({exc.__cause__})" if exc.__cause__ else ""
        raise UsageError(f"{model_dir}: the ONNX export failed: {exc}{cause}") from None
    (out / ONNX_DIR).mkdir(parents=True, exist_ok=True)
    for item in staging.iterdir():
        into = out / ONNX_DIR if item.name.startswith(ONNX_FILES["fp32"]) else out  # and its _data files
        (into / item.name).unlink(missing_ok=True)
        shutil.move(str(item), into / item.name)
    staging.rmdir()
    embed_chat_template(out)
    return seconds_since(began)
