"""``export.json``, the record of an export (``harness.schemas.ExportRecord``):
written last, read back and checked before promotion.

Promotion trusts nothing else: a folder without ``export.json`` is an
unfinished export, and a file whose hash differs from the record is refused.
"""

from __future__ import annotations

from pathlib import Path

from harness.atomic import write_atomic
from harness.errors import UsageError
from harness.runs import file_sha256, read_json_model
from harness.schemas import EXPORT_FILE, ExportRecord


def write_record(out: Path, record: ExportRecord) -> None:
    write_atomic(out / EXPORT_FILE, record.model_dump_json(indent=2) + "\n")


def read_record(export_dir: Path) -> ExportRecord:
    path = export_dir / EXPORT_FILE
    if not path.is_file():
        raise UsageError(f"{export_dir}: no {EXPORT_FILE}: not an export, or an export that did not finish "
                         "(run `epicrisis export` again)")
    return read_json_model(path, ExportRecord)


def hash_files(root: Path, names: list[str]) -> dict[str, str]:
    return {name: file_sha256(root / name) for name in sorted(names)}


def check_files(root: Path, record: ExportRecord, names: list[str]) -> None:
    """Every named file exists with the hash the record gives; all problems at once."""
    problems = []
    for name in names:
        expected = record.files.get(name)
        path = root / name
        if expected is None:
            problems.append(f"{name}: not listed in {EXPORT_FILE}")
        elif not path.is_file():
            problems.append(f"{name}: missing")
        elif file_sha256(path) != expected:
            problems.append(f"{name}: sha256 differs from {EXPORT_FILE} (changed since the export was gated)")
    if problems:
        raise UsageError(f"{root}: the export does not match its record:\n" + "\n".join(f"  - {p}" for p in problems))


def resolve(export_dir: Path, path: str) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else export_dir / candidate
