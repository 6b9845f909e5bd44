"""The ``eval``, ``rescore`` and ``compare`` commands.

Only typer, the variant names (``harness.variants``) and the generation
defaults (``harness.generation``) are imported at module level; models, the
engine and scipy load inside the commands, so ``epicrisis check`` stays fast.
Exit status: 0 when the command did its work (gates decide pass/fail later),
2 on a usage or input error reported as ``FILE:LINE: reason`` on stderr.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from harness.app.options import (
    ConfigOption,
    IgnoreOption,
    LangOption,
    NoConfigOption,
    SelectOption,
    Variant,
    fail_usage,
    load_cli_config,
    output_lang,
)
from harness.errors import UsageError
from harness.figures import pct_interval
from harness.generation_defaults import DEFAULTS as GENERATION_DEFAULTS
from harness.i18n import text
from harness.prompt import DEFAULT_INSTRUCTION
from harness.variants import FP32, ONNX_DIR, ONNX_FILES


class BackendName(str, Enum):
    torch = "torch"
    onnx = "onnx"




class RichProgress:
    """A progress bar on stderr with samples/s and tokens/s of generation."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("generating"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False)
        self._task = None
        self._samples = self._tokens = 0
        self._seconds = 0.0

    def start(self, total: int, done: int) -> None:
        self._bar.start()
        self._task = self._bar.add_task("eval", total=total, completed=done, rates="cached" if done else "")

    def advance(self, samples: int, new_tokens: int, seconds: float) -> None:
        self._samples += samples
        self._tokens += new_tokens
        self._seconds += seconds
        rates = f"{self._samples / self._seconds:.2f} samples/s  {self._tokens / self._seconds:.1f} tokens/s"
        self._bar.update(self._task, advance=samples, rates=rates)

    def stop(self) -> None:
        self._bar.stop()


def _summary(scorecard, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True, highlight=False)
    table = Table(*(text(f"score.col.{c}", lang) for c in ("check", "name", "severity", "records")),
                  title=text("score.title", lang))
    for cid, score in scorecard.by_check.items():
        table.add_row(cid, score.name, text(f"severity.{score.severity}", lang),
                      f"{score.records.count}  {pct_interval(score.records)}")
    console.print(table)
    console.print(_total(scorecard, lang))


def _total(scorecard, lang: str) -> str:
    speed = scorecard.speed
    rate = (text("score.speed", lang, rate=f"{speed.tokens_per_s:.1f}") if speed.tokens_per_s
            else text("score.no_speed", lang))
    return text("score.total", lang, passed=scorecard.passed.count, records=scorecard.records,
                interval=pct_interval(scorecard.passed), words=scorecard.words.median, rate=rate)


def eval_command(
    model: Annotated[Path, typer.Option("--model", help="Model folder: full model, LoRA adapter, or ONNX export.")],
    backend: Annotated[BackendName, typer.Option("--backend", help="torch or onnx.")],
    data: Annotated[Path, typer.Option("--data", help="JSONL of {\"input\": ...} a line, with optional output "
                                      f"(the reference), id and instruction (default: {DEFAULT_INSTRUCTION!r}).")],
    out: Annotated[Path, typer.Option("--out", help="Run directory to write (and resume).")],
    variant: Annotated[Variant, typer.Option("--variant", metavar="VARIANT", help="ONNX file: " + ", ".join(
        f"{name} ({ONNX_DIR}/{file})" for name, file in ONNX_FILES.items()) + ".")] = Variant[FP32],
    base: Annotated[Path | None, typer.Option("--base", help="Local base model of a LoRA adapter.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N samples.")] = None,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens")] = GENERATION_DEFAULTS.max_new_tokens,
    batch_size: Annotated[int, typer.Option("--batch-size")] = GENERATION_DEFAULTS.batch_size,
    sample: Annotated[bool, typer.Option("--sample", help="Sample instead of greedy decoding.")] = GENERATION_DEFAULTS.do_sample,
    seed: Annotated[int, typer.Option("--seed")] = GENERATION_DEFAULTS.seed,
    temperature: Annotated[float, typer.Option("--temperature")] = GENERATION_DEFAULTS.temperature,
    top_p: Annotated[float, typer.Option("--top-p")] = GENERATION_DEFAULTS.top_p,
    top_k: Annotated[int, typer.Option("--top-k")] = GENERATION_DEFAULTS.top_k,
    repetition_penalty: Annotated[float, typer.Option("--repetition-penalty")] = GENERATION_DEFAULTS.repetition_penalty,
    no_repeat_ngram_size: Annotated[int, typer.Option("--no-repeat-ngram-size")] = GENERATION_DEFAULTS.no_repeat_ngram_size,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="CPU threads for the runtime.")] = None,
    device: Annotated[str, typer.Option("--device", help="torch backend: cpu (the reference), cuda, or auto.")] = "cpu",
    config: ConfigOption = None, no_config: NoConfigOption = False,
    select: SelectOption = None, ignore: IgnoreOption = None,
    lang: LangOption = None,
) -> None:
    """Generate for every sample (resuming from the run's cache), score, and write RUN_DIR."""
    from harness.evaluate import EvalRequest, evaluate
    from harness.generation import GenerationConfig

    progress = None
    try:
        cfg = load_cli_config(config, no_config, select, ignore)
        language = output_lang(lang, cfg)
        generation = GenerationConfig.build(
            max_new_tokens=max_new_tokens, batch_size=batch_size, do_sample=sample, seed=seed,
            temperature=temperature, top_p=top_p, top_k=top_k, repetition_penalty=repetition_penalty,
            no_repeat_ngram_size=no_repeat_ngram_size)
        request = EvalRequest(model_dir=model, backend=backend.value, data=data, out=out,
                              variant=variant.value, base=base, limit=limit, generation=generation,
                              threads=threads, device=device)
        progress = RichProgress()
        outcome = evaluate(request, cfg, progress)
    except UsageError as exc:
        fail_usage(exc)
        return
    finally:
        if progress is not None:
            progress.stop()
    _summary(outcome.scorecard, language)
    sys.stderr.write(text("score.generated", language, generated=outcome.generated, reused=outcome.reused,
                          out=out) + "\n")


