"""The PDF read back with pypdf: ranking and trail numbers in the text, the JSON attached, metadata, PDF/A-3b."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from tender.report.formats import ReportFormat
from tender.report.pdf import html_to_pdf


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_pdf_holds_ranking_and_trail(de_reports: dict[ReportFormat, Path]) -> None:
    text = text_of(de_reports[ReportFormat.PDF])
    for row in [
        "1 Rheintal Datacenter GmbH 62,93 202.800,00 € 22,62 85,55",
        "2 Hanse IT-Services AG 54,01 175.800,00 € 26,09 80,10",
        "3 Spree Netz & Rechenzentrum GmbH 45,22 166.540,00 € 27,54 72,76",
        "4 Isar Hosting GmbH 40,66 152.900,00 € 30,00 70,66",
    ]:
        assert row in text
    assert "Das wirtschaftlichste Angebot hat Rheintal Datacenter GmbH (rheintal) abgegeben." in text
    assert "A-Kriterium nicht erfüllt: Betrieb in einem Rechenzentrum in Deutschland" in text
    # the calculation trail: price points of the winner, and the score
    assert "30,00 × 152.900,00 € / 202.800,00 € = 22,62" in text
    assert "62,93 + 22,62 = 85,55" in text
    assert "Präsentierte Kompetenz 9,00 × (4,6667 − 0) / (5 − 0) Note 4,6667 = Mittelwert(5; 4; 5) = 8,40" in text
    assert "Note 3 = Konsens (Mittelwert(5; 3; 4) = 4,00) = 5,40" in text
    assert "24.000,00 € + 82.800,00 € + 16.200,00 € + 46.800,00 € + 33.000,00 € = 202.800,00 €" in text


def test_pdf_attaches_the_json_report(de_reports: dict[ReportFormat, Path]) -> None:
    reader = PdfReader(de_reports[ReportFormat.PDF])
    assert list(reader.attachments) == ["crm-hosting-2007-de.json"]
    assert reader.attachments["crm-hosting-2007-de.json"] == [de_reports[ReportFormat.JSON].read_bytes()]


def test_pdf_metadata_and_pdfa(de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path]) -> None:
    reader = PdfReader(de_reports[ReportFormat.PDF])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Vergabevermerk: Auswertung der Angebote – Hosting des Händler-CRM-Systems"
    assert meta.author == "Nordwagen Vertriebsgesellschaft Deutschland GmbH"
    assert meta.subject == "Wertung der Angebote – Hosting des Händler-CRM-Systems"
    assert "crm-hosting-2007" in str(meta.get("/Keywords"))
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[>=\"']+3", raw) and re.search(r"pdfaid:conformance[>=\"']+B", raw)
    assert "Page 1 of" in text_of(en_reports[ReportFormat.PDF])
    assert "Seite 1 von" in text_of(de_reports[ReportFormat.PDF])


def test_pdf_renderer_fetches_nothing_but_data_urls(tmp_path: Path) -> None:
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "no-hostname"
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    html = (
        "<html><head><title>t</title>"
        f'<link rel="attachment" href="file:///etc/hostname"><link rel="attachment" href="{secret.as_uri()}">'
        f'<link rel="stylesheet" href="{secret.as_uri()}"></head><body><p>visible</p>'
        '<img src="file:///etc/passwd"><img src="http://example.invalid/x.png">'
        f'<a rel="attachment" href="{secret.as_uri()}">a</a>'
        '<img src="data:image/svg+xml;charset=utf-8,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E"></body></html>'
    )
    path = tmp_path / "x.pdf"
    path.write_bytes(html_to_pdf(html, b"{}", "result.json"))
    reader = PdfReader(path)
    assert list(reader.attachments) == ["result.json"]
    raw = path.read_bytes()
    assert b"TOP-SECRET-CONTENT" not in raw and b"root:x:0:0" not in raw
    assert "visible" in text_of(path)
    assert hostname not in text_of(path)


def test_fonts_are_subset_with_uharfbuzz_when_the_system_library_is_missing(monkeypatch, tmp_path: Path) -> None:
    import weasyprint.pdf.fonts as fonts

    from tender.report import fonts as ours

    monkeypatch.setattr(fonts, "harfbuzz_subset", None)
    monkeypatch.setattr(fonts.Font, "subset", fonts.Font.subset)  # restored after the test
    ours.fast_subsetting.cache_clear()
    try:
        assert ours.fast_subsetting() == "uharfbuzz"
        assert fonts.Font.subset is ours.uharfbuzz_subset
        path = tmp_path / "subset.pdf"
        path.write_bytes(html_to_pdf("<p>Wertungspreis 168.320,00 € – Äöüß <b>fett</b></p>", b"{}", "r.json"))
    finally:
        ours.fast_subsetting.cache_clear()
    assert "Wertungspreis 168.320,00 € – Äöüß fett" in text_of(path)
    assert path.stat().st_size < 60_000  # subset fonts, not whole ones (Liberation Sans alone is 400 KB)
