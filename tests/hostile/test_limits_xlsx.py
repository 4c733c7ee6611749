"""Workbooks past a limit are refused before python-calamine sees them: exit 2, the limit named, nothing changed."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from tests.hostile.conftest import refused, run
from tests.hostile.xlsxmake import cell_rows, sheet, strings, write_xlsx

FAR = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'


@pytest.mark.parametrize(
    ("rows", "dimension", "expect"),
    [
        (FAR, "A1", "it reaches row 1,048,576 and column XFD (16,384); at most 100,000 rows"),
        # a cell without `r` in a far row: the exact scan counts as the reader does
        ('<row r="1048576"><c><v>1</v></c></row>', "A1", "it reaches row 1,048,576 and column A (1); at most 100,000"),
        (
            '<row r="1"><x:c xmlns:x="urn:x" r="XFD1"><x:v>1</x:v></x:c></row>',
            "A1",
            "it reaches row 1 and column XFD (16,384); at most 200",
        ),
        ('<row r="1"><c r="GS1"><v>1</v></c></row>', "A1", "it reaches row 1 and column GS (201); at most 200 columns"),
        (
            cell_rows(1),
            "A1:XFD1048576",
            "it reaches row 1,048,576 and column XFD (16,384) (its stated range is A1:XFD1048576); "
            "at most 100,000 rows",
        ),
        (
            '<row r="1"><c r="CW1"><v>1</v></c></row><row r="20000"><c r="A20000"><v>1</v></c></row>',
            "A1",
            "it reaches row 20,000 and column CW (101), 2,020,000 cells; at most 2,000,000 cells",
        ),
    ],
)
def test_far_away_cells_are_refused(bundled: Path, rows: str, dimension: str, expect: str) -> None:
    path = write_xlsx(bundled / "bids" / "weit.xlsx", sheet(rows, dimension))
    assert path.stat().st_size < 2000
    refused(bundled, "validate", bundled, expect=f"weit.xlsx: sheet Blatt1: {expect}")


def test_wide_cell_after_many_rows(bundled: Path) -> None:
    """Rows first estimated (narrow, below 100,000), then a wide cell in a later piece: every row is counted."""
    rows = '<row r="99999"><c r="A99999"><v>1</v></c></row>' + cell_rows(40_000) + '<row r="1"><c r="CW1"/></row>'
    write_xlsx(bundled / "bids" / "spaet.xlsx", sheet(rows))
    refused(bundled, "validate", bundled, expect="it reaches row 99,999 and column CW (101), 10,099,899 cells")


def test_far_away_cell_in_an_import(bundled: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "weit.xlsx", sheet(FAR))
    refused(bundled, "import-bids", path, "--into", bundled, expect="at most 100,000 rows")


def test_too_many_rows(bundled: Path) -> None:
    write_xlsx(bundled / "scores" / "lang.xlsx", sheet(cell_rows(100_001)))
    refused(bundled, "validate", bundled, expect="lang.xlsx: sheet Blatt1: it reaches row 100,001 and column A (1)")


def test_compression_ratio_is_refused(bundled: Path) -> None:
    bomb = sheet(cell_rows(1)).replace("<sheetData>", "<sheetData>" + " " * 20_000_000)
    write_xlsx(bundled / "bids" / "bombe.xlsx", bomb)
    refused(
        bundled,
        "validate",
        bundled,
        expect="xl/worksheets/sheet1.xml inside the workbook unpacks",
    ).output.count("files inside an xlsx may be compressed at most 100:1 (a zip bomb?)")


def test_oversized_member_is_refused(bundled: Path) -> None:
    write_xlsx(bundled / "bids" / "gross.xlsx", sheet(cell_rows(1)), extra={"xl/media/x.bin": b"\0" * (101 * 2**20)})
    refused(
        bundled,
        "validate",
        bundled,
        expect="xl/media/x.bin inside the workbook unpacks to 101 MB; at most 100 MB unpacked per file inside an xlsx",
    )


def test_unpacked_total_is_refused(bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Members within their own limit that pass the total together (the total lowered to 3 MB to keep this fast)."""
    from tender.parse import limits

    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 3 * 2**20)
    monkeypatch.setattr(limits, "UNZIPPED_BYTES", "at most 3 MB unpacked in total")
    bits = bytes(97 + (i & 1) for i in range(256))  # a or b at random: packs about 7:1, below the ratio limit
    write_xlsx(
        bundled / "bids" / "gross.xlsx", sheet(cell_rows(1)), extra={"x.bin": os.urandom(4 * 2**20).translate(bits)}
    )
    refused(bundled, "validate", bundled, expect="gross.xlsx: the workbook unpacks to more than 4.0 MB; at most 3 MB")


def test_too_many_members(bundled: Path) -> None:
    write_xlsx(bundled / "bids" / "viele.xlsx", sheet(cell_rows(1)), extra={f"x/{i}.txt": "x" for i in range(996)})
    refused(bundled, "validate", bundled, expect="the workbook holds 1,001 files; an xlsx may hold at most 1,000 files")


def test_a_lying_size_in_the_archive_is_caught(bundled: Path) -> None:
    path = write_xlsx(bundled / "bids" / "luege.xlsx", sheet(cell_rows(50)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    size = info.file_size.to_bytes(4, "little")
    data[data.rindex(size) : data.rindex(size) + 4] = (10).to_bytes(4, "little")  # central directory says 10 bytes
    path.write_bytes(bytes(data))
    refused(bundled, "validate", bundled, expect="luege.xlsx: cannot read the workbook")


def test_long_cell_text(bundled: Path) -> None:
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    write_xlsx(bundled / "bids" / "text.xlsx", sheet(rows), extra={"xl/sharedStrings.xml": strings("ä" * 32_768)})
    refused(bundled, "validate", bundled, expect="a cell shows a text of 32,768 characters; at most 32,767 characters")


def test_one_long_text_in_many_cells(bundled: Path) -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, 1101))
    write_xlsx(bundled / "bids" / "text.xlsx", sheet(rows), extra={"xl/sharedStrings.xml": strings("x" * 30_000)})
    refused(bundled, "validate", bundled, expect="its cells show 33,000,000 characters of text; at most 32,000,000")


def test_text_of_umlauts_up_to_the_limit_is_read(bundled: Path) -> None:
    """The stored size of a shared string (2 bytes per ä) is not taken for its length."""
    from tender.parse.xlsxcheck import check_xlsx

    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    path = write_xlsx(bundled / "t.xlsx", sheet(rows), extra={"xl/sharedStrings.xml": strings("ä" * 32_767)})
    assert check_xlsx(path.read_bytes(), "t.xlsx").percent == {}


def test_document_type_declarations_are_refused(bundled: Path) -> None:
    rows = '<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="1"><c><v>1</v></c></row>'
    write_xlsx(bundled / "bids" / "dtd.xlsx", sheet(rows))
    refused(bundled, "validate", bundled, expect="dtd.xlsx: cannot read the workbook")


def test_the_bundled_workbooks_pass(bundled: Path) -> None:
    assert run("validate", bundled).exit_code == 0
