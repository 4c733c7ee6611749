"""The HTML report parses, carries its language, and holds the same ranking as the result."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from tender.report.formats import ReportFormat
from tender.result import Evaluation


class Tables(HTMLParser):
    """Collects the text of each table row (cells joined by |), per table class, and the html lang."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.rows: dict[str, list[list[str]]] = {}
        self.table: list[str] = []
        self.cell: list[str] | None = None
        self.row: list[str] | None = None
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if tag == "script":
            self.scripts += 1
        if tag == "table":
            self.table.append(a.get("class") or "")
        if tag == "tr":
            self.row = []
        if tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.table.pop()
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.setdefault(self.table[-1], []).append(self.row)
            self.row = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def parse(path: Path) -> Tables:
    parser = Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_html_ranking_matches_result(de_reports: dict[ReportFormat, Path], example_eval: Evaluation) -> None:
    page = parse(de_reports[ReportFormat.HTML])
    assert page.lang == "de"
    assert page.scripts == 0
    ranking = page.rows["grid ranking"]
    assert ranking[0] == ["Rang", "Bieter", "Leistungspunkte", "Wertungspreis", "Preispunkte", "Gesamtpunkte"]
    assert [r[1] for r in ranking[1:]] == [b.name for b in example_eval.ranked]
    assert ranking[1] == ["1", "Rheintal Datacenter GmbH", "62,93", "202.800,00 €", "22,62", "85,55"]


def test_html_english_formats_numbers_for_the_locale(en_reports: dict[ReportFormat, Path]) -> None:
    page = parse(en_reports[ReportFormat.HTML])
    assert page.lang == "en"
    ranking = page.rows["grid ranking"]
    assert ranking[0] == ["Rank", "Bidder", "Performance", "Evaluated price", "Price points", "Score"]
    assert ranking[1] == ["1", "Rheintal Datacenter GmbH", "62.93", "€202,800.00", "22.62", "85.55"]
    prices = page.rows["grid prices"]
    assert ["Dedicated cluster node" not in " ".join(r) for r in prices]  # line names come from the tender, as given
    assert ["Evaluated price", "€202,800.00"] in prices


def test_html_is_self_contained(de_reports: dict[ReportFormat, Path]) -> None:
    html = de_reports[ReportFormat.HTML].read_text(encoding="utf-8")
    assert "<style>" in html and html.count("<svg") == 4  # two charts, and two in the robustness section
    assert (
        "src=" not in html and "<link" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    )
