"""The announced rules in the reports: the method section, the trail's formulas and the workbook's live formulas."""

from __future__ import annotations

import html
import re
from pathlib import Path

import openpyxl

from tests.conftest import quality_price_tender, write_workspace
from tests.hostile.conftest import ok

METHOD = {
    "name": "weighted-sum",
    "price_formula": "fixed-range",
    "best_price": 80_000,
    "worst_price": 160_000,
    "quality": "relative-to-best",
    "rounding": {"decimals": 1, "applies_to": "criterion"},
    "tie_break": ["lowest-price", "lot"],
}


def workspace(tmp_path: Path) -> Path:
    """The example of docs/method.md §6 under the rules above: C and D level at 60.0, C cheaper."""
    tender, bids = quality_price_tender(
        {"a": 70.0, "b": 80.0, "c": 60.0, "d": 90.0},
        {"a": 70_000.0, "b": 100_000.0, "c": 120_000.0, "d": 170_000.0},
        price_weight=40,
        method=METHOD,
    )
    return write_workspace(tmp_path / "ws", tender, bids)


def text_of(path: Path) -> str:
    raw = re.sub(r"<style.*?</style>", " ", path.read_text(encoding="utf-8"), flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw)))


def test_the_html_report_shows_each_rule(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    ok("report", root, "--format", "html", "--lang", "en", "--out", tmp_path / "out")
    page = text_of(tmp_path / "out" / "oracle-en.html")
    assert "Price points = M × (P_worst − P) / (P_worst − P_best)" in page
    assert "Price of full points (P_best) €80,000.00" in page
    assert "Value of each criterion = n / n_best (0 when n_best = 0)" in page
    assert "the ranking uses the rounded numbers" in page
    assert "lowest evaluated price → drawing of lots (tender draw)" in page
    # the trail: B's quality 60 × 0.8 / 0.9 = 53.33 → 53.3 as announced; its price points 40 × (160 − 100) / 80
    assert "60.00 × (80 − 0) / (100 − 0) / 0.90 = 53.33" in page
    assert "rounded half-up to 1 decimal places as announced" in page
    assert "40.00 × (€160,000.00 − €100,000.00) / (€160,000.00 − €80,000.00) = 30.00" in page
    assert "Tie decided by lowest evaluated price level on the score with D; placed by the announced rule = 3" in page
    assert "except where the announced rounding applies" in page


def test_the_workbook_computes_each_rule_live(tmp_path: Path) -> None:
    root = workspace(tmp_path)
    ok("report", root, "--format", "xlsx", "--lang", "en", "--out", tmp_path / "out")
    book = openpyxl.load_workbook(tmp_path / "out" / "oracle-en.xlsx")
    summary = [[c for c in row if c is not None] for row in book["Summary"].iter_rows(values_only=True)]
    first = next(row for row in summary if len(row) > 2 and row[1:3] == ["a", "A"])  # the rank is a formula
    assert first[3] == "=ROUND(SUM('Criteria'!I2:I2),1)"
    assert first[5] == "=MIN(1,MAX(0,('Inputs'!$E$16-E7)/('Inputs'!$E$16-'Inputs'!$E$15)))"  # P_worst, P_best
    assert first[6:] == ["=ROUND(100*'Inputs'!$F$9*F7,1)", "=ROUND(D7+G7,1)"]
    inputs = {row[0]: row[4] for row in book["Inputs"].iter_rows(min_row=15, max_row=16, values_only=True)}
    assert inputs == {"P_best": 80000, "P_worst": 160000}  # the announced prices are input cells
    criteria = next(book["Criteria"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert criteria[7] == "=IF(ISNUMBER(G2),IF(0.9=0,0,MIN(1,MAX(0,(G2-0)/(100-0)))/0.9),0)"
    assert criteria[8] == "=ROUND(100*F2*H2,1)"
