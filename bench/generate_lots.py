"""Generate two workspaces of the same total work on disk: one lot of L × B bids, and L lots of B bids each.

Both share the criteria (C leaves: judged ones and one measured per group; and the price), the price sheet, the
facts, the prices and every evaluator's score of every (bid, criterion): the lotted workspace holds the same
offers, only divided among its lots. Deterministic (a seeded random source).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import yaml
from generate import PHRASES, tender_data

GROUPS = 3


def criteria_tree(criteria: int) -> tuple[list[dict[str, Any]], list[str]]:
    """The catalogue of `criteria` leaves in three groups (and the price), and the ids of its judged leaves."""
    per_group = criteria // GROUPS
    tree: list[dict[str, Any]] = []
    judged = []
    for g in range(GROUPS):
        leaves: list[dict[str, Any]] = []
        for i in range(per_group):
            cid = f"k{g + 1}-{i + 1}"
            if i == per_group - 1:
                measure = {"fact": f"sla{g + 1}", "best": 99.95, "worst": 99.0, "unit": "%"}
                name = f"Verfügbarkeit {g + 1}"
                leaves.append({"id": cid, "name": name, "weight": 100 / per_group, "measure": measure})
            else:
                leaves.append({"id": cid, "name": f"Kriterium {g + 1}.{i + 1}", "weight": 100 / per_group})
                judged.append(cid)
        tree.append({"id": f"g{g + 1}", "name": f"Hauptkriterium {g + 1}", "weight": 70 / GROUPS, "criteria": leaves})
    tree.append({"id": "preis", "name": "Preis", "weight": 30, "price": True})
    return tree, judged


def tender_file(ident: str, criteria: int, lots: int) -> dict[str, Any]:
    """tender.yaml: shared criteria and price sheet; with lots, a limit of lots per bidder and combinations."""
    tree, _ = criteria_tree(criteria)
    title = f"Ausschreibung Hosting ({lots} Lose)" if lots else "Ausschreibung Hosting"
    data = tender_data(ident, title, tree)
    if lots:
        data["lots"] = [
            {"id": f"los{n + 1:02d}", "title": f"Los {n + 1}", "value": 100_000 + 1_000 * (n % 7)} for n in range(lots)
        ]
        data["lots_limit"] = {"max_per_bidder": 3, "order": "by-value"}
        data["combinations"] = {"compare": "price"}
    return data


def generate_pair(
    root: Path, lots: int = 20, bids: int = 50, criteria: int = 30, evaluators: int = 5, seed: int = 11
) -> tuple[Path, Path]:
    """Write root/single (one lot of lots × bids bids) and root/lotted (lots lots, the same bidders bidding for
    every lot: `bids` bid files with an offer per lot); return both roots."""
    rng = random.Random(seed)
    _, judged = criteria_tree(criteria)
    names = [f"b{n:03d}" for n in range(1, bids + 1)]
    lot_ids = [f"los{n + 1:02d}" for n in range(lots)]
    offers = {
        (lot, b): {
            "requirements": {"rz": (n + k) % 25 != 24},
            "facts": {f"sla{g + 1}": round(rng.uniform(99.0, 99.99), 2) for g in range(GROUPS)},
            "prices": {
                "setup": rng.randrange(5_000, 30_000),
                "server": rng.randrange(400, 1_500),
                "support": rng.randrange(60, 140),
            },
        }
        for k, lot in enumerate(lot_ids)
        for n, b in enumerate(names)
    }
    base = {(lot, b, c): rng.randint(1, 4) for lot in lot_ids for b in names for c in judged}
    marks = [
        {key: max(0, min(5, grade + rng.choice((-1, 0, 0, 0, 1)))) for key, grade in base.items()}
        for _ in range(evaluators)
    ]
    texts = {c: f"{rng.choice(PHRASES)} ({c})." for c in judged}
    single, lotted = root / "single", root / "lotted"
    for ws, n_lots in ((single, 0), (lotted, lots)):
        (ws / "bids").mkdir(parents=True, exist_ok=True)
        (ws / "scores").mkdir(exist_ok=True)
        data = tender_file("bench-lose" if n_lots else "bench-ein-los", criteria, n_lots)
        (ws / "tender.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for (lot, b), offer in offers.items():  # one lot: every offer a bid of its own
        bid = {"bidder": f"{lot}-{b}", "name": f"Anbieter {b} für {lot}", **offer}
        write_yaml(single / "bids" / f"{lot}-{b}.yaml", bid)
    for n, b in enumerate(names):  # lots: one bid per bidder, an offer per lot, every fifth a combination
        bid = {
            "bidder": b,
            "name": f"Anbieter {b}",
            "requirements": {"rz": True},
            "lots": lot_ids,
            "offers": {lot: offers[lot, b] for lot in lot_ids},
        }
        if n % 10 == 0:
            pair = [lot_ids[n % lots], lot_ids[(n + 1) % lots]]
            bid["combinations"] = [{"id": "paar", "lots": pair, "discount": 0.05}]
        write_yaml(lotted / "bids" / f"{b}.yaml", bid)
    for e, mark in enumerate(marks):
        for ws, lotted_file in ((single, False), (lotted, True)):
            with (ws / "scores" / f"bewerter{e + 1}.csv").open("w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(["lot", "bidder", "criterion", "score", "justification"][0 if lotted_file else 1 :])
                for (lot, b, c), grade in mark.items():
                    row = [lot, b, c, grade, texts[c]] if lotted_file else [f"{lot}-{b}", c, grade, texts[c]]
                    writer.writerow(row)
    return single, lotted


def write_yaml(path: Path, data: dict[str, Any]) -> None:
    """One YAML file."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
