"""`tender report` and `tender verify` on a lotted tender (examples/lots): each lot's memo, told who is awarded the
lot and why, and the awards overview with the limit, the combination bid and every step; the unlotted report's
implicit lot."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender.audit import log
from tender.result import fingerprint_of
from tests.conftest import REPO
from tests.hostile.conftest import run
from tests.schema_check import CHECKED

LOTS = REPO / "examples" / "lots"
TENDER = "crm-hosting-lose"
MEMOS = [
    f"{TENDER}-{lot}-de.{ext}" for lot in ("cluster", "test", "migration") for ext in ("html", "pdf", "xlsx", "json")
]
OVERVIEW = [f"{TENDER}-de.{ext}" for ext in ("html", "pdf", "json")]


def pdf_text(path: Path) -> str:
    """The PDF's text, whitespace folded (and a line broken after a hyphen joined again)."""
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))
    return re.sub(r"(?<=[a-z])- (?=[a-z])", "-", text)


def html_text(path: Path) -> str:
    """The HTML's text without tags, whitespace folded."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def logged_copy(target: Path) -> Path:
    """examples/lots as a workspace with an audit log (one envelope): initialised, bids and scores imported."""
    assert run("init", target, "--from", LOTS, "--actor", "braun").exit_code == 0
    tender = target / "tender.yaml"
    text = tender.read_text(encoding="utf-8")
    tender.write_text(text.replace("procedure:\n  two_envelope: true\n", ""), encoding="utf-8")  # before any import
    for kind in ("bids", "scores"):
        files = sorted((LOTS / kind).iterdir())
        result = run(f"import-{kind}", *files, "--into", target, "--actor", "braun")
        assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The logged copy with every report written once (all formats, German)."""
    root = logged_copy(tmp_path_factory.mktemp("lots") / "ws")
    before = CHECKED.copy()
    result = run("report", root, "--actor", "braun")
    assert result.exit_code == 0, result.output
    assert CHECKED - before == {"report": 3, "overview": 1}  # every JSON made followed its schema
    return root


def test_every_lot_has_its_memo_in_every_format_and_the_overview_is_written_beside(reported: Path) -> None:
    assert sorted(p.name for p in (reported / "reports").iterdir() if p.name != ".gitkeep") == sorted(MEMOS + OVERVIEW)
    events = [e for e in log.read(reported)[0] if e["action"] == "report"]
    assert len(events) == 1  # one run, one event, every file
    event = events[0]
    assert sorted(event["files"]) == sorted(f"reports/{name}" for name in MEMOS + OVERVIEW)
    overview = json.loads((reported / "reports" / f"{TENDER}-de.json").read_text(encoding="utf-8"))
    assert event["details"]["fingerprint"] == overview["audit"]["fingerprint"] == fingerprint_of(overview["lots"])
    assert event["details"]["lots"] == {x["id"]: x["fingerprint"] for x in overview["lots"]["lots"]}


