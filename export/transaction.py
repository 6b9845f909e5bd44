"""The app's promotion transaction: one promotion at a time per app, and a
journal that lets the next run finish or undo one that a kill interrupted,
so the model folders and the catalogue (``LLM_MODELS``) always agree.

    APP/backend/models/.promotion.lock    flock: one promotion (or recovery) of the app at a time
    APP/backend/models/.promotion.json    the journal: which model replaces which, and the catalogue before
    APP/backend/models/.NAME.staging/     the next model, complete and fsynced before the journal
    APP/backend/models/.NAME.previous/    the model it replaced (the backup)

The lock covers the whole app, not one model: every promotion rewrites the
one catalogue file, so two promotions of different models must not overlap
(they would each write the catalogue from what they read before the other
wrote). A second promotion waits for the first.

The journal is written (atomically) after the staged copy is complete and
before anything the app reads changes; from then on the promotion goes
``forward`` (swap the folder in, write the catalogue entry) unless it fails,
when it is marked ``back`` first and undone. ``recover`` (run at the start of
every promotion, under the lock, and by ``epicrisis promote --recover APP``)
continues whatever a journal says, from whatever state a kill left:

- forward, the new model complete somewhere (staged or in place): put it in
  place, register it, keep the model it replaced as the backup;
- back, or forward with the new model gone or damaged: put the old model back
  where it was, restore the catalogue if the promotion had written it, drop
  the new folder.

Every step is idempotent and each leaves a state the next can start from, so
a kill during recovery is recovered from too. Stale staged folders (a kill
before the journal) are removed.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from export.app_registry import REGISTRY, ModelEntry, read_catalogue, register_model
from harness.atomic import fsync_dir, remove_tree, replace_dir, write_bytes_atomic
from harness.errors import OutputError, UsageError

MODELS_DIR = Path("backend/models")
MANIFEST = "manifest.json"
LOCK_FILE = ".promotion.lock"
JOURNAL_FILE = ".promotion.json"
PAUSE_ENV = "EPICRISIS_PROMOTE_PAUSE_AT"  # test hook: stop at a named stage until killed
ANNOUNCE_ENV = "EPICRISIS_PROMOTE_ANNOUNCE_AT"  # test hook: say when these stages (a,b,...) are reached
# Where a promotion (or a recovery) may be stopped by the test hooks, in order.
STAGES = ("copying", "staged", "verified", "journaled", "exchanged", "swapped", "registered",
          "recovering", "recover-moved", "recover-registered")


ID_RE = re.compile(r"local/([a-z0-9][a-z0-9._-]{0,63})")  # fullmatch: "$" would let a final newline in


class PromotionError(UsageError):
    """A bad id or app folder, or an app in a state promotion cannot handle."""


def model_name(model_id: str) -> str:
    """NAME of ``local/NAME``: a folder name that is never ".", ".." or hidden."""
    match = ID_RE.fullmatch(model_id)
    if not match:
        raise PromotionError(f"model id {model_id!r} must be local/NAME, NAME of lowercase letters, digits, "
                             "'.', '_' or '-' (no slashes, at most 64 characters)")
    return match.group(1)


def pause_at(stage: str) -> None:
    if stage in os.environ.get(ANNOUNCE_ENV, "").split(","):  # a kill test then kills at a random moment
        sys.stderr.write(f"promotion at {stage}\n")
        sys.stderr.flush()
    if os.environ.get(PAUSE_ENV) == stage:
        sys.stderr.write(f"promotion paused at {stage}\n")
        sys.stderr.flush()
        while True:
            time.sleep(60)


@dataclass(frozen=True)
class App:
    """An app folder checked for what promotion writes: every path it writes
    resolves inside the app (no symlink leads out of it)."""

    root: Path
    models: Path
    registry: Path

    @property
    def lock(self) -> Path:
        return self.models / LOCK_FILE

    @property
    def journal(self) -> Path:
        return self.models / JOURNAL_FILE

    @classmethod
    def of(cls, app_dir: Path) -> App:
        root = Path(app_dir).resolve()
        if not root.is_dir():
            raise PromotionError(f"{app_dir}: app folder not found")
        if not (root / "backend").is_dir():
            raise PromotionError(f"{app_dir}: no backend/ folder: APP_DIR must be the app's root")
        models, registry = root / MODELS_DIR, root / REGISTRY
        for path in (models, registry):
            if not path.resolve().is_relative_to(root):
                raise PromotionError(f"{path}: resolves outside {root} (a symlink?): refusing to write there")
        if registry.is_symlink():
            raise PromotionError(f"{registry}: is a symlink: refusing to replace it (the catalogue must be a "
                                 "plain file inside the app)")
        if not registry.is_file():
            raise PromotionError(f"{registry}: not found: APP_DIR must be the app's root, with {REGISTRY}")
        return cls(root, models, registry)

    def check_writable(self) -> None:
        """Fail now, not after copying a model, where a folder cannot be written."""
        for folder in (self.models, self.registry.parent):
            probe = folder / f".epicrisis-probe-{os.getpid()}"
            try:
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600))
                probe.unlink()
            except OSError as exc:
                raise OutputError(folder, exc) from None


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class Places:
    """The folders of one model name inside an app."""

    app: App
    name: str
    target: Path
    staging: Path
    previous: Path

    @classmethod
    def of(cls, app: App, name: str) -> Places:
        models = app.models
        target = models / name
        if not target.resolve().is_relative_to(app.root):
            raise PromotionError(f"{target}: resolves outside {app.root} (a symlink?): refusing to write there")
        return cls(app, name, target, models / f".{name}.staging", models / f".{name}.previous")


class Journal(BaseModel):
    """``.promotion.json``: what is being replaced by what."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1
    direction: Literal["forward", "back"]
    id: str
    name: str
    promotion_id: str  # the new model's (its manifest's promotion_id)
    replaced: bool  # a model was at APP/backend/models/NAME before
    replaced_promotion_id: str | None  # its promotion_id (None: none, or a folder without a manifest)
    entry: ModelEntry  # the new model's catalogue entry
    catalogue_before: str  # the catalogue's text before, to put back when undoing
    catalogue_after_sha256: str  # the catalogue as this promotion writes it: restored only from that


