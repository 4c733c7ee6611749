"""The catalogue's words for the evaluation method on the cover: its name and description, its formulas and
symbols, the price formulas, and every parameter with its values (German, English)."""

from __future__ import annotations

# key: (German, English), as in messages.CATALOGUE; values arrive already formatted
METHOD: dict[str, tuple[str, str]] = {
    "method.weighted-sum": ("Gewichtete Punktbewertung (Leistung und Preis)", "Weighted scoring (quality and price)"),
    "method.ufab-simple": ("Einfache Richtwertmethode (UfAB)", "Simple benchmark method (UfAB)"),
    "method.ufab-extended": ("Erweiterte Richtwertmethode (UfAB)", "Extended benchmark method (UfAB)"),
    "method.words.weighted-sum": (
        "Jedes Kriterium erhält Punkte gleich 100 × absolutes Gewicht × normierter Wert (0 bis 1). Die Summe "
        "der Leistungspunkte und der Preispunkte ergibt die Gesamtpunktzahl; die höchste gewinnt.",
        "Each criterion earns 100 × absolute weight × normalised value (0 to 1) points. Performance points plus "
        "price points give the score; the highest score wins.",
    ),
    "method.words.ufab-simple": (
        "Die Kennzahl Z ist das Verhältnis der Leistungspunkte L zum Wertungspreis P; das Angebot mit der höchsten "
        "Kennzahl gewinnt.",
        "The figure Z is the ratio of performance points L to the evaluated price P; the highest Z wins.",
    ),
    "method.words.ufab-extended": (
        "Die Kennzahl Z = L / P bestimmt das Schwankungsband [Z_max × (1 − {band}), Z_max]. Unter den Angeboten im "
        "Band entscheidet {decide}.",
        "The figure Z = L / P defines the band [Z_max × (1 − {band}), Z_max]. Among the bids in the band, {decide} "
        "decides.",
    ),
    "decide.performance": ("die höchste Leistungspunktzahl", "the highest performance"),
    "decide.price": ("der niedrigste Wertungspreis", "the lowest evaluated price"),
    "formula.weighted-sum": (
        "Gesamtpunkte = Leistungspunkte + Preispunkte",
        "Score = performance points + price points",
    ),
    "formula.ufab": ("Z = L / P × 1.000.000", "Z = L / P × 1,000,000"),
    "formula.symbols.weighted-sum": (
        "M = Höchstpunktzahl des Preiskriteriums ({m}), P = Wertungspreis des Angebots, P_min bzw. P_max = niedrigster "
        "bzw. höchster Wertungspreis der gewerteten Angebote.",
        "M = maximum points of the price criterion ({m}), P = the bid's evaluated price, P_min and P_max = the lowest "
        "and highest evaluated price of the bids in the running.",
    ),
    "formula.symbols.ufab": (
        "L = Leistungspunkte, P = Wertungspreis des Angebots.",
        "L = performance points, P = the bid's evaluated price.",
    ),
    "price.proportional": ("Preispunkte = M × P_min / P", "Price points = M × P_min / P"),
    "price.one-sided": (
        "Preispunkte = M × (2 − P / P_min), mindestens 0",
        "Price points = M × (2 − P / P_min), at least 0",
    ),
    "price.two-sided": (
        "Preispunkte = M × (P_max − P) / (P_max − P_min)",
        "Price points = M × (P_max − P) / (P_max − P_min)",
    ),
    "price.linear-span": (
        "Preispunkte = M × (P_min × (1 + s) − P) / (P_min × s), mindestens 0",
        "Price points = M × (P_min × (1 + s) − P) / (P_min × s), at least 0",
    ),
    "price.squared": ("Preispunkte = M × (P_min / P)²", "Price points = M × (P_min / P)²"),
    "price.cubic": ("Preispunkte = M × (P_min / P)³", "Price points = M × (P_min / P)³"),
    "price.fixed-range": (
        "Preispunkte = M × (P_worst − P) / (P_worst − P_best)",
        "Price points = M × (P_worst − P) / (P_worst − P_best)",
    ),
    "price.reference": (
        "Preispunkte = M × (P_ref − P) / (P_ref − P_min), mindestens 0",
        "Price points = M × (P_ref − P) / (P_ref − P_min), at least 0",
    ),
    "symbols.fixed-range": (
        "P_best bzw. P_worst = bekannt gegebener Preis für volle bzw. keine Punkte ({best} bzw. {worst}): volle "
        "Punkte bei P ≤ P_best, 0 Punkte bei P ≥ P_worst, dazwischen linear; die anderen Angebote spielen keine Rolle.",
        "P_best and P_worst = the announced prices of full and of no points ({best} and {worst}): full points at "
        "P ≤ P_best, 0 at P ≥ P_worst, linear between; the other bids play no part.",
    ),
    "symbols.reference": (
        "P_ref = bekannt gegebener Referenzpreis ({reference}): das niedrigste gewertete Angebot erhält volle Punkte, "
        "P_ref 0 Punkte, dazwischen linear. Liegt schon das niedrigste Angebot nicht unter P_ref, erhält es allein "
        "volle Punkte und jedes andere 0.",
        "P_ref = the announced reference price ({reference}): the lowest bid in the running earns full points, P_ref "
        "none, linear between. If even the lowest bid is not below P_ref, it alone earns full points and every other "
        "bid 0.",
    ),
    "formula.relative-to-best": (
        "Bewerteter Wert je Kriterium = n / n_best (0, wenn n_best = 0)",
        "Value of each criterion = n / n_best (0 when n_best = 0)",
    ),
    "symbols.relative-to-best": (
        "n = normierter Wert des Angebots (0 bis 1), n_best = bester normierter Wert der gewerteten Angebote auf "
        "diesem Kriterium.",
        "n = the bid's normalised value (0 to 1), n_best = the best normalised value of the bids in the running on "
        "that criterion.",
    ),
    "param.best_price": ("Preis für volle Punkte (P_best)", "Price of full points (P_best)"),
    "param.worst_price": ("Preis für 0 Punkte (P_worst)", "Price of no points (P_worst)"),
    "param.reference_price": ("Referenzpreis (P_ref)", "Reference price (P_ref)"),
    "param.quality": ("Wertung der Leistung", "Quality values"),
    "param.quality.absolute": ("absolut (normierter Wert)", "absolute (normalised value)"),
    "param.quality.relative-to-best": (
        "relativ zum besten gewerteten Angebot je Kriterium",
        "relative to the best bid in the running on each criterion",
    ),
    "param.rounding": ("Rundung", "Rounding"),
    "param.rounding.criterion": (
        "Punkte jedes Kriteriums kaufmännisch gerundet (Nachkommastellen: {decimals}); gereiht wird mit den "
        "gerundeten Zahlen",
        "each criterion's points rounded half-up (decimal places: {decimals}); the ranking uses the rounded numbers",
    ),
    "param.rounding.total": (
        "Gesamtwertung kaufmännisch gerundet (Nachkommastellen: {decimals}); gereiht wird mit den gerundeten Zahlen",
        "the total rounded half-up (decimal places: {decimals}); the ranking uses the rounded numbers",
    ),
    "param.tie_break": ("Bei Gleichstand", "On equal scores"),
    "tie.lowest-price": ("niedrigster Wertungspreis", "lowest evaluated price"),
    "tie.highest-performance": ("höchste Leistungspunktzahl", "highest performance"),
    "tie.lot": ("Losentscheid (tender draw)", "drawing of lots (tender draw)"),
    "param.aggregation": ("Zusammenfassung der Einzelnoten", "Combining the evaluators' grades"),
    "param.aggregation.mean": (
        "Mittelwert; ein Konsens der Moderation ersetzt ihn",
        "mean; a moderated consensus replaces it",
    ),
    "param.aggregation.median": (
        "Median; ein Konsens der Moderation ersetzt ihn",
        "median; a moderated consensus replaces it",
    ),
    "param.disagreement": ("Abweichung, ab der markiert wird", "Spread that is flagged"),
    "param.disagreement_value": ("{value} Notenstufen", "{value} grade steps"),
    "param.price_formula": ("Preisformel", "Price formula"),
    "param.span": ("Preisspanne s", "Price span s"),
    "param.band": ("Schwankungsband", "Band"),
    "param.decide_by": ("Entscheidung im Band", "Decision inside the band"),
}
