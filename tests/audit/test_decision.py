"""`tender decide`: the award decision and its approval by a second listed person, recorded in the log, and
what it blocks (decided before the opening, after the final seal, the final seal while it awaits approval)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel.dates import format_date

from tender.audit import log
from tender.report.standstill import standstill
from tests.hostile.conftest import ok, refused, run

REPORT = "reports/crm-hosting-2007"
TODAY = datetime.now(UTC).date().isoformat()  # the opening happens today: a decision cannot be dated before it


@pytest.fixture
def opened(procedure: Path) -> Path:
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    return procedure


@pytest.mark.parametrize(
    ("sent", "channel", "end", "earliest"),
    [
        ("2007-04-02", "electronic", "2007-04-12", "2007-04-13"),  # 10 days from the day after sending
        ("2007-04-02", "post", "2007-04-17", "2007-04-18"),  # 15 days
        ("2026-01-25", "electronic", "2026-02-04", "2026-02-05"),  # across a month end
        ("2026-02-20", "post", "2026-03-07", "2026-03-08"),  # across February's end (28 days)
        ("2024-02-20", "post", "2024-03-06", "2024-03-07"),  # a leap year's February (29 days)
        ("2026-12-20", "electronic", "2026-12-30", "2026-12-31"),  # up to the year's end
        ("2026-12-20", "post", "2027-01-04", "2027-01-05"),  # across the year end
        ("2026-12-17", "post", "2027-01-01", "2027-01-02"),  # ends on New Year's Day: a holiday does not shift it
    ],
)
def test_the_standstill_counts_calendar_days_from_the_day_after_sending(
    sent: str, channel: str, end: str, earliest: str
) -> None:
    period = standstill(date.fromisoformat(sent), channel)
    assert (period.end.isoformat(), period.earliest_award.isoformat()) == (end, earliest)
    assert period.days == {"electronic": 10, "post": 15}[channel]


def test_the_decision_comes_after_the_opening_of_the_prices(procedure: Path) -> None:
    refused(procedure, "decide", procedure, "--actor", "braun", expect="after the opening of the prices")
    ok("seal", "technical", procedure, "--actor", "mueller")
    refused(procedure, "decide", procedure, "--actor", "braun", expect="after the opening of the prices")


def test_proposer_and_approver_are_two_different_listed_people(opened: Path) -> None:
    refused(
        opened,
        "decide",
        opened,
        "--actor",
        "braun",
        "--approved-by",
        "braun",
        expect="approved by a second person: --actor and --approved-by must differ",
    )
    refused(opened, "decide", opened, "--actor", "krause", expect="krause is not listed in evaluators.yaml")
    refused(
        opened,
        "decide",
        opened,
        "--actor",
        "braun",
        "--approved-by",
        "krause",
        expect="krause is not listed in evaluators.yaml: only listed people may approve the award decision",
    )
    ok("decide", opened, "--actor", "braun")
    refused(
        opened,
        "decide",
        opened,
        "--approve",
        "--actor",
        "braun",
        expect="braun proposed the award decision of audit event 4 (by braun,",
    )
    refused(opened, "decide", opened, "--approve", "--actor", "krause", expect="krause is not listed")
    refused(opened, "decide", opened, "--actor", "braun", expect="the award decision on this evaluation is already")


def test_a_decision_records_winner_margins_and_its_approval(opened: Path) -> None:
    out = ok("decide", opened, "--actor", "braun", "--date", TODAY)
    assert f"Zuschlagsentscheidung für rheintal von braun am {TODAY} (wartet auf die Freigabe: --approve): " in out
    assert (
        "Gegenüber dem preisgünstigsten gewerteten Angebot von Isar Hosting GmbH erreicht es 22,27 Leistungspunkte "
        "mehr (62,93 statt 40,66) bei einem um 49.900,00 € (32,6 %) höheren Wertungspreis; es erreicht 85,55 Punkte, "
        "5,45 Punkte mehr als das zweitplatzierte Angebot von Hanse IT-Services AG."
    ) in " ".join(out.split())
    refused(opened, "seal", "final", opened, "--actor", "braun", expect="awaits its approval by a second listed")
    refused(opened, "decide", opened, "--approve", "--actor", "schmidt", "--date", "2007-04-01", expect="before the")
    ok("decide", opened, "--approve", "--actor", "schmidt", "--date", TODAY)
    events, _ = log.read(opened)
    decide, approve = events[-2], events[-1]
    assert (decide["action"], decide["actor"], decide["details"]["winner"]) == ("decide", "braun", "rheintal")
    assert decide["details"]["margins"]["cheapest"] == "isar"
    assert decide["details"]["margins"]["cheapest_price"] == 152_900
    assert decide["details"]["margins"]["runner_up"] == "hanse"
    assert approve["details"] == {"decision": 4, "decision_hash": decide["hash"], "date": TODAY}
    refused(opened, "decide", opened, "--approve", "--actor", "mueller", expect="is already approved by schmidt")
    ok("seal", "final", opened, "--actor", "braun")
    refused(opened, "decide", opened, "--actor", "braun", expect="recorded before `tender seal final`")
    assert ok("audit", "verify", opened).startswith("audit.log: in Ordnung")  # the tender's language


def test_the_date_is_a_past_day_not_before_the_opening(opened: Path) -> None:
    refused(opened, "decide", opened, "--actor", "braun", "--date", "2099-01-01", expect="not in advance")
    refused(opened, "decide", opened, "--actor", "braun", "--date", "2007-04-01", expect="before the opening")
    refused(opened, "decide", opened, "--actor", "braun", "--date", "1.4.2026", expect="expected a date as YYYY-MM-DD")


def test_the_report_shows_the_decision_and_the_people_by_name(opened: Path) -> None:
    ok("decide", opened, "--actor", "braun", "--approved-by", "schmidt")
    ok("seal", "final", opened, "--actor", "braun")
    ok("report", opened, "--actor", "braun", "--format", "json,html")
    doc = json.loads((opened / f"{REPORT}-de.json").read_text(encoding="utf-8"))
    decision = doc["decision"]
    assert (decision["date"], decision["proposer"], decision["approver"]) == (TODAY, "braun", "schmidt")
    assert (decision["approval_date"], decision["event"], decision["approval_event"]) == (TODAY, 4, 4)
    assert decision["recommendation"].startswith("Es wird empfohlen, den Zuschlag auf das Angebot von Rheintal")
    assert doc["audit"]["status"] == "final"
    people = {p["id"]: p for p in doc["people"]}
    assert people["braun"] == {
        "id": "braun",
        "name": "Thomas Braun",
        "role": "Vergabestelle (Einkauf)",
        "declaration": "2007-02-26",
        "tasks": ["moderator", "sealer", "opener", "proposer"],
    }
    assert people["yilmaz"]["tasks"] == ["witness"] and people["mueller"]["tasks"] == [
        "evaluator",
        "participant",
        "sealer",
    ]
    assert people["schmidt"]["tasks"] == ["evaluator", "participant", "approver"]
    html = (opened / f"{REPORT}-de.html").read_text(encoding="utf-8")
    day = format_date(date.fromisoformat(TODAY), "long", locale="de_DE")
    assert f'<th scope="row">Datum der Zuschlagsentscheidung</th><td>{day}</td>' in html
    assert f"Thomas Braun (Vergabestelle (Einkauf)) am {day} (Ereignis 4 des Audit-Logs)" in html
    assert f"Petra Schmidt (Leitung CRM-Anwendungsbetrieb) am {day} (Ereignis 4 des Audit-Logs)" in html
    assert "Deniz Yılmaz (Rechtsabteilung (Vergaberecht))" in html
    assert ok("verify", opened / f"{REPORT}-de.json").startswith("MATCH")


def test_the_approver_signs_the_decision_with_their_own_key(
    procedure: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.keyring import give_keys, key_args, passphrase_variable

    keys = give_keys(procedure, ["braun", "schmidt"], tmp_path / "keys", monkeypatch)
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz", *key_args(keys, "braun"))
    braun = key_args(keys, "braun")
    refused(
        procedure, "decide", procedure, "--actor", "braun", *braun, "--approved-by", "schmidt", expect="--approver-key"
    )
    approver = ["--approver-key", str(keys["schmidt"]), "--approver-passphrase-env", passphrase_variable("schmidt")]
    wrong = ["--approver-key", str(keys["braun"]), "--approver-passphrase-env", passphrase_variable("braun")]
    refused(
        procedure,
        "decide",
        procedure,
        "--actor",
        "braun",
        *braun,
        "--approved-by",
        "schmidt",
        *wrong,
        expect="not the key of schmidt",
    )
    ok("decide", procedure, "--actor", "braun", *braun, "--approved-by", "schmidt", *approver)
    event = log.read(procedure)[0][-1]
    assert sorted(event["signatures"]) == ["braun", "schmidt"]
    assert run("audit", "verify", procedure).exit_code == 0
