"""What every command shares: the debug switch and the mapping of errors to messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from tender.errors import TenderError


def outcome(exc: BaseException) -> tuple[list[str], int] | None:
    """The messages (for stderr) and the exit code of an error: 2 for bad input, 1 for a bug; None to re-raise."""
    if isinstance(exc, TenderError):
        return exc.lines(), exc.exit_code
    if isinstance(exc, OSError):
        return [f"{exc.filename or ''}: {exc.strerror or exc}"], 2
    if isinstance(exc, typer.Exit | KeyboardInterrupt) or not isinstance(exc, Exception):
        return None
    return [f"internal error: {exc!r} (run with --debug for the traceback)"], 1


def debugging(ctx: typer.Context) -> bool:
    """Whether this invocation asked for tracebacks (`tender --debug ...`): read from the root command's options."""
    return bool(ctx.find_root().params.get("debug"))


@contextmanager
def reported(ctx: typer.Context) -> Iterator[None]:
    """Turn errors into messages on stderr and exit codes (see outcome); with --debug, let them through."""
    try:
        yield
    except BaseException as exc:
        found = outcome(exc)
        if found is None or debugging(ctx):
            raise
        lines, code = found
        for line in lines:
            typer.echo(line, err=True)
        raise typer.Exit(code) from None


def print_json(data: object) -> None:
    """Print JSON data, indented, as the only output on stdout (streamed piece by piece)."""
    import sys

    from tender.jsonstream import write_json

    write_json(data, sys.stdout)
