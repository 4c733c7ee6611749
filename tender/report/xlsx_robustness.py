"""The workbook's Robustness sheet: the analysis' figures as numbers with number formats, in titled blocks."""

from __future__ import annotations

from typing import Any

from tender.report.fmt import Formatter
from tender.report.formats import ReportInput
from tender.report.messages import Messages
from tender.report.robustness import flag_reasons
from tender.report.robustness_text import sentences, summary
from tender.report.xlsx_cells import Book, Rows
from tender.report.xlsx_sheet import page_setup

HEADER_FILL = "1F3A5F"
SHARE = "0.0%"
WEIGHT = "0.0%"
DECIMAL = "0.00"
W_FORMAT = "0.000"


class Blocks:
    """Rows of a sheet made of titled tables; strings stay text (never formulas), numbers keep their format."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, list[Any], dict[int, str]]] = []

    def add(self, values: list[Any], formats: dict[int, str] | None = None, kind: str = "") -> None:
        """A row: kind is "" (data), "title", "lead" (bold sentence), "head" (table header) or "text"."""
        self.rows.append((kind, values, formats or {}))

    def table(self, title: str, head: list[str], rows: list[tuple[list[Any], dict[int, str]]], empty: str) -> None:
        """A titled table, or the title and a sentence when it has no rows."""
        self.add([], kind="text")
        self.add([title], kind="lead")
        if not rows:
            self.add([empty], kind="text")
            return
        self.add(head, kind="head")
        for values, formats in rows:
            self.add(values, formats)

    def write(self, book: Book, title: str) -> None:
        """Add the rows as a new sheet of the book; data and header rows set the column widths."""
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter

        rows = Rows()
        ws = book.sheet(title, rows)
        fonts = {
            "title": Font(bold=True, size=14, color=HEADER_FILL),
            "lead": Font(bold=True, size=11, color=HEADER_FILL),
            "head": Font(bold=True, color="FFFFFF"),
        }
        fill = PatternFill("solid", fgColor=HEADER_FILL)
        styles: dict[tuple[Any, ...], dict[int, int]] = {}
        for kind, values, formats in self.rows:
            key = (kind, len(values) if kind in fonts else 0, *formats.items())
            if key not in styles:
                font, shade = fonts.get(kind), fill if kind == "head" else None
                cols = range(1, len(values) + 1) if kind in fonts else formats
                styles[key] = {c: book.style(formats.get(c), font, shade) for c in cols}
            rows.add(values, styles[key], measure=kind in ("", "head"))
        widths = {col: max(8, min(seen + 2, 48)) for col, seen in sorted(rows.seen.items())}
        for col, width in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = width
        page_setup(ws, list(widths.values()), None)


def robustness_sheet(book: Book, inp: ReportInput, msg: Messages, money: str) -> None:
    """Add the Robustness sheet: summary, stability, acceptability, break-even, reversals, agreement."""
    a, ev = inp.analysis, inp.evaluation
    out = Blocks()
    out.add([msg("section.robustness")], kind="title")
    if a is None:
        out.add([msg("rob.none.sealed" if ev.prices_sealed else "rob.none.few")], kind="text")
        out.write(book, msg("sheet.robustness"))
        return
    lang = msg.lang
    out.add([summary(a, lang)], kind="lead")
    for sentence in sentences(a, lang):
        out.add([sentence], kind="text")
    samples = a.smaa.samples if a.smaa is not None else 0
    seed = a.smaa.seed if a.smaa is not None else 0
    out.add(
        [msg("rob.method", samples=Formatter(lang, ev.tender.currency).num(samples, 0), seed=seed, raw=samples)],
        kind="text",
    )
    names = a.names

    def pct(value: float | None, open_text: str) -> Any:
        return open_text if value is None else value / 100

    out.table(
        msg("rob.xlsx.table.stability"),
        [
            msg("col.criterion_id"),
            msg("col.criterion"),
            msg("rob.col.level"),
            msg("rob.col.announced"),
            msg("rob.col.low"),
            msg("rob.col.high"),
        ],
        [
            (
                [
                    s.criterion,
                    s.name,
                    s.level,
                    s.weight / 100,
                    pct(s.low, msg("rob.unbounded_low")),
                    pct(s.high, msg("rob.unbounded_high")),
                ],
                {4: WEIGHT, 5: WEIGHT, 6: WEIGHT},
            )
            for s in a.stability
        ],
        msg("rob.stability.tie"),
    )
    smaa = a.smaa
    ranks = len(a.bidders)
    out.table(
        msg("rob.acceptability"),
        [
            msg("col.bidder_id"),
            msg("col.bidder"),
            *[msg("rob.rank", rank=r + 1) for r in range(ranks)],
            msg("rob.col.confidence"),
        ],
        []
        if smaa is None
        else [
            (
                [b, names[b], *smaa.acceptability[b], smaa.confidence.get(b)],
                {col: SHARE for col in range(3, ranks + 4)},
            )
            for b in a.bidders
        ],
        msg("rob.none.few"),
    )
    out.table(
        msg("rob.break_even"),
        [
            msg("col.bidder_id"),
            msg("col.bidder"),
            msg("rob.col.price"),
            msg("rob.col.break_even"),
            msg("rob.col.discount"),
            msg("rob.col.ties_with"),
        ],
        [
            (
                [
                    x.bidder,
                    names[x.bidder],
                    x.price,
                    msg("rob.cannot_win") if x.break_even is None else x.break_even,
                    None if x.discount is None else x.discount / 100,
                    names.get(x.ties_with or "", ""),
                ],
                {3: money, 4: money, 5: SHARE},
            )
            for x in a.break_even
        ],
        msg("rob.break_even.none"),
    )
    out.table(
        msg("rob.reversals"),
        [
            msg("rob.col.removed"),
            msg("col.bidder"),
            msg("col.bidder"),
            msg("rob.col.before"),
            "",
            msg("rob.col.after"),
            "",
        ],
        [
            ([names[f.removed], names[f.pair[0]], names[f.pair[1]], *f.before, *f.after], {})
            for r in a.removals
            for f in r.flips
        ],
        msg("rob.reversals.none"),
    )
    out.table(
        msg("rob.agreement"),
        [
            msg("col.criterion_id"),
            msg("col.criterion"),
            msg("rob.col.evaluators"),
            msg("col.spread"),
            msg("rob.col.mean_spread"),
            msg("rob.col.kendall"),
            msg("col.flagged"),
            msg("rob.col.flagged"),
        ],
        [
            (
                [
                    x.criterion,
                    x.name,
                    x.evaluators,
                    x.spread,
                    x.mean_spread,
                    x.kendall_w,
                    msg("yes") if x.flagged else msg("no"),
                    flag_reasons(x, names, msg),
                ],
                {4: DECIMAL, 5: DECIMAL, 6: W_FORMAT},
            )
            for x in a.agreement
        ],
        msg("rob.agreement.none"),
    )
    out.write(book, msg("sheet.robustness"))
