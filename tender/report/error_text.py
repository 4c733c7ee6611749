"""Errors and findings in the terminal's language: the catalogue's words (tender/wording) with the numbers in the
language's format (report/fmt.Formatter); English is the errors' own text."""

from __future__ import annotations

from decimal import Decimal

from tender.errors import TenderError
from tender.report.fmt import LOCALES, Formatter
from tender.wording import Number


def number_format(lang: str) -> Number:
    """How the findings' numbers read in `lang`: whole numbers grouped (1.234), others with their own decimals
    (12,5; 0,125)."""
    fmt = Formatter(lang, "EUR")

    def shown(value: float) -> str:
        if float(value).is_integer() and abs(value) < 1e15:
            return fmt.num(value, 0)
        return fmt.exact(Decimal(f"{value:.15g}"))  # 15 digits: what the figure says, no binary noise

    return shown


def error_lines(exc: TenderError, lang: str) -> list[str]:
    """The error's lines (one per problem) in `lang` (English for a language tender does not speak)."""
    if lang not in LOCALES or lang == "en":
        return exc.lines()
    return exc.texts(lang, number_format(lang))
