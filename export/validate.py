"""Validation of an ONNX export against the PyTorch model it came from.

optimum's own check (``optimum.exporters.onnx.convert._run_validation``):
dummy inputs from the export config, the same inputs through both models,
every output compared for names, shapes and values within ``atol``. Two
differences, both on purpose: every mismatch of every input shape is
collected before raising (optimum stops at the first kind of problem), and a
value mismatch is an :class:`ExportValidationError`, never a warning
(``main_export`` downgrades it to a log line and keeps the model).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from harness.backends import require
from harness.figures import seconds_since

TASK = "text-generation-with-past"
# optimum's per-architecture tolerance (1e-5 for Qwen2) sits below the float32
# noise of a 1.5B model's logits (~1e-4, values of +-30 summed over thousands
# of products): optimum only warns, so it never bites. Here a mismatch is an
# error, so the bound must separate noise from a broken export (a wrong mask,
# rotary or cache gives differences of 1e-1 and more). The fp32 parity gate
# (identical greedy text) stands behind it.
DEFAULT_ATOL = 2e-3
# ...plus a term relative to the output's scale: |diff| <= atol + rtol * max|reference|
# over the whole output tensor. The float32 noise of a logit is that of a sum of
# thousands of products, so it scales with the magnitudes summed, not with the one
# value: a logit near zero beside logits of 35 carries the same noise as they do.
# Measured: the random-weight Qwen2.5-1.5B on the H200 host, max |diff| 1.8e-5;
# the fine-tuned SmolLM2-135M (a real pretrained model, logits up to 35):
# logits 9.9e-3 at worst (relative 7.4e-4 where |reference| > 1, median 2.5e-5),
# and 3.2e-3 on logits near zero, which numpy.allclose's per-value relative term
# (tried first) refused; key/value cache 1.6e-3. A broken export (mask, rotary,
# cache) stays 1e-1 and more off, on the scale of the values themselves.
DEFAULT_RTOL = 1e-3
# optimum's default shapes, then one sequence of other lengths: a graph that
# hard-coded a length during tracing fails the second.
SHAPES: tuple[dict[str, int], ...] = ({"batch_size": 2, "sequence_length": 16},
                                      {"batch_size": 1, "sequence_length": 7})


@dataclass(frozen=True, slots=True)
class Mismatch:
    shapes: str
    output: str
    kind: Literal["missing-output", "extra-output", "unknown-axis", "shape", "values"]
    detail: str
    max_abs_diff: float | None = None

    def __str__(self) -> str:
        return f"[{self.shapes}] {self.output}: {self.kind}: {self.detail}"


class ExportValidationError(Exception):
    """The ONNX model does not compute what the PyTorch model computes."""

    def __init__(self, onnx_path: Path, atol: float, mismatches: list[Mismatch]) -> None:
        self.onnx_path, self.atol, self.mismatches = onnx_path, atol, mismatches
        lines = "\n".join(f"  - {m}" for m in mismatches)
        super().__init__(f"{onnx_path}: export validation failed with {len(mismatches)} mismatch(es) "
                         f"(atol {atol:g}):\n{lines}")


@dataclass(frozen=True)
class ValidationReport:
    atol: float
    rtol: float
    shapes: list[str]
    outputs: int  # outputs compared per shape
    max_abs_diff: dict[str, float] = field(default_factory=dict)  # largest per output over all shapes
    seconds: float = 0.0

    def worst(self) -> float:
        return max(self.max_abs_diff.values(), default=0.0)


def export_config(model: Any):
    """optimum's export config of ``model`` for TASK, as the export used it
    (past key/values as inputs and outputs)."""
    import optimum.exporters.onnx.model_configs  # noqa: F401  (registers the configs)
    from optimum.exporters.tasks import TasksManager
    from optimum.exporters.utils import get_decoder_models_for_export

    constructor = TasksManager.get_exporter_config_constructor(
        model=model, exporter="onnx", task=TASK, library_name="transformers")
    config = constructor(model.config, int_dtype="int64", float_dtype="fp32")
    return get_decoder_models_for_export(model, config)["model"]


def compare_values(reference: Any, produced: Any, atol: float, rtol: float) -> tuple[float, int, float]:
    """(largest |diff|, how many values lie outside atol + rtol x max|reference|
    of the whole output, the largest |diff| among those)."""
    ref64 = reference.astype("float64")
    gap = abs(ref64 - produced.astype("float64"))
    if not reference.size:
        return 0.0, 0, 0.0
    over = gap > atol + rtol * float(abs(ref64).max())
    outside = int(over.sum())
    return float(gap.max()), outside, float(gap[over].max()) if outside else 0.0


def validate_export(model_dir: Path, onnx_path: Path, *, atol: float | None = None, rtol: float = DEFAULT_RTOL,
                    shapes: tuple[dict[str, int], ...] = SHAPES) -> ValidationReport:
    """Compare ``onnx_path`` with the PyTorch model in ``model_dir``; raise
    :class:`ExportValidationError` listing every mismatch."""
    import time

    require("optimum.exporters.onnx", "onnx (export)", "export")
    import torch
    from onnxruntime import GraphOptimizationLevel, InferenceSession, SessionOptions
    from transformers import AutoModelForCausalLM

    began = time.perf_counter()
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32, local_files_only=True).eval()
    model, config = export_config(model)
    atol = DEFAULT_ATOL if atol is None else atol
    options = SessionOptions()
    options.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_BASIC  # as optimum validates
    session = InferenceSession(str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"])

    mismatches: list[Mismatch] = []
    names = {o.name for o in session.get_outputs()}
    expected = set(config.outputs)
    for name in sorted(expected - names):
        mismatches.append(Mismatch("all", name, "missing-output", "declared by the export config, absent in ONNX"))
    for name in sorted(names - expected):
        mismatches.append(Mismatch("all", name, "extra-output", "in the ONNX graph, not in the export config"))
    axes = {a for spec in (*config.inputs.values(), *config.outputs.values()) for a in spec.values()}
    for node in session.get_outputs():
        for index, axis in enumerate(node.shape):
            if isinstance(axis, str) and axis not in axes:
                mismatches.append(Mismatch("all", node.name, "unknown-axis", f"axis {index} is named {axis!r}"))

    largest: dict[str, float] = {}
    compared = 0
    for shape in shapes:
        label = ", ".join(f"{k}={v}" for k, v in shape.items())
        reference, produced = _run_both(model, config, session, shape)
        compared = len(produced)
        for name, ort_value in produced.items():
            ref_value = reference.get(name)
            if ref_value is None:
                mismatches.append(Mismatch(label, name, "missing-output", "the PyTorch model has no such output"))
                continue
            if ref_value.shape != ort_value.shape:
                mismatches.append(Mismatch(label, name, "shape",
                                           f"ONNX {tuple(ort_value.shape)} vs PyTorch {tuple(ref_value.shape)}"))
                continue
            diff, outside, worst = compare_values(ref_value, ort_value, atol, rtol)
            largest[name] = max(largest.get(name, 0.0), diff)
            if outside:
                mismatches.append(Mismatch(label, name, "values", f"max |diff| {worst:.3g} > atol {atol:g} + rtol "
                                           f"{rtol:g} x |reference| ({outside} values)", worst))
    if mismatches:
        raise ExportValidationError(onnx_path, atol, mismatches)
    return ValidationReport(atol=atol, rtol=rtol, shapes=[", ".join(f"{k}={v}" for k, v in s.items()) for s in shapes],
                            outputs=compared, max_abs_diff=largest, seconds=seconds_since(began))


def _run_both(model: Any, config: Any, session: Any, shape: dict[str, int]) -> tuple[dict, dict]:
    """Outputs of the PyTorch model and the ONNX session on optimum's dummy
    inputs of ``shape``, flattened to ONNX output names, as numpy arrays."""
    import torch

    inputs = config.generate_dummy_inputs(framework="pt", **shape)
    torch_inputs = config.rename_ambiguous_inputs(copy.deepcopy(inputs))  # the model may edit them in place
    with config.patch_model_for_export(model), torch.inference_mode():
        outputs = model(**torch_inputs)
    reference: dict[str, Any] = {}
    for name, value in outputs.items():
        name = "present" if name == "past_key_values" else name
        if isinstance(value, (list, tuple)):
            flat = config.flatten_output_collection_property(config.torch_to_onnx_output_map.get(name, name), value)
            reference.update({k: v.detach().cpu().numpy() for k, v in flat.items()})
        elif hasattr(value, "detach"):
            reference[name] = value.detach().cpu().numpy()
        elif hasattr(value, "to_legacy_cache") or hasattr(value, "layers"):  # a transformers Cache object
            legacy = value.to_legacy_cache() if hasattr(value, "to_legacy_cache") else value
            flat = config.flatten_output_collection_property("present", legacy)
            reference.update({k: v.detach().cpu().numpy() for k, v in flat.items()})
    onnx_names = [i.name for i in session.get_inputs()]
    feed: dict[str, Any] = {}
    for name, value in config.generate_dummy_inputs_for_validation(inputs, onnx_names).items():
        if isinstance(value, (list, tuple)):
            value = config.flatten_output_collection_property(name, value)
        if isinstance(value, dict):
            feed.update({k: v.cpu().numpy() for k, v in value.items()})
        else:
            feed[name] = value.cpu().numpy()
    names = [o.name for o in session.get_outputs()]
    produced = dict(zip(names, session.run(names, feed)))
    onnx_to_torch = {v: k for k, v in config.torch_to_onnx_output_map.items()}
    return reference, {onnx_to_torch.get(k, k): v for k, v in produced.items()}
