"""A lotted tender on the terminal: each lot's ranking, then the award of the lots with every step."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tender.lotresult import LotsEvaluation
from tender.report.fmt import Formatter
from tender.report.lots_view import alternative_lines, combination_line, limit_line, overview_rows, step_lines
from tender.report.messages import LANGUAGES, Messages
from tender.report.shown import visible
from tender.report.terminal import print_evaluation


def print_lots(le: LotsEvaluation, console: Console, lang: str | None = None) -> None:
    """Every lot's evaluation as `tender evaluate` prints one, then the overview of the award."""
    lang = lang or (le.tender.language if le.tender.language in LANGUAGES else "en")
    msg = Messages(lang)
    fmt = Formatter(lang, le.tender.currency)
    for r in le.lots:
        console.rule(Text(visible(msg("lots.lot", lot=r.lot.id, title=r.lot.title)), "bold"))
        print_evaluation(r.evaluation, console, lang, winner=False)
    console.rule(Text(msg("lots.awards"), "bold"))
    table = Table(show_edge=False)
    for key in ("lot", "value", "bids", "first", "awarded", "price", "score"):
        table.add_column(msg(f"lots.col.{key}"), justify="right" if key in ("value", "price", "score") else "left")
    for row in overview_rows(le, msg, fmt):
        table.add_row(*map(visible, (row.lot, row.value, row.bids, row.first, row.awarded, row.price, row.score)))
    console.print(table)
    console.print(limit_line(le, msg))
    if le.award is None:
        console.print(msg("lots.sealed"))
        return
    if le.offered:
        console.print(Text(msg("lots.combinations"), "bold"))
        for o in le.offered:
            console.print("  " + visible(combination_line(o, msg, fmt)))
        console.print("  " + msg("lots.compare", compare=msg(f"lots.compare.{le.tender.compare}")))
        console.print(Text(msg("lots.alternatives"), "bold"))
        for name, total, chosen in alternative_lines(le, msg, fmt):
            mark = f" ← {msg('lots.alt.chosen')}" if chosen else ""
            console.print(f"  {visible(name)}: {total}{mark}")
    console.print(Text(msg("lots.steps"), "bold"))
    for line in step_lines(le, le.award.result, msg):
        console.print("  " + visible(line))
