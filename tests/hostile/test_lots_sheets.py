"""Bad lotted input in every format (xlsx form, CSV, plain workbook, score sheet, CSV and YAML scores): a bid for
an unknown lot, an offer for a lot not bid for, a combination naming a lot twice or one not bid for, a score for a
lot the bidder did not bid for; each one line naming the file and the cell or line, exit 2, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tender.errors import Collector
from tender.sheets.formread import read_xlsx_bid
from tender.workspace import load_tender
from tests.hostile.conftest import refused, run
from tests.lotfill import fill_lotted_form, fill_lotted_scores
from tests.sheets.lotsupport import LOTS, flat_rows, lots_workspace, write_flat_csv, yaml_bids


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """examples/lots copied."""
    return lots_workspace(tmp_path)


def filled_form(root: Path, tmp_path: Path, bidder: str, name: str = "") -> Path:
    """A bidder's YAML bid entered into a blank lotted form (outside the workspace)."""
    form = tmp_path / "form.xlsx"
    if not form.exists():
        assert run("bid-form", root, "--out", form).exit_code == 0
    return fill_lotted_form(form, tmp_path / (name or f"angebot-{bidder}.xlsx"), yaml_bids(root)[bidder])


def edited(path: Path, sheet: str, cells: dict[str, object]) -> Path:
    """The workbook with some cells changed (as a bidder editing the form would)."""
    wb = load_workbook(path, rich_text=True)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(path)
    return path


def row_of(path: Path, sheet: str, key: str) -> int:
    """The row whose column A holds `key`."""
    ws = load_workbook(path)[sheet]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == key)


def test_xlsx_bid_for_an_unknown_lot(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "isar")
    row = row_of(form, "Bieter", "lots.migration")
    edited(form, "Bieter", {f"A{row}": "lots.rechenzentrum", f"C{row}": "ja"})  # a tampered form
    (root / "bids" / "isar.yaml").unlink()
    refused(
        root,
        "import-bids",
        form,
        "--into",
        root,
        expect=f'angebot-isar.xlsx: Bieter!C{row}: bid for unknown lot "rechenzentrum" (the tender\'s lots: cluster, '
        "test, migration)",
    )


def test_xlsx_price_sheet_for_a_lot_not_bid_for(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "isar")  # isar bids for cluster and test; it fills migration's prices too
    edited(form, "Preise migration", {"E8": 4000})
    (root / "bids" / "isar.yaml").unlink()
    result = refused(
        root,
        "import-bids",
        form,
        "--into",
        root,
        expect="angebot-isar.xlsx: Preise migration!E8: an offer for lot migration",
    )
    assert "which the bid does not name under lots (its lots: cluster, test)" in result.output


def test_xlsx_combination_of_a_lot_not_bid_for(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "isar")
    edited(form, "Kombinationen", {"B7": "alles", "C7": "ja", "E7": "ja", "G7": 0.05})  # cluster + migration
    (root / "bids" / "isar.yaml").unlink()
    refused(
        root,
        "import-bids",
        form,
        "--into",
        root,
        expect='angebot-isar.xlsx: Kombinationen!E7: the combination names lot "migration", for which the bid does not '
        "bid (its lots: cluster, test)",
    )


def test_xlsx_lot_answer_not_yes_no(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "isar")
    row = row_of(form, "Bieter", "lots.test")
    edited(form, "Bieter", {f"C{row}": "vielleicht"})
    (root / "bids" / "isar.yaml").unlink()
    refused(
        root,
        "import-bids",
        form,
        "--into",
        root,
        expect=f'Bieter!C{row}: lot test: expected ja/nein or yes/no, found "vielleicht"',
    )


def test_xlsx_no_lot_chosen(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "isar")
    first = row_of(form, "Bieter", "lots.cluster")
    edited(form, "Bieter", {f"C{first}": "nein", f"C{first + 1}": "nein"})
    (root / "bids" / "isar.yaml").unlink()
    refused(root, "import-bids", form, "--into", root, expect=f"angebot-isar.xlsx: Bieter!C{first}: name the lots")


