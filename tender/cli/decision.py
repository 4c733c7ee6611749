"""Commands of the award: decide (and approve), letters to the bidders."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tender.cli.common import echo, reported
from tender.cli.options import Actor, KeyFile, Lang, PassphraseEnv, WorkspaceDir, checked_id

Day = Annotated[
    str | None, typer.Option("--date", metavar="YYYY-MM-DD", help="The day it was decided (default: today).")
]


class Channel(StrEnum):
    """How the letters are sent (§ 134(2) GWB: 10 days electronically, 15 otherwise)."""

    ELECTRONIC = "electronic"
    POST = "post"


def decide(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    actor: Actor = None,
    on: Day = None,
    approved_by: Annotated[
        str | None,
        typer.Option("--approved-by", callback=checked_id, help="A second listed person approving it, present now."),
    ] = None,
    approve: Annotated[
        bool, typer.Option("--approve", help="Approve the decision recorded earlier (the actor is the approver).")
    ] = False,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    approver_key: Annotated[Path | None, typer.Option("--approver-key", help="The approver's private key.")] = None,
    approver_passphrase_env: Annotated[
        str | None,
        typer.Option("--approver-passphrase-env", help="The variable holding the approver key's passphrase."),
    ] = None,
    lang: Lang = None,
) -> None:
    """Record the award decision (winner, recommendation) and its approval by a second listed person."""
    from tender.app.decide import approve as run_approve
    from tender.app.decide import decide as run
    from tender.app.keys import key_use
    from tender.errors import UsageError

    with reported(ctx):
        if approve and (approved_by or approver_key):
            raise UsageError("decide.approve-alone")
        if approve:
            event = run_approve(directory, actor, on, key_use(key, passphrase_env))
            echo(
                f"award decision of audit event {event['details']['decision']} approved by {event['actor']} "
                f"on {event['details']['date']}: audit event {event['seq']}"
            )
            return
        keys = key_use(key, passphrase_env), key_use(approver_key, approver_passphrase_env)
        event = run(directory, actor, on, approved_by, *keys)
        d = event["details"]
        approved = f", approved by {d['approver']}" if d.get("approver") else " (awaits approval: --approve)"
        awarded = d["winner"] if "winner" in d else ", ".join(f"{lot}: {b}" for lot, b in d["awards"].items())
        echo(f"award decision for {awarded} by {event['actor']} on {d['date']}{approved}: audit event {event['seq']}")
        echo(d["recommendation"])


def letters(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    actor: Actor = None,
    lang: Annotated[str | None, typer.Option("--lang", help="de or en (default: the tender's language).")] = None,
    sent_on: Annotated[
        str | None, typer.Option("--sent-on", metavar="YYYY-MM-DD", help="The day they are sent (default: today).")
    ] = None,
    channel: Annotated[
        Channel, typer.Option("--channel", help="electronic (10 days' standstill) or post (15 days).")
    ] = Channel.POST,
    out: Annotated[Path | None, typer.Option("--out", help="The folder (default: DIR/letters).")] = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
) -> None:
    """Write the § 134 GWB letters (PDF and .docx) to every bidder after the approved award decision."""
    from tender.app.keys import key_use
    from tender.app.letters import write_letters

    with reported(ctx):
        written = write_letters(directory, actor, lang, sent_on, channel.value, out, key_use(key, passphrase_env))
        for path in written.files:
            echo(f"wrote {path}")
        echo(
            f"standstill ends on {written.standstill_end}; award at the earliest on {written.earliest_award} "
            f"(audit event {written.event})"
        )
