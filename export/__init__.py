"""From a checkpoint to the app: LoRA merge, ONNX export and its validation
(``onnx_export``, ``validate``), int8/int4 (``quantize``), the Transformers.js
layout (``layout``), the gated export (``pipeline``, ``artifact``), every
checkpoint's ONNX score for the training ledger (``score``), the check in the
app's runtime (``verify_js``) and atomic promotion into the Angular app
(``promote``, ``app_registry``). Returns artifacts; metrics come from harness.
"""
