"""The moderation is a committee act: each consensus row names its moderator and participants; a score file
carries only its own evaluator's scores."""

from __future__ import annotations

import re

from tender.parse.common import Fields, describe
from tender.parse.text import control_problem

COMMITTEE_COLUMNS = ("moderator", "participants")
MIN_PARTICIPANTS = 2


def participant_ids(value: object) -> tuple[str, ...] | None:
    """The participants as a file holds them: a YAML list, or ids separated by commas, semicolons or spaces."""
    if isinstance(value, list):
        if not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
            return None
        items = [str(v).strip() for v in value]
    elif isinstance(value, str):
        items = re.split(r"[,;\s]+", value)
    elif value is None:
        return ()
    else:
        return None
    return tuple(dict.fromkeys(i for i in items if i))


def committee(
    f: Fields, places: tuple[str, str], evaluator: str | None, moderator: object, participants: object
) -> tuple[str, tuple[str, ...]] | None:
    """A consensus row's moderator and participants (at least two); None, with the problems recorded, otherwise.

    The row's evaluator, when it names one, is its moderator: a consensus row in another name is refused.
    `places` are where the moderator and the participants were read (the same line of a CSV file).
    """
    place, participants_place = places
    who = moderator.strip() if isinstance(moderator, str) else None
    ids = participant_ids(participants)
    ok = True
    if not who:
        f.problem("missing-moderator", place, found=describe(moderator))
        ok = False
    if ids is None or len(ids) < MIN_PARTICIPANTS:
        f.problem(
            "too-few-participants", participants_place, min_participants=MIN_PARTICIPANTS, found=describe(participants)
        )
        ok = False
    for key, text, at in [("moderator", who, place), *(("participants", i, participants_place) for i in ids or ())]:
        if text and (problem := control_problem(text)) is not None:
            f.problem("control-character.in-key", at, key=key, problem=problem)
            ok = False
    if who and evaluator and evaluator != who:
        f.problem("foreign-evaluator.consensus", place, evaluator=evaluator, who=who)
        ok = False
    return (who, ids) if ok and who and ids else None


def own_evaluator(f: Fields, place: str, evaluator: str | None, owner: str) -> bool:
    """Whether a row is in the name of the file's own evaluator (a row naming nobody is); records the problem."""
    if evaluator is None or evaluator == owner:
        return True
    f.problem("foreign-evaluator", place, evaluator=evaluator, owner=owner)
    return False
