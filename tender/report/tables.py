"""View tables of the report: the criteria matrix, the price sheets and the evaluators' scores."""

from __future__ import annotations

from dataclasses import dataclass

from tender.model import Criterion, Kind
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.rules_text import criterion_note
from tender.result import BidResult, Evaluation, Judgement

MATRIX_BIDDERS = 4


@dataclass(frozen=True)
class MatrixRow:
    """One criterion (or group) with its weights and, per bidder, (value, normalised, points)."""

    depth: int
    name: str
    note: str
    kind: str
    relative: str
    absolute: str
    cells: tuple[tuple[str, str, str], ...]
    css: str


@dataclass(frozen=True)
class Matrix:
    """The criteria tree against a handful of bidders (wide tenders are split into several)."""

    bidders: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class PriceRow:
    """One price line of one bid."""

    name: str
    per: str
    unit_price: str
    quantity: str
    factor: str
    total: str


@dataclass(frozen=True)
class PriceSheet:
    """The price sheet of one bid and its evaluated price."""

    bidder: str
    name: str
    rows: tuple[PriceRow, ...]
    total: str


@dataclass(frozen=True)
class Mark:
    """One evaluator's grade and reason."""

    evaluator: str
    grade: str
    justification: str
    source: str


@dataclass(frozen=True)
class Entry:
    """One bid on one judged criterion: the marks, the aggregate, the consensus and what counts."""

    bidder: str
    marks: tuple[Mark, ...]
    aggregate: str
    aggregate_value: str
    consensus: Mark | None
    value: str
    flag: str
    abstained: str


@dataclass(frozen=True)
class Topic:
    """One judged criterion with every bid's entry."""

    name: str
    description: str
    entries: tuple[Entry, ...]


def matrices(ev: Evaluation, bids: list[BidResult], msg: Messages, fmt: Formatter) -> list[Matrix]:
    """The criteria matrix, split into tables of MATRIX_BIDDERS bidders each."""
    return [matrix(ev, bids[i : i + MATRIX_BIDDERS], msg, fmt) for i in range(0, len(bids), MATRIX_BIDDERS)]


def node_points(b: BidResult, node: Criterion) -> float:
    """A bid's points on a criterion as the result holds them: a group's sub-total, or a leaf's points (0 if none)."""
    if node.kind is Kind.GROUP:
        return b.group_points[node.id]
    return b.criteria[node.id].points or 0.0


def matrix(ev: Evaluation, bids: list[BidResult], msg: Messages, fmt: Formatter) -> Matrix:
    """The criteria tree × the given bidders."""
    t = ev.tender
    rows = []
    for path, node in t.nodes():
        if node.kind is Kind.GROUP:
            cells = tuple(("", "", fmt.num(node_points(b, node))) for b in bids)
        else:
            cells = tuple(leaf_cells(ev, b, node.id, node.kind, fmt) for b in bids)
        note = criterion_note(node, msg, fmt)
        rows.append(
            MatrixRow(
                depth=len(path),
                name=node.name,
                note=note,
                kind=msg(f"kind.{node.kind}"),
                relative=fmt.pct(node.weight / 100, 0 if float(node.weight).is_integer() else 2),
                absolute=fmt.pct(ev.weights[node.id]),
                cells=cells,
                css="group" if node.kind is Kind.GROUP else "leaf",
            )
        )
    label = msg("col.score") if t.method.name == "weighted-sum" else msg("matrix.total_performance")
    totals = tuple(("", "", fmt.num(b.score if t.method.name == "weighted-sum" else b.performance)) for b in bids)
    rows.append(MatrixRow(0, label, "", "", fmt.pct(1.0, 0), fmt.pct(1.0), totals, "total"))
    return Matrix(tuple(b.name for b in bids), tuple(rows))


