"""The award decision on a lotted tender records, per lot, the awarded bid's margins as an unlotted decision records
the winner's; the awards overview shows them in its decision block; a log recorded without them still verifies and
reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tender.app.evaluate import evaluate_lotted
from tender.app.lotdecide import lots_decision
from tender.audit import log
from tender.audit.decision import record_decision
from tests.audit.lots_support import lotted, opened
from tests.hostile.conftest import ok, run


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lotted example, its prices opened, decided and approved at once."""
    root = opened(lotted(tmp_path_factory.mktemp("margins") / "ws"))
    ok("decide", root, "--actor", "braun", "--approved-by", "schmidt")
    return root


def overview(root: Path, lang: str) -> str:
    ok("report", root, "--actor", "braun", "--format", "html", "--lang", lang)
    return (root / "reports" / f"crm-hosting-lose-{lang}.html").read_text(encoding="utf-8")


def test_each_lot_records_its_awarded_bids_margins(decided: Path) -> None:
    lots = {x["lot"]: x for x in log.read(decided)[0][-1]["details"]["lots"]}
    m = {lot: x["margins"] for lot, x in lots.items()}
    assert {lot: (x["winner"], x["runner_up"], x["cheapest"]) for lot, x in m.items()} == {
        "cluster": ("hanse", "rheintal", "isar"),
        "test": ("hanse", "spree", "spree"),
        "migration": ("rheintal", "hanse", "rheintal"),  # rank 2 (limit): its runner-up is the better-ranked hanse
    }
    assert (m["cluster"]["price"], m["cluster"]["cheapest_price"], m["cluster"]["performance"]) == (102_600, 97_100, 67)
    assert round(m["cluster"]["score"] - m["cluster"]["runner_up_score"], 2) == 12.46
    assert round(m["migration"]["score"] - m["migration"]["runner_up_score"], 2) == -11.25
    assert m["test"]["method"] == "weighted-sum" and m["test"]["winner_name"] == "Hanse Hosting AG"


def test_the_overview_shows_each_lots_margins(decided: Path) -> None:
    de = " ".join(overview(decided, "de").split())
    assert (
        '<th scope="row">Abstände: Los 1 – Betrieb des Clusters</th><td>Hanse Hosting AG: 95,39 Punkte, 12,46 Punkte '
        "mehr als das zweitplatzierte Angebot von Rheintal Datacenter GmbH; gegenüber dem preisgünstigsten gewerteten "
        "Angebot von Isar IT-Services GmbH: 67,00 statt 39,32 Leistungspunkte, Wertungspreis um 5.500,00 € (5,7 %) "
        "höher</td>" in de
    )
    assert (
        "Rheintal Datacenter GmbH: 86,50 Punkte, 11,25 Punkte weniger als das besser platzierte Angebot von Hanse "
        "Hosting AG; das preisgünstigste gewertete Angebot</td>" in de
    )
    en = " ".join(overview(decided, "en").split())
    assert '<th scope="row">Margins: Los 3 – Migration</th>' in en
    assert "Rheintal Datacenter GmbH: 86.50 points, 11.25 points behind the better-ranked bid of Hanse Hosting AG" in en


def test_a_decision_recorded_without_margins_still_verifies_and_reports(tmp_path: Path) -> None:
    root = opened(lotted(tmp_path / "ws"))
    _, le = evaluate_lotted(root)
    day = datetime.now(UTC).date().isoformat()
    details = {"date": day, **lots_decision(le), "approver": "schmidt", "approval_date": day}
    for x in details["lots"]:
        del x["margins"]  # the event as tender recorded it before the margins per lot
    record_decision(root, "braun", details, two_envelope=True)
    assert run("audit", "verify", root).exit_code == 0
    ok("seal", "final", root, "--actor", "braun")
    shown = " ".join(overview(root, "de").split())
    assert "Abstände:" not in shown and "Zuschlag je Los: cluster und test: an hanse" in shown
