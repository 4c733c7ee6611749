"""The limits every file from outside must keep, with the wording that messages and docs/format.md use.

Each limit keeps memory and time bounded for any input it admits (bench/bench_limits.py measures
`tender validate` on the largest admitted files) and lies far above any real bid or score sheet.
"""

from __future__ import annotations

from tender.wording import Said, said

MB = 2**20

MAX_FILE_BYTES = 50 * MB  # on disk, every input file (bids, scores, tender.yaml, catalogues, evaluators.yaml)
MAX_ROWS = 100_000  # per sheet (the highest row number used) and per CSV file (records)
MAX_COLUMNS = 200  # per sheet (the highest column used) and per CSV file
MAX_CELLS = 2_000_000  # per sheet: highest row × highest column, the grid a reader has to hold
MAX_CELL_CHARS = 32_767  # per cell or CSV field: Excel's own limit
MAX_SHEET_CHARS = 32_000_000  # per CSV file and per worksheet's strings

MAX_ZIP_MEMBERS = 1_000  # files inside an xlsx
MAX_MEMBER_BYTES = 100 * MB  # uncompressed, per file inside an xlsx
MAX_UNZIPPED_BYTES = 200 * MB  # uncompressed, all files inside an xlsx together
MAX_RATIO = 100  # uncompressed : compressed, per file inside an xlsx
RATIO_FROM_BYTES = 1 * MB  # the ratio is checked for members that unpack to more than this


def size_text(count: int) -> Said:
    """A byte count for messages: `50 MB`, `1.5 MB`, `700 bytes` (German: `1,5 MB`, `700 Bytes`)."""
    if count < MB:
        return said("size.bytes", count=count)
    value = count / MB
    if value == int(value):
        return said("size.mb.whole", value=int(value))
    return said("size.mb", value=round(value, 1))


# the limits in words (tender/wording), as the findings quote them
FILE_SIZE = said("limit.file-size", size=size_text(MAX_FILE_BYTES))
ROWS = said("limit.rows", count=MAX_ROWS)
COLUMNS = said("limit.columns", count=MAX_COLUMNS)
CELLS = said("limit.cells", count=MAX_CELLS)
CELL_CHARS = said("limit.cell-chars", count=MAX_CELL_CHARS)
SHEET_CHARS = said("limit.sheet-chars", count=MAX_SHEET_CHARS)
ZIP_MEMBERS = said("limit.zip-members", count=MAX_ZIP_MEMBERS)
MEMBER_BYTES = said("limit.member-bytes", size=size_text(MAX_MEMBER_BYTES))
UNZIPPED_BYTES = said("limit.unzipped-bytes", size=size_text(MAX_UNZIPPED_BYTES))
RATIO = said("limit.ratio", ratio=MAX_RATIO)
