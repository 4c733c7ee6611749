"""`tender letters`: one PDF and one .docx per bidder after the approved decision, each telling its bidder only
its own figures against the winner's; recorded in the log with their SHA-256, all or none."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from tender.audit import log
from tender.workspace import load_workspace
from tests.conftest import without_estimate_check
from tests.hostile.conftest import ok, refused, run

NAMES = {
    "rheintal": "Rheintal Datacenter GmbH",
    "hanse": "Hanse IT-Services AG",
    "spree": "Spree Netz & Rechenzentrum GmbH",
    "isar": "Isar Hosting GmbH",
    "elbtal": "Elbtal Systemhaus KG",
}
PRICES = {"rheintal": "202.800,00", "hanse": "175.800,00", "spree": "166.540,00", "isar": "152.900,00"}
TODAY = datetime.now(UTC).date()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(io.BytesIO(path.read_bytes()))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    parts = [p.text for p in doc.paragraphs] + cells + [p.text for p in doc.sections[0].footer.paragraphs]
    return " ".join(" ".join(parts).split())


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory, plain_example: Path) -> Path:
    """The example through the procedure to an approved decision, its letters sent electronically today."""
    from tender.app.init import init_workspace

    root = tmp_path_factory.mktemp("letters") / "ws"
    init_workspace(root, "hosting", "braun", plain_example)
    without_estimate_check(root)  # no § 60 flag to clarify before the decision (tests/audit/test_price_check.py)
    for sub in ("bids", "scores"):
        for path in sorted((plain_example / sub).iterdir()):
            (root / sub / path.name).write_bytes(path.read_bytes())
    ok("seal", "technical", root, "--actor", "mueller")
    ok("open-prices", root, "--actor", "braun", "--witness", "yilmaz")
    refused(root, "letters", root, "--actor", "braun", expect="no award decision is recorded")
    ok("decide", root, "--actor", "braun")
    refused(root, "letters", root, "--actor", "braun", expect="awaits its approval")
    ok("decide", root, "--approve", "--actor", "schmidt")
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    refused(root, "letters", root, "--sent-on", yesterday, expect="before the award decision was approved")
    out = ok("letters", root, "--actor", "braun", "--channel", "electronic")
    end, earliest = TODAY + timedelta(days=10), TODAY + timedelta(days=11)
    assert f"standstill ends on {end}; award at the earliest on {earliest} (audit event 6)" in out
    return root


def letter(root: Path, bidder: str, kind: str, lang: str = "de") -> str:
    path = root / "letters" / f"crm-hosting-2007-{bidder}-{lang}.{kind}"
    return pdf_text(path) if kind == "pdf" else docx_text(path)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize("bidder", ["hanse", "spree", "isar", "elbtal", "rheintal"])
def test_no_letter_names_another_unsuccessful_bidder_or_another_bidders_price(
    sent: Path, bidder: str, kind: str
) -> None:
    text = letter(sent, bidder, kind)
    for other, name in NAMES.items():
        if other in (bidder, "rheintal"):
            continue
        assert name not in text, (bidder, kind, other)
        assert not re.search(rf"\b{other}\b", text, re.IGNORECASE), (bidder, kind, other)
    for other, price in PRICES.items():
        if other != bidder:
            assert price not in text and price.replace(".", "").replace(",00", "") not in text, (bidder, other)
    assert NAMES["rheintal"] in text
    if bidder in ("hanse", "spree", "isar"):
        assert f"Ihr Wertungspreis beträgt {PRICES[bidder]} €" in text


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_loser_reads_its_points_against_the_winners_and_the_reasons(sent: Path, kind: str) -> None:
    text = letter(sent, "hanse", kind)
    assert "beabsichtigen wir, den Zuschlag auf das Angebot von Rheintal Datacenter GmbH zu erteilen" in text
    assert "Know-how und Lösungsorientierung 20,80 26,40" in text
    assert "Architektur 33,21 36,53" in text
    assert "Leistungspunkte gesamt 54,01 62,93" in text
    assert "Ihr Angebot belegt Rang 2 von 4 gewerteten Angeboten" in text
    assert "Ihr Angebot erreichte 8,93 Leistungspunkte weniger als das ausgewählte Angebot (54,01 statt 62,93)" in text
    assert "HA-Design: 11,20 statt 13,07 Punkte." in text
    assert "Begründung der Bewertung: „Aktiv/aktiv-Cluster mit zwei dedizierten Knoten" in text
    day = format_date(TODAY, "long", locale="de_DE")
    end = format_date(TODAY + timedelta(days=10), "long", locale="de_DE")
    earliest = format_date(TODAY + timedelta(days=11), "long", locale="de_DE")
    assert f"Diese Information wurde am {day} elektronisch versandt." in text
    assert f"Die Frist von 10 Kalendertagen beginnt am Tag nach der Absendung und endet am {end}" in text
    assert f"der Vertrag wird frühestens am {earliest} geschlossen" in text
    assert "Samstage, Sonn- und Feiertage verschieben das Fristende nicht" in text


def test_the_excluded_bidder_reads_its_ground_and_the_winner_its_intended_award(sent: Path) -> None:
    excluded = letter(sent, "elbtal", "pdf")
    assert "Ihr Angebot musste von der Wertung ausgeschlossen werden" in excluded
    assert "Gründe des Ausschlusses" in excluded and "Rechenzentrum in Deutschland" in excluded
    assert "Leistungspunkte" not in excluded
    winner = letter(sent, "rheintal", "pdf")
    assert "beabsichtigen wir, den Zuschlag auf Ihr Angebot zu erteilen" in winner
    assert "Dieses Schreiben ist noch nicht der Zuschlag" in winner
    assert "Know-how und Lösungsorientierung 26,40" in winner


def test_the_letters_are_recorded_with_their_sha256_and_the_log_stays_sound(sent: Path) -> None:
    events, _ = log.read(sent)
    event = events[-1]
    assert (event["action"], event["actor"], event["seq"]) == ("letters", "braun", 6)
    assert event["details"]["decision"] == 4 and event["details"]["channel"] == "electronic"
    assert event["details"]["sent_on"] == TODAY.isoformat()
    assert event["details"]["letters"] == ["elbtal", "hanse", "isar", "rheintal", "spree"]
    files = sorted(p.relative_to(sent).as_posix() for p in (sent / "letters").iterdir())
    assert sorted(event["files"]) == files and len(files) == 10
    for name, digest in event["files"].items():
        assert hashlib.sha256((sent / name).read_bytes()).hexdigest() == digest
    assert ok("audit", "verify", sent).startswith("audit.log: in Ordnung — 6 Ereignisse")  # the tender's language
    assert load_workspace(sent).bids  # the letters folder leaves the workspace as it was


def test_an_edited_letter_is_named_by_audit_verify(sent: Path, tmp_path: Path) -> None:
    path = sent / "letters/crm-hosting-2007-isar-de.docx"
    kept = path.read_bytes()
    try:
        path.write_bytes(kept + b"\0")
        result = run("audit", "verify", sent)
        assert result.exit_code == 1
        assert (
            "letters/crm-hosting-2007-isar-de.docx: changed since audit event 6 (letters) recorded it" in result.output
        )
    finally:
        path.write_bytes(kept)


def test_english_letters_by_post(sent: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    ok("letters", sent, "--actor", "braun", "--lang", "en", "--channel", "post", "--out", out)
    text = pdf_text(out / "crm-hosting-2007-spree-en.pdf")
    end = format_date(TODAY + timedelta(days=15), "long", locale="en_GB")
    assert "we intend to award the contract to Rheintal Datacenter GmbH. Your bid cannot be accepted." in text
    assert f"The period of 15 calendar days begins on the day after sending and ends on {end}" in text
    assert "Hanse" not in text and "Isar" not in text and "175,800" not in text
    assert log.read(sent)[0][-1]["details"]["standstill_end"] == (TODAY + timedelta(days=15)).isoformat()
    assert date.fromisoformat(log.read(sent)[0][-1]["details"]["earliest_award"]) == TODAY + timedelta(days=16)


def test_a_bidders_markup_is_text_in_the_letter_and_fetches_nothing() -> None:
    from tender.report.letter_render import letter_html, letter_pdf
    from tender.report.letters import Letter

    hostile = '<img src="file:///etc/passwd"><link rel="stylesheet" href="http://example.invalid/x.css">'
    one = Letter(
        bidder="evil",
        kind="excluded",
        lang="de",
        sender="Vergabestelle",
        addressee=(hostile,),
        date_line="Datum: 1. April 2007",
        title="Information nach § 134 GWB",
        subject=hostile,
        salutation="Sehr geehrte Damen und Herren,",
        intro=hostile,
        reasons_title="Gründe des Ausschlusses",
        reasons=((hostile,),),
        standstill="…",
        closing="Mit freundlichen Grüßen",
        footer="Az. x",
        meta={"title": hostile, "author": "Vergabestelle"},
    )
    html = letter_html(one)
    assert "<img" not in html and "<link rel" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(letter_pdf(one))).pages)
    assert '<img src="file:///etc/passwd">' in text  # printed as text, never loaded
