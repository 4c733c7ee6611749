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
    """A short quotation of a found value for messages: cut short, control characters shown escaped."""
    if isinstance(value, str):
        text = f'"{value[:80]}"'
    elif isinstance(value, int) and value.bit_length() > 200:
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

    def problem(self, code: str, place: str, message: str) -> None:
        """Record one problem at a place in this file (a key path, or the sheet cell it came from)."""
        if self.prefix:
            place = f"{self.prefix}.{place}" if place else self.prefix
        self.collector.add(code, self.file, self.places.get(place, place), message)

    def within(self, prefix: str) -> Fields:
        """The same reader for a part of the file: its places are put under `prefix` (a key path)."""
        return Fields(self.collector, self.file, self.places, join(self.prefix, prefix))

    def mapping(
        self, data: object, place: str, allowed: set[str], required: set[str] | frozenset[str] = frozenset()
    ) -> Mapping[str, Any] | None:
        """Check that data is a mapping with only allowed keys and every required key."""
        if not isinstance(data, Mapping):
            self.problem("not-a-mapping", place, f"expected a mapping of keys, found {describe(data)}")
            return None
        for key in data:
            if str(key) not in allowed:
                known = ", ".join(sorted(allowed))
                self.problem("unknown-key", join(place, str(key)), f"unknown key (allowed: {known})")
        for key in sorted(required - {str(k) for k in data}):
            self.problem("missing-key", join(place, key), "required key is missing")
        return data

    def items(self, data: object, place: str) -> list[Any]:
        """Check that data is a list (a missing list is empty)."""
        if data is None:
            return []
        if not isinstance(data, list):
            self.problem("not-a-list", place, f"expected a list, found {describe(data)}")
            return []
        return data

    def text(self, value: object, place: str, *, required: bool = True) -> str | None:
        """A non-empty string (numbers are taken as their text)."""
        if type(value) is str and (stripped := value.strip()):
            if (problem := control_problem(stripped)) is not None:
                self.problem("control-character", place, problem)
                return None
            return stripped  # the common case, first
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem("missing-text", place, "expected a non-empty text")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem("not-text", place, f"expected a text, found {describe(value)}")
            return None
        return str(value).strip()

    def slug(self, value: object, place: str) -> str | None:
        """An id: lower-case letters, digits and hyphens, starting with a letter or digit."""
        text = self.text(value, place)
        if text is not None and not SLUG.match(text):
            self.problem(
                "bad-id", place, f"expected an id like 'web-hosting' ([a-z0-9][a-z0-9-]*), found {describe(text)}"
            )
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
            self.problem("not-a-number", place, f"expected {expected}, found {describe(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            expected = expectation(what, minimum, above, maximum)
            self.problem("bad-number", place, f"expected {expected}, found {value} (not a finite number)")
            return None
        if abs(value) > ceiling:  # compared before float(): a huge int would overflow it
            shown = describe(value) if isinstance(value, int) and value.bit_length() > 200 else f"{value:.3g}"
            self.problem(
                "absurd-number", place, f"expected {what} of at most {ceiling:g} in size, found {shown}: not plausible"
            )
            return None
        number = float(value)
        too_low = (minimum is not None and number < minimum) or (above is not None and number <= above)
        if too_low or (maximum is not None and number > maximum):
            expected = expectation(what, minimum, above, maximum)
            self.problem("out-of-range", place, f"expected {expected}, found {number:g}")
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
        self.problem("bad-date", place, f"expected a calendar date like 2007-03-01, found {describe(text)}")
        return None

    def choice(self, value: object, place: str, enum: type[E], default: E) -> E:
        """One of an Enum's values (the default when absent)."""
        if value is None:
            return default
        try:
            return enum(str(value))
        except ValueError:
            allowed = " | ".join(str(m.value) for m in enum)
            self.problem("bad-choice", place, f"expected one of {allowed}, found {describe(value)}")
            return default

    def flag(self, value: object, place: str) -> bool | None:
        """A yes/no answer: true/false (YAML also reads yes/no as booleans)."""
        if isinstance(value, bool):
            return value
        self.problem("not-yes-no", place, f"expected true or false, found {describe(value)}")
        return None


def expectation(what: str, minimum: float | None, above: float | None, maximum: float | None) -> str:
    """What a number must be, for messages: `a unit price of at least 0`."""
    bounds = [
        f"of at least {minimum:g}" if minimum is not None else "",
        f"greater than {above:g}" if above is not None else "",
        f"of at most {maximum:g}" if maximum is not None else "",
    ]
    return " ".join([what, " and ".join(b for b in bounds if b)]).strip()


def join(place: str, key: str) -> str:
    """A dotted key path (a key read from a file is quoted escaped and cut short)."""
    if len(key) > 60 or CONTROL.search(key):
        key = escaped(key)
    return f"{place}.{key}" if place else key
