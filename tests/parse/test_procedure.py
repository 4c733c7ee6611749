"""tender.yaml's procedure data and suitability criteria, and the receipt and suitability answers of bids (YAML,
CSV, the xlsx bid form): read with their places, refused per problem with file and key (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from tender.errors import Collector
from tender.parse.tenderfile import read_tender
from tender.workspace import load_workspace
from tests.hostile.conftest import ok, refused
from tests.sheetfill import fill_bid_form


def edit(path: Path, change: Any) -> None:
    """Change a YAML file's data in place."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_example_reads_its_procedure_and_suitability(example: Path) -> None:
    tender = read_tender(example, Collector())
    assert tender is not None
    p = tender.procedure
    assert (str(p.type), p.notice, p.cpv, p.estimated_value) == (
        "open",
        "2007/S 38-046215",
        ("72400000-4", "72000000-5"),
        240_000.0,
    )
    assert p.dates["bid_deadline"] == "2007-03-15T12:00" and p.dates["publication"] == "2007-02-22"
    assert [s.id for s in tender.suitability] == ["umsatz", "referenzen", "iso27001"]
    assert tender.method.abnormally_low == 0.20 and p.abnormally_low_of_estimate == 0.65


def test_bad_procedure_data_is_refused_per_problem(example: Path) -> None:
    def bad(d: dict) -> None:
        d["procedure"].update(
            type="closed",
            cpv=["72400000", "72400000-4", "72400000-4"],
            dates={"publication": "2007-02-22", "bid_deadline": "2007-02-30", "opening": "2007-02-01T14:00"},
            estimated_value=-5,
        )
        d["suitability"].append({"id": "ha-cluster", "text": "clashes with the requirement"})

    edit(example / "tender.yaml", bad)
    result = refused(example, "validate", example, expect="tender.yaml: procedure.type: expected one of open")
    out = result.output
    assert "tender.yaml: procedure.cpv[0]: expected a CPV code like 72400000-4" in out and '"72400000"' in out
    assert "tender.yaml: procedure.cpv[2]: CPV code 72400000-4 given twice" in out
    assert "tender.yaml: procedure.dates.bid_deadline: expected a date like 2007-03-15 or 2007-03-15T12:00" in out
    assert "tender.yaml: procedure.dates.opening: opening (2007-02-01T14:00) lies before publication" in out
    assert "tender.yaml: procedure.estimated_value: expected an amount greater than 0, found -5" in out
    assert 'tender.yaml: suitability[3].id: "ha-cluster" is already a requirement id' in out


def test_a_date_out_of_order_and_an_estimate_share_without_estimate(example: Path) -> None:
    def bad(d: dict) -> None:
        d["procedure"]["dates"]["questions"] = "2007-03-20"  # after the bid deadline
        del d["procedure"]["estimated_value"]

    edit(example / "tender.yaml", bad)
    result = refused(example, "validate", example, expect="procedure.dates.bid_deadline: bid_deadline")
    assert "lies before questions (2007-03-20)" in result.output
    assert "procedure.estimated_value: abnormally_low_of_estimate needs an estimated_value" in result.output


def test_receipt_and_suitability_of_every_bid_format_keep_their_places(bundled: Path) -> None:
    ws = load_workspace(bundled)
    bids = {b.bidder: b for b in ws.bids}
    hanse, spree = bids["hanse"], bids["spree"]
    assert (hanse.received, hanse.channel, hanse.complete) == ("2007-03-13T16:42", "e-Vergabe", True)
    assert hanse.places["received"] == "Bieter!C11" and hanse.places["suitability.umsatz"] == "Anforderungen!C12"
    assert hanse.evidence["referenzen"] == "Anlage 4: Referenzliste mit 6 Referenzen"
    assert hanse.places["prices.setup"] == "Preise!E7" and hanse.places["facts.verfuegbarkeit"] == "Kennzahlen!D7"
    assert (spree.received, spree.complete, spree.suitability) == (
        "2007-03-14T15:27",
        True,
        {"umsatz": True, "referenzen": True, "iso27001": True},
    )
    assert spree.places["suitability.iso27001"] == "line 21" and spree.places["prices.support"] == "line 15"


def test_a_bid_form_asks_for_suitability_and_a_no_excludes(example: Path, tmp_path: Path) -> None:
    form = tmp_path / "form.xlsx"
    ok("bid-form", example, "--out", form)
    bid = yaml.safe_load((example / "bids" / "hanse.yaml").read_text(encoding="utf-8"))
    bid["bidder"] = "nord"
    bid["suitability"]["iso27001"] = False
    filled = fill_bid_form(form, tmp_path / "nord.xlsx", bid)
    from openpyxl import load_workbook

    wb = load_workbook(filled)
    rows = {wb["Anforderungen"].cell(r, 1).value: r for r in range(7, 20)}
    assert rows["iso27001"] == 14 and rows["umsatz"] == 12  # below the four requirements and a heading row
    bieter = {wb["Bieter"].cell(r, 1).value: r for r in range(7, 20)}
    assert [bieter[k] for k in ("received", "channel", "complete")] == [11, 12, 13]
    ok("import-bids", filled, "--into", example)
    reasons = next(b["reasons"] for b in json.loads(ok("evaluate", example, "--json"))["bids"] if b["bidder"] == "nord")
    assert reasons == [
        "suitability iso27001 not met: Zertifikat nach ISO/IEC 27001 für das angebotene Rechenzentrum (§ 49 VgV)"
    ]


def test_a_bid_answering_an_unknown_suitability_or_a_bad_receipt_is_refused(example: Path) -> None:
    def bad(d: dict) -> None:
        d["suitability"]["bonität"] = True
        d["received"] = "2007-03-13T25:00"
        d["complete"] = "vielleicht"

    edit(example / "bids" / "hanse.yaml", bad)
    result = refused(example, "validate", example, expect="bids/hanse.yaml: suitability.bonität: unknown key")
    assert "bids/hanse.yaml: received: expected a date like 2007-03-15 or 2007-03-15T12:00" in result.output
    assert 'bids/hanse.yaml: complete: expected true or false, found "vielleicht"' in result.output


def test_an_incomplete_bid_fails_the_formal_check_and_a_late_receipt_is_not_on_time(example: Path) -> None:
    from tender.app.evaluate import evaluate_workspace
    from tender.app.funnel import award_record
    from tender.scoring.funnel import on_time

    edit(example / "bids" / "hanse.yaml", lambda d: d.update(complete=False, received="2007-03-15T12:01"))
    ws, ev = evaluate_workspace(example)
    assert [r.code for r in ev.bid("hanse").reasons] == ["incomplete"]
    record = award_record(example, ws, ev)
    receipt = next(r for r in record.receipts if r.bidder == "hanse")
    assert (receipt.received, receipt.on_time, receipt.complete) == ("2007-03-15T12:01", False, False)
    assert receipt.source == "bids/hanse.yaml received"
    formal = next(x for x in record.funnel if x.bidder == "hanse" and x.stage == "formal")
    assert (formal.outcome, formal.price) == ("failed", 175_800.0)
    later = [x.outcome for x in record.funnel if x.bidder == "hanse"][1:]
    assert later == ["passed", "passed", "not-reached", "not-reached"]
    assert on_time("2007-03-15T12:00", "2007-03-15T12:00") is True
    assert on_time("2007-03-15T23:59", "2007-03-15") is True and on_time("2007-03-16", "2007-03-15") is False
    assert on_time("2007-03-15T11:00:00Z", "2007-03-15T12:00") is True and on_time("", "2007-03-15") is None
