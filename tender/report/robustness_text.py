"""Plain-language sentences on the robustness of the result, in German and English.

The headline names the top-level criterion whose weight can move least before the winner changes;
the further sentences cover the Monte Carlo result, the runner-up's break-even price, rank reversals
and the evaluators' agreement. Numbers are rounded half-up for display only.
"""

from __future__ import annotations

from collections.abc import Sequence

from tender.analysis.agreement import Agreement
from tender.analysis.breakeven import BreakEven
from tender.analysis.reversal import Removal
from tender.analysis.smaa import Smaa
from tender.analysis.stability import Stability
from tender.report.numbers import half_up

LANGUAGES = ("de", "en")


def number(value: float, lang: str, places: int = 1) -> str:
    """A number for a sentence: half-up, trailing zeros dropped, German or English separators."""
    text = f"{half_up(value, places):,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def money(value: float, lang: str, currency: str) -> str:
    """An amount as the reports show it (de 142.458,11 €, en €142,458.11)."""
    from tender.report.fmt import Formatter

    return Formatter(lang, currency).money(value)


def pct(value: float, lang: str) -> str:
    """A percentage with a (narrow) space before the sign, as both languages write it in reports."""
    return f"{number(value, lang)}\u00a0%"


def margin(s: Stability) -> float:
    """How many percentage points the weight can move before the nearer bound (inf when unbounded)."""
    gaps = [
        s.weight - s.low if s.low is not None else float("inf"),
        s.high - s.weight if s.high is not None else float("inf"),
    ]
    return min(gaps)


def headline(stability: Sequence[Stability], winner: str | None, names: dict[str, str], count: int) -> dict[str, str]:
    """The one sentence on top: the tightest weight interval of a top-level criterion."""
    if count == 0:
        return {
            "de": "Kein Angebot ist in der Wertung: Es gibt keine Rangfolge zu prüfen.",
            "en": "No bid is in the running: there is no ranking to test.",
        }
    if count == 1:
        return {
            "de": "Nur ein Angebot ist in der Wertung: Es gibt keine Rangfolge zu prüfen.",
            "en": "Only one bid is in the running: there is no ranking to test.",
        }
    if winner is None:
        return {
            "de": "Kein eindeutiger Sieger: Platz 1 ist geteilt, die Stabilität des Siegers ist nicht definiert.",
            "en": "No single winner: rank 1 is shared, so the winner's stability is not defined.",
        }
    who = names[winner]
    top = [s for s in stability if s.level == 1]
    bounded = [s for s in top if s.low is not None or s.high is not None]
    if not bounded:
        return {
            "de": f"{who} bleibt auf Platz 1, welches Gewicht (0–100 %) man einem einzelnen Hauptkriterium auch gibt.",
            "en": f"{who} stays first whatever weight (0–100 %) any single top-level criterion is given.",
        }
    s = min(bounded, key=margin)
    out = {}
    for lang in LANGUAGES:
        w = pct(s.weight, lang)
        if s.low is not None and s.high is not None:
            span = {
                "de": f"zwischen {pct(s.low, lang)} und {pct(s.high, lang)}",
                "en": f"between {pct(s.low, lang)} and {pct(s.high, lang)}",
            }[lang]
        elif s.high is not None:
            span = {"de": f"bis {pct(s.high, lang)}", "en": f"up to {pct(s.high, lang)}"}[lang]
        else:
            assert s.low is not None
            span = {"de": f"ab {pct(s.low, lang)}", "en": f"above {pct(s.low, lang)}"}[lang]
        if lang == "de":
            out[lang] = f"{who} bleibt bei jedem Gewicht von „{s.name}“ {span} auf Platz 1 (angekündigt: {w})"
        else:
            out[lang] = f"{who} stays first for any weight of “{s.name}” {span} (announced: {w})"
        bound, rival = overtaker(s)
        if bound is None or rival is None:
            out[lang] += "."
        elif lang == "de":
            side = "unter" if bound == s.low else "über"
            out[lang] += f"; {side} {pct(bound, lang)} zöge {names[rival]} vorbei."
        else:
            side = "below" if bound == s.low else "above"
            out[lang] += f"; {side} {pct(bound, lang)}, {names[rival]} would overtake."
    return out


def overtaker(s: Stability) -> tuple[float | None, str | None]:
    """The bound nearer to the announced weight and the bid that overtakes the winner there."""
    bound = min((b for b in (s.low, s.high) if b is not None), key=lambda b: abs(b - s.weight), default=None)
    hits = sorted(b for b, t in s.overtakes.items() if t is not None and t == bound)
    return bound, hits[0] if hits else None


