"""``epicrisis merge``: a LoRA adapter folded into its base, saved as a full
model folder (safetensors, config, generation config, tokenizer) for export.

The merge itself is the core's (``harness.backends.lora``, shared with the
ONNX export); this module adds the command's rules. A checkpoint that
is already a full model (the micro preset trains every weight) is copied, so
a pipeline can call ``merge`` on whichever checkpoint won.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from harness.atomic import write_atomic
from harness.backends import CONFIG_FILES, TOKENIZER_FILES, adapter_base
from harness.backends.lora import merge_adapter_into
from harness.errors import UsageError
from harness.runs import now

MERGE_FILE = "merge.json"


@dataclass(frozen=True)
class MergeResult:
    out: Path
    base: Path | None  # None: the checkpoint was a full model, copied
    parameters: int | None


def merge_adapter(adapter: Path, out: Path, *, base: Path | None = None, overwrite: bool = False) -> MergeResult:
    if not adapter.is_dir():
        raise UsageError(f"{adapter}: checkpoint folder not found")
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise UsageError(f"{out}: exists and is not empty; pass --overwrite or choose another --out")
    if out.resolve() == adapter.resolve():
        raise UsageError(f"{out}: the merged model cannot overwrite its adapter")
    base_dir = adapter_base(adapter, base)
    if base_dir is None:
        if not (adapter / "config.json").is_file():
            raise UsageError(f"{adapter}: neither a LoRA adapter (adapter_config.json) nor a full model "
                             "(config.json)")
        _copy_full_model(adapter, out)
        _write_note(out, adapter, None)
        return MergeResult(out, None, None)

    parameters = merge_adapter_into(adapter, base_dir, out)
    _write_note(out, adapter, base_dir)
    return MergeResult(out, base_dir, parameters)


def _copy_full_model(source: Path, out: Path) -> None:
    names = {*CONFIG_FILES, *TOKENIZER_FILES}
    files = [p for p in source.iterdir() if p.is_file() and (
        p.name in names or p.suffix == ".safetensors" or p.name.endswith(".safetensors.index.json"))]
    if not any(p.suffix == ".safetensors" for p in files):
        raise UsageError(f"{source}: no *.safetensors weights to copy")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path in files:
        shutil.copy2(path, out / path.name)


def _write_note(out: Path, adapter: Path, base: Path | None) -> None:
    note = {"schema_version": 1, "created": now(), "checkpoint": str(adapter.resolve()),
            "base": str(base.resolve()) if base else None,
            "kind": "lora-merged" if base else "full-model-copied"}
    write_atomic(out / MERGE_FILE, json.dumps(note, indent=2) + "\n")
