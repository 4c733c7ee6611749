"""The catalogue's words for the letters to the bidders (§ 134 GWB), German and English."""

from __future__ import annotations

LETTERS: dict[str, tuple[str, str]] = {
    "letter.subject": (
        "Information über die beabsichtigte Zuschlagserteilung (§ 134 GWB) – {title}, Az. {reference}",
        "Notice of the intended award of the contract (§ 134 GWB) – {title}, ref. {reference}",
    ),
    "letter.title": ("Information nach § 134 GWB", "Notice under § 134 GWB"),
    "letter.attention": ("z. Hd. {contact}", "attn. {contact}"),
    "letter.date": ("{place}Datum: {date}", "{place}Date: {date}"),
    "letter.salutation": ("Sehr geehrte Damen und Herren,", "Dear Sir or Madam,"),
    "letter.loser.intro": (
        "in dem oben genannten Vergabeverfahren beabsichtigen wir, den Zuschlag auf das Angebot von {winner} zu "
        "erteilen. Ihr Angebot kann nicht berücksichtigt werden.",
        "in the procurement named above we intend to award the contract to {winner}. Your bid cannot be accepted.",
    ),
    "letter.excluded.intro": (
        "in dem oben genannten Vergabeverfahren beabsichtigen wir, den Zuschlag auf das Angebot von {winner} zu "
        "erteilen. Ihr Angebot musste von der Wertung ausgeschlossen werden und kann daher nicht berücksichtigt "
        "werden.",
        "in the procurement named above we intend to award the contract to {winner}. Your bid had to be excluded "
        "from the evaluation and therefore cannot be accepted.",
    ),
    "letter.winner.intro": (
        "in dem oben genannten Vergabeverfahren beabsichtigen wir, den Zuschlag auf Ihr Angebot zu erteilen. "
        "Dieses Schreiben ist noch nicht der Zuschlag: Er wird erst nach Ablauf der Wartefrist erteilt, die wir "
        "den übrigen Bietern nach § 134 GWB mitgeteilt haben. Bitte halten Sie Ihr Angebot bis dahin aufrecht.",
        "in the procurement named above we intend to award the contract to you. This letter is not yet the award: "
        "it follows only after the standstill period we have told the other bidders under § 134 GWB. Please keep "
        "your bid open until then.",
    ),
    "letter.table.loser": (
        "Leistungspunkte Ihres Angebots und des ausgewählten Angebots je Hauptkriterium",
        "Performance points of your bid and of the selected bid per main criterion",
    ),
    "letter.table.winner": (
        "Leistungspunkte Ihres Angebots je Hauptkriterium",
        "Performance points of your bid per main criterion",
    ),
    "letter.col.criterion": ("Kriterium", "Criterion"),
    "letter.col.own": ("Ihr Angebot", "Your bid"),
    "letter.col.winner": ("Ausgewähltes Angebot", "Selected bid"),
    "letter.col.max": ("erreichbar", "maximum"),
    "letter.row.total": ("Leistungspunkte gesamt", "Performance points in total"),
    "letter.rank": (
        "Ihr Angebot belegt Rang {rank} von {count} gewerteten Angeboten; Ihr Wertungspreis beträgt {price}.",
        "Your bid ranks {rank} of {count} bids evaluated; your evaluated price is {price}.",
    ),
    "letter.no_prices": (
        "Preise und Preispunkte anderer Bieter, auch des ausgewählten Angebots, teilen wir nicht mit: Sie sind "
        "Betriebs- und Geschäftsgeheimnisse, und Preispunkte ließen nach der bekannt gemachten Preisformel auf "
        "Preise schließen. Aus demselben Grund nennen wir auch Ihre eigenen Preispunkte und Gesamtpunkte nicht.",
        "We do not disclose other bidders' prices or price points, the selected bid's included: they are business "
        "secrets, and price points would reveal prices through the announced price formula. For the same reason "
        "we do not state your own price points or total score.",
    ),
    "letter.reasons": ("Gründe der Nichtberücksichtigung", "Reasons your bid was not accepted"),
    "letter.reason.price": (
        "Ihr Angebot erreichte mindestens so viele Leistungspunkte wie das ausgewählte Angebot; das ausgewählte "
        "Angebot ist unter Berücksichtigung des Preises wirtschaftlicher.",
        "Your bid reached at least as many performance points as the selected bid; taking the price into account, "
        "the selected bid is more economically advantageous.",
    ),
    "letter.reason.quality": (
        "Ihr Angebot erreichte {gap} Leistungspunkte weniger als das ausgewählte Angebot ({own} statt {winner}). "
        "Die größten Abstände bestehen bei diesen Kriterien:",
        "Your bid reached {gap} performance points fewer than the selected bid ({own} instead of {winner}). The "
        "largest gaps are on these criteria:",
    ),
    "letter.reason.criterion": (
        "{criterion}: {own} statt {winner} Punkte.",
        "{criterion}: {own} instead of {winner} points.",
    ),
    "letter.reason.justification": ("Begründung der Bewertung: „{text}“", "Reason given by the evaluators: “{text}”"),
    "letter.reason.value": ("Ihre Angabe: {value}.", "Your figure: {value}."),
    "letter.excluded.reasons": ("Gründe des Ausschlusses", "Grounds for the exclusion"),
    "letter.redacted": ("[Angabe zu einem anderen Bieter]", "[another bidder]"),
    "letter.standstill": (
        "Der Zuschlag wird nicht vor Ablauf der Frist nach § 134 Abs. 2 GWB erteilt. Diese Information wurde am "
        "{sent_on} {channel} versandt. Die Frist von {days} Kalendertagen beginnt am Tag nach der Absendung und "
        "endet am {end}; der Vertrag wird frühestens am {earliest} geschlossen. Samstage, Sonn- und Feiertage "
        "verschieben das Fristende nicht.",
        "The contract will not be awarded before the period of § 134(2) GWB has expired. This notice was sent on "
        "{sent_on} {channel}. The period of {days} calendar days begins on the day after sending and ends on "
        "{end}; the contract will be concluded on {earliest} at the earliest. Saturdays, Sundays and public "
        "holidays do not move the end of the period.",
    ),
    "letter.winner.standstill": (
        "Der Zuschlag wird frühestens am {earliest} erteilt (Frist nach § 134 Abs. 2 GWB: {days} Kalendertage ab "
        "dem Tag nach der Absendung am {sent_on}).",
        "The contract will be awarded on {earliest} at the earliest (period of § 134(2) GWB: {days} calendar days "
        "from the day after sending on {sent_on}).",
    ),
    "letter.closing": ("Mit freundlichen Grüßen", "Yours faithfully"),
    "letter.sender": ("{buyer} – Vergabestelle", "{buyer} – procurement office"),
    "letter.footer": (
        "Az. {reference} · Schreiben an {bidder} · erstellt mit tender aus der Wertung mit der Prüfsumme {fingerprint}",
        "Ref. {reference} · letter to {bidder} · made with tender from the evaluation with fingerprint {fingerprint}",
    ),
}