def test_the_overview_json_holds_the_combination_against_the_single_awards_and_every_step(reported: Path) -> None:
    doc = json.loads((reported / "reports" / f"{TENDER}-de.json").read_text(encoding="utf-8"))
    lots = doc["lots"]
    assert doc["audit"]["fingerprint_of"].startswith("sha256 of the canonical JSON of `lots`")
    (combination,) = lots["combinations"]
    assert (combination["bidder"], combination["id"], combination["lots"]) == (
        "hanse",
        "betrieb-und-test",
        ["cluster", "test"],
    )
    assert (combination["single_total"], combination["price"]) == (pytest.approx(121_300.0), pytest.approx(109_170.0))
    singles, combined = lots["award"]["alternatives"]
    assert (singles["combinations"], singles["price"]) == ([], pytest.approx(162_520.0))
    assert (combined["combinations"], combined["price"]) == (["betrieb-und-test"], pytest.approx(151_170.0))
    assert lots["award"]["chosen"] == 1
    assert lots["award"]["awards"] == {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
    assert combined["steps"] == [
        {
            "lot": "migration",
            "bidder": "rheintal",
            "passed_over": [{"bidder": "hanse", "holds": ["cluster", "test"]}],
            "tied": [],
        }
    ]
    assert doc["memos"]["migration"] == [f"{TENDER}-migration-de.{ext}" for ext in ("html", "pdf", "xlsx", "json")]


def test_the_overview_pdf_and_html_show_the_totals_the_limit_and_each_step(reported: Path) -> None:
    pdf = reported / "reports" / f"{TENDER}-de.pdf"
    for text in (pdf_text(pdf), html_text(reported / "reports" / f"{TENDER}-de.html")):
        assert "Zuschlagsübersicht: Vergabe nach Losen" in text
        assert "Los 3 – Migration: Rheintal Datacenter GmbH (rheintal)" in text
        assert "Höchstens 2 Lose je Bieter; Lose über der Höchstzahl werden nach dem geschätzten Wert" in text
        assert "121.300,00 €" in text and "109.170,00 €" in text and "-12.130,00 €" in text
        assert "nur Einzelzuschläge" in text and "162.520,00 €" in text
        assert "mit betrieb-und-test" in text and "151.170,00 €" in text
        assert "cluster und test: an hanse mit dem Kombinationsangebot betrieb-und-test." in text
        assert (
            "hanse ist besser platziert, hält aber bereits cluster und test und damit die Höchstzahl von 2 Losen: "
            "übergangen." in text
        )
        assert "migration: an rheintal (Rang 2)." in text
        assert f"{TENDER}-migration-de.pdf" in text
    attached = PdfReader(pdf).attachments[f"{TENDER}-de.json"][0]
    assert attached == (reported / "reports" / f"{TENDER}-de.json").read_bytes()


def test_the_migration_memo_names_rheintal_as_awarded_and_why(reported: Path) -> None:
    folder = reported / "reports"
    overview = json.loads((folder / f"{TENDER}-de.json").read_text(encoding="utf-8"))
    doc = json.loads((folder / f"{TENDER}-migration-de.json").read_text(encoding="utf-8"))
    assert doc["result"]["tender"] == f"{TENDER}-migration" and doc["result"]["winner"] == "hanse"  # ranks first
    assert doc["lots"] == [
        {
            "id": "migration",
            "implicit": False,
            "title": "Los 3 – Migration",
            "tender": TENDER,
            "awarded": "rheintal",
            "first_ranked": ["hanse"],
            "combination": None,
            "overview": f"{TENDER}-de.pdf",
            "lots_fingerprint": overview["audit"]["fingerprint"],
        }
    ]
    lead = (
        "Den Zuschlag in diesem Los erhält Rheintal Datacenter GmbH (rheintal), nicht der Erstplatzierte "
        "Hanse Hosting AG (hanse):"
    )
    why = (
        "hanse ist besser platziert, hält aber bereits cluster und test und damit die Höchstzahl von 2 Losen: "
        "übergangen."
    )
    for text in (pdf_text(folder / f"{TENDER}-migration-de.pdf"), html_text(folder / f"{TENDER}-migration-de.html")):
        assert (
            "In diesem Los liegt Hanse Hosting AG (hanse) auf Rang 1; den Zuschlag erhält Rheintal Datacenter "
            "GmbH (rheintal)." in text
        )
        assert lead in text and why in text
        assert f"die Zuschlagsübersicht {TENDER}-de.pdf" in text
        assert "Das wirtschaftlichste Angebot hat" not in text
    html = (folder / f"{TENDER}-migration-de.html").read_text(encoding="utf-8")
    marked = re.findall(r'<tr class="winner">\s*<td class="num">\d+</td>\s*<th scope="row">([^<]+)</th>', html)
    assert marked == ["Rheintal Datacenter GmbH"]  # the ranking marks the bid awarded the lot
    from openpyxl import load_workbook

    cells = [
        c
        for row in load_workbook(folder / f"{TENDER}-migration-de.xlsx").worksheets[0].iter_rows(values_only=True)
        for c in row
    ]
    assert "Zuschlag in diesem Los" in cells and lead in cells and why in cells


def test_a_lot_taken_by_the_combination_bid_says_so_and_a_lot_won_singly_does_not_speak_of_the_limit(
    reported: Path,
) -> None:
    folder = reported / "reports"
    cluster = json.loads((folder / f"{TENDER}-cluster-de.json").read_text(encoding="utf-8"))["lots"][0]
    assert (cluster["awarded"], cluster["first_ranked"], cluster["combination"]) == (
        "hanse",
        ["hanse"],
        "betrieb-und-test",
    )
    text = html_text(folder / f"{TENDER}-test-de.html")
    assert (
        "Den Zuschlag in diesem Los erhält Hanse Hosting AG (hanse) mit seinem Kombinationsangebot betrieb-und-test:"
        in text
    )
    assert (
        "cluster und test: an hanse mit dem Kombinationsangebot betrieb-und-test, verglichen nach dem niedrigsten "
        "Gesamtwertungspreis: 151.170,00 € gegenüber 162.520,00 € bei Einzelzuschlägen." in text
    )
    assert "übergangen" not in text


@pytest.mark.parametrize(
    "name", [f"{TENDER}-de.pdf", f"{TENDER}-de.json", f"{TENDER}-migration-de.xlsx", f"{TENDER}-test-de.pdf"]
)
def test_verify_matches_every_lotted_report(reported: Path, name: str) -> None:
    result = run("verify", reported / "reports" / name, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("MATCH")
    assert "bytes: recorded by audit event 4" in result.output
    assert "head: audit.log still holds event 3" in result.output


def test_a_changed_lot_price_fails_verify_of_the_overview_and_the_lots_memo(tmp_path: Path) -> None:
    root = tmp_path / "lots"
    shutil.copytree(LOTS, root)
    assert run("report", root, "--format", "json").exit_code == 0
    bid = root / "bids" / "rheintal.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("migration: 36000", "migration: 30000"), encoding="utf-8")
    for name in (f"{TENDER}-de.json", f"{TENDER}-migration-de.json"):
        result = run("verify", root / "reports" / name, "--lang", "en")
        assert result.exit_code == 1, result.output
        assert "evaluation: differs from the workspace as it is now:" in result.output
        assert "bids/rheintal.yaml: changed since the report was made" in result.output
        assert "lot migration: bidder rheintal: price 42,000 in the report, 36,000 now" in result.output


def test_a_memo_whose_award_was_edited_fails_verify(tmp_path: Path) -> None:
    root = tmp_path / "lots"
    shutil.copytree(LOTS, root)
    assert run("report", root, "--format", "json").exit_code == 0
    path = root / "reports" / f"{TENDER}-migration-de.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["lots"][0]["awarded"] = "hanse"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run("verify", path, "--lang", "en")
    assert result.exit_code == 1
    assert "evaluation: the award of the lots differs from the workspace as it is now" in result.output
    assert "lot migration: awarded to hanse in the report, rheintal now" in result.output


def test_sealed_prices_the_overview_says_the_lots_are_not_yet_awarded(tmp_path: Path) -> None:
    root = tmp_path / "sealed"
    assert run("init", root, "--from", LOTS, "--actor", "braun").exit_code == 0  # two envelopes
    for kind in ("bids", "scores"):
        assert (
            run(f"import-{kind}", *sorted((LOTS / kind).iterdir()), "--into", root, "--actor", "braun").exit_code == 0
        )
    result = run("report", root, "--format", "html,json", "--lang", "en", "--actor", "braun")
    assert result.exit_code == 0, result.output
    doc = json.loads((root / "reports" / f"{TENDER}-en.json").read_text(encoding="utf-8"))
    assert doc["lots"]["prices_sealed"] is True and doc["lots"]["award"] is None
    memo = json.loads((root / "reports" / f"{TENDER}-migration-en.json").read_text(encoding="utf-8"))
    assert memo["lots"][0]["awarded"] is None
    sealed = "The prices are still sealed: the lots are awarded only once the prices have been opened."
    assert sealed in html_text(root / "reports" / f"{TENDER}-en.html")
    assert sealed in html_text(root / "reports" / f"{TENDER}-migration-en.html")
    assert run("verify", root / "reports" / f"{TENDER}-en.json", "--lang", "en").exit_code == 0


def test_the_annex_of_a_lotted_tender_is_written_per_lot(tmp_path: Path) -> None:
    root = tmp_path / "lots"
    shutil.copytree(LOTS, root)
    result = run("report", root, "--annex", "--format", "html")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (root / "reports").iterdir()) == sorted(
        f"{TENDER}-{lot}-de-annex.html" for lot in ("cluster", "test", "migration")
    )


def test_the_unlotted_report_json_lists_the_implicit_lot_beside_result(bundled: Path) -> None:
    assert run("report", bundled, "--format", "json").exit_code == 0
    doc = json.loads((bundled / "reports" / "crm-hosting-2007-de.json").read_text(encoding="utf-8"))
    assert "lots" not in doc["result"]
    assert doc["lots"] == [
        {"id": None, "implicit": True, "title": "Hosting des Händler-CRM-Systems", "awarded": "rheintal"}
    ]
    assert doc["audit"]["fingerprint"] == fingerprint_of(doc["result"])
    evaluated = json.loads(run("evaluate", bundled, "--json").stdout)
    assert evaluated == doc["result"] and "lots" not in evaluated


def test_the_award_decision_on_all_lots_is_in_the_overview_and_each_memo_points_to_it(tmp_path: Path) -> None:
    root = tmp_path / "decided"
    assert run("init", root, "--from", LOTS, "--actor", "braun").exit_code == 0
    for kind in ("bids", "scores"):
        assert (
            run(f"import-{kind}", *sorted((LOTS / kind).iterdir()), "--into", root, "--actor", "braun").exit_code == 0
        )
    for args in (
        ("seal", "technical", root, "--actor", "mueller"),
        ("open-prices", root, "--actor", "braun", "--witness", "schmidt"),
        ("decide", root, "--actor", "braun"),
        ("decide", root, "--approve", "--actor", "mueller"),
        ("report", root, "--format", "html,json", "--actor", "braun"),
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
    overview = html_text(root / "reports" / f"{TENDER}-de.html")
    assert "Vorgeschlagen von Thomas Braun (Vergabestelle (Einkauf))" in overview
    assert "Freigegeben von Dr. Klaus Müller (IT-Leitung)" in overview
    assert "Empfehlung: Zuschlag je Los: cluster und test: an hanse mit dem Kombinationsangebot" in overview
    memo = html_text(root / "reports" / f"{TENDER}-migration-de.html")
    assert "Die Zuschlagsentscheidung über alle Lose vom" in memo
    assert f"zeigt die Zuschlagsübersicht {TENDER}-de.html" in memo
    assert "Keine Zuschlagsentscheidung im Audit-Log" not in memo + overview
