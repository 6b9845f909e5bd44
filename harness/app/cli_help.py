"""How ``--help`` reads: the conventions of a Unix command line on top of
typer's rich help.

typer 0.29 writes a required argument in the usage line as ``{records}`` (a
set, to a shell user) and gives every on/off flag a ``<bool>`` type column, as
if ``--no-config`` took a value. The command and group classes here keep
typer's rendering and change only those two things, through click's own
hooks (a parameter's ``metavar``, the command's usage pieces):

- an argument is shown by its metavar, upper case (``RECORDS``), bare when
  required and in brackets when optional (``[EXPORT_DIR]``);
- a flag has no type column.

Help text is rendered as Markdown, so a docstring's paragraph is reflowed to
the terminal instead of keeping the line breaks of the source file (the ragged
lines of the command list) and ``code`` in backticks is shown as code.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

MARKUP = "markdown"


def _tidy(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperArgument) and param.metavar is None:
            param.metavar = param.name.upper()
        elif isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""  # shown as the type column: nothing, as a flag takes no value
    return params


def _usage(command: Any, ctx: Any) -> list[str]:
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument):
            name = param.display_name_raw + ("..." if param.nargs != 1 else "")
            pieces.append(name if param.required else f"[{name}]")
        else:
            pieces.extend(param.get_usage_pieces(ctx))
    return pieces


class Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage(self, ctx)


class Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _tidy(super().get_params(ctx))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*_usage(self, ctx), self.subcommand_metavar]


class App(typer.Typer):
    """A typer app whose commands and groups read as above."""

    def __init__(self, **settings: Any) -> None:
        settings.setdefault("rich_markup_mode", MARKUP)
        settings.setdefault("add_completion", False)
        settings.setdefault("pretty_exceptions_enable", False)
        super().__init__(cls=Group, **settings)

    def command(self, name: str | None = None, *, cls: type | None = None, **settings: Any) -> Any:
        return super().command(name, cls=cls or Command, **settings)
