"""The robustness analysis as rich tables for the terminal: sentences, stability, SMAA, break-even, reversals."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.analysis import Analysis
from tender.report.numbers import plain
from tender.report.robustness_text import sentences, summary


def share(value: float) -> str:
    """A share 0–1 as a percentage with one decimal, blank for zero."""
    return "" if value == 0 else f"{plain(100 * value, 1)} %"


def bound(value: float | None, edge: str) -> str:
    """A stability bound in percent, or the edge of the range when unbounded."""
    return edge if value is None else f"{plain(value, 1)} %"


def print_analysis(a: Analysis, console: Console, lang: str = "en") -> None:
    """Print the summary sentences and one table per analysis."""
    t = a.evaluation.tender
    console.print(Text.assemble(("Robustness of the ranking", "bold"), f" — {t.title}"), highlight=False)
    console.print(Text(summary(a, lang), style="bold"))
    for sentence in sentences(a, lang):
        console.print(f"  - {sentence}", highlight=False, markup=False)
    print_stability(a, console)
    print_acceptability(a, console)
    print_break_even(a, console)
    print_reversals(a, console)
    print_agreement(a, console)


def print_stability(a: Analysis, console: Console) -> None:
    """Weight intervals within which the winner stays first, and the first bid to overtake at each side."""
    if not a.stability:
        return
    table = Table(title="Weight stability (each weight varied alone, siblings rescaled)", header_style="bold")
    table.add_column("Criterion")
    table.add_column("Weight", justify="right")
    table.add_column("Winner first from", justify="right")
    table.add_column("to", justify="right")
    table.add_column("Overtaken by (at weight)")
    for s in a.stability:
        rivals = sorted(((w, b) for b, w in s.overtakes.items() if w is not None), key=lambda x: abs(x[0] - s.weight))
        overtaken = ", ".join(f"{b} ({plain(w, 1)} %)" for w, b in rivals[:2])
        name = Text("  " * (s.level - 1) + s.name, style="bold" if s.level == 1 else "")
        table.add_row(name, f"{plain(s.weight, 1)} %", bound(s.low, "0 %"), bound(s.high, "100 %"), overtaken)
    console.print(table)


def print_acceptability(a: Analysis, console: Console) -> None:
    """Rank acceptability indices and confidence factors."""
    s = a.smaa
    if s is None:
        return
    how = "uniform on the simplex" if s.vary is None else f"within ±{plain(100 * s.vary, 1)} % of the announced weights"
    scores = "; scores drawn from the evaluators' marks" if s.evaluators else ""
    table = Table(
        title=f"Rank acceptability (SMAA, {s.samples:,} samples, seed {s.seed}; weights {how}{scores})",
        header_style="bold",
    )
    table.add_column("Bidder")
    for r in range(len(s.bidders)):
        table.add_column(f"Rank {r + 1}", justify="right")
    table.add_column("Confidence", justify="right")
    for b in s.bidders:
        confidence = s.confidence.get(b)
        table.add_row(
            a.names[b],
            *[share(x) for x in s.acceptability[b]],
            "–" if confidence is None else share(confidence) or "0 %",
        )
    console.print(table)


def print_break_even(a: Analysis, console: Console) -> None:
    """The price at which each losing bid would tie for first place."""
    if not a.break_even:
        return
    currency = a.evaluation.tender.currency
    table = Table(title="Break-even price (all else fixed)", header_style="bold")
    table.add_column("Bidder")
    table.add_column(f"Price ({currency})", justify="right")
    table.add_column(f"Break-even ({currency})", justify="right")
    table.add_column("Discount", justify="right")
    table.add_column("Ties with")
    for x in a.break_even:
        if x.break_even is None or x.discount is None:
            table.add_row(a.names[x.bidder], plain(x.price), "cannot win on price alone", "", "")
        else:
            tie = a.names.get(x.ties_with or "", "")
            table.add_row(a.names[x.bidder], plain(x.price), plain(x.break_even), f"{plain(x.discount, 1)} %", tie)
    console.print(table)


def print_reversals(a: Analysis, console: Console) -> None:
    """Which pairs of bids change order when a third is removed."""
    if not a.removals:
        return
    flips = [f for r in a.removals for f in r.flips]
    console.print(Text("Rank reversal (each bid removed in turn)", style="bold"))
    if not flips:
        console.print("  Removing any single bid leaves the order of the others unchanged.", highlight=False)
        return
    names = a.names
    for r in a.removals:
        if a.winner and r.winner != a.winner and r.removed != a.winner:
            new = names[r.winner] if r.winner else "a tie"
            console.print(f"  Without {names[r.removed]}: {new} wins instead of {names[a.winner]}", highlight=False)
    for f in flips[:20]:
        console.print(
            f"  Without {names[f.removed]}: {names[f.pair[0]]} (rank {f.before[0]}) and {names[f.pair[1]]} "
            f"(rank {f.before[1]}) become ranks {f.after[0]} and {f.after[1]}",
            highlight=False,
        )
    if len(flips) > 20:
        console.print(f"  … and {len(flips) - 20} more (see --json)", highlight=False)


def print_agreement(a: Analysis, console: Console) -> None:
    """Spread and Kendall's W per judged criterion; flagged ones marked."""
    if not a.agreement:
        return
    table = Table(title="Evaluator agreement (judged criteria)", header_style="bold")
    table.add_column("Criterion")
    table.add_column("Evaluators", justify="right")
    table.add_column("Max spread", justify="right")
    table.add_column("Mean spread", justify="right")
    table.add_column("Kendall's W", justify="right")
    table.add_column("Moderate?")
    for x in a.agreement:
        flag = ""
        if x.flagged:
            parts = []
            if x.disputed:
                parts.append("spread: " + ", ".join(x.disputed))
            if "low-concordance" in x.reasons:
                parts.append("low W")
            flag = "yes — " + "; ".join(parts)
        table.add_row(x.name, str(x.evaluators), plain(x.spread), plain(x.mean_spread), plain(x.kendall_w, 3), flag)
    console.print(table)
