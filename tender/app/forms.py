"""`tender bid-form` and `tender score-sheet`: read the tender (and bids), write the xlsx form for one party."""

from __future__ import annotations

from pathlib import Path

from tender.app.ids import check_id


def bid_form(root: Path, out: Path | None = None, bidder: str | None = None, force: bool = False) -> Path:
    """Write the bid form (default: forms/bid-form.xlsx, or forms/bid-form-BIDDER.xlsx when filled in)."""
    from tender.sheets.forms import write_bid_form
    from tender.workspace import load_tender

    if bidder is not None:
        check_id(bidder, "--bidder")  # locked into the form, and part of the default file name
    target = out or root / "forms" / (f"bid-form-{bidder}.xlsx" if bidder else "bid-form.xlsx")
    return write_bid_form(load_tender(root), target, bidder, force)


def score_sheet(root: Path, evaluator: str, out: Path | None = None, force: bool = False) -> Path:
    """Write an evaluator's score sheet (default: forms/score-sheet-NAME.xlsx)."""
    from tender.sheets.scoresheet import write_score_sheet
    from tender.workspace import load_workspace

    if evaluator.strip():
        check_id(evaluator.strip(), "--evaluator")  # part of the default file name
    ws = load_workspace(root)
    target = out or root / "forms" / f"score-sheet-{evaluator.strip()}.xlsx"
    return write_score_sheet(ws.tender, ws.bids, evaluator, target, force)
