"""The HTML page's interactive parts without a browser: the data island, the formulas in JavaScript, the policy,
when the what-if panel says it cannot recompute, and that the PDF has none of it."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import make_dataclass, replace
from pathlib import Path

import pytest

from tender.model import Kind, Method, MethodName
from tender.report.formats import ReportFormat, build_input
from tender.report.html import render_view, report_view
from tender.report.messages import Messages
from tender.report.page import LONG, island, page, script_text
from tender.report.view import PDF_LIMITS
from tender.report.whatif import unknown_settings, whatif, why_not
from tender.result import Evaluation
from tender.scoring.envelope import quality_only
from tender.scoring.expr import javascript
from tender.scoring.formulas import PRICE_RULES


def test_the_data_island_cannot_end_its_script_element() -> None:
    hostile = "</script><!-- <script>\u2028\u2029 & </SCRIPT"
    text = str(island({"name": hostile}))
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert (
        text == '{"name":"\\u003c/script\\u003e\\u003c!-- \\u003cscript\\u003e\\u2028\\u2029 \\u0026 \\u003c/SCRIPT"}'
    )
    assert json.loads(text) == {"name": hostile}


def test_price_formulas_render_to_javascript_from_the_formula_table() -> None:
    assert javascript(PRICE_RULES["proportional"].normalised) == 'Math.min(1, Math.max(0, v["P_min"] / v["P"]))'
    assert javascript(PRICE_RULES["two-sided"].normalised) == (
        'Math.min(1, Math.max(0, (v["P_max"] === v["P_min"] ? 1 : (v["P_max"] - v["P"]) / (v["P_max"] - v["P_min"]))))'
    )
    assert javascript(PRICE_RULES["cubic"].raw) == 'Math.pow((v["P_min"] / v["P"]), 3)'
    script = script_text()
    for formula, rule in PRICE_RULES.items():
        assert f'"{formula}": function (v) {{ return {javascript(rule.normalised)}; }},' in script
    assert "</" not in script and "<!--" not in script


def test_the_page_allows_its_own_script_only_and_no_network(de_reports: dict[ReportFormat, Path]) -> None:
    html = de_reports[ReportFormat.HTML].read_text(encoding="utf-8")
    [policy] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    [script] = re.findall(r"<script>(.*?)</script>", html, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert policy == (
        "default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;; "
        f"script-src &#39;sha256-{digest}&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;"
    )
    assert "http://" not in script and "https://" not in script and "fetch(" not in script


def test_the_pdf_renders_the_template_without_the_page(example_eval: Evaluation) -> None:
    html = render_view(report_view(build_input(example_eval, "de"), PDF_LIMITS))
    assert "<script" not in html and 'id="whatif"' not in html and "Content-Security-Policy" not in html
    assert "report-screen" not in html and "wi-ranking" not in html


def test_the_panel_offers_every_formula_with_the_announced_weights(example_eval: Evaluation) -> None:
    panel = whatif(example_eval, "de")
    assert panel.available
    assert [f.id for f in panel.formulas] == [str(f) for f in PRICE_RULES]
    assert panel.formula == "proportional"
    [span] = next(f for f in panel.formulas if f.id == "linear-span").parameters
    assert (span.attribute, span.symbol, span.label, span.value) == ("span", "s", "Preisspanne s", "")
    assert [(w.name, w.weight, w.absolute) for w in panel.weights[:2]] == [
        ("Know-how und Lösungsorientierung", 30.0, "30,00\xa0%"),
        ("Präsentierte Kompetenz", 30.0, "9,00\xa0%"),
    ]
    bids = panel.data["bids"]
    assert [(b["bidder"], b["rank"], b["order"]) for b in bids] == [
        ("rheintal", 1, 2),
        ("hanse", 2, 0),
        ("spree", 3, 3),
        ("isar", 4, 1),
    ]
    price = panel.data["price"]
    assert bids[0]["values"][price] is None and bids[0]["price"] == 202800.0


def test_the_panel_says_why_it_cannot_recompute(example_eval: Evaluation) -> None:
    msg = Messages("en")
    tender = example_eval.tender
    ufab = replace(example_eval, tender=replace(tender, method=replace(tender.method, name=MethodName.UFAB_EXTENDED)))
    assert why_not(ufab, msg).startswith("This page cannot recompute the method “Extended benchmark method (UfAB)”")
    assert why_not(quality_only(example_eval), msg) == (
        "The prices are still sealed (two-envelope procedure): this page recomputes nothing."
    )
    assert not whatif(quality_only(example_eval), "en").available


def test_a_setting_the_page_does_not_know_makes_it_refuse(example_eval: Evaluation) -> None:
    tender = example_eval.tender
    group = tender.criteria[0]
    assert group.kind is Kind.GROUP
    minimum = replace(group, min_score=0.5)  # a group's minimum depends on the weights: not recomputed
    nodes = [((), minimum), *list(tender.nodes())[1:]]
    assert unknown_settings(tender.method, nodes) == ["know-how.min_score"]
    assert unknown_settings(tender.method, list(tender.nodes())) == []

    # a setting added to the method later (rounding, say), set in a tender: the page refuses rather than guess
    later = make_dataclass("Later", [("rounding", "int | None", None)], bases=(Method,), frozen=True)
    assert unknown_settings(later(rounding=2), []) == ["method.rounding"]
    assert unknown_settings(later(), []) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_panel_is_labelled_not_part_of_the_evaluation(
    de_reports: dict[ReportFormat, Path], en_reports: dict[ReportFormat, Path], lang: str
) -> None:
    html = (de_reports if lang == "de" else en_reports)[ReportFormat.HTML].read_text(encoding="utf-8")
    badge = {"de": "Nicht Teil der Wertung", "en": "Not part of the evaluation"}[lang]
    assert f'<strong class="whatif-badge">{badge}</strong>' in html


def test_a_long_report_is_laid_out_on_demand(example_eval: Evaluation, de_reports: dict[ReportFormat, Path]) -> None:
    assert '<html lang="de">' in de_reports[ReportFormat.HTML].read_text(encoding="utf-8")
    assert not page(example_eval, "de", whatif(example_eval, "de")).long
    many = replace(example_eval, bids=example_eval.bids * (LONG // len(example_eval.bids) + 1))
    assert page(many, "de", whatif(example_eval, "de")).long
