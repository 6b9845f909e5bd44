"""The ``report`` and ``pipeline`` commands.

Only typer and the variant names are imported here; the report renderer,
gates and the pipeline's stages (training, export) load inside the commands. Exit status of
``report``: 0 when written (1 with ``--strict`` when a gate fails), 2 on a
usage or input error reported as ``FILE:LINE: reason``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from harness.app.options import LangOption, fail_usage, output_lang
from harness.errors import UsageError
from harness.variants import DEFAULT_VARIANTS


def report_command(
    runs: Annotated[list[Path], typer.Argument(help="Run directories; the first is the one the decision is about.")],
    out: Annotated[Path, typer.Option("--out", help="HTML file to write.")] = Path("report.html"),
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Baseline: a run directory or a scorecard JSON.")] = None,
    gates: Annotated[Path | None, typer.Option("--gates", help="Gate file (TOML) for the first run; default: the bundled policy.")] = None,
    no_gates: Annotated[bool, typer.Option("--no-gates", help="Evaluate no gates (the report then states no decision).")] = False,
    parity: Annotated[Path | None, typer.Option("--parity", help="Parity report of an ONNX first run (default: found beside it).")] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Also write the gate results as JUnit XML here.")] = None,
    ledger: Annotated[Path | None, typer.Option("--ledger", help="Training ledger, for the checkpoint trend.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Default: the report's title in its language.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a gate fails.")] = False,
    lang: LangOption = None,
) -> None:
    """Render the HTML regression report from run records (nothing is generated again)."""
    from reports.build import ReportRequest, make_report

    began = time.perf_counter()
    try:
        made = make_report(ReportRequest(runs=runs, out=out, baseline=baseline, gates=gates, use_gates=not no_gates,
                                         parity=parity, junit=junit, ledger=ledger, title=title,
                                         lang=output_lang(lang)))
    except UsageError as exc:
        fail_usage(exc)
        return
    decision = made.model.decision
    sys.stderr.write(f"{decision.headline}: " + "; ".join(decision.reasons[:3]) + "\n")
    if junit:
        sys.stderr.write(f"wrote {junit}\n")
    sys.stderr.write(f"wrote {made.path} ({len(made.model.samples)} samples, "
                     f"{time.perf_counter() - began:.2f} s)\n")
    if strict and decision.verdict == "block":
        raise typer.Exit(1)


def pipeline_command(
    out: Annotated[Path, typer.Option("--out", help="Folder for every artifact of the job.")] = Path("runs/demo"),
    data: Annotated[list[Path] | None, typer.Option("--data", help="Dataset JSONL (repeat for several; default: the bundled one).")] = None,
    base: Annotated[str, typer.Option("--base", help="'micro-base' (the shipped pretrained base), 'micro' (from scratch), a local Hugging Face model folder, or a .gguf file.")] = "micro-base",
    train_config: Annotated[Path | None, typer.Option("--train-config", help="train.toml for `epicrisis train`.")] = None,
    app: Annotated[Path | None, typer.Option("--app", help="The Angular app to promote into (default: OUT/app from the template).")] = None,
    gates: Annotated[Path | None, typer.Option("--gates", help="Gate file (default: the built-in policy, harness/default_gates.toml).")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Baseline folder (default: the demo app's production model, for the embedded default on the bundled dataset).")] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Run without regression gates, even where the bundled baseline applies.")] = False,
    model_id: Annotated[str, typer.Option("--id", help="local/NAME of the promoted model in the app.")] = "local/epicrisis-demo",
    variants: Annotated[str, typer.Option("--variants", help="ONNX variants to export, comma-separated.")] = ",".join(DEFAULT_VARIANTS),
    max_steps: Annotated[int | None, typer.Option("--max-steps", min=1, help="Stop training after N steps (a quick run).")] = None,
    save_steps: Annotated[int | None, typer.Option("--save-steps", min=1, help="Save and score every N steps.")] = None,
    eval_limit: Annotated[int | None, typer.Option("--eval-limit", min=1, help="Score only the first N validation records.")] = None,
    max_new_tokens: Annotated[int | None, typer.Option("--max-new-tokens", min=1, help="Generation length when scoring (default: the training settings' [eval]).")] = None,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="CPU threads for training and the runtimes.")] = None,
    verify: Annotated[bool, typer.Option("--verify/--no-verify", help="Run the promoted model in Transformers.js first.")] = True,
    score_onnx: Annotated[bool, typer.Option("--score-onnx/--no-score-onnx", help="Also export and score every checkpoint on ONNX (parity in the ledger).")] = True,
) -> None:
    """The main job: prepare -> train with scored checkpoints -> best -> export
    fp32/int8/int4 -> score and gate each -> promote into the demo app
    (verified in Transformers.js) -> report. Exit 0 when a model was promoted,
    1 when the gates (or the verification) blocked it, 2 on a usage error."""
    from rich.console import Console

    from harness.app.cli_eval import RichProgress
    from harness.app.pipeline import PipelineRequest, run_pipeline

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    train_flags: dict = {k: v for k, v in (("max_steps", max_steps), ("save_steps", save_steps)) if v is not None}
    scoring = {k: v for k, v in (("limit", eval_limit), ("max_new_tokens", max_new_tokens)) if v is not None}
    if scoring:
        train_flags["eval"] = scoring
    request = PipelineRequest(out=out, data=tuple(data or ()), base=base, train_config=train_config, app=app,
                              gates=gates, baseline=baseline, no_baseline=no_baseline, model_id=model_id,
                              variants=tuple(v.strip() for v in variants.split(",") if v.strip()),
                              train_flags=train_flags, verify=verify, score_onnx=score_onnx, threads=threads)
    began = time.perf_counter()
    try:
        outcome = run_pipeline(request, say=lambda text: console.print(text, markup=False), progress=RichProgress)
    except UsageError as exc:
        fail_usage(exc)
        return
    times = ", ".join(f"{k} {v:.0f} s" for k, v in outcome.times.items())
    console.print(f"stages: {times}; total {time.perf_counter() - began:.0f} s", markup=False)
    console.print(f"report: {outcome.report}", markup=False)
    console.print(f"decision: {outcome.decision}", markup=False)
    raise typer.Exit(0 if outcome.promoted else 1)


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)
    app.command("pipeline")(pipeline_command)
