"""The HTML page in a real browser (Debian's Chromium through Playwright): the what-if panel computes exactly what
the kernel computes, the tables sort, filter and collapse, hostile text stays text, and the layout holds at 1280
and 360 px (checked on element boxes, not pixels). One browser for the module."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from tender.app.report import report_workspace
from tender.model import Criterion, Kind, PriceFormula, Workspace
from tender.report.formats import ReportFormat
from tender.scoring import evaluate
from tender.scoring.formulas import PRICE_RULES
from tender.workspace import load_workspace
from tests.conftest import copy_bundled, quality_price_tender, write_workspace

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)"
)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"]
TOLERANCE = 1e-9

# every element outside a scrolling wrapper lies inside the viewport; no element's content is wider than its box
# (a scrolling wrapper itself excepted); header cells of one row do not overlap
LAYOUT = """() => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const insideScroll = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
    return false;
  };
  if (document.documentElement.scrollWidth > width) problems.push(["page", document.documentElement.scrollWidth]);
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") || el.closest(".running")) continue;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.display === "inline" || style.visibility === "hidden") continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (!insideScroll(el) && (box.right > width + 0.5 || box.left < -0.5))
      problems.push(["outside the viewport", name(el), Math.round(box.left), Math.round(box.right)]);
    if (!scrolls(el) && el.scrollWidth > el.clientWidth + 1)
      problems.push(["wider than its box", name(el), el.scrollWidth, el.clientWidth, el.textContent.slice(0, 40)]);
  }
  for (const row of document.querySelectorAll("thead tr")) {
    const cells = [...row.cells].map((c) => c.getBoundingClientRect()).filter((b) => b.width > 0);
    cells.forEach((a, i) => cells.slice(i + 1).forEach((b) => {
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const vertical = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlap > 0.5 && vertical > 0.5) problems.push(["headers overlap", row.textContent.slice(0, 60)]);
    }));
  }
  return problems;
}"""

# one UI move after the other: the value typed into the control, then its input event
MOVE = """moves => moves.forEach(([control, i, typed]) => {
  const input = document.querySelector(`.wi-node[data-index="${i}"] ${control}`);
  input.value = typed;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
})"""

ROWS = """rows => rows.map(r => ({
  bidder: r.dataset.bidder,
  rank: Number(r.cells[0].dataset.value),
  tied: r.cells[0].dataset.tied === "true",
  performance: Number(r.cells[2].dataset.value),
  price_points: r.cells[3].dataset.value === "" ? null : Number(r.cells[3].dataset.value),
  score: Number(r.cells[4].dataset.value),
  shown: [...r.cells].map(c => c.textContent),
}))"""


@dataclass
class Page:
    """An open page and everything it complained about (console errors, uncaught exceptions)."""

    page: Any
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module (the system's, never a downloaded one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser: Any, path: Path, width: int = 1280) -> Page:
    """The report at `path` in a new page of the given width, collecting console errors and exceptions."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    out = Page(page)
    page.on("console", lambda m: out.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: out.errors.append(str(e)))
    page.goto(path.as_uri())
    return out


def html_report(root: Path, out: Path, lang: str = "de") -> tuple[Workspace, Path]:
    """The workspace at root and its HTML report, made as `tender report` makes it (every section)."""
    [path] = report_workspace(root, [ReportFormat.HTML], lang, out)
    return load_workspace(root), path


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path]:
    """The bundled example and its German HTML report."""
    root = copy_bundled(tmp_path_factory.mktemp("ws") / "example")
    return html_report(root, tmp_path_factory.mktemp("html"))


def reweighted(ws: Workspace, weights: list[float], formula: str, parameters: dict[str, float]) -> Workspace:
    """The workspace with other weights (percent per level, the criteria depth first) and another price formula."""
    it = iter(weights)

    def node(c: Criterion) -> Criterion:
        weight = next(it)
        return replace(c, weight=weight, children=tuple(node(child) for child in c.children))

    method = replace(ws.tender.method, price_formula=PriceFormula(formula), **parameters)
    return replace(ws, tender=replace(ws.tender, criteria=tuple(node(c) for c in ws.tender.criteria), method=method))


def kernel_rows(ws: Workspace) -> list[dict[str, Any]]:
    """The kernel's ranking of a workspace, in rank order, as the panel shows it."""
    ev = evaluate(ws)
    return [
        {
            "bidder": b.bidder,
            "rank": b.rank,
            "tied": b.tied,
            "performance": b.performance,
            "price_points": b.price_points,
            "score": b.score,
        }
        for b in ev.ranked
    ]


def panel_rows(page: Any) -> list[dict[str, Any]]:
    """The panel's ranking read from the DOM (the full-precision numbers in data-value)."""
    rows: list[dict[str, Any]] = page.eval_on_selector_all("#wi-ranking tbody tr", ROWS)
    return rows


