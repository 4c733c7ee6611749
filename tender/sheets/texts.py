"""The wording of bid forms and score sheets in German or English (the tender's language, or the command's --lang)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "form": "Angebotsformular",
        "sheet_form": "Bewertungsbogen",
        "subtitle": "{buyer} · Vergabe {id}",
        "legend": "Bitte nur die gelb hinterlegten Zellen ausfüllen; alle anderen Zellen sind geschützt.",
        "bidder_intro": (
            "Dieses Formular ist Teil Ihres Angebots. Es enthält vier Blätter: Bieter, Anforderungen, Kennzahlen "
            "und Preise. Senden Sie die ausgefüllte Datei unverändert als .xlsx zurück; Blätter, Zeilen und "
            "Spalten dürfen nicht geändert werden. Die zurückgesandte Datei wird unverändert als Nachweis abgelegt."
        ),
        "bidder_head": "Angabe|Ihre Eintragung|Hinweis",
        "field_bidder": "Kurzkennung",
        "hint_bidder": "Kleinbuchstaben, Ziffern, Bindestriche (z. B. muster-it); leer: aus dem Dateinamen",
        "field_name": "Name des Unternehmens",
        "hint_name": "vollständige Firmierung",
        "field_contact": "Ansprechpartner",
        "hint_contact": "Name, E-Mail, Telefon",
        "field_submitted": "Datum des Angebots",
        "hint_submitted": "TT.MM.JJJJ",
        "format_submitted": "DD.MM.YYYY",
        "format_received": "DD.MM.YYYY HH:MM",
        "field_received": "Eingang (von der Vergabestelle auszufüllen)",
        "hint_received": "TT.MM.JJJJ HH:MM",
        "field_channel": "Eingangsweg (von der Vergabestelle auszufüllen)",
        "hint_channel": "z. B. e-Vergabe, Post, Boten",
        "field_complete": "Vollständig eingegangen? (von der Vergabestelle auszufüllen)",
        "hint_complete": "ja/nein",
        "suitability_head": "Eignung (§ 122 GWB): jede Angabe mit ja/nein beantworten und den Nachweis nennen",
        "steps_title": "So füllen Sie das Formular aus",
        "steps": (
            "1. Bieter: Name des Unternehmens, Ansprechpartner und Datum eintragen.\n"
            "2. Anforderungen: jede Ausschlussanforderung mit „ja“ oder „nein“ beantworten und die Fundstelle "
            "des Nachweises in Ihrem Angebot nennen. Ein „nein“ oder eine fehlende Antwort führt zum Ausschluss.\n"
            "3. Kennzahlen: den zugesagten Wert als Zahl in der angegebenen Einheit eintragen.\n"
            "4. Preise: je Position den Einzelpreis netto eintragen. Summen und Wertungspreis rechnet das "
            "Formular selbst; gewertet wird der Wertungspreis über die gesamte Vertragslaufzeit."
        ),
        "req_intro": (
            "Ausschlusskriterien: Jede Anforderung muss erfüllt sein. Ein „nein“ oder eine fehlende Antwort "
            "führt zum Ausschluss des Angebots."
        ),
        "req_head": "ID|Anforderung|Erfüllt?|Nachweis (Fundstelle in Ihrem Angebot)",
        "yes": "ja",
        "no": "nein",
        "yes_no_error": "Bitte „ja“ oder „nein“ aus der Liste wählen.",
        "fact_intro": "Kennzahlen, die nach der bekannt gemachten Wertungsformel bewertet werden. Bitte als Zahl "
        "in der angegebenen Einheit eintragen.",
        "fact_head": "ID|Kennzahl|Einheit|Ihr Wert",
        "fact_percent": "Prozentzelle: 99,95 eintippen ergibt 99,95 %",
        "fact_error": "Bitte eine Zahl eintragen (ohne Einheit).",
        "no_facts": "Diese Ausschreibung fragt keine Kennzahlen ab.",
        "no_requirements": "Diese Ausschreibung hat keine Ausschlussanforderungen.",
        "price_intro": (
            "Nettopreise in {currency}. Der Wertungspreis ist die Summe aller Positionen über die Vertragslaufzeit "
            "von {term} Monaten und wird aus Ihren Einzelpreisen berechnet."
        ),
        "price_head": "ID|Position|Abrechnung|Menge|Einzelpreis ({currency})|Anzahl über Laufzeit|"
        "Summe über Laufzeit ({currency})",
        "per_once": "einmalig",
        "per_month": "monatlich",
        "per_year": "jährlich",
        "term": "Vertragslaufzeit (Monate)",
        "total": "Wertungspreis (Summe über die Laufzeit)",
        "complete": "alle Einzelpreise eingetragen",
        "open": "Einzelpreis(e) fehlen noch",
        "price_error": "Bitte eine Zahl ab 0 eintragen (ohne Währungszeichen).",
        "price_prompt": "Nettopreis je Einheit und Abrechnungszeitraum",
        "score_intro": (
            "Bewerten Sie jedes Angebot je Kriterium unabhängig von den anderen Bewertern: Punktzahl aus der Liste "
            "wählen und jede Bewertung begründen. Eine Bewertung ohne Begründung wird nicht angenommen. "
            "Zeilen ohne Punktzahl und Begründung gelten als nicht bewertet."
        ),
        "evaluator": "Bewerter: {evaluator}",
        "score_head": "Bieter-ID|Bieter|Kriterium-ID|Kriterium|Punkte|Bedeutung|Begründung",
        "committee_head": "Moderation (ID)|Teilnehmende (IDs, mit Komma getrennt)",
        "scored": "bewertet",
        "of": "von",
        "score_error": "Bitte eine Punktzahl der Skala aus der Liste wählen.",
        "score_prompt": "Punktzahl {min}–{max}; Bedeutung siehe Blatt „{scale}“",
        "scale_intro": "Die bekannt gemachte Bewertungsskala.",
        "scale_head": "Punkte|Bedeutung",
        "bidder_intro_lots": (
            "Dieses Formular ist Teil Ihres Angebots. Die Ausschreibung ist in Lose geteilt: Geben Sie auf diesem "
            "Blatt an, für welche Lose Sie bieten, und füllen Sie für jedes dieser Lose dessen Preisblatt und "
            "dessen Abschnitte auf den Blättern Anforderungen und Kennzahlen aus. Senden Sie die ausgefüllte Datei "
            "unverändert als .xlsx zurück; Blätter, Zeilen und Spalten dürfen nicht geändert werden."
        ),
        "steps_lots": (
            "1. Bieter: Name des Unternehmens, Ansprechpartner und Datum eintragen; je Los „ja“ (Sie bieten "
            "für dieses Los) oder „nein“ wählen.\n"
            "2. Anforderungen: jede gemeinsame Ausschlussanforderung und die Anforderungen jedes Loses, für das "
            "Sie bieten, mit „ja“ oder „nein“ beantworten und die Fundstelle des Nachweises nennen.\n"
            "3. Kennzahlen: je Los, für das Sie bieten, den zugesagten Wert in der angegebenen Einheit eintragen.\n"
            "4. Preise: auf dem Preisblatt jedes Loses, für das Sie bieten, je Position den Einzelpreis netto "
            "eintragen; Preisblätter der übrigen Lose leer lassen.\n"
            "5. Kombinationen (falls zugelassen): je Kombinationsangebot eine Kennung, die Lose („ja“) und "
            "entweder den Gesamtpreis oder den Nachlass in Prozent."
        ),
        "lots_title": "Lose: Für welche Lose bieten Sie?",
        "lot_hint": "ja/nein",
        "lot_fixed": "festgelegt",
        "lot_block": "{title} (Los {id})",
        "lot_error": "Bitte „ja“ oder „nein“ aus der Liste wählen.",
        "comb_intro": (
            "Kombinationsangebote: eine Zeile je Angebot für mehrere Lose zusammen. Kennung eintragen, die Lose "
            "mit „ja“ markieren (mindestens zwei, für die Sie bieten) und entweder den Gesamtpreis über die "
            "Laufzeit oder den Nachlass auf die Summe Ihrer Wertungspreise dieser Lose angeben. Leere Zeilen "
            "gelten nicht."
        ),
        "comb_head": "Nr.|Kennung|{lots}|Gesamtpreis ({currency})|Nachlass (%)",
        "comb_error": "Bitte eine Zahl ab 0 eintragen.",
        "comb_discount_error": "Bitte einen Nachlass über 0 % und bis 100 % eintragen.",
    },
    "en": {
        "form": "Bid form",
        "sheet_form": "Score sheet",
        "subtitle": "{buyer} · tender {id}",
        "legend": "Fill in the yellow cells only; all other cells are protected.",
        "bidder_intro": (
            "This form is part of your bid. It has four sheets: Bidder, Requirements, Facts and Prices. Return the "
            "filled file as .xlsx; do not change sheets, rows or columns. The file you return is filed unchanged "
            "as evidence."
        ),
        "bidder_head": "Item|Your entry|Note",
        "field_bidder": "Short id",
        "hint_bidder": "lower-case letters, digits, hyphens (e.g. acme-it); blank: taken from the file name",
        "field_name": "Company name",
        "hint_name": "full legal name",
        "field_contact": "Contact person",
        "hint_contact": "name, e-mail, phone",
        "field_submitted": "Date of the bid",
        "hint_submitted": "YYYY-MM-DD",
        "format_submitted": "YYYY-MM-DD",
        "format_received": "YYYY-MM-DD HH:MM",
        "field_received": "Received (filled in by the contracting authority)",
        "hint_received": "YYYY-MM-DD HH:MM",
        "field_channel": "Received by (filled in by the contracting authority)",
        "hint_channel": "e.g. e-procurement platform, post, courier",
        "field_complete": "Complete on receipt? (filled in by the contracting authority)",
        "hint_complete": "yes/no",
        "suitability_head": "Suitability (§ 122 GWB): answer each with yes or no and name the evidence",
        "steps_title": "How to fill in this form",
        "steps": (
            "1. Bidder: enter your company name, a contact person and the date.\n"
            "2. Requirements: answer each knock-out requirement with yes or no and say where your bid proves it. "
            "A no or a missing answer excludes the bid.\n"
            "3. Facts: enter the value you commit to, as a number in the unit shown.\n"
            "4. Prices: enter the net unit price of every line. The form computes the totals and the evaluated "
            "price over the whole contract term, which is the price that is evaluated."
        ),
        "req_intro": "Knock-out requirements: every one must be met. A no or a missing answer excludes the bid.",
        "req_head": "ID|Requirement|Met?|Evidence (where in your bid)",
        "yes": "yes",
        "no": "no",
        "yes_no_error": "Please choose yes or no from the list.",
        "fact_intro": "Facts scored by the announced formula. Enter a number in the unit shown.",
        "fact_head": "ID|Fact|Unit|Your value",
        "fact_percent": "Percent cell: typing 99.95 gives 99.95 %",
        "fact_error": "Please enter a number (without the unit).",
        "no_facts": "This tender asks for no facts.",
        "no_requirements": "This tender has no knock-out requirements.",
        "price_intro": (
            "Net prices in {currency}. The evaluated price is the sum of all lines over the contract term of "
            "{term} months and is computed from your unit prices."
        ),
        "price_head": "ID|Line|Billing|Quantity|Unit price ({currency})|Charges over term|Total over term ({currency})",
        "per_once": "once",
        "per_month": "monthly",
        "per_year": "yearly",
        "term": "Contract term (months)",
        "total": "Evaluated price (total over the term)",
        "complete": "all unit prices entered",
        "open": "unit price(s) still missing",
        "price_error": "Please enter a number of at least 0 (no currency sign).",
        "price_prompt": "Net price per unit and billing period",
        "score_intro": (
            "Score every bid on every criterion independently of the other evaluators: choose the score from the "
            "list and justify every score. A score without a justification is not accepted. Rows with neither "
            "score nor justification count as not scored."
        ),
        "evaluator": "Evaluator: {evaluator}",
        "score_head": "Bidder id|Bidder|Criterion id|Criterion|Score|Meaning|Justification",
        "committee_head": "Moderator (id)|Participants (ids, comma-separated)",
        "scored": "scored",
        "of": "of",
        "score_error": "Please choose a score of the scale from the list.",
        "score_prompt": "Score {min}–{max}; meanings on the sheet “{scale}”",
        "scale_intro": "The announced scoring scale.",
        "scale_head": "Score|Meaning",
        "bidder_intro_lots": (
            "This form is part of your bid. The tender is divided into lots: say on this sheet which lots you bid "
            "for, and fill in the price sheet of each of those lots and its blocks on the Requirements and Facts "
            "sheets. Return the filled file as .xlsx; do not change sheets, rows or columns."
        ),
        "steps_lots": (
            "1. Bidder: enter your company name, a contact person and the date; choose yes (you bid for the lot) "
            "or no for every lot.\n"
            "2. Requirements: answer every shared knock-out requirement and those of every lot you bid for with "
            "yes or no, and say where your bid proves it.\n"
            "3. Facts: for every lot you bid for, enter the value you commit to in the unit shown.\n"
            "4. Prices: on the price sheet of every lot you bid for, enter the net unit price of every line; leave "
            "the price sheets of the other lots empty.\n"
            "5. Combinations (if admitted): per combination bid an id, its lots (yes) and either the combined "
            "price or the discount in percent."
        ),
        "lots_title": "Lots: which lots do you bid for?",
        "lot_hint": "yes/no",
        "lot_fixed": "fixed",
        "lot_block": "{title} (lot {id})",
        "lot_error": "Please choose yes or no from the list.",
        "comb_intro": (
            "Combination bids: one row per offer for several lots together. Enter an id, mark its lots with yes "
            "(at least two you bid for) and give either the combined price over the term or the discount on the "
            "sum of your evaluated prices of those lots. Empty rows do not count."
        ),
        "comb_head": "No.|Id|{lots}|Combined price ({currency})|Discount (%)",
        "comb_error": "Please enter a number of at least 0.",
        "comb_discount_error": "Please enter a discount above 0 % and up to 100 %.",
    },
}


def texts(language: str) -> dict[str, str]:
    """The wording for a tender language (English for anything but German)."""
    return TEXTS.get(language, TEXTS["en"])


def form_language(tender_language: str, lang: str | None = None) -> str:
    """The language a form is written in: `lang` (--lang), else the tender's; English for anything but German."""
    return "de" if (lang or tender_language) == "de" else "en"


def number_text(value: float, language: str) -> str:
    """A number shown as text in a form (a prompt's range): 0.5 in English, 0,5 in German."""
    text = f"{value:g}"
    return text.replace(".", ",") if language == "de" else text
