"""The two-envelope procedure: sealing the technical evaluation, opening the prices, the final seal."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tender.audit import log
from tender.audit.receipt import admitted_after
from tender.audit.signing import UNSIGNED, Signing
from tender.errors import Finding, UsageError
from tender.model import Bid, Workspace
from tender.result import canonical_json
from tender.wording import Said, said

SEAL_TECHNICAL = "seal-technical"
OPEN_PRICES = "open-prices"
SEAL_FINAL = "seal-final"
LABELS = {SEAL_TECHNICAL: "seal.technical", OPEN_PRICES: "seal.opened", SEAL_FINAL: "seal.final"}  # tender/wording


@dataclass(frozen=True)
class Phase:
    """Where the procedure stands, from the audit log's events."""

    technical: dict[str, Any] | None = None
    opened: dict[str, Any] | None = None
    final: dict[str, Any] | None = None
    # files imported after the technical seal (late bids, the consensus): held by their import, not by that seal
    admitted: frozenset[str] = frozenset()

    @classmethod
    def of(cls, events: list[dict[str, Any]]) -> Phase:
        """The phase recorded by a log's events (the last event of each kind counts)."""
        found = {e["action"]: e for e in events}
        technical = found.get(SEAL_TECHNICAL)
        admitted = admitted_after(events, technical["seq"]) if technical else frozenset()
        return cls(technical, found.get(OPEN_PRICES), found.get(SEAL_FINAL), admitted)

    def steps(self) -> list[dict[str, Any]]:
        """The seals and the opening recorded so far, in the order they happened."""
        return sorted((e for e in (self.technical, self.opened, self.final) if e), key=lambda e: e["seq"])

    @property
    def last(self) -> dict[str, Any] | None:
        """The latest seal or opening, if any."""
        steps = self.steps()
        return steps[-1] if steps else None


def bid_content_hash(bid: Bid) -> str:
    """SHA-256 of a bid's non-price content (the technical envelope), whatever its file format."""
    content = {
        "bidder": bid.bidder,
        "name": bid.name,
        "requirements": bid.requirements,
        "facts": bid.facts,
        "contact": bid.contact,
        "submitted": bid.submitted,
    }
    if bid.offers:  # a tender divided into lots: the lots bid for, each offer's requirements and facts
        content["offers"] = {lot: {"requirements": o.requirements, "facts": o.facts} for lot, o in bid.offers.items()}
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def is_bid_file(path: str) -> bool:
    """Whether a workspace path is a bid file."""
    return path.startswith("bids/")


def sealed_changes(ws: Workspace, phase: Phase) -> list[Finding]:
    """Every input file changed, added or removed since the seals recorded in the log."""
    if phase.final:
        return compare(phase.final, phase.final["files"], ws.inputs, False)
    out: list[Finding] = []
    if phase.technical:
        held = phase.admitted
        sealed = {p: h for p, h in phase.technical["files"].items() if p not in held}
        now = {p: h for p, h in ws.inputs.items() if not is_bid_file(p) and p not in held}
        out += compare(phase.technical, sealed, now, False)
        if not phase.opened:
            contents = {b.source: bid_content_hash(b) for b in ws.bids if b.source not in held}
            out += compare(phase.technical, phase.technical["details"]["bids"], contents, True)
    if phase.opened:
        now = {p: h for p, h in ws.inputs.items() if is_bid_file(p)}
        out += compare(phase.opened, phase.opened["files"], now, False)
    return out


def compare(event: dict[str, Any], sealed: dict[str, str], now: dict[str, str], content: bool) -> list[Finding]:
    """Findings for the files whose hashes differ from a seal's record (`content`: the bids' non-price content)."""
    when = {"seal": said(LABELS[event["action"]]), "seq": event["seq"], "time": event["time"], "actor": event["actor"]}
    keys = {
        "removed": "sealed-file-removed",
        "added": "sealed-file-added",
        "changed": "sealed-file-changed.content" if content else "sealed-file-changed",
    }
    return [Finding.of(keys[change], path, "", **when) for path, change in hash_changes(sealed, now)]


