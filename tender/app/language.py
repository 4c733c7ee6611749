"""The language a command speaks on the terminal: --lang, else the tender's, else English."""

from __future__ import annotations

from pathlib import Path

from tender.errors import TenderError
from tender.report.messages import LANGUAGES


def workspace_language(root: Path | str | None, lang: str | None = None) -> str:
    """`lang` if given, else the `language:` of the workspace's tender.yaml if German or English, else English (also
    when tender.yaml cannot be read: the command itself reports why). Only that key is read, so that a problem
    elsewhere in the tender (a criteria catalogue, a weight) is reported in the tender's language."""
    if lang:
        return lang
    if root is None:
        return "en"
    from tender.parse.common import load_yaml

    try:
        data = load_yaml(Path(root) / "tender.yaml", "tender.yaml")
    except (TenderError, OSError):
        return "en"
    language = data.get("language", "en") if isinstance(data, dict) else "en"
    return language if language in LANGUAGES else "en"
