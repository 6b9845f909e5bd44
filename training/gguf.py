"""GGUF bases: dequantized once with transformers (``gguf_file=``) and cached
as a normal Hugging Face folder, keyed by the file's sha256.

Training, LoRA adapters, evaluation and merging all want a folder of
safetensors; a GGUF is read once, written to
``<cache>/<sha256[:16]>/`` with a ``source.json`` saying where it came from,
and every later run with the same file reuses that folder. The folder is
written under a temporary name and renamed into place, so an interrupted
conversion never leaves a half-written base behind.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

from harness.atomic import fsync_dir, fsync_tree
from harness.errors import UsageError
from harness.runs import file_sha256, now

CACHE_ENV = "EPICRISIS_CACHE_DIR"
SOURCE_FILE = "source.json"


def cache_root() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured) / "gguf"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "epicrisis-harness" / "gguf"


def dequantize_to(gguf_path: Path, out_dir: Path) -> None:
    """Load a GGUF with transformers (dequantized to fp32) and save it as a folder."""
    try:
        import gguf  # noqa: F401  (transformers reads GGUF through it)
    except ImportError:
        raise UsageError(f"{gguf_path}: reading GGUF needs the gguf package: pip install gguf") from None
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = str(gguf_path.parent), gguf_path.name
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32,
                                                     local_files_only=True)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise UsageError(f"{gguf_path}: cannot read the GGUF file: {exc}") from None
    # transformers' GGUF converter names <|endoftext|> the end of sequence for
    # every Qwen2 file; the file's own tokenizer.ggml.eos_token_id (kept in the
    # model config) is the one its chat template ends a turn with.
    eos = model.config.eos_token_id
    eos = eos[0] if isinstance(eos, list) else eos
    if eos is not None and tokenizer.eos_token_id != eos:
        tokenizer.eos_token = tokenizer.convert_ids_to_tokens(int(eos))
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    drop_gguf_copies(Path(out_dir))


def drop_gguf_copies(folder: Path) -> list[str]:
    """Remove tokenizer files that are copies of the GGUF itself. Where
    sentencepiece is installed, a tokenizer read from a GGUF keeps the GGUF as
    its ``vocab_file`` and save_pretrained copies the whole model file as
    ``tokenizer.model`` (seen on the H200 host: 98 MB in every checkpoint of
    SmolLM2-135M); tokenizer.json already holds the tokenizer."""
    dropped = []
    for item in folder.glob("tokenizer.model*"):
        with item.open("rb") as fh:
            if fh.read(4) == b"GGUF":
                item.unlink()
                dropped.append(item.name)
    return dropped


def dequantized_base(gguf_path: Path, *, root: Path | None = None,
                     convert: Callable[[Path, Path], None] = dequantize_to,
                     say: Callable[[str], None] = lambda _: None) -> Path:
    """The cached folder of ``gguf_path``, converting it on first use."""
    if not gguf_path.is_file():
        raise UsageError(f"{gguf_path}: GGUF file not found")
    digest = file_sha256(gguf_path)
    target = (root or cache_root()) / digest[:16]
    if (target / SOURCE_FILE).is_file():
        say(f"GGUF base: using the dequantized copy in {target}")
        return target
    say(f"GGUF base: dequantizing {gguf_path} once into {target}")
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        convert(gguf_path, staging)
        (staging / SOURCE_FILE).write_text(json.dumps({
            "gguf": str(gguf_path.resolve()), "sha256": digest, "created": now()}, indent=2) + "\n",
            encoding="utf-8")
        fsync_tree(staging)  # the rename must not publish files still in the page cache
        shutil.rmtree(target, ignore_errors=True)  # a folder without source.json is incomplete
        os.replace(staging, target)
        fsync_dir(target.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def source_sha256(folder: Path) -> str:
    """The sha256 of the GGUF file a cached folder was made from (hashing a
    multi-gigabyte file once per run is enough)."""
    return json.loads((folder / SOURCE_FILE).read_text(encoding="utf-8"))["sha256"]
