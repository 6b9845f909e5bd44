"""The ``export``, ``gate`` and ``promote`` commands.

Only typer, the variant names and the generation defaults are imported here;
the export package, models and scipy load inside the commands. Exit status:
0 when the model passed (and was exported, promoted or gated), 1 when gates
or verification refused it, 2 on a usage or input error (``FILE:LINE:
reason`` on stderr for a bad gate file).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from harness.app.options import (
    ConfigOption,
    GatesOption,
    IgnoreOption,
    LangOption,
    NoConfigOption,
    SelectOption,
    Variant,
    output_lang,
)
# Short local names, so the commands' bodies did not change while promote_command was
# reworked (issue 13); the shared helpers are harness.app.options'.
from harness.app.options import fail_usage as _fail
from harness.app.options import load_cli_config as _config
from harness.app.options import say_err as _err
from harness.errors import UsageError
from harness.generation_defaults import DEFAULTS as GENERATION_DEFAULTS
from harness.variants import DEFAULT_VARIANTS, PREFERENCE, VARIANTS

RECIPE_HELP = ", ".join(v for v in VARIANTS if v in ("fp32", "int8", "int4", "int8-u8", "int4-asym-b64-a0", "q4f16"))


def export_command(
    checkpoint: Annotated[Path, typer.Argument(help="Checkpoint folder: a full model or a LoRA adapter.")],
    out: Annotated[Path, typer.Option("--out", help="Export folder (Transformers.js layout, runs, gates).")],
    data: Annotated[Path, typer.Option("--data", help="Validation JSONL to score every variant on.")],
    base: Annotated[Path | None, typer.Option("--base", help="Local base model of a LoRA adapter.")] = None,
    gates: GatesOption = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Baseline folder or scorecard.json of the model in production.")] = None,
    variants: Annotated[str | None, typer.Option("--variants", help=f"Comma-separated recipe names, e.g. {RECIPE_HELP} (default {','.join(DEFAULT_VARIANTS)}; an unknown name lists them all).")] = None,
    search: Annotated[bool, typer.Option("--search", help="Try the recipes (--variants, or a default list), score and gate each, and mark promotable only the best one that passes.")] = False,
    budget_mb: Annotated[float | None, typer.Option("--budget-mb", min=0, help="With --search: the largest size (MiB) a variant's files may have.")] = None,
    prefer: Annotated[str, typer.Option("--prefer", help="With --search: smallest or fastest (ONNX Runtime tokens/s).")] = "smallest",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N samples.")] = None,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = GENERATION_DEFAULTS.max_new_tokens,
    batch_size: Annotated[int, typer.Option("--batch-size")] = GENERATION_DEFAULTS.batch_size,
    int8_per_channel: Annotated[bool | None, typer.Option("--int8-per-channel/--int8-per-tensor", help="int8 made by quantize_dynamic (as int8-tensor), with one scale per output channel or per tensor, instead of the default recipe (int8-wo).")] = None,
    int8_all_ops: Annotated[bool | None, typer.Option("--int8-all-ops/--int8-matmul-only", help="int8 made by quantize_dynamic (as int8-tensor) over every op type, or MatMul only.")] = None,
    int4_block_size: Annotated[int | None, typer.Option("--int4-block-size", min=16, help="int4's block (default: the int4 recipe's, 32).")] = None,
    int4_accuracy_level: Annotated[int | None, typer.Option("--int4-accuracy-level", min=0, max=4, help="int4's activations: 0 fp32 (the default recipe's), 4 int8 (faster, flips near-ties, and Chromium's WebAssembly computes them differently).")] = None,
    atol: Annotated[float | None, typer.Option("--atol", help="Absolute tolerance of the export validation (default 2e-3, plus 1e-3 x the output's largest value).")] = None,
    teacher_forced: Annotated[int, typer.Option("--teacher-forced", min=0, help="Samples for the teacher-forced logit check.")] = 3,
    torch_run: Annotated[Path | None, typer.Option("--torch-run", help="Run folder of the checkpoint's torch run (reused when its settings match).")] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1)] = None,
    config: ConfigOption = None, no_config: NoConfigOption = False,
    select: SelectOption = None, ignore: IgnoreOption = None,
    lang: LangOption = None,
) -> None:
    """Export CHECKPOINT to ONNX (fp32, int8, int4), score each variant, gate
    them, and record which may be promoted. Exit 1 when none may."""
    from export.pipeline import ExportRequest, export_checkpoint
    from export.recipes import int4_override, int8_override
    from export.search import PREFER, SearchRequest, render_table
    from export.validate import ExportValidationError
    from harness.gatefile import load_policy
    from harness.generation import GenerationConfig

    try:
        if prefer not in PREFER:
            raise UsageError(f"--prefer: {prefer!r} is not one of {', '.join(PREFER)}")
        if (budget_mb is not None or prefer != "smallest") and not search:
            raise UsageError("--budget-mb and --prefer apply only with --search")
        cfg = _config(config, no_config, select, ignore)
        request = ExportRequest(
            checkpoint=checkpoint, out=out, data=data, policy=load_policy(gates), base=base, baseline=baseline,
            variants=tuple(v.strip() for v in variants.split(",") if v.strip()) if variants is not None else None,
            limit=limit, search=SearchRequest(budget_mb=budget_mb, prefer=prefer) if search else None,
            generation=GenerationConfig.build(max_new_tokens=max_new_tokens, batch_size=batch_size),
            int8=int8_override(int8_per_channel, int8_all_ops),
            int4=int4_override(int4_block_size, int4_accuracy_level),
            atol=atol, threads=threads, teacher_forced=teacher_forced, torch_run=torch_run)
        language = output_lang(lang, cfg)
        outcome = export_checkpoint(request, cfg, log=_err)
    except ExportValidationError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    except UsageError as exc:
        _fail(exc)
        return
    from harness.app.render import render_verdict

    record = outcome.record
    for name, report in outcome.reports.items():
        if not report.passed and (record.search is None or name == "checkpoint"):
            sys.stdout.write(f"[{name}] " + render_verdict(report, language))
    if record.search is not None:
        sys.stdout.write(render_table(record.search))
    times = ", ".join(f"{k} {v:.1f} s" for k, v in record.times.items())
    _err(f"times: {times}")
    if not record.checkpoint_gate_passed:
        _err(f"{checkpoint}: the checkpoint failed its gates: no variant may be promoted (wrote {out})")
        raise typer.Exit(1)
    if not record.promotable:
        why = "no recipe passed its gates within the budget" if record.search is not None else \
            "no variant passed its gates"
        _err(f"{why}: nothing may be promoted (wrote {out})")
        raise typer.Exit(1)
    _err(f"promotable: {', '.join(record.promotable)}; wrote {out}/export.json")


def gate_command(
    run: Annotated[Path, typer.Argument(help="Run folder written by eval.")],
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Baseline folder (or scorecard.json) of the model in production.")] = None,
    gates: GatesOption = None,
    parity: Annotated[Path | None, typer.Option("--parity", help="compare JSON of the torch run vs this ONNX run.")] = None,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Make RUN the baseline if its gates pass.")] = False,
    force: Annotated[bool, typer.Option("--force", help="With --update-baseline: even if the gates fail (needs --reason).")] = False,
    reason: Annotated[str | None, typer.Option("--reason", help="Why --force; recorded in baseline.json.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Gate report JSON (default RUN/gate.json).")] = None,
    lang: LangOption = None,
) -> None:
    """Check RUN against the gate policy and the baseline. Exit 0 when every
    gate passes, 1 otherwise; each gate says current, baseline, delta,
    threshold and the worst samples."""
    from harness.app.render import render_verdict
    from harness.baseline import BaselineRefused
    from harness.baseline import update_baseline as replace_baseline
    from harness.gatefile import load_policy
    from harness.gating import gate_verdict
    from harness.schemas import VERDICT_FILE
    from harness.atomic import write_atomic

    try:
        if force and not update_baseline:
            raise UsageError("--force only applies with --update-baseline")
        if update_baseline and baseline is None:
            raise UsageError("--update-baseline needs --baseline FOLDER")
        language = output_lang(lang)
        policy = load_policy(gates)
        if baseline is not None and not baseline.exists() and not update_baseline:
            raise UsageError(f"{baseline}: baseline not found (to make RUN the first baseline: "
                             "--update-baseline)")
        report = gate_verdict(run, baseline=baseline if baseline is not None and baseline.exists() else None,
                              gates=policy, parity=parity)
        write_atomic(out or run / VERDICT_FILE, report.model_dump_json(indent=2) + "\n")
        sys.stdout.write(render_verdict(report, language))
        if update_baseline:
            if report.passed or force:
                try:
                    info = replace_baseline(run, baseline, report, policy=policy, force=force, reason=reason)
                except BaselineRefused as refused:
                    _err(f"baseline {baseline} NOT updated: {refused}")
                    raise typer.Exit(1)
                how = f"forced: {info.current.reason}" if info.current.forced else "its gates passed"
                _err(f"baseline {baseline} is now {run} ({how})")
            else:
                _err(f"baseline {baseline} NOT updated: {run} failed its gates "
                     "(to replace it anyway: --force --reason TEXT)")
    except UsageError as exc:
        _fail(exc)
        return
    raise typer.Exit(0 if report.passed else 1)


def promote_command(
    export_dir: Annotated[Path | None, typer.Argument(help="Export folder written by `epicrisis export`.")] = None,
    app: Annotated[Path | None, typer.Option("--app", help="The Angular app's root folder.")] = None,
    model_id: Annotated[str | None, typer.Option("--id", help="local/NAME: served from APP/backend/models/NAME.")] = None,
    variant: Annotated[Variant | None, typer.Option("--variant", metavar="VARIANT", help=f"{', '.join(PREFERENCE)} (default: the first promotable of these).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Name shown in the app.")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    verify: Annotated[bool, typer.Option("--verify/--no-verify", help="Run the model in Transformers.js; tokens must equal Python ONNX's.")] = True,
    verify_prompts: Annotated[int, typer.Option("--verify-prompts", min=1)] = 3,
    verify_tokens: Annotated[int, typer.Option("--verify-tokens", min=1)] = 32,
    threads: Annotated[int, typer.Option("--threads", min=1, help="Threads of both runtimes in the verification.")] = 2,
    browser: Annotated[bool, typer.Option("--browser", help="Also run it in headless Chromium (onnxruntime-web WebAssembly, as the app's browser); tokens must equal Python ONNX's. Needs Chromium.")] = False,
    recover: Annotated[Path | None, typer.Option("--recover", metavar="APP", help="Only finish or undo an interrupted promotion into APP (every promotion does this first); promotes nothing.")] = None,
    lang: LangOption = None,
) -> None:
    """Copy a gated variant into APP atomically, write its manifest, register
    it in LLM_MODELS, verified in Transformers.js first. Exit 1 when refused.
    `promote --recover APP` brings APP's models and LLM_MODELS back into
    agreement after a killed promotion."""
    from export.promote import PromotionRefused, PromotionRequest, promote, recover_app
    from export.verify_js import JsVerificationError

    try:
        if recover is not None:
            if export_dir is not None or model_id is not None or app is not None:
                raise UsageError("--recover APP takes no EXPORT_DIR, --app or --id")
            done = recover_app(recover, log=_err)
            _err("\n".join(done) if done else f"{recover}: nothing to recover")
            return
        missing = [what for what, value in (("EXPORT_DIR", export_dir), ("--app", app), ("--id", model_id))
                   if value is None]
        if missing:
            raise UsageError(f"missing {', '.join(missing)} (or --recover APP alone)")
        if browser and not verify:
            raise UsageError("--browser is a verification: it cannot go with --no-verify")
        language = output_lang(lang)
        request = PromotionRequest(export_dir=export_dir, app_dir=app, model_id=model_id,
                                   variant=variant.value if variant is not None else None,
                                   name=name, description=description, verify=verify,
                                   verify_prompts=verify_prompts, verify_tokens=verify_tokens, threads=threads,
                                   browser=browser)
        outcome = promote(request, log=_err)
    except (JsVerificationError, PromotionRefused) as exc:
        _err(str(exc))
        raise typer.Exit(1)
    except UsageError as exc:
        _fail(exc)
        return
    from harness.i18n import text

    _err(text("promote.done", language, variant=outcome.variant, target=outcome.target, model_id=model_id,
              registry=text("promote.registered" if outcome.registry_changed else "promote.already", language)))
    if not verify:  # the app's runtime never ran this copy: say so where the success is said
        _err(text("promote.unverified", language))


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
    app.command("gate")(gate_command)
    app.command("promote")(promote_command)
