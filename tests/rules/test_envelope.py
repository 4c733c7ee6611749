"""The quality threshold in a two-envelope procedure: a bid below it is out before the opening, and its price
is in no output after the opening either; the bid form asks for every fact the rules need."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.hostile.conftest import ok
from tests.rules.cases import report_contents, sla_tender, sla_workspace


def test_below_the_threshold_prices_are_never_opened(tmp_path: Path) -> None:
    draft = sla_workspace(tmp_path / "draft", sla_tender() | {"procedure": {"two_envelope": True}})
    shutil.copy(REPO / "evaluators.yaml", draft / "evaluators.yaml")
    root = tmp_path / "procedure"
    ok("init", root, "--from", draft, "--actor", "braun")
    for bid in (draft / "bids").iterdir():
        shutil.copy(bid, root / "bids" / bid.name)
    before = {b["bidder"]: b for b in json.loads(ok("evaluate", root, "--json"))["bids"]}
    assert before["epsilon"]["excluded"] and before["epsilon"]["reasons"] == [
        "performance 31.5 of 60 points, below the quality threshold 0.6: prices not opened"
    ]
    assert not before["alpha"]["excluded"] and before["alpha"]["price"] is None  # sealed
    ok("seal", "technical", root, "--actor", "mueller")
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    after = {b["bidder"]: b for b in json.loads(ok("evaluate", root, "--json"))["bids"]}
    assert after["alpha"]["price"] == 100_000 and after["gamma"]["price"] == 70_000
    for bidder in ("delta", "epsilon"):
        assert after[bidder]["price"] is None and after[bidder]["price_lines"][0]["unit_price"] is None
    ok("report", root)
    for name, raw in report_contents(root / "reports").items():
        assert b"100,000" in raw or b"100000" in raw, name
        assert not any(p in raw for p in (b"50000", b"50,000", b"60000", b"60,000")), name


def test_the_bid_form_asks_for_requirement_facts(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    tender = sla_tender()
    tender["requirements"].append({"id": "two-sites", "text": "Two data centres", "fact": "sites", "min": 2})
    root = sla_workspace(tmp_path, tender)
    ok("bid-form", root, "--out", tmp_path / "form.xlsx")
    wb = load_workbook(tmp_path / "form.xlsx")
    requirements, facts = wb.worksheets[1], wb.worksheets[2]
    ids = [row[0] for row in facts.iter_rows(values_only=True)]
    assert "availability" in ids and "response" in ids and "sites" in ids  # sites: named by a requirement only
    assert "availability-floor" not in [row[0] for row in requirements.iter_rows(values_only=True)]
    # every bid states no sites: each is out on the requirement, naming the fact
    result = json.loads(ok("evaluate", root, "--json"))
    assert result["winner"] is None
    assert "requirement two-sites not answered: Two data centres (no sites stated)" in result["bids"][0]["reasons"]


def test_a_filled_bid_form_brings_the_requirement_fact_in(tmp_path: Path) -> None:
    """The fact a numeric requirement names is typed on the facts sheet (a `%` fact as a percent cell) and read."""
    from tests.sheetfill import fill_bid_form

    root = sla_workspace(tmp_path / "ws")
    (root / "bids" / "gamma.yaml").unlink()
    ok("bid-form", root, "--out", tmp_path / "form.xlsx")
    bid = {"bidder": "gamma", "name": "Gamma", "facts": {"availability": 99.4, "response": 1}, "prices": {"total": 1}}
    fill_bid_form(tmp_path / "form.xlsx", tmp_path / "gamma.xlsx", bid)
    ok("import-bids", tmp_path / "gamma.xlsx", "--into", root)
    result = json.loads(ok("evaluate", root, "--json"))
    gamma = next(b for b in result["bids"] if b["bidder"] == "gamma")
    assert gamma["reasons"] == [
        "requirement availability-floor not met: Availability of at least 99.5 % "
        "(availability = 99.4 %, at least 99.5 required)"
    ]
