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
    "lots.and": (" und ", " and "),
}
