"""The ONNX Runtime backend: optimum-onnx's ORTModelForCausalLM on an exported folder.

The variant picks the file by its Transformers.js name (``onnx/model.onnx``,
``onnx/model_quantized.onnx``, ``onnx/model_q4.onnx``), so the folder scored
here is the folder the app loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from harness.backends import Generation, load_tokenizer, onnx_model_path, require
from harness.errors import UsageError
from harness.generation import GenerationConfig


class OnnxBackend:
    name = "onnx"

    def __init__(self, model_dir: Path, *, variant: str = "fp32", threads: int | None = None) -> None:
        require("onnxruntime", "onnx", "export")
        require("optimum.onnxruntime", "onnx", "export")
        import onnxruntime
        from onnxruntime.capi import onnxruntime_pybind11_state as ort_errors
        from optimum.onnxruntime import ORTModelForCausalLM

        self.model_dir = model_dir
        self.variant = variant
        path = onnx_model_path(model_dir, variant)
        self.tokenizer = load_tokenizer(model_dir, backend="onnx")
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        try:
            self.model = ORTModelForCausalLM.from_pretrained(
                str(model_dir),
                subfolder=path.parent.relative_to(model_dir).as_posix() if path.parent != model_dir else "",
                file_name=path.name,
                local_files_only=True,
                use_cache=True,
                use_io_binding=False,
                provider="CPUExecutionProvider",
                session_options=options,
            )
        except (OSError, ValueError, ort_errors.Fail, ort_errors.InvalidGraph,
                ort_errors.InvalidProtobuf, ort_errors.NoSuchFile) as exc:
            raise UsageError(f"{path}: cannot load the ONNX model: {exc}") from None

    def generate(self, prompts: Sequence[str], config: GenerationConfig,
                 seeds: Sequence[int] | None = None) -> list[Generation]:
        from harness.backends import hf

        return hf.generate(self.model, self.tokenizer, prompts, config, seeds)

    def logits(self, prompt: str, continuation: Sequence[int]):
        from harness.backends import hf

        return hf.teacher_forced_logits(self.model, self.tokenizer, prompt, continuation)
