"""The calculation trail recomputes from its printed numbers: every line and sum of the PDF, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender.app.report import write_reports
from tender.model import Kind
from tender.report.formats import ReportFormat
from tender.report.messages import Messages
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.report.awkward import awkward_workspace
from tests.report.conftest import NOW
from tests.report.trail_text import pdf_text, section, statements

METHODS = {
    "linear-span": {"name": "weighted-sum", "price_formula": "linear-span", "span": 0.375},
    "two-sided": {"name": "weighted-sum", "price_formula": "two-sided"},
    "ufab-extended": {"name": "ufab-extended", "band": 0.075},
}


def trail_of(pdf: Path, lang: str) -> str:
    """The PDF's calculation trail section."""
    msg = Messages(lang)
    return section(pdf_text(pdf), msg("section.trail"), msg("section.audit"))


def expected_lines(ev: Evaluation) -> int:
    """Lines per ranked bid: one per judged or measured leaf, performance, price, then price points and score
    (weighted sum) or Z and the band floor (UfAB extended)."""
    leaves = sum(1 for leaf in ev.tender.leaves() if leaf.kind is not Kind.PRICE)
    return len(ev.ranked) * (leaves + 4)


def check(pdf: Path, ev: Evaluation, lang: str) -> tuple[int, int]:
    """Every statement and note of the trail recomputes exactly; returns how many of each were checked."""
    lines, notes = statements(trail_of(pdf, lang), lang)
    wrong = [f"{c.text} = {c.printed}, recomputed {c.recomputed}" for c in lines + notes if c.recomputed != c.printed]
    assert not wrong, wrong
    judged = sum(1 for leaf in ev.tender.leaves() if leaf.kind is Kind.JUDGED)
    assert len(notes) == len(ev.ranked) * judged
    return len(lines), len(notes)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_bundled_examples_trail_recomputes(
    lang: str, example_eval: Evaluation, de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path]
) -> None:
    pdf = (de_reports if lang == "de" else en_reports)[ReportFormat.PDF]
    lines, notes = check(pdf, example_eval, lang)
    assert (lines, notes) == (4 * (8 + 4), 4 * 7)  # four ranked bids, eight leaves, seven of them judged
    text = trail_of(pdf, lang)
    # the mean of 5, 4, 5 printed to four decimals: 9 × 4.6667 / 5 = 8.40006, printed 8,40
    assert ("9,00 × (4,6667 − 0) / (5 − 0)" if lang == "de" else "9.00 × (4.6667 − 0) / (5 − 0)") in text
    assert ("62,93 + 22,62 = 85,55" if lang == "de" else "62.93 + 22.62 = 85.55") in text


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("method", sorted(METHODS))
def test_an_awkward_trail_recomputes(tmp_path: Path, method: str, lang: str) -> None:
    ev = evaluate(load_workspace(awkward_workspace(tmp_path / "ws", METHODS[method])))
    [pdf] = write_reports(ev, [ReportFormat.PDF], lang, tmp_path / "out", NOW)
    lines, _ = check(pdf, ev, lang)
    assert lines == expected_lines(ev)
