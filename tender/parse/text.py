"""Which characters a text from an input file may hold: no control or direction-changing characters."""

from __future__ import annotations

import re

from tender.wording import Said, said

# C0 controls except tab and newline (a carriage return only as part of CRLF), DEL, C1 controls,
# the Unicode line and paragraph separators, and the bidi embedding, override and isolate characters.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


def control_problem(text: str) -> Said | None:
    """The words naming the first forbidden character of text (a `control-character` finding), or None."""
    found = CONTROL.search(text)
    if found is None:
        return None
    return said("control-character", char=f"U+{ord(found.group()[0]):04X}", position=found.start() + 1)


def has_control(texts: list[str]) -> bool:
    """Whether any of the texts holds a forbidden character (one search over all of them)."""
    return CONTROL.search("\n".join(texts)) is not None


def escaped(text: str, limit: int = 60) -> str:
    """Text from a file made safe to quote in a message: control characters escaped, cut to about limit."""
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
