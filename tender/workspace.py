"""Find and read a workspace folder into the validated model, collecting every problem."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection, Mapping
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from tender.errors import Collector, Finding, InputError
from tender.gcpause import gc_paused
from tender.model import Bid, Score, Tender, Workspace
from tender.parse.bidfile import read_bid
from tender.parse.common import load_yaml
from tender.parse.peoplefile import PEOPLE_FILE, check_scorers, read_people
from tender.parse.scorefile import read_score_file
from tender.parse.tenderfile import read_tender
from tender.wording import NONE

BidReader = Callable[[Path, str, Tender, Collector], "Bid | None"]
ScoreReader = Callable[[Path, str, Tender, set[str], Collector], list[Score]]


def read_yaml_bid(path: Path, display: str, tender: Tender, collector: Collector) -> Bid | None:
    """A bid written as YAML."""
    return read_bid(load_yaml(path, display), tender, display, collector)


def read_csv_bid(path: Path, display: str, tender: Tender, collector: Collector) -> Bid | None:
    """A bid written as CSV rows `section;key;value`."""
    from tender.sheets.bidcsv import read_csv_bid as read

    return read(path, display, tender, collector)


def read_xlsx_bid(path: Path, display: str, tender: Tender, collector: Collector) -> Bid | None:
    """A filled bid form (xlsx/xlsm, values only)."""
    from tender.sheets.formread import read_xlsx_bid as read

    return read(path, display, tender, collector)


def read_xlsx_scores(path: Path, display: str, tender: Tender, bidders: set[str], collector: Collector) -> list[Score]:
    """A filled score sheet (xlsx/xlsm, values only)."""
    from tender.sheets.scoreread import read_xlsx_scores as read

    return read(path, display, tender, bidders, collector)


BID_READERS: dict[str, BidReader] = {
    ".yaml": read_yaml_bid,
    ".yml": read_yaml_bid,
    ".csv": read_csv_bid,
    ".xlsx": read_xlsx_bid,
    ".xlsm": read_xlsx_bid,
}
SCORE_READERS: dict[str, ScoreReader] = {
    ".csv": read_score_file,
    ".yaml": read_score_file,
    ".yml": read_score_file,
    ".xlsx": read_xlsx_scores,
    ".xlsm": read_xlsx_scores,
}
SCORE_SUFFIXES = set(SCORE_READERS)
T = TypeVar("T")


def input_files(root: Path, folder: str, suffixes: set[str] | dict[str, BidReader]) -> list[Path]:
    """The input files of one kind in a sub-folder, sorted by name (hidden files ignored)."""
    base = root / folder
    if base.is_symlink():
        raise InputError([Finding.of("symlink.folder", f"{folder}/", "")])
    if not base.is_dir():
        return []
    return sorted(  # links are listed too: their reader refuses them (tender.parse.inputcheck)
        p
        for p in base.iterdir()
        if (p.is_file() or p.is_symlink()) and p.suffix.lower() in suffixes and not p.name.startswith((".", "~$"))
    )


def load_workspace(root: Path) -> Workspace:
    """Read tender.yaml, bids/ and scores/; raise InputError listing every problem found."""
    with gc_paused():  # hundreds of thousands of scores, none in a reference cycle: see gc_paused
        return read_workspace(Path(root))


def read_workspace(root: Path) -> Workspace:
    """The work of load_workspace, with the garbage collector paused."""
    collector = Collector()
    tender = guarded(collector, lambda: read_tender(root, collector))
    if tender is None:
        collector.raise_if_any()
        raise InputError([])  # pragma: no cover - read_tender records why it returned None
    if tender.lots:  # a lot tender.yaml could not define would make every bid and score for it a problem too
        collector.raise_if_any()
    bids: list[Bid] = []
    first_file: dict[str, str] = {}
    display_name = DisplayNames(root)
    bid_files = input_files(root, "bids", BID_READERS)
    score_files = input_files(root, "scores", SCORE_SUFFIXES)
    for path in bid_files:
        display = display_name(path)
        reader = BID_READERS[path.suffix.lower()]
        bid = guarded(collector, lambda p=path, d=display, r=reader: r(p, d, tender, collector))  # type: ignore[misc]
        if bid is None:
            continue
        if bid.bidder in first_file:
            collector.add("duplicate-bidder", display, "bidder", bidder=bid.bidder, first_file=first_file[bid.bidder])
            continue
        first_file[bid.bidder] = display
        bids.append(bid)
    bidders = set(first_file)
    scores: list[Score] = []
    seen: dict[tuple[str, str, str, bool, str], Score] | None = None
    groups: set[tuple[str, bool]] = set()
    for path in score_files:
        display = display_name(path)
        score_reader = SCORE_READERS[path.suffix.lower()]
        found = guarded(collector, lambda p=path, d=display, r=score_reader: r(p, d, tender, bidders, collector)) or []  # type: ignore[misc]
        mine = set(map(attrgetter("evaluator", "consensus"), found))  # without a Python-level loop
        if seen is None and groups.isdisjoint(mine):  # no evaluator of this file was seen yet: no score repeats
            groups |= mine
            scores.extend(found)
            continue
        if seen is None:
            seen = {(s.evaluator, s.bidder, s.criterion, s.consensus, s.lot): s for s in scores}
        for score in found:
            key = (score.evaluator, score.bidder, score.criterion, score.consensus, score.lot)
            if key in seen:
                other = seen[key]
                collector.add(
                    "duplicate-score.files",
                    display,
                    score.place,
                    evaluator=score.evaluator,
                    bidder=score.bidder,
                    criterion=score.criterion,
                    source=other.source,
                    place=other.place,
                )
                continue
            seen[key] = score
            scores.append(score)
    if tender.lots:
        scores = lot_scores({bid.bidder: bid.offers for bid in bids}, scores, collector)
    people = guarded(collector, lambda: read_people(root, collector))
    if people is not None:
        check_scorers(people, scores, collector)
    collector.raise_if_any()
    files = sorted(
        display_name(p)
        for p in [
            root / "tender.yaml",
            *catalogue_files(root),
            *([root / PEOPLE_FILE] if people is not None else []),
            *bid_files,
            *score_files,
        ]
    )
    inputs = {name: sha256_file(root / name) for name in dict.fromkeys(files)}
    ordered = tuple(sorted(bids, key=lambda b: b.bidder))
    return Workspace(str(root), tender, ordered, tuple(scores), inputs, people)


def lot_scores(lots: Mapping[str, Collection[str]], scores: list[Score], collector: Collector) -> list[Score]:
    """The scores of a lotted tender whose bidder bid for the score's lot (`lots`: bidder -> the lots it bids
    for); each other is a problem."""
    offered = {(bidder, lot) for bidder, bid_for in lots.items() for lot in bid_for}
    if set(map(attrgetter("bidder", "lot"), scores)) <= offered:  # the usual case, checked at C speed
        return scores
    kept = []
    for score in scores:
        if score.lot in lots.get(score.bidder, {}):
            kept.append(score)
            continue
        bid_for = ", ".join(lots.get(score.bidder, {})) or NONE
        collector.add(
            "not-in-lot",
            score.source,
            score.place,
            bidder=score.bidder,
            lot=score.lot,
            bid_for=bid_for,
        )
    return kept


def load_tender(root: Path) -> Tender:
    """Only the tender (tender.yaml and its catalogue), for commands that need no bids or scores."""
    collector = Collector()
    tender = guarded(collector, lambda: read_tender(Path(root), collector))
    collector.raise_if_any()
    if tender is None:  # pragma: no cover - read_tender records why it returned None
        raise InputError([])
    return tender


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def catalogue_files(root: Path) -> list[Path]:
    """The criteria catalogues named by tender.yaml, the shared one and each lot's, if it names any."""
    data = load_yaml(root / "tender.yaml", "tender.yaml")
    if not isinstance(data, dict):
        return []
    lots = data.get("lots")
    lots = lots if isinstance(lots, list) else []
    refs = [data.get("criteria"), *(lot.get("criteria") for lot in lots if isinstance(lot, dict))]
    named = dict.fromkeys(ref for ref in refs if isinstance(ref, str) and (root / ref).is_file())
    return [root / ref for ref in named]