def rescore_command(
    run_dirs: Annotated[list[Path], typer.Argument(
        metavar="RUN_DIR", help="Run directories written by eval (several: one engine and one pool for all, "
                                   "and runs on one validation split read each input once).")],
    jobs: Annotated[int | None, typer.Option("--jobs", min=1, help="Worker processes (default: CPUs).")] = None,
    config: ConfigOption = None, no_config: NoConfigOption = False,
    select: SelectOption = None, ignore: IgnoreOption = None,
    lang: LangOption = None,
) -> None:
    """Re-run the checks on runs' stored outputs; no model is loaded."""
    from harness.evaluate import rescore_runs

    try:
        cfg = load_cli_config(config, no_config, select, ignore)
        language = output_lang(lang, cfg)
        scorecards = rescore_runs(run_dirs, cfg, jobs=jobs)
    except UsageError as exc:
        fail_usage(exc)
        return
    if len(scorecards) == 1:
        _summary(scorecards[0], language)
        return
    for run_dir, scorecard in zip(dict.fromkeys(d.resolve() for d in run_dirs), scorecards):
        sys.stderr.write(f"{run_dir}: {_total(scorecard, language)}\n")


def compare_command(
    run_a: Annotated[Path, typer.Argument(help="Reference run (e.g. torch).")],
    run_b: Annotated[Path, typer.Argument(help="Run to compare with it (e.g. onnx int8).")],
    out: Annotated[Path | None, typer.Option("--out", help="Default: compare-A-vs-B.json beside RUN_A.")] = None,
    teacher_forced: Annotated[int, typer.Option("--teacher-forced", min=0, help="Samples for the teacher-forced logit check (0: none, no model loaded).")] = 3,
    model_a: Annotated[Path | None, typer.Option("--model-a", help="Model of RUN_A if it moved.")] = None,
    model_b: Annotated[Path | None, typer.Option("--model-b", help="Model of RUN_B if it moved.")] = None,
    config: ConfigOption = None, no_config: NoConfigOption = False,
    select: SelectOption = None, ignore: IgnoreOption = None,
) -> None:
    """Parity of two runs: exact matches, first divergent tokens and their margins,
    teacher-forced logit differences, verdict agreement and an exact McNemar test."""
    from harness.parity import compare_runs
    from harness.atomic import write_atomic

    try:
        report = compare_runs(run_a, run_b, load_cli_config(config, no_config, select, ignore),
                              teacher_forced=teacher_forced, model_a=model_a, model_b=model_b)
    except UsageError as exc:
        fail_usage(exc)
        return
    target = out or run_a.resolve().parent / f"compare-{run_a.resolve().name}-vs-{run_b.resolve().name}.json"
    write_atomic(target, report.model_dump_json(indent=2) + "\n")
    tf = report.teacher_forced
    forced = (f"max |Δlogit| {tf.max_abs_logit_diff:.3g} over {tf.samples} samples"
              if tf.max_abs_logit_diff is not None else f"teacher-forced: {tf.skipped or 'none'}")
    sys.stderr.write(
        f"exact match {report.exact_match.count}/{report.samples}; {len(report.divergences)} diverge; "
        f"{forced}; pass agreement {report.pass_agreement.rate:.1%}; "
        f"McNemar p={report.mcnemar.p_value:.3g}; wrote {target}\n")


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
    app.command("rescore")(rescore_command)
    app.command("compare")(compare_command)
