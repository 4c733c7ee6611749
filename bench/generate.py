"""Generate a large, valid workspace on disk: N bids × M criteria × E evaluators (deterministic)."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import yaml

PHRASES = (
    "Konzept nachvollziehbar beschrieben, Betriebsprozesse mit klaren Verantwortlichkeiten",
    "Referenzen vergleichbar, aber nur teilweise mit Hochverfügbarkeit",
    "Migrationsplan mit Rückfallebene und Testphase, Zeitplan realistisch",
    "Sicherheitskonzept nach BSI-Grundschutz, Nachweise liegen vor",
    "Angaben zum Monitoring knapp, Eskalationswege unklar",
)


def tender_data(ident: str, title: str, criteria: list[dict[str, Any]]) -> dict[str, Any]:
    """tender.yaml of a benchmark: one requirement, these criteria, a price sheet of three lines."""
    return {
        "id": ident,
        "title": title,
        "buyer": "Benchmark-Auftraggeber",
        "language": "de",
        "currency": "EUR",
        "term_months": 36,
        "method": {"name": "weighted-sum", "price_formula": "proportional", "aggregation": "mean", "disagreement": 2},
        "requirements": [{"id": "rz", "text": "Rechenzentrum in Deutschland"}],
        "criteria": criteria,
        "prices": [
            {"id": "setup", "name": "Einrichtung", "per": "once", "quantity": 1},
            {"id": "server", "name": "Server", "per": "month", "quantity": 4, "unit": "Server"},
            {"id": "support", "name": "Support", "per": "year", "quantity": 100, "unit": "Stunden"},
        ],
    }


def generate(root: Path, bids: int = 200, criteria: int = 40, evaluators: int = 5, seed: int = 7) -> Path:
    """Write tender.yaml, bids/*.yaml and scores/*.csv under root; criteria = judged leaves + one measured per group."""
    rng = random.Random(seed)
    groups = 4
    per_group = criteria // groups
    tree = []
    judged = []
    for g in range(groups):
        leaves = []
        for i in range(per_group):
            cid = f"k{g + 1}-{i + 1}"
            if i == per_group - 1:
                leaves.append(
                    {
                        "id": cid,
                        "name": f"Verfügbarkeit Dienst {g + 1}",
                        "weight": 100 / per_group,
                        "measure": {"fact": f"sla{g + 1}", "best": 99.95, "worst": 99.0, "unit": "%"},
                    }
                )
            else:
                leaves.append({"id": cid, "name": f"Kriterium {g + 1}.{i + 1}", "weight": 100 / per_group})
                judged.append(cid)
        tree.append({"id": f"g{g + 1}", "name": f"Hauptkriterium {g + 1}", "weight": 70 / groups, "criteria": leaves})
    tree.append({"id": "preis", "name": "Preis", "weight": 30, "price": True})
    tender = tender_data("bench-large", f"Großausschreibung Hosting ({bids} Angebote)", tree)
    root.mkdir(parents=True, exist_ok=True)
    (root / "tender.yaml").write_text(yaml.safe_dump(tender, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "bids").mkdir(exist_ok=True)
    (root / "scores").mkdir(exist_ok=True)
    names = [f"b{n:03d}" for n in range(1, bids + 1)]
    for n, bidder in enumerate(names):
        bid = {
            "bidder": bidder,
            "name": f"Anbieter {n + 1:03d} GmbH",
            "requirements": {"rz": n % 25 != 24},
            "facts": {f"sla{g + 1}": round(rng.uniform(99.0, 99.99), 2) for g in range(groups)},
            "prices": {
                "setup": rng.randrange(5_000, 30_000),
                "server": rng.randrange(400, 1_500),
                "support": rng.randrange(60, 140),
            },
        }
        (root / "bids" / f"{bidder}.yaml").write_text(yaml.safe_dump(bid, allow_unicode=True), encoding="utf-8")
    base = {(b, c): rng.randint(1, 4) for b in names for c in judged}
    consensus = []
    for e in range(evaluators):
        with (root / "scores" / f"bewerter{e + 1}.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["bidder", "criterion", "score", "justification"])
            for (b, c), grade in base.items():
                score = max(0, min(5, grade + rng.choice((-1, 0, 0, 0, 1))))
                writer.writerow([b, c, score, f"{rng.choice(PHRASES)} ({c})."])
    committee = ["bewerter1", ", ".join(f"bewerter{e + 1}" for e in range(max(evaluators, 2)))]
    for (b, c), grade in list(base.items())[::97]:
        consensus.append([b, c, grade, "Moderation: Einigung nach Diskussion der Einzelbewertungen.", *committee])
    with (root / "scores" / "consensus.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["bidder", "criterion", "score", "justification", "moderator", "participants"])
        writer.writerows(consensus)
    return root
