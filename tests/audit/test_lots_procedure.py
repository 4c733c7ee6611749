"""The procedure on a tender divided into lots, from the command line: one seal for all lots, the prices of every lot
sealed until they are opened, § 60 checks per lot, the award decision on every lot at once, drawings per lot."""

from __future__ import annotations

import json
from pathlib import Path

from tender.app.decision_record import decision_record
from tender.app.evaluate import evaluate_lotted
from tender.audit import log
from tests.audit.lots_support import level_with, lotted, method_key, opened, tied_in_test
from tests.hostile.conftest import ok, refused, run


def lots_json(root: Path) -> dict:
    return json.loads(ok("evaluate", root, "--json"))


def test_one_seal_for_all_lots_keeps_every_lots_prices_sealed_until_the_opening(tmp_path: Path) -> None:
    root = lotted(tmp_path / "ws")
    out = ok("seal", "technical", root, "--actor", "mueller")
    assert "versiegelt (technical): Audit-Ereignis 4, 4 Datei(en) erfasst" in out
    event = log.read(root)[0][-1]
    assert event["action"] == "seal-technical" and len(event["details"]["bids"]) == 6  # every bid, all lots
    sealed = lots_json(root)
    assert sealed["prices_sealed"] is True and sealed["award"] is None and sealed["combinations"] == []
    for lot in sealed["lots"]:
        ev = lot["evaluation"]
        assert lot["awarded"] is None and ev["prices_sealed"] is True and ev["winner"] is None
        assert all(b["price"] is None and b["price_points"] is None for b in ev["bids"]), lot["id"]
    assert [b["performance"] for b in sealed["lots"][2]["evaluation"]["bids"]] == [58.5, 46.5, 37.5, 30.0]
    refused(root, "decide", root, "--actor", "braun", expect="after the opening of the prices")
    refused(root, "seal", "final", root, "--actor", "braun", expect="open the prices")
    ok("open-prices", root, "--actor", "braun", "--witness", "schmidt")
    shown = ok("evaluate", root)
    assert "Zuschlag je Los" in shown and "Kein eindeutiger Sieger" not in shown  # each lot has one first-ranked bid
    now = lots_json(root)
    assert now["prices_sealed"] is False
    assert now["award"]["awards"] == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    assert ok("seal", "final", root, "--actor", "braun").startswith("versiegelt (final): Audit-Ereignis 6")
    assert run("audit", "verify", root).exit_code == 0


def test_the_technical_seal_holds_each_offers_non_price_content_but_not_its_prices(tmp_path: Path) -> None:
    root = lotted(tmp_path / "ws", imported=False)  # no imports: only the seal holds the bids
    ok("seal", "technical", root, "--actor", "mueller")
    bid = root / "bids" / "hanse.yaml"
    kept = bid.read_text(encoding="utf-8")
    bid.write_text(kept.replace("migration: 38000", "migration: 36000"), encoding="utf-8")  # a price: not sealed yet
    assert lots_json(root)["prices_sealed"] is True
    fact = kept.replace(
        "cluster:\n    requirements: {ha-cluster: true, betrieb-24x7: true}\n    facts: {verfuegbarkeit: 99.95}",
        "cluster:\n    requirements: {ha-cluster: true, betrieb-24x7: true}\n    facts: {verfuegbarkeit: 99.5}",
    )
    assert fact != kept
    bid.write_text(fact, encoding="utf-8")
    refused(root, "evaluate", root, expect="bids/hanse.yaml: changed (its non-price content) since the technical seal")
    refused(root, "open-prices", root, "--actor", "braun", "--witness", "schmidt", expect="its non-price content")


