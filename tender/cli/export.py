"""`tender export`: the evaluation in formats other tools read (OCDS)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tender.cli.common import echo, reported
from tender.cli.options import Lang, WorkspaceDir

export_app = typer.Typer(no_args_is_help=True, help="Export the evaluation for other tools (OCDS).")


@export_app.command("ocds")
def ocds(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    out: Annotated[
        Path | None, typer.Option("--out", help="The file to write (default: DIR/reports/<tender id>-ocds.json).")
    ] = None,
    ocid_prefix: Annotated[
        str | None,
        typer.Option("--ocid-prefix", help="The publisher's registered OCID prefix (default: tender.yaml's ocds)."),
    ] = None,
    lang: Lang = None,
) -> None:
    """Write an OCDS 1.1 release package: tender, bids with scores and ranks, the award, the criteria's weights."""
    from tender.app.export import export_ocds

    with reported(ctx):
        echo(export_ocds(directory, out, ocid_prefix))