def assert_same(shown: list[dict[str, Any]], expected: list[dict[str, Any]], what: str) -> None:
    """Same bids in the same order with the same ranks and ties, and every figure within 1e-9."""
    assert [(r["bidder"], r["rank"], r["tied"]) for r in shown] == [
        (r["bidder"], r["rank"], r["tied"]) for r in expected
    ], what
    for s, e in zip(shown, expected, strict=True):
        for key in ("performance", "price_points", "score"):
            assert abs(s[key] - e[key]) <= TOLERANCE, (what, s["bidder"], key, s[key], e[key])


def rescale(weights: list[float], siblings: list[int], i: int, value: float) -> None:
    """The panel's rule, written out: the moved weight is set, its siblings share the rest in proportion."""
    value = min(100.0, max(0.0, value))
    others = [j for j in siblings if j != i]
    if not others or value == weights[i]:
        return
    rest = 0.0
    for j in others:
        rest = rest + weights[j]
    remaining = 100 - value
    for j in others:
        weights[j] = weights[j] * remaining / rest if rest > 0 else remaining / len(others)
    weights[i] = value


def levels(ws: Workspace) -> list[list[int]]:
    """Per criterion (depth first), the indices of its level: itself and its siblings."""
    nodes = list(ws.tender.nodes())
    index = {id(n): k for k, (_, n) in enumerate(nodes)}
    out = []
    for path, _ in nodes:
        siblings = path[-1].children if path else ws.tender.criteria
        out.append([index[id(s)] for s in siblings])
    return out


def test_what_if_equals_the_kernel_for_50_weight_vectors_and_every_price_formula(
    browser: Any, example: tuple[Workspace, Path]
) -> None:
    ws, path = example
    p = open_page(browser, path)
    page = p.page
    assert_same(panel_rows(page), kernel_rows(ws), "as announced")
    announced = [n.weight for _, n in ws.tender.nodes()]
    sibling_lists = levels(ws)
    formulas = [str(f) for f in PRICE_RULES]
    assert page.eval_on_selector_all("#wi-formula option", "os => os.map(o => o.value)") == formulas
    rng = random.Random(20261203)
    weights = list(announced)
    for vector in range(50):
        moves = []  # (control, criterion, value as typed): applied in order by the page's own input handlers
        for i, siblings in enumerate(sibling_lists):
            if len(siblings) == 1:
                continue
            if rng.random() < 0.25:  # the slider (its step is 0.5)
                typed = str(rng.randint(0, 200) / 2)
                moves.append((".wi-range", i, typed))
            else:
                typed = rng.choice(["0", f"{rng.uniform(0, 100):.2f}", f"{rng.uniform(0, 100):.6f}"])
                moves.append((".wi-weight", i, typed))
            rescale(weights, siblings, i, float(typed))
        page.evaluate(MOVE, moves)
        formula = formulas[vector % len(formulas)]
        page.select_option("#wi-formula", formula)
        parameters = {}
        for attribute, symbol in PRICE_RULES[PriceFormula(formula)].parameters:
            value = round(rng.uniform(0.05, 1.5), 3)
            page.fill(f'input[data-formula="{formula}"][data-symbol="{symbol}"]', repr(value))
            parameters[attribute] = value
        shown = page.eval_on_selector_all(".wi-node", "ns => ns.map(n => Number(n.dataset.weight))")
        assert shown == weights, f"vector {vector}: the page's weights differ from the rescaling rule"
        for siblings in sibling_lists:
            assert abs(sum(weights[j] for j in siblings) - 100) <= 1e-9
        assert_same(panel_rows(page), kernel_rows(reweighted(ws, weights, formula, parameters)), f"vector {vector}")
    page.click("#wi-reset")
    assert_same(panel_rows(page), kernel_rows(ws), "after reset")
    assert p.errors == []


def test_each_price_formula_at_the_announced_weights_and_bad_parameters(
    browser: Any, example: tuple[Workspace, Path]
) -> None:
    ws, path = example
    p = open_page(browser, path)
    page = p.page
    announced = [n.weight for _, n in ws.tender.nodes()]
    for formula, rule in PRICE_RULES.items():
        page.select_option("#wi-formula", str(formula))
        parameters = {}
        for attribute, symbol in rule.parameters:
            page.fill(f'input[data-formula="{formula}"][data-symbol="{symbol}"]', "0.25")
            parameters[attribute] = 0.25
        assert_same(panel_rows(page), kernel_rows(reweighted(ws, announced, str(formula), parameters)), str(formula))
    page.select_option("#wi-formula", "linear-span")
    page.fill('input[data-formula="linear-span"]', "")
    message = page.locator(".wi-message")
    assert message.text_content() == "Bitte für jeden Parameter der Preisformel einen Wert eingeben."
    assert page.locator("#wi-ranking").is_hidden()
    page.fill('input[data-formula="linear-span"]', "0")  # P_min · s = 0: no points
    assert message.text_content() == "Mit diesen Parametern ergibt die Preisformel keine gültigen Punkte."
    page.fill('input[data-formula="linear-span"]', "0.5")
    assert message.is_hidden() and page.locator("#wi-ranking").is_visible()
    assert p.errors == []


