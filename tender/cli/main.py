"""The `tender` command: the Typer app, its --debug option and its commands, in the order `--help` lists them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from tender import __version__
from tender.cli import clarify, decision, evaluate, export, keys, prepare, procedure
from tender.cli.root import RootGroup

app = typer.Typer(
    cls=RootGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Evaluate the bids of an IT tender: knock-out criteria, weighted scoring, price points, reports.",
)


def show_version(value: bool) -> None:
    """Print `tender VERSION` and stop (the --version option)."""
    if value:
        typer.echo(f"tender {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors (before or after the command).")] = (
        False
    ),
    version: Annotated[
        bool, typer.Option("--version", callback=show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """tender: exact, auditable bid evaluation."""
    # --debug stays in this invocation's context; common.reported() reads it from there


COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("init", prepare.init),
    ("validate", prepare.validate),
    ("evaluate", evaluate.evaluate),
    ("analyze", evaluate.analyze),
    ("report", evaluate.report),
    ("verify", evaluate.verify),
    ("schema", evaluate.schema),
    ("sign", keys.sign),
    ("seal", procedure.seal),
    ("open-prices", procedure.open_prices),
    ("draw", procedure.draw),
    ("clarify", clarify.clarify),
    ("decide", decision.decide),
    ("letters", decision.letters),
    ("bid-form", prepare.bid_form),
    ("score-sheet", prepare.score_sheet),
    ("import-bids", prepare.import_bids),
    ("import-scores", prepare.import_scores),
)
for name, command in COMMANDS:
    app.command(name)(command)
app.add_typer(procedure.audit_app, name="audit")
app.add_typer(keys.keys_app, name="keys")
app.add_typer(export.export_app, name="export")


def main() -> None:
    """Entry point of the `tender` command."""
    app()