def details(
    smaa: Smaa | None,
    break_even: Sequence[BreakEven],
    removals: Sequence[Removal],
    agreement: Sequence[Agreement],
    winner: str | None,
    names: dict[str, str],
    currency: str,
) -> dict[str, list[str]]:
    """The further sentences, one per analysis, in both languages."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    if smaa is not None and len(smaa.bidders) > 1:
        for lang, sentence in smaa_sentences(smaa, winner, names).items():
            out[lang].append(sentence)
    if break_even:
        be = break_even[0]
        for lang in LANGUAGES:
            who = names[be.bidder]
            if be.break_even is None or be.discount is None:
                out[lang].append(
                    f"{who} kann allein über den Preis nicht gleichziehen."
                    if lang == "de"
                    else f"{who} cannot draw level on price alone."
                )
            elif lang == "de":
                out[lang].append(
                    f"{who} müsste den Wertungspreis um {pct(be.discount, lang)} auf "
                    f"{money(be.break_even, lang, currency)} senken, um gleichzuziehen."
                )
            else:
                out[lang].append(
                    f"{who} would have to lower its evaluated price by {pct(be.discount, lang)} to "
                    f"{money(be.break_even, lang, currency)} to draw level."
                )
    if removals:
        out_de, out_en = reversal_sentences(removals, winner, names)
        out["de"].append(out_de)
        out["en"].append(out_en)
    judged = [a for a in agreement if a.evaluators > 1]
    if judged:
        flagged = [a for a in judged if a.flagged]
        if flagged:
            listed = ", ".join(f"„{a.name}“" for a in flagged)
            listed_en = ", ".join(f"“{a.name}”" for a in flagged)
            out["de"].append(f"Die Bewerter weichen deutlich voneinander ab bei: {listed}.")
            out["en"].append(f"The evaluators disagree markedly on: {listed_en}.")
        else:
            out["de"].append("Die Bewerter stimmen bei allen bewerteten Kriterien hinreichend überein.")
            out["en"].append("The evaluators agree sufficiently on every judged criterion.")
    return out


def smaa_sentences(smaa: Smaa, winner: str | None, names: dict[str, str]) -> dict[str, str]:
    """How often the winner (or, without one, the most frequent first) ranks first, and who else does most."""
    firsts = sorted(((smaa.acceptability[b][0], b) for b in smaa.bidders), key=lambda x: (-x[0], x[1]))
    lead = next((f for f in firsts if f[1] == winner), firsts[0])
    other = next(f for f in firsts if f[1] != lead[1])
    more = other[0] > lead[0]
    kind = {
        "de": "zufälligen Gewichtungen" if not smaa.evaluators else "zufälligen Gewichtungen und Bewertungen",
        "en": "random weightings" if not smaa.evaluators else "random weightings and evaluator scores",
    }
    out = {}
    for lang in LANGUAGES:
        n = number(smaa.samples, lang, 0)
        p_lead, p_other = pct(100 * lead[0], lang), pct(100 * other[0], lang)
        if lang == "de":
            tail = f"; {names[other[1]]} häufiger: {p_other}." if more else f", {names[other[1]]} bei {p_other}."
            out[lang] = f"Bei {p_lead} von {n} {kind[lang]} liegt {names[lead[1]]} auf Platz 1{tail}"
        else:
            tail = f"; {names[other[1]]} more often: {p_other}." if more else f", {names[other[1]]} in {p_other}."
            out[lang] = f"In {p_lead} of {n} {kind[lang]} {names[lead[1]]} ranks first{tail}"
    return out


def reversal_sentences(removals: Sequence[Removal], winner: str | None, names: dict[str, str]) -> tuple[str, str]:
    """One sentence on what removing a single bid does to the others' order."""
    flips = sum(len(r.flips) for r in removals)
    changed = [r for r in removals if winner and r.removed != winner and r.winner != winner]
    if winner and changed:
        r = changed[0]
        new = names[r.winner] if r.winner else "—"
        return (
            f"Ohne das Angebot von {names[r.removed]} läge {new} vorn statt {names[winner]}: "
            "Das Ergebnis hängt davon ab, welche Angebote teilnehmen.",
            f"Without the bid of {names[r.removed]}, {new} would win instead of {names[winner]}: "
            "the result depends on which bids take part.",
        )
    if flips:
        return (
            f"Das Entfernen eines einzelnen Angebots vertauscht {flips}-mal zwei andere, den Sieger aber nie.",
            f"Removing a single bid swaps two others {flips} time(s), but never changes the winner.",
        )
    return (
        "Das Entfernen eines einzelnen Angebots ändert die Reihenfolge der übrigen nicht.",
        "Removing any single bid leaves the order of the others unchanged.",
    )
