"""What a lotted tender announces beside its lots (model.Lot): the limit of lots per bidder and how combination
bids are weighed; and a bid's combination offers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LimitOrder(StrEnum):
    """The announced order in which lots are awarded when a bidder would win more than the limit."""

    BY_VALUE = "by-value"
    BY_LIST = "by-list"


class Compare(StrEnum):
    """The announced criterion on which combination bids are weighed against single awards."""

    PRICE = "price"
    SCORE = "score"


@dataclass(frozen=True)
class LotsLimit:
    """`lots_limit`: at most `max_per_bidder` lots per bidder, awarded in the announced `order`."""

    max_per_bidder: int
    order: LimitOrder = LimitOrder.BY_LIST


@dataclass(frozen=True)
class CombinationBid:
    """A bidder's offer for a set of lots together: a combined price, or a discount on the sum of its lot prices."""

    id: str
    lots: tuple[str, ...]
    price: float | None = None  # the combined price for all its lots (over the term), or
    discount: float | None = None  # a fraction taken off the sum of the bid's evaluated lot prices
    place: str = ""  # where the bid states it (combinations[0], Lose!B12)

    def combined(self, single: float) -> float:
        """The combination's price, given the sum of the bidder's evaluated prices for its lots."""
        return self.price if self.price is not None else single * (1 - (self.discount or 0.0))
