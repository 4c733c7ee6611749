"""The procedure's refusals (the award decision and its approval, the letters, late imports, the § 60 clarification,
the drawing of lots, the people at an opening, lots, the audit log) speak the tender's language: German for the
bundled example, English with --lang en; the JSON error entries carry the German line as `text`."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import UTC, datetime
from pathlib import Path

import tender.wording
from tender.audit import log
from tender.cli.common import error_entries
from tender.errors import UsageError
from tender.report.error_text import error_lines
from tender.wording import said
from tender.wording.lists import joined
from tests.audit.lots_support import lotted, method_key, tied_in_test
from tests.audit.lots_support import opened as lots_opened
from tests.hostile.conftest import ok, refused

TODAY = datetime.now(UTC).date().isoformat()


def both(root: Path, *args: str | Path, de: str, en: str) -> None:
    """The command is refused (exit 2, nothing changed) with exactly the German line in the tender's language and
    exactly the English one with --lang en."""
    german = refused(root, *args, expect=de, tender_language=True)
    assert german.output.splitlines() == [de]
    english = refused(root, *args, "--lang", "en", expect=en, tender_language=True)
    assert english.output.splitlines() == [en]


def opened(root: Path) -> Path:
    ok("seal", "technical", root, "--actor", "mueller")
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    return root


def test_the_award_decision_waits_for_the_opening_in_either_language(procedure: Path) -> None:
    both(
        procedure,
        *("decide", procedure, "--actor", "braun"),
        de="die Zuschlagsentscheidung folgt erst auf die Öffnung der Preise (`tender open-prices`)",
        en="the award decision comes after the opening of the prices (`tender open-prices`)",
    )
    both(
        procedure,
        *("letters", procedure, "--actor", "braun"),
        de="es ist keine Zuschlagsentscheidung erfasst: die Schreiben folgen auf `tender decide` und die Freigabe der "
        "Entscheidung",
        en="no award decision is recorded: the letters follow `tender decide` and its approval",
    )


def test_two_different_listed_people_open_the_prices(procedure: Path) -> None:
    ok("seal", "technical", procedure, "--actor", "mueller")
    both(
        procedure,
        *("open-prices", procedure, "--actor", "braun", "--witness", "braun"),
        de="zwei verschiedene Personen müssen die Preise öffnen: --actor und --witness dürfen nicht dieselbe Person "
        "nennen",
        en="two different people open the prices: --actor and --witness must differ",
    )
    both(
        procedure,
        *("open-prices", procedure, "--actor", "braun", "--witness", "fremd"),
        de="fremd ist nicht in evaluators.yaml aufgeführt: nur aufgeführte Personen dürfen die Preise öffnen",
        en="fremd is not listed in evaluators.yaml: only listed people may open the prices",
    )


def test_the_approval_is_a_second_persons_in_either_language(procedure: Path) -> None:
    root = opened(procedure)
    both(
        root,
        *("decide", root, "--actor", "braun", "--approved-by", "braun"),
        de="die Zuschlagsentscheidung gibt eine zweite Person frei: --actor und --approved-by müssen verschieden sein",
        en="the award decision is approved by a second person: --actor and --approved-by must differ",
    )
    both(
        root,
        *("decide", root, "--actor", "braun", "--date", "1.4.2026"),
        de="--date „1.4.2026“: erwartet wird ein Datum der Form YYYY-MM-DD",
        en='--date "1.4.2026": expected a date as YYYY-MM-DD',
    )
    ok("decide", root, "--actor", "braun")
    seq = log.read(root)[0][-1]["seq"]
    both(
        root,
        *("decide", root, "--approve", "--actor", "braun"),
        de=f"braun hat die in Audit-Ereignis {seq} (von braun, {TODAY}) erfasste Zuschlagsentscheidung vorgeschlagen: "
        "eine zweite Person gibt sie frei",
        en=f"braun proposed the award decision of audit event {seq} (by braun, {TODAY}): a second person approves it",
    )
    both(
        root,
        *("letters", root, "--actor", "braun"),
        de=f"die in Audit-Ereignis {seq} (von braun, {TODAY}) erfasste Zuschlagsentscheidung ist noch nicht "
        "freigegeben (`tender decide DIR --approve --actor ID`)",
        en=f"the award decision of audit event {seq} (by braun, {TODAY}) awaits its approval "
        "(`tender decide DIR --approve --actor ID`)",
    )
    both(
        root,
        *("seal", "final", root, "--actor", "braun"),
        de=f"die in Audit-Ereignis {seq} (von braun, {TODAY}) erfasste Zuschlagsentscheidung muss vor der "
        "abschließenden Versiegelung von einer zweiten aufgeführten Person freigegeben werden "
        "(`tender decide DIR --approve --actor ID`)",
        en=f"the award decision of audit event {seq} (by braun, {TODAY}) awaits its approval by a second listed "
        "person (`tender decide DIR --approve --actor ID`) before the final seal",
    )


def test_no_bid_comes_in_after_the_opening_in_either_language(procedure: Path) -> None:
    root = opened(procedure)
    event = log.read(root)[0][-1]
    assert event["action"] == "open-prices"
    bid = root / "bids" / "isar.yaml"
    both(
        root,
        *("import-bids", bid, "--into", root, "--actor", "braun"),
        de=f"nach der Öffnung der Preise (Audit-Ereignis {event['seq']}, {event['time']}, von braun) kann kein "
        "Angebot mehr importiert werden: ein neues Verfahren aus diesem Arbeitsordner beginnen "
        "(`tender init NEW --from DIR`)",
        en=f"no bid can be imported after the opening of the prices (audit event {event['seq']}, {event['time']}, "
        "by braun): start a new procedure from this workspace (`tender init NEW --from DIR`)",
    )
    both(
        root,
        *("import-bids", bid, "--into", root, "--actor", "braun", "--reason", "Post"),
        de="--reason gehört zu --late: es sagt, warum ein verspätetes Angebot zugelassen wird",
        en="--reason goes with --late: it says why a late bid is admitted",
    )


def test_the_clarification_and_the_drawing_refuse_in_either_language(flagged_procedure: Path) -> None:
    root = flagged_procedure
    both(
        root,
        *("clarify", root, "--bidder", "isar", "--requested", "2007-04-04", "--answered", "2007-04-01"),
        "--outcome",
        "accepted",
        de="--answered 2007-04-01 liegt vor --requested 2007-04-04",
        en="--answered 2007-04-01 lies before --requested 2007-04-04",
    )
    both(
        root,
        *("draw", root, "--actor", "braun", "--witness", "yilmaz"),
        de="tender.yaml gibt keinen Losentscheid bekannt: method.tie_break nennt `lot` nicht",
        en="tender.yaml announces no drawing of lots: method.tie_break does not name `lot`",
    )
    opened(root)
    both(
        root,
        *("clarify", root, "--lot", "test", "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun"),
        de="--lot test: diese Ausschreibung ist nicht in Lose aufgeteilt (tender.yaml erklärt keine `lots`)",
        en="--lot test: this tender is not divided into lots (tender.yaml declares no `lots`)",
    )
    tail = "`tender clarify DIR --bidder ID --requested DATE --answered DATE --outcome accepted|rejected`"
    both(
        root,
        *("seal", "final", root, "--actor", "braun"),
        de="§ 60 VgV: ungewöhnlich niedriger Preis noch nicht aufgeklärt: isar (152.900, keine Aufklärung verlangt). "
        f"Die Aufklärung und ihr Ergebnis mit {tail} erfassen",
        en="§ 60 VgV: abnormally low price not yet clarified: isar (152900.00, no request). Record the explanation "
        f"and its outcome with {tail}",
    )
    ok("clarify", root, "--bidder", "isar", "--requested", "2007-04-04", "--actor", "braun")
    german = refused(root, "seal", "final", root, "--actor", "braun", expect="", tender_language=True)
    assert "isar (152.900, Aufklärung verlangt am 2007-04-04). Die Aufklärung" in german.output


def test_a_head_and_a_log_in_either_language(procedure: Path) -> None:
    both(
        procedure,
        *("audit", "verify", procedure, "--head", "12-abc"),
        de="--head: erwartet wird SEQ:HASH, wie `tender audit head` es ausgibt (z. B. 12:3f2a…, mindestens 16 "
        "Hexadezimalziffern des Hashwerts), gefunden „12-abc“",
        en="--head: expected SEQ:HASH as `tender audit head` prints it (e.g. 12:3f2a…, at least 16 hex digits of "
        'the hash), got "12-abc"',
    )


def test_lots_are_named_and_clarified_in_either_language(tmp_path: Path) -> None:
    root = lots_opened(lotted(tmp_path / "ws", method_key("abnormally_low: 0.10")))
    tail = "`tender clarify DIR --lot ID --bidder ID --requested DATE --answered DATE --outcome accepted|rejected`"
    both(
        root,
        *("seal", "final", root, "--actor", "braun"),
        de="§ 60 VgV: ungewöhnlich niedriger Preis noch nicht aufgeklärt: Los test: elbtal (18.780, keine Aufklärung "
        "verlangt); Los migration: spree (45.000, keine Aufklärung verlangt). Die Aufklärung und ihr Ergebnis mit "
        f"{tail} erfassen",
        en="§ 60 VgV: abnormally low price not yet clarified: lot test: elbtal (18780.00, no request); lot migration: "
        f"spree (45000.00, no request). Record the explanation and its outcome with {tail}",
    )
    both(
        root,
        *("draw", root, "--actor", "braun", "--witness", "schmidt"),
        de="crm-hosting-lose ist in Lose aufgeteilt (cluster, test, migration): das Los mit `tender draw --lot ID` "
        "nennen",
        en="crm-hosting-lose is divided into lots (cluster, test, migration): name the lot with `tender draw --lot ID`",
    )
    both(
        root,
        *("draw", root, "--lot", "eins", "--actor", "braun", "--witness", "schmidt"),
        de="--lot eins: kein solches Los in tender.yaml (Lose: cluster, test, migration)",
        en="--lot eins: no such lot in tender.yaml (lots: cluster, test, migration)",
    )


def test_a_tie_in_a_lot_is_said_with_german_joining_words(tmp_path: Path) -> None:
    root = lots_opened(lotted(tmp_path / "ws", tied_in_test))
    both(
        root,
        *("decide", root, "--actor", "braun"),
        de="Los test ist nicht vergeben: isar und spree liegen darin gleichauf, die besten für das Los in Frage "
        "kommenden Angebote; wo die Gleichstandsregel es bekannt gibt, einen Losentscheid durchführen "
        "(`tender draw DIR --lot test`), dann entscheiden",
        en="lot test is not awarded: isar and spree are level in it, the best bids eligible for it; draw lots "
        "(`tender draw DIR --lot test`) where the tie-break announces it, then decide",
    )
    three = UsageError("decide.lot-tied", lot="test", tied=joined(["isar", "spree", "weser"]))
    assert str(three).startswith("lot test is not awarded: isar and spree and weser are level in it")
    assert error_lines(three, "de")[0].startswith("Los test ist nicht vergeben: isar und spree und weser liegen")


def test_a_json_error_carries_the_german_line_as_text() -> None:
    """What `reported` writes for a --json command (the procedure's commands take no --json; its errors would)."""
    err = UsageError("people.not-listed", who="fremd", act=said("act.draw-lots"))
    entries = error_entries(err, error_lines(err, "de"), "de")
    assert entries == [
        {
            "code": "usage",
            "file": "",
            "place": "",
            "message": "fremd is not listed in evaluators.yaml: only listed people may draw lots",
            "text": "fremd ist nicht in evaluators.yaml aufgeführt: nur aufgeführte Personen dürfen den Losentscheid "
            "durchführen",
        }
    ]
    assert "text" not in error_entries(err, error_lines(err, "en"), "en")[0]


def test_no_key_is_worded_twice_across_the_catalogues_files() -> None:
    seen: dict[str, str] = {}
    twice = []
    for info in pkgutil.iter_modules(tender.wording.__path__):
        module = importlib.import_module(f"tender.wording.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict) and name != "NOUNS":
                for key in value:
                    if key in seen:
                        twice.append(f"{key}: {seen[key]} and {info.name}.{name}")
                    seen[key] = f"{info.name}.{name}"
    assert twice == []
    assert {key for key in seen if key.startswith("decide.")} <= set(tender.wording.CATALOGUE)
