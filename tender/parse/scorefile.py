"""Read evaluators' score files (YAML or CSV rows) into validated Scores."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tender.errors import Collector
from tender.model import BidderId, CriterionId, Kind, Score, Tender
from tender.parse.committee import COMMITTEE_COLUMNS, committee, own_evaluator
from tender.parse.common import Fields, describe, load_yaml
from tender.parse.csvread import parse_number, read_csv
from tender.parse.scorecolumns import csv_scores
from tender.parse.text import CONTROL, control_problem
from tender.wording import NONE

SCORE_COLUMNS = ("evaluator", "bidder", "criterion", "score", "justification")
CONSENSUS_STEM = "consensus"


def read_score_file(path: Path, display: str, tender: Tender, bidders: set[str], collector: Collector) -> list[Score]:
    """All scores in one file, all of one evaluator's: the file name's stem, or a YAML file's `evaluator`."""
    owner = path.stem
    consensus = owner.lower() == CONSENSUS_STEM
    f = Fields(collector, display)
    rows: list[ScoreRow] = []
    if path.suffix.lower() == ".csv":
        fast = csv_scores(path, display, tender, bidders, consensus)
        if fast is not None:
            return fast
        table = read_csv(path, display)
        columns = score_columns(consensus, bool(tender.lots))
        missing = [c for c in columns[1:] if c not in table.header]
        unknown = [c for c in table.header if c not in columns]
        if missing or unknown:
            f.problem(
                "bad-header.scores",
                "line 1",
                columns=",".join(columns),
                missing=", ".join(missing) or NONE,
                unknown=", ".join(unknown) or NONE,
            )
            return []
        for line, record in table.rows:
            raw = record["score"]
            number = parse_number(raw, table.decimal)
            score = number if number is not None else raw
            bidder, criterion, justification = record["bidder"], record["criterion"], record["justification"]
            who = record.get("evaluator") or None
            row = ScoreRow(f"line {line}", bidder, criterion, score, justification, who)
            row.moderator, row.participants = record.get("moderator"), record.get("participants")
            row.lot = record.get("lot")
            rows.append(row)
    else:
        committee_keys = set(COMMITTEE_COLUMNS) if consensus else set()
        data = f.mapping(load_yaml(path, display), "", {"evaluator", "scores", *committee_keys}, {"scores"})
        if data is None:
            return []
        top = f.text(data.get("evaluator"), "evaluator", required=False)
        owner = top or owner
        for i, item in enumerate(f.items(data.get("scores"), "scores")):
            place = f"scores[{i}]"
            entry = f.mapping(
                item,
                place,
                set(score_columns(consensus, bool(tender.lots))),
                {"bidder", "criterion", "score", "justification", *(("lot",) if tender.lots else ())},
            )
            if entry is not None:
                who = str(entry["evaluator"]) if entry.get("evaluator") else top
                mark, reason = entry.get("score"), entry.get("justification")
                row = ScoreRow(place, entry.get("bidder"), entry.get("criterion"), mark, reason, who)
                row.moderator = entry.get("moderator", data.get("moderator"))
                row.participants = entry.get("participants", data.get("participants"))
                row.lot = entry.get("lot")
                rows.append(row)
    return check_scores(rows, owner, consensus, display, tender, bidders, f)


def score_columns(consensus: bool, lotted: bool = False) -> tuple[str, ...]:
    """The columns (or keys) of a score row: the consensus names its moderator and participants too; in a lotted
    tender each row names its lot (after the evaluator)."""
    columns = (*SCORE_COLUMNS[:1], "lot", *SCORE_COLUMNS[1:]) if lotted else SCORE_COLUMNS
    return columns + COMMITTEE_COLUMNS if consensus else columns


@dataclass(slots=True)
class ScoreRow:
    """One score as read from a file: its place, its values as found and its evaluator if given.

    A spreadsheet row also knows the column of each field (`Scores!E`) and its row number, so that a message
    can name the very cell; CSV lines and YAML entries are named by their place (`line 12`, `scores[3]`).
    """

    place: str
    bidder: object
    criterion: object
    score: object
    justification: object
    evaluator: str | None = None
    columns: Mapping[str, str] = field(default_factory=dict)
    row: int = 0
    moderator: object = None  # a consensus row's moderator and participants, as found
    participants: object = None
    lot: object = None  # in a lotted tender: the lot the score is for, as found

    def at(self, key: str, fallback: str) -> str:
        """Where one field was read: its own cell if known, else the fallback place."""
        column = self.columns.get(key)
        return f"{column}{self.row}" if column else fallback


