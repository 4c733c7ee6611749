"""Locale-aware display formatting: symbols and patterns from Babel, half-up rounding first.

Babel's format_decimal costs ~80 µs a call; a large tender's report formats several hundred thousand
numbers, so the Formatter asks Babel once per locale for the separators and the currency and percent
patterns, and applies them itself (tests compare the result with Babel's own formatting). Most of those
numbers repeat (grades, weights, means of a few grades), so each Formatter keeps the texts it made.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from tender.report.numbers import half_up

LOCALES = {"de": "de_DE", "en": "en_GB"}
MISSING = "–"
NBSP = "\u00a0"
KEPT = 200_000  # formatted texts a Formatter keeps (per kind of number)


class Formatter:
    """Pure formatting functions for one language and currency."""

    def __init__(self, lang: str, currency: str) -> None:
        from babel.numbers import format_currency, format_percent, get_decimal_symbol, get_group_symbol

        self.locale = LOCALES[lang]
        self.currency = currency
        self._symbols = str.maketrans({",": get_group_symbol(self.locale), ".": get_decimal_symbol(self.locale)})
        one = self._plain(Decimal("1.00"), 2)
        self._money = format_currency(Decimal("1.00"), currency, locale=self.locale).split(one)
        pct = format_percent(Decimal("0.01"), locale=self.locale).split("1")
        self._pct_suffix = NBSP + "%" if pct[-1].strip() == "%" and pct[-1] != "%" else "%"
        self._kept: dict[tuple[str, float, int], str] = {}

    def _remember(self, key: tuple[str, float, int], text: str) -> str:
        # 0.0 and -0.0 are equal keys but show differently ("-0,00" after Decimal's rounding): not kept
        if key[1] and len(self._kept) < KEPT:
            self._kept[key] = text
        return text

    def _plain(self, value: Decimal, places: int) -> str:
        return f"{value:,.{places}f}".translate(self._symbols)

    def num(self, value: float | None, places: int = 2) -> str:
        """A number with grouping and fixed decimals: de 1.234,57 / en 1,234.57."""
        if value is None:
            return MISSING
        key = ("n", value, places)
        text = self._kept.get(key)
        if text is None:
            text = self._remember(key, self._plain(half_up(value, places), places))
        return text

    def grade(self, value: float | None) -> str:
        """A grade or stated value: whole numbers without decimals, others with two."""
        if value is None:
            return MISSING
        key = ("g", value, 0)
        text = self._kept.get(key)
        if text is None:
            text = self._remember(key, self.num(value, 0 if float(value).is_integer() else 2))
        return text

    def money(self, value: float | None) -> str:
        """An amount in the tender's currency: de 168.320,00 € / en €168,320.00."""
        if value is None:
            return MISSING
        key = ("m", value, 2)
        text = self._kept.get(key)
        if text is None:
            amount = half_up(value, 2)
            prefix, suffix = self._money
            sign = "-" if amount < 0 else ""
            text = self._remember(key, f"{sign}{prefix}{self._plain(abs(amount), 2)}{suffix}")
        return text

    def exact(self, value: Decimal, money: bool = False) -> str:
        """A Decimal with exactly its own decimals (the trail's figures): de 4,6667 / en 4.6667; money with the
        currency: de 152.900,00 €."""
        places = max(0, -int(value.as_tuple().exponent))
        if not money:
            return self._plain(value, places)
        prefix, suffix = self._money
        return f"{'-' if value < 0 else ''}{prefix}{self._plain(abs(value), places)}{suffix}"

    def pct(self, fraction: float | None, places: int = 2) -> str:
        """A fraction shown as a percentage: 0.09 → 9,00 % / 9.00%."""
        if fraction is None:
            return MISSING
        key = ("p", fraction, places)
        text = self._kept.get(key)
        if text is None:
            text = self._remember(key, self._plain(half_up(fraction, places + 2) * 100, places) + self._pct_suffix)
        return text

    def date(self, moment: datetime) -> str:
        """A long date: 27. November 2026 / 27 November 2026."""
        from babel.dates import format_date

        return format_date(moment.date(), "long", locale=self.locale)
