"""Commands that prepare the workspace: init, validate, the forms out and the returned files in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tender.cli.common import echo, reported, words
from tender.cli.options import (
    LANGUAGES,
    Actor,
    Force,
    FormLang,
    ImportFiles,
    IntoDir,
    KeyFile,
    Lang,
    PassphraseEnv,
    Replace,
    WorkspaceDir,
    checked_id,
)
from tender.cli.progress import progress_bars

if TYPE_CHECKING:
    from tender.app.imports import ImportResult
    from tender.report.messages import Messages


def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="The new workspace folder.")],
    catalog: Annotated[str, typer.Option(help="Criteria catalogue to start from.")] = "hosting",
    template: Annotated[
        Path | None, typer.Option("--from", help="Copy tender.yaml, criteria and evaluators.yaml of this workspace.")
    ] = None,
    actor: Actor = None,
    lang: Lang = None,
) -> None:
    """Create a new workspace (two-envelope procedure, evaluators.yaml, audit log)."""
    from tender.app.init import init_workspace

    with reported(ctx):
        for path in init_workspace(directory, catalog, actor, template):
            echo(path)


def validate(ctx: typer.Context, directory: WorkspaceDir = Path("."), lang: Lang = None) -> None:
    """Check every file of the workspace; list every problem (exit 2) or summarise (exit 0)."""
    from tender.app.validate import validate_workspace
    from tender.report.messages import Messages

    with reported(ctx):
        found = validate_workspace(directory)
        msg = Messages(lang or (found.language if found.language in LANGUAGES else "en"))
        counts = {k: getattr(found, k) for k in ("bids", "excluded", "evaluators", "scores", "leaves")}
        echo(msg("cli.valid", file=found.file, **counts))


def bid_form(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the form (default: forms/bid-form.xlsx).")
    ] = None,
    bidder: Annotated[
        str | None, typer.Option("--bidder", callback=checked_id, help="Fill in and lock the bidder's short id.")
    ] = None,
    lots: Annotated[
        str | None,
        typer.Option("--lots", help="A lotted tender: only these lots (comma-separated ids), marked as bid for."),
    ] = None,
    force: Force = False,
    lang: FormLang = None,
) -> None:
    """Write the bid form (xlsx) the buyer sends to every bidder."""
    from tender.app.forms import bid_form as write

    with reported(ctx):
        echo(write(directory, out, bidder, force, lots, lang))


def score_sheet(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    evaluator: Annotated[
        str, typer.Option("--evaluator", callback=checked_id, help="The evaluator the sheet is for.")
    ] = "",
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the sheet (default: forms/score-sheet-NAME.xlsx).")
    ] = None,
    force: Force = False,
    lang: FormLang = None,
) -> None:
    """Write an evaluator's score sheet (xlsx): every bid × judged criterion, never prices."""
    from tender.app.forms import score_sheet as write

    with reported(ctx):
        echo(write(directory, evaluator, out, force, lang))


def import_bids(
    ctx: typer.Context,
    files: ImportFiles,
    into: IntoDir = Path("."),
    replace: Replace = False,
    actor: Actor = None,
    lang: Lang = None,
    late: Annotated[
        bool, typer.Option("--late", help="A bid received after `seal technical`, admitted by a listed person.")
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why the late bid is admitted (shown in every report).")
    ] = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
) -> None:
    """Validate returned bids and copy them unchanged into bids/, printing each file's SHA-256."""
    from tender.app.imports import import_bids as run
    from tender.app.keys import key_use

    with reported(ctx):
        with progress_bars() as progress:
            result = run(into, files, replace, actor, late, reason, key_use(key, passphrase_env), progress)
        print_import(result, words(into, lang))


def import_scores(
    ctx: typer.Context,
    files: ImportFiles,
    into: IntoDir = Path("."),
    replace: Replace = False,
    actor: Actor = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    moderator_key: Annotated[
        Path | None, typer.Option("--moderator-key", help="The consensus moderator's private key (they sign too).")
    ] = None,
    moderator_passphrase_env: Annotated[
        str | None, typer.Option("--moderator-passphrase-env", help="The variable holding its passphrase.")
    ] = None,
    lang: Lang = None,
) -> None:
    """Validate returned score sheets and copy them unchanged into scores/, printing each file's SHA-256."""
    from tender.app.imports import import_scores as run
    from tender.app.keys import key_use

    with reported(ctx):
        keys = key_use(key, passphrase_env), key_use(moderator_key, moderator_passphrase_env)
        with progress_bars() as progress:
            result = run(into, files, replace, actor, *keys, progress=progress)
        print_import(result, words(into, lang))


def print_import(result: ImportResult, msg: Messages) -> None:
    """One line per imported file: SHA-256, where it now is, whose it is; replaced files after it. Interrupted
    imports finished or taken back first are named before."""
    for line in result.recovered:
        echo(line)
    for item in result.files:
        echo(f"{item.sha256}  {item.target}  ({', '.join(item.owners) or msg('cli.no_scores')})")
        for old, aside in item.replaced:
            echo(msg("cli.replaced", old=old, aside=aside))
