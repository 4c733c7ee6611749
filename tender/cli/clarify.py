"""`tender clarify`: the request for an explanation of an abnormally low price and its outcome (§ 60 VgV)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tender.cli.common import echo, reported, words
from tender.cli.options import Actor, KeyFile, Lang, LotId, PassphraseEnv, WorkspaceDir, checked_id


class Outcome(StrEnum):
    """How the explanation was judged."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


def clarify(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    bidder: Annotated[
        str, typer.Option("--bidder", callback=checked_id, help="The bidder whose price is flagged.")
    ] = ...,  # type: ignore[assignment]
    requested: Annotated[
        str, typer.Option("--requested", metavar="DATE", help="When the explanation was requested (YYYY-MM-DD).")
    ] = ...,  # type: ignore[assignment]
    answered: Annotated[
        str | None, typer.Option("--answered", metavar="DATE", help="When the bidder answered (YYYY-MM-DD).")
    ] = None,
    outcome: Annotated[
        Outcome | None, typer.Option("--outcome", help="accepted, or rejected (the bid is excluded, § 60(3) VgV).")
    ] = None,
    note: Annotated[str, typer.Option("--note", help="What the bidder explained and why it was judged so.")] = "",
    actor: Actor = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    lot: LotId = None,
    lang: Lang = None,
) -> None:
    """Record the request for an explanation of an abnormally low price (§ 60 VgV) and, once answered, its outcome."""
    from tender.app.clarify import clarify as run
    from tender.app.keys import key_use

    with reported(ctx):
        event = run(
            directory,
            bidder,
            requested,
            answered,
            None if outcome is None else outcome.value,
            note,
            actor,
            key_use(key, passphrase_env),
            lot,
        )
        msg = words(directory, lang)
        state = msg(f"cli.clarified.{event['details']['outcome'] or 'open'}")
        where = msg("cli.in_lot", lot=lot) if lot else ""
        echo(msg("cli.clarified", bidder=bidder, where=where, state=state, seq=event["seq"]))
