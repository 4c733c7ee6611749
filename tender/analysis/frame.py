"""The decision frame: what the analyses vary, and re-evaluation through the scoring engine's own rules.

The frame is read from an Evaluation: the bids in the running, every leaf's normalised value per
bid, the evaluated prices and the weight tree. `Frame.outcome` re-scores the bids for other weights,
other prices or a smaller set of bids with the engine's own price formulas (`price_normalized`) and
ranking (`competition_ranks`, `ranking_entries`), summing points exactly as the engine does; tests check it
against `evaluate()` on re-written workspaces, so every analysis agrees with `tender evaluate`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tender.model import Criterion, Kind, MethodName, Tender
from tender.result import Evaluation
from tender.scoring.price import price_normalized
from tender.scoring.ranking import competition_ranks, ranking_entries


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
    values: dict[str, dict[str, float]]
    prices: dict[str, float]
    groups: tuple[Group, ...]
    paths: dict[str, tuple[str, ...]]
    nodes: dict[str, Criterion]

    @property
    def method(self) -> MethodName:
        """The announced evaluation method."""
        return self.tender.method.name

    @property
    def price_leaf(self) -> str | None:
        """The id of the price criterion (weighted-sum only)."""
        return next((leaf.id for leaf in self.leaves if leaf.kind is Kind.PRICE), None)

    def local_weights(self) -> dict[str, float]:
        """Every criterion's announced weight as a fraction of its level."""
        return {node_id: node.weight / 100 for node_id, node in self.nodes.items()}

    def absolute(self, local: Mapping[str, float]) -> dict[str, float]:
        """Leaf weights as the product of the local weights along the path (as the engine computes them)."""
        out: dict[str, float] = {}
        for leaf in self.leaves:
            *ancestors, own = self.paths[leaf.id]
            w = local[own]
            for ancestor in ancestors:
                w *= local[ancestor]
            out[leaf.id] = w
        return out

    def performance(self, weights: Mapping[str, float]) -> dict[str, float]:
        """Performance points per bid: the sum of 100 · weight · normalised value over the non-price leaves."""
        quality = [leaf.id for leaf in self.leaves if leaf.kind is not Kind.PRICE]
        return {b: sum([100 * weights[c] * self.values[b][c] for c in quality]) for b in self.bidders}

    def outcome(
        self,
        weights: Mapping[str, float],
        *,
        prices: Mapping[str, float] | None = None,
        bidders: Sequence[str] | None = None,
        performance: Mapping[str, float] | None = None,
    ) -> Outcome:
        """Score and rank (a subset of) the bids under absolute leaf weights and, optionally, other prices."""
        running = list(self.bidders if bidders is None else bidders)
        perf = performance if performance is not None else self.performance(weights)
        price, scores = self.scores(weights, running, perf, prices)
        ranked = competition_ranks(ranking_entries(self.tender.method, scores, perf, price))
        ranks = {b: rank for b, (rank, _) in ranked.items()}
        first = [b for b, r in ranks.items() if r == 1]
        return Outcome(scores, {b: perf[b] for b in running}, ranks, first[0] if len(first) == 1 else None)

    def scores(
        self,
        weights: Mapping[str, float],
        running: Sequence[str],
        performance: Mapping[str, float],
        prices: Mapping[str, float] | None = None,
    ) -> tuple[dict[str, float], dict[str, float]]:
        """The prices (with the given ones replaced) and the scores of the running bids, without ranking them."""
        price = {b: self.prices[b] for b in running}
        if prices:
            price.update({b: p for b, p in prices.items() if b in price})
        method = self.tender.method
        price_leaf = self.price_leaf
        scores: dict[str, float] = {}
        p_min, p_max = min(price.values()), max(price.values())
        for b in running:
            if method.name is MethodName.WEIGHTED_SUM:
                assert price_leaf is not None
                n = price_normalized(method.price_formula, price[b], p_min, p_max, method.span)
                scores[b] = performance[b] + 100 * weights[price_leaf] * n
            else:
                scores[b] = performance[b] / price[b]
        return price, scores


def build_frame(ev: Evaluation) -> Frame:
    """The frame of an evaluation: its bids in the running, leaf values, prices and weight tree."""
    tender = ev.tender
    leaves = tuple(tender.leaves())
    running = ev.ranked
    values: dict[str, dict[str, float]] = {
        b.bidder: {
            leaf.id: float(b.criteria[leaf.id].normalized or 0.0) for leaf in leaves if leaf.kind is not Kind.PRICE
        }
        for b in running
    }
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
        bidders=tuple(b.bidder for b in running),
        names={b.bidder: b.name for b in running},
        leaves=leaves,
        values=values,
        prices={b.bidder: float(b.price or 0.0) for b in running},
        groups=tuple(groups),
        paths=paths,
        nodes=nodes,
    )
