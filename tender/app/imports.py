"""`tender import-bids` and `tender import-scores`: validate returned forms and sheets, copy them in, log them.

The core of `tender import-bids` and `tender import-scores`; the CLI only prints what it returns.
Nothing is written when any file fails. A file is never overwritten, and a bidder or evaluator
never gets a second file, unless `replace` is given; a replaced file is moved to `replaced/`
beside the others (renamed with the time of the import), never deleted.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tender.app.admission import Late, admit, bid_guard, late_decision, score_guard, undo_copies
from tender.atomic import temp_beside
from tender.audit import log
from tender.errors import Collector, Finding, InputError, UsageError
from tender.model import Person, Tender
from tender.parse.peoplefile import PEOPLE_FILE, check_scorers, read_people
from tender.parse.scorefile import CONSENSUS_STEM
from tender.sheets import ownerindex
from tender.sheets.ownerindex import Owners
from tender.workspace import BID_READERS, SCORE_READERS, input_files, load_tender

REPLACED = "replaced"


@dataclass(frozen=True)
class Imported:
    """One imported file: where it came from, where it is now, its SHA-256 and whose it is."""

    source: str
    target: str
    sha256: str
    owners: tuple[str, ...]
    replaced: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the terminal and the audit log."""

    kind: str
    root: str
    files: tuple[Imported, ...]


@dataclass(frozen=True)
class Candidate:
    """A file that passed validation, waiting to be copied."""

    path: Path
    display: str
    owners: tuple[str, ...]
    data: bytes

    @property
    def sha256(self) -> str:
        """The SHA-256 of the bytes that were checked and are copied."""
        return hashlib.sha256(self.data).hexdigest()


def import_bids(
    root: Path,
    files: Sequence[Path],
    replace: bool = False,
    actor: str | None = None,
    late: bool = False,
    reason: str | None = None,
) -> ImportResult:
    """Validate bid files (xlsx, CSV, YAML) against the tender and copy them into bids/; record it in the log.

    After the technical seal only a late bid is taken (`late`, with the reason, by a listed person); after the
    opening of the prices none (see admission)."""
    if reason is not None and not late:
        raise UsageError("--reason goes with --late: it says why a late bid is admitted")
    decision = late_decision(reason, log.actor_name(actor), read_people(Path(root), Collector())) if late else None
    guard = bid_guard(replace, decision)
    admit(root, guard)
    bids = Path(root) / "bids"
    result = run_import(root, files, replace, "bids", bid_owners, ownerindex.indexed(known_bid_owner, bids))
    record(result, actor, guard, late_details(decision))
    ownerindex.record(bids, {Path(i.target).name: i.owners for i in result.files if i.owners})
    return result


def late_details(decision: Late | None) -> dict[str, object]:
    """What the import event records of a late bid: that it is late, and why."""
    return {"late": True, "reason": decision.reason} if decision else {}


def import_scores(root: Path, files: Sequence[Path], replace: bool = False, actor: str | None = None) -> ImportResult:
    """Validate score files (xlsx, CSV, YAML) against the tender, the bids and the listed evaluators and copy
    them into scores/; record it in the log."""
    guard = score_guard([Path(f).name for f in files])
    admit(root, guard)
    bidders = set(workspace_bidders(root))
    people = read_people(Path(root), Collector())
    owners = score_owners(bidders, people)
    checked_owners = owners if people is None else listed_only(owners, people)
    folder = Path(root) / "scores"
    result = run_import(
        root, files, replace, "scores", checked_owners, ownerindex.indexed(score_owners(bidders), folder)
    )
    record(result, actor, guard, {"moderators": moderators(result)})
    ownerindex.record(folder, {Path(i.target).name: i.owners for i in result.files if i.owners})
    return result


def moderators(result: ImportResult) -> dict[str, list[str]]:
    """The moderator of each consensus file imported (its owners marked `consensus:`)."""
    marked = "consensus:"
    return {
        item.target: [o.removeprefix(marked) for o in item.owners if o.startswith(marked)]
        for item in result.files
        if any(o.startswith(marked) for o in item.owners)
    }


