"""Promotion into a fixture Angular app: verified in Transformers.js, copied
atomically with a manifest, registered in LLM_MODELS without disturbing the
file, the backup kept, and every refusal leaving the app as it was."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from export.app_registry import registered_ids
from export.promote import PromotionError, PromotionRequest, promote
from export.quantize import plain_settings
from export.recipes import RECIPES
from harness.errors import UsageError
from harness.variants import DEFAULT_RECIPES
from tests import ROOT
from tests.export_fixtures import (
    ENV,
    EPICRISIS,
    REGISTRY,
    copy_app,
    manifest_state,
    node_ready,
)

pytest_plugins = ["tests.export_fixtures"]
needs_node = pytest.mark.skipif(node_ready() is not None, reason=str(node_ready()))


def request(export, app: Path, variant: str, model_id: str = "local/epicrisis-tiny", **extra) -> PromotionRequest:
    return PromotionRequest(export_dir=export.out, app_dir=app, model_id=model_id, variant=variant,
                            verify=extra.pop("verify", False), threads=1, **extra)


@needs_node
def test_promote_verifies_in_transformers_js_then_copies_and_registers(tiny_export, tmp_path):
    app = copy_app(tmp_path / "app")
    before = (app / REGISTRY).read_text(encoding="utf-8")
    proc = subprocess.run([EPICRISIS, "promote", str(tiny_export.out), "--app", str(app), "--id",
                           "local/epicrisis-tiny", "--verify-prompts", "2", "--verify-tokens", "16",
                           "--threads", "1"], check=False, capture_output=True, text=True, env=ENV, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Transformers.js 4." in proc.stderr and "(q8, Node): identical tokens for 2/2 prompts" in proc.stderr
    assert "tok/s vs Python ONNX" in proc.stderr
    # Progress of each step as it happens (at 1.5B the verification takes minutes): Node's own lines too.
    for line in ("copying ", "Python ONNX Runtime (int8): prompt 2/2, ", "Transformers.js: loaded q8 in ",
                 "Transformers.js: prompt 2/2: "):
        assert line in proc.stderr, line
    assert "progress: " not in proc.stderr  # verify.mjs's marker is consumed, not echoed
    target = app / "backend" / "models" / "epicrisis-tiny"
    assert manifest_state(target) == "int8"  # the files and nothing else, with the hashes it lists
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    record = tiny_export.record
    assert manifest["id"] == "local/epicrisis-tiny" and manifest["dtype"] == "q8"
    assert (manifest["base_model"], manifest["checkpoint"]) == (record.base, record.checkpoint)
    assert manifest["prompt"]["hash"] == record.prompt.hash and manifest["prompt"]["template"]
    assert manifest["generation"]["max_new_tokens"] == 24
    assert set(manifest["gates"]["reports"]) == {"checkpoint", "int8"}
    assert manifest["gates"]["reports"]["int8"]["passed"] and manifest["scorecard"]["records"] == 8
    assert manifest["quantization"]["recipe"] == DEFAULT_RECIPES["int8"]
    assert manifest["quantization"]["settings"] == plain_settings(RECIPES["int8"].settings)
    verification = manifest["verification"]
    assert verification["passed"] and all(p["tokens_match"] and p["prompt_match"] for p in verification["prompts"])
    assert verification["js_tokens_per_s"] > 0 and verification["python_tokens_per_s"] > 0
    assert manifest["versions"]["transformers_js"].startswith("4.") and manifest["versions"]["onnxruntime"]
    assert sorted(p.name for p in (app / "backend" / "models").iterdir()) == [  # no staging, journal, backup
        ".promotion.lock", "epicrisis-tiny", "local-previous"]

    after = (app / REGISTRY).read_text(encoding="utf-8")
    assert registered_ids(app / REGISTRY)[-1] == "local/epicrisis-tiny"
    added = after.replace(before[: before.index("];\n\nexport const DEFAULT")], "", 1)
    assert after.startswith(before[: before.index("];\n\nexport const DEFAULT")])  # nothing else moved
    assert "    id: 'local/epicrisis-tiny',\n" in added and "    dtype: 'q8',\n" in added
    assert "    localPath: '/models/epicrisis-tiny',\n    wasmOnly: true,\n    disabled: false,\n" in added
    assert after.endswith(before[before.index("];\n\nexport const DEFAULT"):])

    served = serve(app, "/models/epicrisis-tiny/onnx/model_quantized.onnx", "/models/.epicrisis-tiny.lock",
                   "/models/../server.mjs", "/models/local-previous/config.json")
    assert served[0] == (target / "onnx" / "model_quantized.onnx").read_bytes()
    assert served[1] is None and served[2] is None and served[3] == b'{"model_type": "qwen2"}\n'


def serve(app: Path, *paths: str) -> list[bytes | None]:
    """GET each path from the template's backend server run inside ``app``."""
    shutil.copy(ROOT / "export" / "app_template" / "backend" / "server.mjs", app / "backend" / "server.mjs")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(["node", str(app / "backend" / "server.mjs")], env={**os.environ, "PORT": str(port)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        server.stdout.readline()  # "epicrisis app on ..." once listening
        bodies = []
        for path in paths:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
                    bodies.append(response.read())
            except urllib.error.HTTPError as exc:
                assert exc.code == 404
                bodies.append(None)
        return bodies
    finally:
        server.kill()
        server.wait()


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_promoting_again_swaps_atomically_keeps_the_backup_and_is_idempotent(exchange, tiny_export, tmp_path,
                                                                            monkeypatch):
    import harness.atomic

    if not exchange:
        monkeypatch.setattr(harness.atomic, "exchange_dirs", no_exchange)
    app = copy_app(tmp_path / "app")
    models = app / "backend" / "models"
    first = promote(request(tiny_export, app, "int8"))
    assert first.registry_changed and manifest_state(models / "epicrisis-tiny") == "int8"
    second = promote(request(tiny_export, app, "int4"))
    assert manifest_state(models / "epicrisis-tiny") == "int4"
    assert manifest_state(models / ".epicrisis-tiny.previous") == "int8"  # the backup
    text = (app / REGISTRY).read_text(encoding="utf-8")
    assert registered_ids(app / REGISTRY).count("local/epicrisis-tiny") == 1 and "dtype: 'q4'" in text
    assert second.registry_changed
    third = promote(request(tiny_export, app, "int4", name="epicrisis-tiny (int4)"))
    assert not third.registry_changed and (app / REGISTRY).read_text(encoding="utf-8") == text
    # Replacing a model the app already had: its entry is edited in place.
    promote(request(tiny_export, app, "fp32", model_id="local/local-previous"))
    assert manifest_state(models / "local-previous") == "fp32"
    assert (models / ".local-previous.previous" / "onnx" / "model_quantized.onnx").is_file()
    ids = registered_ids(app / REGISTRY)
    assert ids == ["onnx-community/Qwen2.5-0.5B-Instruct", "local/local-previous", "local/epicrisis-tiny"]
    assert "// The previous fine-tune, served from backend/models/local-previous/." in \
        (app / REGISTRY).read_text(encoding="utf-8")


def test_bad_ids_paths_catalogues_and_tampered_exports_are_refused(tiny_export, tmp_path):
    app = copy_app(tmp_path / "app")
    for bad in ("local/../evil", "other/name", "local/.hidden", "local/Upper", "local/a/b", "epicrisis", "local/"):
        with pytest.raises(PromotionError, match="must be local/NAME"):
            promote(request(tiny_export, app, "int8", model_id=bad))
    outside = tmp_path / "outside"
    outside.mkdir()
    linked = copy_app(tmp_path / "linked")
    shutil.rmtree(linked / "backend" / "models")
    (linked / "backend" / "models").symlink_to(outside)
    with pytest.raises(PromotionError, match="resolves outside"):
        promote(request(tiny_export, linked, "int8"))
    assert not any(outside.iterdir())

    (app / REGISTRY).write_text("export const OTHER_MODELS = [];\n", encoding="utf-8")
    with pytest.raises(UsageError, match="no `export const LLM_MODELS ... = \\[` array found"):
        promote(request(tiny_export, app, "int8"))
    assert sorted(p.name for p in (app / "backend" / "models").iterdir()) == [".promotion.lock",
                                                                               "local-previous"]
    tampered = tmp_path / "tampered"
    shutil.copytree(tiny_export.out, tampered)
    with (tampered / "onnx" / "model_q4.onnx").open("r+b") as handle:
        handle.seek(-1, os.SEEK_END)
        last = handle.read(1)
        handle.seek(-1, os.SEEK_END)
        handle.write(bytes([last[0] ^ 1]))
    fresh = copy_app(tmp_path / "fresh")
    with pytest.raises(UsageError, match="onnx/model_q4.onnx: sha256 differs from export.json"):
        promote(PromotionRequest(export_dir=tampered, app_dir=fresh, model_id="local/x", variant="int4", verify=False))


def no_exchange(a: Path, b: Path) -> bool:
    return False  # as on a platform or file system without RENAME_EXCHANGE: two renames


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_failure_after_the_swap_puts_the_old_model_and_catalogue_back(exchange, tiny_export, tmp_path,
                                                                        monkeypatch):
    import export.transaction as promotion
    import harness.atomic

    if not exchange:
        monkeypatch.setattr(harness.atomic, "exchange_dirs", no_exchange)
    app = copy_app(tmp_path / "app")
    promote(request(tiny_export, app, "int8"))
    catalogue = (app / REGISTRY).read_bytes()
    real_write = promotion.write_bytes_atomic

    def disk_full(path: Path, data: bytes) -> None:
        if path.name == "rag.types.ts":
            raise OSError(28, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(promotion, "write_bytes_atomic", disk_full)
    with pytest.raises(UsageError, match="No space left"):  # exit 2, naming the place
        promote(request(tiny_export, app, "int4"))
    models = app / "backend" / "models"
    assert manifest_state(models / "epicrisis-tiny") == "int8" and (app / REGISTRY).read_bytes() == catalogue
    assert not (models / ".epicrisis-tiny.staging").exists() and not (models / ".promotion.json").exists()


@needs_node
def test_a_transformers_js_mismatch_refuses_the_promotion(tiny_export, tmp_path, monkeypatch):
    from export import verify_js

    # A Transformers.js that writes one token differently: the real script,
    # with token 3 of the second prompt changed on its way out.
    fake = tmp_path / "js"
    fake.mkdir()
    (fake / "node_modules").symlink_to(verify_js.JS_DIR / "node_modules")
    (fake / "verify.mjs").write_text(
        "import { execFileSync } from 'node:child_process';\n"
        f"const out = JSON.parse(execFileSync(process.execPath, [{json.dumps(str(verify_js.JS_DIR / 'verify.mjs'))},"
        " process.argv[2]], { encoding: 'utf8' }));\n"
        "out.results[1].new_ids[3] += 1;\nprocess.stdout.write(JSON.stringify(out));\n", encoding="utf-8")
    monkeypatch.setattr(verify_js, "JS_DIR", fake)
    app = copy_app(tmp_path / "app")
    catalogue = (app / REGISTRY).read_bytes()
    with pytest.raises(verify_js.JsVerificationError, match=r"prompt 2: tokens differ from position 3") as caught:
        promote(request(tiny_export, app, "int8", verify=True, verify_prompts=2, verify_tokens=8))
    assert [p.tokens_match for p in caught.value.verification.prompts] == [True, False]
    assert (app / REGISTRY).read_bytes() == catalogue
    assert sorted(p.name for p in (app / "backend" / "models").iterdir()) == [".promotion.lock",
                                                                               "local-previous"]


def test_the_app_template_ships_the_prompt_module_and_a_registrable_catalogue(tmp_path):
    from export.app_registry import ModelEntry, register_model

    shipped = ROOT / "export" / "app_template" / "frontend" / "src" / "app" / "core" / "prompt" / "epicrisis-prompt.js"
    assert shipped.read_bytes() == (ROOT / "export" / "js" / "epicrisis-prompt.js").read_bytes()
    catalogue = ROOT / "export" / "app_template" / REGISTRY
    entry = ModelEntry(id="local/m", name="m", description="d", size="1 MB", dtype="q4", local_path="/models/m",
                       wasm_only=False)
    _, after = register_model(catalogue, entry)
    assert registered_ids(catalogue) == [] and after.count("id: 'local/m'") == 1
    copy = tmp_path / "rag.types.ts"
    copy.write_text(after, encoding="utf-8")
    assert register_model(copy, entry) == (after, after)


@needs_node
def test_the_javascript_prompt_writes_json_as_python_does(tmp_path):
    values = [{"paciente": {"sexo": "Femenino", "edad": 72}, "dx": [{"codigo": "J18.9", "nombre": "Neumonía"}]},
              "comillas \" y \\ barra\n\ttab \u0001", [0.5, 1e-07, 0.0001, 1.5e16, -0.25, 12, None, True, False],
              {"ñandú": [], "vacío": {}}, 123456789.123]
    script = tmp_path / "print.mjs"
    script.write_text(f"import {{ userTurn }} from {json.dumps((ROOT / 'export/js/epicrisis-prompt.js').as_uri())};\n"
                      "const values = JSON.parse(process.argv[2]);\n"
                      "process.stdout.write(JSON.stringify(values.map((v) => userTurn('Epicrisis:', v))));\n",
                      encoding="utf-8")
    proc = subprocess.run(["node", str(script), json.dumps(values)], check=False, capture_output=True, text=True, timeout=60)
    from harness.prompt import user_turn

    assert json.loads(proc.stdout) == [user_turn("Epicrisis:", v) for v in values]
