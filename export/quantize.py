"""int8 and int4 variants of the fp32 ONNX model, with onnxruntime.quantization.

Two quantizers, each a settings class here; ``export.recipes`` names the
settings of every variant, the defaults included (issue 15 chose them on the
fine-tuned SmolLM2-135M, ``bench/quant_recipes.py``):

- ``Int8Settings``: ``quantize_dynamic`` (int8-tensor and its variations).
  Its activations are quantized with one scale per tensor, which a
  pretrained LLM's outlier channels wreck (SmolLM2-135M: 4/35 records
  passing against 22/35 in fp32). Per-channel over all op types gave garbage
  from the first token (issue 6): ``Int8Settings(op_types=(),
  per_channel=True)`` reproduces it.
- ``Int4Settings``: weight-only ``MatMulNBits`` (4 or 8 bits), blocks of 32
  by default, symmetric. ``accuracy_level`` 4 computes with int8 activations
  quantized per block (onnxruntime's fast integer kernel on CPU; 8-bit
  weights at level 0 decode several times slower there); 0 keeps fp32
  activations, and only then do the browser's WebAssembly kernels write the
  tokens onnxruntime writes on x86 (SmolLM2-135M: level 4 and quantize_dynamic
  diverge within a few tokens in Chromium). The defaults are level 0: 8-bit
  weights (int8-wo) and 4-bit weights (int4-sym-b32-a0).

The other recipes (``export.recipes``) vary these settings: per channel, all
op types, QUInt8 weights, the LM head left in fp32 (int8) or made 8-bit
(int4), asymmetric, blocks of 64/128, HQQ, and q4f16. Every one is a call of
onnxruntime's own quantizers; the one graph edit made here gives a tied LM
head (SmolLM2's and Qwen2.5's ``MatMul(x, Transpose(embedding))``, which no
quantizer touches) its own weight when a recipe asks for it in int8.

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
    weight_type: str = "QInt8"  # QUInt8: what Transformers.js's own q8 conversion writes for GQA graphs
    op_types: tuple[str, ...] = ("MatMul",)  # () = every op type onnxruntime can quantize
    per_channel: bool = False
    reduce_range: bool = False
    matmul_const_b_only: bool = True  # leave activation x activation products (attention) in fp32
    lm_head: str = "as-is"  # like any MatMul (a tied head, Transpose(embedding), stays fp32); "fp32": left out
    method: str = "onnxruntime.quantization.quantize_dynamic"


@dataclass(frozen=True)
class Int4Settings:
    block_size: int = 32
    accuracy_level: int = 4  # 0: unset (fp32 activations); 4: int8 activations
    is_symmetric: bool = True
    bits: int = 4
    algorithm: str = "RTN"  # RTN: DefaultWeightOnlyQuantConfig (round to nearest); HQQ: HQQWeightOnlyQuantConfig
    lm_head: str = "as-is"  # "int8": the LM head as an 8-bit MatMulNBits (a tied one gets its own copy)
    fp16: bool = False  # q4f16: the graph in float16 first (what Transformers.js runs on WebGPU)
    method: str = "onnxruntime.quantization.matmul_nbits_quantizer.MatMulNBitsQuantizer"


@dataclass(frozen=True)
class QuantizationRecord:
    variant: str
    recipe: str
    file: str
    settings: dict[str, Any]
    onnxruntime: str
    seconds: float
    bytes: int
    quantized_nodes: dict[str, int] = field(default_factory=dict)


def _external_location(path: Path) -> str:
    return path.name + "_data"  # the name Transformers.js looks for


def proto_bytes(model) -> int:
    """The serialized size of ``model``, summed part by part: the ModelProto's
    own ByteSize() serializes it whole and raises EncodeError past 2 GB (found
    quantizing Qwen2.5-1.5B on the H200 host), exactly when the answer matters."""
    graph = model.graph
    parts = [*graph.initializer, *graph.node, *graph.input, *graph.output, *graph.value_info]
    return sum(part.ByteSize() for part in parts)


def save_model(model, path: Path) -> None:
    """Save an ONNX ModelProto; weights go to ``<file>_data`` over 2 GB."""
    import onnx

    for stale in path.parent.glob(path.name + "_data*"):
        stale.unlink()
    if proto_bytes(model) < PROTOBUF_LIMIT:
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


def quantize_int8(source: Path, target: Path, settings: Int8Settings = Int8Settings(), *,
                  variant: str = "int8-tensor", recipe: str = "int8-tensor") -> QuantizationRecord:
    require("onnxruntime.quantization", "onnx (quantization)", "export")
    import onnx
    import onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    _quiet_quantizer_logs()
    began = time.perf_counter()
    scratch = target.with_name(f".{target.name}.tmp")
    # the output is written whole by onnx first: any source over the limit (a 1.5B model keeps
    # its fp32 embedding beside the int8 MatMuls: 1.7 GB of int8 + 0.9 GB) needs external data
    large = sum(p.stat().st_size for p in source.parent.glob(source.name + "*")) >= PROTOBUF_LIMIT
    quantize_dynamic(
        source, scratch, weight_type=getattr(QuantType, settings.weight_type),
        op_types_to_quantize=list(settings.op_types) or None, per_channel=settings.per_channel,
        reduce_range=settings.reduce_range, use_external_data_format=large,
        nodes_to_exclude=_head_names(source) if settings.lm_head == "fp32" else None,
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
        variant=variant, recipe=recipe, file=target.name, settings=plain_settings(settings),
        onnxruntime=onnxruntime.__version__,
        seconds=round(seconds, 3), bytes=_size(target),
        quantized_nodes=_node_counts(target, ("MatMulInteger", "DynamicQuantizeLinear", "MatMul", "Gemm")))


def quantize_int4(source: Path, target: Path, settings: Int4Settings = Int4Settings(), *,
                  variant: str = "int4-sym-b32-a4", recipe: str = "int4-sym-b32-a4") -> QuantizationRecord:
    require("onnxruntime.quantization", "onnx (quantization)", "export")
    import onnx
    import onnxruntime
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        HQQWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    _quiet_quantizer_logs()
    began = time.perf_counter()
    model = onnx.load(str(source))
    if settings.fp16:
        from onnxruntime.transformers.float16 import convert_float_to_float16

        # Inputs and outputs in float16 too (past key/values, logits): as the q4f16 files Transformers.js runs.
        model = convert_float_to_float16(model, keep_io_types=False, disable_shape_infer=True)
    head = lm_head_node(model)
    exclude = []
    if settings.lm_head == "int8" and head is not None:
        _own_head_weight(model, head)
        exclude = [head.name]
    if settings.algorithm == "HQQ":
        config = HQQWeightOnlyQuantConfig(block_size=settings.block_size, bits=settings.bits)
    else:
        config = DefaultWeightOnlyQuantConfig(
            block_size=settings.block_size, is_symmetric=settings.is_symmetric,
            accuracy_level=settings.accuracy_level or None, bits=settings.bits)
    quantizer = MatMulNBitsQuantizer(model, algo_config=config, nodes_to_exclude=exclude)
    quantizer.process()
    model = quantizer.model.model
    if exclude:  # second pass: only the head is still a MatMul with a constant weight
        head_config = DefaultWeightOnlyQuantConfig(block_size=settings.block_size, is_symmetric=True,
                                                   accuracy_level=settings.accuracy_level or None, bits=8)
        quantizer = MatMulNBitsQuantizer(model, algo_config=head_config, nodes_to_include=exclude)
        quantizer.process()
        model = quantizer.model.model
    save_model(model, target)
    seconds = time.perf_counter() - began
    return QuantizationRecord(
        variant=variant, recipe=recipe, file=target.name, settings=plain_settings(settings),
        onnxruntime=onnxruntime.__version__, seconds=round(seconds, 3), bytes=_size(target),
        quantized_nodes=_node_counts(target, ("MatMulNBits", "MatMul", "Gemm")))


def lm_head_node(model):
    """The last MatMul before the ``logits`` output (the LM head), or None."""
    producer = {out: node for node in model.graph.node for out in node.output}
    node = producer.get("logits")
    seen = 0
    while node is not None and node.op_type != "MatMul" and seen < 8:  # a Cast or Reshape may follow the head
        node, seen = producer.get(node.input[0]) if node.input else None, seen + 1
    return node if node is not None and node.op_type == "MatMul" else None


def _head_names(source: Path) -> list[str]:
    import onnx

    head = lm_head_node(onnx.load(str(source), load_external_data=False))
    return [head.name] if head is not None else []


def _own_head_weight(model, head) -> None:
    """Give a tied LM head (``MatMul(x, Transpose(embedding))``) its own
    constant weight, so a quantizer can reach it; the embedding stays as it was."""
    from onnx import numpy_helper

    initializers = {t.name: t for t in model.graph.initializer}
    if head.input[1] in initializers:
        return
    producer = {out: node for node in model.graph.node for out in node.output}
    transpose = producer.get(head.input[1])
    if transpose is None or transpose.op_type != "Transpose" or transpose.input[0] not in initializers:
        return  # an unknown form: the head stays as the export wrote it (the record's node counts show it)
    weight = numpy_helper.to_array(initializers[transpose.input[0]]).T.copy()
    name = head.name.strip("/").replace("/", "_") + "_weight"
    model.graph.initializer.append(numpy_helper.from_array(weight, name))
    head.input[1] = name


def plain_settings(settings) -> dict[str, Any]:
    """Settings as they read back from JSON (tuples become lists)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(settings).items()}


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
