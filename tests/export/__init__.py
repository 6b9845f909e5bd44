"""export/: the ONNX export and its variants, promotion into the app."""
