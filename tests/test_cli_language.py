"""The messages about bad input, the usual usage errors and `tender verify`'s lines speak the tender's language
(German for the example) with its number format; --lang en keeps English; --json adds the line as `text`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.conftest import ok, refused, run


def broken_price(example: Path) -> Path:
    """The example with a CSV bid whose setup price is no number (line 7 of the file)."""
    (example / "bids" / "krause.csv").write_text(
        "section;key;value\n"
        "bidder;id;krause\n"
        "bidder;name;Krause IT GmbH\n"
        "bidder;submitted;14.03.2007\n"
        "fact;verfuegbarkeit;99,8\n"
        "price;cluster-knoten;940\n"
        "price;setup;12,5x\n",
        encoding="utf-8",
    )
    return example


def test_a_german_tenders_number_problem_is_said_in_german(example: Path) -> None:
    root = broken_price(example)
    result = refused(root, "validate", root, expect="bids/krause.csv: Zeile 7: ", tender_language=True)
    line = next(x for x in result.output.splitlines() if x.startswith("bids/krause.csv"))
    assert line == (
        "bids/krause.csv: Zeile 7: „12,5x“ ist keine Zahl – erwartet wird ein Einzelpreis von mindestens 0, "
        "geschrieben wie 1.234,56"
    )


def test_lang_en_keeps_the_english_message(example: Path) -> None:
    root = broken_price(example)
    english = 'bids/krause.csv: line 7: expected a unit price of at least 0, found "12,5x"'
    refused(root, "validate", root, "--lang", "en", expect=english)


def test_json_errors_keep_the_english_message_and_add_the_german_text(example: Path) -> None:
    root = broken_price(example)
    result = run("evaluate", root, "--json")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert json.loads(result.output) == {
        "errors": [
            {
                "code": "not-a-number",
                "file": "bids/krause.csv",
                "place": "line 7",
                "message": 'expected a unit price of at least 0, found "12,5x"',
                "text": "bids/krause.csv: Zeile 7: „12,5x“ ist keine Zahl – erwartet wird ein Einzelpreis von "
                "mindestens 0, geschrieben wie 1.234,56",
            }
        ]
    }
    english = json.loads(run("evaluate", root, "--json", "--lang", "en").output)
    assert [set(e) for e in english["errors"]] == [{"code", "file", "place", "message"}]  # no text in English


def test_a_problem_in_a_catalogue_is_said_in_the_tenders_language_with_its_numbers(example: Path) -> None:
    catalogue = example / "criteria" / "hosting.yaml"
    catalogue.write_text(
        catalogue.read_text(encoding="utf-8").replace("weight: 30", "weight: 1230.5", 1), encoding="utf-8"
    )
    german = (
        'criteria/hosting.yaml: criterion "know-how".weight: erwartet wird ein Gewicht in Prozent von mindestens 0 '
        "und höchstens 100, gefunden 1.230,5"
    )
    refused(example, "validate", example, expect=german, tender_language=True)


def test_a_tender_that_cannot_be_read_is_reported_in_english(example: Path) -> None:
    (example / "tender.yaml").write_text("language: de\ntitle: [\n", encoding="utf-8")
    english = "tender.yaml: line 3, column 1: malformed YAML: did not find"
    refused(example, "validate", example, expect=english, tender_language=True)


def test_usual_usage_errors_in_german_and_english(example: Path, tmp_path: Path) -> None:
    gone = tmp_path / "gone.pdf"
    german = "gone.pdf: kein solcher Bericht"
    refused(example, "verify", gone, "--workspace", example, expect=german, tender_language=True)
    refused(example, "verify", gone, "--workspace", example, "--lang", "en", expect="gone.pdf: no such report")
    opening = ("open-prices", example, "--actor", "braun", "--witness", "yilmaz")
    refused(example, *opening, expect="die Preise können erst nach `tender seal technical` geöffnet werden",
            tender_language=True)  # fmt: skip
    refused(example, *opening, expect="the prices can be opened only after `tender seal technical`")


def test_verify_speaks_german_and_keeps_match(procedure: Path) -> None:
    ok("seal", "technical", procedure, "--actor", "mueller")
    ok("open-prices", procedure, "--actor", "braun", "--witness", "yilmaz")
    ok("report", procedure, "--format", "json", "--actor", "braun")
    report = procedure / "reports" / "crm-hosting-2007-de.json"
    german = ok("verify", report).splitlines()
    assert german[0].startswith(f"MATCH: {report} ist die Auswertung von")
    assert german[1].startswith("  bytes: erfasst von Audit-Ereignis 4 (Berichtsentwurf, von braun am ")
    assert german[2].startswith("  evaluation: ergibt neu berechnet dasselbe Ergebnis (Prüfsumme ")
    assert german[3] == "  head: audit.log enthält noch Ereignis 3, den Kopf des Protokolls bei Erstellung des Berichts"
    english = ok("verify", report, "--lang", "en").splitlines()
    assert english[1].startswith("  bytes: recorded by audit event 4 (draft report, by braun at ")
    assert english[3] == "  head: audit.log still holds event 3, the log's head when the report was made"
