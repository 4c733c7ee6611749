"""The award record's words (procedure, receipts, the funnel, § 60 VgV) in German and English; merged into the
report catalogue (tender.report.messages)."""

from __future__ import annotations

FUNNEL: dict[str, tuple[str, str]] = {
    # procedure on the cover
    "proc.heading": ("Verfahren", "Procedure"),
    "proc.type": ("Verfahrensart", "Type of procedure"),
    "proc.type.open": ("Offenes Verfahren (§ 15 VgV)", "Open procedure (§ 15 VgV)"),
    "proc.type.restricted": ("Nicht offenes Verfahren (§ 16 VgV)", "Restricted procedure (§ 16 VgV)"),
    "proc.type.negotiated": ("Verhandlungsverfahren (§ 17 VgV)", "Negotiated procedure (§ 17 VgV)"),
    "proc.type.competitive-dialogue": ("Wettbewerblicher Dialog (§ 18 VgV)", "Competitive dialogue (§ 18 VgV)"),
    "proc.type.innovation-partnership": ("Innovationspartnerschaft (§ 19 VgV)", "Innovation partnership (§ 19 VgV)"),
    "proc.notice": ("Bekanntmachung", "Contract notice"),
    "proc.cpv": ("CPV-Codes", "CPV codes"),
    "proc.estimate": ("Geschätzter Auftragswert (netto)", "Estimated value (net)"),
    "proc.dates": ("Termine des Verfahrens", "Dates of the procedure"),
    "proc.date": ("Datum", "Date"),
    "proc.step": ("Schritt", "Step"),
    "proc.date.publication": ("Veröffentlichung der Bekanntmachung", "Publication of the notice"),
    "proc.date.questions": ("Frist für Bieterfragen", "Deadline for questions"),
    "proc.date.bid_deadline": ("Angebotsfrist", "Deadline for bids"),
    "proc.date.opening": ("Öffnung der Angebote", "Opening of the bids"),
    "proc.date.evaluation": ("Wertung", "Evaluation"),
    "proc.date.moderation": ("Moderationssitzung", "Moderation meeting"),
    "proc.date.decision": ("Zuschlagsentscheidung (geplant)", "Award decision (planned)"),
    "proc.date.standstill_end": ("Ende der Wartefrist (§ 134 GWB)", "End of the standstill period (§ 134 GWB)"),
    "proc.description": ("Gegenstand der Vergabe", "Subject of the contract"),
    # receipts
    "section.receipts": ("Eingang der Angebote", "Bids received"),
    "receipt.received": ("Eingang", "Received"),
    "receipt.channel": ("Eingangsweg", "Channel"),
    "receipt.on_time": ("Fristgerecht", "On time"),
    "receipt.complete": ("Vollständig", "Complete"),
    "receipt.source": ("Fundstelle", "Source"),
    "receipt.deadline": ("Angebotsfrist: {deadline}", "Deadline for bids: {deadline}"),
    "receipt.no_deadline": (
        "Keine Angebotsfrist angegeben (procedure.dates.bid_deadline): die Fristwahrung ist nicht geprüft.",
        "No deadline for bids given (procedure.dates.bid_deadline): whether bids came in time is not checked.",
    ),
    "receipt.late": ("verspätet, zugelassen: {reason}", "late, admitted: {reason}"),
    "receipt.unknown": ("nicht angegeben", "not stated"),
    # funnel
    "section.funnel": ("Prüfung und Wertung der Angebote (Stufen)", "Checks and evaluation of the bids (stages)"),
    "funnel.intro": (
        "Jedes Angebot durchläuft die Stufen formale Prüfung, Eignung, Ausschlusskriterien, Wertung und die Prüfung "
        "ungewöhnlich niedriger Preise. Je Stufe: das Ergebnis, die eigene Angabe des Bieters mit Fundstelle "
        "(Datei und Zelle, Zeile oder Schlüssel) und die Rechtsgrundlage.",
        "Every bid passes the stages formal check, suitability, knock-out requirements, evaluation and the check "
        "for abnormally low prices. Per stage: the outcome, the bidder's own statement with its source (file and "
        "cell, line or key) and the legal ground.",
    ),
    "funnel.limited": (
        "Dieser Abschnitt zeigt {shown} von {count} Angeboten (die bestplatzierten und die ersten ausgeschlossenen); "
        "alle stehen in der Arbeitsmappe (Blatt Stufen) und in den eingebetteten JSON-Daten ({attachment}).",
        "This section shows {shown} of {count} bids (the best-ranked and the first excluded ones); all of them are "
        "in the workbook (sheet Stages) and in the embedded JSON data ({attachment}).",
    ),
    "funnel.stage": ("Stufe", "Stage"),
    "funnel.outcome": ("Ergebnis", "Outcome"),
    "funnel.statement": ("Angabe des Bieters · Fundstelle", "The bidder's statement · source"),
    "funnel.ground": ("Grundlage", "Ground"),
    "stage.formal": ("Formale Prüfung", "Formal check"),
    "stage.suitability": ("Eignung", "Suitability"),
    "stage.requirements": ("Ausschlusskriterien (A)", "Knock-out requirements (A)"),
    "stage.evaluation": ("Wertung", "Evaluation"),
    "stage.price-check": ("Ungewöhnlich niedriger Preis", "Abnormally low price"),
    "ground.formal": ("§ 57 Abs. 1 VgV", "§ 57(1) VgV"),
    "ground.suitability": ("§ 122 GWB, §§ 42–46 VgV", "§ 122 GWB, §§ 42–46 VgV"),
    "ground.requirements": ("§ 57 Abs. 1 Nr. 4 VgV", "§ 57(1) no. 4 VgV"),
    "ground.evaluation": ("§ 58 VgV, § 127 GWB", "§ 58 VgV, § 127 GWB"),
    "ground.price-check": ("§ 60 VgV", "§ 60 VgV"),
    "ground.price-check.rejected": ("§ 60 Abs. 3 VgV", "§ 60(3) VgV"),
    "outcome.passed": ("erfüllt", "passed"),
    "outcome.failed": ("ausgeschlossen", "excluded"),
    "outcome.not-reached": ("nicht mehr geprüft", "not reached"),
    "outcome.none": ("keine Kriterien festgelegt", "no criteria set"),
    "outcome.sealed": ("Preise noch verschlossen", "prices still sealed"),
    "outcome.unresolved": ("Aufklärung offen", "explanation pending"),
    "outcome.accepted": ("aufgeklärt, Preis angenommen", "explained, price accepted"),
    "outcome.rejected": ("Preis abgelehnt, ausgeschlossen", "price rejected, excluded"),
    "outcome.priced": ("Wertungspreis {price}", "evaluated price {price}"),
    "item.received": ("Eingang {received} ({channel})", "received {received} ({channel})"),
    "item.received.none": ("Eingang nicht angegeben", "receipt not stated"),
    "item.complete": ("vollständig: {answer}", "complete: {answer}"),
    "item.missing-price": ("Preisposition leer: {text}", "price line left empty: {text}"),
    "item.answer": ("{text}: {answer}", "{text}: {answer}"),
    "item.evidence": ("Nachweis: {evidence}", "evidence: {evidence}"),
    "item.below-min-score": ("{text}: Note {score} unter der Mindestnote", "{text}: score {score} below the minimum"),
    "item.evaluated": ("Rang {rank}, {points} Punkte", "rank {rank}, {points} points"),
    "item.evaluated.sealed": ("{points} Leistungspunkte", "{points} performance points"),
    "item.price-flag": (
        "Preis {price}: {gap} unter dem nächsten Angebot ({next}); {share} der Schätzung",
        "price {price}: {gap} below the next bid ({next}); {share} of the estimate",
    ),
    "item.clarified": (
        "Aufklärung verlangt am {requested} von {actor}, beantwortet am {answered}: {note}",
        "explanation requested on {requested} by {actor}, answered on {answered}: {note}",
    ),
    "item.requested": (
        "Aufklärung verlangt am {requested} von {actor}, noch keine Antwort erfasst",
        "explanation requested on {requested} by {actor}, no answer recorded yet",
    ),
    "item.not-requested": (
        "keine Aufklärung erfasst (`tender clarify`): blockiert die abschließende Versiegelung",
        "no explanation recorded (`tender clarify`): blocks the final seal",
    ),
    "item.not-flagged": ("nicht auffällig", "not abnormally low"),
    "item.source": ("Fundstelle: {source}", "source: {source}"),
    "yes.short": ("ja", "yes"),
    "no.short": ("nein", "no"),
    "none.short": ("keine Angabe", "no answer"),
    "reason.suitability-not-met": ("Eignung nicht nachgewiesen: {text}", "Suitability not shown: {text}"),
    "reason.suitability-unanswered": ("Eignung ohne Angabe: {text}", "Suitability not answered: {text}"),
    "reason.incomplete": ("Angebot bei Eingang unvollständig", "Bid incomplete on receipt"),
    "reason.abnormally-low-price": (
        "Ungewöhnlich niedriger Preis nach Aufklärung abgelehnt (§ 60 Abs. 3 VgV)",
        "Abnormally low price rejected after its explanation (§ 60(3) VgV)",
    ),
    # workbook sheets
    "sheet.procedure": ("Verfahren", "Procedure"),
    "sheet.stages": ("Stufen", "Stages"),
    "sheet.sources": ("Fundstellen", "Sources"),
    # terminal (tender evaluate)
    "term.price_checks": ("Ungewöhnlich niedrige Preise (§ 60 VgV)", "Abnormally low prices (§ 60 VgV)"),
    "term.price_check": (
        "{bidder}: {price}, {gap} unter dem nächsten Angebot, {share} der Schätzung",
        "{bidder}: {price}, {gap} below the next bid, {share} of the estimate",
    ),
    "term.price_check.unresolved": (
        "keine Aufklärung erfasst (`tender clarify`); blockiert `seal final`",
        "no explanation recorded (`tender clarify`); blocks `seal final`",
    ),
    "term.price_check.accepted": ("aufgeklärt, Preis angenommen", "explained, price accepted"),
    "term.price_check.rejected": ("Preis abgelehnt, Angebot ausgeschlossen", "price rejected, bid excluded"),
    # trail: where a fact or a price was read
    "trail.source": ("Fundstelle: {source}", "source: {source}"),
}
