"""The training ledger as the checkpoint trend shows it.

Read with the core's record models (``harness.schemas``): a report reads
records, never the training package that wrote them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from harness.errors import InputError
from harness.jsonl import JsonProblem, parse_json, read_bytes
from harness.schemas import LEDGER_FILE, TRAIN_RECORD_FILE, OnnxScored, read_ledger_rows
from reports.history import resolve_run_dir
from reports.trend import CheckpointPoint


def read_ledger(path: str | Path) -> tuple[list[CheckpointPoint], dict[str, Any] | None]:
    """Scored checkpoints of a training output folder (or its ``ledger.jsonl``),
    and the training settings the advice cites (epochs, learning rate, batch,
    out-of-memory retries) when ``train_config.json`` lies beside it."""
    where = Path(path)
    folder = where.parent if where.name == LEDGER_FILE else where
    if not (folder / LEDGER_FILE).is_file():
        raise InputError(str(folder / LEDGER_FILE), None, "no training ledger here (train with scoring first)")
    points = []
    for row in read_ledger_rows(folder):
        onnx = row.onnx if isinstance(row.onnx, OnnxScored) else None
        note = row.error or ("" if row.onnx is None or onnx else f"ONNX: {row.onnx.status}: {row.onnx.error}")
        points.append(CheckpointPoint(
            step=row.step, loss=row.train_loss, eval_loss=row.eval_loss, passed=row.passed,
            check_rates={cid: c.records.rate for cid, c in row.checks.items() if c.records.rate is not None},
            best=row.best, note=note, onnx_pass_rate=onnx.onnx_pass_rate if onnx else None,
            onnx_text_match=onnx.exact_match if onnx else None,
            onnx_agreement=onnx.pass_agreement if onnx else None,
            run_dir=resolve_run_dir(row.run_dir, folder)))
    return points, _training(folder)


def _training(folder: Path) -> dict[str, Any] | None:
    """The few settings the advice quotes, from ``train_config.json``. Read as
    plain JSON, not with ``harness.schemas.TrainRecord``: a report must not
    fail on a field of that record it does not show."""
    path = folder / TRAIN_RECORD_FILE
    if not path.is_file():
        return None
    raw = read_bytes(path)
    try:  # harness.jsonl's strict parse: deep nesting, huge numbers, bad UTF-8 located, not a traceback
        record = parse_json(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(str(path), raw[:exc.start].count(b"\n") + 1, "not valid UTF-8") from None
    except JsonProblem as exc:
        raise InputError(str(path), exc.line, str(exc)) from None
    if not isinstance(record, dict):
        raise InputError(str(path), 1, "expected a JSON object")
    settings = record.get("settings") if isinstance(record.get("settings"), dict) else {}
    training = {k: settings[k] for k in ("method", "epochs", "learning_rate", "batch_size", "grad_accum")
                if settings.get(k) is not None}
    retries = [r for r in record.get("oom_retries") or [] if isinstance(r, dict)] \
        if isinstance(record.get("oom_retries"), list) else []
    if retries:
        training.update(oom_retries=len(retries), batch_size=retries[-1].get("batch_size"),
                        grad_accum=retries[-1].get("grad_accum"))
    return training
