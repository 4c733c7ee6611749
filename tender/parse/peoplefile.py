"""Read evaluators.yaml: the evaluation committee and their conflict-of-interest declarations."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from tender.errors import Collector
from tender.model import Score
from tender.parse.common import Fields, join, load_yaml
from tender.procmodel import Person
from tender.wording import said

PEOPLE_FILE = "evaluators.yaml"
KEY_PREFIX = "ed25519:"


def read_people(root: Path, collector: Collector) -> tuple[Person, ...] | None:
    """The listed people, or None when the workspace has no evaluators.yaml."""
    path = root / PEOPLE_FILE
    if not (path.is_file() or path.is_symlink()):  # a link is refused by the opener
        return None
    f = Fields(collector, PEOPLE_FILE)
    data = f.mapping(load_yaml(path, PEOPLE_FILE), "", {"evaluators"}, {"evaluators"})
    people: list[Person] = []
    for i, item in enumerate(f.items((data or {}).get("evaluators"), "evaluators")):
        place = f"evaluators[{i}]"
        entry = f.mapping(item, place, {"id", "name", "role", "declaration", "public_key"}, {"id", "name", "role"})
        if entry is None:
            continue
        ident = f.slug(entry.get("id"), join(place, "id"))  # the rule of --actor, --witness, --evaluator
        name = f.text(entry.get("name"), join(place, "name"))
        role = f.text(entry.get("role"), join(place, "role"))
        day = f.day(entry.get("declaration"), join(place, "declaration"))
        declaration = day.isoformat() if day else None
        key = f.text(entry.get("public_key"), join(place, "public_key"), required=False)
        if key is not None and (why := bad_public_key(key)):
            f.problem(why, join(place, "public_key"), prefix=KEY_PREFIX, key=repr(key[:60]))
            key = None
        holder = next((p.id for p in people if key and p.public_key == key), None)
        if ident in {p.id for p in people}:
            f.problem("duplicate-id.evaluator", join(place, "id"), ident=ident)
        elif holder is not None:
            f.problem("duplicate-key.public-key", join(place, "public_key"), ident=ident, holder=holder)
        elif ident and name and role:
            people.append(Person(ident, name, role, declaration, key))
    return tuple(people)


def bad_public_key(text: str) -> str | None:
    """Why a public key line is not `ed25519:BASE64` of 32 bytes (as `tender keys new` prints it): the finding's
    entry in tender/wording; None if it is such a key."""
    if not text.startswith(KEY_PREFIX):
        return "bad-public-key"
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except binascii.Error:
        return "bad-public-key.base64"
    return None if len(raw) == 32 else "bad-public-key.length"


def check_scorers(people: tuple[Person, ...], scores: list[Score], collector: Collector) -> None:
    """Refuse scores from evaluators, and consensus rows from moderators or participants, who are not listed or
    have signed no declaration (§ 6 VgV)."""
    listed = {p.id: p for p in people}
    reported: set[tuple[str, str]] = set()
    for s in scores:
        whom = (
            [(s.evaluator, "moderator"), *((p, "participant") for p in s.participants)]
            if s.consensus
            else [(s.evaluator, "evaluator")]
        )
        for who, role in whom:
            if (s.source, who) in reported:
                continue
            person = listed.get(who)
            refused = said("scorer.consensus-refused" if s.consensus else "scorer.scores-refused")
            role_word = said(f"scorer.{role}")
            if person is None:
                key = f"{role}-not-listed.refused"  # evaluator-, moderator- or participant-not-listed
                collector.add(key, s.source, s.place, role=role_word, who=who, people=PEOPLE_FILE, refused=refused)
            elif not person.declaration:
                collector.add(
                    "no-declaration.refused",
                    s.source,
                    s.place,
                    role=role_word,
                    who=who,
                    people=PEOPLE_FILE,
                    refused=refused,
                )
            else:
                continue
            reported.add((s.source, who))
