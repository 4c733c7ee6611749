"""Helpers for the spreadsheet tests: bids as YAML data, results without file names, CLI runs, a small tender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from tender.cli import app
from tender.model import Bid
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.hostile.conftest import english


def bid_data(bid: Bid) -> dict[str, Any]:
    """A Bid as the data of a YAML bid file."""
    data: dict[str, Any] = {"bidder": bid.bidder, "name": bid.name}
    if bid.contact:
        data["contact"] = bid.contact
    if bid.submitted:
        data["submitted"] = bid.submitted
    data.update(requirements=dict(bid.requirements), facts=dict(bid.facts), prices=dict(bid.prices))
    return data


def without_sources(data: Any) -> Any:
    """A result dict without the keys that name files (source, place, inputs): what must not depend on format."""
    if isinstance(data, dict):
        return {k: without_sources(v) for k, v in data.items() if k not in ("source", "place", "inputs")}
    if isinstance(data, list):
        return [without_sources(v) for v in data]
    return data


def result(root: Path) -> dict[str, Any]:
    """The evaluation of a workspace as JSON data without file names."""
    return without_sources(evaluate(load_workspace(root)).to_dict())


def cli(*args: str) -> Any:
    """Run the tender CLI in-process with `--lang en` where the command takes it (these tests read the English
    messages); returns the click Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(app, [str(a) for a in english(args)])


ENGLISH_TENDER = {
    "id": "web-hosting",
    "title": "Web hosting",
    "buyer": "City of Example",
    "language": "en",
    "currency": "EUR",
    "term_months": 24,
    "requirements": [{"id": "eu-dc", "text": "Data centre in the EU"}],
    "criteria": [
        {"id": "service", "name": "Service concept", "weight": 40},
        {
            "id": "uptime",
            "name": "Availability",
            "weight": 20,
            "measure": {"fact": "uptime", "best": 99.99, "worst": 99.0, "unit": "%"},
        },
        {"id": "price", "name": "Price", "weight": 40, "price": True},
    ],
    "prices": [
        {"id": "setup", "name": "Setup", "per": "once", "quantity": 1},
        {"id": "server", "name": "Server", "per": "month", "quantity": 3, "unit": "server"},
        {"id": "support", "name": "Support hours", "per": "year", "quantity": 50, "unit": "hours"},
    ],
}
ENGLISH_BIDS = [
    {
        "bidder": "acme",
        "name": "ACME Hosting Ltd",
        "requirements": {"eu-dc": True},
        "facts": {"uptime": 99.9},
        "prices": {"setup": 1234.56, "server": 410.5, "support": 95},
    },
    {
        "bidder": "globex",
        "name": "Globex Müller & Co. KG",
        "contact": "Zoë Łukasz, sales@globex.example",
        "requirements": {"eu-dc": True},
        "facts": {"uptime": 99.5},
        "prices": {"setup": 0, "server": 380, "support": 120.25},
    },
]
ENGLISH_SCORES = "bidder,criterion,score,justification\nacme,service,4,Clear runbook\nglobex,service,3,Generic\n"


def english_tender(root: Path) -> Path:
    """A small English workspace (one judged, one measured, one price criterion; two YAML bids; one evaluator)."""
    (root / "bids").mkdir(parents=True)
    (root / "scores").mkdir()
    (root / "tender.yaml").write_text(yaml.safe_dump(ENGLISH_TENDER, sort_keys=False), encoding="utf-8")
    for bid in ENGLISH_BIDS:
        text = yaml.safe_dump(bid, allow_unicode=True, sort_keys=False)
        (root / "bids" / f"{bid['bidder']}.yaml").write_text(text, encoding="utf-8")
    (root / "scores" / "lee.csv").write_text(ENGLISH_SCORES, encoding="utf-8")
    return root
