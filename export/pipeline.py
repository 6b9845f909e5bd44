"""``epicrisis export``: checkpoint -> gated ONNX variants in the Transformers.js layout.

    merge-or-load -> torch run -> fp32 export -> validation (fails, never warns)
      -> int8, int4 (or any named recipes) -> onnx run of each -> parity with the torch run -> gates
      -> [--search: the smallest or fastest passing recipe within the budget]
      -> export.json (written last; lists the variants that may be promoted)

    OUT/config.json, tokenizer files, onnx/model*.onnx     what the app loads
    OUT/runs/{torch,fp32,int8,int4,...}/                   evaluation runs
    OUT/parity/<variant>.json  OUT/gates/<name>.json      compare and gate reports
    OUT/export.json

A checkpoint whose torch run fails its gates yields no promotable variant,
and neither does a variant that fails its own (floors, regression, parity,
ship list): ``export.json`` then lists none and the command exits 1. With a
search (``export.search``), only the variant it chose is promotable.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from export.artifact import hash_files, write_record
from export.layout import app_files, declare_external_data
from export.onnx_export import export_fp32, prepare_model
from export.quantize import Int4Settings, Int8Settings
from export.recipes import RECIPES, SEARCH_DEFAULT, Recipe, probe_cpu, recipe_for, resolve_variants
from export.search import SearchRequest, choose
from export.validate import TASK, validate_export
from harness.atomic import write_atomic
from harness.config import Config
from harness.errors import UsageError
from harness.evaluate import EvalRequest, evaluate, reuse_refusal
from harness.figures import seconds_since
from harness.gatefile import GatePolicy
from harness.gating import gate_verdict
from harness.generation import GenerationConfig
from harness.parity import compare_runs
from harness.runs import RunDir, now, package_versions
from harness.schemas import (
    DataRef,
    ExportRecord,
    ParityReport,
    RecipeInfo,
    ValidationInfo,
    VariantRecord,
    Verdict,
)
from harness.variants import DEFAULT_VARIANTS, FP32, ONNX_DIR, ONNX_FILES, VARIANTS
from harness.verdicts import RunEvidence

Log = Callable[[str], None]


@dataclass(frozen=True)
class ExportRequest:
    checkpoint: Path
    out: Path
    data: Path  # the validation split
    policy: GatePolicy
    base: Path | None = None
    baseline: Path | None = None
    variants: tuple[str, ...] | None = None  # recipe names or aliases; None: the defaults (the search's with search)
    limit: int | None = None
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    int8: Int8Settings | None = None  # settings replacing the int8 recipe's (the CLI's --int8-* options)
    int4: Int4Settings | None = None
    atol: float | None = None
    threads: int | None = None
    teacher_forced: int = 3
    torch_run: Path | None = None  # an existing torch run of the checkpoint: used as is when it matches, never rewritten
    search: SearchRequest | None = None  # mark only the smallest (or fastest) passing recipe promotable

    def recipes(self) -> dict[str, Recipe]:
        """The variants to make, by name, fp32 first; a usage error for an unknown name."""
        names = self.variants if self.variants is not None else \
            SEARCH_DEFAULT if self.search is not None else DEFAULT_VARIANTS
        chosen = resolve_variants(names)
        if FP32 not in chosen:
            raise UsageError(f"--variants must include fp32 (the others are made from it); got {', '.join(names)}")
        recipes = {v: RECIPES[v] for v in chosen}
        for variant, given in (("int8", self.int8), ("int4", self.int4)):
            if variant in recipes and given is not None and given != recipes[variant].settings:
                recipes[variant] = recipe_for(variant, given)
        return recipes


@dataclass(frozen=True)
class ExportOutcome:
    out: Path
    record: ExportRecord
    reports: dict[str, Verdict]  # "checkpoint" (its torch run) and each variant (checkpoint gates included)

    @property
    def promotable(self) -> list[str]:
        return self.record.promotable


def export_checkpoint(request: ExportRequest, config: Config, log: Log = lambda _: None) -> ExportOutcome:
    recipes = request.recipes()
    out = request.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "export.json").unlink(missing_ok=True)  # until the new record lands, this is no export
    baseline = RunEvidence.load(request.baseline) if request.baseline else None
    if baseline is not None:  # fail before an hour of export, not after it
        from harness.engine import Engine
        from harness.gates import same_rules

        rules = Engine(config).describe()
        if not same_rules(baseline.scorecard, baseline.scorecard.model_copy(update={"engine": rules})):
            raise UsageError(f"the baseline {request.baseline} was scored with other rules than this export "
                             "uses: rescore it with the same configuration (`epicrisis rescore`)")
    times: dict[str, float] = {}
    began = time.perf_counter()

    prepared = prepare_model(request.checkpoint, request.base, out / ".work")
    times["merge"] = prepared.seconds
    log(f"{'merged the adapter into ' + str(prepared.base) if prepared.merged else 'full model'}: {prepared.dir}")

    torch_dir = out / "runs" / "torch"
    step = time.perf_counter()
    if request.torch_run is not None:
        given = _eval(request, request.checkpoint, "torch", "fp32", request.torch_run, base=prepared.base)
        refusal = reuse_refusal(given, config)
        if refusal is None:
            torch_dir = request.torch_run
            log(f"torch run: reusing {torch_dir} as is (same model, prompt, settings, data and rules)")
        else:
            log(f"torch run: {request.torch_run} not reused ({refusal}); it is left as it was, and a new run "
                f"is written to {torch_dir}")
    if torch_dir != request.torch_run:
        evaluate(_eval(request, request.checkpoint, "torch", "fp32", torch_dir, base=prepared.base), config)
        log(f"torch run: {torch_dir}")
    times["eval_torch"] = seconds_since(step)

    times["export_fp32"] = export_fp32(prepared.dir, out)
    validation = validate_export(prepared.dir, out / ONNX_DIR / ONNX_FILES["fp32"], atol=request.atol)
    times["validate_fp32"] = validation.seconds
    log(f"exported and validated fp32 (max |diff| {validation.worst():.2g}, atol {validation.atol:g} + rtol "
        f"{validation.rtol:g} x max |reference|)")
    quantized, refused = {}, {}
    for number, (variant, recipe) in enumerate(recipes.items(), 1):
        if recipe.settings is None:
            continue
        target = out / ONNX_DIR / ONNX_FILES[variant]
        quantized[variant] = recipe.build(out / ONNX_DIR / ONNX_FILES[FP32], target)
        times[f"quantize_{variant}"] = quantized[variant].seconds
        log(f"[{number}/{len(recipes)}] quantized {variant} ({recipe.name}) in {quantized[variant].seconds:.1f} s")
        if recipe.dtype == "q4f16" and (why := probe_cpu(variant, target)):
            if request.variants is not None and request.search is None:
                raise UsageError(f"{variant}: {why}: it can be exported for WebGPU but not scored or gated here "
                                 "(leave it out of --variants)")
            refused[variant] = why
            log(f"{variant}: refused: {why}")
    for variant in refused:
        del quantized[variant], recipes[variant]
    for variant in VARIANTS:  # files of variants not asked for this time are stale
        if variant not in recipes:
            for stale in (out / ONNX_DIR).glob(ONNX_FILES[variant] + "*"):
                stale.unlink()
    declare_external_data(out)
    if prepared.merged:
        shutil.rmtree(out / ".work", ignore_errors=True)

    reports = {"checkpoint": _gate(request, torch_dir, out / "gates" / "checkpoint.json")}
    variants: dict[str, VariantRecord] = {}
    for number, variant in enumerate(recipes, 1):
        step = time.perf_counter()
        run_dir = out / "runs" / variant
        evaluate(_eval(request, out, "onnx", variant, run_dir), config)
        eval_seconds = seconds_since(step)
        times[f"eval_{variant}"] = eval_seconds
        parity = compare_runs(torch_dir, run_dir, config, teacher_forced=request.teacher_forced)
        # Written where harness.gating finds it: the verdict below reads it back, as every door does.
        write_atomic(out / "parity" / f"{variant}.json", parity.model_dump_json(indent=2) + "\n")
        reports[variant] = _gate(request, run_dir, out / "gates" / f"{variant}.json")
        variants[variant] = _variant_record(out, recipes[variant], quantized.get(variant), parity,
                                            RunEvidence.load(run_dir), reports[variant], eval_seconds)
        log(f"[{number}/{len(recipes)}] {variant}: {_summary(variants[variant])}")

    checkpoint_ok = reports["checkpoint"].passed
    # Each variant's verdict holds its checkpoint's gates (checkpoint.*): one rule, as in every door.
    promotable = [v for v in recipes if reports[v].passed]
    search = None
    if request.search is not None:
        search = choose(request.search, variants, {v: reports[v] for v in variants}, refused)
        promotable = [search.chosen] if search.chosen and checkpoint_ok else []
    files = sorted({name for v in recipes for name in app_files(out, v)})
    times["total"] = seconds_since(began)
    manifest = RunDir(torch_dir).read_manifest()
    record = ExportRecord(
        created=now(), checkpoint=str(request.checkpoint.resolve()),
        base=str(prepared.base.resolve()) if prepared.base else None, merged=prepared.merged, task=TASK,
        data=DataRef(path=manifest.data.path, sha256=manifest.data.sha256, limit=manifest.data.limit,
                     samples=len(manifest.data.sample_ids)),
        generation=request.generation, prompt=manifest.prompt, times=times,
        validation=ValidationInfo(atol=validation.atol, rtol=validation.rtol, shapes=validation.shapes, outputs=validation.outputs,
                                  max_abs_diff=validation.max_abs_diff, seconds=validation.seconds),
        torch_run=_relative(torch_dir, out), torch_gate="gates/checkpoint.json",
        checkpoint_gate_passed=checkpoint_ok, variants=variants,
        policy=request.policy.source, policy_sha256=request.policy.sha256,
        baseline=str(request.baseline.resolve()) if request.baseline else None,
        promotable=promotable, files=hash_files(out, files), packages=package_versions(), search=search,
        refused=refused)
    write_record(out, record)
    return ExportOutcome(out, record, reports)


def _eval(request: ExportRequest, model: Path, backend: str, variant: str, out: Path,
          base: Path | None = None) -> EvalRequest:
    return EvalRequest(model_dir=model, backend=backend, data=request.data, out=out, variant=variant, base=base,
                       limit=request.limit, generation=request.generation, threads=request.threads)


def _gate(request: ExportRequest, run_dir: Path, path: Path) -> Verdict:
    verdict = gate_verdict(run_dir, baseline=request.baseline, gates=request.policy)
    write_atomic(path, verdict.model_dump_json(indent=2) + "\n")
    return verdict


def _variant_record(out: Path, recipe: Recipe, quantized, parity: ParityReport, evidence: RunEvidence,
                    report: Verdict, eval_seconds: float) -> VariantRecord:
    from dataclasses import asdict

    variant = recipe.variant
    positions = [d.position for d in parity.divergences]
    card = evidence.scorecard
    onnx_files = [name for name in app_files(out, variant) if name.startswith(ONNX_DIR + "/")]
    return VariantRecord(
        file=f"{ONNX_DIR}/{ONNX_FILES[variant]}", bytes=sum((out / n).stat().st_size for n in onnx_files),
        quantization=asdict(quantized) if quantized else None, run=f"runs/{variant}",
        parity=f"parity/{variant}.json", gate=f"gates/{variant}.json", gate_passed=report.passed,
        pass_rate=card.passed.rate, tokens_per_s=card.speed.tokens_per_s, text_match=parity.exact_match.rate,
        verdict_agreement=parity.pass_agreement.rate, divergent=len(positions),
        first_divergence=min(positions) if positions else None, eval_seconds=eval_seconds,
        recipe=RecipeInfo(**recipe.describe()), mcnemar_p=parity.mcnemar.p_value)


def _summary(v: VariantRecord) -> str:
    first = "none" if v.first_divergence is None else f"token {v.first_divergence}"
    return (f"text match {v.text_match:.0%}, verdict agreement {v.verdict_agreement:.0%}, first divergence "
            f"{first}, {v.tokens_per_s or 0:.1f} tok/s, gates {'passed' if v.gate_passed else 'FAILED'}")


def _relative(path: Path, root: Path) -> str:
    full, base = path.resolve(), root.resolve()
    return full.relative_to(base).as_posix() if full.is_relative_to(base) else str(full)
