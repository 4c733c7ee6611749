"""The catalogue's sentences for the scoring rules beyond weights: curves, steps, numeric requirements,
minimum shares, the quality threshold and value for money (German, English)."""

from __future__ import annotations

# key: (German, English), as in messages.CATALOGUE; values arrive already formatted
RULES: dict[str, tuple[str, str]] = {
    "method.value-for-money": ("Preis-Leistungs-Wert (fiktiver Preis)", "Value for money (fictitious price)"),
    "method.words.value-for-money": (
        "Jedes Kriterium ist einen Geldbetrag wert (seinen Wert bei voller Punktzahl). Vom Wertungspreis wird "
        "Wert × normierter Wert (0 bis 1) jedes Kriteriums abgezogen; ein Malus-Kriterium schlägt stattdessen "
        "Wert × (1 − normierter Wert) auf. Der niedrigste fiktive Preis gewinnt.",
        "Each criterion is worth an amount of money (its value at full score). The evaluated price is reduced by "
        "value × normalised value (0 to 1) of each criterion; a malus criterion instead adds value × (1 − "
        "normalised value). The lowest fictitious price wins.",
    ),
    "formula.value-for-money": (
        "F = P − V × L / 100 + C = P − Σ Wert × n + Σ Malus-Wert",
        "F = P − V × L / 100 + C = P − Σ value × n + Σ malus value",
    ),
    "formula.symbols.value-for-money": (
        "P = Wertungspreis, V = Summe der Werte ({v}), L = Leistungspunkte (von 100), C = Summe der Malus-Werte ({c}).",
        "P = evaluated price, V = sum of the values ({v}), L = performance points (of 100), C = sum of the malus "
        "values ({c}).",
    ),
    "matrix.curve": ("Wertkurve {points}", "value curve {points}"),
    "matrix.steps": ("Stufen {rows}", "steps {rows}"),
    "matrix.min_share": ("Mindestanteil {value}", "minimum share {value}"),
    "matrix.value": ("Wert {value}", "value {value}"),
    "matrix.malus": ("Malus {value}", "malus {value}"),
    "trail.curve_end": (
        "außerhalb der Kurvenpunkte: Wert des nächsten Endpunkts",
        "outside the curve's points: the value of its nearest end",
    ),
    "trail.step": ("Stufe ab {min}: {value}", "step from {min}: {value}"),
    "trail.step_none": ("unter der niedrigsten Stufe ({min}): 0", "below the lowest step ({min}): 0"),
    "trail.deduction": ("Abzug für Leistung", "Deduction for quality"),
    "trail.malus": ("Malus (bei Note 0 voll)", "Malus (in full at score 0)"),
    "trail.fictitious": ("Fiktiver Preis", "Fictitious price"),
    "sum.fixed_exclusions": (
        "Die Analyse hält die Ausschlüsse fest: Angebote unter einem Mindestanteil einer Gruppe oder unter der "
        "Qualitätsschwelle bleiben draußen, und die gewerteten Angebote werden bei anderen Gewichten oder gezogenen "
        "Noten nicht erneut daran gemessen.",
        "The analysis holds the exclusions fixed: bids below a group's minimum share or the quality threshold stay "
        "out, and the bids in the running are not measured against them again under other weights or drawn scores.",
    ),
    "sum.value_shares": (
        "Bei Preis-Leistungs-Wert ist das Gewicht eines Kriteriums sein Anteil an der Summe der Werte ({total}); die "
        "Analyse verschiebt diese Anteile bei gleicher Summe.",
        "Under value for money a criterion's weight is its share of the sum of the values ({total}); the analysis "
        "moves these shares and keeps the sum.",
    ),
    "param.quality_threshold": (
        "Qualitätsschwelle (Anteil der höchsten Leistungspunkte; darunter wird der Preis nicht geöffnet)",
        "Quality threshold (share of the maximum performance points; below it the price is not opened)",
    ),
    "decision.fictitious": ("fiktiver Preis {value}", "fictitious price {value}"),
    "decision.lead.fictitious": (
        "{margin} unter dem fiktiven Preis des zweitplatzierten Angebots von {runner_up}",
        "{margin} below the fictitious price of the runner-up, {runner_up}",
    ),
    "col.fictitious": ("Fiktiver Preis", "Fictitious price"),
    "reason.requirement-below-min": (
        "A-Kriterium nicht erfüllt: {text} ({value}, mindestens {limit} gefordert)",
        "Knock-out requirement not met: {text} ({value}, at least {limit} required)",
    ),
    "reason.requirement-above-max": (
        "A-Kriterium nicht erfüllt: {text} ({value}, höchstens {limit} erlaubt)",
        "Knock-out requirement not met: {text} ({value}, at most {limit} allowed)",
    ),
    "reason.below-group-minimum": (
        "{text}: {points} von {max_points} Punkten, unter dem Mindestanteil {share}",
        "{text}: {points} of {max_points} points, below the minimum share {share}",
    ),
    "reason.below-quality-threshold": (
        "Leistungspunkte {points} von {max_points}, unter der Qualitätsschwelle {share}: Preis nicht geöffnet",
        "Performance points {points} of {max_points}, below the quality threshold {share}: price not opened",
    ),
}
