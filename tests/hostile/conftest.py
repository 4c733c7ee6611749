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
    """Run `tender ARGS` in-process, as the terminal would (no --debug)."""
    return CliRunner().invoke(app, [str(a) for a in args])


def refused(root: Path, *args: str | Path, expect: str) -> Result:
    """Run a command on a workspace; assert exit 2, no traceback, `expect` in the message, root unchanged."""
    before = snapshot(root)
    result = run(*args)
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
