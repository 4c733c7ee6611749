"""The catalogue's words for the award record: people by name, the record's dates, the decision and its
approval, the recommendation, and the status marks (German, English)."""

from __future__ import annotations

DECISION: dict[str, tuple[str, str]] = {
    # the record's dates on the cover (never the day the report was rendered, unless labelled so)
    "date.decision": ("Datum der Zuschlagsentscheidung", "Date of the award decision"),
    "date.evaluation": ("Datum der Auswertung", "Evaluation date"),
    "date.evaluation_none": (
        "nicht erfasst (kein Datum in den Vergabedaten, keine Versiegelung im Audit-Log)",
        "not recorded (no date in the procedure data, no seal in the audit log)",
    ),
    "date.seal-technical": ("Technische Wertung versiegelt", "Technical evaluation sealed"),
    "date.seal-final": ("Für den Zuschlag versiegelt", "Sealed for the award"),
    "date.rendered": ("Bericht erzeugt am (Renderdatum)", "Report rendered on (render date)"),
    # status marks on every page and sheet
    "mark.draft": ("ENTWURF", "DRAFT"),
    "mark.final": ("ENDFASSUNG", "FINAL"),
    "mark.confidential": ("VERTRAULICH", "CONFIDENTIAL"),
    "audit.status": ("Status des Berichts", "Status of the report"),
    "mark.note": (
        "Vertraulich: enthält Angebotsinhalte und Preise aller Bieter (§ 5 VgV); nicht an Bieter weitergeben.",
        "Confidential: holds every bidder's bid contents and prices (§ 5 VgV); not to be passed to bidders.",
    ),
    # people
    "section.people": ("Beteiligte Personen", "People involved"),
    "people.legend": (
        "Alle in evaluators.yaml aufgeführten Personen mit Funktion und Datum ihrer Erklärung zur Vermeidung von "
        "Interessenkonflikten (§ 6 VgV); ihre Aufgaben in diesem Verfahren nach den Bewertungen und dem Audit-Log.",
        "Everyone listed in evaluators.yaml with their role and the date of their conflict-of-interest declaration "
        "(§ 6 VgV); their tasks in this procedure as the scores and the audit log record them.",
    ),
    "people.id": ("Kennung", "Id"),
    "people.name": ("Name", "Name"),
    "people.role": ("Funktion", "Role"),
    "people.declaration": ("Erklärung (§ 6 VgV)", "Declaration (§ 6 VgV)"),
    "people.tasks": ("Aufgaben im Verfahren", "Tasks in the procedure"),
    "people.no_declaration": ("keine", "none"),
    "people.none": (
        "Der Arbeitsbereich hat keine evaluators.yaml: die Personen erscheinen nur mit ihrer Kennung.",
        "The workspace has no evaluators.yaml: people appear by their id only.",
    ),
    "people.line": (
        "{id}: {name} ({role}), Erklärung vom {declaration}",
        "{id}: {name} ({role}), declaration of {declaration}",
    ),
    "people.named": ("{name} ({role})", "{name} ({role})"),
    "task.evaluator": ("Bewertung", "evaluator"),
    "task.moderator": ("Moderation", "moderator"),
    "task.participant": ("Teilnahme an der Moderation", "moderation participant"),
    "task.opener": ("Öffnung der Preise", "opened the prices"),
    "task.witness": ("Zeuge der Preisöffnung", "witness of the opening"),
    "task.sealer": ("Versiegelung", "sealed"),
    "task.proposer": ("Zuschlagsvorschlag", "proposed the award"),
    "task.approver": ("Freigabe des Zuschlags", "approved the award"),
    # the decision
    "section.decision": ("Zuschlagsentscheidung", "Award decision"),
    "decision.none": (
        "Keine Zuschlagsentscheidung im Audit-Log (tender decide).",
        "No award decision in the audit log (tender decide).",
    ),
    "decision.date": ("Datum der Entscheidung", "Date of the decision"),
    "decision.proposer": ("Vorgeschlagen von", "Proposed by"),
    "decision.approver": ("Freigegeben von", "Approved by"),
    "decision.approved_value": (
        "{person} am {date} (Ereignis {event} des Audit-Logs)",
        "{person} on {date} (audit log event {event})",
    ),
    "decision.proposed_value": (
        "{person} am {date} (Ereignis {event} des Audit-Logs)",
        "{person} on {date} (audit log event {event})",
    ),
    "decision.unapproved": (
        "noch nicht freigegeben (tender decide --approve durch eine zweite Person)",
        "not yet approved (tender decide --approve by a second person)",
    ),
    "decision.winner": ("Zuschlag an", "Award to"),
    "decision.recommendation": ("Empfehlung", "Recommendation"),
    "decision.stale": (
        "Achtung: Die Entscheidung wurde zu einer anderen Auswertung (Prüfsumme {fingerprint}) erfasst als der "
        "hier gezeigten; sie ist neu zu treffen.",
        "Attention: the decision was recorded on another evaluation (fingerprint {fingerprint}) than the one shown "
        "here; it must be taken anew.",
    ),
    "decision.points": ("{value} Punkte", "{value} points"),
    "decision.z": ("Kennzahl Z {value}", "figure Z {value}"),
    "decision.lead": (
        "{margin} mehr als das zweitplatzierte Angebot von {runner_up}",
        "{margin} ahead of the runner-up, {runner_up}",
    ),
    "decision.lead.sole": ("als einziges gewertetes Angebot", "as the only bid ranked"),
    "decision.behind": (
        "{margin} weniger als das besser platzierte Angebot von {first}",
        "{margin} behind the better-ranked bid of {first}",
    ),
    "decision.lot_margins": ("Abstände: {lot}", "Margins: {lot}"),
    "decision.lot_margins_value": ("{name}: {score}, {lead}", "{name}: {score}, {lead}"),
    "decision.lot_cheapest": ("; das preisgünstigste gewertete Angebot", "; the cheapest ranked bid"),
    "decision.lot_premium": (
        "; gegenüber dem preisgünstigsten gewerteten Angebot von {cheapest}: {performance} statt "
        "{cheapest_performance} Leistungspunkte, Wertungspreis um {premium} ({premium_pct}) höher",
        "; against the cheapest ranked bid, that of {cheapest}: {performance} instead of {cheapest_performance} "
        "performance points, evaluated price {premium} ({premium_pct}) higher",
    ),
    "decision.recommend.cheapest": (
        "Es wird empfohlen, den Zuschlag auf das Angebot von {winner} zu erteilen. Es ist das preisgünstigste "
        "gewertete Angebot und erreicht {score}, {lead}.",
        "We recommend awarding the contract to {winner}. Its bid is the cheapest ranked bid and reaches {score}, "
        "{lead}.",
    ),
    "decision.recommend.premium": (
        "Es wird empfohlen, den Zuschlag auf das Angebot von {winner} zu erteilen. Gegenüber dem preisgünstigsten "
        "gewerteten Angebot von {cheapest} erreicht es {quality} Leistungspunkte mehr ({performance} statt "
        "{cheapest_performance}) bei einem um {premium} ({premium_pct}) höheren Wertungspreis; es erreicht {score}, "
        "{lead}.",
        "We recommend awarding the contract to {winner}. Against the cheapest ranked bid, that of {cheapest}, it "
        "gains {quality} performance points ({performance} instead of {cheapest_performance}) for an evaluated "
        "price {premium} ({premium_pct}) higher; it reaches {score}, {lead}.",
    ),
    "decision.letters": ("Informationsschreiben (§ 134 GWB)", "Information letters (§ 134 GWB)"),
    "decision.letters_value": (
        "{count} Schreiben am {sent_on} ({channel}) versandt; Wartefrist endet am {end}, Zuschlag frühestens am "
        "{earliest} (Ereignis {event} des Audit-Logs)",
        "{count} letters sent on {sent_on} ({channel}); the standstill ends on {end}, award at the earliest on "
        "{earliest} (audit log event {event})",
    ),
    "channel.electronic": ("elektronisch", "electronically"),
    "channel.post": ("per Post", "by post"),
}
