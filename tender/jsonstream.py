"""Write JSON data indented by two spaces, piece by piece, without building one giant string.

The text is what `json.dumps(data, indent=2, ensure_ascii=False)` prints (same keys, order and layout;
a float may be spelt differently, e.g. `1e-5` for `1e-05`, but is the same number). The top-level
mapping is written key by key and large lists in batches of items, each encoded by orjson's C encoder,
so memory stays at the size of one batch. A number that is not finite (NaN, Infinity) is refused with
an error naming where it is: JSON has no spelling for it, and writing `null` in its place would hide a fault.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Collection, Iterator
from typing import IO, Any, cast

import orjson

from tender.errors import TenderError
from tender.finite import all_finite
from tender.gcpause import gc_paused

OPTIONS = (
    orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
)
SPLIT = 64  # a list with more items than this is written in batches
BATCH = 256  # items per batch
Path = tuple[object, ...]


class NonFiniteNumber(TenderError):
    """A number to be written as JSON is NaN or infinite: the inputs are checked, so this is a bug (exit 3)."""

    exit_code = 3

    def __init__(self, where: str, value: float) -> None:
        self.where = where
        self.value = value
        super().__init__(f"cannot write JSON: the number at {where} is {value!r}, which JSON cannot represent")

    def lines(self) -> list[str]:
        """The message, one line."""
        return [str(self)]


@gc_paused()  # the pieces are bytes and short-lived lists: nothing for the cyclic collector to find
def write_json(data: Any, stream: IO[str] | IO[bytes], checked: Collection[str] = ()) -> None:
    """Write data as indented JSON and a final newline to a text or binary stream.

    `checked` names top-level keys whose numbers the caller has already found finite: they are not searched again.
    """
    out = binary(stream)
    for chunk in chunks(data, (), checked):
        out(chunk)
    out(b"\n")


def dumps(data: Any) -> str:
    """The indented JSON text of data (without the final newline), made the same way as write_json."""
    return b"".join(chunks(data, ())).decode("utf-8")


def chunks(data: Any, path: Path, checked: Collection[str] = ()) -> Iterator[bytes]:
    """The JSON text of data at its nesting depth (len(path)), in pieces; the first piece is not indented.

    The top-level mapping is written key by key; a list with more than SPLIT items in batches of BATCH.
    """
    kind = type(data)
    if kind is dict and not path and data:
        yield b"{"
        for i, (key, value) in enumerate(data.items()):
            pieces = chunks(value, (key,), checked)
            yield (b"," if i else b"") + b"\n  " + encode_key(key) + b": " + next(pieces)
            yield from pieces
        yield b"\n}"
    elif (kind is list or kind is tuple) and len(data) > SPLIT:
        search = not path or path[0] not in checked
        yield b"["
        for start in range(0, len(data), BATCH):
            part = data[start : start + BATCH]
            text = encode(list(part), path, start, search, depth=len(path))
            before, after = brackets(len(path))
            yield (b"," if start else b"") + text[before:-after]  # the items alone: `\n    item,\n    item`
        yield b"\n" + b"  " * len(path) + b"]"
    else:
        yield indented(encode(data, path, search=not path or path[0] not in checked), len(path))


def encode_key(key: object) -> bytes:
    """A mapping key as JSON text (non-string keys as json.dumps spells them)."""
    if type(key) is str:
        return orjson.dumps(key)
    return orjson.dumps({key: 0}, option=orjson.OPT_NON_STR_KEYS)[1:-3]


def encode(data: Any, path: Path, first: int | None = None, search: bool = True, depth: int = 0) -> bytes:
    """One piece as indented JSON text; refuses a non-finite number inside it (searched for only if `search`).

    With `first`, data is a batch of a list's items starting at that index (for the place in a message).
    With `depth`, data is written inside that many one-item lists, so that the encoder itself indents its
    lines for that depth (cheaper than inserting the spaces afterwards); see brackets.
    """
    wrapped = data
    for _ in range(depth):
        wrapped = [wrapped]
    try:
        text = orjson.dumps(wrapped, default=plain, option=OPTIONS)
    except orjson.JSONEncodeError:
        text = fallback(wrapped, data, path)
    if search and b"null" in text and not all_finite(data):  # orjson writes NaN and Infinity as null
        if first is None:
            check_finite(data, path)
        else:
            for i, item in enumerate(data, start=first):
                check_finite(item, (*path, i))
    return text


def plain(value: Any) -> Any:
    """What orjson cannot encode by itself: float subclasses (numpy), anything else json.dumps takes."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")  # orjson gives up; the stdlib encoder then names the place
        return float(value)
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def fallback(wrapped: Any, data: Any, path: Path) -> bytes:
    """The stdlib encoder, for what orjson refuses (integers beyond 64 bits, very deep nesting).

    wrapped is data itself or data inside one-item lists (see encode); a non-finite number is named by its place
    in data.
    """
    try:
        return json.dumps(wrapped, indent=2, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except ValueError:
        check_finite(data, path)
        raise


def brackets(depth: int) -> tuple[int, int]:
    """How many bytes precede and follow a list's items when it is written inside `depth` one-item lists.

    At depth 1: `[\n  [` before the items and `\n  ]\n]` after them; each level adds its line and indentation.
    """
    outer = sum(2 * k + 2 for k in range(depth))  # `  ` * k + `[\n` before, `\n` + `  ` * k + `]` after
    return outer + 2 * depth + 1, 2 * depth + 2 + outer


def indented(text: bytes, depth: int) -> bytes:
    """A piece of indented JSON moved `depth` levels to the right (strings hold no raw newlines)."""
    return text.replace(b"\n", b"\n" + b"  " * depth) if depth and b"\n" in text else text


def check_finite(data: Any, path: Path) -> None:
    """Raise NonFiniteNumber naming the first NaN or infinite number in data (the slow walk, for the message)."""
    if isinstance(data, float):
        if not math.isfinite(data):
            raise NonFiniteNumber(place(path), float(data))
    elif isinstance(data, dict):
        for key, value in data.items():
            check_finite(value, (*path, key))
    elif isinstance(data, list | tuple):
        for i, value in enumerate(data):
            check_finite(value, (*path, i))


def place(path: Path) -> str:
    """A path into the data as it reads in a message: `bids[3].score`, or `the top level`."""
    text = "".join(f"[{p}]" if type(p) is int else f".{p}" for p in path).lstrip(".")
    return text or "the top level"


def binary(stream: IO[str] | IO[bytes]) -> Callable[[bytes], object]:
    """A function writing bytes to the stream: to its byte buffer if it has one, else decoded to text."""
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return stream.write
    raw = getattr(stream, "buffer", None)
    if raw is not None:
        stream.flush()
        write: Callable[[bytes], object] = raw.write
        return write
    text = cast("IO[str]", stream)
    return lambda piece: text.write(piece.decode("utf-8"))
