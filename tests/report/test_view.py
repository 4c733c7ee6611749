"""The view model: the calculation trail against methods.md's worked examples, limits for large tenders, charts."""

from __future__ import annotations

from pathlib import Path

from tender.report.audit import make_audit
from tender.report.charts import nice_ticks
from tender.report.trail import BidTrail
from tender.report.view import Limits, build_view
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import quality_price_tender, write_workspace


def lines(trail: BidTrail) -> dict[str, str]:
    return {line.label: f"{line.expression} = {line.result}" for line in trail.lines}


def oracle_eval(tmp_path: Path, quality: dict, prices: dict, **kw) -> Evaluation:
    tender, bids = quality_price_tender(quality, prices, **kw)
    return evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))


def test_trail_proportional_rank_reversal_oracle(tmp_path: Path) -> None:
    # methods.md §2: S = 0.5·Q + 50·P_min/P; A (78, 100) = 79, B (60, 80) = 80 -> B wins
    ev = oracle_eval(tmp_path, {"a": 78, "b": 60}, {"a": 100, "b": 80})
    view = build_view(ev, make_audit(ev, "r.json"), "en")
    a = lines(next(t for t in view.trails if t.bidder == "a"))
    assert a["Quality"] == "50.00 × (78 − 0) / (100 − 0) = 39.00"
    assert a["Price points"] == "50.00 × €80.00 / €100.00 = 40.00"
    assert a["Score"] == "39.00 + 40.00 = 79.00"
    assert view.outcome == "The most economically advantageous bid is that of B (b)."


def test_trail_ufab_simple_and_extended_oracle(tmp_path: Path) -> None:
    # methods.md §1.1/1.2: L = 70/80/60/90/50 (of 100), P = 100k/120k/80k/150k/70k; C has Z_max = 750 per million
    quality = {"a": 70, "b": 80, "c": 60, "d": 90, "e": 50}
    prices = {"a": 100_000, "b": 120_000, "c": 80_000, "d": 150_000, "e": 70_000}
    simple = oracle_eval(tmp_path / "s", quality, prices, method={"name": "ufab-simple"})
    view = build_view(simple, make_audit(simple, "r.json"), "de")
    c = lines(next(t for t in view.trails if t.bidder == "c"))
    assert c["Kennzahl Z"] == "60,00 / 80.000,00\xa0€ × 1.000.000 = 750,00"
    assert view.ranking[0].cells == ("1", "C", "60,00", "80.000,00\xa0€", "750,00")
    extended = oracle_eval(tmp_path / "x", quality, prices, method={"name": "ufab-extended", "band": 0.1})
    view = build_view(extended, make_audit(extended, "r.json"), "en")
    a = lines(next(t for t in view.trails if t.bidder == "a"))
    assert a["Band floor"] == "Z_max × (1 − 10%) = 750.00 × (1 − 10%) = 675.00"
    assert [r.cells[1] for r in view.ranking[:3]] == ["A", "C", "E"]  # in the band, highest performance first
    assert view.ranking[0].cells[4] == "yes"


def test_large_tender_limits_detail_and_says_where_the_rest_is(example_eval: Evaluation) -> None:
    audit = make_audit(example_eval, "x.json")
    full = build_view(example_eval, audit, "en")
    assert len(full.trails) == 4 and not full.limits["detail"] and not full.limits["evaluators"]
    assert sum(len(t.entries) for t in full.topics) == 28  # elbtal (excluded) was not scored
    small = build_view(example_eval, audit, "en", Limits(detail_bids=2, trail_bids=2, evaluator_rows=10))
    assert [t.bidder for t in small.trails] == ["rheintal", "hanse"]
    assert [len(p.rows) for p in small.prices] == [5, 5]
    assert small.matrices[0].bidders == ("Rheintal Datacenter GmbH", "Hanse IT-Services AG")
    assert "2 best-ranked of 4" in small.limits["detail"] and "x.json" in small.limits["detail"]
    # only the moderated (hanse, loesungsorientierung) pair of the two shown bids remains
    assert sum(len(t.entries) for t in small.topics) == 1
    assert "cover 28 bid–criterion pairs. This PDF shows the 1 flagged" in small.limits["evaluators"]


def test_matrix_holds_weights_and_group_points(example_eval: Evaluation) -> None:
    view = build_view(example_eval, make_audit(example_eval, "x.json"), "de")
    rows = {r.name: r for r in view.matrices[0].rows}
    assert rows["Architektur"].absolute == "40,00\xa0%"
    assert rows["HA-Design"].relative == "35\xa0%" and rows["HA-Design"].absolute == "14,00\xa0%"
    assert rows["Verfügbarkeit laut SLA"].cells[0] == ("99,95 %", "1,000", "10,00")
    assert rows["Preis-Leistung"].cells[0] == ("202.800,00\xa0€", "0,754", "22,62")
    assert rows["Gesamtpunkte"].cells[0][2] == "85,55"
    assert len(view.matrices) == 1


