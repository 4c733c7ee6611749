"""The announced tie-break: bids level on the score ordered by lowest price, highest performance or a drawn lot.

Only bids that share a rank are touched: each tie is split by the first rule, what is still level
by the next, and so on; a bid's place relative to any bid it was not level with never changes, and
a tie the rules cannot split (equal prices, no drawing recorded for exactly these bids) stays a tie.
Equal means what it means for the score: within the ranking's tolerance (kernel.close).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tender.model import TieBreak
from tender.scoring.kernel import close


@dataclass(frozen=True)
class Broken:
    """Per bid: its rank after the tie-break, whether it still shares it, and the rule that placed it (or None)."""

    ranks: dict[str, int]
    tied: dict[str, bool]
    decided_by: dict[str, str | None]


def break_ties(
    ranks: Mapping[str, int],
    rules: Sequence[TieBreak],
    prices: Mapping[str, float],
    performance: Mapping[str, float],
    draws: Sequence[Sequence[str]] = (),
) -> Broken:
    """Competition ranks (1, 1, 3) with every tie split by the rules in order (see the module)."""
    out = dict(ranks)
    decided: dict[str, str | None] = dict.fromkeys(ranks)
    by_rank: dict[int, list[str]] = {}
    for bidder, rank in ranks.items():
        by_rank.setdefault(rank, []).append(bidder)
    for rank, level in by_rank.items():
        if len(level) < 2:
            continue
        offset = 0
        for part in split(sorted(level), tuple(rules), prices, performance, draws, decided):
            for bidder in part:
                out[bidder] = rank + offset
            offset += len(part)
    counts: dict[int, int] = {}
    for rank in out.values():
        counts[rank] = counts.get(rank, 0) + 1
    return Broken(out, {b: counts[r] > 1 for b, r in out.items()}, decided)


def split(
    level: list[str],
    rules: tuple[TieBreak, ...],
    prices: Mapping[str, float],
    performance: Mapping[str, float],
    draws: Sequence[Sequence[str]],
    decided: dict[str, str | None],
) -> list[list[str]]:
    """The bids of one tie in order, as groups still level after the rules (recording which rule split each)."""
    if len(level) < 2 or not rules:
        return [level]
    rule, rest = rules[0], rules[1:]
    if rule is TieBreak.LOT:
        drawn = next((list(order) for order in draws if set(order) == set(level) and len(order) == len(level)), None)
        if drawn is None:
            return [level]
        decided.update(dict.fromkeys(level, str(rule)))
        return [[b] for b in drawn]
    key = {b: prices[b] if rule is TieBreak.LOWEST_PRICE else -performance[b] for b in level}
    ordered = sorted(level, key=lambda b: (key[b], b))
    runs: list[list[str]] = [[ordered[0]]]
    for b in ordered[1:]:
        if bool(close(key[runs[-1][0]], key[b])):
            runs[-1].append(b)
        else:
            runs.append([b])
    if len(runs) > 1:
        decided.update(dict.fromkeys(level, str(rule)))
    return [part for run in runs for part in split(run, rest, prices, performance, draws, decided)]
