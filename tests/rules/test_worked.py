"""The worked examples of docs/method.md, number for number (computed by hand there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace
from tests.hostile.conftest import ok
from tests.rules.cases import report_contents, sla_tender, sla_workspace, vfm_workspace

FINGERPRINT = "1080d4345e95da5a05b6bb6b59cf20fff6afddb330a5293957ebb87c90c413a0"


def test_steps_curve_requirement_minimum_share_and_threshold(tmp_path: Path) -> None:
    ev = evaluate(load_workspace(sla_workspace(tmp_path)))
    # absolute weights: service 60 % × 50 % = 0.3 for availability and response; price 0.4
    alpha, beta = ev.bid("alpha"), ev.bid("beta")
    # availability 99.95 → the step from 99.95: 1.0 → 30 points; 99.9 → 0.8 → 24 points
    assert alpha.criteria["availability"].normalized == 1.0 and alpha.criteria["availability"].points == 30.0
    assert beta.criteria["availability"].normalized == 0.8
    assert beta.criteria["availability"].points == pytest.approx(24.0)
    # response 2.5 h on the segment 1 h → 1, 4 h → 0.5: 1 + (0.5 − 1) × 1.5 / 3 = 0.75 → 22.5 points
    assert alpha.criteria["response"].normalized == pytest.approx(0.75)
    assert beta.criteria["response"].normalized == pytest.approx(0.5)  # at the point 4 h
    assert alpha.performance == pytest.approx(52.5) and beta.performance == pytest.approx(39.0)
    # gamma (99.2 % < 99.5 %) is out on the requirement; delta's service share 12 / 60 = 0.2 < 0.5;
    # epsilon 24 + 30 × 0.25 = 31.5 < 0.6 × 60 = 36: below the threshold, its 50,000 never opened
    assert ev.price_min == 80_000 and ev.price_max == 100_000
    assert alpha.price_points == pytest.approx(32.0) and alpha.score == pytest.approx(84.5)
    assert beta.price_points == pytest.approx(40.0) and beta.score == pytest.approx(79.0)
    assert ev.winner == "alpha"
    gamma, delta, epsilon = ev.bid("gamma"), ev.bid("delta"), ev.bid("epsilon")
    assert [r.message for r in gamma.reasons] == [
        "requirement availability-floor not met: Availability of at least 99.5 % "
        "(availability = 99.2 %, at least 99.5 required)"
    ]
    assert gamma.price == 70_000  # excluded on a requirement: its price is shown as before
    assert [r.code for r in delta.reasons] == ["below-group-minimum", "below-quality-threshold"]
    assert delta.reasons[0].message == "service: 12 of 60 points, below the minimum share 0.5"
    assert epsilon.reasons[0].message == (
        "performance 31.5 of 60 points, below the quality threshold 0.6: prices not opened"
    )
    assert epsilon.price is None and epsilon.price_points is None
    assert [line.unit_price for line in epsilon.price_lines] == [None]


def test_threshold_hidden_prices_are_in_no_output(tmp_path: Path) -> None:
    root = sla_workspace(tmp_path)
    data = json.loads(ok("evaluate", root, "--json"))
    epsilon = next(b for b in data["bids"] if b["bidder"] == "epsilon")
    assert epsilon["price"] is None and epsilon["price_lines"][0]["total"] is None
    ok("report", root)
    for name, raw in report_contents(root / "reports").items():
        assert b"100,000" in raw or b"100000" in raw, name  # alpha's price is there
        assert not any(p in raw for p in (b"50000", b"50,000", b"60000", b"60,000")), name


def test_a_requirement_fact_not_stated_excludes(tmp_path: Path) -> None:
    root = sla_workspace(tmp_path)
    bid = root / "bids" / "beta.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("availability: 99.9\n", ""), encoding="utf-8")
    ev = evaluate(load_workspace(root))
    assert [r.message for r in ev.bid("beta").reasons] == [
        "requirement availability-floor not answered: Availability of at least 99.5 % (no availability stated)"
    ]


def test_a_maximum_requirement(tmp_path: Path) -> None:
    tender = sla_tender()
    tender["requirements"] = [{"id": "fast", "text": "Response within 3 h", "fact": "response", "max": 3, "unit": "h"}]
    ev = evaluate(load_workspace(sla_workspace(tmp_path, tender)))
    assert ev.bid("beta").reasons[0].message == (
        "requirement fast not met: Response within 3 h (response = 4 h, at most 3 allowed)"
    )
    assert ev.bid("beta").reasons[0].values == {"value": 4.0, "max": 3.0}
    assert [b.bidder for b in ev.ranked] == ["alpha"]


def test_value_for_money_with_a_malus(tmp_path: Path) -> None:
    ev = evaluate(load_workspace(vfm_workspace(tmp_path)))
    # V = 20,000 + 10,000 + 5,000 = 35,000; C (malus values) = 5,000
    assert ev.tender.method.value_total == 35_000 and ev.tender.method.malus_total == 5_000
    # alpha: 20,000 × 1 + 10,000 × 0.75, exit 30 days → n = 1: malus 5,000 × 0 → F = 100,000 − 27,500 = 72,500
    # beta: 20,000 × 0.8 + 10,000 × 0.5, exit 60 days → n = 0.5: malus 2,500 → F = 80,000 − 21,000 + 2,500 = 61,500
    assert ev.fictitious_price(ev.bid("alpha")) == pytest.approx(72_500)
    assert ev.fictitious_price(ev.bid("beta")) == pytest.approx(61_500)
    assert ev.winner == "beta" and ev.bid("alpha").rank == 2
    assert ev.weights["availability"] == pytest.approx(20 / 35)  # a leaf's absolute weight is value / V
    data = ev.to_dict()
    assert [b["fictitious_price"] for b in data["bids"]] == [pytest.approx(61_500), pytest.approx(72_500)]
    assert data["criteria"][1]["value"] == 5_000 and data["criteria"][1]["malus"] is True


def test_value_for_money_trail_and_workbook(tmp_path: Path) -> None:
    root = vfm_workspace(tmp_path)
    ok("report", root, "--format", "html")
    html = (root / "reports" / "vfm-hosting-en.html").read_text(encoding="utf-8")
    assert "€80,000.00 − €16,000.00 − €5,000.00 + €2,500.00" in html
    assert "€61,500.00" in html
    ok("report", root, "--format", "xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(root / "reports" / "vfm-hosting-en.xlsx")
    formulas = [c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    # V and C are input cells of the Inputs sheet (35,000 and 5,000), not constants in the formula
    assert any(f.startswith("=E") and "-'Inputs'!$E$" in f and "/100+'Inputs'!$E$" in f for f in formulas), formulas[
        :40
    ]
    inputs = {r[0]: r[4] for r in wb["Inputs"].iter_rows(values_only=True)}
    assert (inputs["value_total"], inputs["malus_total"]) == (35000, 5000)
    assert any("IF(G" in f and ">=99.95,1,IF(" in f for f in formulas)


def test_old_measures_keep_their_fingerprint(tmp_path: Path) -> None:
    """A best/worst measure and a yes/no requirement evaluate to the fingerprint they had before curves,
    steps, numeric requirements and value for money (worked out with the code before them)."""
    tender, bids = quality_price_tender({"a": 80, "b": 60}, {"a": 120, "b": 100})
    tender["requirements"] = [{"id": "dc", "text": "Data centre in the EU"}]
    for bid in bids:
        bid["requirements"] = {"dc": True}
    ev = evaluate(load_workspace(write_workspace(tmp_path, tender, bids)))
    assert ev.fingerprint == FINGERPRINT
