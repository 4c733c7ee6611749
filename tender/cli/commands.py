"""The command line: parse arguments, call one core function, print, map the outcome to an exit code."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tender.cli.audit import Actor, register
from tender.cli.common import DEBUG, print_json, reported

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Evaluate the bids of an IT tender: knock-out criteria, weighted scoring, price points, reports.",
)
WorkspaceDir = Annotated[Path, typer.Argument(help="The workspace folder (holds tender.yaml).")]


@app.callback()
def root(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    """tender: exact, auditable bid evaluation."""
    DEBUG["on"] = debug


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="The new workspace folder.")],
    catalog: Annotated[str, typer.Option(help="Criteria catalogue to start from.")] = "hosting",
    template: Annotated[
        Path | None, typer.Option("--from", help="Copy tender.yaml, criteria and evaluators.yaml of this workspace.")
    ] = None,
    actor: Actor = None,
) -> None:
    """Create a new workspace (two-envelope procedure, evaluators.yaml, audit log)."""
    from tender.app.init import init_workspace
    from tender.audit.log import actor_name

    with reported():
        for path in init_workspace(directory, catalog, actor_name(actor), template):
            typer.echo(path)


@app.command()
def validate(directory: WorkspaceDir = Path(".")) -> None:
    """Check every file of the workspace; list every problem (exit 2) or summarise (exit 0)."""
    from tender.app.validate import validate_workspace

    with reported():
        typer.echo(validate_workspace(directory))


@app.command()
def evaluate(
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result object as JSON.")] = False,
) -> None:
    """Evaluate the bids and print the ranking (or the JSON result)."""
    from tender.app.evaluate import evaluate_workspace

    with reported():
        _, result = evaluate_workspace(directory)
        if as_json:
            print_json(result.to_dict())
            return
        from rich.console import Console

        from tender.report.terminal import print_evaluation

        print_evaluation(result, Console())


@app.command()
def analyze(
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis object as JSON.")] = False,
    samples: Annotated[int, typer.Option("--samples", help="Monte Carlo samples for SMAA.")] = 10_000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed: the same seed gives the same figures.")] = 0,
    vary: Annotated[
        float | None,
        typer.Option("--vary", help="Draw weights within ±PCT % of the announced ones instead of anywhere."),
    ] = None,
    evaluator_scores: Annotated[
        bool,
        typer.Option("--evaluator-scores", help="Also draw each judged score from that pair's individual scores."),
    ] = False,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the sentences: de or en.")] = None,
) -> None:
    """How robust is the ranking? Weight stability, SMAA, break-even prices, rank reversal, evaluator agreement."""
    from tender.analysis import analyze as run
    from tender.app.evaluate import evaluate_workspace
    from tender.errors import UsageError

    with reported():
        if lang not in (None, "de", "en"):
            raise UsageError(f"--lang must be de or en, got {lang}")
        result = run(
            evaluate_workspace(directory)[1],
            samples=samples,
            seed=seed,
            vary=None if vary is None else vary / 100,
            evaluators=evaluator_scores,
        )
        if as_json:
            print_json(result.to_dict())
            return
        from rich.console import Console

        from tender.report.analysis_terminal import print_analysis

        language = lang or (
            result.evaluation.tender.language if result.evaluation.tender.language in ("de", "en") else "en"
        )
        print_analysis(result, Console(), language)


@app.command()
def report(
    directory: WorkspaceDir = Path("."),
    formats: Annotated[str, typer.Option("--format", help="Formats, comma-separated: html, pdf, xlsx, json.")] = (
        "html,pdf,xlsx,json"
    ),
    lang: Annotated[str | None, typer.Option("--lang", help="Report language: de or en (default: the tender's).")] = (
        None
    ),
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the reports (default: DIR/reports).")] = None,
    actor: Actor = None,
) -> None:
    """Write the comparison reports (HTML, PDF/A, Excel, JSON) and print their paths."""
    from tender.audit.log import actor_name
    from tender.report.formats import parse_formats, report_workspace

    with reported():
        for path in report_workspace(directory, parse_formats(formats), lang, out, actor_name(actor)):
            typer.echo(path)


@app.command()
def verify(
    report_file: Annotated[Path, typer.Argument(metavar="REPORT", help="A JSON, PDF or XLSX report.")],
    workspace: Annotated[
        Path | None, typer.Option("--workspace", help="The workspace (default: the folder above the report's).")
    ] = None,
) -> None:
    """Recompute the evaluation and check that the report matches it: MATCH (exit 0) or what differs (exit 1)."""
    from tender.app.verify import verify_report

    with reported():
        verdict = verify_report(report_file, workspace)
        if verdict.match:
            typer.echo(
                f"MATCH: {report_file} is the evaluation of {verdict.workspace} (fingerprint {verdict.fingerprint})"
            )
            return
        typer.echo(f"MISMATCH: {report_file} does not match the evaluation of {verdict.workspace}:")
        for line in verdict.differences:
            typer.echo(f"  {line}")
        raise typer.Exit(1)


register(app)


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
def import_bids(files: ImportFiles, into: IntoDir = Path("."), replace: Replace = False, actor: Actor = None) -> None:
    """Validate returned bids and copy them unchanged into bids/, printing each file's SHA-256."""
    from tender.app.imports import import_bids as run

    with reported():
        print_import(run(into, files, replace, actor))


@app.command("import-scores")
def import_scores(files: ImportFiles, into: IntoDir = Path("."), replace: Replace = False, actor: Actor = None) -> None:
    """Validate returned score sheets and copy them unchanged into scores/, printing each file's SHA-256."""
    from tender.app.imports import import_scores as run

    with reported():
        print_import(run(into, files, replace, actor))


def print_import(result: Any) -> None:
    """One line per imported file: SHA-256, where it now is, whose it is; replaced files after it."""
    for item in result.files:
        typer.echo(f"{item.sha256}  {item.target}  ({', '.join(item.owners) or 'no scores'})")
        for old, aside in item.replaced:
            typer.echo(f"  replaced {old} (kept as {aside})")
