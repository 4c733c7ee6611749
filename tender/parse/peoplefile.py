"""Read evaluators.yaml: the evaluation committee and their conflict-of-interest declarations."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from tender.errors import Collector
from tender.model import Person, Score
from tender.parse.common import Fields, join, load_yaml

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
            f.problem("bad-public-key", join(place, "public_key"), f"{why}, found {key[:60]!r}")
            key = None
        holder = next((p.id for p in people if key and p.public_key == key), None)
        if ident in {p.id for p in people}:
            f.problem("duplicate-id", join(place, "id"), f"evaluator {ident} is listed twice")
        elif holder is not None:
            f.problem("duplicate-key", join(place, "public_key"), f"{ident} is listed with {holder}'s public key")
        elif ident and name and role:
            people.append(Person(ident, name, role, declaration, key))
    return tuple(people)


def bad_public_key(text: str) -> str | None:
    """Why a public key line is not `ed25519:BASE64` of 32 bytes (as `tender keys new` prints it); None if it is."""
    expected = f"expected {KEY_PREFIX}BASE64 as `tender keys new` prints it"
    if not text.startswith(KEY_PREFIX):
        return expected
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except binascii.Error:
        return f"{expected} (not base64)"
    return None if len(raw) == 32 else f"{expected} (an Ed25519 public key has 32 bytes, this one {len(raw)})"


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
            what = "the consensus is refused" if s.consensus else "their scores are refused"
            if person is None:
                message = f"{role} {who} is not listed in {PEOPLE_FILE}: {what}"
                collector.add(f"{role}-not-listed", s.source, s.place, message)
            elif not person.declaration:
                message = (
                    f"{role} {who} has no signed conflict-of-interest declaration in {PEOPLE_FILE} (§ 6 VgV): {what}"
                )
                collector.add("no-declaration", s.source, s.place, message)
            else:
                continue
            reported.add((s.source, who))
