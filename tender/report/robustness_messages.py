"""The robustness section's labels and sentences in German and English (merged into the report catalogue)."""

from __future__ import annotations

# key: (German, English), as in messages.CATALOGUE; values arrive already formatted
ROBUSTNESS: dict[str, tuple[str, str]] = {
    # the internal annex that holds the section (tender report --annex), and the memo's reference to it
    "annex.title": ("Interner Anhang: Robustheit der Rangfolge", "Internal annex: robustness of the ranking"),
    "annex.confidential": (
        "Intern – nicht Teil des Vergabevermerks. Die Prüfungen in diesem Anhang verändern die Wertung nicht; "
        "maßgeblich ist allein die angekündigte Wertung, die der Vergabevermerk dokumentiert.",
        "Internal – not part of the award record. The checks in this annex do not change the evaluation; only the "
        "announced evaluation, documented in the award record, counts.",
    ),
    "annex.mark": ("INTERN", "INTERNAL"),
    "annex.line": ("Intern – nicht Teil des Vergabevermerks", "Internal – not part of the award record"),
    "annex.memo": ("Vergabevermerk", "Award record"),
    "annex.memo_value": (
        "{memo} (Prüfsumme des Ergebnisses {fingerprint})",
        "{memo} (fingerprint of the result {fingerprint})",
    ),
    "annex.fingerprint": ("Prüfsumme der Analyse", "Fingerprint of the analysis"),
    "annex.fingerprint_short": ("Analyse", "Analysis"),
    "annex.fingerprint_note": (
        "Die Prüfsumme der Analyse ist der SHA-256 des kanonischen JSON-Textes der Analyse (sortierte Schlüssel, "
        "ohne Leerzeichen, UTF-8): `tender analyze DIR --json --samples 10000 --seed 0` ergibt dieselbe Analyse. "
        "Der Vergabevermerk nennt diesen Anhang mit Dateinamen und dieser Prüfsumme.",
        "The fingerprint of the analysis is the SHA-256 of the analysis's canonical JSON text (sorted keys, no "
        "spaces, UTF-8): `tender analyze DIR --json --samples 10000 --seed 0` gives the same analysis. The award "
        "record names this annex by its file names and this fingerprint.",
    ),
    "annex.label": ("Interner Anhang (Robustheit)", "Internal annex (robustness)"),
    "annex.reference": (
        "{files}; Prüfsumme der Analyse {fingerprint}. Erstellt mit „tender report --annex“; nicht Teil des "
        "Vergabevermerks.",
        "{files}; fingerprint of the analysis {fingerprint}. Made by `tender report --annex`; not part of the "
        "award record.",
    ),
    "section.robustness": ("Robustheit der Rangfolge", "Robustness of the ranking"),
    "sheet.robustness": ("Robustheit", "Robustness"),
    "rob.none.sealed": (
        "Keine Robustheitsanalyse: Die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren); sie folgt im Bericht "
        "nach der Öffnung der Preise.",
        "No robustness analysis: the prices are still sealed (two-envelope procedure); it follows in the report "
        "made after the prices are opened.",
    ),
    "rob.none.few": (
        "Keine Robustheitsanalyse: Es wurden weniger als zwei Angebote gewertet, es gibt keine Rangfolge zu prüfen.",
        "No robustness analysis: fewer than two bids were evaluated, so there is no ranking to test.",
    ),
    "rob.intro": (
        "Wie sicher ist das Ergebnis? Die folgenden Prüfungen verändern je eine Annahme der Wertung – ein Gewicht, "
        "alle Gewichte zufällig, den Preis eines Angebots, die Zahl der Angebote – und zeigen, ob und wann sich die "
        "Rangfolge ändert. Sie ändern die Wertung selbst nicht.",
        "How firm is the result? Each of the following checks changes one assumption of the evaluation – one "
        "weight, all weights at random, one bid's price, the set of bids – and shows whether and when the ranking "
        "changes. They do not change the evaluation itself.",
    ),
    "rob.acceptability": ("Rangwahrscheinlichkeiten (SMAA)", "Rank acceptability (SMAA)"),
    "rob.acceptability.note": (
        "Anteil von {samples} zufälligen Gewichtungen (gleichverteilt über alle möglichen Gewichtungen), in denen "
        "das Angebot den jeweiligen Rang erreicht; Zahl rechts: Anteil auf Rang 1.",
        "Share of {samples} random weightings (uniform over all possible weightings) in which the bid takes each "
        "rank; figure on the right: share at rank 1.",
    ),
    "rob.rank": ("Rang {rank}", "Rank {rank}"),
    "rob.rank_or_lower": ("Rang {rank} oder tiefer", "Rank {rank} or lower"),
    "rob.stability": ("Stabilität der Gewichte", "Weight stability"),
    "rob.acceptability.alt": (
        "Balkendiagramm der Rangwahrscheinlichkeiten je Angebot, gestapelt nach Rang; Anteil auf Rang 1: {bars}",
        "Bar chart of each bid's rank probabilities, stacked by rank; share of rank 1: {bars}",
    ),
    "rob.stability.alt": (
        "Intervalldiagramm: je Kriterium bekannt gemachtes Gewicht und der Bereich, in dem {winner} Platz 1 behält: "
        "{rows}",
        "Interval chart: for each criterion the announced weight and the range within which {winner} stays first: "
        "{rows}",
    ),
    "rob.stability.row": ("{name} {weight} ({low} bis {high})", "{name} {weight} ({low} to {high})"),
    "rob.stability.note": (
        "Balken: Bereich des Gewichts, in dem {winner} auf Platz 1 bleibt (jedes Gewicht einzeln verändert, die "
        "übrigen derselben Ebene anteilig angepasst); Raute: bekannt gemachtes Gewicht; Pfeil: offen bis 0 % bzw. "
        "100 %. Gewichte in Prozent der jeweiligen Ebene.",
        "Bar: the range of the weight in which {winner} stays first (each weight varied alone, the others of its "
        "level rescaled proportionally); diamond: the announced weight; arrow: open up to 0 % or 100 %. Weights in "
        "percent of their own level.",
    ),
    "rob.stability.tie": (
        "Rang 1 ist geteilt: Es gibt keinen Zuschlagsempfänger, dessen Stabilität sich messen ließe.",
        "Rank 1 is shared: there is no single winner whose stability could be measured.",
    ),
    "rob.col.announced": ("Gewicht", "Weight"),
    "rob.col.low": ("Platz 1 ab", "First from"),
    "rob.col.high": ("bis", "to"),
    "rob.col.overtaken": ("Überholt durch (bei Gewicht)", "Overtaken by (at weight)"),
    "rob.unbounded_low": ("offen (0 %)", "open (0 %)"),
    "rob.unbounded_high": ("offen (100 %)", "open (100 %)"),
    "rob.break_even": ("Preisschwelle (Break-even)", "Break-even price"),
    "rob.break_even.note": (
        "Der Wertungspreis, bei dem das Angebot mit dem Erstplatzierten gleichzöge, alles andere unverändert.",
        "The evaluated price at which the bid would tie for first place, everything else unchanged.",
    ),
    "rob.break_even.none": (
        "Keine: Rang 1 ist geteilt, es gibt keinen Erstplatzierten, mit dem ein Angebot gleichziehen könnte.",
        "None: rank 1 is shared, so there is no single leader for a bid to draw level with.",
    ),
    "rob.col.price": ("Wertungspreis", "Evaluated price"),
    "rob.col.break_even": ("Preisschwelle", "Break-even price"),
    "rob.col.discount": ("Nachlass", "Discount"),
    "rob.cannot_win": ("allein über den Preis nicht zu gewinnen", "cannot win on price alone"),
    "rob.reversals": ("Rangumkehr", "Rank reversal"),
    "rob.reversals.note": (
        "Jedes Angebot wird einmal herausgenommen und neu gewertet; gezeigt wird jedes Paar der übrigen Angebote, "
        "dessen Reihenfolge sich dadurch umkehrt (relative Preisformeln können das bewirken).",
        "Each bid is removed once and the rest re-evaluated; shown is every pair of the remaining bids whose order "
        "flips (relative price formulas can cause this).",
    ),
    "rob.reversals.none": (
        "Keine: Das Entfernen eines einzelnen Angebots ändert die Reihenfolge der übrigen nicht.",
        "None: removing any single bid leaves the order of the others unchanged.",
    ),
    "rob.col.removed": ("Ohne Angebot", "Without bid"),
    "rob.col.pair": ("Paar", "Pair"),
    "rob.col.before": ("Ränge vorher", "Ranks before"),
    "rob.col.after": ("Ränge nachher", "Ranks after"),
    "rob.agreement": ("Übereinstimmung der Bewertenden", "Evaluator agreement"),
    "rob.agreement.note": (
        "Spanne: größte Differenz zwischen der höchsten und der niedrigsten Note eines Angebots; Kendalls W: "
        "Übereinstimmung der Rangfolgen der Bewertenden (1 = völlig gleich, 0 = keine). Markiert: zur Moderation "
        "empfohlen.",
        "Spread: the largest difference between an offer's highest and lowest grade; Kendall's W: agreement of "
        "the evaluators' rankings (1 = identical, 0 = none). Flagged: moderation recommended.",
    ),
    "rob.agreement.none": (
        "Keine durch mehrere Bewertende benoteten Kriterien.",
        "No criteria graded by more than one evaluator.",
    ),
    "rob.col.evaluators": ("Bewertende", "Evaluators"),
    "rob.col.mean_spread": ("mittlere Spanne", "Mean spread"),
    "rob.col.kendall": ("Kendalls W", "Kendall's W"),
    "rob.col.flagged": ("Moderation", "Moderation"),
    "rob.flag.spread": ("Spanne bei {bids}", "spread at {bids}"),
    "rob.flag.more": (" und {count} weiteren", " and {count} more"),
    "rob.flag.low_w": ("geringe Übereinstimmung", "low concordance"),
    "rob.limited": (
        "Gezeigt: die {shown} bestplatzierten von {count} Angeboten; alle Werte enthalten die Arbeitsmappe "
        "(Blatt {sheet}) und die JSON-Datei {attachment}.",
        "Shown: the {shown} best-ranked of {count} bids; the workbook (sheet {sheet}) and the JSON file "
        "{attachment} hold every figure.",
    ),
    "rob.rows_limited": (
        "Gezeigt: {shown} von {count} Zeilen; alle enthalten die Arbeitsmappe und die JSON-Datei.",
        "Shown: {shown} of {count} rows; the workbook and the JSON file hold all of them.",
    ),
    "rob.method": (
        "Methode: Stabilität analytisch (exakt); Rangwahrscheinlichkeiten aus {samples} Stichproben mit Startwert "
        "{seed}, daher bei jeder Wiederholung gleich. Nachrechnen: tender analyze --seed {seed} --samples {raw} "
        "(Beschreibung in docs/analysis.md).",
        "Method: stability computed analytically (exact); rank acceptability from {samples} samples with seed "
        "{seed}, hence the same on every run. To reproduce: tender analyze --seed {seed} --samples {raw} "
        "(described in docs/analysis.md).",
    ),
    "rob.xlsx.table.stability": ("Stabilität der Gewichte (Prozent der Ebene)", "Weight stability (percent of level)"),
    "rob.col.level": ("Ebene", "Level"),
    "rob.col.confidence": ("Konfidenz", "Confidence"),
    "rob.col.ties_with": ("gleichauf mit", "Ties with"),
}

