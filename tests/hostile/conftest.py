"""Helpers of the hostile-input suite: run a command on a workspace and prove it changed nothing."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from tender.cli.main import app


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every file under root (bytes), symlink (its target) and folder (""), by relative path."""
    out: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        key = path.relative_to(root).as_posix()
        if path.is_symlink():
            out[key] = f"-> {path.readlink()}"
        elif path.is_dir():
            out[key] = ""
        else:
            out[key] = path.read_bytes()
    return out


def run(*args: str | Path) -> Result:
    """Run `tender ARGS` in-process, as the terminal would (no --debug), in the tender's language."""
    return CliRunner().invoke(app, [str(a) for a in args])


def run_en(*args: str | Path) -> Result:
    """run() with `--lang en` (see `english`)."""
    return run(*english(args))


DOCUMENTS = {"report", "letters", "bid-form", "score-sheet"}  # their --lang is the language of the files they write


def english(args: tuple[str | Path, ...], refusal: bool = False) -> tuple[str | Path, ...]:
    """The command line with `--lang en` (before any `--`) when the command takes it: these tests read the English
    messages; tests/test_cli_language.py reads them in the tender's language. A command that writes documents in
    its --lang (report, letters) keeps its language, unless it is to be refused (it writes nothing then)."""
    import typer

    command = typer.main.get_command(app)
    words = [str(a) for a in args]
    for word in words:
        sub = getattr(command, "commands", {}).get(word)
        if sub is None:
            break
        command = sub
    if (
        not any(p.name == "lang" for p in command.params)
        or "--lang" in words
        or (command.name in DOCUMENTS and not refusal)
    ):
        return args
    end = words.index("--") if "--" in words else len(words)
    return (*args[:end], "--lang", "en", *args[end:])


def refused(root: Path, *args: str | Path, expect: str, tender_language: bool = False) -> Result:
    """Run a command on a workspace (in English, see `english`; in the tender's language with tender_language);
    assert exit 2, no traceback, `expect` in the message, root unchanged."""
    before = snapshot(root)
    result = run(*(args if tender_language else english(args, refusal=True)))
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    assert expect in result.output, result.output
    assert snapshot(root) == before
    return result


def ok(*args: str | Path) -> str:
    """Run a command that must succeed (exit 0); its output."""
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.output
