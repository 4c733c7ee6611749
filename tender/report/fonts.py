"""Fast font subsetting for the PDF on machines without libharfbuzz-subset (a fresh Debian has none).

WeasyPrint subsets the embedded fonts with HarfBuzz-Subset when the system library is there
(0.2 s a page) and otherwise through fontTools (about 0.5 s more per document). The uharfbuzz wheel
from PyPI carries HarfBuzz with its subsetter, so where the system library is missing tender gives
WeasyPrint's Font the same two HarfBuzz subsetting passes through uharfbuzz instead of fontTools.
WeasyPrint is pinned to 70.x, whose Font.subset(to_unicode, hinting) this replaces.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

DROP_TABLES = ("BASE", "DSIG", "EBDT", "EBLC", "EBSC", "GPOS", "GSUB", "JSTF", "LTSH", "PCLT", "SVG ")


@lru_cache(maxsize=1)
def fast_subsetting() -> str:
    """Make WeasyPrint subset fonts with HarfBuzz; returns which subsetter it uses: harfbuzz, uharfbuzz, fonttools."""
    import weasyprint.pdf.fonts as fonts

    if fonts.harfbuzz_subset:
        return "harfbuzz"
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return "fonttools"
    fonts.Font.subset = uharfbuzz_subset
    return "uharfbuzz"


def tag(name: str) -> int:
    """An OpenType table tag as HarfBuzz's 32-bit number."""
    return int.from_bytes(name.encode("ascii"), "big")


def uharfbuzz_subset(font: Any, to_unicode: dict[int, str], hinting: bool) -> None:
    """Keep only the glyphs used (glyph ids unchanged), as WeasyPrint's own HarfBuzz path does."""
    import uharfbuzz as hb

    if not to_unicode:
        return
    flags = hb.SubsetFlags
    face = hb.Face(hb.Blob(font.file_content), font.index)
    used = hb.SubsetInput()
    used.glyph_set.update(sorted(to_unicode))
    used.flags = flags.RETAIN_GIDS | flags.PASSTHROUGH_UNRECOGNIZED | flags.DESUBROUTINIZE
    if font.missing:
        used.flags |= flags.NOTDEF_OUTLINE
    used.drop_table_tag_set.update(tag(name) for name in DROP_TABLES)
    face = hb.subset(face, used)
    trimmed = hb.SubsetInput()  # drop the empty glyphs after the last one used
    trimmed.glyph_set.update(range(max(to_unicode) + 1))
    trimmed.flags = flags.PASSTHROUGH_UNRECOGNIZED | flags.DESUBROUTINIZE
    if not hinting:
        trimmed.flags |= flags.NO_HINTING
    if font.missing:
        trimmed.flags |= flags.NOTDEF_OUTLINE
    face = hb.subset(face, trimmed)
    if face is not None and face.blob.data:
        font.file_content = face.blob.data
