"""The evaluation as rich tables for the terminal, in the tender's language and number format: ranking,
exclusions, flags."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.model import MethodName
from tender.procmodel import Person
from tender.report.fmt import Formatter
from tender.report.messages import LANGUAGES, Messages
from tender.report.shown import visible
from tender.result import Evaluation
from tender.scoring.funnel import AwardRecord

Z_SCALE = 1_000_000


def language(ev: Evaluation, lang: str | None = None) -> str:
    """The terminal's language: `lang` (--lang) if given, else the tender's if German or English, else English."""
    return lang or (ev.tender.language if ev.tender.language in LANGUAGES else "en")


def method_line(ev: Evaluation) -> str:
    """The method and its parameters in one line."""
    params = ", ".join(f"{k}={v}" for k, v in ev.tender.method.parameters().items())
    return visible(f"{ev.tender.method.name} ({params})")


def print_evaluation(ev: Evaluation, console: Console, lang: str | None = None, winner: bool = True) -> None:
    """Print the ranked table, the excluded bids with their reasons, and the flagged criteria (in `lang`, else the
    tender's language); with `winner`, the first-ranked bid as the one to be awarded (not so in a lot, whose award
    the limit and the combination bids decide)."""
    t = ev.tender
    msg = Messages(language(ev, lang))
    fmt = Formatter(msg.lang, t.currency)
    ufab = t.method.name in (MethodName.UFAB_SIMPLE, MethodName.UFAB_EXTENDED)
    fictitious = t.method.name is MethodName.VALUE_FOR_MONEY
    console.print(Text.assemble((visible(t.title), "bold"), f" — {visible(t.buyer)}"))
    console.print(
        msg("term.method", method=method_line(ev), months=t.term_months, currency=visible(t.currency)),
        highlight=False,
        markup=False,
    )
    if ev.prices_sealed:
        print_quality_only(ev, console, msg, fmt)
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
        table.add_column(msg("term.z", scale=fmt.num(Z_SCALE, 0)), justify="right")
    else:
        table.add_column(msg("col.price_points"), justify="right")
        table.add_column(msg("col.score"), justify="right")
    for b in ev.ranked:
        rank = f"{b.rank}{'=' if b.tied else ''}"
        if fictitious:
            tail = [fmt.num(ev.fictitious_price(b))]
        elif ufab:
            band = "" if b.in_band is None else msg("yes" if b.in_band else "no")
            tail = [band, fmt.num((b.score or 0) * Z_SCALE)]
        else:
            tail = [fmt.num(b.price_points), fmt.num(b.score)]
        table.add_row(rank, Text(visible(b.name)), fmt.num(b.performance), fmt.num(b.price), *tail)
    console.print(table)
    if ev.winner and winner:
        name = ev.bid(ev.winner).name
        console.print(Text.assemble(msg("term.winner"), (visible(name), "bold"), f" ({visible(ev.winner)})"))
    elif ev.ranked and ev.winner is None:  # rank 1 shared (a lot's single first-ranked bid is no such case)
        tied = ", ".join(b.bidder for b in ev.ranked if b.rank == 1)
        console.print(msg("term.shared", tied=visible(tied)), highlight=False, markup=False)
    print_notes(ev, console, msg, fmt)


def print_quality_only(ev: Evaluation, console: Console, msg: Messages, fmt: Formatter) -> None:
    """Two-envelope procedure before the opening: the quality ranking, no prices."""
    console.print(msg("term.sealed"), highlight=False)
    table = Table(header_style="bold")
    table.add_column(msg("term.quality_rank"), justify="right")
    table.add_column(msg("col.bidder"))
    table.add_column(msg("col.performance"), justify="right")
    for b in ev.ranked:
        table.add_row(f"{b.rank or '–'}{'=' if b.tied else ''}", Text(visible(b.name)), fmt.num(b.performance))
    console.print(table)
    print_notes(ev, console, msg, fmt)


def print_notes(ev: Evaluation, console: Console, msg: Messages, fmt: Formatter) -> None:
    """Excluded bids with their reasons, disagreements and other notes, worded as in the reports."""
    from tender.report.view import flag_text, reason_text

    t = ev.tender
    names = {b.bidder: b.name for b in ev.bids}
    criteria: dict[str, str] = {node.id: node.name for _, node in t.nodes()}
    if ev.excluded:
        console.print(f"\n[bold]{msg('section.excluded')}[/bold]")
        for b in ev.excluded:
            console.print(visible(f"  {b.name} ({b.bidder})"), highlight=False, markup=False)
            for reason in b.reasons:
                console.print(visible(f"    - {reason_text(reason, ev, msg, fmt)}"), highlight=False, markup=False)
    disagreements = [f for f in ev.flags if f.code == "disagreement"]
    if disagreements:
        spread = msg("term.disagree.spread", steps=fmt.grade(t.method.disagreement))
        console.print(f"\n[bold]{msg('term.disagree')}[/bold] {spread}")
        for flag in disagreements:
            console.print(visible(f"  - {flag_text(flag, names, criteria, msg, fmt)}"), highlight=False, markup=False)
    notes = [f for f in ev.flags if f.code != "disagreement"]
    if notes:
        console.print(f"\n[bold]{msg('section.notes')}[/bold]")
        for flag in notes:
            console.print(visible(f"  - {flag_text(flag, names, criteria, msg, fmt)}"), highlight=False, markup=False)


def print_price_checks(record: AwardRecord, console: Console, lang: str = "en") -> None:
    """One line per price flagged as abnormally low, with its status (nothing when none is flagged), in `lang`."""
    if not record.price_checks:
        return
    msg = Messages(lang)
    fmt = Formatter(lang, "EUR")  # plain numbers and percentages: no currency shown
    console.print(f"\n[bold]{msg('term.price_checks')}[/bold]")
    for c in record.price_checks:
        f = c.flag
        gap, share = (fmt.pct(x, 1) for x in (f.gap, f.share_of_estimate))
        line = msg("term.price_check", bidder=f.bidder, price=fmt.num(f.price, 2), gap=gap, share=share)
        console.print(visible(f"  - {line}: {msg(f'term.price_check.{c.status}')}"), highlight=False, markup=False)


def print_people(people: tuple[Person, ...] | None, console: Console, lang: str = "en") -> None:
    """The listed people by id, name, role and declaration date (the ids the notes above print), in `lang`."""
    if not people:
        return
    msg = Messages(lang)
    console.print(f"\n[bold]{msg('section.people')}[/bold]")
    for p in people:
        declared = p.declaration or msg("people.no_declaration")
        line = msg("people.line", id=p.id, name=p.name, role=p.role, declaration=declared)
        console.print(visible(f"  {line}"), highlight=False, markup=False)
