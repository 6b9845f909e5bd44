"""``train_config.json``: what a training run was, written when it starts and
completed when it ends (its model is ``harness.schemas.TrainRecord``).

Every effective setting and where it came from (default, preset, file,
flag), the device plan (device, precision, quantization, loader, optimizer),
the base model, the data files with their sha256, the prompt (system message,
template, hash), package versions, git revision, out-of-memory retries, and at
the end the steps, time and best checkpoint.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from harness.atomic import write_atomic
from harness.runs import file_sha256, git_revision, machine, now, package_versions
from harness.schemas import TRAIN_RECORD_FILE, DataFile, TrainOutcome, TrainRecord
from training.config import TrainSettings
from training.device import DevicePlan, Retry

PACKAGES = ("trl", "peft", "datasets", "accelerate", "bitsandbytes", "unsloth", "gguf")


def start_record(settings: TrainSettings, sources: dict[str, str], plan: DevicePlan, base: Any,
                 builder: Any, data: dict[str, DataFile]) -> TrainRecord:
    versions = package_versions()
    versions.update(package_versions(PACKAGES))
    return TrainRecord(
        created=now(), settings=settings.model_dump(mode="json"), sources=sources,
        device=plan.record(),
        base={"kind": base.kind, "path": str(base.path), "source": base.source, "sha256": base.sha256},
        data=data, prompt=builder.describe(), packages=versions, git_revision=git_revision(),
        python=sys.version.split()[0], machine=machine())


def finish_record(record: TrainRecord, *, steps: int, seconds: float, retries: list[Retry], ledger: Any) -> None:
    best = ledger.best()
    record.finished = now()
    record.oom_retries = [{"batch_size": r.batch_size, "grad_accum": r.grad_accum, "reason": r.reason,
                           "gradient_checkpointing": r.gradient_checkpointing}
                          for r in retries]
    record.outcome = TrainOutcome(
        steps=steps, train_seconds=round(seconds, 3),
        scoring_seconds=round(sum(r.scoring_seconds or 0.0 for r in ledger.rows), 3),
        checkpoints_scored=sum(r.passed is not None for r in ledger.rows),
        best_checkpoint=best.checkpoint if best else None,
        best_pass_rate=best.pass_rate if best else None)


def data_info(train: Path, train_records: int, validation: Path, validation_records: int, *,
              augmented: int = 0) -> dict[str, DataFile]:
    info = {
        "train": DataFile(path=str(train.resolve()), sha256=file_sha256(train), records=train_records),
        "validation": DataFile(path=str(validation.resolve()), sha256=file_sha256(validation),
                               records=validation_records),
    }
    if augmented:  # the micro preset's generated records (the preset names the generator's seed)
        info["generated"] = DataFile(path="training.data.generator", sha256="", records=augmented)
    return info


def write_record(out: Path, record: TrainRecord) -> None:
    write_atomic(out / TRAIN_RECORD_FILE, record.model_dump_json(indent=2) + "\n")


def read_record(out: Path) -> TrainRecord:
    return TrainRecord.model_validate_json((out / TRAIN_RECORD_FILE).read_text(encoding="utf-8"))
