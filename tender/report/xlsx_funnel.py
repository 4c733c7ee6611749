"""The award record in the workbook: a sheet with the procedure and the bids received, one with every bid at every
stage (statement, source, ground) and where each fact and price was read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tender.report.funnel_view import record_view
from tender.report.messages import Messages

if TYPE_CHECKING:
    from tender.report.formats import ReportInput
    from tender.report.xlsx import Book


def funnel_sheets(book: Book, inp: ReportInput, msg: Messages) -> None:
    """Add the sheets Verfahren/Procedure and Stufen/Stages (nothing without an award record)."""
    from tender.report.xlsx import Sheet

    view = record_view(inp.funnel, inp.evaluation, inp.lang)
    if not view:
        return
    sheet = Sheet(msg("sheet.procedure"), [msg("col.item"), msg("col.value"), "", "", "", ""])
    if view["description"]:
        sheet.add([msg("proc.description"), view["description"]])
    for label, value in [*view["procedure"], *view["dates"]]:
        sheet.add([label, value])
    sheet.add([])
    sheet.add(
        [
            msg("col.bidder"),
            msg("receipt.received"),
            msg("receipt.channel"),
            msg("receipt.on_time"),
            msg("receipt.complete"),
            msg("receipt.source"),
        ]
    )
    for row in view["receipts"]:
        sheet.add(list(row))
    sheet.filter_and_freeze = False
    sheet.write(book)
    head = [msg("col.bidder_id"), msg("col.bidder"), msg("funnel.stage"), msg("funnel.outcome")]
    stages = Sheet(msg("sheet.stages"), [*head, msg("funnel.statement"), msg("funnel.ground")])
    for b in view["funnel"]:
        for r in b.rows:
            stages.add([b.bidder, b.name, r.stage, r.outcome, "\n".join(r.lines), r.ground])
    stages.fixed[4] = 90
    stages.write(book)
    assert inp.funnel is not None
    sources = Sheet(msg("sheet.sources"), [msg("col.bidder_id"), msg("col.item"), msg("receipt.source")])
    for bidder, places in inp.funnel.sources.items():
        for path, place in places.items():
            sources.add([bidder, path, place])
    sources.write(book)
