"""The report's largest tables as HTML rows: Jinja filters for the evaluators' marks, the matrices and the trails.

A 500-bid tender has 15,000 bid × criterion entries with 100,000 marks (33 MB of HTML); Jinja needs
about 2 s for them, string formatting a tenth of that. The filter writes exactly the markup the
template wrote for these rows (tests compare it with the template's own rendering), escaping every text
with markupsafe as Jinja's autoescape does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from tender.report.tables import Entry, Mark, MatrixRow
from tender.report.trail import TrailLine

SPECIAL = ("&", "<", ">", "'", '"')


def esc(text: str) -> str:
    """Text escaped as Jinja's autoescape escapes it (markupsafe), without the work where nothing needs it."""
    for c in SPECIAL:
        if c in text:
            return str(escape(text))
    return text


def entries_html(entries: Iterable[Entry], t: Callable[..., str]) -> Markup:
    """The <tbody> of each entry: the marks, the aggregate with its flag, the consensus if there is one."""
    abstained, counts = esc(t("eval.abstained")), esc(t("eval.counts_note"))
    consensus_label = esc(t("eval.consensus"))
    parts: list[str] = []
    add = parts.append
    for e in entries:
        add(f'    <tbody class="entry{" flagged" if e.flag else ""}">\n')
        for i, m in enumerate(e.marks):
            add("      <tr>\n")
            if i == 0:
                add(f'<th scope="rowgroup" rowspan="{len(e.marks)}">{esc(e.bidder)}</th>')
            add(f'        <td>{esc(m.evaluator)}</td><td class="num">{esc(m.grade)}</td>\n')
            add(f'        <td>{esc(m.justification)}<span class="src">{esc(m.source)}</span></td>\n      </tr>\n')
        note = f'<span class="note">{esc(e.abstained)}: {abstained}</span>' if e.abstained else ""
        flag = f'<span class="flag">{esc(e.flag)}</span>' if e.flag else ""
        counted = "" if e.consensus else f'<span class="counts">{counts}</span>'
        add(f'      <tr class="sum{"" if e.consensus else " counts"}">\n')
        add(f'        <td colspan="2">{esc(e.aggregate)}{note}</td>\n')
        add(f'        <td class="num">{esc(e.aggregate_value)}</td>\n')
        add(f"        <td>{flag}{counted}</td>\n")
        add("      </tr>\n")
        if e.consensus:
            add(consensus_html(e.consensus, consensus_label, counts, esc))
        add("    </tbody>\n")
    return Markup("".join(parts))


def consensus_html(c: Mark, label: str, counts: str, esc: Callable[[str], str]) -> str:
    """The consensus row of an entry (label and counts already escaped)."""
    return (
        '      <tr class="sum consensus counts">\n'
        f'        <td colspan="2">{label}</td>\n'
        f'        <td class="num">{esc(c.grade)}</td>\n'
        f'        <td>{esc(c.justification)}<span class="src">{esc(c.source)}</span>'
        f'<span class="counts">{counts}</span></td>\n'
        "      </tr>\n"
    )


def matrix_rows_html(rows: Iterable[MatrixRow]) -> Markup:
    """The rows of a criteria matrix: the criterion, its weights, and per bidder value, normalised value, points."""
    parts: list[str] = []
    add = parts.append
    for r in rows:
        note = f'<span class="note">{esc(r.note)}</span>' if r.note else ""
        add(f'      <tr class="{esc(r.css)} depth-{r.depth}">\n')
        add(f'        <th scope="row">{esc(r.name)}{note}</th>\n')
        add(f'        <td class="num">{esc(r.relative)}</td><td class="num">{esc(r.absolute)}</td>\n')
        for value, norm, points in r.cells:
            add(f'<td class="num first">{esc(value)}</td><td class="num">{esc(norm)}</td>')
            add(f'<td class="num pts">{esc(points)}</td>')
        add("      </tr>\n")
    return Markup("".join(parts))


def trail_html(lines: Iterable[TrailLine]) -> Markup:
    """The lines of a bid's calculation trail: label, formula with its numbers (and a note), result."""
    parts: list[str] = []
    add = parts.append
    for line in lines:
        note = f'<span class="note">{esc(line.note)}</span>' if line.note else ""
        add('      <tr class="strong">\n' if line.strong else "      <tr>\n")
        add(f'        <th scope="row">{esc(line.label)}</th>\n')
        add(f'        <td class="expr">{esc(line.expression)}{note}</td>\n')
        add(f'        <td class="eq">=</td><td class="num">{esc(line.result)}</td>\n      </tr>\n')
    return Markup("".join(parts))
