"""The tools' refusals (keys, export, schema, report, analyze, forms, ids), the operating system's errors and
`tender verify`'s differences speak the tender's language (German for the example), English with --lang en."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.parse.limits import MB, size_text
from tender.report.error_text import number_format
from tests.hostile.conftest import refused, run


def panel(output: str) -> str:
    """The message of an error the command line's reader boxed (rich's panel), as one line."""
    return " ".join(line.strip("│╭╮╰╯─ ") for line in output.splitlines() if line.startswith("│"))


def test_a_key_inside_the_workspace_is_refused_in_german_and_english(
    example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASS", "demo only")
    key = example / "braun.pem"
    german = f"{key}: liegt im Arbeitsordner {example}: ein privater Schlüssel bleibt bei seiner Person, nie im "
    german += "Arbeitsordner"
    english = f"{key}: inside the workspace {example}: a private key is kept by its person, never in the workspace"
    for lang, line in (("de", german), ("en", english)):
        result = run("keys", "new", "--person", "braun", "--out", key, "--passphrase-env", "PASS", "--lang", lang)
        assert result.exit_code == 2 and result.output.splitlines() == [line], result.output
    assert not key.exists()


def test_a_bad_person_id_is_refused_in_the_commands_language(example: Path) -> None:
    result = run("keys", "new", "--person", "Bad Id", "--lang", "de")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert (
        "Ungültiger Wert für '--person': 'Bad Id' ist keine gültige Kennung: Kleinbuchstaben a-z, Ziffern und "
        "Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer (gemeint ist wohl bad-id)"
    ) in panel(result.output)
    result = run("keys", "new", "--person", "Bad Id")  # no tender: English
    assert result.exit_code == 2
    assert (
        "Invalid value for '--person': 'Bad Id' is not a valid id: lower-case letters a-z, digits and hyphens, "
        "starting with a letter or digit (did you mean bad-id?)"
    ) in panel(result.output)
    result = run("decide", example, "--actor", "Müller IT")  # the German tender's workspace: German
    assert result.exit_code == 2
    assert (
        "Ungültiger Wert für '--actor' (Umgebungsvariable 'TENDER_ACTOR'): 'Müller IT' ist keine gültige Kennung"
    ) in panel(result.output)
    assert "(gemeint ist wohl mueller-it)" in panel(result.output)


def test_export_with_a_bad_ocid_prefix(example: Path) -> None:
    german = "--ocid-prefix: erwartet wird ocds- und sechs Buchstaben oder Ziffern, gefunden 'nope'"
    refused(example, "export", "ocds", example, "--ocid-prefix", "nope", expect=german, tender_language=True)
    english = "--ocid-prefix: expected ocds- and six letters or digits, found 'nope'"
    refused(example, "export", "ocds", example, "--ocid-prefix", "nope", "--lang", "en", expect=english)


def test_an_unknown_schema() -> None:
    result = run("schema", "nope", "--lang", "de")
    assert result.exit_code == 2
    known = "report, result, analysis, lots, lots_analysis, overview"
    assert result.output.splitlines() == [f"unbekanntes Schema 'nope': eines von {known} verwenden"]
    result = run("schema", "nope")  # no workspace, no --lang: English
    assert result.output.splitlines() == [f"unknown schema 'nope': use one of {known}"]


def test_analyze_refuses_its_settings_in_german_with_german_numbers(example: Path) -> None:
    german = "--samples muss zwischen 1 und 10.000.000 liegen, angegeben ist 0"
    result = refused(example, "analyze", example, "--samples", "0", expect=german, tender_language=True)
    assert result.output.splitlines() == [german]
    english = "--samples must be between 1 and 10,000,000, got 0"
    refused(example, "analyze", example, "--samples", "0", "--lang", "en", expect=english)
    german = "--vary muss ein Prozentsatz über 0 und höchstens 100 sein, angegeben ist 150"
    refused(example, "analyze", example, "--vary", "150", expect=german, tender_language=True)


def test_a_form_that_exists_is_refused_in_german(example: Path) -> None:
    form = example / "forms" / "bid-form.xlsx"
    assert run("bid-form", example).exit_code == 0
    german = f"{form}: existiert bereits (mit --force wird die Datei überschrieben)"
    result = refused(example, "bid-form", example, expect=german, tender_language=True)
    assert result.output.splitlines() == [german]


def test_an_operating_system_error_in_the_tenders_language(example: Path) -> None:
    blocker = example / "reports"
    blocker.write_text("a file where the reports folder belongs\n", encoding="utf-8")
    target = blocker / "out.json"
    args = ("export", "ocds", example, "--ocid-prefix", "ocds-abc123", "--out", target)
    result = refused(example, *args, expect=f"{blocker}: ", tender_language=True)
    assert result.output.splitlines() == [f"{blocker}: Die Datei existiert bereits"]
    result = refused(example, *args, "--lang", "en", expect=f"{blocker}: File exists")
    assert result.output.splitlines() == [f"{blocker}: File exists"]


def test_verify_says_in_german_what_differs(example: Path) -> None:
    assert run("report", example, "--format", "json").exit_code == 0
    bid = example / "bids/hanse.yaml"
    bid.write_text(bid.read_text(encoding="utf-8").replace("support: 95.0", "support: 60.0"), encoding="utf-8")
    report = example / "reports/crm-hosting-2007-de.json"
    result = run("verify", report)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert "  evaluation: weicht vom Arbeitsordner ab, wie er jetzt ist:" in lines
    assert "    bids/hanse.yaml: seit Erstellung des Berichts geändert" in lines
    assert "    Bieter hanse: Gesamtpunkte 80,0992 im Bericht, jetzt 81,7566" in lines
    assert "    Bieter hanse: Preis 175.800 im Bericht, jetzt 165.300" in lines
    assert "    Bieter hanse: Preispunkte 26,0922 im Bericht, jetzt 27,7495" in lines
    result = run("verify", report, "--lang", "en")
    lines = result.output.splitlines()
    assert "    bids/hanse.yaml: changed since the report was made" in lines
    assert "    bidder hanse: price 175,800 in the report, 165,300 now" in lines
    assert "    bidder hanse: price_points 26.0922 in the report, 27.7495 now" in lines


def test_sizes_in_either_language() -> None:
    assert size_text(700).text() == "700 bytes" and size_text(700).text("de") == "700 Bytes"
    assert size_text(12_345).text() == "12,345 bytes"
    assert size_text(12_345).text("de", number_format("de")) == "12.345 Bytes"  # as a finding shows it
    assert size_text(50 * MB).text() == "50 MB" and size_text(50 * MB).text("de") == "50 MB"
    assert size_text(3 * MB // 2).text() == "1.5 MB" and size_text(3 * MB // 2).text("de") == "1,5 MB"
