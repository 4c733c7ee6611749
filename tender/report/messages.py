"""The reports' message catalogue: every label and sentence in German and English, one entry per key."""

from __future__ import annotations

from tender.report.decision_messages import DECISION
from tender.report.funnel_messages import FUNNEL
from tender.report.letter_messages import LETTERS
from tender.report.lotproc_messages import LOTPROC
from tender.report.lots_messages import LOTS
from tender.report.method_messages import METHOD
from tender.report.page_messages import PAGE
from tender.report.robustness_messages import ROBUSTNESS
from tender.report.rules_messages import RULES
from tender.report.terminal_messages import TERMINAL
from tender.report.xlsx_messages import WORKBOOK

LANGUAGES = ("de", "en")

# key: (German, English). Placeholders use str.format names; values arrive already formatted.
CATALOGUE: dict[str, tuple[str, str]] = {
    # document
    "doc.title": ("Vergabevermerk: Auswertung der Angebote", "Award record: evaluation of the bids"),
    "doc.subject": ("Wertung der Angebote – {title}", "Evaluation of the bids – {title}"),
    "doc.keywords": ("Vergabe, Angebotswertung, {tender}", "procurement, bid evaluation, {tender}"),
    "doc.page": ("Seite", "Page"),
    "doc.of": ("von", "of"),
    "doc.fingerprint_short": ("Prüfsumme", "Fingerprint"),
    "doc.contents": ("Inhalt", "Contents"),
    # cover
    "cover.heading": ("Auswertung der Angebote", "Evaluation of the bids"),
    "cover.reference": ("Aktenzeichen", "Reference"),
    "cover.buyer": ("Auftraggeber", "Contracting authority"),
    "cover.date": ("Datum der Auswertung", "Evaluation date"),
    "cover.term": ("Vertragslaufzeit", "Contract term"),
    "cover.term_value": ("{months} Monate", "{months} months"),
    "cover.currency": ("Währung", "Currency"),
    "cover.bids": ("Angebote", "Bids"),
    "cover.bids_value": (
        "{total} eingegangen, {ranked} gewertet, {excluded} ausgeschlossen",
        "{total} received, {ranked} evaluated, {excluded} excluded",
    ),
    "cover.evaluators": ("Bewertende", "Evaluators"),
    "cover.prices_opened": ("Öffnung der Preise", "Opening of the prices"),
    "cover.prices_opened_value": (
        "{date}: {actor} im Beisein von {witness}",
        "{date}: {actor}, witnessed by {witness}",
    ),
    "cover.method": ("Wertungsmethode", "Evaluation method"),
    "cover.formula": ("Formel", "Formula"),
    "cover.parameters": ("Parameter", "Parameters"),
    "cover.scale": ("Bewertungsskala", "Scoring scale"),
    "cover.grade": ("Note", "Grade"),
    "cover.meaning": ("Bedeutung", "Meaning"),
    "cover.outcome": ("Ergebnis", "Outcome"),
    "cover.winner": (
        "Das wirtschaftlichste Angebot hat {name} ({bidder}) abgegeben.",
        "The most economically advantageous bid is that of {name} ({bidder}).",
    ),
    "cover.tie": (
        "Kein eindeutiges Ergebnis: Rang 1 teilen sich {names}. Es entscheidet die vorab bekannt gemachte "
        "Regel für Gleichstände.",
        "No single winner: rank 1 is shared by {names}. The tie-break rule announced in advance decides.",
    ),
    "cover.none": ("Kein Angebot konnte gewertet werden.", "No bid could be evaluated."),
    "cover.sealed": (
        "Die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren): Dieser Bericht zeigt nur die Wertung der "
        "Leistung; Rang = Rang nach Leistungspunkten, kein Zuschlagsergebnis.",
        "The prices are still sealed (two-envelope procedure): this report shows the quality evaluation only; "
        "rank = rank by performance points, not the award result.",
    ),
    # methods
    **METHOD,
    # sections
    "section.ranking": ("Rangfolge", "Ranking"),
    "section.excluded": ("Ausgeschlossene Angebote", "Excluded bids"),
    "section.charts": ("Grafische Übersicht", "Charts"),
    "section.matrix": ("Bewertungsmatrix", "Criteria matrix"),
    "section.prices": ("Preisblätter", "Price sheets"),
    "section.evaluators": ("Einzelbewertungen", "Evaluators' scores"),
    "section.trail": ("Rechenweg", "Calculation trail"),
    "section.notes": ("Hinweise", "Notes"),
    "section.audit": ("Prüfvermerk", "Audit record"),
    "section.signatures": ("Zeichnung", "Signatures"),
    # ranking
    "col.rank": ("Rang", "Rank"),
    "col.bidder": ("Bieter", "Bidder"),
    "col.performance": ("Leistungspunkte", "Performance"),
    "col.price": ("Wertungspreis", "Evaluated price"),
    "col.price_points": ("Preispunkte", "Price points"),
    "col.score": ("Gesamtpunkte", "Score"),
    "col.z": ("Kennzahl Z", "Figure Z"),
    "col.in_band": ("Im Band", "In band"),
    "col.reasons": ("Gründe", "Reasons"),
    "yes": ("ja", "yes"),
    "no": ("nein", "no"),
    "tied": ("gleichauf", "tied"),
    "ranking.none_excluded": ("Kein Angebot wurde ausgeschlossen.", "No bid was excluded."),
    "reason.requirement-not-met": ("A-Kriterium nicht erfüllt: {text}", "Knock-out requirement not met: {text}"),
    "reason.requirement-unanswered": (
        "A-Kriterium nicht beantwortet: {text}",
        "Knock-out requirement not answered: {text}",
    ),
    "reason.missing-price": ("Preisposition nicht ausgefüllt: {text}", "Price line not priced: {text}"),
    "reason.below-min-score": (
        "{text}: Note {score} unter der Mindestnote {min_score}",
        "{text}: grade {score} below the minimum {min_score}",
    ),
    # matrix
    "col.criterion": ("Kriterium", "Criterion"),
    "col.weight": ("Gewicht", "Weight"),
    "col.weight_abs": ("absolut", "absolute"),
    "col.weight_rel": ("relativ", "relative"),
    "col.value": ("Wert", "Value"),
    "col.normalized": ("normiert", "normalised"),
    "col.points": ("Punkte", "Points"),
    "matrix.legend": (
        "Je Bieter: Note bzw. angegebener Wert · normierter Wert (0–1) · Punkte.",
        "Per bidder: grade or stated value · normalised value (0–1) · points.",
    ),
    "matrix.total_performance": ("Leistungspunkte gesamt", "Performance points"),
    "matrix.price_row": ("Wertungspreis", "Evaluated price"),
    "kind.judged": ("bewertet", "judged"),
    "kind.measured": ("gemessen", "measured"),
    "kind.price": ("Preis", "price"),
    "kind.group": ("Gruppe", "group"),
    "matrix.min_score": ("Mindestnote {value}", "minimum grade {value}"),
    "matrix.measure": ("Bestwert {best}, Nullwert {worst}", "best {best}, zero at {worst}"),
    # prices
    "col.line": ("Position", "Line"),
    "col.unit_price": ("Einzelpreis", "Unit price"),
    "col.per": ("Abrechnung", "Charged"),
    "col.quantity": ("Menge", "Quantity"),
    "col.factor": ("Laufzeitfaktor", "Term factor"),
    "col.total": ("Summe", "Total"),
    "per.once": ("einmalig", "once"),
    "per.month": ("je Monat", "per month"),
    "per.year": ("je Jahr", "per year"),
    "prices.evaluated": ("Wertungspreis", "Evaluated price"),
    "prices.unpriced": ("nicht angeboten", "not priced"),
    # evaluators
    "col.evaluator": ("Bewerter", "Evaluator"),
    "col.grade": ("Note", "Grade"),
    "col.justification": ("Begründung", "Justification"),
    "col.source": ("Quelle", "Source"),
    "eval.aggregate": ("Zusammenfassung ({how})", "Aggregate ({how})"),
    "eval.consensus": ("Konsens der Moderation", "Moderated consensus"),
    "eval.counts": ("Zählt", "Counts"),
    "eval.counts_note": ("zählt", "counts"),
    "eval.abstained": ("keine Note abgegeben", "no grade given"),
    "eval.flagged": (
        "Abweichung {spread} Notenstufen – Schwelle {threshold}",
        "Spread {spread} grade steps – threshold {threshold}",
    ),
    "eval.limited": (
        "Die Einzelbewertungen umfassen {count} Bewertungspaare. Dieses PDF zeigt die {shown} markierten "
        "bzw. moderierten; alle Einzelnoten mit Begründung stehen in der Arbeitsmappe (Blatt "
        "„Bewertungen“) und in den eingebetteten JSON-Daten ({attachment}).",
        "The evaluators' scores cover {count} bid–criterion pairs. This PDF shows the {shown} flagged or "
        'moderated ones; every score with its justification is in the workbook (sheet "Evaluators") '
        "and in the embedded JSON data ({attachment}).",
    ),
    "detail.limited": (
        "Dieser Abschnitt zeigt die {shown} bestplatzierten von {count} gewerteten Angeboten; alle "
        "stehen in der Arbeitsmappe und in den eingebetteten JSON-Daten ({attachment}).",
        "This section shows the {shown} best-ranked of {count} evaluated bids; all of them are in the "
        "workbook and in the embedded JSON data ({attachment}).",
    ),
    "notes.limited": (
        "Es gibt {count} Hinweise; dieses PDF zeigt die ersten {shown}. Alle stehen in der Arbeitsmappe "
        "(Blatt „Bewertungen“, Spalte „Markiert“) und in den eingebetteten JSON-Daten ({attachment}).",
        "There are {count} notes; this PDF shows the first {shown}. All of them are in the workbook "
        '(sheet "Evaluators", column "Flagged") and in the embedded JSON data ({attachment}).',
    ),
    # trail
    "trail.grade": ("Note", "Grade"),
    "trail.mean": ("Mittelwert", "mean"),
    "trail.median": ("Median", "median"),
    "trail.consensus": ("Konsens", "consensus"),
    "trail.performance": ("Leistungspunkte", "Performance points"),
    "trail.price": ("Wertungspreis", "Evaluated price"),
    "trail.price_points": ("Preispunkte", "Price points"),
    "trail.score": ("Gesamtpunkte", "Score"),
    "trail.z": ("Kennzahl Z", "Figure Z"),
    "trail.band": ("Bandgrenze", "Band floor"),
    "trail.clipped": ("auf den Bereich 0 bis {max} begrenzt", "limited to the range 0 to {max}"),
    "trail.note": (
        "Jede Zeile lässt sich aus den gedruckten Zahlen nachrechnen: Jede Zahl steht kaufmännisch gerundet mit "
        "so vielen Nachkommastellen, wie dafür nötig sind (mindestens zwei); gerechnet wird ungerundet.",
        "Every line recomputes from the numbers it prints: each number is shown rounded half-up with as many "
        "decimals as that takes (at least two); the calculation itself carries them unrounded.",
    ),
    "trail.note.rounded": (
        "Zwischenwerte werden ungerundet weitergerechnet, außer wo die bekannt gegebene Rundung greift (Zeile "
        "„Rundung“): Dort zählt und reiht der gerundete Wert. Angezeigt wird kaufmännisch gerundet.",
        "Intermediate values are carried unrounded except where the announced rounding applies (line "
        '"Rounding"): there the rounded number counts and ranks. Figures are shown rounded half-up.',
    ),
    "trail.not_ranked": ("ausgeschlossen – nicht gewertet", "excluded – not ranked"),
    "trail.rounded": (
        "Gesamtwertung kaufmännisch gerundet (Nachkommastellen: {decimals}), wie bekannt gegeben; gereiht "
        "wird mit diesem Wert",
        "the score rounded half-up (decimal places: {decimals}) as announced; the ranking uses this number",
    ),
    "trail.rounded_points": (
        "Punkte jedes Kriteriums kaufmännisch gerundet (Nachkommastellen: {decimals}), wie bekannt gegeben; "
        "gereiht wird mit den gerundeten Zahlen",
        "each criterion's points rounded half-up (decimal places: {decimals}) as announced; the ranking uses "
        "the rounded numbers",
    ),
    "trail.rounded_leaf": (
        "kaufmännisch gerundet auf {decimals} Nachkommastellen, wie bekannt gegeben",
        "rounded half-up to {decimals} decimal places as announced",
    ),
    "trail.tie_break": ("Gleichstand entschieden durch", "Tie decided by"),
    "trail.tie_break_note": (
        "punktgleich mit {others}; Reihenfolge nach der bekannt gegebenen Regel",
        "level on the score with {others}; placed by the announced rule",
    ),
    # charts
    "chart.bars": ("Punkte je Hauptkriterium", "Points per main criterion"),
    "chart.scatter": ("Preis und Leistung", "Price and performance"),
    "chart.scatter_x": ("Wertungspreis", "Evaluated price"),
    "chart.scatter_y": ("Leistungspunkte", "Performance points"),
    "chart.bars_limited": ("Die {shown} bestplatzierten Angebote", "The {shown} best-ranked bids"),
    # the charts' accessible names (the PDF's alternative text, aria-label in the HTML): what they show, in words
    "chart.bars.alt": (
        "Balkendiagramm der Punkte je Angebot, gestapelt nach Hauptkriterium ({criteria}): {bars}",
        "Bar chart of the points per bid, stacked by main criterion ({criteria}): {bars}",
    ),
    "chart.scatter.alt": (
        "Streudiagramm: Wertungspreis (waagerecht) und Leistungspunkte (senkrecht) je Angebot: {dots}",
        "Scatter plot: evaluated price (across) and performance points (up) per bid: {dots}",
    ),
    "chart.scatter.dot": ("{name} {price}, {points} Punkte", "{name} {price}, {points} points"),
    "chart.more": ("und {count} weitere", "and {count} more"),
    # flags
    "flag.disagreement": (
        "Bewertende weichen ab: {criterion} bei {bidder}, Spanne {spread}{consensus}",
        "Evaluators disagree: {criterion} for {bidder}, spread {spread}{consensus}",
    ),
    "flag.disagreement.consensus": ("; Konsens {value}", "; consensus {value}"),
    "flag.disagreement.none": ("; kein Konsens erfasst", "; no consensus recorded"),
    "flag.abstention": (
        "{evaluators}: keine Note zu {criterion} bei {bidder}",
        "{evaluators}: no grade on {criterion} for {bidder}",
    ),
    "flag.lot-needed": (
        "{bidders} liegen nach der bekannt gegebenen Gleichstandsregel auf Rang {rank} gleichauf: ein Losentscheid "
        "(tender draw) entscheidet",
        "{bidders} share rank {rank} after the announced tie-break: a drawing of lots (tender draw) decides",
    ),
    "flag.missing-fact": (
        "{bidder} gibt keinen Wert für {criterion} an: mit 0 gewertet",
        "{bidder} states no value for {criterion}: counted as 0",
    ),
    # audit
    "audit.tool": ("Werkzeug", "Tool"),
    "audit.method": ("Methode", "Method"),
    "audit.time": ("Erstellt (UTC)", "Created (UTC)"),
    "audit.fingerprint": ("Prüfsumme des Ergebnisses (SHA-256)", "Fingerprint of the result (SHA-256)"),
    "audit.log_head": ("Kopf des Audit-Logs (Ereignis:SHA-256)", "Audit log head (event:SHA-256)"),
    "audit.log_head_note": (
        "Außerhalb des Arbeitsbereichs aufbewahrt, beweist er später, dass kein Ereignis abgeschnitten wurde: "
        "tender audit verify --head {head}",
        "Kept outside the workspace, it proves later that no event was cut off: tender audit verify --head {head}",
    ),
    "draft.mark": ("ENTWURF", "DRAFT"),
    "draft.banner": (
        "ENTWURF – erstellt vor dem Siegel für den Zuschlag (tender seal final): nicht Grundlage der "
        "Zuschlagsentscheidung.",
        "DRAFT – made before the final seal (tender seal final): not the basis of the award decision.",
    ),
    "prices.sealed": (
        "Die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren): Preisblätter, Preispunkte und der Vergleich "
        "von Preis und Leistung erscheinen erst nach der Öffnung der Preise durch zwei Personen.",
        "The prices are still sealed (two-envelope procedure): price sheets, price points and price against "
        "performance appear only once two people have opened the prices.",
    ),
    "audit.no_log": ("kein Audit-Log im Arbeitsbereich", "no audit log in the workspace"),
    "audit.step.seal-technical": ("Technische Wertung versiegelt", "Technical evaluation sealed"),
    "audit.step.open-prices": ("Preise geöffnet", "Prices opened"),
    "audit.step.seal-final": ("Für den Zuschlag versiegelt", "Sealed for the award"),
    "audit.step.late-bid": ("Verspätetes Angebot", "Late bid"),
    "audit.late_bid": (
        "{bidder} ({file}) nach der technischen Versiegelung zugelassen: {time} – {actor} (Ereignis {event} des "
        "Audit-Logs)",
        "{bidder} ({file}) admitted after the technical seal: {time} – {actor} (audit log event {event})",
    ),
    "audit.step.by": (
        "{time} – {actor} (Ereignis {event} des Audit-Logs)",
        "{time} – {actor} (audit log event {event})",
    ),
    "audit.step.witnessed": (
        "{time} – {actor} im Beisein von {witness} (Ereignis {event} des Audit-Logs)",
        "{time} – {actor}, witnessed by {witness} (audit log event {event})",
    ),
    "audit.fingerprint_note": (
        "SHA-256 des kanonischen JSON-Ergebnisses (Schlüssel sortiert, ohne Leerzeichen, UTF-8); dieses Ergebnis ist "
        "dem PDF als Datei {attachment} beigefügt.",
        "SHA-256 of the canonical JSON result (sorted keys, no spaces, UTF-8); the result is attached to this PDF as "
        "{attachment}.",
    ),
    "audit.signatures": ("Signaturen im Audit-Log", "Signatures in the audit log"),
    "audit.signatures.none": (
        "keines der {total} Ereignisse ist signiert",
        "none of the {total} events is signed",
    ),
    "audit.signatures.some": (
        "{total} Ereignisse: {signed} signiert, {unsigned} unsigniert",
        "{total} events: {signed} signed, {unsigned} unsigned",
    ),
    "audit.inputs": ("Eingabedateien", "Input files"),
    "audit.file": ("Datei", "File"),
    "audit.sha256": ("SHA-256", "SHA-256"),
    "sign.text": (
        "Die Zuschlagsentscheidung treffen mindestens zwei Vertreter des Auftraggebers (§ 58 Abs. 5 VgV).",
        "The award decision is taken by at least two representatives of the contracting authority (§ 58(5) VgV).",
    ),
    "sign.place_date": ("Ort, Datum", "Place, date"),
    "sign.name": ("Name, Funktion", "Name, role"),
    "sign.signature": ("Unterschrift", "Signature"),
}
CATALOGUE.update(ROBUSTNESS)
CATALOGUE.update(RULES)
CATALOGUE.update(DECISION)
CATALOGUE.update(LETTERS)
CATALOGUE.update(TERMINAL)
CATALOGUE.update(FUNNEL)
CATALOGUE.update(PAGE)
CATALOGUE.update(WORKBOOK)
CATALOGUE.update(LOTS)
CATALOGUE.update(LOTPROC)


class Messages:
    """The catalogue in one language: `msg("key", name=value)` returns the formatted text."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported report language {lang!r}: use one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._index = LANGUAGES.index(lang)

    def __call__(self, key: str, **params: object) -> str:
        """The text for `key` with its placeholders filled."""
        text = CATALOGUE[key][self._index]
        return text.format(**params) if params else text
