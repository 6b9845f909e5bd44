"""The code paths that decide how a model over ONNX's 2 GB protobuf limit is
exported and saved (issue 16: each broke on Qwen2.5-1.5B on the H200 host).
The decisions are tested here on small models with the limit lowered, so the
same branches run on CPU in CI."""

import json

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from export import onnx_export, quantize  # noqa: E402


def _matmul_model(rows: int = 64, cols: int = 64):
    weight = numpy_helper.from_array(np.random.default_rng(0).standard_normal((rows, cols)).astype(np.float32), "w")
    node = helper.make_node("MatMul", ["x", "w"], ["y"])
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, rows])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, cols])], [weight])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_proto_bytes_matches_the_serialized_size_within_framing():
    model = _matmul_model()
    whole = model.ByteSize()
    parts = quantize.proto_bytes(model)
    assert parts <= whole < parts + 512  # only the framing and opset headers are left out
    assert parts >= 64 * 64 * 4


def test_save_model_goes_external_past_the_limit(tmp_path, monkeypatch):
    model = _matmul_model()
    monkeypatch.setattr(quantize, "PROTOBUF_LIMIT", quantize.proto_bytes(model) - 1)
    expected = numpy_helper.to_array(model.graph.initializer[0])  # saving moves the data out of `model`
    target = tmp_path / "model_quantized.onnx"
    quantize.save_model(model, target)
    data = tmp_path / "model_quantized.onnx_data"  # the name Transformers.js looks for
    assert data.exists() and data.stat().st_size >= 64 * 64 * 4
    assert target.stat().st_size < 64 * 64 * 4
    loaded = onnx.load(str(target))
    assert np.array_equal(numpy_helper.to_array(loaded.graph.initializer[0], base_dir=str(tmp_path)), expected)


def test_save_model_stays_whole_under_the_limit(tmp_path):
    target = tmp_path / "model.onnx"
    quantize.save_model(_matmul_model(), target)
    assert not (tmp_path / "model.onnx_data").exists()


def test_save_model_does_not_call_the_whole_proto_bytesize(tmp_path, monkeypatch):
    """ModelProto.ByteSize() raises EncodeError past 2 GB: save_model must not
    need it to decide (it did, and failed on the 1.5B int8 model)."""
    model = _matmul_model()

    class Oversized:
        graph = model.graph

        def ByteSize(self):  # noqa: N802 (protobuf's name)
            raise AssertionError("whole-model ByteSize() called")

    assert quantize.proto_bytes(Oversized()) == quantize.proto_bytes(model)


@pytest.mark.parametrize("dtype, stored, expected", [
    ("bfloat16", 1000, 2000), ("float16", 1000, 2000), ("float32", 1000, 1000), (None, 1000, 1000)])
def test_fp32_weight_bytes_scales_by_the_stored_dtype(tmp_path, dtype, stored, expected):
    (tmp_path / "model.safetensors").write_bytes(b"\0" * stored)
    config = {"model_type": "qwen2"}
    if dtype:
        config["torch_dtype"] = dtype
    (tmp_path / "config.json").write_text(json.dumps(config))
    assert onnx_export.fp32_weight_bytes(tmp_path) == expected


def test_optimum_post_processing_is_skipped_only_past_the_limit(tmp_path, monkeypatch):
    (tmp_path / "model.safetensors").write_bytes(b"\0" * 1000)
    (tmp_path / "config.json").write_text(json.dumps({"torch_dtype": "bfloat16"}))
    monkeypatch.setattr(onnx_export, "PROTOBUF_LIMIT", 2001)
    assert not onnx_export.needs_no_post_process(tmp_path)
    monkeypatch.setattr(onnx_export, "PROTOBUF_LIMIT", 2000)
    assert onnx_export.needs_no_post_process(tmp_path)


def test_an_exporter_failure_is_a_clear_error_not_a_traceback(tmp_path, monkeypatch):
    pytest.importorskip("optimum.exporters.onnx")
    import optimum.exporters.onnx as exporter

    from harness.errors import UsageError

    def failing(*args, output, **kwargs):
        output.mkdir(parents=True)
        (output / "model.onnx").write_bytes(b"partial")
        raise RuntimeError("The post-processing of the ONNX export failed")

    monkeypatch.setattr(exporter, "main_export", failing)
    (tmp_path / "model").mkdir()
    with pytest.raises(UsageError, match="the ONNX export failed: The post-processing"):
        onnx_export.export_fp32(tmp_path / "model", tmp_path / "out")
    assert not (tmp_path / "out" / ".optimum").exists()  # nothing half-written left behind


def test_external_data_gets_its_graph_mode_and_is_declared_for_transformers_js(tmp_path, monkeypatch):
    """onnx writes ``<file>_data`` owner-only (0600) beside a graph with the umask's mode
    (seen on the 1.5B export): the export folder gives each part its graph's mode, and
    config.json names the file for Transformers.js."""
    from export.layout import declare_external_data
    from harness.variants import ONNX_DIR, ONNX_FILES

    model = _matmul_model()
    monkeypatch.setattr(quantize, "PROTOBUF_LIMIT", quantize.proto_bytes(model) - 1)
    (tmp_path / ONNX_DIR).mkdir()
    graph = tmp_path / ONNX_DIR / ONNX_FILES["int8"]
    quantize.save_model(model, graph)
    data = graph.with_name(graph.name + "_data")
    data.chmod(0o600)  # what onnx 1.23 leaves, whatever the umask
    graph.chmod(0o644)
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "qwen2"}))
    assert declare_external_data(tmp_path) == {ONNX_FILES["int8"]: 1}
    assert data.stat().st_mode & 0o777 == 0o644
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["transformers.js_config"] == {"use_external_data_format": {ONNX_FILES["int8"]: 1}}