def leaf_cells(ev: Evaluation, b: BidResult, leaf_id: str, kind: Kind, fmt: Formatter) -> tuple[str, str, str]:
    """(value, normalised, points) of one bid on one leaf: grade, stated fact or evaluated price."""
    r = b.criteria[leaf_id]
    if kind is Kind.PRICE:
        value = fmt.money(r.value)
    elif kind is Kind.MEASURED:
        leaf = next(n for n in ev.tender.leaves() if n.id == leaf_id)
        unit = f" {leaf.measure.unit}" if leaf.measure and leaf.measure.unit else ""
        value = fmt.grade(r.value) + (unit if r.value is not None else "")
    else:
        value = fmt.num(r.value)
    return value, fmt.num(r.normalized, 3), fmt.num(r.points)


def price_sheets(ev: Evaluation, bids: list[BidResult], msg: Messages, fmt: Formatter) -> list[PriceSheet]:
    """Each bid's price lines: unit price × quantity × term factor = total, and the evaluated price."""
    units: dict[str, str] = {p.id: p.unit for p in ev.tender.prices}
    out = []
    for b in bids:
        rows = []
        for p in b.price_lines:
            unit = units.get(p.line) or ""
            unit = f" × {unit}" if unit[:1].isdigit() else f" {unit}" if unit else ""
            rows.append(
                PriceRow(
                    name=p.name,
                    per=msg(f"per.{p.per}"),
                    unit_price=fmt.money(p.unit_price) if p.unit_price is not None else msg("prices.unpriced"),
                    quantity=fmt.grade(p.quantity) + unit,
                    factor=fmt.grade(p.factor),
                    total=fmt.money(p.total),
                )
            )
        out.append(PriceSheet(b.bidder, b.name, tuple(rows), fmt.money(b.price)))
    return out


def evaluator_topics(
    ev: Evaluation, detail: set[str], row_limit: int | None, msg: Messages, fmt: Formatter
) -> tuple[list[Topic], int, int]:
    """Every judged criterion with each bid's marks; beyond row_limit marks, only flagged or moderated pairs.

    Returns (topics, pairs shown, pairs in all).
    """
    t = ev.tender
    names = {b.bidder: b.name for b in ev.bids}
    order = {b.bidder: i for i, b in enumerate(ev.bids)}
    marks_total = sum(len(j.scores) for j in ev.judgements)
    limited = row_limit is not None and marks_total > row_limit
    how = msg(f"trail.{t.method.aggregation}")
    aggregate = how[:1].upper() + how[1:]
    topics, shown = [], 0
    budget = None if row_limit is None else max(1, row_limit // (len(ev.evaluators) + 1))
    by_criterion: dict[str, list[Judgement]] = {}
    for j in ev.judgements:
        if j.scores or j.consensus is not None:
            by_criterion.setdefault(j.criterion, []).append(j)
    for leaf in t.leaves():
        if leaf.kind is not Kind.JUDGED:
            continue
        judged = sorted(by_criterion.get(leaf.id, []), key=lambda j: order[j.bidder])
        if limited and budget is not None:
            judged = [j for j in judged if (j.flagged or j.consensus is not None) and j.bidder in detail]
            judged = judged[: max(0, budget - shown)]
        entries = []
        for j in judged:
            flag = ""
            if j.flagged:
                flag = msg("eval.flagged", spread=fmt.grade(j.spread), threshold=fmt.grade(t.method.disagreement))
            consensus = None
            if j.consensus is not None:
                c = j.consensus
                consensus = Mark(c.evaluator, fmt.grade(c.score), c.justification, f"{c.source} {c.place}".strip())
            entries.append(
                Entry(
                    bidder=names[j.bidder],
                    marks=tuple(
                        Mark(s.evaluator, fmt.grade(s.score), s.justification, f"{s.source} {s.place}".strip())
                        for s in j.scores
                    ),
                    aggregate=aggregate,
                    aggregate_value=fmt.num(j.aggregate),
                    consensus=consensus,
                    value=fmt.num(j.value),
                    flag=flag,
                    abstained=", ".join(j.abstained),
                )
            )
        shown += len(entries)
        if entries:
            topics.append(Topic(leaf.name, leaf.description, tuple(entries)))
    return topics, shown, sum(1 for j in ev.judgements if j.scores or j.consensus is not None)
