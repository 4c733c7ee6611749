"""Field readers shared by the file parsers: each checks one value and records a finding."""

from __future__ import annotations

import math
import re
import reprlib
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from tender.errors import Collector
from tender.parse.inputcheck import read_text
from tender.parse.text import CONTROL, control_problem, escaped
from tender.wording import Quoted, Said, Term, said

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# What a number can mean, at most, by field (its absolute value); beyond it a value is refused as absurd.
NUMBER_CEILING = 1e12  # prices, fact values and any number without a smaller ceiling of its own
QUANTITY_CEILING = 1e9
SCALE_CEILING = 1e6
SPAN_CEILING = 100.0
TERM_CEILING = 1200
E = TypeVar("E", bound=Enum)


def load_yaml(path: Path, display: str) -> Any:
    """Parse a YAML file strictly (see yamlstrict); every problem becomes a finding naming the file and line."""
    from tender.parse.yamlstrict import load_strict

    text = read_text(path, display)  # links, size, kind and UTF-8, by the one opener
    return load_strict(text, display)


def describe(value: object) -> str:
    """A short quotation of a found value for messages: cut short, control characters shown escaped (a text as
    Quoted: German messages put it in „…“)."""
    if isinstance(value, str):
        return Quoted(escaped(f'"{value[:80]}"'))
    if isinstance(value, int) and value.bit_length() > 200:
        text = f"a whole number of about {int(value.bit_length() * 0.30103)} digits"
    else:
        text = reprlib.repr(value)  # bounded: never the whole of a large list or mapping
    return escaped(text)


class Fields:
    """Reads typed values out of parsed data, recording a finding for every problem."""

    def __init__(
        self, collector: Collector, file: str, places: Mapping[str, str] | None = None, prefix: str = ""
    ) -> None:
        self.collector = collector
        self.file = file
        self.places = places or {}
        self.prefix = prefix  # the key path of the part read (a lot: lots.cluster), put before every place

    def problem(self, key: str, place: str, /, **params: object) -> None:
        """Record one problem at a place in this file (a key path, or the sheet cell it came from): its entry in
        tender/wording (`code` or `code.variant`) and the entry's parameters."""
        if self.prefix:
            place = f"{self.prefix}.{place}" if place else self.prefix
        self.collector.add(key, self.file, self.places.get(place, place), **params)

    def within(self, prefix: str) -> Fields:
        """The same reader for a part of the file: its places are put under `prefix` (a key path)."""
        return Fields(self.collector, self.file, self.places, join(self.prefix, prefix))

    def mapping(
        self, data: object, place: str, allowed: set[str], required: set[str] | frozenset[str] = frozenset()
    ) -> Mapping[str, Any] | None:
        """Check that data is a mapping with only allowed keys and every required key."""
        if not isinstance(data, Mapping):
            self.problem("not-a-mapping", place, found=describe(data))
            return None
        for key in data:
            if str(key) not in allowed:
                known = ", ".join(sorted(allowed))
                self.problem("unknown-key", join(place, str(key)), known=known)
        for key in sorted(required - {str(k) for k in data}):
            self.problem("missing-key", join(place, key))
        return data

    def items(self, data: object, place: str) -> list[Any]:
        """Check that data is a list (a missing list is empty)."""
        if data is None:
            return []
        if not isinstance(data, list):
            self.problem("not-a-list", place, found=describe(data))
            return []
        return data

    def text(self, value: object, place: str, *, required: bool = True) -> str | None:
        """A non-empty string (numbers are taken as their text)."""
        if type(value) is str and (stripped := value.strip()):
            if (problem := control_problem(stripped)) is not None:
                self.problem(problem.key, place, **problem.kwargs)
                return None
            return stripped  # the common case, first
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem("missing-text", place)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem("not-text", place, found=describe(value))
            return None
        return str(value).strip()

    def slug(self, value: object, place: str) -> str | None:
        """An id: lower-case letters, digits and hyphens, starting with a letter or digit."""
        text = self.text(value, place)
        if text is not None and not SLUG.match(text):
            self.problem("bad-id", place, found=describe(text))
            return None
        return text

    def number(
        self,
        value: object,
        place: str,
        *,
        minimum: float | None = None,
        above: float | None = None,
        maximum: float | None = None,
        ceiling: float = NUMBER_CEILING,
        what: str = "a number",
    ) -> float | None:
        """A finite number within the given bounds and the field's ceiling; every message states the bounds."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            expected = expectation(what, minimum, above, maximum)
            self.problem("not-a-number", place, expected=expected, found=describe(value))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            expected = expectation(what, minimum, above, maximum)
            self.problem("bad-number", place, expected=expected, value=value)
            return None
        if abs(value) > ceiling:  # compared before float(): a huge int would overflow it
            shown = describe(value) if isinstance(value, int) and value.bit_length() > 200 else f"{value:.3g}"
            self.problem("absurd-number", place, what=Term(what), ceiling=ceiling, shown=shown)
            return None
        number = float(value)
        too_low = (minimum is not None and number < minimum) or (above is not None and number <= above)
        if too_low or (maximum is not None and number > maximum):
            expected = expectation(what, minimum, above, maximum)
            self.problem("out-of-range", place, expected=expected, number=number)
            return None
        return number

    def day(self, value: object, place: str, *, required: bool = False) -> date | None:
        """A calendar date written YYYY-MM-DD (or a date cell of a workbook); impossible dates are refused."""
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = self.text(value, place, required=required)
        if text is None:
            return None
        if ISO_DAY.match(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass  # 2007-02-30: the form of a date, but no day of the calendar
        self.problem("bad-date", place, found=describe(text))
        return None

    def choice(self, value: object, place: str, enum: type[E], default: E) -> E:
        """One of an Enum's values (the default when absent)."""
        if value is None:
            return default
        try:
            return enum(str(value))
        except ValueError:
            allowed = " | ".join(str(m.value) for m in enum)
            self.problem("bad-choice", place, allowed=allowed, found=describe(value))
            return default

    def flag(self, value: object, place: str) -> bool | None:
        """A yes/no answer: true/false (YAML also reads yes/no as booleans)."""
        if isinstance(value, bool):
            return value
        self.problem("not-yes-no", place, found=describe(value))
        return None


def expectation(what: str, minimum: float | None, above: float | None, maximum: float | None) -> Said:
    """What a number must be, for messages: `a unit price of at least 0` (the words in tender/wording)."""
    low = "min" if minimum is not None else "above" if above is not None else ""
    bounds = "-".join(b for b in (low, "max" if maximum is not None else "") if b)
    key = (
        f"expect.{bounds}" if bounds else "expect"
    )  # expect, expect.min, expect.above, expect.max, expect.min-max, ...
    return said(key, what=Term(what), low=minimum if minimum is not None else above, high=maximum)


def join(place: str, key: str) -> str:
    """A dotted key path (a key read from a file is quoted escaped and cut short)."""
    if len(key) > 60 or CONTROL.search(key):
        key = escaped(key)
    return f"{place}.{key}" if place else key
