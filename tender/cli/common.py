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


def outcome(exc: BaseException, lang: str = "en") -> tuple[list[str], int] | None:
    """The messages (for stderr, in `lang`) and the exit code of an error (see the module docstring); None to
    re-raise."""
    if isinstance(exc, TenderError):
        from tender.report.error_text import error_lines

        return error_lines(exc, lang), exc.exit_code
    if isinstance(exc, OSError):
        from tender.errors import os_error

        return [os_error(exc).text(lang if lang in ("de", "en") else "en")], BAD_INPUT
    if isinstance(exc, KeyboardInterrupt):
        return ["interrupted"], INTERRUPTED
    if isinstance(exc, typer.Exit) or not isinstance(exc, Exception):
        return None
    return [f"internal error: {exc!r} (run with --debug for the traceback)"], INTERNAL


def error_entries(exc: BaseException, lines: list[str], lang: str = "en") -> list[dict[str, str]]:
    """An error as the --json commands report it: one {code, file, place, message} per problem (`message` in
    English); in another language each entry adds `text`, the same line as the terminal prints it."""
    from tender.errors import InputError

    if isinstance(exc, InputError):
        entries = [f.to_dict() for f in exc.findings]
    elif isinstance(exc, OSError):
        entries = [
            {"code": "os-error", "file": str(exc.filename or ""), "place": "", "message": exc.strerror or str(exc)}
        ]
    else:
        code = "internal" if not isinstance(exc, TenderError) or exc.exit_code == INTERNAL else "usage"
        if isinstance(exc, KeyboardInterrupt):
            code = "interrupted"
        english = exc.lines() if isinstance(exc, TenderError) else lines
        entries = [{"code": code, "file": "", "place": "", "message": line} for line in english]
    if lang != "en" and len(lines) == len(entries):
        for entry, line in zip(entries, lines, strict=True):
            entry["text"] = line
    return entries


def echo(text: object, err: bool = False) -> None:
    """Print one line of message or data; control characters in it (newlines too) are shown as \\xNN, never sent."""
    typer.echo(visible(text, one_line=True), err=err)


def words(root: Path | str | None, lang: str | None) -> Messages:
    """The catalogue in the language a command speaks: --lang, else the workspace tender's, else English."""
    from tender.app.language import workspace_language
    from tender.report.messages import Messages

    return Messages(workspace_language(root, lang))


def command_language(ctx: typer.Context) -> str:
    """The language a command's errors speak: its --lang, else the tender's of the workspace it names (English when
    tender.yaml cannot be read)."""
    from tender.app.language import workspace_language
    from tender.report.messages import LANGUAGES

    params = ctx.params
    lang = params.get("lang") if params.get("lang") in LANGUAGES else None  # report checks its own --lang later
    root = next((params[n] for n in ("directory", "into", "workspace") if params.get(n) is not None), None)
    if root is None and isinstance(params.get("report_file"), Path):
        root = params["report_file"].resolve().parent.parent  # verify and sign: the folder above the report's
    try:
        return workspace_language(root, lang)
    except Exception:
        return "en"


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
        if debugging(ctx):
            raise
        lang = command_language(ctx) if isinstance(exc, TenderError | OSError) else "en"
        found = outcome(exc, lang)
        if found is None:
            raise
        lines, code = found
        if ctx.params.get("as_json"):
            import json

            typer.echo(json.dumps({"errors": error_entries(exc, lines, lang)}), err=True)
        else:
            for line in lines:
                echo(line, err=True)
        raise typer.Exit(code) from None


def print_json(data: object) -> None:
    """Print JSON data, indented, as the only output on stdout (streamed piece by piece)."""
    import sys

    from tender.jsonstream import write_json

    write_json(data, sys.stdout)