def test_nice_ticks_cover_the_range() -> None:
    assert nice_ticks(0, 85.5) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(140_000, 215_000) == [140_000, 160_000, 180_000, 200_000, 220_000]


def test_charts_escape_labels_and_scale_bars() -> None:
    from tender.report.charts import Bar, Dot, scatter, stacked_bars

    bars = [Bar("<b>A</b>", (30.0, 20.0), "50")]
    svg = stacked_bars(bars, ["Qualität & <i>", "Preis"], lambda v: f"{v:g}", name="<b>chart</b>")
    assert "<b>" not in svg and "&lt;b&gt;A&lt;/b&gt;" in svg and "Qualität &amp; &lt;i&gt;" in svg
    assert 'aria-label="&lt;b&gt;chart&lt;/b&gt;"><title>&lt;b&gt;chart&lt;/b&gt;</title>' in svg
    # the axis ends at 50 over 438 px: 30 points → 262.8 px, 20 points → 175.2 px
    assert 'width="262.8"' in svg and 'width="175.2"' in svg
    plot = scatter([Dot("<script>", 100.0, 50.0, True)], "x", "y", str, str, name="<script>")
    assert "<script>" not in plot and "&lt;script&gt;" in plot


def test_long_names_are_shortened_in_charts_with_the_full_name_as_tooltip() -> None:
    from tender.report.charts import Bar, Dot, scatter, stacked_bars

    name = "Deutsche Rechenzentrums- & Hosting-Dienstleistungen GmbH & Co. KG"
    svg = stacked_bars([Bar(name, (30.0,), "30")], ["Qualität"], lambda v: f"{v:g}", name="Punkte")
    assert "<title>Deutsche Rechenzentrums- &amp; Hosting-Dienstleistungen GmbH &amp; Co. KG</title>" in svg
    assert ">Deutsche Rechenzentrums- &amp; Host…</text>" in svg  # 31 characters and the ellipsis
    # a dot at the right edge gets its label on its left
    plot = scatter([Dot("A", 100.0, 50.0, False), Dot(name, 200.0, 60.0, True)], "x", "y", str, str, name="Preis")
    assert 'text-anchor="end"' in plot.split("<title>Deutsche")[0].rsplit("<text", 1)[1]
    assert ">Deutsche Rechenzentrums- &amp; Ho…</text>" in plot


def test_tie_is_stated_and_marked(tmp_path: Path) -> None:
    # methods.md "Goldilocks": quality 50/75/100, price 50/75/100, 50/50, proportional -> A and C tie at 75
    ev = oracle_eval(tmp_path, {"a": 50, "b": 75, "c": 100}, {"a": 50, "b": 75, "c": 100})
    view = build_view(ev, make_audit(ev, "r.json"), "en")
    assert view.outcome.startswith("No single winner: rank 1 is shared by A, C.")
    assert [r.cells[:2] for r in view.ranking] == [("1=", "A"), ("1=", "C"), ("3", "B")]
    assert [r.cells[5] for r in view.ranking] == ["75.00", "75.00", "70.83"]


def test_reports_when_every_bid_is_excluded(tmp_path: Path) -> None:
    from tender.app.report import write_reports
    from tender.report.formats import ReportFormat

    tender, bids = quality_price_tender({"a": 50, "b": 75}, {"a": 50, "b": 75})
    tender["requirements"] = [{"id": "rz", "text": "Rechenzentrum in Deutschland"}]
    for bid in bids:
        bid["requirements"] = {"rz": False}
    ev = evaluate(load_workspace(write_workspace(tmp_path / "ws", tender, bids)))
    assert not ev.ranked
    paths = write_reports(ev, list(ReportFormat), "de", tmp_path / "out")
    html = paths[0].read_text(encoding="utf-8")
    assert "Kein Angebot konnte gewertet werden." in html
    assert html.count("A-Kriterium nicht erfüllt: Rechenzentrum in Deutschland") == 2


def test_an_extra_section_renders_with_its_own_template(example_eval: Evaluation, tmp_path: Path) -> None:
    from tender.report.html import render_view
    from tender.report.jinja import environment
    from tender.report.view import ExtraSection

    (tmp_path / "extra-test.html.j2").write_text("<p class='x'>{{ s.data.text }}</p>", encoding="utf-8")
    loader = environment().loader
    loader.searchpath.append(str(tmp_path))  # type: ignore[union-attr]
    try:
        view = build_view(example_eval, make_audit(example_eval, "x.json"), "en")
        view.extra.append(ExtraSection("robustness", "Robustness", "extra-test.html.j2", {"text": "<stable>"}))
        html = render_view(view)
    finally:
        loader.searchpath.remove(str(tmp_path))  # type: ignore[union-attr]
    assert '<section id="robustness">' in html and "<h2>Robustness</h2>" in html
    assert "<p class='x'>&lt;stable&gt;</p>" in html
    assert '<li><a href="#robustness">Robustness</a></li>' in html
    assert html.index('id="trail"') < html.index('id="robustness"') < html.index('id="audit"')
