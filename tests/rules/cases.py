"""The worked examples of docs/method.md (value curves and steps, numeric requirements, minimum shares, the
quality threshold, value for money) as small workspaces on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import write_workspace

STEPS = [{"min": 99.5, "value": 0.4}, {"min": 99.9, "value": 0.8}, {"min": 99.95, "value": 1}]
CURVE = [[1, 1], [4, 0.5], [8, 0]]
PRICES = [{"id": "total", "name": "Total", "per": "once", "quantity": 1}]


def availability(**extra: Any) -> dict[str, Any]:
    """The availability leaf: SLA bands 99.5 / 99.9 / 99.95 % as a step table."""
    return {
        "id": "availability",
        "name": "Availability",
        **extra,
        "measure": {"fact": "availability", "unit": "%", "steps": STEPS},
    }


def response(**extra: Any) -> dict[str, Any]:
    """The response-time leaf: a falling value curve, 1 h → 1, 4 h → 0.5, 8 h → 0."""
    return {
        "id": "response",
        "name": "Response time",
        **extra,
        "measure": {"fact": "response", "unit": "h", "curve": CURVE},
    }


def sla_tender(**method: Any) -> dict[str, Any]:
    """Weighted sum: service levels 60 % (min share 0.5; availability and response 50 % each), price 40 %;
    availability at least 99.5 % (a numeric requirement); quality threshold 0.6."""
    return {
        "id": "sla-hosting",
        "title": "SLA hosting",
        "buyer": "Buyer GmbH",
        "language": "en",
        "term_months": 12,
        "method": {"name": "weighted-sum", "quality_threshold": 0.6, **method},
        "requirements": [
            {
                "id": "availability-floor",
                "text": "Availability of at least 99.5 %",
                "fact": "availability",
                "min": 99.5,
                "unit": "%",
            }
        ],
        "criteria": [
            {
                "id": "service",
                "name": "Service levels",
                "weight": 60,
                "min_score": 0.5,
                "criteria": [availability(weight=50), response(weight=50)],
            },
            {"id": "price", "name": "Price", "weight": 40, "price": True},
        ],
        "prices": PRICES,
    }


SLA_BIDS = {  # bidder: availability %, response h, price
    "alpha": (99.95, 2.5, 100_000),
    "beta": (99.9, 4, 80_000),
    "gamma": (99.2, 1, 70_000),
    "delta": (99.5, 10, 60_000),
    "epsilon": (99.9, 6, 50_000),
}


def sla_workspace(root: Path, tender: dict[str, Any] | None = None, **method: Any) -> Path:
    """The SLA example on disk (or another tender.yaml with its bids)."""
    bids = [
        {
            "bidder": b,
            "name": b.capitalize(),
            "facts": {"availability": a, "response": r},
            "prices": {"total": p},
        }
        for b, (a, r, p) in SLA_BIDS.items()
    ]
    return write_workspace(root, tender or sla_tender(**method), bids)


def vfm_tender() -> dict[str, Any]:
    """Value for money: availability worth 20,000, response 10,000 (both under service levels), the exit
    handover time a malus worth 5,000 (curve 30 days → 1, 90 days → 0)."""
    return {
        "id": "vfm-hosting",
        "title": "Value for money hosting",
        "buyer": "Buyer GmbH",
        "language": "en",
        "term_months": 12,
        "method": {"name": "value-for-money"},
        "criteria": [
            {
                "id": "service",
                "name": "Service levels",
                "criteria": [availability(value=20_000), response(value=10_000)],
            },
            {
                "id": "exit",
                "name": "Exit handover time",
                "value": 5_000,
                "malus": True,
                "measure": {"fact": "exit-days", "unit": "days", "curve": [[30, 1], [90, 0]]},
            },
        ],
        "prices": PRICES,
    }


VFM_BIDS = {"alpha": (99.95, 2.5, 30, 100_000), "beta": (99.9, 4, 60, 80_000)}


def vfm_workspace(root: Path) -> Path:
    """The value-for-money example on disk."""
    bids = [
        {
            "bidder": b,
            "name": b.capitalize(),
            "facts": {"availability": a, "response": r, "exit-days": e},
            "prices": {"total": p},
        }
        for b, (a, r, e, p) in VFM_BIDS.items()
    ]
    return write_workspace(root, vfm_tender(), bids)


def report_contents(folder: Path) -> dict[str, bytes]:
    """What each report (pdf, xlsx, html, json) in a folder says, searchable: a PDF's text and attachments,
    an xlsx's sheets and strings (not its theme, which has numbers of its own), any other as it is."""
    import zipfile

    from pypdf import PdfReader

    out: dict[str, bytes] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".xlsx", ".html", ".json")):
        if path.suffix == ".pdf":
            pdf = PdfReader(path)
            text = "".join(page.extract_text() for page in pdf.pages).encode()
            out[path.name] = text + b"".join(b"".join(data) for data in pdf.attachments.values())
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                names = [n for n in z.namelist() if n.startswith(("xl/worksheets/", "xl/sharedStrings"))]
                out[path.name] = b"".join(z.read(n) for n in names)
        else:
            out[path.name] = path.read_bytes()
    return out
