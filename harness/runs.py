"""Run directories: what ran, each sample's output (the cache), findings, scorecard.

    RUN_DIR/
      run.json                 what ran (RunManifest)
      outputs/<key>.jsonl      one OutputRecord a line, appended and fsynced as produced
      findings.jsonl           one RecordFindings a line, rewritten by eval and rescore
      scorecard.json           the Scorecard (harness.scorecard)

The cache key hashes the model fingerprint, backend, variant, prompt hash and
generation settings, and names the outputs file: a changed model or setting
writes to another file and can never read stale outputs, while going back to
an earlier setting finds its outputs again. Within a file a sample is reused
only when its rendered prompt (and so its input) is unchanged.

The files' pydantic models live in ``harness.schemas``, with every other
record's; this module reads and writes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from harness.atomic import FileBatch, fsync_dir, write_atomic
from harness.errors import InputError, UsageError
from harness.generation import GenerationConfig
from harness.jsonl import line_spans, read_bytes, split_lines
from harness.schemas import OutputRecord, RecordFindings, RunManifest

LOCK_NAME = ".lock"  # a run directory's writer lock (kept, empty, after the run; git-ignored)
PACKAGES = ("epicrisis-harness", "torch", "transformers", "tokenizers", "peft", "optimum",
            "optimum-onnx", "onnxruntime", "onnx", "numpy", "scipy")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def cache_key(fingerprint: str, backend: str, variant: str, prompt_hash: str,
              generation: GenerationConfig, runtime: dict[str, Any] | None = None) -> str:
    """``runtime``: what else can change the tokens a model writes, as
    ``evaluate`` states it (the torch device: CUDA kernels round differently
    from the CPU's; the thread count: it changes how sums are split)."""
    parts = {"fingerprint": fingerprint, "backend": backend, "variant": variant,
             "prompt": prompt_hash, "generation": generation.model_dump()}
    if runtime is not None:
        parts["runtime"] = runtime
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


_FILE_HASHES: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """sha256 of a file, remembered per (path, size, mtime) for this process:
    scoring every checkpoint of a training run hashes the base weights once."""
    stat = path.stat()
    memo = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if memo not in _FILE_HASHES:
        with path.open("rb") as handle:
            _FILE_HASHES[memo] = hashlib.file_digest(handle, "sha256").hexdigest()
    return _FILE_HASHES[memo]


def fingerprint(files: Iterable[Path], model_dir: Path) -> tuple[str, dict[str, str]]:
    """Hash of the contents of every file a backend reads, named relative to
    the model folder (a base model's files under ``base/``), so moving the
    folder keeps the fingerprint and changing any byte changes it."""
    named: dict[str, str] = {}
    root = model_dir.resolve()
    for path in files:
        full = path.resolve()
        name = full.relative_to(root).as_posix() if full.is_relative_to(root) else f"base/{full.name}"
        named[name] = file_sha256(full)
    digest = hashlib.sha256(json.dumps(sorted(named.items())).encode()).hexdigest()
    return digest, dict(sorted(named.items()))


def package_versions(names: Sequence[str] = PACKAGES) -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_revision(start: Path | None = None) -> str | None:
    """The commit of the checkout this package runs from, read from .git
    directly (no git process); None outside a checkout."""
    here = (start or Path(__file__)).resolve()
    for folder in (here, *here.parents):
        dot_git = folder / ".git"
        if dot_git.is_file():  # a worktree or submodule: "gitdir: PATH"
            text = dot_git.read_text(encoding="utf-8").strip()
            if not text.startswith("gitdir:"):
                return None
            dot_git = (folder / text[len("gitdir:"):].strip()).resolve()
        if not dot_git.is_dir():
            continue
        try:
            head = (dot_git / "HEAD").read_text(encoding="utf-8").strip()
        except OSError:
            return None
        if not head.startswith("ref:"):
            return head or None
        ref = head[4:].strip()
        common = dot_git
        if (dot_git / "commondir").is_file():
            common = (dot_git / (dot_git / "commondir").read_text().strip()).resolve()
        for candidate in (dot_git / ref, common / ref):
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8").strip()
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                if line.endswith(" " + ref):
                    return line.split(" ", 1)[0]
        return None  # a branch with no commit yet
    return None


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, {platform.processor() or 'cpu'}"


class RunDir:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @property
    def manifest_path(self) -> Path:
        return self.path / "run.json"

    @property
    def findings_path(self) -> Path:
        return self.path / "findings.jsonl"

    @property
    def scorecard_path(self) -> Path:
        return self.path / "scorecard.json"

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One writer at a time: a second eval into the same directory would
        interleave two processes' appends. The kernel drops the lock when its
        process dies, so a killed run never blocks its own resumption."""
        self.path.mkdir(parents=True, exist_ok=True)
        with (self.path / LOCK_NAME).open("a") as handle:
            try:
                import fcntl
            except ImportError:  # not POSIX: no lock, as before
                yield
                return
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UsageError(f"{self.path}: another eval is writing this run directory") from None
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def outputs_path(self, key: str) -> Path:
        return self.path / "outputs" / f"{key}.jsonl"

    def read_manifest(self) -> RunManifest:
        if not self.manifest_path.is_file():
            raise InputError(str(self.path), None, "not a run directory (no run.json)")
        return read_json_model(self.manifest_path, RunManifest)

    def write_manifest(self, manifest: RunManifest) -> None:
        write_atomic(self.manifest_path, manifest.model_dump_json(indent=2) + "\n")

    def outputs(self, manifest: RunManifest) -> list[OutputRecord]:
        """The run's outputs in its sample order; a missing one is an error
        (the run was interrupted: run eval again to resume it)."""
        cached = OutputCache(self.outputs_path(manifest.key), manifest.key).load(repair=False)
        self._all_present(manifest, cached)
        return [cached[sid] for sid in manifest.data.sample_ids]

    def output_lines(self, manifest: RunManifest) -> list[tuple[int, int, int]]:
        """(line number, start, end) of each sample's output line in the
        outputs file, in the run's sample order: rescoring reads each line
        (:meth:`OutputCache.line_at`) as it sends it to be validated as an
        OutputRecord and checked (in a worker), so the whole run is never held,
        as objects or as lines. A missing sample is an error, as in :meth:`outputs`."""
        placed = OutputCache(self.outputs_path(manifest.key), manifest.key).placed_lines()
        self._all_present(manifest, placed)
        return [placed[sid] for sid in manifest.data.sample_ids]

    def _all_present(self, manifest: RunManifest, found: dict[str, Any]) -> None:
        missing = [sid for sid in manifest.data.sample_ids if sid not in found]
        if missing:
            raise InputError(
                str(self.outputs_path(manifest.key)), None,
                f"{len(missing)} of {len(manifest.data.sample_ids)} samples have no output "
                f"(first: {missing[0]!r}); the run was interrupted: run eval again to resume it")

    def stage_scores(self, batch: FileBatch, lines: Iterable[str], scorecard: str) -> None:
        """The findings (lines made by :func:`findings_line`, in the run's sample
        order) and the scorecard's JSON, staged in ``batch`` as one set: both
        replaced when it commits."""
        batch.stage(self.path, {self.findings_path.name: "".join(lines), self.scorecard_path.name: scorecard})

    def read_findings(self) -> list[RecordFindings]:
        if not self.findings_path.is_file():
            raise InputError(str(self.findings_path), None, "not found: run rescore first")
        rows = []
        for number, line in split_lines(read_bytes(self.findings_path)):
            if not line.strip():
                continue
            try:
                rows.append(RecordFindings.model_validate_json(line))
            except ValidationError as exc:
                raise InputError(str(self.findings_path), number, _reason(exc)) from None
        return rows


def findings_line(row: dict[str, Any]) -> str:
    """One line of findings.jsonl: a row in the RecordFindings shape, written
    with plain json (ten thousand pydantic round trips would cost rescore a
    second and more)."""
    return json.dumps(row, ensure_ascii=False) + "\n"


class OutputCache:
    """Append-only JSONL of OutputRecords for one cache key.

    Each record is written with a single write, flushed and fsynced before the
    next sample starts, so a kill loses at most the sample in flight: at worst
    a torn last line, which ``load`` cuts off before new lines are appended.
    """

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key
        self._handle = None  # appends (eval)
        self._reader = None  # serves line_at (rescore): opened on the first line asked for

    def _complete(self, repair: bool) -> bytes:
        """The file's bytes up to its last newline (b"" when absent)."""
        if not self.path.is_file():
            return b""
        raw = self.path.read_bytes()
        complete = raw.rfind(b"\n") + 1
        if complete < len(raw) and repair:
            with self.path.open("r+b") as handle:  # a torn write from a killed run
                handle.truncate(complete)
                os.fsync(handle.fileno())
        return raw[:complete]

    def load(self, *, repair: bool = True) -> dict[str, OutputRecord]:
        """Records by sample id; a later line for an id (its input changed) wins."""
        records: dict[str, OutputRecord] = {}
        for number, line in split_lines(self._complete(repair)):
            if not line.strip():
                continue
            record = self.parse(line, number)
            records.pop(record.id, None)
            records[record.id] = record
        return records

    def placed_lines(self) -> dict[str, tuple[int, int, int]]:
        """(line number, start, end) by sample id of the lines :meth:`load`
        would keep, reading only each line's key and id; a line a later one
        replaces is validated here in full, so the file is refused exactly when
        ``load`` would refuse it once the kept lines are parsed (:meth:`parse`)."""
        raw = self._complete(repair=False)
        placed: dict[str, tuple[int, int, int]] = {}
        for number, start, end in line_spans(raw):
            line = raw[start:end]
            if not line.strip():
                continue
            try:
                where = _CacheLineId.model_validate_json(line)
            except ValidationError:
                self.parse(line, number)  # raises, with the reason a full read gives
                raise  # unreachable: a line without a key and id is no OutputRecord
            if where.key != self.key:
                raise self._foreign(where.key, number)
            earlier = placed.pop(where.id, None)
            if earlier is not None:
                self.parse(raw[earlier[1] : earlier[2]], earlier[0])
            placed[where.id] = (number, start, end)
        return placed

    def line_at(self, start: int, end: int) -> bytes:
        """The bytes start..end of the file (a line :meth:`placed_lines` found).
        One handle serves every line until :meth:`close` (a rescore reads ten
        thousand: opening the file for each cost more than reading it). It is
        unbuffered, so each line is read from the file as it is now, whatever
        was appended (or a torn tail cut off) since the last one."""
        if self._reader is None:
            self._reader = self.path.open("rb", buffering=0)
        self._reader.seek(start)
        size = end - start
        line = self._reader.read(size)
        while len(line) < size:  # a raw read may return less than asked; b"" at the end of the file
            more = self._reader.read(size - len(line))
            if not more:
                break
            line += more
        return line

    def parse(self, line: bytes, number: int) -> OutputRecord:
        """One line of this file as an OutputRecord, or an InputError at it."""
        try:
            record = OutputRecord.model_validate_json(line)
        except ValidationError as exc:
            raise InputError(str(self.path), number,
                             f"corrupt cache line ({_reason(exc)}); delete the file to regenerate") from None
        if record.key != self.key:
            raise self._foreign(record.key, number)
        return record

    def _foreign(self, key: str, number: int) -> InputError:
        return InputError(str(self.path), number, f"cache line has key {key[:12]}…, the file is for {self.key[:12]}…")

    def append(self, record: OutputRecord) -> None:
        if self._handle is None:
            created = not self.path.exists()
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("ab")
            if created:  # make the new file's directory entry durable too
                fsync_dir(self.path.parent)
        self._handle.write(record.model_dump_json().encode("utf-8") + b"\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Close the append and read handles (either is opened again if asked for)."""
        for handle in (self._handle, self._reader):
            if handle is not None:
                handle.close()
        self._handle = self._reader = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _CacheLineId(BaseModel):
    """Where an OutputRecord line belongs (its file's key, its sample), read
    without building the rest: the record itself is parsed where it is used."""

    model_config = ConfigDict(extra="ignore")
    key: str
    id: str


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def read_json_model(path: Path, model: type[BaseModel]) -> Any:
    raw = read_bytes(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), raw[:exc.start].count(b"\n") + 1, "not valid UTF-8") from None
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        line = None
        if exc.errors()[0]["type"] == "json_invalid":
            # pydantic's parser says where (deep nesting included, which json.loads could not parse)
            found = re.search(r"at line (\d+) column", exc.errors()[0]["msg"])
            line = int(found.group(1)) if found else None
        raise InputError(str(path), line, f"invalid {model.__name__}: {_reason(exc)}") from None
