"""Read the lotted part of a bid: the lots it bids for, its offer per lot, its combination bids."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from tender.lotmodel import CombinationBid
from tender.model import Bid, Tender
from tender.parse.common import NUMBER_CEILING, Fields, describe
from tender.wording import NONE

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
        f.problem("prices-outside-lot", "prices")
    named = [str(x) for x in f.items(b.get("lots"), "lots")]
    if not named and "lots" not in b:
        f.problem("missing-key.lots", "lots", known=", ".join(known))
    lots: list[str] = []
    for i, lot in enumerate(named):
        if lot not in known:
            f.problem("unknown-lot", f"lots[{i}]", found=describe(lot), known=", ".join(known))
        elif lot in lots:
            f.problem("duplicate-lot", f"lots[{i}]", lot=lot, first=f"lots[{named.index(lot)}]")
        else:
            lots.append(lot)
    offers_data = b.get("offers") or {}
    if not isinstance(offers_data, Mapping):
        f.problem("not-a-mapping.offers", "offers", found=describe(offers_data))
        offers_data = {}
    offers: dict[str, Bid] = {}
    for key, part in offers_data.items():
        lot = str(key)
        if lot not in lots:
            if lot not in known:
                f.problem("unknown-lot.offer", f"offers.{lot}", found=describe(lot), known=", ".join(known))
            else:
                f.problem("offer-not-bid", f"offers.{lot}", lot=lot, lots=", ".join(lots) or NONE)
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
            sub.problem("not-a-mapping.offer", key, found=describe(block[key]))
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
        f.problem("combinations-not-admitted", "combinations")
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
        named = [str(lot) for lot in f.items(c.get("lots"), f"{place}.lots")]
        for j, lot in enumerate(named):
            if lot in named[:j]:
                f.problem(
                    "duplicate-lot.combination",
                    f"{place}.lots[{j}]",
                    lot=lot,
                    first=f"{place}.lots[{named.index(lot)}]",
                )
                bad = True
            elif lot not in lots:
                f.problem(
                    "combination-lot-not-bid", f"{place}.lots[{j}]", found=describe(lot), lots=", ".join(lots) or NONE
                )
                bad = True
            else:
                covered.append(lot)
        if len(covered) < 2 and not bad:
            f.problem("bad-combination.lots", f"{place}.lots")
            bad = True
        given = [k for k in ("price", "discount") if k in c]
        if len(given) != 1:
            f.problem("bad-combination.both" if given else "bad-combination.neither", place)
            continue
        price = discount = None
        if "price" in c:
            price = f.number(c["price"], f"{place}.price", above=0, ceiling=NUMBER_CEILING, what="a combined price")
        else:
            discount = f.number(c["discount"], f"{place}.discount", above=0, maximum=1, what="a fraction (0.05 = 5 %)")
            if discount == 1:
                f.problem("bad-combination.discount", f"{place}.discount")
                discount = None
        if ident in {x.id for x in out}:
            f.problem("duplicate-id.combination", f"{place}.id", ident=ident)
        elif ident and not bad and (price is not None or discount is not None):
            out.append(CombinationBid(ident, tuple(covered), price, discount, f.places.get(place, place)))
    return tuple(out)