def listed_only(owners_of: Owners, people: tuple[Person, ...]) -> Owners:
    """Refuse score files of evaluators not listed in evaluators.yaml or without a declaration (§ 6 VgV)."""
    declared = {p.id for p in people if p.declaration}
    listed = {p.id for p in people}

    def owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
        found = owners_of(path, display, tender, collector)
        if found is None or path.stem.lower() == CONSENSUS_STEM:
            return found
        refused = False
        for who in found:
            if who not in listed:
                collector.add("evaluator-not-listed", display, "", f"evaluator {who} is not listed in {PEOPLE_FILE}")
                refused = True
            elif who not in declared:
                collector.add(
                    "no-declaration",
                    display,
                    "",
                    f"evaluator {who} has no signed conflict-of-interest declaration in {PEOPLE_FILE}",
                )
                refused = True
        return None if refused else found

    return owners


def record(
    result: ImportResult, actor: str | None, guard: log.Guard | None = None, extra: dict[str, object] | None = None
) -> None:
    """Append the import to the workspace's audit log, where it keeps one; when the guard refuses (a seal was
    recorded meanwhile), the copied files are taken back."""
    root = Path(result.root)
    if log.head(root) is None:
        return
    files = {item.target: item.sha256 for item in result.files}
    details = {
        "sources": [item.source for item in result.files],
        "owners": {item.target: list(item.owners) for item in result.files},
        "replaced": {old: aside for item in result.files for old, aside in item.replaced},
        **(extra or {}),
    }
    try:
        log.append(root, f"import-{result.kind}", log.actor_name(actor), details, files, guard=guard)
    except UsageError:
        undo_copies(root, [(item.target, item.replaced) for item in result.files])
        raise


def bid_owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
    """The bidder id of a bid file (None when it cannot be read)."""
    bid = BID_READERS[path.suffix.lower()](path, display, tender, collector)
    return (bid.bidder,) if bid else None


def score_owners(bidders: set[str], people: tuple[Person, ...] | None = None) -> Owners:
    """A reader of the evaluators (`consensus:` marks the moderated scores: the moderator) a score file holds;
    with the listed people, a consensus row's moderator and participants must be among them."""

    def owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
        scores = SCORE_READERS[path.suffix.lower()](path, display, tender, bidders, collector)
        if people is not None:
            check_scorers(people, [s for s in scores if s.consensus], collector)
        return tuple(sorted({("consensus:" if s.consensus else "") + s.evaluator for s in scores}))

    return owners


def workspace_bidders(root: Path) -> list[str]:
    """The bidder ids of the bids already in the workspace (unreadable bids are skipped)."""
    tender = load_tender(root)
    owners = ownerindex.indexed(known_bid_owner, root / "bids")
    return [
        b
        for path in input_files(root, "bids", set(BID_READERS))
        for b in quietly(owners, path, f"bids/{path.name}", tender)
    ]


