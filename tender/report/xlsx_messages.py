"""The workbook's own words (sheet titles, the Inputs sheet, the formula notes), German and English; part of the
reports' catalogue (tender.report.messages)."""

from __future__ import annotations

# key: (German, English), as in tender.report.messages.CATALOGUE
WORKBOOK: dict[str, tuple[str, str]] = {
    "sheet.summary": ("Übersicht", "Summary"),
    "sheet.criteria": ("Kriterien", "Criteria"),
    "sheet.prices": ("Preise", "Prices"),
    "sheet.evaluators": ("Bewertungen", "Evaluators"),
    "sheet.exclusions": ("Ausschlüsse", "Exclusions"),
    "sheet.audit": ("Prüfvermerk", "Audit"),
    "sheet.inputs": ("Eingaben", "Inputs"),
    "inputs.note": (
        "Gelb hinterlegte Zellen sind Eingaben: die Gewichte in Prozent ihrer Ebene und die Parameter der Methode. "
        "Wer eine ändert, rechnet eine Was-wäre-wenn-Variante, nicht die Wertung (die steht im Vermerk).",
        "Cells shaded yellow are inputs: the weights in percent of their level and the method's parameters. "
        "Changing one computes a what-if variant, not the evaluation (that is the award record's).",
    ),
    "inputs.order": (
        "Die Übersicht behält die Reihenfolge der Wertung; Rang und Zuschlagsempfehlung rechnen neu. Die Gewichte "
        "einer Ebene sollten 100 ergeben (Spalte Summe). LibreOffice: Daten → Berechnen → Neu berechnen.",
        "The Summary keeps the evaluation's order; the rank and the award recommendation recalculate. The weights "
        "of a level should add up to 100 (column Sum). LibreOffice: Data → Calculate → Recalculate.",
    ),
    "inputs.col.level": ("Ebene", "Level"),
    "inputs.col.parent": ("Gehört zu", "Part of"),
    "inputs.col.weight": ("Gewicht auf seiner Ebene (%)", "Weight within its level (%)"),
    "inputs.col.absolute": ("Absolutes Gewicht", "Absolute weight"),
    "inputs.col.sum": ("Summe der Unterkriterien (%)", "Sum of its sub-criteria (%)"),
    "inputs.top_sum": ("Summe der obersten Ebene (%)", "Sum of the top level (%)"),
    "inputs.parameters": ("Parameter der Methode", "Parameters of the method"),
    "inputs.scale_min": ("Bewertungsskala: niedrigste Note", "Scoring scale: lowest grade"),
    "inputs.scale_max": ("Bewertungsskala: höchste Note", "Scoring scale: highest grade"),
    "inputs.tolerance": (
        "Toleranz für Gleichstand: zwei Rangschlüssel gelten als gleich, wenn sie um höchstens diesen Anteil "
        "voneinander abweichen",
        "Tie tolerance: two ranking keys count as equal when they differ by at most this share",
    ),
    "inputs.z_scale": ("Anzeigefaktor der Kennzahl Z", "Display factor of the figure Z"),
    "inputs.fixed": ("fest (keine Eingabe)", "fixed (not an input)"),
    "col.rank_key": ("Rangschlüssel (im Band: {decide}; sonst Z)", "Ranking key (in the band: {decide}; else Z)"),
    "xlsx.winner": ("Zuschlagsempfehlung (Formel)", "Award recommendation (formula)"),
    "xlsx.no_winner": ("kein alleiniger Erster", "no single first"),
    "col.bidder_id": ("Bieter-ID", "Bidder ID"),
    "col.criterion_id": ("Kriterium-ID", "Criterion ID"),
    "col.kind": ("Art", "Kind"),
    "col.spread": ("Spanne", "Spread"),
    "col.flagged": ("Markiert", "Flagged"),
    "col.code": ("Code", "Code"),
    "col.subject": ("Betrifft", "Subject"),
    "col.item": ("Angabe", "Item"),
    "xlsx.formulas": (
        "Summen, Preise und Punkte sind Formeln; sie ergeben nach Neuberechnung die Werte des Werkzeugs.",
        "Totals, prices and points are formulas; recalculated, they give the tool's figures.",
    ),
}
