"""Read the lotted part of a bid: the lots it bids for, its offer per lot, its combination bids."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from tender.lotmodel import CombinationBid
from tender.model import Bid, Tender
from tender.parse.common import NUMBER_CEILING, Fields, describe

LOTTED_KEYS = {"lots", "offers", "combinations"}
OFFER_KEYS = {"prices", "facts", "requirements", "evidence"}
COMBINATION_KEYS = {"id", "lots", "price", "discount"}
ReadBid = Callable[..., "Bid | None"]


def shared_view(tender: Tender) -> Tender:
    """What a lotted bid answers outside its lots: the shared requirements and suitability; no prices."""
    return replace(tender, prices=(), lots=())


def read_offers(
    f: Fields, b: Mapping[str, Any], top: Bid, tender: Tender, display: str, read_bid: ReadBid
) -> Bid | None:
    """The bid with its offer per lot (each a Bid against the lot's tender, the shared answers and facts included)
    and its combination bids; problems name the lot's key path (offers.cluster.prices.setup) or its cell."""
    known = {lot.id: lot for lot in tender.lots}
    if "prices" in b:
        f.problem(
            "prices-outside-lot", "prices", "in a lotted tender each lot has its own prices: write them under offers"
        )
    named = [str(x) for x in f.items(b.get("lots"), "lots")]
    if not named and "lots" not in b:
        f.problem("missing-key", "lots", f"name the lots the bid is for (the tender's lots: {', '.join(known)})")
    lots: list[str] = []
    for i, lot in enumerate(named):
        if lot not in known:
            f.problem(
                "unknown-lot",
                f"lots[{i}]",
                f"bid for unknown lot {describe(lot)} (the tender's lots: {', '.join(known)})",
            )
        elif lot in lots:
            f.problem("duplicate-lot", f"lots[{i}]", f"lot {lot} is named twice")
        else:
            lots.append(lot)
    offers_data = b.get("offers") or {}
    if not isinstance(offers_data, Mapping):
        f.problem("not-a-mapping", "offers", f"expected one block per lot, found {describe(offers_data)}")
        offers_data = {}
    offers: dict[str, Bid] = {}
    for key, part in offers_data.items():
        lot = str(key)
        if lot not in lots:
            reason = "not one of the tender's lots" if lot not in known else "for which the bid does not bid"
            f.problem(
                "offer-not-bid",
                f"offers.{lot}",
                f"an offer for lot {lot}, {reason} (the bid's lots: {', '.join(lots) or 'none'})",
            )
            continue
        offer = read_offer(f, part, top, known[lot].tender, display, read_bid, lot)
        if offer is not None:
            offers[lot] = offer
    for lot in lots:  # a lot named without an offer: no prices, which excludes the bid in that lot
        offers.setdefault(lot, replace(top, requirements=dict(top.requirements), prices={}, places={}))
    combinations = read_combinations(f, b.get("combinations"), lots, tender)
    return replace(top, offers={lot: offers[lot] for lot in lots}, combinations=combinations)


def read_offer(
    f: Fields, part: object, top: Bid, lot_tender: Tender, display: str, read_bid: ReadBid, lot: str
) -> Bid | None:
    """The bid for one lot: the shared answers and facts with the lot's own, and the lot's prices."""
    sub = f.within(f"offers.{lot}")
    block = sub.mapping(part, "", OFFER_KEYS)
    if block is None:
        return None
    data = {
        "bidder": top.bidder,
        "name": top.name,
        "requirements": {**top.requirements, **(block.get("requirements") or {})},
        "facts": {**top.facts, **(block.get("facts") or {})},
        "prices": block.get("prices") or {},
        "evidence": {**top.evidence, **(block.get("evidence") or {})},
    }
    for key in ("requirements", "facts", "evidence", "prices"):
        if not isinstance(block.get(key) or {}, Mapping):
            sub.problem("not-a-mapping", key, f"expected key: value pairs, found {describe(block[key])}")
            return None
    offer = read_bid(data, replace(lot_tender, suitability=()), display, f.collector, f.places, prefix=sub.prefix)
    if offer is None:
        return None
    places = {k.removeprefix(f"{sub.prefix}."): v for k, v in f.places.items() if k.startswith(f"{sub.prefix}.")}
    return replace(
        offer,
        places={**top.places, **places},
        suitability=top.suitability,
        received=top.received,
        channel=top.channel,
        complete=top.complete,
        contact=top.contact,
        submitted=top.submitted,
    )


def read_combinations(f: Fields, data: object, lots: list[str], tender: Tender) -> tuple[CombinationBid, ...]:
    """The bid's combination bids: each a set of at least two of its lots with a combined price or a discount."""
    items = f.items(data, "combinations")
    if items and tender.compare is None:
        f.problem(
            "combinations-not-admitted",
            "combinations",
            "the tender does not admit combination bids (tender.yaml has no combinations: block)",
        )
        return ()
    out: list[CombinationBid] = []
    for i, item in enumerate(items):
        place = f"combinations[{i}]"
        c = f.mapping(item, place, COMBINATION_KEYS, {"id", "lots"})
        if c is None:
            continue
        ident = f.slug(c["id"], f"{place}.id") if "id" in c else None  # a missing id: reported once, by mapping
        covered: list[str] = []
        bad = False
        for j, lot in enumerate(f.items(c.get("lots"), f"{place}.lots")):
            lot = str(lot)
            if lot in covered:
                f.problem("duplicate-lot", f"{place}.lots[{j}]", f"the combination names lot {lot} twice")
                bad = True
            elif lot not in lots:
                f.problem(
                    "combination-lot-not-bid",
                    f"{place}.lots[{j}]",
                    f"the combination names lot {describe(lot)}, for which the bid does not bid "
                    f"(its lots: {', '.join(lots) or 'none'})",
                )
                bad = True
            else:
                covered.append(lot)
        if len(covered) < 2 and not bad:
            f.problem("bad-combination", f"{place}.lots", "a combination covers at least two of the bid's lots")
            bad = True
        given = [k for k in ("price", "discount") if k in c]
        if len(given) != 1:
            f.problem("bad-combination", place, "a combination states either a price or a discount")
            continue
        price = discount = None
        if "price" in c:
            price = f.number(c["price"], f"{place}.price", minimum=0, ceiling=NUMBER_CEILING, what="a combined price")
        else:
            discount = f.number(c["discount"], f"{place}.discount", above=0, maximum=1, what="a fraction (0.05 = 5 %)")
        if ident in {x.id for x in out}:
            f.problem("duplicate-id", f"{place}.id", f'combination id "{ident}" used twice')
        elif ident and not bad and (price is not None or discount is not None):
            out.append(CombinationBid(ident, tuple(covered), price, discount, f.places.get(place, place)))
    return tuple(out)