def csv_bid(root: Path, bidder: str, change: dict[tuple[str, str], tuple[str, str, str, str] | None]) -> Path:
    """A bidder's YAML bid replaced by its CSV twin with rows changed (None: dropped) or added."""
    rows = flat_rows(yaml_bids(root)[bidder])
    keys = {(r[0], r[1]): i for i, r in enumerate(rows)}
    for key, row in change.items():
        if key in keys:
            rows[keys[key]] = row  # type: ignore[call-overload]
        elif row is not None:
            rows.append(row)
    rows = [r for r in rows if r is not None]
    (root / "bids" / f"{bidder}.yaml").unlink()
    return write_flat_csv(root / "bids" / f"{bidder}.csv", rows)


def test_csv_bid_for_an_unknown_lot(root: Path) -> None:
    csv_bid(root, "isar", {("lot", "rechenzentrum"): ("lot", "rechenzentrum", "ja", "")})
    refused(root, "validate", root, expect='bids/isar.csv: line 18: bid for unknown lot "rechenzentrum"')


def test_csv_offer_for_a_lot_not_bid_for(root: Path) -> None:
    csv_bid(root, "isar", {("migration.price", "migration"): ("migration.price", "migration", "30.000", "")})
    refused(
        root,
        "validate",
        root,
        expect="bids/isar.csv: line 18: an offer for lot migration, which the bid does not name under lots (its lots: "
        "cluster, test)",
    )


def test_csv_offer_for_an_unknown_lot(root: Path) -> None:
    csv_bid(root, "isar", {("backup.price", "band"): ("backup.price", "band", "300", "")})
    refused(
        root, "validate", root, expect='bids/isar.csv: line 18: an offer for unknown lot "backup" (the tender\'s lots: '
    )


def test_csv_combination_naming_a_lot_twice(root: Path) -> None:
    csv_bid(
        root,
        "hanse",
        {("combination", "betrieb-und-test"): ("combination", "betrieb-und-test", "cluster, cluster", "")},
    )
    refused(root, "validate", root, expect="bids/hanse.csv: line 22: the combination names lot cluster twice")


def test_csv_combination_of_a_lot_not_bid_for(root: Path) -> None:
    csv_bid(
        root,
        "isar",
        {
            ("combination", "beide"): ("combination", "beide", "cluster, migration", ""),
            ("combination-price", "beide"): ("combination-price", "beide", "150.000", ""),
        },
    )
    refused(root, "validate", root, expect='bids/isar.csv: line 18: the combination names lot "migration", for which')


def test_csv_price_outside_the_lots(root: Path) -> None:
    csv_bid(root, "isar", {("price", "setup"): ("price", "setup", "8.000", "")})
    refused(root, "validate", root, expect="bids/isar.csv: line 18: in a lotted tender each lot has its own prices")


def test_csv_unknown_section_names_the_lotted_ones(root: Path) -> None:
    csv_bid(root, "isar", {("cluster.preis", "setup"): ("cluster.preis", "setup", "8.000", "")})
    refused(
        root, "validate", root, expect='bids/isar.csv: line 18: unknown section "cluster.preis": expected one of bidder'
    )


def test_plain_workbook_offer_for_a_lot_not_bid_for(root: Path) -> None:
    from openpyxl import Workbook

    rows = [*flat_rows(yaml_bids(root)["isar"]), ("migration.price", "schulung", "900", "")]
    wb = Workbook()
    wb.active.append(["section", "key", "value", "note"])
    for row in rows:
        wb.active.append(list(row))
    (root / "bids" / "isar.yaml").unlink()
    wb.save(root / "bids" / "isar.xlsx")
    refused(root, "validate", root, expect=f"bids/isar.xlsx: Sheet!C{len(rows) + 1}: an offer for lot migration")


