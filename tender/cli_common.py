"""What every command shares: the debug switch and the mapping of errors to messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from tender.errors import TenderError

DEBUG = {"on": False}


@contextmanager
def reported() -> Iterator[None]:
    """Turn errors into messages on stderr and exit codes: 2 for bad input, 1 for a bug."""
    try:
        yield
    except TenderError as exc:
        if DEBUG["on"]:
            raise
        for line in exc.lines():
            typer.echo(line, err=True)
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"{exc.filename or ''}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"internal error: {exc!r} (run with --debug for the traceback)", err=True)
        raise typer.Exit(1) from None


def print_json(data: object) -> None:
    """Print JSON data, indented, as the only output on stdout (streamed piece by piece)."""
    import sys

    from tender.jsonstream import write_json

    write_json(data, sys.stdout)
