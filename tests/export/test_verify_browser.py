"""Transformers.js in the browser (export.browser): the verification request
run by verify-browser.html in headless Chromium on onnxruntime-web's
WebAssembly backend writes the same tokens as Python ONNX Runtime, for the
default int8 and int4 the app would ship; the local server serves its routes and
nothing outside them."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from email.message import Message

import pytest

from export.browser import missing, serving
from export.verify_js import JS_DIR
from harness.variants import DTYPES, ONNX_FILES
from tests.export_fixtures import THREADS

pytest_plugins = ["tests.export_fixtures"]

BROWSER = missing(JS_DIR)


def _get(url: str) -> tuple[int, bytes, Message]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - 127.0.0.1 only
            return answer.status, answer.read(), answer.headers
    except urllib.error.HTTPError as error:
        return error.code, b"", error.headers


def test_the_server_serves_its_routes_and_nothing_outside_them(tmp_path):
    model = tmp_path / "model"
    (model / "onnx").mkdir(parents=True)
    (model / "onnx" / "model.onnx").write_bytes(b"weights")
    (tmp_path / "secret.txt").write_text("patient data", encoding="utf-8")
    with serving(JS_DIR, model) as page:
        base = page.rsplit("/js/", 1)[0]
        status, body, headers = _get(f"{base}/models/model/onnx/model.onnx")
        assert (status, body) == (200, b"weights")
        # Cross-origin isolation, or onnxruntime-web runs on one thread.
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert headers["Cross-Origin-Embedder-Policy"] == "require-corp"
        status, body, headers = _get(f"{base}/js/generate-core.mjs")
        assert status == 200 and b"runRequest" in body and headers["Content-Type"].startswith("text/javascript")
        for path in ("/models/model/../secret.txt", "/models/model/%2e%2e/secret.txt", "/js/package.json",
                     "/js/verify.mjs", "/secret.txt", "/models/other/onnx/model.onnx"):
            assert _get(base + path)[0] == 404, path


@pytest.fixture(scope="module")
def fp32_folder(export_models, tmp_path_factory):
    from export.onnx_export import export_fp32

    folder = tmp_path_factory.mktemp("browser")
    export_fp32(export_models["base"], folder)
    return folder


@pytest.mark.skipif(BROWSER is not None, reason=BROWSER or "")
@pytest.mark.parametrize("variant", ["int8", "int4"])
def test_chromium_webassembly_writes_python_onnx_runtimes_tokens(export_models, fp32_folder, variant):
    from export.recipes import RECIPES
    from export.verify_js import verify_in_transformers_js
    from harness.samples import read_samples

    folder = fp32_folder
    RECIPES[variant].build(folder / "onnx" / ONNX_FILES["fp32"], folder / "onnx" / ONNX_FILES[variant])
    samples = read_samples(export_models["data"], limit=2)[0]
    verification = verify_in_transformers_js(folder, variant, samples, max_new_tokens=12, threads=THREADS,
                                             runtime="browser", timeout=300)
    assert verification.passed and verification.runtime == "browser" and verification.dtype == DTYPES[variant]
    assert all(p.tokens_match and p.js_tokens > 0 for p in verification.prompts)
    assert verification.versions["cross_origin_isolated"] is True
    assert "HeadlessChrome" in str(verification.versions["browser"])


def test_an_unknown_runtime_is_a_usage_error(export_models):
    from export.verify_js import verify_in_transformers_js
    from harness.errors import UsageError

    with pytest.raises(UsageError, match="unknown Transformers.js runtime 'firefox'"):
        verify_in_transformers_js(export_models["base"], "fp32", [], runtime="firefox")


@pytest.mark.skipif(BROWSER is not None or shutil.which("node") is None, reason=BROWSER or "node is not installed")
def test_promote_browser_verifies_in_node_then_in_chromium(tiny_export, tmp_path):
    from tests.export_fixtures import ENV, EPICRISIS, copy_app

    app = copy_app(tmp_path / "app")
    proc = subprocess.run([EPICRISIS, "promote", str(tiny_export.out), "--app", str(app), "--id", "local/tiny-web",
                           "--verify-prompts", "1", "--verify-tokens", "8", "--threads", "1", "--browser"],
                          check=False, capture_output=True, text=True, env=ENV, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "(q8, Node): identical tokens for 1/1" in proc.stderr
    assert "(q8, Chromium WebAssembly): identical tokens for 1/1" in proc.stderr
    manifest = json.loads((app / "backend" / "models" / "tiny-web" / "manifest.json").read_text(encoding="utf-8"))
    node, browser = manifest["verification"], manifest["verification"]["browser"]
    assert node["runtime"] == "node" and node["passed"]
    assert browser["runtime"] == "browser" and browser["passed"] and browser["versions"]["cross_origin_isolated"]


def test_promote_browser_without_verify_is_a_usage_error(tiny_export, tmp_path):
    from tests.export_fixtures import ENV, EPICRISIS, copy_app

    proc = subprocess.run([EPICRISIS, "promote", str(tiny_export.out), "--app", str(copy_app(tmp_path / "app")),
                           "--id", "local/x", "--no-verify", "--browser"],
                          check=False, capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 2 and "--browser is a verification" in proc.stderr
