"""Read a CSV score file column by column and check it in bulk; any doubt falls back to the row-wise check."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache, partial
from itertools import repeat
from pathlib import Path

from tender.model import Kind, Score, Tender
from tender.parse.csvread import parse_number, read_columns
from tender.parse.text import has_control

COLUMNS = {"bidder", "criterion", "score", "justification"}
OPTIONAL = {"evaluator"}


def csv_scores(path: Path, display: str, tender: Tender, bidders: set[str], consensus: bool) -> list[Score] | None:
    """The Scores of a CSV score file in which every row is valid, or None to have the rows checked one by one.

    Each check is done once per column (or once per distinct value): known bidders and criteria, a number on
    the scale, a justification, no pair scored twice. A file that fails any of them, or is irregular, is read
    again by the row-wise reader, which names every problem as it always has (file, line, what was expected).
    """
    if consensus:
        return None  # the moderation's committee is checked row by row
    table = read_columns(path, display)
    required = COLUMNS | {"lot"} if tender.lots else COLUMNS
    if table is None or not required <= set(table.header) <= required | OPTIONAL:
        return None
    columns = table.columns
    count = len(table.lines)
    if not count:
        return []
    known_bidders = {b: b for b in bidders}  # the read text replaced by the one string of each id
    judged: dict[str, str] = {leaf.id: leaf.id for leaf in tender.leaves() if leaf.kind is Kind.JUDGED}
    bidder, criterion = columns["bidder"], columns["criterion"]
    lots: Sequence[str] = columns.get("lot", ())
    if tender.lots:
        per_lot = lot_criteria(tender)
        judged = {c: c for criteria in per_lot.values() for c in criteria}
        if not criteria_of_lots(lots, criterion, per_lot):
            return None
    if not (set(bidder) <= known_bidders.keys() and set(criterion) <= judged.keys()):
        return None
    lowest, highest = tender.scale.min, tender.scale.max
    numbers = {raw: parse_number(raw, table.decimal) for raw in set(columns["score"])}
    if any(n is None or not lowest <= n <= highest for n in numbers.values()):
        return None
    reasons = columns["justification"]
    if not all(reasons) or has_control([*reasons, *columns.get("evaluator", ())]):
        return None
    stem = path.stem
    same: dict[str, str] = {}  # one string object for each distinct evaluator and justification
    if "evaluator" in columns:
        named = [w or stem for w in columns["evaluator"]]
        if set(named) != {stem}:
            return None  # a row in another evaluator's name: refused by the row-wise check
        who: Iterable[str] = list(map(same.setdefault, named, named))
    else:
        who = repeat(stem)
    if len(set(zip(bidder, criterion, *((lots,) if lots else ()), strict=True))) != count:  # each pair once
        return None
    return list(
        map(
            partial(tuple.__new__, Score),  # Score(*row) without a Python call per row
            zip(
                who,
                map(known_bidders.__getitem__, bidder),
                map(judged.__getitem__, criterion),
                map(numbers.__getitem__, columns["score"]),
                map(same.setdefault, reasons, reasons),
                repeat(display),
                places(table.lines),
                repeat(consensus),
                repeat(()),
                map(same.setdefault, lots, lots) if lots else repeat(""),
                strict=False,
            ),
        )
    )


def criteria_of_lots(lots: Sequence[str], criteria: Sequence[str], per_lot: dict[str, set[str]]) -> bool:
    """Whether each row names a lot and one of that lot's judged criteria (when every lot judges the same criteria,
    the criteria are checked on their own, beside the lots)."""
    if not set(lots) <= per_lot.keys():
        return False
    shared = next(iter(per_lot.values()), set())
    if all(cs == shared for cs in per_lot.values()):
        return set(criteria) <= shared
    return set(zip(lots, criteria, strict=True)) <= {(lot, c) for lot, cs in per_lot.items() for c in cs}


def lot_criteria(tender: Tender) -> dict[str, set[str]]:
    """Per lot of a lotted tender, the ids of its judged criteria."""
    return {lot.id: {leaf.id for leaf in lot.tender.leaves() if leaf.kind is Kind.JUDGED} for lot in tender.lots}


def places(lines: Sequence[int]) -> Iterable[str]:
    """Each record's place, `line N`; the usual consecutive lines share their strings across files."""
    if type(lines) is range and lines.start == 2 and lines.step == 1:
        return first_lines(len(lines))
    return map("line {}".format, lines)


@lru_cache(maxsize=4)
def first_lines(count: int) -> tuple[str, ...]:
    """`line 2` … `line {count + 1}`: the places of a file's records when each is one line."""
    return tuple(map("line {}".format, range(2, count + 2)))
