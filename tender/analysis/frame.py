"""The decision frame: what the analyses vary, and re-scoring through the scoring kernel.

The frame is read from an Evaluation: the bids in the running as a kernel Field (every leaf's
normalised value per bid, the evaluated prices) and the weight tree. `Frame.outcome` re-scores the
bids for other weights, other prices or a smaller set of bids with the kernel that `evaluate()`
uses (tender.scoring.kernel), so every analysis agrees with `tender evaluate` by construction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tender.model import Criterion, Kind, MethodName, Tender
from tender.result import Evaluation
from tender.scoring import kernel

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Group:
    """One set of sibling criteria whose weights sum to 100 %: the unit that weights vary in."""

    parent: str | None
    children: tuple[str, ...]
    weights: tuple[float, ...]


@dataclass(frozen=True)
class Outcome:
    """The scores and ranks of one re-evaluation."""

    scores: dict[str, float]
    performance: dict[str, float]
    ranks: dict[str, int]
    winner: str | None

    def ahead(self, a: str, b: str) -> bool:
        """Whether bid a ranks strictly ahead of bid b."""
        return self.ranks[a] < self.ranks[b]


@dataclass(frozen=True)
class Frame:
    """The bids in the running and everything the scoring of them depends on."""

    tender: Tender
    bidders: tuple[str, ...]
    names: dict[str, str]
    leaves: tuple[Criterion, ...]
    field: kernel.Field
    groups: tuple[Group, ...]
    paths: dict[str, tuple[str, ...]]
    nodes: dict[str, Criterion]

    @property
    def method(self) -> MethodName:
        """The announced evaluation method."""
        return self.tender.method.name

    @property
    def prices(self) -> dict[str, float]:
        """The evaluated price of every bid in the running."""
        return dict(zip(self.bidders, self.field.prices.tolist(), strict=True))

    def local_weights(self) -> dict[str, float]:
        """Every criterion's announced weight as a fraction of its level."""
        return kernel.local_weights(self.tender)

    def absolute(self, local: Mapping[str, float]) -> dict[str, float]:
        """Leaf weights as the product of the local weights along the path (as the engine computes them)."""
        return {leaf.id: kernel.path_weight(local, self.paths[leaf.id]) for leaf in self.leaves}

    def vector(self, weights: Mapping[str, float]) -> np.ndarray:
        """Leaf weights as an array in leaf order."""
        import numpy as np

        return np.array([weights[leaf.id] for leaf in self.leaves], dtype=float)

    def performance(self, weights: Mapping[str, float]) -> dict[str, float]:
        """Performance points per bid: the sum of 100 · weight · normalised value over the non-price leaves."""
        scored = kernel.score(self.field, self.vector(weights))
        return dict(zip(self.bidders, scored.performance.tolist(), strict=True))

    def outcome(
        self,
        weights: Mapping[str, float],
        *,
        prices: Mapping[str, float] | None = None,
        bidders: Sequence[str] | None = None,
        performance: Mapping[str, float] | None = None,
    ) -> Outcome:
        """Score and rank (a subset of) the bids under absolute leaf weights and, optionally, other prices."""
        import numpy as np

        running = list(self.bidders if bidders is None else bidders)
        index = {b: i for i, b in enumerate(self.bidders)}
        f = self.field if bidders is None else subfield(self.field, np.array([index[b] for b in running], dtype=int))
        position = index if bidders is None else {b: i for i, b in enumerate(running)}
        price = f.prices.copy()
        for b, p in (prices or {}).items():
            if b in position:
                price[position[b]] = p
        perf = None if performance is None else np.array([performance[b] for b in running])
        scored = kernel.score(f, self.vector(weights), price, perf)
        keys = kernel.ranking_keys(f.method, scored.scores, scored.performance, price)
        ranked, _ = kernel.competition_ranks(keys, running)
        ranks = dict(zip(running, ranked.tolist(), strict=True))
        first = [b for b, r in ranks.items() if r == 1]
        return Outcome(
            dict(zip(running, scored.scores.tolist(), strict=True)),
            dict(zip(running, scored.performance.tolist(), strict=True)),
            ranks,
            first[0] if len(first) == 1 else None,
        )


def subfield(f: kernel.Field, rows: np.ndarray) -> kernel.Field:
    """The field restricted to some of its bids (relative to the best: to the best of those left)."""
    ids = tuple(f.ids[i] for i in rows.tolist())
    if f.best is None:
        return kernel.Field(f.method, ids, f.values[rows], f.prices[rows], f.price_column)
    absolute = f.values[rows] * f.best
    best = kernel.best_values(absolute)
    values = kernel.quality_values(f.method.quality, absolute, best=best)
    return kernel.Field(f.method, ids, values, f.prices[rows], f.price_column, best[0])


def build_frame(ev: Evaluation) -> Frame:
    """The frame of an evaluation: its bids in the running, leaf values, prices and weight tree."""
    import numpy as np

    tender = ev.tender
    leaves = tuple(tender.leaves())
    running = ev.ranked
    values = np.array(
        [
            [float(b.criteria[leaf.id].normalized or 0.0) if leaf.kind is not Kind.PRICE else 0.0 for leaf in leaves]
            for b in running
        ],
        dtype=float,
    ).reshape(len(running), len(leaves))
    price_column = next((j for j, leaf in enumerate(leaves) if leaf.kind is Kind.PRICE), None)
    prices = np.array([float(b.price or 0.0) for b in running], dtype=float)
    best = None
    if ev.quality_best:  # quality relative to the best: the n_best of each leaf, to take a bid out of the field
        best = np.array([ev.quality_best.get(leaf.id, 0.0) for leaf in leaves], dtype=float)
    field = kernel.Field(tender.method, tuple(b.bidder for b in running), values, prices, price_column, best)
    groups = [Group(None, tuple(c.id for c in tender.criteria), tuple(c.weight / 100 for c in tender.criteria))]
    paths: dict[str, tuple[str, ...]] = {}
    nodes: dict[str, Criterion] = {}
    for path, node in tender.nodes():
        nodes[node.id] = node
        paths[node.id] = (*(a.id for a in path), node.id)
        if node.children:
            groups.append(
                Group(node.id, tuple(c.id for c in node.children), tuple(c.weight / 100 for c in node.children))
            )
    return Frame(
        tender=tender,
        bidders=field.ids,
        names={b.bidder: b.name for b in running},
        leaves=leaves,
        field=field,
        groups=tuple(groups),
        paths=paths,
        nodes=nodes,
    )
