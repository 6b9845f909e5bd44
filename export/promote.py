"""``epicrisis promote``: one gated variant of an export into the Angular app.

    APP_DIR/backend/models/NAME/            the model the app serves (manifest.json inside)
    APP_DIR/backend/models/.NAME.staging/   the next one, being built
    APP_DIR/backend/models/.NAME.previous/  the one it replaced (the backup)
    APP_DIR/backend/models/.promotion.lock, .promotion.json   the app's lock and journal
    APP_DIR/frontend/src/app/core/models/rag.types.ts   LLM_MODELS, the app's catalogue

Everything runs under the app's promotion lock (``export.transaction``),
after recovering whatever an earlier run left. The staged copy is complete,
fsynced, hash-checked and (with ``verify``) run in Transformers.js before
the journal is written; then the staged folder is swapped with NAME in one
atomic step (the old model becomes ``.NAME.previous``) and the catalogue
entry is written atomically. The variant's file is copied under the name
Transformers.js loads for its dtype (``harness.variants.app_file``: a recipe's
``onnx/model_int4-asym-b64-a4_q4.onnx`` becomes ``onnx/model_q4.onnx``), and
that dtype (q8, q4, q4f16, fp32) is written into the catalogue entry and the
manifest, so the app loads exactly the file that was gated. A kill -9 at any moment leaves NAME as the old
model or the new one, complete, and the next run (or ``epicrisis promote
--recover APP``) makes the catalogue agree; a failure (not a kill) after the
journal puts the old model and the old catalogue back.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from export.app_registry import ModelEntry, registered_ids
from export.artifact import check_files, hash_files, read_record, resolve
from export.layout import app_files
from export.transaction import (  # noqa: F401  (MODELS_DIR, MANIFEST, PAUSE_ENV: re-exported)
    MANIFEST,
    MODELS_DIR,
    PAUSE_ENV,
    App,
    Places,
    PromotionError,
    app_lock,
    begin,
    commit,
    model_name,
    pause_at,
    recover,
)
from harness.atomic import fsync_tree, remove_tree, write_atomic
from harness.errors import UsageError
from harness.runs import file_sha256, now
from harness.schemas import EXPORT_FILE, Verdict
from harness.variants import DTYPES, ONNX_DIR, ONNX_FILES, PREFERENCE, app_file

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
    browser: bool = False  # also in headless Chromium (onnxruntime-web WebAssembly), after Node


@dataclass(frozen=True)
class PromotionOutcome:
    target: Path
    variant: str
    manifest: dict
    registry_changed: bool
    recovered: list[str]  # what interrupted earlier promotions needed


def promote(request: PromotionRequest, log: Callable[[str], None] = lambda _: None) -> PromotionOutcome:
    app = App.of(request.app_dir)
    places = Places.of(app, model_name(request.model_id))
    for option, text in (("--name", request.name), ("--description", request.description)):
        if text is not None and not _storable(text):
            raise PromotionError(f"{option}: not valid text (undecodable bytes or a lone surrogate)")
    try:
        with app_lock(app, log):
            recovered = recover(app)
            for line in recovered:
                log(line)
            record = read_record(request.export_dir)
            variant = request.variant or default_variant(record)
            check_verdict(request.export_dir, record, variant)
            files = app_files(request.export_dir, variant)
            check_files(request.export_dir, record, files)
            registered_ids(app.registry)  # refuse before copying if the catalogue is not where expected
            app.check_writable()
            try:
                manifest, size = _stage(request, places, record, variant, files, log)
            except BaseException:
                remove_tree(places.staging)
                raise
            journal = begin(places, _entry(request, places, record, variant, size), manifest["promotion_id"])
            changed = commit(places, journal)
    except UsageError:
        raise
    except OSError as exc:  # a folder that cannot be written, a full disk: exit 2 naming the place
        raise PromotionError(f"{exc.filename or app.models}: {exc.strerror or exc}") from None
    return PromotionOutcome(places.target, variant, manifest, changed, recovered)


def default_variant(record) -> str | None:
    """What promotion ships when not told: the search's choice, else the
    first promotable (then the first exported) of ``PREFERENCE``."""
    if record.search is not None and record.search.chosen:
        return record.search.chosen
    return next((v for v in PREFERENCE if v in record.promotable),
                next((v for v in PREFERENCE if v in record.variants), next(iter(record.promotable), None)))


def app_name(name: str, variant: str) -> str:
    """Where the app gets the export's file ``name`` of ``variant``: its ONNX
    file under the dtype's own name, everything else where it was."""
    own, target = f"{ONNX_DIR}/{ONNX_FILES[variant]}", f"{ONNX_DIR}/{app_file(variant)}"
    if own == target or not name.startswith(own):
        return name
    if name != own:  # <file>_data: the graph names its external data file, so a renamed graph would lose it
        raise PromotionError(f"{name}: {variant} keeps its weights in external data, which cannot follow a "
                             f"rename to {target}; export it as the default {DTYPES[variant]} recipe instead")
    return target


