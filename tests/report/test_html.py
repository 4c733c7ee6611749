"""The HTML report parses, carries its language, and holds the same ranking as the result."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

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
    assert page.scripts == 2  # the data island and the page's own script (test_page.py)
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
    assert "<style>" in html and html.count("<svg") == 2  # two charts (the robustness charts are in the annex)
    assert (
        "src=" not in html and "<link" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    )


# the markup the template wrote for the evaluators' entries before html_rows.entries_html took them over
ENTRIES_TEMPLATE = """\
    {% for e in topic.entries %}
    <tbody class="entry{% if e.flag %} flagged{% endif %}">
      {% for m in e.marks %}
      <tr>
        {% if loop.first %}<th scope="rowgroup" rowspan="{{ e.marks|length }}">{{ e.bidder }}</th>{% endif %}
        <td>{{ m.evaluator }}</td><td class="num">{{ m.grade }}</td>
        <td>{{ m.justification }}<span class="src">{{ m.source }}</span></td>
      </tr>
      {% endfor %}
      <tr class="sum{% if not e.consensus %} counts{% endif %}">
        <td colspan="2">{{ e.aggregate }}{% if e.abstained %}<span class="note">{{ e.abstained }}: \
{{ t("eval.abstained") }}</span>{% endif %}</td>
        <td class="num">{{ e.aggregate_value }}</td>
        <td>{% if e.flag %}<span class="flag">{{ e.flag }}</span>{% endif %}{% if not e.consensus %}\
<span class="counts">{{ t("eval.counts_note") }}</span>{% endif %}</td>
      </tr>
      {% if e.consensus %}
      <tr class="sum consensus counts">
        <td colspan="2">{{ t("eval.consensus") }}</td>
        <td class="num">{{ e.consensus.grade }}</td>
        <td>{{ e.consensus.justification }}<span class="src">{{ e.consensus.source }}</span>\
<span class="counts">{{ t("eval.counts_note") }}</span></td>
      </tr>
      {% endif %}
    </tbody>
    {% endfor %}
"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_entries_filter_writes_what_the_template_wrote(example_eval: Evaluation, lang: str) -> None:
    from dataclasses import replace

    from tender.report.audit import make_audit
    from tender.report.html_rows import entries_html
    from tender.report.jinja import environment
    from tender.report.messages import Messages
    from tender.report.view import build_view

    view = build_view(example_eval, make_audit(example_eval, "r.json"), lang)
    hostile = replace(view.topics[0].entries[0], bidder="<b>A & 'B'</b>", flag='"x" > y')
    topics = [*view.topics, replace(view.topics[0], entries=(hostile,))]
    template = environment().from_string(ENTRIES_TEMPLATE)
    t = Messages(lang)
    assert any(e.consensus for x in topics for e in x.entries) and any(e.abstained for x in topics for e in x.entries)
    for topic in topics:
        assert entries_html(topic.entries, t) == template.render(topic=topic, t=t)


# the markup the template wrote for the matrices' rows and the trails' lines before html_rows took them over
MATRIX_TEMPLATE = """\
    {% for r in m.rows %}
      <tr class="{{ r.css }} depth-{{ r.depth }}">
        <th scope="row">{{ r.name }}{% if r.note %}<span class="note">{{ r.note }}</span>{% endif %}</th>
        <td class="num">{{ r.relative }}</td><td class="num">{{ r.absolute }}</td>
        {% for value, norm, points in r.cells %}<td class="num first">{{ value }}</td><td class="num">{{ norm }}</td>\
<td class="num pts">{{ points }}</td>{% endfor %}
      </tr>
    {% endfor %}
"""
TRAIL_TEMPLATE = """\
    {% for l in tr.lines %}
      <tr{% if l.strong %} class="strong"{% endif %}>
        <th scope="row">{{ l.label }}</th>
        <td class="expr">{{ l.expression }}{% if l.note %}<span class="note">{{ l.note }}</span>{% endif %}</td>
        <td class="eq">=</td><td class="num">{{ l.result }}</td>
      </tr>
    {% endfor %}
"""


@pytest.mark.parametrize("lang", ["de", "en"])
def test_matrix_and_trail_filters_write_what_the_template_wrote(example_eval: Evaluation, lang: str) -> None:
    from dataclasses import replace

    from tender.report.audit import make_audit
    from tender.report.html_rows import matrix_rows_html, trail_html
    from tender.report.jinja import environment
    from tender.report.view import build_view

    view = build_view(example_eval, make_audit(example_eval, "r.json"), lang)
    matrix = view.matrices[0]
    hostile_row = replace(matrix.rows[1], name="<b>A & 'B'</b>", note='"x" > y', cells=(("<i>", "&", "'"),))
    hostile_line = replace(view.trails[0].lines[0], label="<script>", expression="a < b", note="\"q\" & 'r'")
    env = environment()
    assert any(r.note for r in matrix.rows) and any(line.note for line in view.trails[0].lines)
    for m in (matrix, replace(matrix, rows=(hostile_row,))):
        assert matrix_rows_html(m.rows) == env.from_string(MATRIX_TEMPLATE).render(m=m)
    for tr in (*view.trails, replace(view.trails[0], lines=(hostile_line,))):
        assert trail_html(tr.lines) == env.from_string(TRAIL_TEMPLATE).render(tr=tr)
