"""`tender import-bids` and `tender import-scores`: validate returned forms and sheets, copy them in, log them.

The core of `tender import-bids` and `tender import-scores`; the CLI only prints what it returns.
Nothing is written when any file fails. A file is never overwritten, and a bidder or evaluator
never gets a second file, unless `replace` is given; a replaced file is moved to `replaced/`
beside the others (renamed with the time of the import), never deleted. The whole batch lands with
its event or not at all (tender/app/staging.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as replace_result
from pathlib import Path
from typing import Any

from tender.app import staging
from tender.app.admission import Late, admit, bid_guard, late_decision, score_guard
from tender.app.keys import KeyUse, signing_for, with_moderators
from tender.audit import log
from tender.audit.head import refuse_if_gone
from tender.audit.signing import UNSIGNED, Signing, load_private_key
from tender.errors import Collector, Finding, InputError, UsageError
from tender.model import Tender
from tender.parse.peoplefile import PEOPLE_FILE, check_scorers, read_people
from tender.parse.scorefile import CONSENSUS_STEM
from tender.procmodel import Person
from tender.progress import SILENT, Advance, Progress, ignore
from tender.sheets import ownerindex
from tender.sheets.ownerindex import Owners
from tender.wording import said
from tender.workspace import BID_READERS, SCORE_READERS, input_files, load_tender, lot_scores


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
    recovered: tuple[str, ...] = ()  # interrupted imports finished or taken back first (staging.recover)


@dataclass(frozen=True)
class Candidate:
    """A file that passed validation, waiting to be copied."""

    path: Path
    display: str
    owners: tuple[str, ...]
    data: bytes


def import_bids(
    root: Path,
    files: Sequence[Path],
    replace: bool = False,
    actor: str | None = None,
    late: bool = False,
    reason: str | None = None,
    key: KeyUse | None = None,
    progress: Progress = SILENT,
) -> ImportResult:
    """Validate bid files (xlsx, CSV, YAML) against the tender and copy them into bids/; record it in the log,
    signed with the actor's `key` (required where evaluators.yaml lists one).

    After the technical seal only a late bid is taken (`late`, with the reason, by a listed person); after the
    opening of the prices none (see admission)."""
    if reason is not None and not late:
        raise UsageError("import.reason-not-late")
    signing = signing_for(root, {log.actor_name(actor): key})
    decision = late_decision(reason, log.actor_name(actor), read_people(Path(root), Collector())) if late else None
    guard = bid_guard(replace, decision)
    recovered = staging.recover(root)
    admit(root, guard)
    bids = Path(root) / "bids"
    owners = ownerindex.indexed(known_bid_owner, bids)
    result, batch = run_import(root, files, replace, "bids", bid_owners, owners, progress.step("bids", len(files)))
    record(result, batch, actor, guard, late_details(decision), signing)
    ownerindex.record(bids, {Path(i.target).name: i.owners for i in result.files if i.owners})
    return replace_result(result, recovered=tuple(recovered))


def late_details(decision: Late | None) -> dict[str, object]:
    """What the import event records of a late bid: that it is late, and why."""
    return {"late": True, "reason": decision.reason} if decision else {}


def import_scores(
    root: Path,
    files: Sequence[Path],
    replace: bool = False,
    actor: str | None = None,
    key: KeyUse | None = None,
    moderator_key: KeyUse | None = None,
    progress: Progress = SILENT,
) -> ImportResult:
    """Validate score files (xlsx, CSV, YAML) against the tender, the bids and the listed evaluators and copy
    them into scores/; record it in the log, signed with the actor's `key` and, for a consensus file, by its
    moderator (`moderator_key`) where they have a key in evaluators.yaml."""
    signing = signing_for(root, {log.actor_name(actor): key})
    if moderator_key is not None:
        load_private_key(moderator_key.path, moderator_key.passphrase)  # a wrong passphrase stops before any copy
    guard = score_guard([Path(f).name for f in files])
    recovered = staging.recover(root)
    admit(root, guard)
    bidders = set(workspace_bidders(root))
    people = read_people(Path(root), Collector())
    owners = score_owners(bidders, people, workspace_lots(root))
    checked_owners = owners if people is None else listed_only(owners, people)
    folder = Path(root) / "scores"
    indexed = ownerindex.indexed(score_owners(bidders), folder)
    advance = progress.step("scores", len(files))
    result, batch = run_import(root, files, replace, "scores", checked_owners, indexed, advance)
    named = moderators(result)
    try:
        signing = with_moderators(root, signing, sorted({m for ms in named.values() for m in ms}), moderator_key)
    except BaseException:
        batch.roll_back()  # nothing was placed yet: the staged copies go
        raise
    record(result, batch, actor, guard, {"moderators": named}, signing)
    ownerindex.record(folder, {Path(i.target).name: i.owners for i in result.files if i.owners})
    return replace_result(result, recovered=tuple(recovered))


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
                collector.add("evaluator-not-listed", display, "", who=who, people_file=PEOPLE_FILE)
                refused = True
            elif who not in declared:
                collector.add("no-declaration", display, "", who=who, people_file=PEOPLE_FILE)
                refused = True
        return None if refused else found

    return owners


def record(
    result: ImportResult,
    batch: staging.Batch,
    actor: str | None,
    guard: log.Guard | None = None,
    extra: dict[str, object] | None = None,
    signing: Signing = UNSIGNED,
) -> None:
    """Put the staged files in place and append the import to the workspace's audit log, where it keeps one.

    The files land under the log lock, after the guard and just before the event is written; when anything
    fails before the event is (the guard refuses because a seal was recorded meanwhile, a rename fails, the
    log cannot be written, Ctrl-C), every file is taken back and the replaced ones return."""
    root = Path(result.root)
    if not (root / log.LOG_NAME).exists():
        batch.place()
        batch.finish()
        return
    files = {item.target: item.sha256 for item in result.files}
    details = {
        "sources": [item.source for item in result.files],
        "owners": {item.target: list(item.owners) for item in result.files},
        "replaced": {old: aside for item in result.files for old, aside in item.replaced},
        **(extra or {}),
    }

    def landing(events: list[dict[str, Any]]) -> None:
        if guard is not None:
            guard(events)
        batch.place()

    try:
        actor_id = log.actor_name(actor)
        log.append(
            root, f"import-{result.kind}", actor_id, signing.details(details), files, guard=landing, sign=signing.sign
        )
    except BaseException:
        batch.roll_back()
        raise
    batch.finish()


def bid_owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
    """The bidder id of a bid file (None when it cannot be read)."""
    bid = BID_READERS[path.suffix.lower()](path, display, tender, collector)
    return (bid.bidder,) if bid else None


def score_owners(
    bidders: set[str], people: tuple[Person, ...] | None = None, lots: dict[str, tuple[str, ...]] | None = None
) -> Owners:
    """A reader of the evaluators (`consensus:` marks the moderated scores: the moderator) a score file holds;
    with the listed people, a consensus row's moderator and participants must be among them; in a lotted tender
    (`lots`: the lots each bidder bids for) a score is for a lot its bidder bids for."""

    def owners(path: Path, display: str, tender: Tender, collector: Collector) -> tuple[str, ...] | None:
        scores = SCORE_READERS[path.suffix.lower()](path, display, tender, bidders, collector)
        if lots is not None:
            lot_scores(lots, scores, collector)
        if people is not None:
            check_scorers(people, [s for s in scores if s.consensus], collector)
        return tuple(sorted({("consensus:" if s.consensus else "") + s.evaluator for s in scores}))

    return owners


def workspace_lots(root: Path) -> dict[str, tuple[str, ...]] | None:
    """In a lotted tender, the lots each readable bid in the workspace bids for; None for a tender without lots."""
    tender = load_tender(root)
    if not tender.lots:
        return None
    out: dict[str, tuple[str, ...]] = {}
    for path in input_files(root, "bids", set(BID_READERS)):
        try:
            bid = BID_READERS[path.suffix.lower()](path, f"bids/{path.name}", tender, Collector())
        except InputError:
            continue  # an unreadable bid is not this import's business
        if bid is not None:
            out.setdefault(bid.bidder, tuple(bid.offers))
    return out


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
    root: Path,
    files: Sequence[Path],
    replace: bool,
    folder: str,
    owners_of: Owners,
    existing_owners: Owners,
    advance: Advance = ignore,
) -> tuple[ImportResult, staging.Batch]:
    """Validate all files and check them against what the folder holds, then stage them (see record); `advance`
    is told each file checked."""
    root = Path(root)
    tender = load_tender(root)
    refuse_if_gone(root, tender.two_envelope)  # a deleted or emptied log: the procedure does not start again
    target_dir = root / folder
    readers = BID_READERS if folder == "bids" else SCORE_READERS
    collector = Collector()
    candidates: list[Candidate] = []
    target_real = target_dir.resolve()
    for path in files:
        advance(1)  # counted as it starts: every way through the loop below takes this file
        display = str(path)
        if not (path.is_file() or path.is_symlink()):  # a link is refused by its reader
            collector.add("missing-file", display, "")
            continue
        if path.suffix.lower() not in readers:
            collector.add("not-a-spreadsheet", display, "", readers=", ".join(sorted(readers)))
            continue
        if path.resolve().parent == target_real:
            collector.add("already-imported", display, "", folder=folder)
            continue
        try:
            before = path.stat()
            found = checked(path, display, tender, collector, owners_of)
            data = path.read_bytes()
            if (path.stat().st_mtime_ns, len(data)) != (before.st_mtime_ns, before.st_size):
                raise InputError([Finding.of("changed-file", display, "")])
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
    batch = staging.stage(root, folder, [(c.path.name, c.data) for c in candidates], moves)
    return ImportResult(folder, str(root), tuple(imported(candidates, moves, batch))), batch


def checked(
    path: Path, display: str, tender: Tender, collector: Collector, owners_of: Owners
) -> tuple[str, ...] | None:
    """A file's owners; every reader opens its file through tender.parse.inputcheck (links, size, content)."""
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
    what = said("owner.bidder" if folder == "bids" else "owner.evaluator")
    for c in candidates:
        name = c.path.name
        if name in seen_names:
            collector.add("duplicate-file", c.display, "", seen_names=seen_names[name])
        seen_names[name] = c.display
        for owner in c.owners:
            if owner in seen_owners:
                collector.add("duplicate-owner", c.display, "", what=what, owner=owner, seen_owners=seen_owners[owner])
            seen_owners[owner] = c.display
        clashing = sorted(other for other, owners in existing.items() if other == name or set(owners) & set(c.owners))
        if clashing and not replace:
            for other in clashing:
                if other == name:
                    collector.add("would-overwrite", c.display, "", folder=folder, other=other)
                else:
                    owners = ", ".join(existing[other])
                    collector.add(
                        "would-overwrite.holds", c.display, "", folder=folder, other=other, what=what, owners=owners
                    )
        moves[name] = clashing
    return moves


def imported(candidates: list[Candidate], moves: dict[str, list[str]], batch: staging.Batch) -> list[Imported]:
    """What each file of a staged batch will be once placed: its target and the files it replaces."""
    aside = dict(batch.asides)
    taken: set[str] = set()
    out = []
    for c in candidates:
        replaced = []
        for other in moves.get(c.path.name, []):
            old = f"{batch.folder}/{other}"
            if old not in taken:  # a file replaced by two new ones is moved aside for the first
                taken.add(old)
                replaced.append((old, aside[old]))
        target = f"{batch.folder}/{c.path.name}"
        out.append(Imported(c.display, target, batch.files[target], c.owners, tuple(replaced)))  # staged: hashed once
    return out
