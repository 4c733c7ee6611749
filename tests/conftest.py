"""Fixtures that build small real workspaces on disk."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def write_workspace(
    root: Path,
    tender: dict[str, Any],
    bids: list[dict[str, Any]],
    scores: dict[str, list[dict[str, Any]]] | None = None,
) -> Path:
    """Write tender.yaml, bids/<bidder>.yaml and scores/<evaluator>.csv under root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "tender.yaml").write_text(yaml.safe_dump(tender, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "bids").mkdir(exist_ok=True)
    (root / "scores").mkdir(exist_ok=True)
    for bid in bids:
        (root / "bids" / f"{bid['bidder']}.yaml").write_text(yaml.safe_dump(bid, allow_unicode=True), encoding="utf-8")
    for evaluator, rows in (scores or {}).items():
        with (root / "scores" / f"{evaluator}.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=["bidder", "criterion", "score", "justification"])
            writer.writeheader()
            for row in rows:
                writer.writerow({"justification": "Begründung liegt vor", **row})
    return root


def quality_price_tender(
    quality: dict[str, float],
    prices: dict[str, float],
    *,
    price_weight: float = 50,
    method: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A tender with one measured quality criterion (fact q, 0–100) and one price line.

    Each bid's performance is exactly (100 − price_weight) · q / 100 points, so published
    worked examples can be reproduced number for number.
    """
    method = method or {"name": "weighted-sum"}
    criteria: list[dict[str, Any]] = [
        {
            "id": "quality",
            "name": "Quality",
            "weight": 100 - price_weight,
            "measure": {"fact": "q", "best": 100, "worst": 0},
        },
    ]
    if method.get("name", "weighted-sum") == "weighted-sum":
        criteria.append({"id": "price", "name": "Price", "weight": price_weight, "price": True})
    else:
        criteria[0]["weight"] = 100
    tender = {
        "id": "oracle",
        "title": "Oracle",
        "buyer": "Buyer",
        "term_months": 12,
        "method": method,
        "criteria": criteria,
        "prices": [{"id": "total", "name": "Total", "per": "once", "quantity": 1}],
    }
    bids = [
        {"bidder": b, "name": b.upper(), "facts": {"q": quality[b]}, "prices": {"total": prices[b]}} for b in quality
    ]
    return tender, bids


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the bundled example workspace (the repository root)."""
    target = tmp_path / "example"
    target.mkdir()
    shutil.copy(REPO / "tender.yaml", target / "tender.yaml")
    shutil.copy(REPO / "evaluators.yaml", target / "evaluators.yaml")
    for sub in ("criteria", "bids", "scores"):
        shutil.copytree(REPO / sub, target / sub)
    return target


@pytest.fixture
def procedure(example: Path, tmp_path: Path) -> Path:
    """A two-envelope workspace started from the bundled example, with its bids and scores in place."""
    from tender.scaffold import init_workspace

    target = tmp_path / "procedure"
    init_workspace(target, "hosting", "braun", example)
    for sub in ("bids", "scores"):
        for path in sorted((example / sub).iterdir()):
            shutil.copy(path, target / sub / path.name)
    return target
