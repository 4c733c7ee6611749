"""Ids given on the command line (--bidder, --evaluator, --actor, --witness, --lang, $TENDER_ACTOR): the rule of
the files' ids, checked before anything is read, built or written with them."""

from __future__ import annotations

import re
import unicodedata

from tender.errors import UsageError
from tender.parse.common import SLUG
from tender.wording import Said, said

FOLDED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def suggestion(value: str) -> str:
    """An id the user probably meant: "Müller IT" -> "mueller-it" (empty when nothing of it is left)."""
    text = "".join(FOLDED.get(ch, ch) for ch in value.strip().lower())
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def id_problem(value: str, source: str = "") -> str | None:
    """What is wrong with an id given on the command line ([a-z0-9][a-z0-9-]*, as in the files), with the id
    probably meant; None when it is valid. `source` says where the value came from ("$TENDER_ACTOR")."""
    words = id_words(value, source)
    return None if words is None else words.text()


def id_words(value: str, source: str = "") -> Said | None:
    """id_problem's words (tender/wording/tools.py), in either language; None when the id is valid."""
    if SLUG.match(value):
        return None
    from tender.report.shown import visible

    meant = suggestion(value)
    hint = said("ids.meant", meant=meant) if meant and meant != value else ""
    shown = visible(repr(value), one_line=True)
    if source:
        return said("ids.invalid.from", value=shown, source=source, hint=hint)
    return said("ids.invalid", value=shown, hint=hint)


def check_id(value: str, option: str) -> str:
    """The value when it is a valid id; else a UsageError naming the option (or variable) it came from."""
    problem = id_words(value)
    if problem is not None:
        raise UsageError("usage.option-control", option=option, problem=problem)
    return value


def invalid_value(option: str, envvar: object, problem: object, lang: str) -> str:
    """The line refusing an option's value while the command line is read (`Invalid value for '--actor' (env var:
    'TENDER_ACTOR'): …`) in `lang`; `problem`: id_words' words."""
    hint: object = option
    if isinstance(envvar, str) and envvar:
        hint = said("usage.option-envvar", option=option, variable=f"'{envvar}'")
    return said("usage.invalid-value", option=hint, problem=problem).text(lang)
