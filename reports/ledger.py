"""The training ledger as the checkpoint trend shows it.

Read with the training package's own model (``training.ledger``: pydantic,
no torch), imported here lazily so rendering a report without a ledger never
touches the training package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from harness.errors import InputError
from reports.trend import CheckpointPoint


def read_ledger(path: str | Path) -> tuple[list[CheckpointPoint], dict[str, Any] | None]:
    """Scored checkpoints of a training output folder (or its ``ledger.jsonl``),
    and the training settings the advice cites (epochs, learning rate, batch,
    out-of-memory retries) when ``train_config.json`` lies beside it."""
    from training.ledger import LEDGER_FILE, Ledger

    where = Path(path)
    folder = where.parent if where.name == LEDGER_FILE else where
    if not (folder / LEDGER_FILE).is_file():
        raise InputError(str(folder / LEDGER_FILE), None, "no training ledger here (train with scoring first)")
    points = []
    for row in Ledger.read(folder).rows:
        onnx = row.onnx or {}
        ok = onnx.get("status") == "ok"
        note = row.error or ("" if ok or not onnx else f"ONNX: {onnx.get('status')}: {onnx.get('error', '')}")
        points.append(CheckpointPoint(
            step=row.step, loss=row.train_loss, eval_loss=row.eval_loss, passed=row.passed,
            check_rates={cid: c.records.rate for cid, c in row.checks.items() if c.records.rate is not None},
            best=row.best, note=note, onnx_pass_rate=onnx.get("onnx_pass_rate") if ok else None,
            onnx_text_match=onnx.get("exact_match") if ok else None,
            onnx_agreement=onnx.get("pass_agreement") if ok else None))
    return points, _training(folder)


def _training(folder: Path) -> dict[str, Any] | None:
    """The few settings the advice quotes, from ``train_config.json``. Read as
    plain JSON, not with ``training.record.TrainRecord``: a report must not
    fail on a field of that record it does not show."""
    from training.record import RUN_FILE

    path = folder / RUN_FILE
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(str(path), exc.lineno, f"invalid JSON: {exc.msg}") from None
    settings = record.get("settings") or {}
    training = {k: settings[k] for k in ("method", "epochs", "learning_rate", "batch_size", "grad_accum")
                if settings.get(k) is not None}
    retries = record.get("oom_retries") or []
    if retries:
        training.update(oom_retries=len(retries), batch_size=retries[-1].get("batch_size"),
                        grad_accum=retries[-1].get("grad_accum"))
    return training
