"""Ids given on the command line (--bidder, --evaluator, --actor, --witness, --lang, $TENDER_ACTOR): the rule of
the files' ids, checked before anything is read, built or written with them."""

from __future__ import annotations

import re
import unicodedata

from tender.errors import UsageError
from tender.parse.common import SLUG

FOLDED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def suggestion(value: str) -> str:
    """An id the user probably meant: "Müller IT" -> "mueller-it" (empty when nothing of it is left)."""
    text = "".join(FOLDED.get(ch, ch) for ch in value.strip().lower())
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def id_problem(value: str, source: str = "") -> str | None:
    """What is wrong with an id given on the command line ([a-z0-9][a-z0-9-]*, as in the files), with the id
    probably meant; None when it is valid. `source` says where the value came from ("$TENDER_ACTOR")."""
    if SLUG.match(value):
        return None
    from tender.report.shown import visible

    meant = suggestion(value)
    hint = f" (did you mean {meant}?)" if meant and meant != value else ""
    origin = f" (from {source})" if source else ""
    return (
        f"{visible(repr(value), one_line=True)}{origin} is not a valid id: lower-case letters a-z, digits and hyphens, "
        f"starting with a letter or digit{hint}"
    )


def check_id(value: str, option: str) -> str:
    """The value when it is a valid id; else a UsageError naming the option (or variable) it came from."""
    problem = id_problem(value)
    if problem is not None:
        raise UsageError(f"{option}: {problem}")
    return value
