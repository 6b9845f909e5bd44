"""The model variants this project exports, scores, gates and ships, and the
file names Transformers.js gives them: one list every module imports (the
backends, export, the gate file, promotion, the CLI's options and help).

    variant   file under onnx/            Transformers.js dtype
    fp32      model.onnx                  fp32    the export itself: what validation checks
    int8      model_quantized.onnx        q8      and quantization starts from
    int4      model_q4.onnx               q4

The names are Transformers.js's, so an exported folder is the folder the app
loads. Plain data, no imports: the CLI reads it to build its options without
loading anything heavy.
"""

from __future__ import annotations

ONNX_DIR = "onnx"  # where Transformers.js looks for the graphs, beside config and tokenizer
FP32 = "fp32"  # the unquantized export; the torch run is fp32 too
ONNX_FILES = {FP32: "model.onnx", "int8": "model_quantized.onnx", "int4": "model_q4.onnx"}
VARIANTS = tuple(ONNX_FILES)  # in this order: fp32 first, then the quantized ones
DTYPES = {FP32: "fp32", "int8": "q8", "int4": "q4"}  # variant -> Transformers.js ``dtype``
# What ``promote`` ships when no variant is named: the first promotable of these.
PREFERENCE = ("int8", "int4", FP32)

