"""The evaluation as rich tables for the terminal: ranking, exclusions, flags."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.model import MethodName
from tender.report.numbers import plain
from tender.result import Evaluation

Z_SCALE = 1_000_000


def method_line(ev: Evaluation) -> str:
    """The method and its parameters in one line."""
    params = ", ".join(f"{k}={v}" for k, v in ev.tender.method.parameters().items())
    return f"{ev.tender.method.name} ({params})"


def print_evaluation(ev: Evaluation, console: Console) -> None:
    """Print the ranked table, the excluded bids with their reasons, and the flagged criteria."""
    t = ev.tender
    ufab = t.method.name is not MethodName.WEIGHTED_SUM
    console.print(Text.assemble((t.title, "bold"), f" — {t.buyer}"))
    console.print(f"Method: {method_line(ev)}; term {t.term_months} months; prices in {t.currency}", highlight=False)
    if ev.prices_sealed:
        print_quality_only(ev, console)
        return
    table = Table(show_lines=False, header_style="bold")
    table.add_column("Rank", justify="right")
    table.add_column("Bidder")
    table.add_column("Performance", justify="right")
    table.add_column(f"Price ({t.currency})", justify="right")
    if ufab:
        table.add_column("In band" if t.method.name is MethodName.UFAB_EXTENDED else "", justify="center")
        table.add_column(f"Z = L/P × {Z_SCALE:,}", justify="right")
    else:
        table.add_column("Price points", justify="right")
        table.add_column("Score", justify="right")
    for b in ev.ranked:
        rank = f"{b.rank}{'=' if b.tied else ''}"
        if ufab:
            band = "" if b.in_band is None else ("yes" if b.in_band else "no")
            tail = [band, plain((b.score or 0) * Z_SCALE)]
        else:
            tail = [plain(b.price_points), plain(b.score)]
        table.add_row(rank, Text(b.name), plain(b.performance), plain(b.price), *tail)
    console.print(table)
    if ev.winner:
        console.print(Text.assemble("Winner: ", (ev.bid(ev.winner).name, "bold"), f" ({ev.winner})"))
    elif ev.ranked:
        tied = ", ".join(b.bidder for b in ev.ranked if b.rank == 1)
        console.print(f"No single winner: rank 1 is shared by {tied}", highlight=False)
    print_notes(ev, console)


def print_quality_only(ev: Evaluation, console: Console) -> None:
    """Two-envelope procedure before the opening: the quality ranking, no prices."""
    console.print(
        "Prices are sealed (two-envelope procedure): quality evaluation only; "
        "`tender seal technical`, then `tender open-prices` bring the prices in.",
        highlight=False,
    )
    table = Table(header_style="bold")
    table.add_column("Quality rank", justify="right")
    table.add_column("Bidder")
    table.add_column("Performance", justify="right")
    for b in ev.ranked:
        table.add_row(f"{b.rank or '–'}{'=' if b.tied else ''}", Text(b.name), plain(b.performance))
    console.print(table)
    print_notes(ev, console)


def print_notes(ev: Evaluation, console: Console) -> None:
    """Excluded bids with their reasons, disagreements and other notes."""
    t = ev.tender
    if ev.excluded:
        console.print("\n[bold]Excluded bids[/bold]")
        for b in ev.excluded:
            console.print(f"  {b.name} ({b.bidder})", highlight=False, markup=False)
            for reason in b.reasons:
                console.print(f"    - {reason.message}", highlight=False, markup=False)
    disagreements = [f for f in ev.flags if f.code == "disagreement"]
    if disagreements:
        console.print(f"\n[bold]Evaluators disagree[/bold] (spread ≥ {t.method.disagreement:g} scale steps)")
        for flag in disagreements:
            console.print(f"  - {flag.message}", highlight=False, markup=False)
    notes = [f for f in ev.flags if f.code != "disagreement"]
    if notes:
        console.print("\n[bold]Notes[/bold]")
        for flag in notes:
            console.print(f"  - {flag.message}", highlight=False, markup=False)
