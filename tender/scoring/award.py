"""Who is awarded which lot: the lots' rankings composed under a limit of lots per bidder, and
combination bids weighed against the best single-lot awards.

Pure: each lot's ranking comes from the kernel; this module only composes them, and returns every
step and every alternative it weighed, so that a report can show how each lot was awarded.

The rules:
- Without a limit every lot goes to its first-ranked bid.
- With `max_per_bidder: N` the lots are awarded one after the other in the announced order
  (`by-value`: highest estimated value first, the listed order between equal values; `by-list`: the
  order in which the notice lists them); each goes to the best-ranked bidder that holds fewer than N
  lots at that moment. A bidder passed over for the limit is named in the step.
- When the best remaining bidders of a lot share a rank the lot is not awarded by this rule: the
  step names them (the tie-break of the method decides before a lot reaches this module).
- Combination bids: every set of admissible combination bids that do not share a lot (and keep each
  bidder within the limit) is an alternative; its remaining lots are awarded singly as above. The
  alternative that awards the most lots and then has the best total on the announced criterion
  (lowest total evaluated price, or highest total score) wins; the single awards win every tie,
  and between combinations the one with fewer combination bids, then the earlier listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from tender.lotmodel import Compare, LimitOrder
from tender.lotresult import Alternative, Award, Combination, Standing, Step

__all__ = ["Alternative", "Award", "Combination", "Compare", "LimitOrder", "Standing", "Step", "allocate", "award"]

# Two totals are equal when they differ by at most this share of the larger (float sums of prices).
TOTAL_TOLERANCE = 1e-9
# At most this many admissible combination bids are weighed (every disjoint set of them is an alternative).
MAX_COMBINATIONS = 16


def award_order(standings: Sequence[Standing], order: LimitOrder) -> list[Standing]:
    """The lots in the order they are awarded under a limit."""
    if order is LimitOrder.BY_LIST:
        return list(standings)
    missing = [s.lot for s in standings if s.value is None]
    if missing:
        raise ValueError(f"by-value needs every lot's estimated value; missing: {', '.join(missing)}")
    return sorted(standings, key=lambda s: -(s.value or 0.0))  # sorted() is stable: listed order on equal values


def allocate(
    standings: Sequence[Standing],
    limit: int | None,
    order: LimitOrder = LimitOrder.BY_LIST,
    held: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Step, ...]:
    """Award each lot singly, in the announced order, to its best-ranked bidder below the limit; `held`: the lots
    each bidder already holds (by its combination bids)."""
    count: Counter[str] = Counter({bidder: len(lots) for bidder, lots in (held or {}).items()})
    won: dict[str, list[str]] = {bidder: list(lots) for bidder, lots in (held or {}).items()}
    steps: dict[str, Step] = {}
    for standing in award_order(standings, order) if limit is not None else standings:
        passed = []
        eligible = []
        for bidder, rank in standing.ranks:
            if limit is not None and count[bidder] >= limit:
                passed.append((bidder, tuple(won.get(bidder, ()))))
            else:
                eligible.append((bidder, rank))
        best = [b for b, r in eligible if r == eligible[0][1]] if eligible else []
        # passed over: the bidders at the limit ranked as well as or better than the one awarded
        cut = eligible[0][1] if eligible else None
        before = tuple(p for p in passed if cut is None or dict(standing.ranks)[p[0]] <= cut)
        if len(best) == 1:
            count[best[0]] += 1
            won.setdefault(best[0], []).append(standing.lot)
            steps[standing.lot] = Step(standing.lot, best[0], before)
        else:
            steps[standing.lot] = Step(standing.lot, None, before, tuple(best))
    return tuple(steps[s.lot] for s in standings)  # reported in the listed order, whatever the award order


def totals(
    standings: Mapping[str, Standing], steps: Sequence[Step], chosen: Sequence[Combination]
) -> tuple[float, float]:
    """Total evaluated price and total score of an alternative."""
    price = sum(c.price for c in chosen) + sum(standings[s.lot].prices[s.bidder] for s in steps if s.bidder)
    score = sum(c.score for c in chosen) + sum(standings[s.lot].scores[s.bidder] for s in steps if s.bidder)
    return price, score


def disjoint_sets(combinations: Sequence[Combination], limit: int | None) -> Iterator[tuple[Combination, ...]]:
    """Every set of combination bids that share no lot and keep each bidder within the limit, the empty set first."""

    def grow(
        start: int, taken: tuple[Combination, ...], lots: frozenset[str], held: Counter[str]
    ) -> Iterator[tuple[Combination, ...]]:
        yield taken
        for i in range(start, len(combinations)):
            c = combinations[i]
            if lots.isdisjoint(c.lots) and (limit is None or held[c.bidder] + len(c.lots) <= limit):
                yield from grow(i + 1, (*taken, c), lots | set(c.lots), held + Counter({c.bidder: len(c.lots)}))

    yield from grow(0, (), frozenset(), Counter())


def better(a: Alternative, b: Alternative, compare: Compare) -> bool:
    """Whether alternative a beats b: more lots awarded, then a strictly better total on the criterion."""
    if a.awarded != b.awarded:
        return a.awarded > b.awarded
    x, y = (a.price, b.price) if compare is Compare.PRICE else (-a.score, -b.score)
    return x < y and abs(x - y) > TOTAL_TOLERANCE * max(abs(x), abs(y))


def award(
    standings: Sequence[Standing],
    combinations: Sequence[Combination] = (),
    limit: int | None = None,
    order: LimitOrder = LimitOrder.BY_LIST,
    compare: Compare = Compare.PRICE,
) -> Award:
    """Award every lot: the single awards under the limit, against every admissible set of combination bids."""
    if len(combinations) > MAX_COMBINATIONS:
        raise ValueError(f"at most {MAX_COMBINATIONS} combination bids can be weighed, found {len(combinations)}")
    by_lot = {s.lot: s for s in standings}
    alternatives = []
    for chosen in sorted(disjoint_sets(combinations, limit), key=len):  # stable: the singles first, fewer bids first
        held: dict[str, list[str]] = {}
        for c in chosen:
            held.setdefault(c.bidder, []).extend(c.lots)
        covered = {lot for c in chosen for lot in c.lots}
        steps = allocate([s for s in standings if s.lot not in covered], limit, order, held)
        price, score = totals(by_lot, steps, chosen)
        alternatives.append(Alternative(tuple(chosen), steps, price, score))
    best = 0
    for i, alt in enumerate(alternatives):  # strictly better only: an equal total keeps the earlier alternative
        if better(alt, alternatives[best], compare):
            best = i
    return Award(tuple(alternatives), best)