def test_csv_score_for_a_lot_not_bid_for(root: Path) -> None:
    with (root / "scores" / "mueller.csv").open("a", encoding="utf-8") as f:
        f.write('migration,isar,erfahrung,3,"Isar bietet für die Migration nicht."\n')
    refused(
        root,
        "validate",
        root,
        expect="scores/mueller.csv: line 37: score for bidder isar in lot migration, for which it did not bid (its "
        "lots: cluster, test)",
    )


def test_yaml_score_for_a_lot_not_bid_for(root: Path) -> None:
    (root / "scores" / "braun.yaml").write_text(
        "scores:\n  - {lot: test, bidder: rheintal, criterion: kompetenz, score: 3, justification: ok}\n",
        encoding="utf-8",
    )
    refused(root, "validate", root, expect="scores/braun.yaml: scores[0]: score for bidder rheintal in lot test")


def test_score_sheet_row_for_a_lot_not_bid_for(root: Path, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    assert run("score-sheet", root, "--evaluator", "braun", "--out", blank).exit_code == 0
    sheet = fill_lotted_scores(blank, tmp_path / "braun.xlsx", {("test", "elbtal", "kompetenz"): (4, "gut")}, LOTS)
    edited(
        sheet, "Bewertung test", {"A7": "rheintal"}
    )  # the first row (elbtal) changed to a bidder without a test offer
    refused(
        root,
        "import-scores",
        sheet,
        "--into",
        root,
        expect="braun.xlsx: Bewertung test!E7: score for bidder rheintal in lot test, for which it did not bid",
    )


def test_bid_form_for_unknown_lots_or_an_unlotted_tender(root: Path, tmp_path: Path, example: Path) -> None:
    german = "--lots: backup ist kein Los von crm-hosting-lose (seine Lose: cluster, test, migration)"
    refused(root, "bid-form", root, "--lots", "cluster,backup", expect=german, tender_language=True)
    german = "--lots: 'Cluster' ist keine gültige Kennung: Kleinbuchstaben a-z, Ziffern und Bindestriche, beginnend "
    refused(root, "bid-form", root, "--lots", "Cluster", expect=german, tender_language=True)
    german = "--lots: crm-hosting-2007 ist nicht in Lose aufgeteilt"
    refused(example, "bid-form", example, "--lots", "cluster", expect=german, tender_language=True)


def test_xlsx_combination_without_id_or_with_price_and_discount(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "hanse")
    edited(form, "Kombinationen", {"B7": None, "B8": "beides", "C8": "ja", "E8": "ja", "F8": 150000, "G8": 0.05})
    (root / "bids" / "hanse.yaml").unlink()
    result = refused(root, "import-bids", form, "--into", root, expect="Kombinationen!B7: required key is missing")
    assert result.output.count("Kombinationen!B7") == 1
    assert "angebot-hanse.xlsx: Kombinationen!B8: a combination states a price or a discount, not both" in result.output


def test_xlsx_discount_typed_as_text(root: Path, tmp_path: Path) -> None:
    form = filled_form(root, tmp_path, "hanse")
    edited(form, "Kombinationen", {"G7": "10 %"})  # typed as text: read as the percent it says
    collector = Collector()
    bid = read_xlsx_bid(form, "angebot-hanse.xlsx", load_tender(root), collector)
    assert collector.findings == [] and bid is not None
    assert bid.combinations[0].discount == 0.1
    edited(form, "Kombinationen", {"G7": 1.5})  # 150 %
    (root / "bids" / "hanse.yaml").unlink()
    refused(
        root,
        "import-bids",
        form,
        "--into",
        root,
        expect="angebot-hanse.xlsx: Kombinationen!G7: expected a fraction (0.05 = 5 %) greater than 0 and of at most "
        "1, found 1.5",
    )
