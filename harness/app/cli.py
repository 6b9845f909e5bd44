"""The ``epicrisis`` command line."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from harness.app.cli_data import data_app
from harness.app.cli_help import App
from harness.app.options import LangOption, fail_usage, load_cli_config, output_lang
from harness.errors import UsageError

app = App(
    name="epicrisis",
    help="Evaluate, gate and ship models that write Spanish discharge summaries (epicrisis).",
    no_args_is_help=True,
)
app.add_typer(data_app, name="data")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _show_version(value: bool) -> None:
    if value:
        import harness

        sys.stdout.write(f"epicrisis {harness.__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_show_version,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Evaluate, gate and ship models that write Spanish discharge summaries (epicrisis)."""


@app.command("check")
def check_command(
    records: Annotated[Path, typer.Argument(help="JSONL file: one {\"input\": ..., \"output\": \"...\"} a line.")],
    format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for tools.")] = OutputFormat.text,
    select: Annotated[Optional[list[str]], typer.Option("--select", metavar="IDS", help="Check ids or prefixes to run (comma-separated or repeated).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", metavar="IDS", help="Check ids or prefixes to skip.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="epicrisis.toml or pyproject.toml to read instead of the nearest one.")] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore configuration files; use the defaults.")] = False,
    lang: LangOption = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", min=1, metavar="N", help="Worker processes (default: the machine's cores); the output is the same for any N.")] = None,
) -> None:
    """Run the checklist over RECORDS. Exit 0 when every record passes, 1 when
    any fails, 2 on a usage or input error."""
    from harness.engine import Engine
    from harness.app.check_stream import all_passed, stream_check

    try:
        cfg = load_cli_config(config, no_config, select, ignore)
        engine = Engine(cfg)
        language = output_lang(lang, cfg)
        tally = stream_check(str(records), engine, format=format.value, lang=language, jobs=jobs,
                             out=sys.stdout)
    except UsageError as exc:
        fail_usage(exc)
        return
    raise typer.Exit(0 if all_passed(tally) else 1)


@app.command("checks")
def list_checks(
    format: Annotated[OutputFormat, typer.Option("--format", help="text for people, json for tools.")] = OutputFormat.text,
    lang: LangOption = None,
) -> None:
    """List every check: id, name, default severity, its rule (a finding when
    the rule is broken), options and the distribution that ships it."""
    from harness.app.render import render_checks, render_checks_json
    from harness.registry import all_checks

    try:
        checks = all_checks()
        language = output_lang(lang) if format is OutputFormat.text else None
    except UsageError as exc:  # a broken check plugin, a bad configuration file
        fail_usage(exc)
        return
    if format is OutputFormat.json:
        sys.stdout.write(render_checks_json(checks.values()) + "\n")
    else:
        render_checks(checks.values(), language)


from harness.app.cli_eval import register as _register_eval  # noqa: E402  (eval, rescore, compare)

_register_eval(app)

from harness.app.cli_train import register as _register_train  # noqa: E402  (train, merge)

_register_train(app)

from harness.app.cli_pretrain import register as _register_pretrain  # noqa: E402  (pretrain)

_register_pretrain(app)

from harness.app.cli_export import register as _register_export  # noqa: E402  (export, gate, promote)

_register_export(app)

from harness.app.cli_report import register as _register_report  # noqa: E402  (report, pipeline)

_register_report(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
