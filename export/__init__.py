"""LoRA merge, ONNX export, quantization and promotion (lands with the export issue)."""
