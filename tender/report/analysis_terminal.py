"""The robustness analysis as rich tables for the terminal: sentences, stability, SMAA, break-even, reversals."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.analysis import Analysis
from tender.report.messages import Messages
from tender.report.numbers import plain
from tender.report.robustness_text import sentences, summary
from tender.report.shown import visible

# the tables speak English; the sentences above them follow --lang (every word is in the catalogue)
MSG = Messages("en")


def share(value: float) -> str:
    """A share 0–1 as a percentage with one decimal, blank for zero."""
    return "" if value == 0 else f"{plain(100 * value, 1)} %"


def bound(value: float | None, edge: str) -> str:
    """A stability bound in percent, or the edge of the range when unbounded."""
    return edge if value is None else f"{plain(value, 1)} %"


def print_analysis(a: Analysis, console: Console, lang: str = "en") -> None:
    """Print the summary sentences and one table per analysis."""
    t = a.evaluation.tender
    console.print(Text.assemble((MSG("section.robustness"), "bold"), f" — {visible(t.title)}"), highlight=False)
    console.print(Text(visible(summary(a, lang)), style="bold"))
    for sentence in sentences(a, lang):
        console.print(visible(f"  - {sentence}"), highlight=False, markup=False)
    print_stability(a, console)
    print_acceptability(a, console)
    print_break_even(a, console)
    print_reversals(a, console)
    print_agreement(a, console)


def print_stability(a: Analysis, console: Console) -> None:
    """Weight intervals within which the winner stays first, and the first bid to overtake at each side."""
    if not a.stability:
        return
    table = Table(title=MSG("term.stability"), header_style="bold")
    table.add_column(MSG("col.criterion"))
    table.add_column(MSG("col.weight"), justify="right")
    table.add_column(MSG("term.first_from"), justify="right")
    table.add_column(MSG("rob.col.high"), justify="right")
    table.add_column(MSG("rob.col.overtaken"))
    for s in a.stability:
        rivals = sorted(((w, b) for b, w in s.overtakes.items() if w is not None), key=lambda x: abs(x[0] - s.weight))
        overtaken = Text(visible(", ".join(f"{b} ({plain(w, 1)} %)" for w, b in rivals[:2])))
        name = Text("  " * (s.level - 1) + visible(s.name), style="bold" if s.level == 1 else "")
        table.add_row(name, f"{plain(s.weight, 1)} %", bound(s.low, "0 %"), bound(s.high, "100 %"), overtaken)
    console.print(table)


def print_acceptability(a: Analysis, console: Console) -> None:
    """Rank acceptability indices and confidence factors."""
    s = a.smaa
    if s is None:
        return
    how = MSG("term.uniform") if s.vary is None else MSG("term.within", vary=plain(100 * s.vary, 1))
    scores = MSG("term.drawn_scores") if s.evaluators else ""
    title = MSG("term.acceptability", samples=f"{s.samples:,}", seed=s.seed, how=how, scores=scores)
    table = Table(title=title, header_style="bold")
    table.add_column(MSG("col.bidder"))
    for r in range(len(s.bidders)):
        table.add_column(MSG("rob.rank", rank=r + 1), justify="right")
    table.add_column(MSG("rob.col.confidence"), justify="right")
    for b in s.bidders:
        confidence = s.confidence.get(b)
        table.add_row(
            Text(visible(a.names[b])),
            *[share(x) for x in s.acceptability[b]],
            "–" if confidence is None else share(confidence) or "0 %",
        )
    console.print(table)


def print_break_even(a: Analysis, console: Console) -> None:
    """The price at which each losing bid would tie for first place."""
    if not a.break_even:
        return
    currency = visible(a.evaluation.tender.currency)
    table = Table(title=MSG("term.break_even"), header_style="bold")
    table.add_column(MSG("col.bidder"))
    table.add_column(Text(MSG("term.price", currency=currency)), justify="right")
    table.add_column(Text(MSG("term.break_even.col", currency=currency)), justify="right")
    table.add_column(MSG("rob.col.discount"), justify="right")
    table.add_column(MSG("rob.col.ties_with"))
    for x in a.break_even:
        if x.break_even is None or x.discount is None:
            table.add_row(Text(visible(a.names[x.bidder])), plain(x.price), MSG("rob.cannot_win"), "", "")
        else:
            tie = Text(visible(a.names.get(x.ties_with or "", "")))
            table.add_row(
                Text(visible(a.names[x.bidder])), plain(x.price), plain(x.break_even), f"{plain(x.discount, 1)} %", tie
            )
    console.print(table)


def print_reversals(a: Analysis, console: Console) -> None:
    """Which pairs of bids change order when a third is removed."""
    if not a.removals:
        return
    flips = [f for r in a.removals for f in r.flips]
    console.print(Text(MSG("term.reversals"), style="bold"))
    if not flips:
        console.print(f"  {MSG('sum.reversal.none')}", highlight=False)
        return
    names = {b: visible(name) for b, name in a.names.items()}
    for r in a.removals:
        if a.winner and r.winner != a.winner and r.removed != a.winner:
            new = names[r.winner] if r.winner else MSG("term.a_tie")
            line = MSG("term.reversal.winner", removed=names[r.removed], new=new, winner=names[a.winner])
            console.print(f"  {line}", highlight=False, markup=False)
    for f in flips[:20]:
        line = MSG(
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
        console.print(f"  {MSG('term.more', count=len(flips) - 20)}", highlight=False)


def print_agreement(a: Analysis, console: Console) -> None:
    """Spread and Kendall's W per judged criterion; flagged ones marked."""
    if not a.agreement:
        return
    table = Table(title=MSG("term.agreement"), header_style="bold")
    table.add_column(MSG("col.criterion"))
    table.add_column(MSG("rob.col.evaluators"), justify="right")
    table.add_column(MSG("term.max_spread"), justify="right")
    table.add_column(MSG("rob.col.mean_spread"), justify="right")
    table.add_column(MSG("rob.col.kendall"), justify="right")
    table.add_column(MSG("term.moderate"))
    for x in a.agreement:
        flag = ""
        if x.flagged:
            parts = []
            if x.disputed:
                parts.append(MSG("term.flag.spread") + ", ".join(x.disputed))
            if "low-concordance" in x.reasons:
                parts.append(MSG("term.flag.low_w"))
            flag = visible(MSG("term.flag.yes") + "; ".join(parts))
        cells = (str(x.evaluators), plain(x.spread), plain(x.mean_spread), plain(x.kendall_w, 3))
        table.add_row(Text(visible(x.name)), *cells, Text(flag))
    console.print(table)