def guarded(collector: Collector, read: Callable[[], T]) -> T | None:
    """Run one file's reader; an InputError from it joins the collected findings."""
    try:
        return read()
    except InputError as exc:
        collector.extend(exc.findings)
        return None


class DisplayNames:
    """rel() for the many files of one workspace: each folder is resolved once, each file is only checked
    for being a symbolic link (only then resolved itself), and each name is worked out once."""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)
        self.prefix = self.root.rstrip("/") + "/"
        self.folders: dict[str, str] = {}
        self.names: dict[Path, str] = {}

    def __call__(self, path: Path) -> str:
        """The path as shown to the user, exactly as rel(root, path) shows it."""
        name = self.names.get(path)
        if name is None:
            name = self.names[path] = self.shown(path)
        return name

    def shown(self, path: Path) -> str:
        """Work out one name."""
        if os.path.islink(path) or path.name in ("", ".", ".."):
            full = os.path.realpath(path)
        else:
            folder = str(path.parent)
            if folder not in self.folders:
                self.folders[folder] = os.path.realpath(folder)
            full = os.path.join(self.folders[folder], path.name)
        if full == self.root:
            return "."
        return full[len(self.prefix) :] if full.startswith(self.prefix) else str(path)


def rel(root: Path, path: Path) -> str:
    """A path as shown to the user: relative to the workspace, with forward slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
