"""The PDF is accessible: a structure tree (PDF/UA-1 with PDF/A-3b), language, title, named charts, text ≥ 7 pt."""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from tender.report.charts import LABEL, TICK, scatter, stacked_bars
from tender.report.formats import ReportFormat
from tender.result import Evaluation
from tests.hostile.conftest import ok

SMALLEST_PT = 7.0


def structure(reader: PdfReader) -> list[DictionaryObject]:
    """Every structure element below the StructTreeRoot, depth first."""
    found: list[DictionaryObject] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid)
        elif isinstance(node, DictionaryObject) and "/S" in node:
            found.append(node)
            if "/K" in node:
                walk(node["/K"])

    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    walk(root["/K"])
    return found


def test_the_pdf_is_tagged_with_headings_tables_and_named_figures(de_reports: dict[ReportFormat, Path]) -> None:
    reader = PdfReader(de_reports[ReportFormat.PDF])
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "de"
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True  # the title, not the file name
    elements = structure(reader)
    tags = Counter(str(e["/S"]) for e in elements)
    assert tags["/Document"] == 1 and tags["/H1"] == 1 and tags["/H2"] >= 7
    assert tags["/Table"] >= 20 and tags["/TR"] > tags["/Table"] and tags["/TH"] > 100 and tags["/TD"] > 500
    # every data cell names its header cells
    cells = [e for e in elements if e["/S"] == "/TD"]
    assert sum(1 for c in cells if c["/A"].get("/Headers")) > 0.9 * len(cells)
    headings = [e for e in elements if e["/S"] == "/H2"]
    assert len(headings) == tags["/H2"]
    figures = [e for e in elements if e["/S"] == "/Figure"]
    alts = [str(f["/Alt"]) for f in figures]
    assert len(alts) == 2  # the memo's two charts; the robustness charts are in the annex (below)
    assert alts[0] == (
        "Balkendiagramm der Punkte je Angebot, gestapelt nach Hauptkriterium (Know-how und Lösungsorientierung, "
        "Architektur, Preis-Leistung): 1. Rheintal Datacenter GmbH 85,55; 2. Hanse IT-Services AG 80,10; "
        "3. Spree Netz & Rechenzentrum GmbH 72,76; 4. Isar Hosting GmbH 70,66"
    )
    assert alts[1].startswith("Streudiagramm: Wertungspreis (waagerecht) und Leistungspunkte (senkrecht) je Angebot: ")
    assert "Isar Hosting GmbH 152.900,00\u00a0€, 40,66 Punkte" in alts[1]


def test_the_annex_is_tagged_and_names_its_charts(tmp_path: Path) -> None:
    ok("report", ".", "--annex", "--format", "pdf", "--out", tmp_path)
    reader = PdfReader(tmp_path / "crm-hosting-2007-de-annex.pdf")
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"].value is True
    alts = [str(e["/Alt"]) for e in structure(reader) if e["/S"] == "/Figure"]
    assert len(alts) == 2
    assert alts[0].startswith("Balkendiagramm der Rangwahrscheinlichkeiten je Angebot")
    assert alts[1].startswith("Intervalldiagramm: ")
    assert alts[1].endswith("Preis-Leistung 30,0\u00a0% (0,0\u00a0% bis 52,4\u00a0%)")
    sizes = text_sizes(reader)
    assert min(min(found) for found in sizes.values() if found) >= SMALLEST_PT


def test_the_pdf_declares_pdfa_3b_and_pdfua_1_and_keeps_its_title(
    de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path]
) -> None:
    for reports, lang, title in (
        (de_reports, "de", "Vergabevermerk: Auswertung der Angebote – Hosting des Händler-CRM-Systems"),
        (en_reports, "en", "Award record: evaluation of the bids – Hosting des Händler-CRM-Systems"),
    ):
        reader = PdfReader(reports[ReportFormat.PDF])
        assert reader.trailer["/Root"]["/Lang"] == lang
        assert reader.metadata is not None and reader.metadata.title == title
        xmp = reader.xmp_metadata
        assert xmp is not None
        assert xmp.dc_title == {"x-default": title}
        ids = {
            (d.getAttribute(name)): name
            for d in xmp.rdf_root.getElementsByTagName("rdf:Description")
            for name in ("pdfaid:part", "pdfaid:conformance", "pdfuaid:part")
            if d.getAttribute(name)
        }
        assert ids == {"3": "pdfaid:part", "B": "pdfaid:conformance", "1": "pdfuaid:part"}
        assert list(reader.attachments) == [reports[ReportFormat.JSON].name]  # the JSON report stays attached


