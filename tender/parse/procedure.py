"""Read tender.yaml's `procedure:` block (type, notice, CPV codes, estimated value, dates, grounds) and
`suitability:` list."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from itertools import pairwise

from tender.model import Requirement, RequirementId
from tender.parse.common import Fields, describe, join
from tender.procmodel import PROCEDURE_DATES, Procedure, ProcedureType, Stage

PROCEDURE_KEYS = {
    "two_envelope",
    "type",
    "notice",
    "cpv",
    "estimated_value",
    "dates",
    "abnormally_low_of_estimate",
    "grounds",
}
CPV = re.compile(r"\d{8}-\d\Z")
# a date, or a date with a time of day (local time of the buyer): 2007-03-15, 2007-03-15T12:00, 2007-03-15 12:00:30
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?\Z")


def read_procedure(f: Fields, data: object) -> tuple[bool, Procedure]:
    """The optional procedure block: two envelopes or not, and the procedure as announced."""
    if data is None:
        return False, Procedure()
    proc = f.mapping(data, "procedure", PROCEDURE_KEYS)
    if proc is None:
        return False, Procedure()
    two_envelope = "two_envelope" in proc and bool(f.flag(proc["two_envelope"], "procedure.two_envelope"))
    kind = None
    if "type" in proc:
        kind = f.choice(proc["type"], "procedure.type", ProcedureType, ProcedureType.OPEN)
    notice = f.text(proc.get("notice"), "procedure.notice", required=False) or ""
    estimate = None
    if "estimated_value" in proc:
        estimate = f.number(proc["estimated_value"], "procedure.estimated_value", above=0, what="an amount")
    share = None
    if "abnormally_low_of_estimate" in proc:
        share = f.number(
            proc["abnormally_low_of_estimate"],
            "procedure.abnormally_low_of_estimate",
            above=0,
            maximum=1,
            what="a fraction of the estimated value (0.7 = 70 %)",
        )
        if "estimated_value" not in proc:
            f.problem("missing-key.estimate", "procedure.estimated_value")
    return two_envelope, Procedure(
        type=kind,
        notice=notice,
        cpv=read_cpv(f, proc.get("cpv")),
        estimated_value=estimate,
        dates=read_dates(f, proc.get("dates")),
        abnormally_low_of_estimate=share,
        grounds=read_grounds(f, proc.get("grounds")),
    )


def read_cpv(f: Fields, data: object) -> tuple[str, ...]:
    """CPV codes written NNNNNNNN-N (the main code first), each once."""
    if isinstance(data, str):
        data = [data]
    out: list[str] = []
    for i, item in enumerate(f.items(data, "procedure.cpv")):
        place = f"procedure.cpv[{i}]"
        text = f.text(item, place)
        if text is None:
            continue
        if not CPV.match(text):
            f.problem("bad-cpv", place, found=describe(text))
        elif text in out:
            f.problem("duplicate-id.cpv", place, text=text)
        else:
            out.append(text)
    return tuple(out)


def read_dates(f: Fields, data: object) -> dict[str, str]:
    """The procedure's dates (each optional), in the order they must fall; a date out of order is a problem."""
    if data is None:
        return {}
    given = f.mapping(data, "procedure.dates", set(PROCEDURE_DATES))
    if given is None:
        return {}
    out: dict[str, str] = {}
    for key in PROCEDURE_DATES:
        if key in given:
            moment = read_moment(f, given[key], f"procedure.dates.{key}")
            if moment is not None:
                out[key] = moment
    order = [k for k in PROCEDURE_DATES if k in out]
    for before, after in pairwise(order):
        if not in_order(out[before], out[after]):
            f.problem(
                "dates-out-of-order",
                f"procedure.dates.{after}",
                after=after,
                out=out[after],
                before=before,
                out2=out[before],
                procedure_dates=" ≤ ".join(PROCEDURE_DATES),
            )
    return out


def read_moment(f: Fields, value: object, place: str) -> str | None:
    """A date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), as ISO text; impossible dates are refused."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    text = f.text(value, place)
    if text is None:
        return None
    if MOMENT.match(text):
        try:
            return moment_text(text)
        except ValueError:
            pass  # 2007-02-30 or 25:00: the form, but no moment of the calendar
    f.problem("bad-date.time", place, found=describe(text))
    return None


def moment_text(text: str) -> str:
    """ISO text of a date or date-time (ValueError when it is no real one): a date stays a date."""
    if len(text) == 10:
        return date.fromisoformat(text).isoformat()
    precision = "minutes" if len(text) == 16 else "seconds"
    return datetime.fromisoformat(text.replace(" ", "T")).isoformat(timespec=precision)


def in_order(before: str, after: str) -> bool:
    """Whether `before` is not later than `after`; a date alone is compared by its day."""
    if len(before) == 10 or len(after) == 10:
        return before[:10] <= after[:10]
    return datetime.fromisoformat(before) <= datetime.fromisoformat(after)


def read_grounds(f: Fields, data: object) -> dict[str, str]:
    """The ground printed per stage of the funnel, where tender.yaml words it otherwise than the default."""
    if data is None:
        return {}
    given = f.mapping(data, "procedure.grounds", {str(s) for s in Stage})
    out: dict[str, str] = {}
    for key, value in (given or {}).items():
        text = f.text(value, join("procedure.grounds", str(key)))
        if text is not None and str(key) in {str(s) for s in Stage}:
            out[str(key)] = text
    return out


def read_suitability(f: Fields, data: object, requirements: tuple[Requirement, ...]) -> tuple[Requirement, ...]:
    """The suitability criteria (§ 122 GWB): `{id, text}` each; an id may not also be a requirement's."""
    out: list[Requirement] = []
    taken = {str(r.id) for r in requirements}
    for i, item in enumerate(f.items(data, "suitability")):
        place = f"suitability[{i}]"
        r = f.mapping(item, place, {"id", "text"}, {"id", "text"})
        if not isinstance(r, Mapping):
            continue
        ident, text = f.slug(r.get("id"), join(place, "id")), f.text(r.get("text"), join(place, "text"))
        if ident in taken:
            f.problem("id-clash", join(place, "id"), ident=ident)
        elif ident in {str(q.id) for q in out}:
            f.problem("duplicate-id.suitability", join(place, "id"), ident=ident)
        elif ident and text:
            out.append(Requirement(RequirementId(ident), text))
    return tuple(out)
