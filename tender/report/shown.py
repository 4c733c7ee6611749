"""Text from the user's files made harmless for the terminal: control sequences shown, rich markup inert.

Every piece of data (names, ids, messages quoting a file) and every file name printed to the terminal
passes through `visible` (plain output) or `safe` (output that rich parses as markup): an escape
sequence in a bidder's name must not recolour, move the cursor, retitle the window or hide text, and
`[link=…]` in it must neither crash the command nor become a hyperlink.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

# C0 controls except tab and newline, DEL, C1 controls; the bidi marks, embeddings, overrides and
# isolates (they reorder what follows them); the line and paragraph separators
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
NEWLINE = re.compile("[\n\t]")


def shown_char(match: re.Match[str]) -> str:
    """One character as its escape: \\x1b, \\u202e."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: object, *, one_line: bool = False) -> str:
    """The text with every control character written out as \\xNN or \\uNNNN (tab and newline kept,
    unless one_line)."""
    out = CONTROL.sub(shown_char, str(text))
    return NEWLINE.sub(shown_char, out) if one_line else out


def safe(text: object, *, one_line: bool = False) -> str:
    """visible(text) with rich markup escaped, for output that rich parses as markup."""
    from rich.markup import escape

    return escape(visible(text, one_line=one_line))


def console() -> Console:
    """A rich console for the data's tables: emoji codes stay as typed (":warning:" in a name is not ⚠)."""
    from rich.console import Console

    return Console(emoji=False)
