"""Pieces of the catalogue's sentences made in code: a list joined in either language, a value quoted from the
command line."""

from __future__ import annotations

from collections.abc import Sequence

from tender.wording import Quoted, Said, said

AND = "list.and"  # "a and b and c", "a und b und c"
SEMICOLON = "list.semicolon"  # "a; b; c"


def joined(items: Sequence[Said | str], key: str = AND) -> Said | str:
    """The items joined by the catalogue entry `key` ({head} … {tail}), each shown in the sentence's language."""
    if not items:
        raise ValueError("nothing to join")
    if len(items) == 1:
        return items[0]
    return said(key, head=items[0], tail=joined(items[1:], key))


def quoted(text: str) -> Quoted:
    """A value given on the command line, quoted as the catalogue quotes found values ("…", German „…“)."""
    return Quoted(f'"{text}"')
