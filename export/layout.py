"""The folder layout Transformers.js loads, and the files the app needs.

    DIR/config.json, generation_config.json    (transformers.js_config added when needed)
    DIR/tokenizer.json, tokenizer_config.json, ...
    DIR/onnx/model.onnx, model_quantized.onnx, model_q4.onnx   (harness.variants: fp32, int8, int4)

Two things Transformers.js needs that a transformers ``save_pretrained``
does not give: the chat template inside ``tokenizer_config.json`` (transformers
>= 4.43 writes it to ``chat_template.jinja``, which Transformers.js 4.x does
not read for a tokenizer, so the app would have no template), and
``transformers.js_config.use_external_data_format`` in ``config.json`` for
every ONNX file whose weights lie in ``<file>_data`` (files over 2 GB).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from harness.backends import CONFIG_FILES, TOKENIZER_FILES, onnx_model_files
from harness.errors import UsageError
from harness.variants import ONNX_DIR, ONNX_FILES


def copy_model_files(source: Path, out: Path) -> list[str]:
    """Copy configs and tokenizer files from a model folder; the names copied."""
    copied = []
    for name in (*CONFIG_FILES, *TOKENIZER_FILES):
        if (source / name).is_file():
            shutil.copy2(source / name, out / name)
            copied.append(name)
    return copied


def embed_chat_template(out: Path) -> None:
    """Put ``chat_template.jinja`` into ``tokenizer_config.json`` (same text),
    where Transformers.js looks for it."""
    jinja, config_path = out / "chat_template.jinja", out / "tokenizer_config.json"
    if not config_path.is_file():
        raise UsageError(f"{config_path}: missing: the app's tokenizer needs it")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if jinja.is_file():
        config["chat_template"] = jinja.read_text(encoding="utf-8")
    if not config.get("chat_template"):
        raise UsageError(f"{out}: the tokenizer has no chat template: the app could not build the prompt")
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def declare_external_data(out: Path) -> dict[str, int]:
    """Record in config.json which ONNX files keep weights in ``<file>_data``
    chunks (Transformers.js otherwise loads the graph without its weights),
    and give those chunks their graph file's permissions."""
    chunks: dict[str, int] = {}
    for file in ONNX_FILES.values():
        path = out / ONNX_DIR / file
        if path.is_file():
            graph, *data = onnx_model_files(out, _variant_of(file))
            for part in data:
                # onnx (1.23) creates external data files owner-only (0600) where the graph
                # beside it gets the umask's mode: a colleague who can read the export's
                # model.onnx could not read its weights. Each part takes its graph's mode.
                part.chmod(graph.stat().st_mode & 0o777)
            if data:
                chunks[file] = len(data)
    config_path = out / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    js_config = config.setdefault("transformers.js_config", {})
    if chunks:
        js_config["use_external_data_format"] = chunks
    else:
        js_config.pop("use_external_data_format", None)
    if not js_config:
        config.pop("transformers.js_config")
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return chunks


def _variant_of(file: str) -> str:
    return next(v for v, f in ONNX_FILES.items() if f == file)


def app_files(out: Path, variant: str) -> list[str]:
    """What the app needs for one variant, relative to ``out``: configs,
    tokenizer and the variant's ONNX file(s); nothing of the other variants."""
    names = [n for n in (*CONFIG_FILES, *TOKENIZER_FILES) if (out / n).is_file()]
    missing = [n for n in ("config.json", "tokenizer.json", "tokenizer_config.json") if n not in names]
    if missing:
        raise UsageError(f"{out}: missing {', '.join(missing)}: not a complete export")
    onnx = [p.relative_to(out).as_posix() for p in onnx_model_files(out, variant)]
    return names + onnx
