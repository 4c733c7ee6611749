"""§ 60 VgV before the award decision: `tender decide` (and its approval) refuses while a price flagged as abnormally
low has no recorded outcome, as `seal final` does, naming the bid (and its lot) and `tender clarify`; nothing is
recorded until the clarification's outcome is."""

from __future__ import annotations

from pathlib import Path

from tender.audit import log
from tests.audit.lots_support import lotted, method_key
from tests.audit.lots_support import opened as lots_opened
from tests.audit.test_price_check import opened
from tests.hostile.conftest import ok, refused

ACCEPTED = ("--answered", "2007-04-10", "--outcome", "accepted", "--actor", "braun")


def actions(root: Path) -> list[str]:
    return [e["action"] for e in log.read(root)[0]]


def test_decide_refuses_an_unclarified_flag_until_its_outcome_is_recorded(flagged_procedure: Path) -> None:
    ws = opened(flagged_procedure)
    refused(
        ws, "decide", ws, "--actor", "braun",
        expect="§ 60 VgV: abnormally low price not yet clarified: isar (152900.00, no request); the award decision "
        "and its approval wait for the outcome of the clarification: `tender clarify DIR --bidder ID --requested DATE "
        "--answered DATE --outcome accepted|rejected`\n",
    )  # fmt: skip
    refused(
        ws, "decide", ws, "--actor", "braun", tender_language=True,
        expect="§ 60 VgV: ungewöhnlich niedriger Preis noch nicht aufgeklärt: isar (152.900, keine Aufklärung "
        "verlangt); die Zuschlagsentscheidung und ihre Freigabe warten auf das Ergebnis der Aufklärung: "
        "`tender clarify DIR --bidder ID --requested DATUM --answered DATUM --outcome accepted|rejected`\n",
    )  # fmt: skip
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun")
    result = refused(
        ws,
        "decide",
        ws,
        "--actor",
        "braun",
        "--approved-by",
        "mueller",
        expect="isar (152900.00, requested 2007-04-04);",
    )
    assert len(result.output.strip().splitlines()) == 1  # one line
    refused(
        ws, "decide", ws, "--actor", "braun", tender_language=True,
        expect="isar (152.900, Aufklärung verlangt am 2007-04-04);",
    )  # fmt: skip
    assert "decide" not in actions(ws)
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", *ACCEPTED)
    assert "Zuschlagsentscheidung für rheintal von braun" in ok("decide", ws, "--actor", "braun")
    event = log.read(ws)[0][-1]
    assert (event["action"], event["details"]["winner"]) == ("decide", "rheintal")


def test_an_approval_waits_for_a_flag_opened_again_after_the_decision(flagged_procedure: Path) -> None:
    ws = opened(flagged_procedure)
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-04", *ACCEPTED)
    ok("decide", ws, "--actor", "braun")
    ok("clarify", ws, "--bidder", "isar", "--requested", "2007-04-12", "--actor", "braun")  # asked again: open
    refused(ws, "decide", ws, "--approve", "--actor", "mueller", expect="isar (152900.00, requested 2007-04-12)")
    assert actions(ws)[-2:] == ["decide", "clarify"]


def test_the_lotted_decision_names_every_lot_with_an_unclarified_flag(tmp_path: Path) -> None:
    root = lots_opened(lotted(tmp_path / "ws", method_key("abnormally_low: 0.10")))
    refused(
        root, "decide", root, "--actor", "braun",
        expect="§ 60 VgV: abnormally low price not yet clarified: lot test: elbtal (18780.00, no request); "
        "lot migration: spree (45000.00, no request); the award decision and its approval wait for the outcome of "
        "the clarification: `tender clarify DIR --lot ID --bidder ID --requested DATE",
    )  # fmt: skip
    refused(
        root, "decide", root, "--actor", "braun", tender_language=True,
        expect="nicht aufgeklärt: Los test: elbtal (18.780, keine Aufklärung verlangt); Los migration: spree "
        "(45.000, keine Aufklärung verlangt); die Zuschlagsentscheidung",
    )  # fmt: skip
    ok("clarify", root, "--lot", "test", "--bidder", "elbtal", "--requested", "2007-04-04", *ACCEPTED)
    refused(root, "decide", root, "--actor", "braun", expect="clarified: lot migration: spree (45000.00, no request);")
    ok("clarify", root, "--lot", "migration", "--bidder", "spree", "--requested", "2007-04-04", *ACCEPTED)
    assert "Zuschlagsentscheidung für cluster: " in ok("decide", root, "--actor", "braun")
    assert actions(root)[-1] == "decide"