# the sentences on top of the robustness section and of `tender analyze` (tender/report/robustness_text.py)
SENTENCES: dict[str, tuple[str, str]] = {
    "sum.none": (
        "Kein Angebot ist in der Wertung: Es gibt keine Rangfolge zu prüfen.",
        "No bid is in the running: there is no ranking to test.",
    ),
    "sum.one": (
        "Nur ein Angebot ist in der Wertung: Es gibt keine Rangfolge zu prüfen.",
        "Only one bid is in the running: there is no ranking to test.",
    ),
    "sum.tie": (
        "Kein eindeutiger Sieger: Platz 1 ist geteilt, die Stabilität des Siegers ist nicht definiert.",
        "No single winner: rank 1 is shared, so the winner's stability is not defined.",
    ),
    "sum.unbounded": (
        "{who} bleibt auf Platz 1, welches Gewicht (0–100 %) man einem einzelnen Hauptkriterium auch gibt.",
        "{who} stays first whatever weight (0–100 %) any single top-level criterion is given.",
    ),
    "sum.span.both": ("zwischen {low} und {high}", "between {low} and {high}"),
    "sum.span.high": ("bis {high}", "up to {high}"),
    "sum.span.low": ("ab {low}", "above {low}"),
    "sum.stays": (
        "{who} bleibt bei jedem Gewicht von „{criterion}“ {span} auf Platz 1 (angekündigt: {weight})",
        "{who} stays first for any weight of “{criterion}” {span} (announced: {weight})",
    ),
    "sum.end": (".", "."),
    "sum.overtake.below": ("; unter {bound} zöge {rival} vorbei.", "; below {bound}, {rival} would overtake."),
    "sum.overtake.above": ("; über {bound} zöge {rival} vorbei.", "; above {bound}, {rival} would overtake."),
    "sum.smaa.weights": ("zufälligen Gewichtungen", "random weightings"),
    "sum.smaa.scores": ("zufälligen Gewichtungen und Bewertungen", "random weightings and evaluator scores"),
    "sum.smaa.more": (
        "Bei {lead_share} von {samples} {kind} liegt {lead} auf Platz 1; {other} häufiger: {other_share}.",
        "In {lead_share} of {samples} {kind} {lead} ranks first; {other} more often: {other_share}.",
    ),
    "sum.smaa.less": (
        "Bei {lead_share} von {samples} {kind} liegt {lead} auf Platz 1, {other} bei {other_share}.",
        "In {lead_share} of {samples} {kind} {lead} ranks first, {other} in {other_share}.",
    ),
    "sum.break_even": (
        "{who} müsste den Wertungspreis um {discount} auf {price} senken, um gleichzuziehen.",
        "{who} would have to lower its evaluated price by {discount} to {price} to draw level.",
    ),
    "sum.break_even.none": (
        "{who} kann allein über den Preis nicht gleichziehen.",
        "{who} cannot draw level on price alone.",
    ),
    "sum.reversal.winner": (
        "Ohne das Angebot von {removed} läge {new} vorn statt {winner}: "
        "Das Ergebnis hängt davon ab, welche Angebote teilnehmen.",
        "Without the bid of {removed}, {new} would win instead of {winner}: "
        "the result depends on which bids take part.",
    ),
    "sum.reversal.flips": (
        "Das Entfernen eines einzelnen Angebots vertauscht {flips}-mal zwei andere, den Sieger aber nie.",
        "Removing a single bid swaps two others {flips} time(s), but never changes the winner.",
    ),
    "sum.reversal.none": (
        "Das Entfernen eines einzelnen Angebots ändert die Reihenfolge der übrigen nicht.",
        "Removing any single bid leaves the order of the others unchanged.",
    ),
    "sum.limit.rounding": (
        "Die Analysen rechnen ungerundet: Die bekannt gegebene Rundung (Nachkommastellen: {decimals}) machte jede "
        "Punktzahl zu einer Treppenfunktion der Gewichte und Preise; Grenzen und Break-even-Preise gelten für die "
        "ungerundeten Punktzahlen und können um bis zu eine halbe Einheit der letzten Stelle abweichen.",
        "The analyses re-score unrounded: the announced rounding (decimal places: {decimals}) would make every "
        "score a step function of the weights and prices, so the bounds and break-even prices are those of the "
        "unrounded scores and may be off by up to half a unit in the last announced decimal.",
    ),
    "sum.limit.tie-break": (
        "Die Analysen lassen Gleichstände stehen: Die bekannt gegebene Gleichstandsregel wird auf neu berechnete "
        "Reihungen nicht angewandt; eine Grenze oder ein Break-even-Preis ist der Punkt, an dem die Angebote "
        "gleichziehen.",
        "The analyses leave ties as ties: the announced tie-break is not applied to re-scored rankings; a bound or a "
        "break-even price is where the bids draw level.",
    ),
    "sum.agreement.flagged": (
        "Die Bewerter weichen deutlich voneinander ab bei: {criteria}.",
        "The evaluators disagree markedly on: {criteria}.",
    ),
    "sum.agreement.quoted": ("„{name}“", "“{name}”"),
    "sum.agreement.ok": (
        "Die Bewerter stimmen bei allen bewerteten Kriterien hinreichend überein.",
        "The evaluators agree sufficiently on every judged criterion.",
    ),
}
ROBUSTNESS.update(SENTENCES)