def test_ties_are_ranked_as_the_kernel_ranks_them(browser: Any, tmp_path: Path) -> None:
    tender, bids = quality_price_tender({"b": 80, "a": 80, "c": 60}, {"b": 100, "a": 100, "c": 90})
    ws, path = html_report(write_workspace(tmp_path / "ws", tender, bids), tmp_path / "out", "en")
    page = open_page(browser, path).page
    rows = panel_rows(page)
    assert [(r["bidder"], r["rank"], r["tied"]) for r in rows] == [("a", 1, True), ("b", 1, True), ("c", 3, False)]
    assert [r["shown"][0] for r in rows] == ["1=", "1=", "3"]
    assert_same(rows, kernel_rows(ws), "tie")
    page.fill("#wi-w-0", "20")  # quality 20 %, price 80 %: c is cheapest
    assert_same(panel_rows(page), kernel_rows(reweighted(ws, [20, 80], "proportional", {})), "tie moved")
    assert panel_rows(page)[0]["bidder"] == "c"


def test_a_method_the_page_cannot_recompute_says_so(browser: Any, tmp_path: Path) -> None:
    tender, bids = quality_price_tender({"a": 80, "b": 60}, {"a": 100, "b": 80}, method={"name": "ufab-simple"})
    _, path = html_report(write_workspace(tmp_path / "ws", tender, bids), tmp_path / "out", "en")
    p = open_page(browser, path)
    reason = p.page.locator(".whatif-reason").text_content()
    assert reason == (
        "Not available here. This page cannot recompute the method “Simple benchmark method (UfAB)”; the what-if "
        "panel exists for the weighted scoring only. The figures of this report stand as they are."
    )
    assert p.page.locator("#wi-ranking").count() == 0
    assert p.errors == []


def test_bidders_text_cannot_leave_the_data_island(browser: Any, tmp_path: Path) -> None:
    hostile = "</script><script>window.pwned = 1</script><!-- & </SCRIPT >"  # U+2028 is refused on input
    tender, bids = quality_price_tender({"a": 80, "b": 60}, {"a": 100, "b": 80})
    bids[0]["name"] = hostile
    _, path = html_report(write_workspace(tmp_path / "ws", tender, bids), tmp_path / "out", "en")
    html = path.read_text(encoding="utf-8")
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the data island and the page's script
    p = open_page(browser, path)
    assert p.page.evaluate("typeof window.pwned") == "undefined"
    assert panel_rows(p.page)[0]["shown"][1] == hostile
    assert p.errors == []


def test_tables_sort_filter_and_collapse(browser: Any, example: tuple[Workspace, Path]) -> None:
    p = open_page(browser, example[1])
    page = p.page
    names = "rows => rows.filter(r => !r.hidden).map(r => r.cells[1].textContent)"
    page.click("#ranking th:nth-child(4) button.sort")  # evaluated price, ascending
    assert page.eval_on_selector_all("#ranking table.ranking tbody tr", names) == [
        "Isar Hosting GmbH",
        "Spree Netz & Rechenzentrum GmbH",
        "Hanse IT-Services AG",
        "Rheintal Datacenter GmbH",
    ]
    assert page.get_attribute("#ranking th:nth-child(4)", "aria-sort") == "ascending"
    page.click("#ranking th:nth-child(4) button.sort")
    assert page.eval_on_selector_all("#ranking table.ranking tbody tr", names)[0] == "Rheintal Datacenter GmbH"
    page.fill("#ranking .filter input", "hanse")
    assert page.eval_on_selector_all("#ranking table.ranking tbody tr", names) == ["Hanse IT-Services AG"]
    assert page.text_content("#ranking .filter-count") == "1 von 4 angezeigt"
    page.fill("#evaluators .filter input", "isar")
    shown = page.eval_on_selector_all(
        "#evaluators tbody.entry", "es => es.filter(e => !e.hidden).map(e => e.textContent)"
    )
    judged = sum(1 for leaf in example[0].tender.leaves() if leaf.kind is Kind.JUDGED)
    assert len(shown) == judged and all("Isar Hosting GmbH" in text for text in shown)
    page.fill("#evaluators .filter input", "")
    first = page.locator("#evaluators table.marks").first
    page.locator("#evaluators .collapse-toggle").first.click()
    assert first.locator("tbody").first.is_hidden() and first.locator("caption").is_visible()
    assert page.get_attribute("#evaluators .collapse-toggle >> nth=0", "aria-expanded") == "false"
    page.get_by_text("Alle Einzelnoten zeigen").click()
    assert first.locator("tbody").first.is_visible()
    page.emulate_media(media="print")
    assert page.locator("#whatif").is_hidden() and page.locator("#ranking .filter").is_hidden()
    assert p.errors == []


@pytest.mark.parametrize("width", [1280, 360])
def test_layout_holds(browser: Any, example: tuple[Workspace, Path], width: int) -> None:
    p = open_page(browser, example[1], width)
    assert p.page.evaluate(LAYOUT) == []
    assert p.page.locator("#whatif .whatif-badge").is_visible()
    assert p.errors == []