def text_sizes(reader: PdfReader) -> dict[int, Counter[float]]:
    """The size in points of every piece of text on every page, as printed (font size × text and page matrices)."""
    out: dict[int, Counter[float]] = {}
    for number, page in enumerate(reader.pages, start=1):
        sizes: Counter[float] = Counter()

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float, sizes: Counter = sizes) -> None:
            if text.strip():
                sizes[round(size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]), 2)] += 1

        page.extract_text(visitor_text=visit)
        out[number] = sizes
    return out


def test_no_text_in_the_pdf_is_smaller_than_7_pt(de_reports: dict[ReportFormat, Path]) -> None:
    sizes = text_sizes(PdfReader(de_reports[ReportFormat.PDF]))
    smallest = {page: min(found) for page, found in sizes.items() if found}
    assert min(smallest.values()) >= SMALLEST_PT, smallest
    # the charts' smallest figures print at 7.15 pt (TICK), their labels at 7.83 pt (LABEL)
    charts = [page for page, found in sizes.items() if 7.15 in found]
    assert len(charts) == 1 and all(7.83 in sizes[page] for page in charts)  # "Grafische Übersicht"


def test_charts_carry_their_accessible_name_and_no_text_below_the_tick_size() -> None:
    name = 'Punkte <je> Angebot & "mehr"'
    bars = stacked_bars([], ["A"], str, name=name)
    assert bars.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert 'aria-label="Punkte &lt;je&gt; Angebot &amp; &#34;mehr&#34;"' in bars
    assert "><title>Punkte &lt;je&gt; Angebot &amp; &#34;mehr&#34;</title>" in bars
    dots = scatter([], "x", "y", str, str, name="n")
    sizes = [float(s) for s in re.findall(r'font-size="([0-9.]+)"', bars + dots)]
    assert min(sizes) == TICK and max(sizes) == LABEL


def test_a_letter_is_tagged_like_the_memo(example_eval: Evaluation, tmp_path: Path) -> None:
    """A § 134 letter (a ranked loser's: heading, points table, reasons list) is PDF/UA-1 with PDF/A-3b too."""
    from datetime import date

    from tender.report.letter_render import letter_pdf
    from tender.report.letters import letters
    from tender.report.standstill import standstill

    period = standstill(date(2007, 4, 2), "post")
    spree = next(one for one in letters(example_eval, "rheintal", period, "de", {}, "f" * 64) if one.bidder == "spree")
    path = tmp_path / "spree.pdf"
    path.write_bytes(letter_pdf(spree))
    reader = PdfReader(path)
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "de"
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert reader.metadata is not None and reader.metadata.title == spree.meta["title"]
    tags = Counter(str(e["/S"]) for e in structure(reader))
    assert tags["/Document"] == 1 and tags["/H1"] == 1 and tags["/H2"] == 1  # the subject; the reasons
    assert tags["/Table"] == 1 and tags["/Caption"] == 1
    assert tags["/TH"] == len(spree.head) + len(spree.rows)  # column heads and one row head per row
    assert tags["/TD"] == len(spree.rows) * (len(spree.head) - 1)
    assert tags["/L"] >= 1 and tags["/LI"] == len(spree.reasons)  # the list continues on page 2 as a second L
    xmp = reader.xmp_metadata
    assert xmp is not None
    ids = {
        d.getAttribute(name): name
        for d in xmp.rdf_root.getElementsByTagName("rdf:Description")
        for name in ("pdfaid:part", "pdfaid:conformance", "pdfuaid:part")
        if d.getAttribute(name)
    }
    assert ids == {"3": "pdfaid:part", "B": "pdfaid:conformance", "1": "pdfuaid:part"}
    sizes = text_sizes(reader)
    assert min(min(found) for found in sizes.values() if found) >= SMALLEST_PT
