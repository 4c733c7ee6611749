"""`tender draw`: lots for bids still level after the announced tie-break, recorded and checkable in the log."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from tender.audit import log
from tender.audit.draw import drawn_order
from tests.conftest import quality_price_tender, write_workspace
from tests.hostile.conftest import ok, refused, run

PEOPLE = {
    "evaluators": [
        {"id": "braun", "name": "Thomas Braun", "role": "Vergabestelle", "declaration": "2007-02-26"},
        {"id": "yilmaz", "name": "Deniz Yılmaz", "role": "Recht", "declaration": "2007-02-28"},
        {"id": "weber", "name": "Sabine Weber", "role": "IT", "declaration": None},
    ]
}


def level(root: Path, rules: list[str]) -> Path:
    """Three bids, a and b level on everything (same quality, same price), c behind."""
    method = {"name": "weighted-sum", "tie_break": rules}
    tender, bids = quality_price_tender(
        {"a": 70.0, "b": 70.0, "c": 50.0}, {"a": 100.0, "b": 100.0, "c": 120.0}, method=method
    )
    write_workspace(root, tender, bids)
    (root / "evaluators.yaml").write_text(yaml.safe_dump(PEOPLE, allow_unicode=True), encoding="utf-8")
    return root


def result(root: Path) -> dict:
    return json.loads(ok("evaluate", root, "--json"))


def test_a_drawing_decides_the_tie_and_can_be_checked(tmp_path: Path) -> None:
    root = level(tmp_path / "ws", ["lowest-price", "lot"])
    before = result(root)
    assert before["winner"] is None
    assert [f["code"] for f in before["flags"]] == ["lot-needed"]
    out = ok("draw", root, "--actor", "braun", "--witness", "yilmaz")
    events, _ = log.read(root)
    event = events[-1]
    assert event["action"] == "draw" and event["details"]["witness"] == "yilmaz"
    order = event["details"]["groups"][0]
    # the order follows from the hash of the event before the drawing: each ticket is SHA-256 of "prev:bidder"
    tickets = {b: hashlib.sha256(f"{event['prev']}:{b}".encode()).hexdigest() for b in ("a", "b")}
    assert order == sorted(tickets, key=tickets.__getitem__) == drawn_order(event["prev"], ["a", "b"])
    assert f"drawn order: {', '.join(order)}" in out
    after = result(root)
    assert after["winner"] == order[0] and after["flags"] == []
    ranks = {b["bidder"]: (b["rank"], b["tied"], b["decided_by"]) for b in after["bids"]}
    assert ranks == {order[0]: (1, False, "lot"), order[1]: (2, False, "lot"), "c": (3, False, None)}
    assert run("audit", "verify", root).exit_code == 0


def test_a_drawing_rewritten_with_a_fresh_hash_is_caught(tmp_path: Path) -> None:
    root = level(tmp_path / "ws", ["lot"])
    ok("draw", root, "--actor", "braun", "--witness", "yilmaz")
    path = root / log.LOG_NAME
    lines = path.read_text(encoding="utf-8").splitlines()
    event = json.loads(lines[-1])
    event["details"]["groups"][0].reverse()  # the order a party would have liked, the chain made whole again
    del event["hash"]
    event["hash"] = log.event_hash(event)
    lines[-1] = json.dumps(event)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    verdict = run("audit", "verify", root)
    assert verdict.exit_code == 1
    assert "the drawn order does not follow from the hash of the event before it" in verdict.output


def test_drawing_is_refused_without_a_tie_a_lot_rule_or_two_listed_people(tmp_path: Path) -> None:
    no_lot = level(tmp_path / "a", ["lowest-price"])
    refused(no_lot, "draw", no_lot, "--actor", "braun", "--witness", "yilmaz", expect="does not name `lot`")
    root = level(tmp_path / "b", ["lot"])
    refused(root, "draw", root, "--actor", "braun", "--witness", "braun", expect="--actor and --witness must differ")
    refused(root, "draw", root, "--actor", "braun", "--witness", "fremd", expect="fremd is not listed")
    refused(root, "draw", root, "--actor", "braun", "--witness", "weber", expect="no signed conflict-of-interest")
    ok("draw", root, "--actor", "braun", "--witness", "yilmaz")
    refused(root, "draw", root, "--actor", "braun", "--witness", "yilmaz", expect="there is nothing to draw")


def test_before_the_prices_are_opened_no_tie_break_or_drawing_shows(tmp_path: Path) -> None:
    from tender.scoring import evaluate
    from tender.scoring.envelope import quality_only
    from tender.workspace import load_workspace

    root = level(tmp_path / "ws", ["lowest-price", "lot"])
    full = evaluate(load_workspace(root))
    assert [f.code for f in full.flags] == ["lot-needed"]
    sealed = quality_only(full).to_dict()
    assert sealed["flags"] == [] and all(b["decided_by"] is None for b in sealed["bids"])
