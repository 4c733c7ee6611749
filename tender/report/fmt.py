"""Locale-aware display formatting (Babel): numbers, money, percentages, dates; half-up rounding first."""

from __future__ import annotations

from datetime import datetime

from tender.report.numbers import half_up

LOCALES = {"de": "de_DE", "en": "en_GB"}
MISSING = "–"


class Formatter:
    """Pure formatting functions for one language and currency; registered as Jinja filters too."""

    def __init__(self, lang: str, currency: str) -> None:
        self.locale = LOCALES[lang]
        self.currency = currency

    def num(self, value: float | None, places: int = 2) -> str:
        """A number with grouping and fixed decimals: de 1.234,57 / en 1,234.57."""
        from babel.numbers import format_decimal

        if value is None:
            return MISSING
        pattern = "#,##0" + ("." + "0" * places if places else "")
        return format_decimal(half_up(value, places), format=pattern, locale=self.locale, decimal_quantization=True)

    def grade(self, value: float | None) -> str:
        """A grade or stated value: whole numbers without decimals, others with two."""
        if value is None:
            return MISSING
        return self.num(value, 0 if float(value).is_integer() else 2)

    def money(self, value: float | None) -> str:
        """An amount in the tender's currency: de 168.320,00 € / en €168,320.00."""
        from babel.numbers import format_currency

        if value is None:
            return MISSING
        return format_currency(half_up(value, 2), self.currency, locale=self.locale)

    def pct(self, fraction: float | None, places: int = 2) -> str:
        """A fraction shown as a percentage: 0.09 → 9,00 %."""
        from babel.numbers import format_percent

        if fraction is None:
            return MISSING
        pattern = "#,##0" + ("." + "0" * places if places else "") + "\u00a0%"
        if self.locale.startswith("en"):
            pattern = pattern.replace("\u00a0%", "%")
        return format_percent(half_up(fraction, places + 2), format=pattern, locale=self.locale)

    def date(self, moment: datetime) -> str:
        """A long date: 27. November 2026 / 27 November 2026."""
        from babel.dates import format_date

        return format_date(moment.date(), "long", locale=self.locale)

    def utc(self, moment: datetime) -> str:
        """An ISO-like UTC timestamp, the same in every language."""
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
