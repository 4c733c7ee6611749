"""Commands for people's keys and signed reports: `tender keys new`, `tender sign`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tender.cli.common import echo, reported, words
from tender.cli.options import KeyFile, Lang, PassphraseEnv, ReportWorkspace, checked_id

keys_app = typer.Typer(no_args_is_help=True, help="Make a person's key pair for signing events and reports.")

Person = Annotated[str, typer.Option("--person", callback=checked_id, help="The person's id in evaluators.yaml.")]


@keys_app.command("new")
def new(
    ctx: typer.Context,
    person: Person = ...,  # type: ignore[assignment]
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to keep the private key (default ~/.config/tender/keys/ID.pem).")
    ] = None,
    passphrase_env: PassphraseEnv = None,
    lang: Lang = None,
) -> None:
    """Make an Ed25519 key pair: the private key encrypted with a passphrase; prints the line for evaluators.yaml."""
    from tender.app.keys import make_key, passphrase_from

    with reported(ctx):
        msg = words(None, lang)
        passphrase = (
            passphrase_from(passphrase_env, msg("cli.new_key"))
            if passphrase_env
            else typer.prompt(msg("cli.passphrase_prompt"), hide_input=True, confirmation_prompt=True).encode("utf-8")
        )
        path, public = make_key(person, out, passphrase)
        echo(msg("cli.key_written", person=person, path=path))
        echo(msg("cli.key_line", person=person))
        echo(f"    public_key: {public}")


def sign(
    ctx: typer.Context,
    report_file: Annotated[Path, typer.Argument(metavar="REPORT.pdf", help="The PDF report to sign.")],
    person: Person = ...,  # type: ignore[assignment]
    key: KeyFile = None,
    pkcs12: Annotated[
        Path | None, typer.Option("--pkcs12", help="Sign with this PKCS#12 file (certificate and key) instead.")
    ] = None,
    passphrase_env: PassphraseEnv = None,
    workspace: ReportWorkspace = None,
    lang: Lang = None,
) -> None:
    """Sign a PDF report (PAdES, an incremental update that keeps it PDF/A) with your key or certificate."""
    from tender.app.keys import key_use
    from tender.app.sign import default_workspace, sign_report

    with reported(ctx):
        with_key = key_use(key, passphrase_env) if key else None
        with_pkcs12 = key_use(pkcs12, passphrase_env) if pkcs12 else None
        found = sign_report(report_file, person, with_key, with_pkcs12, workspace)
        msg = words(workspace or default_workspace(report_file), lang)
        origin = msg("cli.self_issued") if found.self_issued else msg("cli.certificate", subject=found.subject)
        echo(msg("cli.report_signed", report=report_file, person=person, origin=origin))
