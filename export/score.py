"""Every checkpoint, not only the chosen one: export it (fp32), score it on
the ONNX backend, and measure its parity with the torch run, for the
training ledger (``--score-onnx`` of the training callback).

The function returns the ledger's typed ONNX entry (``harness.schemas``)
and does not raise for a checkpoint that fails to export or validate: that
is a fact about the checkpoint, recorded as ``OnnxExportFailed`` with every
mismatch, while training goes on. Usage errors (missing files) still raise.
The app hands this function to the training callback: training never
imports export.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from export.onnx_export import export_fp32, prepare_model
from export.validate import ExportValidationError, validate_export
from harness.atomic import write_atomic
from harness.config import Config
from harness.evaluate import EvalRequest, evaluate
from harness.figures import seconds_since
from harness.generation import GenerationConfig
from harness.parity import compare_runs
from harness.schemas import OnnxExportFailed, OnnxScored
from harness.variants import ONNX_DIR, ONNX_FILES


def score_onnx_checkpoint(checkpoint_dir: str | Path, validation_file: str | Path, out_dir: str | Path, *,
                          base: str | Path | None = None, torch_run: str | Path | None = None,
                          generation: GenerationConfig | None = None, limit: int | None = None,
                          config: Config | None = None, threads: int | None = None,
                          atol: float | None = None, teacher_forced: int = 0) -> OnnxScored | OnnxExportFailed:
    """Export ``checkpoint_dir`` to ONNX fp32 under ``out_dir/onnx``, evaluate
    it on ``validation_file`` into ``out_dir/runs/onnx-fp32``, and compare it
    with ``torch_run`` (the callback's torch run of the same checkpoint with
    the same generation settings; evaluated into ``out_dir/runs/torch`` when
    None). Returns the ledger's entry: ``OnnxScored`` (parity and scores), or
    ``OnnxExportFailed`` (every mismatch of the validation).
    The export folder is the Transformers.js layout: ``epicrisis export`` of
    the chosen checkpoint later adds the quantized variants and the gates.
    """
    checkpoint, out = Path(checkpoint_dir), Path(out_dir)
    config = config or Config()
    generation = generation or GenerationConfig()
    seconds: dict[str, float] = {}
    export_dir = out / "onnx"
    prepared = prepare_model(checkpoint, Path(base) if base else None, out / ".work")
    seconds["merge"] = prepared.seconds
    seconds["export"] = export_fp32(prepared.dir, export_dir)
    try:
        validation = validate_export(prepared.dir, export_dir / ONNX_DIR / ONNX_FILES["fp32"], atol=atol)
    except ExportValidationError as exc:
        return OnnxExportFailed(onnx_dir=str(export_dir), error=str(exc).splitlines()[0],
                                mismatches=[str(m) for m in exc.mismatches], seconds=seconds)
    finally:
        if prepared.merged:
            shutil.rmtree(out / ".work", ignore_errors=True)
    seconds["validate"] = validation.seconds

    def run(model: Path, backend: str, target: Path, model_base: Path | None = None):
        began = time.perf_counter()
        outcome = evaluate(EvalRequest(model_dir=model, backend=backend, data=Path(validation_file), out=target,
                                       base=model_base, limit=limit, generation=generation, threads=threads),
                           config)
        seconds[f"eval_{backend}"] = seconds_since(began)
        return outcome.scorecard

    torch_dir = Path(torch_run) if torch_run else out / "runs" / "torch"
    torch_card = run(checkpoint, "torch", torch_dir, prepared.base)
    onnx_dir = out / "runs" / "onnx-fp32"
    onnx_card = run(export_dir, "onnx", onnx_dir)
    began = time.perf_counter()
    report = compare_runs(torch_dir, onnx_dir, config, teacher_forced=teacher_forced)
    seconds["compare"] = seconds_since(began)
    parity_file = out / "parity-onnx-fp32.json"
    write_atomic(parity_file, report.model_dump_json(indent=2) + "\n")
    positions = [d.position for d in report.divergences]
    return OnnxScored(
        onnx_dir=str(export_dir), onnx_run=str(onnx_dir), torch_run=str(torch_dir),
        parity_file=str(parity_file), exact_match=report.exact_match.rate,
        pass_agreement=report.pass_agreement.rate, mcnemar_p=report.mcnemar.p_value,
        divergent=len(positions), first_divergence=min(positions) if positions else None,
        onnx_pass_rate=onnx_card.passed.rate, torch_pass_rate=torch_card.passed.rate,
        onnx_tokens_per_s=onnx_card.speed.tokens_per_s,
        validation_max_abs_diff=validation.worst(), seconds=seconds)