def test_the_award_decision_records_every_lot_and_is_approved_before_the_final_seal(tmp_path: Path) -> None:
    root = opened(lotted(tmp_path / "ws"))
    out = ok("decide", root, "--actor", "braun")
    assert "Zuschlagsentscheidung für cluster: hanse, test: hanse, migration: rheintal von braun" in out
    assert "(wartet auf die Freigabe: --approve): Audit-Ereignis 6" in out
    assert (
        "Zuschlag je Los: cluster und test: an hanse mit dem Kombinationsangebot betrieb-und-test. hanse ist besser "
        "platziert, hält aber bereits cluster und test und damit die Höchstzahl von 2 Losen: übergangen. "
        "migration: an rheintal (Rang 2)." in out
    )
    d = log.read(root)[0][-1]["details"]
    assert d["fingerprint"] == evaluate_lotted(root)[1].fingerprint
    assert d["awards"] == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    assert [(x["lot"], x["bidder"], x["rank"], x["how"], x["combination"]) for x in d["lots"]] == [
        ("cluster", "hanse", 1, "combination", "betrieb-und-test"),
        ("test", "hanse", 1, "combination", "betrieb-und-test"),
        ("migration", "rheintal", 2, "limit", None),
    ]
    refused(root, "decide", root, "--actor", "braun", expect="the award decision on this evaluation is already")
    refused(root, "seal", "final", root, "--actor", "braun", expect="awaits its approval")
    refused(root, "decide", root, "--approve", "--actor", "braun", expect="a second person approves it")
    assert "freigegeben von schmidt" in ok("decide", root, "--approve", "--actor", "schmidt")
    ws, le = evaluate_lotted(root)  # a lot's memo: no single winner of its own, the people with their acts
    record = decision_record(ws, le.lots[2].evaluation, log.read(root)[0])
    assert record.decision is None and record.letters is None
    tasks = {p.id: p.tasks for p in record.people or ()}
    assert "proposer" in tasks["braun"] and "approver" in tasks["schmidt"] and "sealer" in tasks["mueller"]
    ok("seal", "final", root, "--actor", "braun")
    refused(root, "decide", root, "--actor", "braun", expect="already sealed for the award")


def test_abnormally_low_prices_are_checked_and_clarified_per_lot(tmp_path: Path) -> None:
    root = opened(lotted(tmp_path / "ws", method_key("abnormally_low: 0.10")))
    refused(
        root,
        "seal",
        "final",
        root,
        "--actor",
        "braun",
        expect="§ 60 VgV: abnormally low price not yet clarified: lot test: elbtal (18780.00, no request); "
        "lot migration: spree (45000.00, no request). Record the explanation and its outcome with "
        "`tender clarify DIR --lot ID --bidder ID",
    )
    refused(
        root,
        "clarify",
        root,
        "--bidder",
        "spree",
        "--requested",
        "2007-04-04",
        "--actor",
        "braun",
        expect="crm-hosting-lose is divided into lots (cluster, test, migration): name the lot with "
        "`tender clarify --lot ID`",
    )
    refused(
        root,
        "clarify",
        root,
        "--lot",
        "eins",
        "--bidder",
        "spree",
        "--requested",
        "2007-04-04",
        "--actor",
        "braun",
        expect="--lot eins: no such lot in tender.yaml (lots: cluster, test, migration)",
    )
    refused(
        root,
        "clarify",
        root,
        "--lot",
        "cluster",
        "--bidder",
        "spree",
        "--requested",
        "2007-04-04",
        "--actor",
        "braun",
        expect="no bid of bidder 'spree' for lot cluster in bids/",
    )
    refused(
        root,
        "clarify",
        root,
        "--lot",
        "test",
        "--bidder",
        "spree",
        "--requested",
        "2007-04-04",
        "--actor",
        "braun",
        expect="the price of spree for lot test is not flagged as abnormally low",
    )
    out = ok(
        "clarify",
        root,
        "--lot",
        "migration",
        "--bidder",
        "spree",
        "--requested",
        "2007-04-04",
        "--answered",
        "2007-04-08",
        "--outcome",
        "rejected",
        "--actor",
        "braun",
    )
    assert "Aufklärung zu spree in Los migration erfasst (abgelehnt)" in out
    assert log.read(root)[0][-1]["details"]["lot"] == "migration"
    lots = {lot["id"]: lot["evaluation"] for lot in lots_json(root)["lots"]}
    spree = {lot: next(b for b in ev["bids"] if b["bidder"] == "spree") for lot, ev in lots.items() if lot != "cluster"}
    assert spree["migration"]["excluded"] is True and spree["migration"]["rank"] is None  # excluded there only
    assert spree["test"]["excluded"] is False and spree["test"]["rank"] == 2
    refused(root, "seal", "final", root, "--actor", "braun", expect="lot test: elbtal (18780.00, no request).")
    ok(
        "clarify",
        root,
        "--lot",
        "test",
        "--bidder",
        "elbtal",
        "--requested",
        "2007-04-04",
        "--answered",
        "2007-04-08",
        "--outcome",
        "accepted",
        "--actor",
        "braun",
    )
    ok("seal", "final", root, "--actor", "braun")
    assert run("audit", "verify", root).exit_code == 0


