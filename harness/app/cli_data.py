"""``epicrisis data``: generate the synthetic dataset, prepare users' files for
training, derive a mutation corpus.

``training.*`` is imported inside the commands only, so that ``epicrisis
check`` never pays for it.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Iterator, Optional

import typer

from harness.app.cli_help import App
from harness.app.options import fail_usage, split_ids
from harness.atomic import write_atomic, write_bytes_atomic, write_files_atomic
from harness.errors import InputError, InputErrors, UsageError

data_app = App(
    name="data",
    help="The clinical dataset: generate the synthetic default, prepare JSONL files for training, "
         "mutate for benchmarks.",
    no_args_is_help=True,
)


SHAPE_HELP = "Input shape: nested objects, flat strings with inline codes, or codes without dots."
STYLE_HELP = ("House style of the outputs: the hospital's ('Ingresa por', codes in parentheses) or the "
              "pretrained base's (the same facts in another format).")
SKIP_HELP = "Write the valid records and list malformed lines in rejected.jsonl instead of failing."
DEDUPE_HELP = "Drop exact duplicates and later records with an input already seen."
CHECK_HELP = "Also run the checklist over the reference outputs and report how many fail."
SELECT_HELP = "Only these check ids (comma-separated or repeated)."


class Shape(str, Enum):
    object = "object"
    flat = "flat"
    nodots = "nodots"


class Style(str, Enum):  # training.data.generator.STYLES
    hospital = "hospital"
    base = "base"


@contextmanager
def _progress(description: str, total: int) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr, shown only on a terminal (CI logs stay clean)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


@data_app.command("generate")
def generate_command(
    out: Annotated[Path, typer.Option("--out", help="JSONL file to write.")],
    n: Annotated[int, typer.Option("--n", min=1, help="How many records.")] = 350,
    seed: Annotated[int, typer.Option("--seed", help="Seed: the same seed gives the same bytes.")] = 350,
    start: Annotated[int, typer.Option("--start", min=0,
                                       help="Index of the first record (records are seeded one by one).")] = 0,
    shape: Annotated[Shape, typer.Option("--shape", help=SHAPE_HELP)] = Shape.object,
    style: Annotated[Style, typer.Option("--style", help=STYLE_HELP)] = Style.hospital,
) -> None:
    """Write N synthetic inpatient records {"instruction", "input", "output"}."""
    from training.data.generator import generate_records, jsonl_bytes

    data = jsonl_bytes(generate_records(n, seed, start=start, shape=shape.value, style=style.value))
    try:
        write_bytes_atomic(out, data)
    except UsageError as exc:
        fail_usage(exc)
    typer.echo(f"{out}: {n} records (seed {seed}, records {start + 1}-{start + n}, shape {shape.value}, "
               f"style {style.value})")


@data_app.command("prepare")
def prepare_command(
    files: Annotated[list[Path], typer.Argument(help="JSONL files, concatenated in this order.")],
    out: Annotated[Path, typer.Option("--out", help="Directory for train.jsonl, validation.jsonl and rejected.jsonl.")],
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help=SKIP_HELP)] = False,
    dedupe: Annotated[bool, typer.Option("--dedupe", help=DEDUPE_HELP)] = False,
    check: Annotated[bool, typer.Option("--check", help=CHECK_HELP)] = False,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the split.")] = 42,
    val_ratio: Annotated[float, typer.Option("--val-ratio", help="Share of records held out for validation.")] = 0.1,
) -> None:
    """Validate, concatenate and split JSONL files for training (90/10, seed 42).

    A malformed line is reported as FILE:LINE: reason; without --skip-invalid
    the command then exits 2 and writes nothing."""
    from training.data import prepare as prep

    try:
        sources = prep.load(files)
    except UsageError as exc:
        fail_usage(exc)
        return
    with _progress("validating", sum(len(s.lines) for s in sources)) as advance:
        reading = prep.validate(sources, advance)
    if reading.rejected and not skip_invalid:
        fail_usage(InputErrors([r.as_error() for r in reading.rejected]),
                   f"{len(reading.rejected)} malformed line(s); nothing written (--skip-invalid writes the valid records)\n")
    duplicates = prep.find_duplicates(reading.examples)
    for dup in duplicates:
        sys.stderr.write(f"{dup.example.where}: {dup.reason}{' (removed)' if dedupe else ''}\n")
    examples, rejected = reading.examples, list(reading.rejected)
    if dedupe and duplicates:
        dropped = {id(d.example) for d in duplicates}
        examples = [ex for ex in examples if id(ex) not in dropped]
        rejected += [prep.Rejection(d.example.path, d.example.line, d.reason,
                                    json.dumps(d.example.record, ensure_ascii=False))
                     for d in duplicates]
        order = {str(source.path): i for i, source in enumerate(sources)}
        rejected.sort(key=lambda r: (order.get(r.path, 0), r.line))
    try:
        train, validation = prep.split(examples, seed=seed, val_ratio=val_ratio)
    except UsageError as exc:
        if 0 < val_ratio < 1:  # too few valid records: a fact about the files, so named by them
            exc = InputErrors([InputError(str(f), None, str(exc)) for f in files])
        fail_usage(exc)
        return
    if check:
        _report_checklist(examples)
    try:
        write_files_atomic(out, {
            "train.jsonl": "".join(prep.example_line(ex) for ex in train),
            "validation.jsonl": "".join(prep.example_line(ex) for ex in validation),
            "rejected.jsonl": "".join(json.dumps(r.as_json(), ensure_ascii=False) + "\n" for r in rejected),
        })
    except UsageError as exc:
        fail_usage(exc)
    if duplicates and not dedupe:
        sys.stderr.write(f"{len(duplicates)} duplicate(s) kept; --dedupe removes them\n")
    typer.echo(f"{reading.lines} lines from {len(files)} file(s): {len(train)} train, {len(validation)} validation, "
               f"{len(rejected)} rejected")
    typer.echo(f"wrote {out / 'train.jsonl'}, {out / 'validation.jsonl'}, {out / 'rejected.jsonl'}")


def _report_checklist(examples: list) -> None:
    from harness.engine import Engine

    engine = Engine()
    failing = 0
    by_check: Counter[str] = Counter()
    with _progress("checking reference outputs", len(examples)) as advance:
        for ex in examples:
            result = engine.check(ex.record["output"], ex.record["input"], ex.id)
            errors = {f.check for f in result.findings if f.severity.value == "error"}
            failing += bool(errors)
            by_check.update(errors)
            advance(1)
    detail = ", ".join(f"{c}: {k}" for c, k in sorted(by_check.items()))
    typer.echo(f"checklist: {failing} of {len(examples)} reference outputs fail" + (f" ({detail})" if detail else ""))


@data_app.command("mutate")
def mutate_command(
    file: Annotated[Path, typer.Argument(help="JSONL file of valid records.")],
    out: Annotated[Path, typer.Option("--out", help="JSONL file of mutants to write.")],
    seed: Annotated[int, typer.Option("--seed", help="Seed of the mutations.")] = 0,
    select: Annotated[Optional[list[str]], typer.Option("--select", help=SELECT_HELP)] = None,
) -> None:
    """Derive outputs with one labelled violation each, per error-severity check."""
    from harness.engine import Engine
    from training.data import prepare as prep
    from training.data.generator import dumps_record
    from training.data.mutate import MUTATED_CHECKS, mutate_record

    wanted = tuple(split_ids(select)) or MUTATED_CHECKS
    unknown = [c for c in wanted if c not in MUTATED_CHECKS]
    if unknown:
        fail_usage(UsageError(f"no mutation for {', '.join(unknown)} (mutated checks: {', '.join(MUTATED_CHECKS)})"))
    try:
        reading = prep.read_examples([file])
    except UsageError as exc:
        fail_usage(exc)
        return
    if reading.rejected:
        fail_usage(InputErrors([r.as_error() for r in reading.rejected]))
    engine = Engine()
    lines: list[str] = []
    skipped = 0
    with _progress("mutating", len(reading.examples)) as advance:
        for index, ex in enumerate(reading.examples):
            advance(1)
            if not engine.check(ex.record["output"], ex.record["input"], ex.id).passed:
                skipped += 1  # a record that already fails would blur which check a mutant trips
                continue
            rng = random.Random(f"mutate:{seed}:{index}")
            lines += [dumps_record(m) + "\n" for m in mutate_record(ex.record, ex.id, rng, wanted)]
    try:
        write_atomic(out, "".join(lines))
    except UsageError as exc:
        fail_usage(exc)
    typer.echo(f"{out}: {len(lines)} mutants of {len(reading.examples) - skipped} records"
               + (f" ({skipped} records already failing the checklist were skipped)" if skipped else ""))