@contextmanager
def app_lock(app: App, log: Callable[[str], None]) -> Iterator[None]:
    """Hold the app's promotion lock; wait (saying so) while another holds it.
    The kernel drops the lock when its process dies, so a kill never blocks
    the next run."""
    try:
        app.models.mkdir(parents=True, exist_ok=True)
        fd = os.open(app.lock, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                     0o644)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):
            raise PromotionError(f"{app.lock}: is a symlink: refusing to follow it out of the app") from None
        raise OutputError(app.lock, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PromotionError(f"{app.lock}: not a plain file: remove it")
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log(f"waiting for another promotion into {app.root} to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def promotion_id(folder: Path) -> str | None:
    try:
        value = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("promotion_id")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def complete(folder: Path, wanted: str) -> bool:
    """``folder`` holds the promotion ``wanted``: its manifest names it and
    every file the manifest lists is there with its sha256."""
    if folder.is_symlink() or not folder.is_dir() or promotion_id(folder) != wanted:
        return False
    files = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files")
    if not isinstance(files, dict):
        return False
    for name, digest in files.items():
        path = folder / name
        if not path.is_file() or not path.resolve().is_relative_to(folder.resolve()):
            return False
        with path.open("rb") as handle:
            if hashlib.file_digest(handle, "sha256").hexdigest() != digest:
                return False
    return True


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def begin(places: Places, entry: ModelEntry, new_id: str) -> Journal:
    """Write the journal of installing the staged model (promotion ``new_id``)."""
    app = places.app
    before = read_catalogue(app.registry)
    _, after = register_model(app.registry, entry)
    journal = Journal(direction="forward", id=entry.id, name=places.name, promotion_id=new_id,
                      replaced=places.target.exists(), replaced_promotion_id=promotion_id(places.target),
                      entry=entry, catalogue_before=before,
                      catalogue_after_sha256=_sha256(after.encode("utf-8")))
    _write_journal(app, journal)
    return journal


def commit(places: Places, journal: Journal) -> bool:
    """Swap the staged model in and register it; on a failure (not a kill)
    undo both and re-raise. Returns whether the catalogue changed."""
    pause_at("journaled")
    try:
        replace_dir(places.staging, places.target, places.previous, midway=lambda: pause_at("exchanged"))
        pause_at("swapped")
        changed = _register(places.app, journal)
        pause_at("registered")
    except BaseException:
        try:
            journal = journal.model_copy(update={"direction": "back"})
            _write_journal(places.app, journal)
            _roll_back(places, journal)
        except Exception:  # noqa: S110 - the journal stays: the next run rolls it on
            pass
        raise
    _finish(places)
    return changed


def recover(app: App) -> list[str]:
    """Finish or undo what an interrupted promotion's journal says, and
    remove staged folders no journal names. The caller holds the app lock.
    Returns what was done."""
    done: list[str] = []
    if app.journal.exists() or app.journal.is_symlink():
        journal = _read_journal(app)
        places = Places.of(app, journal.name)
        pause_at("recovering")
        forward = any(complete(p, journal.promotion_id) for p in (places.target, places.staging))
        back = not journal.replaced or _replaced_at(places, journal) is not None
        if forward and (journal.direction == "forward" or not back):
            if not complete(places.target, journal.promotion_id):
                replace_dir(places.staging, places.target, places.previous)
            pause_at("recover-moved")
            _register(app, journal)
            pause_at("recover-registered")
            _finish(places)
            done.append(f"finished the interrupted promotion of {journal.id} ({journal.promotion_id[:12]}…)")
        elif back:
            why = "it was failing" if journal.direction == "back" else "its new model is missing or damaged"
            if journal.direction == "forward":
                journal = journal.model_copy(update={"direction": "back"})
                _write_journal(app, journal)
            _roll_back(places, journal)
            done.append(f"undid the interrupted promotion of {journal.id} ({why}): its model and the catalogue "
                        "are as they were before it")
        else:
            raise PromotionError(f"{app.journal}: the promotion of {journal.id} can be neither finished (its new "
                                 "model is damaged) nor undone (the model it replaced is gone): compare "
                                 f"{places.target} with LLM_MODELS by hand, then remove the journal")
    for staging in sorted(app.models.glob(".*.staging")):
        remove_tree(staging)
        done.append(f"discarded {staging.name}: an earlier promotion was interrupted before its journal")
    for folder in (app.models, app.registry.parent):
        for leftover in (*folder.glob(".epicrisis-probe-*"), *folder.glob(f".{JOURNAL_FILE}.*.tmp"),
                         *folder.glob(f".{app.registry.name}.*.tmp")):  # harness.atomic's, of a killed run
            if leftover.is_symlink() or leftover.is_file():
                leftover.unlink()
    return done


def _read_journal(app: App) -> Journal:
    if app.journal.is_symlink() or not app.journal.is_file():
        raise PromotionError(f"{app.journal}: not a plain file: inspect it and remove it")
    problem = None
    try:
        journal = Journal.model_validate_json(app.journal.read_bytes())
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        problem = str(exc).splitlines()[0]
    else:
        match = ID_RE.fullmatch(journal.id)
        if not match or match.group(1) != journal.name or journal.entry.id != journal.id:
            problem = f"its name {journal.name!r} and entry do not belong to the id {journal.id!r}"
    if problem:
        raise PromotionError(f"{app.journal}: unreadable promotion journal ({problem}): compare the model "
                             "folders with LLM_MODELS by hand, then remove it")
    return journal


def _write_journal(app: App, journal: Journal) -> None:
    write_bytes_atomic(app.journal, journal.model_dump_json(indent=2).encode("utf-8"))


def _register(app: App, journal: Journal) -> bool:
    """The journal's entry in the catalogue (as it is now); whether it changed."""
    before = app.registry.read_bytes()
    _, text = register_model(app.registry, journal.entry)
    if text.encode("utf-8") == before:
        return False
    write_bytes_atomic(app.registry, text.encode("utf-8"))
    return True


def _finish(places: Places) -> None:
    """After the swap: the displaced model (left in .staging by a kill right
    after the exchange) becomes the backup; the journal goes."""
    if places.staging.exists():
        remove_tree(places.previous)
        os.rename(places.staging, places.previous)
    places.app.journal.unlink(missing_ok=True)
    fsync_dir(places.app.models)


def _replaced_at(places: Places, journal: Journal) -> Path | None:
    """Where the model the promotion replaced is now (NAME, .staging or .previous)."""
    for folder in (places.target, places.staging, places.previous):
        if folder.is_dir() and not folder.is_symlink():
            found = promotion_id(folder)
            if found != journal.promotion_id and found == journal.replaced_promotion_id:
                return folder
    return None


def _roll_back(places: Places, journal: Journal) -> None:
    """Put the replaced model back at NAME (or no model, if there was none),
    the catalogue as it was, and drop the new folder; from any state a
    forward step or an earlier roll-back left. Each step leaves a state
    this function starts from again."""
    new = journal.promotion_id
    target, staging, previous = places.target, places.staging, places.previous
    old_at = _replaced_at(places, journal) if journal.replaced else None
    if old_at == staging:  # a kill right after the exchange: move it to .previous first
        remove_tree(previous)
        os.rename(staging, previous)
        old_at = previous
    if target.exists() and promotion_id(target) == new:
        if old_at == previous:
            replace_dir(previous, target, staging)  # the new model lands in .staging
        else:  # there was no model at NAME before: there is none after
            remove_tree(staging)
            os.rename(target, staging)
    elif not target.exists() and old_at == previous:
        os.rename(previous, target)  # a kill between the two renames of a swap
    pause_at("recover-moved")
    for folder in (staging, previous):
        if folder.exists() and promotion_id(folder) == new:
            remove_tree(folder)
    fsync_dir(places.app.models)
    if _sha256(places.app.registry.read_bytes()) == journal.catalogue_after_sha256:
        write_bytes_atomic(places.app.registry, journal.catalogue_before.encode("utf-8"))
    pause_at("recover-registered")
    places.app.journal.unlink(missing_ok=True)
    fsync_dir(places.app.models)