def test_lots_are_drawn_per_lot_and_the_drawing_orders_that_lot_only(tmp_path: Path) -> None:
    root = opened(lotted(tmp_path / "ws", level_with("test", "isar", "spree")))
    test = next(lot for lot in lots_json(root)["lots"] if lot["id"] == "test")["evaluation"]
    level = {b["bidder"]: (b["rank"], b["tied"]) for b in test["bids"] if b["bidder"] in ("isar", "spree")}
    assert level == {"isar": (2, True), "spree": (2, True)}
    refused(
        root,
        "draw",
        root,
        "--actor",
        "braun",
        "--witness",
        "schmidt",
        expect="name the lot with `tender draw --lot ID`",
    )
    refused(
        root,
        "draw",
        root,
        "--lot",
        "cluster",
        "--actor",
        "braun",
        "--witness",
        "schmidt",
        expect="no bids are level after the announced tie-break in lot cluster: there is nothing to draw",
    )
    out = ok("draw", root, "--lot", "test", "--actor", "braun", "--witness", "schmidt")
    event = log.read(root)[0][-1]
    assert event["details"]["lot"] == "test"
    order = event["details"]["groups"][0]
    assert sorted(order) == ["isar", "spree"] and f"gezogene Reihenfolge in Los test: {', '.join(order)}" in out
    test = next(lot for lot in lots_json(root)["lots"] if lot["id"] == "test")["evaluation"]
    ranks = {b["bidder"]: (b["rank"], b["tied"], b["decided_by"]) for b in test["bids"] if b["bidder"] in order}
    assert ranks == {order[0]: (2, False, "lot"), order[1]: (3, False, "lot")}
    refused(root, "draw", root, "--lot", "test", "--actor", "braun", "--witness", "schmidt", expect="nothing to draw")
    assert run("audit", "verify", root).exit_code == 0


def test_lot_is_refused_on_a_tender_without_lots(procedure: Path) -> None:
    opened_plain = procedure
    ok("seal", "technical", opened_plain, "--actor", "mueller")
    ok("open-prices", opened_plain, "--actor", "braun", "--witness", "yilmaz")
    refused(
        opened_plain,
        "clarify",
        opened_plain,
        "--lot",
        "test",
        "--bidder",
        "isar",
        "--requested",
        "2007-04-04",
        "--actor",
        "braun",
        expect="--lot test: this tender is not divided into lots",
    )
    refused(
        opened_plain,
        "draw",
        opened_plain,
        "--lot",
        "test",
        "--actor",
        "braun",
        "--witness",
        "yilmaz",
        expect="--lot test: this tender is not divided into lots",
    )


def test_the_decision_waits_for_a_lot_whose_best_eligible_bids_are_level(tmp_path: Path) -> None:
    root = opened(lotted(tmp_path / "ws", tied_in_test))
    award = lots_json(root)["award"]  # by value: cluster and migration to Hanse, then test past Hanse, at the limit
    assert award["awards"] == {"cluster": "hanse", "test": None, "migration": "hanse"}
    refused(
        root,
        "decide",
        root,
        "--actor",
        "braun",
        expect="lot test is not awarded: isar and spree are level in it, the best bids eligible for it; "
        "draw lots (`tender draw DIR --lot test`) where the tie-break announces it, then decide",
    )
    out = ok("draw", root, "--lot", "test", "--actor", "braun", "--witness", "schmidt")
    first = log.read(root)[0][-1]["details"]["groups"][0][0]
    assert f"gezogene Reihenfolge in Los test: {first}, " in out
    assert lots_json(root)["award"]["awards"]["test"] == first
    assert f"test: {first}, migration: hanse von braun" in ok("decide", root, "--actor", "braun")
