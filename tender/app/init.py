"""`tender init`: create a new workspace from a shipped criteria catalogue or a template, and start its audit log."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from tender.audit.log import LOG_NAME, actor_name, append
from tender.errors import UsageError
from tender.parse.common import load_yaml
from tender.parse.peoplefile import PEOPLE_FILE
from tender.resources import catalogues, tender_template
from tender.wording import NONE
from tender.workspace import sha256_file

EVALUATORS_TEMPLATE = """\
# The evaluation committee. Only people listed here with the date of their signed
# conflict-of-interest declaration (§ 6 VgV) may score bids or open the prices.
evaluators: []
#  - id: mueller                 # the name of their score file: scores/mueller.csv
#    name: Dr. Klaus Müller
#    role: IT-Leitung
#    declaration: 2007-03-01     # date of the signed declaration
"""


def init_workspace(target: Path, catalog: str, actor: str | None = None, template: Path | None = None) -> list[Path]:
    """Start a workspace (two-envelope procedure, evaluators.yaml, audit log) from a catalogue or a template.

    With a template workspace, its tender.yaml, criteria catalogues and evaluators.yaml are copied
    (not its bids or scores: those are imported, so that the log records them).
    """
    if target.exists() and any(target.iterdir()):
        raise UsageError("usage.target-not-empty", target=str(target))
    if template is not None and not (template / "tender.yaml").is_file():
        raise UsageError("usage.template-not-workspace", template=str(template))
    known = catalogues()
    if template is None and catalog not in known:
        raise UsageError("usage.unknown-catalogue", name=repr(catalog), known=", ".join(known) or NONE)
    # read (strictly) before anything is created: a refused tender.yaml leaves no half-made workspace
    data = load_yaml(template / "tender.yaml", "tender.yaml") if template else None
    for sub in ("criteria", "bids", "scores", "reports"):
        (target / sub).mkdir(parents=True, exist_ok=True)
    written = copy_template(template, target, data) if template else write_from_catalogue(known[catalog], target)
    if not (target / PEOPLE_FILE).exists():
        (target / PEOPLE_FILE).write_text(EVALUATORS_TEMPLATE, encoding="utf-8")
        written.append(target / PEOPLE_FILE)
    for sub in ("bids", "scores", "reports"):
        (target / sub / ".gitkeep").touch()
    files = {p.relative_to(target).as_posix(): sha256_file(p) for p in written}
    details = {"template": str(template)} if template else {"catalog": catalog}
    append(target, "init", actor_name(actor), details, files)
    return [*written, target / LOG_NAME]


def write_from_catalogue(source: Path, target: Path) -> list[Path]:
    """A tender.yaml pre-filled from the catalogue's template (templates/tender-NAME.yaml), and the catalogue."""
    template = tender_template(source.stem)
    data = load_yaml(template, template.name) if template.is_file() else {}
    data = data if isinstance(data, dict) else {}
    slug = re.sub(r"[^a-z0-9]+", "-", target.resolve().name.lower()).strip("-") or "tender"
    catalogue_copy = target / "criteria" / source.name
    catalogue_copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    tender = {
        "id": slug,
        "title": data.get("title", slug),
        "buyer": "Name of the contracting authority",
        "currency": "EUR",
        "language": data.get("language", "en"),
        "term_months": 36,
        "scale": data.get("scale", {"min": 0, "max": 5}),
        "method": {"name": "weighted-sum", "price_formula": "proportional"},
        "requirements": data.get("requirements", []),
        "criteria": f"criteria/{source.name}",
        "prices": data.get("prices", []),
        "procedure": {"two_envelope": True},
    }
    path = target / "tender.yaml"
    path.write_text(yaml.safe_dump(tender, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    return [catalogue_copy, path]


def copy_template(template: Path, target: Path, data: object) -> list[Path]:
    """Copy a workspace's tender.yaml (data: as read; the two-envelope procedure added), catalogues, evaluators."""
    text = (template / "tender.yaml").read_text(encoding="utf-8")
    if not isinstance(data, dict) or "procedure" not in data:
        text = text.rstrip("\n") + "\nprocedure:\n  two_envelope: true\n"
    elif isinstance(data["procedure"], dict) and "two_envelope" not in data["procedure"]:
        text = re.sub(r"(?m)^procedure:[ \t]*(#.*)?\n", lambda m: f"{m.group(0)}  two_envelope: true\n", text, count=1)
    (target / "tender.yaml").write_text(text, encoding="utf-8")
    written = [target / "tender.yaml"]
    for source in [*sorted((template / "criteria").glob("*.yaml")), template / PEOPLE_FILE]:
        if source.is_file():
            copy = target / source.relative_to(template)
            shutil.copyfile(source, copy)
            written.append(copy)
    return written
