"""Hostile input stays inert in every format: no script of theirs in the HTML, no file in the PDF, no formula in the
workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from tender.app.report import write_reports
from tender.report.formats import ReportFormat
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src="file:///etc/passwd">'
LINK = '<link rel=attachment href="file:///etc/hostname">'
FORMULA = '=HYPERLINK("http://example.invalid","x")'


def hostile_workspace(root: Path) -> Path:
    tender, bids = quality_price_tender({"a": 80, "b": 60, "c": 70}, {"a": 100, "b": 80, "c": 90})
    tender["title"] = f"Title {SCRIPT}"
    tender["criteria"].insert(0, {"id": "concept", "name": f"Concept {LINK}", "weight": 10})
    tender["criteria"][1]["weight"] = 40
    bids[0]["name"] = SCRIPT
    bids[1]["name"] = FORMULA
    bids[2]["name"] = "+cmd|' /C calc'!A0"
    scores = {
        "alice": [
            {"bidder": "a", "criterion": "concept", "score": 4, "justification": f"Fine {IMG} {LINK}"},
            {"bidder": "b", "criterion": "concept", "score": 3, "justification": "@SUM(1+1)*cmd|' /C calc'!A0"},
            {"bidder": "c", "criterion": "concept", "score": 2, "justification": "-2+3"},
        ]
    }
    return write_workspace(root, tender, bids, scores)


def test_hostile_input_is_inert_in_every_format(tmp_path: Path) -> None:
    ev = evaluate(load_workspace(hostile_workspace(tmp_path / "ws")))
    paths = dict(zip(ReportFormat, write_reports(ev, list(ReportFormat), "en", tmp_path / "out"), strict=True))

    html = paths[ReportFormat.HTML].read_text(encoding="utf-8")
    assert "<img" not in html and "<link" not in html
    # the only scripts are the page's data island and its own code; the bidder's text is in the island, escaped
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert '"name":"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html

    reader = PdfReader(paths[ReportFormat.PDF])
    assert list(reader.attachments) == [paths[ReportFormat.JSON].name]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "<script>alert(1)</script>" in text  # shown as text, literally
    assert 'file:///etc/passwd">' in text
    assert "root:x:0:0" not in text and b"root:x:0:0" not in paths[ReportFormat.PDF].read_bytes()

    wb = load_workbook(paths[ReportFormat.XLSX])
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    hostile = [c for c in cells if c.value in (FORMULA, "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3")]
    assert len(hostile) >= 4
    assert all(c.data_type == "s" for c in hostile)
    formulas = [c for c in cells if c.data_type == "f"]
    assert formulas and all("HYPERLINK" not in c.value and "cmd" not in c.value for c in formulas)
    # a and b tie at 80 points: the rank formulas' cached values 1, 1, 3 and no winner; names stay texts
    summary = load_workbook(paths[ReportFormat.XLSX], data_only=True)["Summary"]
    rows = list(summary.iter_rows(min_row=7, values_only=True))
    assert [r[:3] for r in rows[:3]] == [(1, "a", SCRIPT), (1, "b", FORMULA), (3, "c", "+cmd|' /C calc'!A0")]
    assert rows[4][2:5] == ("Award recommendation (formula)", "no single first", "no single first")
