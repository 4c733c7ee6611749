"""LibreOffice headless for the workbook tests: convert workbooks with every formula recalculated on load."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

# LibreOffice keeps the cached values of an xlsx by default ("never recalculate"); this profile setting makes it
# recalculate every formula when it opens the file, so that the tests see LibreOffice's numbers, not ours.
ALWAYS_RECALCULATE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def recalculated(paths: list[Path], tmp: Path, to: str = "xlsx:Calc MS Excel 2007 XML") -> Path:
    """The folder where LibreOffice wrote each workbook (same name) after recalculating it on load."""
    profile = tmp / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(ALWAYS_RECALCULATE, encoding="utf-8")
    out = tmp / "lo"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", to, "--outdir", str(out), *map(str, paths)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return out
