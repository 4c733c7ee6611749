"""The robustness analysis as rich tables for the terminal, in one language and its number format: sentences,
stability, SMAA, break-even, reversals, agreement."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.analysis import Analysis
from tender.report.fmt import Formatter
from tender.report.messages import Messages
from tender.report.robustness_text import sentences, summary
from tender.report.shown import visible


class Words:
    """The catalogue and the number format of one language, for the tables below."""

    def __init__(self, lang: str, currency: str) -> None:
        self.msg = Messages(lang)
        self.fmt = Formatter(lang, currency)

    def __call__(self, key: str, **params: object) -> str:
        """The catalogue's text for key."""
        return self.msg(key, **params)

    def num(self, value: float | None, places: int = 2) -> str:
        """A number: de 1.234,57 / en 1,234.57."""
        return self.fmt.num(value, places)

    def percent(self, value: float | None) -> str:
        """A figure already in percent (0–100) with one decimal: de 52,4 % / en 52.4%."""
        return self.fmt.pct(None if value is None else value / 100, 1)

    def share(self, value: float) -> str:
        """A share 0–1 as a percentage with one decimal, blank for zero."""
        return "" if value == 0 else self.fmt.pct(value, 1)

    def bound(self, value: float | None, edge: float) -> str:
        """A stability bound in percent, or the edge of the range (0 or 100) when unbounded."""
        return self.fmt.pct((edge if value is None else value) / 100, 0 if value is None else 1)


def print_analysis(a: Analysis, console: Console, lang: str = "en") -> None:
    """Print the summary sentences and one table per analysis, all in `lang` with its number format."""
    t = a.evaluation.tender
    w = Words(lang, t.currency)
    console.print(Text.assemble((w("section.robustness"), "bold"), f" — {visible(t.title)}"), highlight=False)
    console.print(Text(visible(summary(a, lang)), style="bold"))
    for sentence in sentences(a, lang):
        console.print(visible(f"  - {sentence}"), highlight=False, markup=False)
    print_stability(a, console, w)
    print_acceptability(a, console, w)
    print_break_even(a, console, w)
    print_reversals(a, console, w)
    print_agreement(a, console, w)


def print_stability(a: Analysis, console: Console, w: Words) -> None:
    """Weight intervals within which the winner stays first, and the first bid to overtake at each side."""
    if not a.stability:
        return
    table = Table(title=w("term.stability"), header_style="bold")
    table.add_column(w("col.criterion"))
    table.add_column(w("col.weight"), justify="right")
    table.add_column(w("term.first_from"), justify="right")
    table.add_column(w("rob.col.high"), justify="right")
    table.add_column(w("rob.col.overtaken"))
    for s in a.stability:
        rivals = sorted(((v, b) for b, v in s.overtakes.items() if v is not None), key=lambda x: abs(x[0] - s.weight))
        overtaken = Text(visible(", ".join(f"{b} ({w.percent(weight)})" for weight, b in rivals[:2])))
        name = Text("  " * (s.level - 1) + visible(s.name), style="bold" if s.level == 1 else "")
        table.add_row(name, w.percent(s.weight), w.bound(s.low, 0), w.bound(s.high, 100), overtaken)
    console.print(table)


def print_acceptability(a: Analysis, console: Console, w: Words) -> None:
    """Rank acceptability indices and confidence factors."""
    s = a.smaa
    if s is None:
        return
    how = w("term.uniform") if s.vary is None else w("term.within", vary=w.num(100 * s.vary, 1))
    scores = w("term.drawn_scores") if s.evaluators else ""
    title = w("term.acceptability", samples=w.num(s.samples, 0), seed=s.seed, how=how, scores=scores)
    table = Table(title=title, header_style="bold")
    table.add_column(w("col.bidder"))
    for r in range(len(s.bidders)):
        table.add_column(w("rob.rank", rank=r + 1), justify="right")
    table.add_column(w("rob.col.confidence"), justify="right")
    for b in s.bidders:
        confidence = s.confidence.get(b)
        table.add_row(
            Text(visible(a.names[b])),
            *[w.share(x) for x in s.acceptability[b]],
            "–" if confidence is None else w.share(confidence) or w.fmt.pct(0, 0),
        )
    console.print(table)


def print_break_even(a: Analysis, console: Console, w: Words) -> None:
    """The price at which each losing bid would tie for first place."""
    if not a.break_even:
        return
    currency = visible(a.evaluation.tender.currency)
    table = Table(title=w("term.break_even"), header_style="bold")
    table.add_column(w("col.bidder"))
    table.add_column(Text(w("term.price", currency=currency)), justify="right")
    table.add_column(Text(w("term.break_even.col", currency=currency)), justify="right")
    table.add_column(w("rob.col.discount"), justify="right")
    table.add_column(w("rob.col.ties_with"))
    for x in a.break_even:
        if x.break_even is None or x.discount is None:
            table.add_row(Text(visible(a.names[x.bidder])), w.num(x.price), w("rob.cannot_win"), "", "")
        else:
            tie = Text(visible(a.names.get(x.ties_with or "", "")))
            table.add_row(
                Text(visible(a.names[x.bidder])), w.num(x.price), w.num(x.break_even), w.percent(x.discount), tie
            )
    console.print(table)


def print_reversals(a: Analysis, console: Console, w: Words) -> None:
    """Which pairs of bids change order when a third is removed."""
    if not a.removals:
        return
    flips = [f for r in a.removals for f in r.flips]
    console.print(Text(w("term.reversals"), style="bold"))
    if not flips:
        console.print(f"  {w('sum.reversal.none')}", highlight=False)
        return
    names = {b: visible(name) for b, name in a.names.items()}
    for r in a.removals:
        if a.winner and r.winner != a.winner and r.removed != a.winner:
            new = names[r.winner] if r.winner else w("term.a_tie")
            line = w("term.reversal.winner", removed=names[r.removed], new=new, winner=names[a.winner])
            console.print(f"  {line}", highlight=False, markup=False)
    for f in flips[:20]:
        line = w(
            "term.reversal.flip",
            removed=names[f.removed],
            first=names[f.pair[0]],
            rank1=f.before[0],
            second=names[f.pair[1]],
            rank2=f.before[1],
            after1=f.after[0],
            after2=f.after[1],
        )
        console.print(f"  {line}", highlight=False, markup=False)
    if len(flips) > 20:
        console.print(f"  {w('term.more', count=len(flips) - 20)}", highlight=False)


def print_agreement(a: Analysis, console: Console, w: Words) -> None:
    """Spread and Kendall's W per judged criterion; flagged ones marked."""
    if not a.agreement:
        return
    table = Table(title=w("term.agreement"), header_style="bold")
    table.add_column(w("col.criterion"))
    table.add_column(w("rob.col.evaluators"), justify="right")
    table.add_column(w("term.max_spread"), justify="right")
    table.add_column(w("rob.col.mean_spread"), justify="right")
    table.add_column(w("rob.col.kendall"), justify="right")
    table.add_column(w("term.moderate"))
    for x in a.agreement:
        flag = ""
        if x.flagged:
            parts = []
            if x.disputed:
                parts.append(w("term.flag.spread") + ", ".join(x.disputed))
            if "low-concordance" in x.reasons:
                parts.append(w("term.flag.low_w"))
            flag = visible(w("term.flag.yes") + "; ".join(parts))
        cells = (str(x.evaluators), w.num(x.spread), w.num(x.mean_spread), w.num(x.kendall_w, 3))
        table.add_row(Text(visible(x.name)), *cells, Text(flag))
    console.print(table)
