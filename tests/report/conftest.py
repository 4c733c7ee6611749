"""Fixtures for the report tests: the bundled example's reports, rendered once per session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tender.app.report import write_reports
from tender.report.formats import ANNEX_FORMATS, ReportFormat
from tender.result import Evaluation
from tender.scoring import evaluate
from tender.workspace import load_workspace
from tests.conftest import copy_bundled

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 27, 9, 30, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def example_eval(tmp_path_factory: pytest.TempPathFactory) -> Evaluation:
    """The evaluation of the bundled example."""
    return evaluate(load_workspace(copy_bundled(tmp_path_factory.mktemp("ws") / "example")))


@pytest.fixture(scope="session")
def de_reports(example_eval: Evaluation, tmp_path_factory: pytest.TempPathFactory) -> dict[ReportFormat, Path]:
    """All four German reports of the bundled example."""
    out = tmp_path_factory.mktemp("reports-de")
    paths = write_reports(example_eval, list(ReportFormat), "de", out, NOW)
    return dict(zip(ReportFormat, paths, strict=True))


@pytest.fixture(scope="session")
def en_reports(example_eval: Evaluation, tmp_path_factory: pytest.TempPathFactory) -> dict[ReportFormat, Path]:
    """All four English reports of the bundled example."""
    out = tmp_path_factory.mktemp("reports-en")
    paths = write_reports(example_eval, list(ReportFormat), "en", out, NOW)
    return dict(zip(ReportFormat, paths, strict=True))


@pytest.fixture(scope="session")
def de_annex(example_eval: Evaluation, tmp_path_factory: pytest.TempPathFactory) -> dict[ReportFormat, Path]:
    """The German internal annex of the bundled example (HTML and PDF)."""
    out = tmp_path_factory.mktemp("annex-de")
    paths = write_reports(example_eval, list(ANNEX_FORMATS), "de", out, NOW, annex=True)
    return dict(zip(ANNEX_FORMATS, paths, strict=True))


@pytest.fixture(scope="session")
def en_annex(example_eval: Evaluation, tmp_path_factory: pytest.TempPathFactory) -> dict[ReportFormat, Path]:
    """The English internal annex of the bundled example (HTML and PDF)."""
    out = tmp_path_factory.mktemp("annex-en")
    paths = write_reports(example_eval, list(ANNEX_FORMATS), "en", out, NOW, annex=True)
    return dict(zip(ANNEX_FORMATS, paths, strict=True))
