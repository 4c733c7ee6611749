"""The words of a lotted tender (each lot, the award of the lots under the limit, the combination bids), German and
English; part of the reports' catalogue (tender.report.messages)."""

from __future__ import annotations

# key: (German, English), as in tender.report.messages.CATALOGUE
LOTS: dict[str, tuple[str, str]] = {
    "lots.lot": ("Los {lot}: {title}", "Lot {lot}: {title}"),
    "lots.awards": ("Zuschlag je Los", "Award per lot"),
    "lots.col.lot": ("Los", "Lot"),
    "lots.col.value": ("Geschätzter Wert", "Estimated value"),
    "lots.col.bids": ("Angebote", "Bids"),
    "lots.col.first": ("Erster Rang", "First ranked"),
    "lots.col.awarded": ("Zuschlag an", "Awarded to"),
    "lots.col.price": ("Wertungspreis", "Evaluated price"),
    "lots.col.score": ("Punkte", "Points"),
    "lots.by_combination": ("{bidder} (Kombination {combination})", "{bidder} (combination {combination})"),
    "lots.none": ("nicht vergeben", "not awarded"),
    "lots.limit": (
        "Höchstens {limit} Lose je Bieter; Lose über der Höchstzahl werden {order} vergeben.",
        "At most {limit} lots per bidder; lots beyond the limit are awarded {order}.",
    ),
    "lots.order.by-value": (
        "nach dem geschätzten Wert, das wertvollste zuerst",
        "by estimated value, the most valuable first",
    ),
    "lots.order.by-list": ("in der Reihenfolge der Bekanntmachung", "in the order of the notice"),
    "lots.no_limit": ("Keine Höchstzahl von Losen je Bieter.", "No limit of lots per bidder."),
    "lots.steps": ("Vergabe der Lose, Schritt für Schritt", "Award of the lots, step by step"),
    "lots.step.awarded": ("{lot}: an {bidder} (Rang {rank}).", "{lot}: to {bidder} (rank {rank})."),
    "lots.step.passed": (
        "{bidder} ist besser platziert, hält aber bereits {held} und damit die Höchstzahl von {limit} Losen: "
        "übergangen.",
        "{bidder} ranks better but already holds {held}, the limit of {limit} lots: passed over.",
    ),
    "lots.step.tied": (
        "{lot}: nicht vergeben – Gleichstand zwischen {bidders}.",
        "{lot}: not awarded – tie between {bidders}.",
    ),
    "lots.step.combination": (
        "{lots}: an {bidder} mit dem Kombinationsangebot {combination}.",
        "{lots}: to {bidder} with the combination bid {combination}.",
    ),
    "lots.combinations": ("Kombinationsangebote", "Combination bids"),
    "lots.combination": (
        "{bidder}, {combination}, für {lots}: {price} (Summe der Einzelwertungspreise {single}{discount}).",
        "{bidder}, {combination}, for {lots}: {price} (sum of its single evaluated prices {single}{discount}).",
    ),
    "lots.discount": (", Nachlass {discount}", ", discount {discount}"),
    "lots.refused": (
        "{bidder}, {combination}, für {lots}: nicht gewertet – {reason}.",
        "{bidder}, {combination}, for {lots}: not weighed – {reason}.",
    ),
    "lots.refused.out": ("das Angebot ist in {lots} nicht in der Wertung", "the bid is not in the running in {lots}"),
    "lots.compare": (
        "Verglichen wird nach dem {compare}; bei Gleichstand gelten die Einzelzuschläge.",
        "Compared on the {compare}; on equal totals the single awards stand.",
    ),
    "lots.compare.price": ("niedrigsten Gesamtwertungspreis", "lowest total evaluated price"),
    "lots.compare.score": ("höchsten Gesamtpunktwert", "highest total score"),
    "lots.alternatives": ("Verglichene Möglichkeiten", "Alternatives weighed"),
    "lots.alt.singles": ("nur Einzelzuschläge", "single awards only"),
    "lots.alt.with": ("mit {combinations}", "with {combinations}"),
    "lots.alt.total": (
        "Gesamtwertungspreis {price}, Gesamtpunkte {score}",
        "total evaluated price {price}, total points {score}",
    ),
    "lots.alt.chosen": ("gewählt", "chosen"),
    "lots.sealed": (
        "Die Preise sind noch verschlossen: die Lose werden erst nach der Öffnung der Preise vergeben.",
        "The prices are still sealed: the lots are awarded only once the prices have been opened.",
    ),
    "lots.memo.label": ("Zuschlag in diesem Los", "Award in this lot"),
    "lots.memo.part": (
        "Dieser Vermerk gilt für {lot} der losweise vergebenen Ausschreibung {tender}. Die Vergabe aller Lose "
        "(Höchstzahl je Bieter, Kombinationsangebote, jeder Schritt) zeigt die Zuschlagsübersicht {overview}.",
        "This record covers {lot} of the tender {tender}, awarded by lots. The award of all lots (the limit per "
        "bidder, the combination bids, every step) is shown in the awards overview {overview}.",
    ),
    "lots.memo.first": (
        "{name} ({bidder}) erhält den Zuschlag in diesem Los als Erstplatzierter.",
        "{name} ({bidder}) is awarded this lot as the first-ranked bid.",
    ),
    "lots.memo.other": (
        "Den Zuschlag in diesem Los erhält {name} ({bidder}), nicht der Erstplatzierte {first}:",
        "This lot is awarded to {name} ({bidder}), not to the first-ranked {first}:",
    ),
    "lots.memo.by_combination": (
        "Den Zuschlag in diesem Los erhält {name} ({bidder}) mit seinem Kombinationsangebot {combination}:",
        "This lot is awarded to {name} ({bidder}) with its combination bid {combination}:",
    ),
    "lots.memo.none": ("In diesem Los wird kein Zuschlag erteilt:", "This lot is not awarded:"),
    "lots.memo.combination": (
        "{lots}: an {bidder} mit dem Kombinationsangebot {combination}, verglichen nach dem {compare}: {chosen} "
        "gegenüber {singles} bei Einzelzuschlägen.",
        "{lots}: to {bidder} with the combination bid {combination}, compared on the {compare}: {chosen} against "
        "{singles} with single awards.",
    ),
    "lots.memo.outcome.other": (
        "In diesem Los liegt {first} auf Rang 1; den Zuschlag erhält {name} ({bidder}).",
        "{first} ranks first in this lot; the lot is awarded to {name} ({bidder}).",
    ),
    "lots.memo.outcome.combination": (
        "Den Zuschlag in diesem Los erhält {name} ({bidder}) mit dem Kombinationsangebot {combination}.",
        "This lot is awarded to {name} ({bidder}) with the combination bid {combination}.",
    ),
    "lots.doc.title": ("Zuschlagsübersicht: Vergabe nach Losen", "Awards overview: award by lots"),
    "lots.count": ("Lose", "Lots"),
    "lots.count_value": ("{lots} Lose, Angebote von {bidders} Bietern", "{lots} lots, bids from {bidders} bidders"),
    "lots.outcome.item": ("{lot}: {name} ({bidder})", "{lot}: {name} ({bidder})"),
    "lots.outcome.none": ("{lot}: nicht vergeben", "{lot}: not awarded"),
    "lots.section.lots": ("Die Lose und ihr Zuschlag", "The lots and their award"),
    "lots.section.limit": ("Höchstzahl von Losen je Bieter", "Limit of lots per bidder"),
    "lots.section.memos": ("Vermerke je Los", "Records per lot"),
    "lots.bids_legend": (
        "Angebote: gewertet / eingegangen. Erster Rang und Wertungspreis je Los aus dem Vermerk des Loses; "
        "hervorgehoben die Lose, die nicht allein an ihren Erstplatzierten gehen.",
        "Bids: evaluated / received. First ranked and evaluated price per lot from the lot's record; highlighted "
        "the lots that do not go singly to their first-ranked bid.",
    ),
    "lots.memos_legend": (
        "Jedes Los ist in einem eigenen Vergabevermerk gewertet (Rangfolge, Ausschlüsse, Rechenweg); seine "
        "Prüfsumme ist die der Wertung des Loses.",
        "Each lot is evaluated in a record of its own (ranking, exclusions, calculation trail); its fingerprint is "
        "that of the lot's evaluation.",
    ),
    "lots.col.memo": ("Vermerk", "Record"),
    "lots.col.fingerprint": ("Prüfsumme der Wertung (SHA-256)", "Fingerprint of the evaluation (SHA-256)"),
    "lots.col.combination": ("Bieter · Kombination", "Bidder · combination"),
    "lots.col.lots": ("Lose", "Lots"),
    "lots.col.single": ("Summe der Einzelpreise", "Sum of single prices"),
    "lots.col.terms": ("Angebot", "Offer"),
    "lots.col.combined": ("Kombinationspreis", "Combined price"),
    "lots.col.difference": ("Differenz", "Difference"),
    "lots.col.alternative": ("Möglichkeit", "Alternative"),
    "lots.col.total_price": ("Wertungspreis gesamt", "Total evaluated price"),
    "lots.col.total_score": ("Punkte gesamt", "Total points"),
    "lots.col.lots_awarded": ("Vergebene Lose", "Lots awarded"),
    "lots.col.how": ("Vergabe", "Award"),
    "lots.discount.value": ("Nachlass {discount}", "discount {discount}"),
    "lots.stated.value": ("Festpreis {price}", "fixed price {price}"),
    "lots.no_combinations": ("Keine Kombinationsangebote.", "No combination bids."),
    "lots.fingerprint_note": (
        "Die Prüfsumme ist der SHA-256 des kanonischen JSON der Wertung aller Lose mit der Vergabe (`lots` in "
        "{attachment}, das diesem PDF beiliegt); tender verify rechnet sie aus dem Arbeitsbereich nach.",
        "The fingerprint is the SHA-256 of the canonical JSON of the evaluation of all lots with the award (`lots` "
        "in {attachment}, attached to this PDF); tender verify recomputes it from the workspace.",
    ),
    "lots.memo.decision": (
        "Die Zuschlagsentscheidung über alle Lose vom {date} (Ereignis {event} des Audit-Logs; freigegeben: "
        "{approval}) zeigt die Zuschlagsübersicht {overview}.",
        "The award decision on all lots of {date} (audit log event {event}; approved: {approval}) is shown in the "
        "awards overview {overview}.",
    ),
    "lots.and": (" und ", " and "),
}
