"""``epicrisis promote``: one gated variant of an export into the Angular app.

    APP_DIR/backend/models/NAME/            the model the app serves (manifest.json inside)
    APP_DIR/backend/models/.NAME.staging/   the next one, being built
    APP_DIR/backend/models/.NAME.previous/  the one it replaced (the backup)
    APP_DIR/backend/models/.NAME.promotion.json   the journal of a promotion in flight
    APP_DIR/frontend/src/app/core/models/rag.types.ts   LLM_MODELS, the app's catalogue

The staged copy is complete, fsynced, hash-checked and (with ``verify``)
run in Transformers.js before the journal is written; from the journal on,
the promotion only moves forward: the staged folder is swapped with NAME in
one atomic step (``harness.atomic.replace_dir``; the old model becomes
``.NAME.previous``), the catalogue entry is written atomically, the journal
goes. A
kill -9 at any moment leaves NAME as the old model or the new one, complete;
the next run finishes what a journal started, or discards a staging that
never got one. A failure (not a kill) after the swap puts the old model and
the old catalogue back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from export.app_registry import REGISTRY, ModelEntry, register_model, registered_ids
from export.artifact import check_files, hash_files, read_record, resolve
from export.layout import app_files
from harness.atomic import (
    fsync_dir,
    fsync_tree,
    remove_tree,
    replace_dir,
    write_bytes_atomic,
)
from harness.atomic import write_atomic
from harness.errors import UsageError
from harness.runs import file_sha256, now
from harness.schemas import EXPORT_FILE, Verdict
from harness.variants import DTYPES, PREFERENCE

MODELS_DIR = Path("backend/models")
MANIFEST = "manifest.json"
ID_RE = re.compile(r"^local/([a-z0-9][a-z0-9._-]{0,63})$")
PAUSE_ENV = "EPICRISIS_PROMOTE_PAUSE_AT"  # test hook: stop at a stage until killed


class PromotionError(UsageError):
    """A bad id or app folder, or an app in a state promotion cannot handle."""


class PromotionRefused(UsageError):
    """The variant did not pass its gates, or its copy is not what was gated."""


@dataclass(frozen=True)
class PromotionRequest:
    export_dir: Path
    app_dir: Path
    model_id: str
    variant: str | None = None
    name: str | None = None
    description: str | None = None
    verify: bool = True
    verify_prompts: int = 3
    verify_tokens: int = 32
    threads: int | None = 2


@dataclass(frozen=True)
class Places:
    name: str
    models: Path
    target: Path
    staging: Path
    previous: Path
    journal: Path
    registry: Path

    @classmethod
    def of(cls, app_dir: Path, model_id: str) -> Places:
        match = ID_RE.match(model_id)
        if not match:
            raise PromotionError(f"model id {model_id!r} must be local/NAME, NAME of lowercase letters, digits, "
                                 "'.', '_' or '-' (no slashes, at most 64 characters)")
        name = match.group(1)  # starts with a letter or digit: never ".", ".." or hidden
        app = app_dir.resolve()
        if not app.is_dir():
            raise PromotionError(f"{app_dir}: app folder not found")
        if not (app / "backend").is_dir():
            raise PromotionError(f"{app_dir}: no backend/ folder: APP_DIR must be the app's root")
        models = app / MODELS_DIR
        target = models / name
        if not target.resolve().is_relative_to(app) or not models.resolve().is_relative_to(app):
            raise PromotionError(f"{target}: resolves outside {app} (a symlink?): refusing to write there")
        return cls(name=name, models=models, target=target, staging=models / f".{name}.staging",
                   previous=models / f".{name}.previous", journal=models / f".{name}.promotion.json",
                   registry=app / REGISTRY)


@dataclass(frozen=True)
class PromotionOutcome:
    target: Path
    variant: str
    manifest: dict
    registry_changed: bool
    recovered: str | None  # what an interrupted earlier promotion needed


def pause_at(stage: str) -> None:
    if os.environ.get(PAUSE_ENV) == stage:
        sys.stderr.write(f"promotion paused at {stage}\n")
        sys.stderr.flush()
        while True:
            time.sleep(60)


def promote(request: PromotionRequest, log=lambda _: None) -> PromotionOutcome:
    places = Places.of(request.app_dir, request.model_id)
    with _lock(places):
        recovered = recover(places)
        if recovered:
            log(recovered)
        record = read_record(request.export_dir)
        variant = request.variant or next((v for v in PREFERENCE if v in record.promotable),
                                          next((v for v in PREFERENCE if v in record.variants), None))
        check_verdict(request.export_dir, record, variant)
        files = app_files(request.export_dir, variant)
        check_files(request.export_dir, record, files)
        registered_ids(places.registry)  # refuse before copying if the catalogue is not where expected
        try:
            manifest, size = _stage(request, places, record, variant, files, log)
        except BaseException:
            remove_tree(places.staging)
            raise
        entry = _entry(request, places, record, variant, size)
        old_text = places.registry.read_bytes()
        _, new_text = register_model(places.registry, entry)
        journal = {"promotion_id": manifest["promotion_id"], "id": request.model_id, "entry": entry.__dict__}
        write_bytes_atomic(places.journal, json.dumps(journal, indent=2).encode())
        pause_at("journaled")
        replaced = _swap(places)
        pause_at("swapped")
        changed = new_text.encode("utf-8") != old_text
        written = False
        try:
            if changed:
                write_bytes_atomic(places.registry, new_text.encode("utf-8"))
                written = True
            pause_at("registered")
        except BaseException:
            _undo(places, replaced, old_text if written else None)
            raise
        _finish(places)
    return PromotionOutcome(places.target, variant, manifest, changed, recovered)


def _stage(request: PromotionRequest, places: Places, record, variant: str, files: list[str],
           log) -> tuple[dict, int]:
    """A complete, fsynced, hash-checked (and verified) copy at .NAME.staging."""
    remove_tree(places.staging)
    places.staging.mkdir(parents=True)
    for index, name in enumerate(files):
        (places.staging / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.export_dir / name, places.staging / name)
        if index == 0:
            pause_at("copying")
    fsync_tree(places.staging)
    pause_at("staged")
    hashes = hash_files(places.staging, files)
    if hashes != {name: record.files[name] for name in files}:
        raise PromotionRefused(f"{places.staging}: the copy does not match {EXPORT_FILE} (disk error?)")
    verification = None
    if request.verify:
        from export.verify_js import verify_in_transformers_js
        from harness.samples import read_samples

        samples, _ = read_samples(record.data.path, limit=request.verify_prompts)
        verification = verify_in_transformers_js(places.staging, variant, samples,
                                                 max_new_tokens=request.verify_tokens, threads=request.threads)
        log(verification.summary())
    manifest = _manifest(request, record, variant, hashes, verification)
    write_atomic(places.staging / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    fsync_tree(places.staging)
    pause_at("verified")
    return manifest, sum((places.staging / n).stat().st_size for n in files)


@contextmanager
def _lock(places: Places):
    """One promotion of a NAME at a time; the lock dies with its process."""
    places.models.mkdir(parents=True, exist_ok=True)
    handle = (places.models / f".{places.name}.lock").open("a")
    try:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PromotionError(f"{places.target}: another promotion of {places.name} is running") from None
        yield
    finally:
        handle.close()


def _swap(places: Places) -> bool:
    """Staged -> NAME in one atomic step; the model it replaces (if any, the
    returned bool) goes to .NAME.previous."""
    replaced = places.target.exists()
    replace_dir(places.staging, places.target, places.previous, midway=lambda: pause_at("exchanged"))
    return replaced


def _undo(places: Places, replaced: bool, old_registry: bytes | None) -> None:
    """Put the old model (and the old catalogue, if it was rewritten) back
    after a failure past the swap; the model first, as it needs no space."""
    if replaced:
        replace_dir(places.previous, places.target, places.staging)  # the new one lands at .staging
    else:
        os.rename(places.target, places.staging)
    remove_tree(places.staging)
    places.journal.unlink(missing_ok=True)
    fsync_dir(places.models)
    if old_registry is not None:
        write_bytes_atomic(places.registry, old_registry)


def _finish(places: Places) -> None:
    if places.staging.exists():  # killed inside the swap, after the exchange: it holds the old model
        remove_tree(places.previous)
        os.rename(places.staging, places.previous)
    places.journal.unlink(missing_ok=True)
    fsync_dir(places.models)


def _promotion_id(folder: Path) -> str | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("promotion_id")
    except (OSError, ValueError):
        return None


def recover(places: Places) -> str | None:
    """Finish a promotion a kill interrupted after its journal, or discard a
    staging that never got one. Returns what was done, None when nothing was needed."""
    if not places.journal.is_file():
        if places.staging.exists():
            remove_tree(places.staging)
            return f"discarded {places.staging.name}: an earlier promotion was interrupted before its journal"
        return None
    journal = json.loads(places.journal.read_text(encoding="utf-8"))
    wanted = journal["promotion_id"]
    if _promotion_id(places.target) != wanted:
        if _promotion_id(places.staging) != wanted:
            places.journal.unlink()
            return f"dropped a stale journal {places.journal.name} (its staged model is gone)"
        _swap(places)
    _, text = register_model(places.registry, ModelEntry(**journal["entry"]))
    if text.encode() != places.registry.read_bytes():
        write_bytes_atomic(places.registry, text.encode("utf-8"))
    _finish(places)
    return f"finished the interrupted promotion of {journal['id']} ({wanted[:12]}…)"


def check_verdict(export_dir: Path, record, variant: str | None) -> None:
    """Refuse unless ``variant``'s verdict passed, judged from the gate
    records themselves: the stored verdict, and the same verdict computed
    again now (``harness.gating``, as every door does) from the variant's run
    under the policy and baseline the export recorded. A stale or edited
    record, a changed gate file or a baseline that moved on all refuse."""
    from harness.gatefile import load_policy
    from harness.gating import gate_verdict
    from harness.runs import read_json_model

    if variant is None or variant not in record.variants:
        raise PromotionError(f"{export_dir}: variant {variant or '(none)'} was not exported (exported: "
                             f"{', '.join(record.variants) or 'none'})")
    stored = read_json_model(resolve(export_dir, record.variants[variant].gate), Verdict)
    if not stored.passed:
        raise PromotionRefused(f"{export_dir}: {variant} is blocked by its verdict ({stored.summary()}):\n  "
                               + "\n  ".join(stored.reasons()))
    policy = load_policy(record.policy)
    if policy.sha256 != record.policy_sha256:
        raise PromotionRefused(f"{record.policy}: the gate file changed since the export judged {variant}: "
                               "export again (or gate the run) under the current policy")
    baseline = Path(record.baseline) if record.baseline else None
    if baseline is not None and not baseline.exists():
        raise PromotionRefused(f"{baseline}: the baseline the export was judged against is gone")
    now_verdict = gate_verdict(resolve(export_dir, record.variants[variant].run), baseline=baseline, gates=policy)
    if not now_verdict.passed:
        raise PromotionRefused(f"{export_dir}: {variant} fails its gates when judged again now "
                               f"({now_verdict.summary()}):\n  " + "\n  ".join(now_verdict.reasons()))
    if variant not in record.promotable:
        raise PromotionRefused(f"{export_dir}: {variant} is not listed as promotable in {EXPORT_FILE}")


def _manifest(request: PromotionRequest, record, variant: str, hashes: dict[str, str], verification) -> dict:
    export_dir = request.export_dir
    variant_record = record.variants[variant]
    gates = {name: json.loads(resolve(export_dir, path).read_text(encoding="utf-8"))
             for name, path in (("checkpoint", record.torch_gate), (variant, variant_record.gate))}
    card = json.loads((resolve(export_dir, variant_record.run) / "scorecard.json").read_text(encoding="utf-8"))
    body = {
        "schema_version": 1, "id": request.model_id, "variant": variant, "dtype": DTYPES[variant],
        "base_model": record.base, "checkpoint": record.checkpoint, "merged": record.merged,
        "export": {"path": str(export_dir.resolve()), "created": record.created,
                   "record_sha256": file_sha256(export_dir / EXPORT_FILE)},
        "files": hashes, "bytes": sum((export_dir / n).stat().st_size for n in hashes),
        "prompt": record.prompt.model_dump(), "generation": record.generation.model_dump(),
        "gates": {"policy": record.policy, "policy_sha256": record.policy_sha256, "baseline": record.baseline,
                  "reports": gates},
        "scorecard": {"records": card["records"], "passed": card["passed"], "speed": card["speed"],
                      "by_check": {k: v["records"] for k, v in card["by_check"].items()}},
        "parity": variant_record.model_dump(include={"text_match", "verdict_agreement", "divergent",
                                                      "first_divergence"}),
        "quantization": variant_record.quantization,
        "verification": verification.model_dump() if verification else None,
        "versions": {**record.packages, **(verification.versions if verification else {})},
        "promoted_at": now(),
    }
    body["promotion_id"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    return body


def _entry(request: PromotionRequest, places: Places, record, variant: str, size: int) -> ModelEntry:
    base = Path(record.base or record.checkpoint).name
    rate = record.variants[variant].pass_rate
    description = request.description or (
        f"{base} ajustado para epicrisis ({Path(record.checkpoint).name}), {variant}; pasó los gates "
        f"({rate:.0%} de {record.data.samples} registros de validación sin errores)")
    return ModelEntry(
        id=request.model_id, name=request.name or f"{places.name} ({variant})", description=description,
        size=human_size(size), dtype=DTYPES[variant], local_path=f"/models/{places.name}",
        # int8 dynamic quantization (MatMulInteger) has no WebGPU kernel in onnxruntime-web
        wasm_only=variant == "int8")


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
