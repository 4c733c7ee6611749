"""ZIP packages whose bytes do not depend on the moment they are written (the workbook, the letters' .docx): every
member dated 1980-01-01, the first day the ZIP format can hold, instead of the clock's time of writing."""

from __future__ import annotations

import zipfile
from io import BytesIO


def undated(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A member as it was written (name, compression, attributes), dated 1980-01-01."""
    out = zipfile.ZipInfo(info.filename)
    out.compress_type, out.external_attr = info.compress_type, info.external_attr
    return out


def undated_package(data: bytes) -> bytes:
    """The ZIP package `data` with the same members in the same order, each dated 1980-01-01."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(undated(info), source.read(info.filename))
    return out.getvalue()