def recover_app(app_dir: Path, log: Callable[[str], None] = lambda _: None) -> list[str]:
    """``epicrisis promote --recover APP``: finish or undo an interrupted
    promotion (what every promotion does first). Returns what was done."""
    app = App.of(app_dir)
    try:
        with app_lock(app, log):
            return recover(app)
    except UsageError:
        raise
    except OSError as exc:
        raise PromotionError(f"{exc.filename or app.models}: {exc.strerror or exc}") from None


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _stage(request: PromotionRequest, places: Places, record, variant: str, files: list[str],
           log) -> tuple[dict, int]:
    """A complete, fsynced, hash-checked (and verified) copy at .NAME.staging."""
    remove_tree(places.staging)
    places.staging.mkdir(parents=True)
    names = {name: app_name(name, variant) for name in files}  # export name -> app name
    log(f"copying {len(files)} files ({sum((request.export_dir / n).stat().st_size for n in files) / 2**20:,.0f} MiB) "
        f"to {places.staging}")
    for index, name in enumerate(files):
        (places.staging / names[name]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.export_dir / name, places.staging / names[name])
        if index == 0:
            pause_at("copying")
    fsync_tree(places.staging)
    pause_at("staged")
    hashes = hash_files(places.staging, list(names.values()))
    if hashes != {names[name]: record.files[name] for name in files}:
        raise PromotionRefused(f"{places.staging}: the copy does not match {EXPORT_FILE} (disk error?)")
    verification = None
    if request.verify:
        from export.verify_js import JsVerificationError, verify_runtimes
        from harness.samples import read_samples

        samples, _ = read_samples(record.data.path, limit=request.verify_prompts)
        # --browser: also the app's browser runtime, whose integer kernels may differ from Node's;
        # one Python ONNX generation serves both.
        runtimes = ("node", "browser") if request.browser else ("node",)
        verifications = verify_runtimes(places.staging, variant, samples, runtimes,
                                        max_new_tokens=request.verify_tokens, threads=request.threads, log=log)
        for checked in verifications:
            if not checked.passed:
                raise JsVerificationError(places.staging, checked)
            log(checked.summary())
        verification = verifications[0]
        if len(verifications) > 1:
            verification = verification.model_copy(update={"browser": verifications[1]})
    manifest = _manifest(request, record, variant, hashes, verification, places.staging)
    write_atomic(places.staging / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    fsync_tree(places.staging)
    pause_at("verified")
    return manifest, manifest["bytes"]  # the copied files, summed once in _manifest


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


def _manifest(request: PromotionRequest, record, variant: str, hashes: dict[str, str], verification,
              staging: Path) -> dict:
    export_dir = request.export_dir
    variant_record = record.variants[variant]
    gates = {name: json.loads(resolve(export_dir, path).read_text(encoding="utf-8"))
             for name, path in (("checkpoint", record.torch_gate), (variant, variant_record.gate))}
    card = json.loads((resolve(export_dir, variant_record.run) / "scorecard.json").read_text(encoding="utf-8"))
    body = {
        "schema_version": 1, "id": request.model_id, "variant": variant, "dtype": DTYPES[variant],
        "file": f"{ONNX_DIR}/{app_file(variant)}",
        "recipe": variant_record.recipe.model_dump() if variant_record.recipe else None,
        "base_model": record.base, "checkpoint": record.checkpoint, "merged": record.merged,
        "export": {"path": str(export_dir.resolve()), "created": record.created,
                   "record_sha256": file_sha256(export_dir / EXPORT_FILE)},
        "files": hashes, "bytes": sum((staging / n).stat().st_size for n in hashes),
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
        wasm_only=DTYPES[variant] == "q8")


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
