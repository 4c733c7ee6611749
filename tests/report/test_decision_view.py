"""The memo's dates come from the record, never from the day it is rendered; its status marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tender.report.audit import LogState, Milestone, make_audit
from tender.report.decision_record import DecisionInfo, DecisionRecord
from tender.report.recommend import Margins
from tender.report.view import build_view
from tender.result import Evaluation

SEALED = Milestone("seal-technical", "2007-04-02T09:00:00+00:00", "mueller", None, 4)
OPENED = Milestone("open-prices", "2007-04-03T10:00:00+00:00", "braun", "yilmaz", 5)
FINAL = Milestone("seal-final", "2007-04-20T16:00:00+00:00", "braun", None, 8)


def decision(ev: Evaluation) -> DecisionInfo:
    margins = Margins.of(ev)
    return DecisionInfo(
        "2007-04-19", "braun", 6, "rheintal", "Rheintal", ev.fingerprint, margins, "…", "de", "schmidt", "2007-04-20", 7
    )


def test_rendering_again_years_later_never_redates_the_memo(example_eval: Evaluation) -> None:
    log = LogState("ab" * 32, (SEALED, OPENED, FINAL), seq=9, final=True)
    record = DecisionRecord(decision=decision(example_eval))
    covers = []
    for year in (2007, 2026):
        audit = make_audit(example_eval, "r.json", datetime(year, 5, 1, 12, tzinfo=UTC), log)
        covers.append(dict(build_view(example_eval, audit, "de", decided=record).cover))
    then, now = covers
    assert then["Datum der Zuschlagsentscheidung"] == now["Datum der Zuschlagsentscheidung"] == "19. April 2007"
    assert then["Technische Wertung versiegelt"] == now["Technische Wertung versiegelt"] == "2. April 2007"
    assert then["Für den Zuschlag versiegelt"] == now["Für den Zuschlag versiegelt"] == "20. April 2007"
    assert (then["Bericht erzeugt am (Renderdatum)"], now["Bericht erzeugt am (Renderdatum)"]) == (
        "1. Mai 2007",
        "1. Mai 2026",
    )
    assert "Datum der Auswertung" not in now  # no procedure data: no row pretends to be the evaluation date
    assert {k: v for k, v in then.items() if "Renderdatum" not in k} == {
        k: v for k, v in now.items() if "Renderdatum" not in k
    }


def test_without_any_recorded_date_the_cover_says_so(example_eval: Evaluation) -> None:
    audit = make_audit(example_eval, "r.json", datetime(2026, 12, 2, tzinfo=UTC))
    cover = dict(build_view(example_eval, audit, "en").cover)
    assert cover["Evaluation date"] == "not recorded (no date in the procedure data, no seal in the audit log)"
    assert cover["Report rendered on (render date)"] == "2 December 2026"
    assert build_view(example_eval, audit, "en").draft_mark == "CONFIDENTIAL"


def test_the_procedure_evaluation_date_and_the_marks(example_eval: Evaluation) -> None:
    audit = make_audit(
        example_eval, "r.json", datetime(2026, 12, 2, tzinfo=UTC), LogState("cd" * 32, (SEALED,), seq=4, draft=True)
    )
    view = build_view(example_eval, audit, "de", decided=DecisionRecord(evaluation_date="2007-04-10"))
    assert dict(view.cover)["Datum der Auswertung"] == "10. April 2007"
    assert view.draft_mark == "ENTWURF · VERTRAULICH"
    assert build_view(example_eval, replace(audit, draft=False, final=True), "en").draft_mark == "FINAL · CONFIDENTIAL"
    assert view.decision == {
        "rows": [],
        "text": "Keine Zuschlagsentscheidung im Audit-Log (tender decide).",
        "note": "",
    }
