"""The evaluation as rich tables for the terminal: ranking, exclusions, flags."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.model import MethodName, Person
from tender.report.messages import Messages
from tender.report.numbers import plain
from tender.report.shown import visible
from tender.result import Evaluation

Z_SCALE = 1_000_000
LANG = "en"  # the terminal speaks English; every word is in the catalogue (terminal_messages.py)


def method_line(ev: Evaluation) -> str:
    """The method and its parameters in one line."""
    params = ", ".join(f"{k}={v}" for k, v in ev.tender.method.parameters().items())
    return visible(f"{ev.tender.method.name} ({params})")


def print_evaluation(ev: Evaluation, console: Console) -> None:
    """Print the ranked table, the excluded bids with their reasons, and the flagged criteria."""
    t = ev.tender
    msg = Messages(LANG)
    ufab = t.method.name in (MethodName.UFAB_SIMPLE, MethodName.UFAB_EXTENDED)
    fictitious = t.method.name is MethodName.VALUE_FOR_MONEY
    console.print(Text.assemble((visible(t.title), "bold"), f" — {visible(t.buyer)}"))
    console.print(
        msg("term.method", method=method_line(ev), months=t.term_months, currency=visible(t.currency)),
        highlight=False,
        markup=False,
    )
    if ev.prices_sealed:
        print_quality_only(ev, console)
        return
    table = Table(show_lines=False, header_style="bold")
    table.add_column(msg("col.rank"), justify="right")
    table.add_column(msg("col.bidder"))
    table.add_column(msg("col.performance"), justify="right")
    table.add_column(Text(msg("term.price", currency=visible(t.currency))), justify="right")
    if fictitious:
        table.add_column(msg("col.fictitious"), justify="right")
    elif ufab:
        table.add_column(msg("col.in_band") if t.method.name is MethodName.UFAB_EXTENDED else "", justify="center")
        table.add_column(msg("term.z", scale=f"{Z_SCALE:,}"), justify="right")
    else:
        table.add_column(msg("col.price_points"), justify="right")
        table.add_column(msg("col.score"), justify="right")
    for b in ev.ranked:
        rank = f"{b.rank}{'=' if b.tied else ''}"
        if fictitious:
            tail = [plain(ev.fictitious_price(b))]
        elif ufab:
            band = "" if b.in_band is None else msg("yes" if b.in_band else "no")
            tail = [band, plain((b.score or 0) * Z_SCALE)]
        else:
            tail = [plain(b.price_points), plain(b.score)]
        table.add_row(rank, Text(visible(b.name)), plain(b.performance), plain(b.price), *tail)
    console.print(table)
    if ev.winner:
        winner = ev.bid(ev.winner).name
        console.print(Text.assemble(msg("term.winner"), (visible(winner), "bold"), f" ({visible(ev.winner)})"))
    elif ev.ranked:
        tied = ", ".join(b.bidder for b in ev.ranked if b.rank == 1)
        console.print(msg("term.shared", tied=visible(tied)), highlight=False, markup=False)
    print_notes(ev, console)


def print_quality_only(ev: Evaluation, console: Console) -> None:
    """Two-envelope procedure before the opening: the quality ranking, no prices."""
    msg = Messages(LANG)
    console.print(msg("term.sealed"), highlight=False)
    table = Table(header_style="bold")
    table.add_column(msg("term.quality_rank"), justify="right")
    table.add_column(msg("col.bidder"))
    table.add_column(msg("col.performance"), justify="right")
    for b in ev.ranked:
        table.add_row(f"{b.rank or '–'}{'=' if b.tied else ''}", Text(visible(b.name)), plain(b.performance))
    console.print(table)
    print_notes(ev, console)


def print_notes(ev: Evaluation, console: Console) -> None:
    """Excluded bids with their reasons, disagreements and other notes."""
    t = ev.tender
    msg = Messages(LANG)
    if ev.excluded:
        console.print(f"\n[bold]{msg('section.excluded')}[/bold]")
        for b in ev.excluded:
            console.print(visible(f"  {b.name} ({b.bidder})"), highlight=False, markup=False)
            for reason in b.reasons:
                console.print(visible(f"    - {reason.message}"), highlight=False, markup=False)
    disagreements = [f for f in ev.flags if f.code == "disagreement"]
    if disagreements:
        spread = msg("term.disagree.spread", steps=f"{t.method.disagreement:g}")
        console.print(f"\n[bold]{msg('term.disagree')}[/bold] {spread}")
        for flag in disagreements:
            console.print(visible(f"  - {flag.message}"), highlight=False, markup=False)
    notes = [f for f in ev.flags if f.code != "disagreement"]
    if notes:
        console.print(f"\n[bold]{msg('section.notes')}[/bold]")
        for flag in notes:
            console.print(visible(f"  - {flag.message}"), highlight=False, markup=False)


def print_people(people: tuple[Person, ...] | None, console: Console) -> None:
    """The listed people by id, name, role and declaration date (the ids the notes above print)."""
    if not people:
        return
    msg = Messages(LANG)
    console.print(f"\n[bold]{msg('section.people')}[/bold]")
    for p in people:
        declared = p.declaration or msg("people.no_declaration")
        line = msg("people.line", id=p.id, name=p.name, role=p.role, declaration=declared)
        console.print(visible(f"  {line}"), highlight=False, markup=False)
