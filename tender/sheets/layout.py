"""Where things are in a bid form and a score sheet: shared by the writers and the readers."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

META_SHEET = "_tender"
FORMAT_VERSION = 1
BID_FORM = "tender-bid-form"
SCORE_SHEET = "tender-score-sheet"
HEADER_ROW = 6
FIRST_ROW = 7
BIDDER_KEYS = ("bidder", "name", "contact", "submitted", "received", "channel", "complete")


@dataclass(frozen=True)
class SheetNames:
    """The sheet names of both workbooks in one language."""

    bidder: str
    requirements: str
    facts: str
    prices: str
    scores: str
    scale: str
    combinations: str  # a lotted tender's form: the combination bids


SHEETS = {
    "de": SheetNames("Bieter", "Anforderungen", "Kennzahlen", "Preise", "Bewertung", "Skala", "Kombinationen"),
    "en": SheetNames("Bidder", "Requirements", "Facts", "Prices", "Scores", "Scale", "Combinations"),
}

# Columns (1-based) of the bid form's sheets; column 1 always holds the machine-readable id.
ID_COL = 1
BIDDER_VALUE_COL = 3
REQ_ANSWER_COL = 3
REQ_EVIDENCE_COL = 4
FACT_VALUE_COL = 4
PRICE_UNIT_COL = 5
# Columns of the score sheet.
SCORE_BIDDER_COL = 1
SCORE_CRITERION_COL = 3
SCORE_VALUE_COL = 5
SCORE_JUSTIFICATION_COL = 7
SCORE_MODERATOR_COL = 8  # the consensus sheet's committee: who moderated, who took part
SCORE_PARTICIPANTS_COL = 9

# A lotted tender's forms: the Bidder sheet's row of a lot has the id `lots.<lot>` (ja/nein in column C); a
# requirement or fact of a lot has the id `<lot>.<id>`; each lot has its price sheet (and score sheet) named
# `Preise <lot>` (`Bewertung <lot>`), or `Preise #<n>` (the lot's place in tender.yaml) when that is too long.
LOT_ROW = "lots."
MAX_SHEET_NAME = 31
COMBINATION_ID_COL = 2  # the Combinations sheet: row number (A), the bidder's id (B), a column per lot, price,
COMBINATION_FIRST_LOT_COL = 3  # discount

YES_WORDS = {"ja", "yes", "true", "wahr", "x", "j", "y"}
NO_WORDS = {"nein", "no", "false", "falsch", "n"}


def sheet_names(language: str) -> SheetNames:
    """The sheet names for a tender language (English for anything but German)."""
    return SHEETS.get(language, SHEETS["en"])


def returned_language(recorded: str | None, present: Collection[str], key: str) -> str:
    """The language a returned form is written in (either may come back for a tender of either language): the one
    its hidden sheet records when that language's `key` sheet (bidder, scale) is in the workbook, else the language
    whose `key` sheet is, else the recorded one (the reader then names the sheet it misses)."""
    recorded = recorded if recorded in SHEETS else "en"
    if getattr(SHEETS[recorded], key) in present:
        return recorded
    found = [language for language, names in SHEETS.items() if getattr(names, key) in present]
    return found[0] if found else recorded


def decimal_of(language: str) -> str:
    """The decimal sign of numbers typed as text in a form of that language: `,` in German, `.` in English."""
    return "," if language == "de" else "."


def lot_sheet(base: str, lots: Sequence[str], lot: str) -> str:
    """The name of a lot's own sheet: `Preise cluster`, or `Preise #2` when the lot's id makes it too long."""
    name = f"{base} {lot}"
    return name if len(name) <= MAX_SHEET_NAME else f"{base} #{list(lots).index(lot) + 1}"


def lot_key(key: str) -> tuple[str, str] | None:
    """A lotted form's row id `cluster.ha-cluster` as (lot, id); None for a shared row's id (ids have no dot)."""
    lot, dot, rest = key.partition(".")
    return (lot, rest) if dot and lot and rest else None


def cell_ref(row: int, col: int) -> str:
    """An A1 reference from 1-based row and column numbers."""
    return f"{column_letters(col)}{row}"


@cache
def column_letters(col: int) -> str:
    """The letters of a 1-based column number: 1 → A, 27 → AA."""
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def yes_no(value: object) -> bool | None:
    """A yes/no answer as a form or CSV holds it (ja/nein, yes/no, TRUE/FALSE); None if it is neither."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None
