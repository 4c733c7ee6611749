"""Read evaluators.yaml: the evaluation committee and their conflict-of-interest declarations."""

from __future__ import annotations

from pathlib import Path

from tender.errors import Collector
from tender.model import Person, Score
from tender.parse.common import Fields, join, load_yaml

PEOPLE_FILE = "evaluators.yaml"


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
        entry = f.mapping(item, place, {"id", "name", "role", "declaration"}, {"id", "name", "role"})
        if entry is None:
            continue
        ident = f.slug(entry.get("id"), join(place, "id"))  # the rule of --actor, --witness, --evaluator
        name = f.text(entry.get("name"), join(place, "name"))
        role = f.text(entry.get("role"), join(place, "role"))
        day = f.day(entry.get("declaration"), join(place, "declaration"))
        declaration = day.isoformat() if day else None
        if ident in {p.id for p in people}:
            f.problem("duplicate-id", join(place, "id"), f"evaluator {ident} is listed twice")
        elif ident and name and role:
            people.append(Person(ident, name, role, declaration))
    return tuple(people)


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
