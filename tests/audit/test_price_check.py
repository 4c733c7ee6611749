"""§ 60 VgV end to end: a flagged price blocks `seal final` until its clarification is recorded; a rejected price
excludes the bid with § 60(3) VgV as its ground; `tender clarify` refuses what it cannot record."""

from __future__ import annotations

import json
from pathlib import Path

from tender.audit import log
from tests.hostile.conftest import ok, refused, run


def opened(ws: Path) -> Path:
    """The procedure up to the opening of the prices."""
    ok("seal", "technical", ws, "--actor", "mueller")
    ok("open-prices", ws, "--actor", "braun", "--witness", "yilmaz")
    return ws


def report_json(ws: Path) -> dict:
    """The JSON report of the workspace as it is now."""
    ok("report", ws, "--format", "json", "--actor", "braun")
    return json.loads((ws / "reports" / "crm-hosting-2007-de.json").read_text(encoding="utf-8"))


def test_a_flag_blocks_seal_final_until_its_outcome_is_recorded(flagged_procedure: Path) -> None:
    ws = opened(flagged_procedure)
    # isar's 152,900.00 lies below 65 % of the estimated 240,000.00 (156,000.00): flagged by the estimate
    checks = report_json(ws)["record"]["price_checks"]
    assert [(c["bidder"], c["price"], c["by_gap"], c["by_estimate"], c["status"]) for c in checks] == [
        ("isar", 152_900.0, False, True, "unresolved")
    ]
    assert abs(checks[0]["share_of_estimate"] - 152_900 / 240_000) < 1e-12
    assert abs(checks[0]["gap"] - (166_540 - 152_900) / 166_540) < 1e-12  # 8.2 % below spree: not by the gap
    refused(
        ws, "seal", "final", ws, "--actor", "braun", expect="§ 60 VgV: abnormally low price not yet clarified: isar"
    )
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun")
    result = refused(ws, "seal", "final", ws, "--actor", "braun", expect="isar (152900.00, requested 2007-04-04)")
    assert "tender clarify" in result.output
    out = ok(
        "clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--answered", "2007-04-10",
        "--outcome", "accepted", "--note", "Kalkulation mit eigenem, abgeschriebenem Rechenzentrum belegt",
        "--actor", "braun",
    )  # fmt: skip
    assert "Aufklärung zu isar erfasst (angenommen)" in out
    ok("seal", "final", ws, "--actor", "braun")
    events = log.read(ws)[0]
    clarify = [e for e in events if e["action"] == "clarify"]
    assert [(e["actor"], e["details"]["outcome"], e["details"]["requested"]) for e in clarify] == [
        ("braun", None, "2007-04-04"),
        ("braun", "accepted", "2007-04-04"),
    ]
    assert run("audit", "verify", ws).exit_code == 0
    line = next(x for x in report_json(ws)["record"]["funnel"] if x["bidder"] == "isar" and x["stage"] == "price-check")
    assert line["outcome"] == "accepted" and line["items"][0]["source"].startswith("audit.log event ")


def test_a_rejected_price_excludes_the_bid_on_section_60_3(flagged_procedure: Path) -> None:
    ws = opened(flagged_procedure)
    ok(
        "clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--answered", "2007-04-10",
        "--outcome", "rejected", "--note", "Personalkosten unter dem Mindestlohn kalkuliert", "--actor", "braun",
    )  # fmt: skip
    doc = report_json(ws)
    isar = next(b for b in doc["result"]["bids"] if b["bidder"] == "isar")
    assert isar["excluded"] is True and isar["rank"] is None
    assert isar["reasons"][0].startswith("price rejected as abnormally low after the request for an explanation")
    assert doc["result"]["winner"] == "rheintal"
    assert [b["bidder"] for b in doc["result"]["bids"] if not b["excluded"]] == ["rheintal", "hanse", "spree"]
    line = next(x for x in doc["record"]["funnel"] if x["bidder"] == "isar" and x["stage"] == "price-check")
    assert (line["outcome"], line["price"]) == ("rejected", 152_900.0)
    ok("seal", "final", ws, "--actor", "braun")  # resolved: rejected
    ok("report", ws, "--format", "html", "--actor", "braun")
    html = (ws / "reports" / "crm-hosting-2007-de.html").read_text(encoding="utf-8")
    assert "Preis abgelehnt, ausgeschlossen" in html and "§ 60 Abs. 3 VgV" in html
    assert "Personalkosten unter dem Mindestlohn kalkuliert" in html


def test_clarify_refuses_what_it_cannot_record(flagged_procedure: Path) -> None:
    ws = flagged_procedure
    refused(ws, "clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun",
            expect="the prices are still sealed")  # fmt: skip
    opened(ws)
    base = ("clarify", ws, "--requested", "2007-04-04", "--actor", "braun")
    refused(ws, *base, "--bidder", "nobody", expect="no bid of bidder 'nobody' in bids/")
    refused(ws, *base, "--bidder", "hanse", expect="the price of hanse is not flagged as abnormally low (§ 60 VgV)")
    refused(ws, "clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "fremd",
            expect="fremd is not listed in evaluators.yaml")  # fmt: skip
    refused(ws, *base, "--bidder", "isar", "--answered", "2007-04-10", expect="--answered and --outcome go together")
    refused(ws, *base, "--bidder", "isar", "--answered", "2007-04-01", "--outcome", "accepted",
            expect="--answered 2007-04-01 lies before --requested 2007-04-04")  # fmt: skip
    refused(ws, *base, "--bidder", "isar", "--note", "ok\x1b[2J", expect="--note: the text holds the control character")
    refused(ws, "clarify", ws, "--bidder", "isar", "--requested", "4.4.2007", "--actor", "braun",
            expect="--requested: expected a calendar date like 2007-04-02")  # fmt: skip


def test_the_record_has_a_fingerprint_of_its_own_that_verify_checks(flagged_procedure: Path) -> None:
    from tender.result import fingerprint_of

    ws = opened(flagged_procedure)
    doc = report_json(ws)
    report = ws / "reports" / "crm-hosting-2007-de.json"
    assert doc["audit"]["fingerprint"] == fingerprint_of(doc["result"])  # the result alone, as before
    assert doc["audit"]["record_fingerprint"] == fingerprint_of(doc["record"])
    assert "record" not in json.loads(ok("evaluate", ws, "--json"))
    assert ok("verify", report).startswith("MATCH")
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun")  # the result stays
    result = run("verify", report, "--lang", "en")
    assert result.exit_code == 1 and "the award record differs from the workspace as it is now" in result.output
    doc["record"]["receipts"][0]["channel"] = "Post"
    report.write_text(json.dumps(doc), encoding="utf-8")
    result = run("verify", report, "--lang", "en")
    assert "the report's own award record no longer hashes to its record_fingerprint (it was edited)" in result.output
