"""int8 and int4 variants of the fp32 ONNX model, with onnxruntime.quantization.

The defaults are the settings measured to stay coherent (issue 6, on
SmolLM2-135M, 2 CPU threads, 64 greedy tokens):

- int8: ``quantize_dynamic`` QInt8, **MatMul only, per tensor** (26.8 tok/s,
  coherent, first divergence at token 1). Per-channel over all op types gave
  garbage from the first token: the gates block such a variant, and
  ``Int8Settings(op_types=(), per_channel=True)`` reproduces it.
- int4: weight-only ``MatMulNBits``, block 32, symmetric. ``accuracy_level``
  4 computes with int8 activations (fastest on CPU and WASM) and is known to
  flip near-tie argmaxes; 0 keeps fp32 activations. Both are recorded.

Every setting, the onnxruntime version and the seconds taken go into the
export record.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from harness.backends import require

# The protobuf limit: larger models keep their weights in ``<file>_data``.
PROTOBUF_LIMIT = 2**31 - 2**26


@dataclass(frozen=True)
class Int8Settings:
    weight_type: str = "QInt8"
    op_types: tuple[str, ...] = ("MatMul",)  # () = every op type onnxruntime can quantize
    per_channel: bool = False
    reduce_range: bool = False
    matmul_const_b_only: bool = True  # leave activation x activation products (attention) in fp32
    method: str = "onnxruntime.quantization.quantize_dynamic"


@dataclass(frozen=True)
class Int4Settings:
    block_size: int = 32
    accuracy_level: int = 4  # 0: unset (fp32 activations); 4: int8 activations
    is_symmetric: bool = True
    bits: int = 4
    method: str = "onnxruntime.quantization.matmul_nbits_quantizer.MatMulNBitsQuantizer"


@dataclass(frozen=True)
class QuantizationRecord:
    variant: str
    file: str
    settings: dict[str, Any]
    onnxruntime: str
    seconds: float
    bytes: int
    quantized_nodes: dict[str, int] = field(default_factory=dict)


def _external_location(path: Path) -> str:
    return path.name + "_data"  # the name Transformers.js looks for


def save_model(model, path: Path) -> None:
    """Save an ONNX ModelProto; weights go to ``<file>_data`` over 2 GB."""
    import onnx

    for stale in path.parent.glob(path.name + "_data*"):
        stale.unlink()
    if model.ByteSize() < PROTOBUF_LIMIT:
        onnx.save_model(model, str(path))
    else:
        onnx.save_model(model, str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                        location=_external_location(path), size_threshold=1024)


def _node_counts(path: Path, ops: tuple[str, ...]) -> dict[str, int]:
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    counts: dict[str, int] = {}
    for node in graph.node:
        if node.op_type in ops:
            counts[node.op_type] = counts.get(node.op_type, 0) + 1
    return counts


class _NoPreprocessAdvice(logging.Filter):
    # quantize_dynamic advises shape-inference pre-processing on every call;
    # the measured settings above were chosen without it (as Transformers.js's
    # own q8 exports are made), so the advice is noise here.
    def filter(self, record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()


def _quiet_quantizer_logs() -> None:
    # MatMulNBitsQuantizer logs one INFO line per node of the graph.
    for name in ("onnxruntime.quantization.matmul_nbits_quantizer", "onnxruntime.quantization"):
        logging.getLogger(name).setLevel(logging.WARNING)
    root = logging.getLogger()
    if not any(isinstance(f, _NoPreprocessAdvice) for f in root.filters):
        root.addFilter(_NoPreprocessAdvice())


def quantize_int8(source: Path, target: Path, settings: Int8Settings = Int8Settings()) -> QuantizationRecord:
    require("onnxruntime.quantization", "onnx (quantization)", "export")
    import onnx
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    _quiet_quantizer_logs()
    began = time.perf_counter()
    scratch = target.with_name(f".{target.name}.tmp")
    large = sum(p.stat().st_size for p in source.parent.glob(source.name + "*")) // 4 > PROTOBUF_LIMIT
    quantize_dynamic(
        source, scratch, weight_type=getattr(QuantType, settings.weight_type),
        op_types_to_quantize=list(settings.op_types) or None, per_channel=settings.per_channel,
        reduce_range=settings.reduce_range, use_external_data_format=large,
        extra_options={"MatMulConstBOnly": settings.matmul_const_b_only})
    if large:  # re-save with the external data name Transformers.js expects
        save_model(onnx.load(str(scratch)), target)
        for leftover in scratch.parent.glob(scratch.name + "*"):
            leftover.unlink()
        for leftover in scratch.parent.glob("*.data"):
            leftover.unlink()
    else:
        scratch.replace(target)
    seconds = time.perf_counter() - began
    return QuantizationRecord(
        variant="int8", file=target.name, settings=_plain(settings), onnxruntime=onnxruntime.__version__,
        seconds=round(seconds, 3), bytes=_size(target),
        quantized_nodes=_node_counts(target, ("MatMulInteger", "DynamicQuantizeLinear", "MatMul", "Gemm")))


def quantize_int4(source: Path, target: Path, settings: Int4Settings = Int4Settings()) -> QuantizationRecord:
    require("onnxruntime.quantization", "onnx (quantization)", "export")
    import onnx
    import onnxruntime
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    _quiet_quantizer_logs()
    began = time.perf_counter()
    config = DefaultWeightOnlyQuantConfig(
        block_size=settings.block_size, is_symmetric=settings.is_symmetric,
        accuracy_level=settings.accuracy_level or None, bits=settings.bits)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(source)), algo_config=config)
    quantizer.process()
    save_model(quantizer.model.model, target)
    seconds = time.perf_counter() - began
    return QuantizationRecord(
        variant="int4", file=target.name, settings=_plain(settings), onnxruntime=onnxruntime.__version__,
        seconds=round(seconds, 3), bytes=_size(target),
        quantized_nodes=_node_counts(target, ("MatMulNBits", "MatMul", "Gemm")))


def _plain(settings) -> dict[str, Any]:
    """Settings as they read back from JSON (tuples become lists)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(settings).items()}


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
