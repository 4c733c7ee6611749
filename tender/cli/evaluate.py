"""Commands on the evaluation: evaluate, analyze, report, verify (each calls one use case and prints)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tender.cli.common import FINDINGS, echo, print_json, reported, words
from tender.cli.options import Actor, KeyFile, Lang, PassphraseEnv, ReportWorkspace, WorkspaceDir, checked_id
from tender.cli.progress import progress_bars


def evaluate(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the result object as JSON.")] = False,
    lang: Lang = None,
) -> None:
    """Evaluate the bids and print the ranking (or the JSON result)."""
    from tender.app.evaluate import evaluate_workspace, evaluation_json, is_lotted

    with reported(ctx):
        if as_json:
            import sys

            from tender.jsonstream import write_json

            evaluation_json(directory, lambda data, checked: write_json(data, sys.stdout, checked))
            return
        from tender.report.shown import console

        if is_lotted(directory):
            from tender.app.evaluate import evaluate_lotted
            from tender.report.lots_terminal import print_lots

            print_lots(evaluate_lotted(directory)[1], console(), lang)
            return
        ws, result = evaluate_workspace(directory)
        from tender.app.funnel import award_record
        from tender.report.terminal import language, print_evaluation, print_people, print_price_checks

        print_evaluation(result, console(), lang)
        print_price_checks(award_record(directory, ws, result), console(), language(result, lang))
        print_people(ws.people, console(), language(result, lang))


def analyze(
    ctx: typer.Context,
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
    lang: Lang = None,
) -> None:
    """How robust is the ranking? Weight stability, SMAA, break-even prices, rank reversal, evaluator agreement."""
    from tender.app.analyze import analyze_workspace
    from tender.app.evaluate import is_lotted

    settings: dict[str, Any] = {
        "samples": samples,
        "seed": seed,
        "vary_percent": vary,
        "evaluators": evaluator_scores,
        "lang": lang,
    }
    with reported(ctx):
        if is_lotted(directory):
            analyze_lotted(directory, as_json, settings)
            return
        with progress_bars() as progress:  # gone before anything is printed
            result, language = analyze_workspace(directory, **settings, progress=progress)
        if as_json:
            from tender.report.robustness_text import analysis_document

            print_json(analysis_document(result))
            return
        from tender.report.analysis_terminal import print_analysis
        from tender.report.shown import console

        print_analysis(result, console(), language)


def analyze_lotted(directory: Path, as_json: bool, settings: dict[str, Any]) -> None:
    """`tender analyze` on a tender divided into lots: every lot's analysis, under its heading or in one document."""
    from tender.app.analyze import analyze_lots
    from tender.report.lots_analysis import lots_analysis_document, print_lots_analysis

    with progress_bars() as progress:
        le, analyses, language = analyze_lots(directory, **settings, progress=progress)
    if as_json:
        print_json(lots_analysis_document(le, analyses))
        return
    from tender.report.shown import console

    print_lots_analysis(le, analyses, console(), language)


def report(
    ctx: typer.Context,
    directory: WorkspaceDir = Path("."),
    formats: Annotated[
        str | None,
        typer.Option(
            "--format", help="Formats, comma-separated: html, pdf, xlsx, json (default: all; annex: html,pdf)."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", callback=checked_id, help="Report language: de or en (default: the tender's)."),
    ] = (None),
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the reports (default: DIR/reports).")] = None,
    actor: Actor = None,
    key: KeyFile = None,
    passphrase_env: PassphraseEnv = None,
    annex: Annotated[
        bool,
        typer.Option("--annex", help="Write the internal annex (robustness of the ranking) instead of the memo."),
    ] = False,
) -> None:
    """Write the comparison reports (HTML, PDF/A, Excel, JSON), or the internal annex, and print their paths."""
    from tender.app.keys import key_use
    from tender.app.report import report_workspace
    from tender.report.formats import parse_formats

    with reported(ctx):
        chosen = None if formats is None else parse_formats(formats)
        with progress_bars() as progress:  # gone before the paths are printed
            paths = report_workspace(directory, chosen, lang, out, actor, key_use(key, passphrase_env), progress, annex)
        for path in paths:
            echo(path)


def schema(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(metavar="[NAME]", help="report (the JSON report), result or analysis.")
    ] = "report",
    lang: Lang = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON report, or of the result or the analysis alone."""
    from tender.app.schema import schema as schema_of

    with reported(ctx):
        print_json(schema_of(name))


def verify(
    ctx: typer.Context,
    report_file: Annotated[Path, typer.Argument(metavar="REPORT", help="A JSON, PDF or XLSX report.")],
    workspace: ReportWorkspace = None,
    lang: Lang = None,
) -> None:
    """Check a report's bytes against the log, recompute its evaluation, check its log head: MATCH (exit 0) or
    which check failed and what differs (exit 1)."""
    from tender.app.verify import verify_report
    from tender.report.error_text import number_format

    with reported(ctx):
        verdict = verify_report(report_file, workspace)
        msg = words(verdict.workspace, lang)
        if verdict.match:
            echo(msg("cli.match", report=report_file, workspace=verdict.workspace, fingerprint=verdict.fingerprint))
        else:
            echo(msg("cli.mismatch", report=report_file, workspace=verdict.workspace))
        number = number_format(msg.lang)
        for check in verdict.checks:
            echo(f"  {check.text(msg.lang, number)}")
            for line in check.detail_texts(msg.lang, number):
                echo(f"    {line}")
        if not verdict.match:
            raise typer.Exit(FINDINGS)
