"""A small workspace with awkward numbers: seven evaluators (means in sevenths), thirds of weights, odd cents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import write_workspace

EVALUATORS = ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
BIDS = {  # bidder: (grades on a and b per evaluator, fact, unit prices)
    "amber": ([5, 4, 4, 3, 5, 4, 4], [2, 3, 3, 3, 2, 3, 3], 99.97, (1234.57, 98.77)),
    "birch": ([3, 3, 4, 3, 3, 4, 3], [5, 5, 4, 5, 4, 5, 5], 99.5, (999.99, 101.01)),
    "cedar": ([4, 4, 4, 5, 4, 4, 5], [4, 3, 4, 4, 4, 3, 4], 98.1, (1500.03, 77.77)),
    "delta": ([2, 3, 2, 2, 3, 2, 2], [3, 3, 3, 2, 3, 3, 3], 99.95, (888.88, 120.12)),
}


def awkward_tender(method: dict[str, Any]) -> dict[str, Any]:
    """tender.yaml: three top criteria 33.3/33.3/33.4, a clipped fact, prices by the month over 13 months."""
    weighted = method.get("name", "weighted-sum") == "weighted-sum"
    quality = 66.7 if weighted else 100
    criteria: list[dict[str, Any]] = [
        {
            "id": "quality",
            "name": "Quality",
            "weight": quality,
            "criteria": [
                {"id": "a", "name": "Approach", "weight": 33.3},
                {"id": "b", "name": "Backup", "weight": 33.3},
                {
                    "id": "c",
                    "name": "Availability",
                    "weight": 33.4,
                    "measure": {"fact": "sla", "best": 99.9, "worst": 98.5},
                },
            ],
        }
    ]
    if weighted:
        criteria.append({"id": "price", "name": "Price", "weight": 33.3, "price": True})
    return {
        "id": "awkward",
        "title": "Awkward <b>numbers</b>",
        "buyer": "Buyer & Sons",
        "language": "en",
        "currency": "EUR",
        "term_months": 13,
        "scale": {"min": 0, "max": 5},
        "method": method,
        "criteria": criteria,
        "prices": [
            {"id": "setup", "name": "Setup", "per": "once", "quantity": 1},
            {"id": "run", "name": "Running", "per": "month", "quantity": 7},
        ],
    }


def awkward_workspace(root: Path, method: dict[str, Any]) -> Path:
    """Write the workspace under root."""
    bids = [
        {
            "bidder": b,
            "name": f"{b.title()} Ltd",
            "facts": {"sla": fact},
            "prices": dict(zip(("setup", "run"), up, strict=True)),
        }
        for b, (_, _, fact, up) in BIDS.items()
    ]
    scores = {
        e: [
            {"bidder": b, "criterion": c, "score": grades[i]}
            for b, (ga, gb, _, _) in BIDS.items()
            for c, grades in (("a", ga), ("b", gb))
        ]
        for i, e in enumerate(EVALUATORS)
    }
    return write_workspace(root, awkward_tender(method), bids, scores)