def hash_changes(recorded: dict[str, str], now: dict[str, str]) -> list[tuple[str, str]]:
    """(path, "removed" | "added" | "changed") for every file whose recorded hash no longer holds."""
    out = []
    for path in sorted(set(recorded) | set(now)):
        if path not in now:
            out.append((path, "removed"))
        elif path not in recorded:
            out.append((path, "added"))
        elif recorded[path] != now[path]:
            out.append((path, "changed"))
    return out


def current_phase(root: Path) -> Phase:
    """The phase of a workspace; refuses to go on when its audit log is broken."""
    return phase_of(*log.read(root))


def phase_of(events: list[dict[str, Any]], problems: list[log.Problem]) -> Phase:
    """The phase the log's events (as log.read returns them) record; refuses to go on when the log is broken."""
    if problems and not (len(problems) == 1 and problems[0].line == 0):
        raise log.AuditError("; ".join(str(p) for p in problems) + " — run `tender audit verify`")
    return Phase.of(events)


def under_lock(check: Callable[[Phase], None]) -> log.Guard:
    """A check of the phase as a guard of log.append: run on the log's events under its lock, so that of two
    concurrent seals or openings only one can pass it."""
    return lambda events: check(Phase.of(events))


def seal_technical(root: Path, ws: Workspace, actor: str, signing: Signing = UNSIGNED) -> dict[str, Any]:
    """Record the hashes of tender.yaml, the scores and every bid's non-price content."""
    if not ws.tender.two_envelope:
        raise UsageError("usage.not-two-envelope")

    def check(phase: Phase) -> None:
        if phase.technical:
            raise UsageError("usage.technical-sealed", seq=phase.technical["seq"])

    check(current_phase(root))  # refused before the lock would create a missing log; checked again under it
    files = {p: h for p, h in ws.inputs.items() if not is_bid_file(p)}
    details = {"bids": {b.source: bid_content_hash(b) for b in ws.bids}, "scores": len(ws.scores)}
    return log.append(
        root, SEAL_TECHNICAL, actor, signing.details(details), files, guard=under_lock(check), sign=signing.sign
    )


def open_prices(root: Path, ws: Workspace, actor: str, witness: str, signing: Signing = UNSIGNED) -> dict[str, Any]:
    """Record the opening of the prices by two different listed people (§ 55(2) VgV)."""

    def check(phase: Phase) -> None:
        if not phase.technical:
            raise UsageError("usage.open-before-technical")
        if phase.opened:
            raise UsageError("usage.already-opened", seq=phase.opened["seq"])

    check(current_phase(root))
    check_present(ws, actor, witness, said("act.open-prices"))
    files = {p: h for p, h in ws.inputs.items() if is_bid_file(p)}
    details = signing.details({"witness": witness})
    return log.append(root, OPEN_PRICES, actor, details, files, guard=under_lock(check), sign=signing.sign)


def check_present(ws: Workspace, actor: str, witness: str, act: Said) -> None:
    """Two different people listed in evaluators.yaml, each with a conflict-of-interest declaration, for `act`
    (`act.*` in tender/wording)."""
    if actor == witness:
        raise UsageError("people.same", act=act)
    listed = {p.id: p for p in ws.people or ()}
    for who in (actor, witness):
        if who not in listed:
            raise UsageError("people.not-listed", who=who, act=act)
        if not listed[who].declaration:
            raise UsageError("usage.no-declaration", who=who)


def seal_final(
    root: Path,
    ws: Workspace,
    actor: str,
    signing: Signing = UNSIGNED,
    also: Callable[[list[dict[str, Any]]], None] | None = None,
) -> dict[str, Any]:
    """Freeze every input for the award decision; `also` checks the log's events too (the award decision), under
    the same lock."""

    def check(phase: Phase) -> None:
        if ws.tender.two_envelope and not phase.opened:
            raise UsageError("usage.final-before-opening")
        if phase.final:
            raise UsageError("usage.final-sealed", seq=phase.final["seq"])

    def guard(events: list[dict[str, Any]]) -> None:
        check(Phase.of(events))
        if also is not None:
            also(events)

    events, problems = log.read(root)
    phase_of(events, problems)  # refuses a broken log
    guard(events)  # refused before the lock would create a missing log; checked again under it
    details = signing.details({})
    return log.append(root, SEAL_FINAL, actor, details, dict(ws.inputs), guard=guard, sign=signing.sign)
