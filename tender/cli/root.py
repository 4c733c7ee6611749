"""The command classes behind `tender`: --debug anywhere, usage errors as JSON with --json, help without Python types.

Every command and group registered under the root `app` (cli/main.py) gets these habits by being there:
the root group fixes up the help of every parameter below it once, when the click command is built.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer
from typer._click.core import Command, Context, Parameter  # the click that typer (>= 0.29) vendors
from typer._click.exceptions import UsageError
from typer.core import TyperArgument, TyperGroup

DEBUG = "--debug"
JSON = "--json"
END = "--"  # after it, every word is a value, never an option


def before_end(args: Sequence[str]) -> list[str]:
    """The words of a command line up to `--`."""
    words = list(args)
    return words[: words.index(END)] if END in words else words


def debug_first(args: Sequence[str]) -> list[str]:
    """The command line with every --debug (before `--`) moved to the front, where the root option takes it."""
    words = list(args)
    head = before_end(words)
    if DEBUG not in head:
        return words
    return [DEBUG, *[w for w in head if w != DEBUG], *words[len(head) :]]


def wants_json(args: Sequence[str]) -> bool:
    """Whether the command line asks for JSON output (--json before `--`)."""
    return JSON in before_end(args)


def usage_json(exc: UsageError) -> str:
    """A usage error as the --json commands write their errors: {"errors": [{code, file, place, message}]}."""
    param = getattr(exc, "param", None)
    place = "/".join(getattr(param, "opts", []) or []) if param is not None else ""
    entry = {"code": "usage", "file": "", "place": place, "message": exc.format_message()}
    return json.dumps({"errors": [entry]})  # ASCII: stderr may be a terminal


class PlainArgument(TyperArgument):
    """An argument whose help shows its metavar only, never a Python type such as `<list[Path]>`."""

    def display_type_rich(self, ctx: Context) -> str | None:
        """Nothing: the argument's name (its metavar) says what it is."""
        return None


def choices(param: Parameter) -> bool:
    """Whether a parameter takes one of a few named values (typer shows them as `<technical|final>`)."""
    return bool(getattr(getattr(param, "type_descriptor", None), "is_choice", False))


def metavar_of(param: Parameter) -> str | None:
    """What a parameter's value is called in the help: nothing for a flag, its NAME, or None (typer lists the
    choices)."""
    if choices(param):
        return None
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    return (param.name or "value").upper()


def plain_help(command: Command) -> None:
    """Give every parameter of a command a metavar for the help instead of its Python type."""
    for param in command.params:
        if param.metavar is None:
            param.metavar = metavar_of(param)
        if type(param) is TyperArgument and not choices(param):
            param.__class__ = PlainArgument  # same state, only the help differs


def walk(command: Command) -> Iterator[Command]:
    """A command and every command below it."""
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from walk(sub)


@contextmanager
def json_usage(active: bool) -> Iterator[None]:
    """Within it, a usage error is written to stderr as JSON and ends the command with exit 2 (when active)."""
    try:
        yield
    except UsageError as exc:
        if not active or type(exc).__name__ == "NoArgsIsHelpError":
            raise
        sys.stderr.write(usage_json(exc) + "\n")
        raise typer.Exit(exc.exit_code) from None


class RootGroup(TyperGroup):
    """The `tender` group: takes --debug wherever it stands, writes usage errors as JSON when --json is given."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        names = self.context_settings.get("help_option_names", ["--help"])
        for command in walk(self):
            plain_help(command)
            help_option = command.get_help_option(Context(command, help_option_names=names))  # made once, kept
            if help_option is not None:
                help_option.metavar = ""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        """The root context, with --debug moved to the front (so that it counts before or after the command)."""
        as_json = wants_json(args)
        if parent is None:
            plain_help(self)  # typer adds the completion options after __init__
        with json_usage(as_json):
            ctx = super().make_context(info_name, debug_first(args) if parent is None else args, parent, **extra)
        ctx.meta[JSON] = as_json  # shared by the contexts below: invoke reads it
        return ctx

    def invoke(self, ctx: Context) -> Any:
        """Run the command; with --json, a usage error of the command below is written as JSON (exit 2)."""
        with json_usage(bool(ctx.meta.get(JSON))):
            return super().invoke(ctx)
