"""Plain-language sentences on the robustness of the result, in German and English, from the message catalogue.

The headline names the top-level criterion whose weight can move least before the winner changes;
the further sentences cover the Monte Carlo result, the runner-up's break-even price, rank reversals
and the evaluators' agreement. The analysis returns numbers only; its words are here (keys `sum.*` in
robustness_messages.py). Numbers are rounded half-up for display only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tender.report.messages import LANGUAGES, Messages
from tender.report.numbers import half_up

if TYPE_CHECKING:
    from tender.analysis import Analysis
    from tender.analysis.agreement import Agreement
    from tender.analysis.breakeven import BreakEven
    from tender.analysis.reversal import Removal
    from tender.analysis.smaa import Smaa
    from tender.analysis.stability import Stability


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


def summary(a: Analysis, lang: str) -> str:
    """The one sentence on top of an analysis, in one language."""
    return headline(a.stability, a.winner, a.names, len(a.bidders), Messages(lang))


def sentences(a: Analysis, lang: str) -> list[str]:
    """The further sentences of an analysis, one per analysis, in one language."""
    from tender.report.fmt import Formatter
    from tender.report.rules_text import rule_sentences

    tender, msg = a.evaluation.tender, Messages(lang)
    found = details(a.smaa, a.break_even, a.removals, a.agreement, a.winner, a.names, tender.currency, msg)
    return found + rule_sentences(tender, msg, Formatter(lang, tender.currency))


def analysis_document(a: Analysis) -> dict[str, Any]:
    """The documented JSON object of an analysis (docs/analysis.md): its figures and its sentences in both languages."""
    out: dict[str, Any] = {}
    for key, value in a.to_dict().items():
        out[key] = value
        if key == "bidders":  # where the sentences have always been in the object
            out["summary"] = {lang: summary(a, lang) for lang in LANGUAGES}
            out["sentences"] = {lang: sentences(a, lang) for lang in LANGUAGES}
    return out


def headline(
    stability: Sequence[Stability], winner: str | None, names: dict[str, str], count: int, msg: Messages
) -> str:
    """The one sentence on top: the tightest weight interval of a top-level criterion."""
    if count < 2:
        return msg("sum.none" if count == 0 else "sum.one")
    if winner is None:
        return msg("sum.tie")
    who = names[winner]
    top = [s for s in stability if s.level == 1]
    bounded = [s for s in top if s.low is not None or s.high is not None]
    if not bounded:
        return msg("sum.unbounded", who=who)
    s = min(bounded, key=margin)
    lang = msg.lang
    if s.low is not None and s.high is not None:
        span = msg("sum.span.both", low=pct(s.low, lang), high=pct(s.high, lang))
    elif s.high is not None:
        span = msg("sum.span.high", high=pct(s.high, lang))
    else:
        assert s.low is not None
        span = msg("sum.span.low", low=pct(s.low, lang))
    text = msg("sum.stays", who=who, criterion=s.name, span=span, weight=pct(s.weight, lang))
    bound, rival = overtaker(s)
    if bound is None or rival is None:
        return text + msg("sum.end")
    side = "sum.overtake.below" if bound == s.low else "sum.overtake.above"
    return text + msg(side, bound=pct(bound, lang), rival=names[rival])


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
    msg: Messages,
) -> list[str]:
    """The further sentences, one per analysis."""
    lang = msg.lang
    out: list[str] = []
    if smaa is not None and len(smaa.bidders) > 1:
        out.append(smaa_sentence(smaa, winner, names, msg))
    if break_even:
        be = break_even[0]
        who = names[be.bidder]
        if be.break_even is None or be.discount is None:
            out.append(msg("sum.break_even.none", who=who))
        else:
            discount, price = pct(be.discount, lang), money(be.break_even, lang, currency)
            out.append(msg("sum.break_even", who=who, discount=discount, price=price))
    if removals:
        out.append(reversal_sentence(removals, winner, names, msg))
    judged = [a for a in agreement if a.evaluators > 1]
    if judged:
        flagged = [a for a in judged if a.flagged]
        if flagged:
            listed = ", ".join(msg("sum.agreement.quoted", name=a.name) for a in flagged)
            out.append(msg("sum.agreement.flagged", criteria=listed))
        else:
            out.append(msg("sum.agreement.ok"))
    return out


def smaa_sentence(smaa: Smaa, winner: str | None, names: dict[str, str], msg: Messages) -> str:
    """How often the winner (or, without one, the most frequent first) ranks first, and who else does most."""
    firsts = sorted(((smaa.acceptability[b][0], b) for b in smaa.bidders), key=lambda x: (-x[0], x[1]))
    lead = next((f for f in firsts if f[1] == winner), firsts[0])
    other = next(f for f in firsts if f[1] != lead[1])
    lang = msg.lang
    return msg(
        "sum.smaa.more" if other[0] > lead[0] else "sum.smaa.less",
        lead_share=pct(100 * lead[0], lang),
        samples=number(smaa.samples, lang, 0),
        kind=msg("sum.smaa.scores" if smaa.evaluators else "sum.smaa.weights"),
        lead=names[lead[1]],
        other=names[other[1]],
        other_share=pct(100 * other[0], lang),
    )


def reversal_sentence(removals: Sequence[Removal], winner: str | None, names: dict[str, str], msg: Messages) -> str:
    """One sentence on what removing a single bid does to the others' order."""
    flips = sum(len(r.flips) for r in removals)
    changed = [r for r in removals if winner and r.removed != winner and r.winner != winner]
    if winner and changed:
        r = changed[0]
        new = names[r.winner] if r.winner else "—"
        return msg("sum.reversal.winner", removed=names[r.removed], new=new, winner=names[winner])
    if flips:
        return msg("sum.reversal.flips", flips=flips)
    return msg("sum.reversal.none")
