"""The format interface: every ReportFormat is handled, the CLI writes all four, JSON carries the audit block."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tender.app.report import write_reports
from tender.cli import app
from tender.errors import UsageError
from tender.report.formats import ReportFormat, parse_formats, renderer
from tender.result import Evaluation, canonical_json, fingerprint

MAGIC = {
    ReportFormat.HTML: b"<!DOCTYPE html>",
    ReportFormat.PDF: b"%PDF-",
    ReportFormat.XLSX: b"PK",
    ReportFormat.JSON: b"{",
}


def test_every_format_member_is_handled(de_reports: dict[ReportFormat, Path]) -> None:
    assert set(MAGIC) == set(ReportFormat)
    for fmt in ReportFormat:
        assert callable(renderer(fmt))
        path = de_reports[fmt]
        assert path.name == f"crm-hosting-2007-de.{fmt.value}"
        assert path.read_bytes().startswith(MAGIC[fmt])


def test_parse_formats() -> None:
    assert parse_formats("pdf, HTML,pdf") == [ReportFormat.PDF, ReportFormat.HTML]
    with pytest.raises(UsageError, match="unknown report format 'doc'"):
        parse_formats("html,doc")


def test_json_report_is_result_plus_audit(de_reports: dict[ReportFormat, Path], example_eval: Evaluation) -> None:
    doc = json.loads(de_reports[ReportFormat.JSON].read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1
    assert doc["result"] == json.loads(json.dumps(example_eval.to_dict()))
    audit = doc["audit"]
    assert audit["created"] == "2026-11-27T09:30:00Z"
    assert audit["method"] == "weighted-sum"
    assert audit["fingerprint"] == fingerprint(example_eval)
    # anyone can check the fingerprint from the file alone
    assert hashlib.sha256(canonical_json(doc["result"]).encode()).hexdigest() == audit["fingerprint"]
    assert set(audit["inputs"]) >= {"tender.yaml", "criteria/hosting.yaml", "bids/rheintal.xlsx", "scores/mueller.xlsx"}
    assert all(len(h) == 64 for h in audit["inputs"].values())


def test_cli_report_writes_and_prints_paths(tmp_path: Path, example: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["report", str(example), "--format", "json,html", "--lang", "en", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(out / "crm-hosting-2007-en.json"), str(out / "crm-hosting-2007-en.html")]
    evaluated = CliRunner().invoke(app, ["evaluate", str(example), "--json"])
    assert json.loads((out / "crm-hosting-2007-en.json").read_text())["result"] == json.loads(evaluated.output)


def test_cli_report_defaults_to_tender_language_and_reports_folder(example: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(example), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(example / "reports" / "crm-hosting-2007-de.json")


def test_cli_report_on_bad_input_exits_2_and_writes_nothing(example: Path) -> None:
    (example / "bids" / "hanse.yaml").write_text("bidder: hanse\nname: Hanse\nprices: {setup: abc}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(example)])
    assert result.exit_code == 2
    assert "bids/hanse.yaml" in result.output
    assert not (example / "reports").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "docx"],
            "unbekanntes Berichtsformat 'docx': eines oder mehrere von html, pdf, xlsx, json verwenden",
        ),
        (
            ["--format", "docx", "--lang", "en"],
            "unknown report format 'docx': use one or more of html, pdf, xlsx, json",
        ),
        (["--lang", "fr"], "nicht unterstützte Berichtssprache 'fr': eine von de, en verwenden"),
    ],
)
def test_cli_report_usage_errors(example: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["report", str(example), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert not (example / "reports").exists()


def test_failed_render_leaves_existing_reports_intact(
    tmp_path: Path, example_eval: Evaluation, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_reports(example_eval, [ReportFormat.JSON, ReportFormat.HTML], "de", tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(fmt: ReportFormat):
        if fmt is ReportFormat.HTML:
            raise RuntimeError("renderer crashed")
        return renderer(fmt)

    monkeypatch.setattr("tender.app.report.renderer", broken)
    with pytest.raises(RuntimeError):
        write_reports(example_eval, [ReportFormat.JSON, ReportFormat.HTML], "de", tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_every_format_has_its_renderer_module() -> None:
    from tender.report.formats import MODULES

    assert set(MODULES) == set(ReportFormat)
    assert all(name.startswith("tender.report.") and name != "tender.report.json" for name in MODULES.values())
