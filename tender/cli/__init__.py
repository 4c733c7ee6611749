"""The command line: the Typer app, one module per command group; the entry point is `tender.cli:main`."""

from __future__ import annotations

from tender.cli.main import app, main

__all__ = ["app", "main"]
