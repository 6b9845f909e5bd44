"""Transformers.js in the browser: the verification request of
``export.verify_js`` run by ``export/js/verify-browser.html`` in headless
Chromium, on onnxruntime-web's WebAssembly backend (the app's runtime where
WebGPU is absent), so a file's ops are known to run in a browser and to write
the same tokens as Python ONNX Runtime, not only in Node.

A local server on 127.0.0.1 serves the page and nothing else: Transformers.js's
browser bundle (/tjs/), onnxruntime-web's .wasm files (/ort/), the page's
own scripts (/js/, the files directly in ``export/js``) and the model folder
(/models/model/). It sends COOP/COEP headers so the page is cross-origin
isolated and onnxruntime-web may use threads. Remote models stay disabled.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from harness.errors import UsageError

PAGE = "verify-browser.html"
PAGE_SCRIPTS = (PAGE, "generate-core.mjs", "epicrisis-prompt.js")
READY_SECONDS = 60.0


def routes(js_dir: Path, model_dir: Path) -> dict[str, tuple[Path, tuple[str, ...] | None]]:
    """URL prefix -> (folder, the only file names served there or None for any file under it)."""
    modules = js_dir / "node_modules"
    return {
        "/tjs/": (modules / "@huggingface" / "transformers" / "dist", None),
        "/ort/": (modules / "onnxruntime-web" / "dist", None),
        "/js/": (js_dir, PAGE_SCRIPTS),
        "/models/model/": (model_dir, None),
    }


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".mjs": "text/javascript",
                      ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json",
                      ".onnx": "application/octet-stream", ".onnx_data": "application/octet-stream"}

    def __init__(self, *args: Any, table: dict[str, tuple[Path, tuple[str, ...] | None]], **kwargs: Any) -> None:
        self.table = table
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        """The file a URL names, or a path that does not exist (a 404) when
        the URL is outside every route or climbs out of its folder."""
        url = unquote(urlsplit(path).path)
        for prefix, (folder, only) in self.table.items():
            if url.startswith(prefix):
                rest = url[len(prefix):]
                if only is not None and rest not in only:
                    break
                # Lexically, not resolved: a model folder may hold symlinks (a
                # Hugging Face cache does); a '..' that climbs out is refused.
                root = os.path.normpath(os.path.abspath(folder))
                target = os.path.normpath(os.path.join(root, rest))
                if target.startswith(root + os.sep):
                    return target
                break
        return "/nonexistent/epicrisis"

    def end_headers(self) -> None:
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # a request log on stderr would bury the verification's own messages


@contextmanager
def serving(js_dir: Path, model_dir: Path) -> Iterator[str]:
    """The page's URL while a local server serves it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, table=routes(js_dir, model_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/js/{PAGE}"
    finally:
        server.shutdown()
        server.server_close()


def missing(js_dir: Path) -> str | None:
    """Why the browser verification cannot run here, or None."""
    from export.cdp import CHROMIUM

    if CHROMIUM is None:
        return "Chromium is not installed (apt-get install -y chromium)"
    for prefix, (folder, _) in routes(js_dir, Path(".")).items():
        if prefix != "/models/model/" and not folder.is_dir():
            return f"{folder} is missing: install Transformers.js in {js_dir} (make setup does)"
    return None


def run_in_browser(request: dict[str, Any], model_dir: Path, js_dir: Path, *, timeout: float) -> dict[str, Any]:
    """The page's answer to ``request`` for the model in ``model_dir``: the
    same JSON as ``verify.mjs`` writes (versions, load_seconds, results)."""
    from export.cdp import Browser

    reason = missing(js_dir)
    if reason:
        raise UsageError(f"the browser verification cannot run: {reason}")
    with serving(js_dir, model_dir) as url, Browser(timeout=timeout) as browser:
        browser.open(url)
        browser.timeout = READY_SECONDS
        if not browser.js("new Promise(r => { const t = Date.now(); (function wait() { "
                          "if (window.verifyReady || Date.now() - t > 30000) r(!!window.verifyReady); "
                          "else setTimeout(wait, 50); })(); })"):
            raise UsageError(f"{model_dir}: Transformers.js's browser bundle did not load in Chromium")
        browser.timeout = timeout
        try:
            result = browser.js(f"verify({json.dumps(request, ensure_ascii=False)})")
        except TimeoutError:
            raise UsageError(f"{model_dir}: the browser verification took over {timeout:.0f} s") from None
    if "error" in result:
        raise UsageError(f"{model_dir}: Transformers.js failed to load or run the model in Chromium "
                         f"(WebAssembly):\n{result['error'][-1500:]}")
    return result