def field_text(f: Fields, item: ScoreRow, key: str, value: object) -> str | None:
    """A text field of a score row; its place is worked out only when there is a problem."""
    if type(value) is str and (text := value.strip()) and not CONTROL.search(text):
        return text
    return f.text(value, item.at(key, f"{item.place}: {key}"))


def check_scores(
    rows: Iterable[ScoreRow], owner: str, consensus: bool, display: str, tender: Tender, bidders: set[str], f: Fields
) -> list[Score]:
    """Validate score rows from any format into Scores: scale, justification, known bidder and criterion; each row
    in the name of the file's own evaluator (`owner`), a consensus row naming its moderator and participants."""
    judged = {leaf.id for leaf in tender.leaves() if leaf.kind is Kind.JUDGED}
    per_lot = {lot.id: {leaf.id for leaf in lot.tender.leaves() if leaf.kind is Kind.JUDGED} for lot in tender.lots}
    lowest, highest = tender.scale.min, tender.scale.max
    out: list[Score] = []
    seen: dict[tuple[str, str, str, str], str] = {}
    for item in rows:
        place = item.place
        who = item.evaluator or owner
        if (problem := control_problem(who)) is not None:
            f.problem("control-character.evaluator", item.at("evaluator", place), problem=problem)
            continue
        participants: tuple[str, ...] = ()
        if consensus:
            places = (item.at("moderator", place), item.at("participants", place))
            found = committee(f, places, item.evaluator, item.moderator, item.participants)
            if found is None:
                continue
            who, participants = found
        elif not own_evaluator(f, item.at("evaluator", place), item.evaluator, owner):
            continue
        bidder = field_text(f, item, "bidder", item.bidder)
        criterion = field_text(f, item, "criterion", item.criterion)
        lot = ""
        if per_lot:
            lot = field_text(f, item, "lot", item.lot) or ""
            if lot and lot not in per_lot:
                f.problem("unknown-lot.score", item.at("lot", place), found=describe(lot), lots=", ".join(per_lot))
            judged = per_lot.get(lot, set())
            if not lot or lot not in per_lot:
                continue
        value = item.score
        score = None
        if type(value) is float or (isinstance(value, int | float) and not isinstance(value, bool)):
            score = float(value)
            if not lowest <= score <= highest:
                f.problem(
                    "score-out-of-scale",
                    item.at("score", place),
                    score=score,
                    who=who,
                    bidder=bidder,
                    criterion=criterion,
                    lowest=lowest,
                    highest=highest,
                )
                score = None
        else:
            f.problem(
                "not-a-number.score",
                item.at("score", place),
                who=who,
                bidder=bidder,
                criterion=criterion,
                found=describe(value),
            )
        justification = item.justification
        if isinstance(justification, str) and justification.strip():
            justification = field_text(f, item, "justification", justification)
        else:
            f.problem(
                "missing-justification", item.at("justification", place), who=who, bidder=bidder, criterion=criterion
            )
            justification = None
        if bidder is not None and bidder not in bidders:
            f.problem(
                "unknown-bidder",
                item.at("bidder", place),
                found=describe(bidder),
                bidders=", ".join(sorted(bidders)) or NONE,
            )
            bidder = None
        if criterion is not None and criterion not in judged:
            f.problem(
                "unknown-criterion.lot" if lot else "unknown-criterion",
                item.at("criterion", place),
                found=describe(criterion),
                judged=", ".join(sorted(judged)),
                lot=lot,
            )
            criterion = None
        if bidder is None or criterion is None or score is None or justification is None:
            continue
        key = (who, bidder, criterion, lot)
        if key in seen:
            key_of = "duplicate-score.lot" if lot else "duplicate-score"
            f.problem(key_of, place, who=who, bidder=bidder, criterion=criterion, lot=lot, seen=seen[key])
            continue
        seen[key] = place
        out.append(
            Score(
                who,
                BidderId(bidder),
                CriterionId(criterion),
                score,
                justification,
                display,
                place,
                consensus,
                participants,
                lot,
            )
        )
    return out
