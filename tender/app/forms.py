"""`tender bid-form` and `tender score-sheet`: read the tender (and bids), write the xlsx form for one party."""

from __future__ import annotations

from pathlib import Path

from tender.app.ids import check_id


def bid_form(
    root: Path,
    out: Path | None = None,
    bidder: str | None = None,
    force: bool = False,
    lots: str | None = None,
    lang: str | None = None,
) -> Path:
    """Write the bid form (default: forms/bid-form.xlsx, or forms/bid-form-BIDDER.xlsx when filled in) in `lang`
    (default: the tender's language); a lotted tender's form asks for every lot, or shows only `lots`
    (comma-separated ids) as the lots bid for."""
    from tender.errors import UsageError
    from tender.sheets.forms import write_bid_form
    from tender.sheets.lotforms import write_lotted_form
    from tender.workspace import load_tender

    if bidder is not None:
        check_id(bidder, "--bidder")  # locked into the form, and part of the default file name
    named = None if lots is None else [check_id(x.strip(), "--lots") for x in lots.split(",") if x.strip()]
    target = out or root / "forms" / (f"bid-form-{bidder}.xlsx" if bidder else "bid-form.xlsx")
    tender = load_tender(root)
    if tender.lots:
        return write_lotted_form(tender, target, bidder, named, force, lang)
    if named is not None:
        raise UsageError("forms.not-lotted", tender=tender.id)
    return write_bid_form(tender, target, bidder, force, lang)


def score_sheet(
    root: Path, evaluator: str, out: Path | None = None, force: bool = False, lang: str | None = None
) -> Path:
    """Write an evaluator's score sheet (default: forms/score-sheet-NAME.xlsx) in `lang` (default: the tender's
    language)."""
    from tender.sheets.scoresheet import write_score_sheet
    from tender.workspace import load_workspace

    if evaluator.strip():
        check_id(evaluator.strip(), "--evaluator")  # part of the default file name
    ws = load_workspace(root)
    target = out or root / "forms" / f"score-sheet-{evaluator.strip()}.xlsx"
    return write_score_sheet(ws.tender, ws.bids, evaluator, target, force, lang)
