"""Commands of the procedure and its audit trail: audit show/verify/repair, seal, open-prices, draw."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tender.cli.common import FINDINGS, echo, print_json, reported, words
from tender.cli.options import (
    Actor,
    KeyFile,
    Lang,
    LotId,
    PassphraseEnv,
    WitnessKey,
    WitnessPassphraseEnv,
    WorkspaceDir,
    checked_id,
)

audit_app = typer.Typer(no_args_is_help=True, help="Show, verify and repair the workspace's audit log.")


class Seal(StrEnum):
    """What a seal freezes."""

    TECHNICAL = "technical"
    FINAL = "final"


@audit_app.command("show")
def show(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: Lang = None,
) -> None:
    """Print the audit log's events."""
    from tender.app.audit import audit_events

    with reported(ctx):
        events, problems = audit_events(directory)
        if as_json:
            print_json(events)
        for event in [] if as_json else events:
            files = f"  [{len(event['files'])} file(s)]" if event["files"] else ""
            details = ", ".join(f"{k}={v}" for k, v in event["details"].items() if not isinstance(v, dict))
            echo(f"{event['seq']:>4}  {event['time']}  {event['actor']:<12} {event['action']:<14} {details}{files}")
        for problem in problems:
            echo(str(problem), err=True)


@audit_app.command("verify")
def verify(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    lang: Lang = None,
    head: Annotated[
        str | None,
        typer.Option(
            "--head", metavar="SEQ:HASH", help="A head kept earlier (`tender audit head`): must still be in the log."
        ),
    ] = None,
) -> None:
    """Check the log's chain, every sealed file and report, and a head kept earlier; exit 1 when anything is off."""
    from tender.app.audit import audit_problems
    from tender.report.error_text import number_format

    with reported(ctx):
        problems, count = audit_problems(directory, head)
        msg = words(directory, lang)
        if problems:
            for problem in problems:
                echo(problem if isinstance(problem, str) else problem.text(msg.lang, number_format(msg.lang)))
            raise typer.Exit(FINDINGS)
        echo(msg("cli.sound", count=count))


@audit_app.command("head")
def show_head(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: Lang = None,
) -> None:
    """Print the log's head as SEQ:HASH: keep it outside the workspace to prove later that nothing was cut."""
    from tender.app.audit import log_head

    with reported(ctx):
        found = log_head(directory)
        if as_json:
            print_json({"seq": found.seq, "hash": found.hash, "action": found.action})
        else:
            echo(found)


@audit_app.command("repair")
def repair(ctx: typer.Context, directory: WorkspaceDir = Path("."), actor: Actor = None, lang: Lang = None) -> None:
    """Finish or take back interrupted imports; move a torn last line of the log into a side file and record that."""
    from tender.app.audit import repair_log
    from tender.app.staging import recover

    with reported(ctx):
        for line in recover(directory):
            echo(line)
        side = repair_log(directory, actor)
        msg = words(directory, lang)
        echo(msg("cli.torn", side=side) if side else msg("cli.whole"))


def seal(
    ctx: typer.Context,
    what: Annotated[Seal, typer.Argument(help="technical or final")],
    directory: WorkspaceDir = Path("."),
    actor: Actor = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    lang: Lang = None,
) -> None:
    """Seal the technical evaluation (before the prices are opened) or everything (for the award)."""
    from tender.app.keys import key_use
    from tender.app.seal import seal as run

    with reported(ctx):
        event = run(directory, what.value, actor, key_use(key, passphrase_env))
        echo(words(directory, lang)("cli.sealed", what=what.value, seq=event["seq"], files=len(event["files"])))


def open_prices(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    actor: Actor = None,
    witness: Annotated[
        str, typer.Option("--witness", callback=checked_id, help="The second person present at the opening.")
    ] = ...,  # type: ignore[assignment]
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    witness_key: WitnessKey = None,
    witness_passphrase_env: WitnessPassphraseEnv = None,
    lang: Lang = None,
) -> None:
    """Open the prices, in the presence of two different listed people (each signs with their own key)."""
    from tender.app.keys import key_use
    from tender.app.seal import open_prices as run

    with reported(ctx):
        keys = key_use(key, passphrase_env), key_use(witness_key, witness_passphrase_env)
        event = run(directory, witness, actor, *keys)
        msg = words(directory, lang)
        signed = msg("cli.signed_by", people=", ".join(event["signatures"])) if event.get("signatures") else ""
        echo(msg("cli.opened", actor=event["actor"], witness=witness, seq=event["seq"]) + signed)


def signers(event: dict[str, Any]) -> str:
    """`, signed by …` for an event with signatures, else nothing."""
    return f", signed by {', '.join(event['signatures'])}" if event.get("signatures") else ""


def draw(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    actor: Actor = None,
    witness: Annotated[
        str, typer.Option("--witness", callback=checked_id, help="The second person present at the drawing.")
    ] = ...,  # type: ignore[assignment]
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    witness_key: WitnessKey = None,
    witness_passphrase_env: WitnessPassphraseEnv = None,
    lot: LotId = None,
    lang: Lang = None,
) -> None:
    """Draw lots for bids still level after the announced tie-break, before two listed people (recorded in the log)."""
    from tender.app.draw import draw as run
    from tender.app.keys import key_use

    with reported(ctx):
        keys = key_use(key, passphrase_env), key_use(witness_key, witness_passphrase_env)
        event = run(directory, witness, actor, *keys, lot)
        for group in event["details"]["groups"]:
            echo(f"drawn order{' in lot ' + lot if lot else ''}: {', '.join(group)}")
        echo(f"lots drawn by {event['actor']} with {witness} as witness: audit event {event['seq']}{signers(event)}")
