"""The message catalogue and the locale formatting."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest

from tender.report.fmt import Formatter
from tender.report.messages import CATALOGUE, Messages
from tender.report.numbers import half_up


def test_every_message_exists_in_both_languages_with_the_same_placeholders() -> None:
    for key, (de, en) in CATALOGUE.items():
        assert de.strip() and en.strip(), key
        names = [{f[1] for f in string.Formatter().parse(text) if f[1]} for text in (de, en)]
        assert names[0] == names[1], key


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported report language 'fr'"):
        Messages("fr")


def test_babel_formats_money_numbers_and_percent_per_locale() -> None:
    de, en = Formatter("de", "EUR"), Formatter("en", "EUR")
    assert de.money(168320) == "168.320,00\xa0€"
    assert en.money(168320) == "€168,320.00"
    assert de.num(1234567.125) == "1.234.567,13"
    assert en.num(1234567.125) == "1,234,567.13"
    assert de.pct(0.09) == "9,00\xa0%"
    assert en.pct(0.09) == "9.00%"
    assert de.grade(4.0) == "4" and de.grade(14 / 3) == "4,67"
    assert de.num(None) == "–"


def test_display_rounding_is_half_up_not_bankers() -> None:
    f = Formatter("en", "EUR")
    assert f.num(2.675) == "2.68"  # banker's rounding of the float would give 2.67
    assert f.num(0.125) == "0.13"
    assert f.num(2.5, 0) == "3"
    assert f.money(0.005) == "€0.01"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_fast_formatting_equals_babel(lang: str) -> None:
    from babel.numbers import format_currency, format_decimal, format_percent

    f = Formatter(lang, "EUR")
    for value in (0, 0.5, 1, 12.345, 999.995, 1234.5, 168320, 1234567.891, -42.125):
        assert f.pct(value) == format_percent(half_up(value, 4), format="#,##0.00 %", locale=f.locale).replace(
            " %", "\u00a0%" if lang == "de" else "%"
        )
        assert f.num(value) == format_decimal(half_up_decimal(value), format="#,##0.00", locale=f.locale)
        assert f.money(value) == format_currency(half_up_decimal(value), "EUR", locale=f.locale)


def half_up_decimal(value: float) -> Decimal:
    return half_up(value, 2)
