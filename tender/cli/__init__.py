"""The command line: the Typer app, one module per command group; `tender = "tender.cli:main"`."""

from __future__ import annotations

from tender.cli.commands import app, main

__all__ = ["app", "main"]
