"""The language a command speaks on the terminal: --lang, else the tender's, else English."""

from __future__ import annotations

from pathlib import Path

from tender.errors import TenderError
from tender.report.messages import LANGUAGES


def workspace_language(root: Path | str | None, lang: str | None = None) -> str:
    """`lang` if given, else the language of the workspace's tender.yaml if German or English, else English (also
    when the tender cannot be read: the command itself reports why)."""
    if lang:
        return lang
    if root is None:
        return "en"
    from tender.workspace import load_tender

    try:
        language = load_tender(Path(root)).language
    except (TenderError, OSError):
        return "en"
    return language if language in LANGUAGES else "en"
