"""What every command shares: the debug switch, printing data safely, and the one mapping of errors to exit codes.

Exit codes (README "Exit codes"): 0 success; 1 findings (a check found a problem: `audit verify`,
`verify`); 2 bad input or usage; 3 an internal error (a bug); 130 interrupted (Ctrl-C).
A command with a `--json` option names its parameter `as_json`: `reported` then writes its errors to
stderr as JSON (`{"errors": [{"code", "file", "place", "message"}]}`) instead of lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from tender.errors import TenderError
from tender.report.shown import visible

if TYPE_CHECKING:
    from tender.report.messages import Messages

OK = 0
FINDINGS = 1  # a check ran and found a problem (`audit verify`, `verify`)
BAD_INPUT = 2  # the input or the call is wrong: one line per problem
INTERNAL = 3  # a bug: never the same code as a finding
INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it


def outcome(exc: BaseException) -> tuple[list[str], int] | None:
    """The messages (for stderr) and the exit code of an error (see the module docstring); None to re-raise."""
    if isinstance(exc, TenderError):
        return exc.lines(), exc.exit_code
    if isinstance(exc, OSError):
        return [f"{exc.filename or ''}: {exc.strerror or exc}"], BAD_INPUT
    if isinstance(exc, KeyboardInterrupt):
        return ["interrupted"], INTERRUPTED
    if isinstance(exc, typer.Exit) or not isinstance(exc, Exception):
        return None
    return [f"internal error: {exc!r} (run with --debug for the traceback)"], INTERNAL


def error_entries(exc: BaseException, lines: list[str]) -> list[dict[str, str]]:
    """An error as the --json commands report it: one {code, file, place, message} per problem."""
    from tender.errors import InputError

    if isinstance(exc, InputError):
        return [f.to_dict() for f in exc.findings]
    if isinstance(exc, OSError):
        return [{"code": "os-error", "file": str(exc.filename or ""), "place": "", "message": exc.strerror or str(exc)}]
    code = "internal" if not isinstance(exc, TenderError) or exc.exit_code == INTERNAL else "usage"
    if isinstance(exc, KeyboardInterrupt):
        code = "interrupted"
    return [{"code": code, "file": "", "place": "", "message": line} for line in lines]


def echo(text: object, err: bool = False) -> None:
    """Print one line of message or data; control characters in it (newlines too) are shown as \\xNN, never sent."""
    typer.echo(visible(text, one_line=True), err=err)


def words(root: Path | str | None, lang: str | None) -> Messages:
    """The catalogue in the language a command speaks: --lang, else the workspace tender's, else English."""
    from tender.app.language import workspace_language
    from tender.report.messages import Messages

    return Messages(workspace_language(root, lang))


def debugging(ctx: typer.Context) -> bool:
    """Whether this invocation asked for tracebacks (`tender --debug ...`): read from the root command's options."""
    return bool(ctx.find_root().params.get("debug"))


@contextmanager
def reported(ctx: typer.Context) -> Iterator[None]:
    """Turn errors into messages on stderr (JSON for a command called with --json) and exit codes (see outcome);
    with --debug, let them through."""
    try:
        yield
    except BaseException as exc:
        found = outcome(exc)
        if found is None or debugging(ctx):
            raise
        lines, code = found
        if ctx.params.get("as_json"):
            import json

            typer.echo(json.dumps({"errors": error_entries(exc, lines)}), err=True)
        else:
            for line in lines:
                echo(line, err=True)
        raise typer.Exit(code) from None


def print_json(data: object) -> None:
    """Print JSON data, indented, as the only output on stdout (streamed piece by piece)."""
    import sys

    from tender.jsonstream import write_json

    write_json(data, sys.stdout)
