"""The command line: parse arguments, call one core function, print, map the outcome to an exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

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
    from tender.errors import UsageError
    from tender.workspace import load_workspace

    with reported():
        if lang not in (None, "de", "en"):
            raise UsageError(f"--lang must be de or en, got {lang}")
        result = run(
            load_workspace(directory),
            samples=samples,
            seed=seed,
            vary=None if vary is None else vary / 100,
            evaluators=evaluator_scores,
        )
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n")
            return
        from rich.console import Console

        from tender.report.analysis_terminal import print_analysis

        language = lang or (
            result.evaluation.tender.language if result.evaluation.tender.language in ("de", "en") else "en"
        )
        print_analysis(result, Console(), language)
