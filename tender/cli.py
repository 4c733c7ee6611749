"""The command line: parse arguments, call one core function, print, map the outcome to an exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from tender.errors import TenderError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Evaluate the bids of an IT tender: knock-out criteria, weighted scoring, price points, reports.",
)
DEBUG = {"on": False}
WorkspaceDir = Annotated[Path, typer.Argument(help="The workspace folder (holds tender.yaml).")]


@app.callback()
def root(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    """tender: exact, auditable bid evaluation."""
    DEBUG["on"] = debug


@contextmanager
def reported() -> Iterator[None]:
    """Turn errors into messages on stderr and exit codes: 2 for bad input, 1 for a bug."""
    try:
        yield
    except TenderError as exc:
        if DEBUG["on"]:
            raise
        for line in exc.lines():
            typer.echo(line, err=True)
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"{exc.filename or ''}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception as exc:
        if DEBUG["on"]:
            raise
        typer.echo(f"internal error: {exc!r} (run with --debug for the traceback)", err=True)
        raise typer.Exit(1) from None


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="The new workspace folder.")],
    catalog: Annotated[str, typer.Option(help="Criteria catalogue to start from.")] = "hosting",
) -> None:
    """Create a new workspace from a criteria catalogue."""
    from tender.scaffold import init_workspace

    with reported():
        for path in init_workspace(directory, catalog):
            typer.echo(path)


@app.command()
def validate(directory: WorkspaceDir = Path(".")) -> None:
    """Check every file of the workspace; list every problem (exit 2) or summarise (exit 0)."""
    from tender.checks import validate_workspace

    with reported():
        typer.echo(validate_workspace(directory))


@app.command()
def evaluate(
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result object as JSON.")] = False,
) -> None:
    """Evaluate the bids and print the ranking (or the JSON result)."""
    from tender.scoring import evaluate as run
    from tender.workspace import load_workspace

    with reported():
        result = run(load_workspace(directory))
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n")
            return
        from rich.console import Console

        from tender.report.terminal import print_evaluation

        print_evaluation(result, Console())


def main() -> None:
    """Entry point of the `tender` command."""
    app()


@app.command("bid-form")
def bid_form(
    directory: WorkspaceDir = Path("."),
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the form (default: forms/bid-form.xlsx).")
    ] = None,
    bidder: Annotated[str | None, typer.Option("--bidder", help="Fill in and lock the bidder's short id.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the bid form (xlsx) the buyer sends to every bidder."""
    from tender.sheets.forms import write_bid_form
    from tender.workspace import load_tender

    with reported():
        target = out or directory / "forms" / (f"bid-form-{bidder}.xlsx" if bidder else "bid-form.xlsx")
        typer.echo(write_bid_form(load_tender(directory), target, bidder, force))


@app.command("score-sheet")
def score_sheet(
    directory: WorkspaceDir = Path("."),
    evaluator: Annotated[str, typer.Option("--evaluator", help="The evaluator the sheet is for.")] = "",
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the sheet (default: forms/score-sheet-NAME.xlsx).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write an evaluator's score sheet (xlsx): every bid × judged criterion, never prices."""
    from tender.sheets.scoresheet import write_score_sheet
    from tender.workspace import load_workspace

    with reported():
        ws = load_workspace(directory)
        target = out or directory / "forms" / f"score-sheet-{evaluator.strip()}.xlsx"
        typer.echo(write_score_sheet(ws.tender, ws.bids, evaluator, target, force))


ImportFiles = Annotated[list[Path], typer.Argument(help="The returned files (xlsx, CSV, YAML).")]
IntoDir = Annotated[Path, typer.Option("--into", help="The workspace folder.")]
Replace = Annotated[bool, typer.Option("--replace", help="Replace a file of the same name, bidder or evaluator.")]


@app.command("import-bids")
def import_bids(files: ImportFiles, into: IntoDir = Path("."), replace: Replace = False) -> None:
    """Validate returned bids and copy them unchanged into bids/, printing each file's SHA-256."""
    from tender.sheets.importer import import_bids as run

    with reported():
        print_import(run(into, files, replace))


@app.command("import-scores")
def import_scores(files: ImportFiles, into: IntoDir = Path("."), replace: Replace = False) -> None:
    """Validate returned score sheets and copy them unchanged into scores/, printing each file's SHA-256."""
    from tender.sheets.importer import import_scores as run

    with reported():
        print_import(run(into, files, replace))


def print_import(result: Any) -> None:
    """One line per imported file: SHA-256, where it now is, whose it is; replaced files after it."""
    for item in result.files:
        typer.echo(f"{item.sha256}  {item.target}  ({', '.join(item.owners) or 'no scores'})")
        for old, aside in item.replaced:
            typer.echo(f"  replaced {old} (kept as {aside})")
