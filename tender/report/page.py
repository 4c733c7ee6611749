"""The interactive parts of the HTML page: the data island, the script, its stylesheet and the security policy.

Only the HTML report has them; the PDF renders the same template without (ReportView.page is None).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from tender.report.fmt import Formatter
from tender.report.jinja import stylesheet
from tender.report.messages import Messages
from tender.report.whatif import WhatIf, kernel_script
from tender.resources import data_dir
from tender.result import Evaluation

# characters that could end the data island's <script> element or start a comment in it, and the two line
# separators that older JavaScript parsers take for line ends; written as JSON escapes, JSON.parse reads them back
ISLAND_ESCAPES: dict[str, str | int | None] = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
# from this many table cells (bids × criteria and evaluators' marks) on, the screen lays out only what is near it
LONG = 5_000
# the labels the script writes itself (sort buttons, filters, collapsing)
SCRIPT_LABELS = (
    "page.sort",
    "page.filter",
    "page.filter_hint",
    "page.shown",
    "page.collapse",
    "page.expand",
    "page.collapse_all",
    "page.expand_all",
    "whatif.invalid",
    "whatif.missing",
)


@dataclass(frozen=True)
class Page:
    """What the template adds for the browser: the panel, the data island, the script, the CSS and the CSP."""

    whatif: WhatIf
    data: Markup
    script: Markup
    css: Markup
    csp: str
    long: bool = False


def island(data: Any) -> Markup:
    """JSON that is safe inside <script type="application/json">: no "</script>", "<!--" or line separator in it."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Markup(text.translate(str.maketrans(ISLAND_ESCAPES)))


def script_text() -> str:
    """The page's script: the kernel's formulas rendered from the formula table, then the page's own code."""
    code = (data_dir("templates") / "report-page.js").read_text(encoding="utf-8")
    return f"{kernel_script()}\n{code}"


def policy(script: str) -> str:
    """The Content-Security-Policy: no network at all, inline styles, and only this one script (by its hash)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def page(ev: Evaluation, lang: str, panel: WhatIf) -> Page:
    """The interactive parts of one HTML report."""
    msg, fmt = Messages(lang), Formatter(lang, ev.tender.currency)
    decimal, group = fmt.num(1000.5, 1)[-2], fmt.num(1000.5, 1)[1]
    data = {
        "lang": lang,
        "format": {"decimal": decimal, "group": group, "percent": fmt.pct(0.5, 0).removeprefix("50")},
        "labels": {key.split(".", 1)[1]: msg(key) for key in SCRIPT_LABELS},
        "whatif": panel.data if panel.available else None,
    }
    script = script_text()
    cells = len(ev.bids) * len(ev.tender.leaf_tuple) + sum(len(j.scores) for j in ev.judgements)
    return Page(panel, island(data), Markup(script), stylesheet("report-screen.css"), policy(script), cells >= LONG)