def known_bid_owner(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
    """The bidder id of a bid already in the workspace; of a bid form only its Bidder sheet is read."""
    from tender.parse.inputcheck import XLSX_SUFFIXES
    from tender.sheets.formread import xlsx_bidder_id

    if path.suffix.lower() in XLSX_SUFFIXES and (bidder := xlsx_bidder_id(path, display)):
        return (bidder,)
    return bid_owners(path, display, tender, collector)


def quietly(owners_of: Owners, path: Path, display: str, tender: Tender) -> tuple[str, ...]:
    """The owners of a file already in the workspace; its problems are not this import's business."""
    try:
        return owners_of(path, display, tender, Collector()) or ()
    except InputError:
        return ()


def run_import(
    root: Path, files: Sequence[Path], replace: bool, folder: str, owners_of: Owners, existing_owners: Owners
) -> ImportResult:
    """Validate all files, check them against what the folder holds, then copy them (all or nothing)."""
    root = Path(root)
    tender = load_tender(root)
    target_dir = root / folder
    readers = BID_READERS if folder == "bids" else SCORE_READERS
    collector = Collector()
    candidates: list[Candidate] = []
    target_real = target_dir.resolve()
    for path in files:
        display = str(path)
        if not path.is_file():
            collector.add("missing-file", display, "", "no such file")
            continue
        if path.suffix.lower() not in readers:
            collector.add(
                "not-a-spreadsheet",
                display,
                "",
                f"not a bid or score file: expected one of {', '.join(sorted(readers))}",
            )
            continue
        if path.resolve().parent == target_real:
            collector.add("already-imported", display, "", f"the file is in {folder}/ already")
            continue
        try:
            before = path.stat()
            found = checked(path, display, tender, collector, owners_of)
            data = path.read_bytes()
            if (path.stat().st_mtime_ns, len(data)) != (before.st_mtime_ns, before.st_size):
                raise InputError([Finding("changed-file", display, "", "the file changed while it was checked")])
        except InputError as exc:
            collector.extend(exc.findings)
            continue
        if found is not None:
            candidates.append(Candidate(path, display, found, data))
    existing = {
        p.name: quietly(existing_owners, p, f"{folder}/{p.name}", tender)
        for p in input_files(root, folder, set(readers))
    }
    moves = conflicts(candidates, existing, folder, replace, collector)
    collector.raise_if_any()
    return ImportResult(folder, str(root), tuple(copy_all(candidates, moves, target_dir)))


def checked(
    path: Path, display: str, tender: Tender, collector: Collector, owners_of: Owners
) -> tuple[str, ...] | None:
    """A file's owners after the size and content checks every imported file must pass (YAML included)."""
    from tender.parse.inputcheck import check_input_file

    if path.suffix.lower() in (".yaml", ".yml"):
        check_input_file(path, display)  # the CSV and xlsx readers check their files themselves
    return owners_of(path, display, tender, collector)


def conflicts(
    candidates: list[Candidate],
    existing: dict[str, tuple[str, ...]],
    folder: str,
    replace: bool,
    collector: Collector,
) -> dict[str, list[str]]:
    """Record every clash of names or owners; with `replace`, the existing files each new file replaces."""
    moves: dict[str, list[str]] = {}
    seen_names: dict[str, str] = {}
    seen_owners: dict[str, str] = {}
    what = "bidder" if folder == "bids" else "evaluator"
    for c in candidates:
        name = c.path.name
        if name in seen_names:
            collector.add("duplicate-file", c.display, "", f"same file name as {seen_names[name]}")
        seen_names[name] = c.display
        for owner in c.owners:
            if owner in seen_owners:
                collector.add("duplicate-owner", c.display, "", f"{what} {owner} is in {seen_owners[owner]} too")
            seen_owners[owner] = c.display
        clashing = sorted(other for other, owners in existing.items() if other == name or set(owners) & set(c.owners))
        if clashing and not replace:
            for other in clashing:
                reason = "exists already" if other == name else f"holds {what} {', '.join(existing[other])} already"
                collector.add(
                    "would-overwrite", c.display, "", f"{folder}/{other} {reason} (use --replace to replace it)"
                )
        moves[name] = clashing
    return moves


def copy_all(candidates: list[Candidate], moves: dict[str, list[str]], target_dir: Path) -> list[Imported]:
    """Write the checked bytes of every file to a temp file beside its target, then move replaced files
    aside and rename the copies into place."""
    folder = target_dir.name
    target_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Candidate, Path]] = []
    try:
        for c in candidates:
            fd, tmp = temp_beside(target_dir / c.path.name)
            staged.append((c, tmp))
            with os.fdopen(fd, "wb") as f:
                f.write(c.data)
    except BaseException:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)
        raise
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = []
    for c, tmp in staged:
        replaced = []
        for other in moves.get(c.path.name, []):
            if not (target_dir / other).exists():
                continue  # moved aside for an earlier file of this import
            aside = target_dir / REPLACED / f"{stamp}-{other}"
            aside.parent.mkdir(exist_ok=True)
            os.replace(target_dir / other, aside)
            replaced.append((f"{folder}/{other}", f"{folder}/{REPLACED}/{aside.name}"))
        target = target_dir / c.path.name
        os.replace(tmp, target)
        out.append(Imported(c.display, f"{folder}/{target.name}", c.sha256, c.owners, tuple(replaced)))
    return out
