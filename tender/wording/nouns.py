"""Fixed English phrases the code passes into findings (what a number is, `none`), and their German."""

from __future__ import annotations

NOUNS: dict[str, str] = {
    "none": "keine",
    "a number": "eine Zahl",
    "a unit price": "ein Einzelpreis",
    "a fact value x": "ein Wert x der Angabe",
    "a value v": "ein Wert v",
    "a fact value": "ein Wert der Angabe",
    "a value": "ein Wert",
    "a weight in percent": "ein Gewicht in Prozent",
    "an amount of money": "ein Geldbetrag",
    "an amount": "ein Betrag",
    "a fraction of the estimated value (0.7 = 70 %)": "ein Anteil am geschätzten Auftragswert (0,7 = 70 %)",
    "a fraction (0.5 = 50 %)": "ein Anteil (0,5 = 50 %)",
    "a fraction (0.10 = 10 %)": "ein Anteil (0,10 = 10 %)",
    "a number of scale steps": "eine Zahl von Skalenstufen",
    "a fraction (0.20 = 20 %)": "ein Anteil (0,20 = 20 %)",
    "a score on the scale": "eine Note der Skala",
    "a quantity": "eine Menge",
    "a combined price": "ein Kombinationspreis",
    "a fraction (0.05 = 5 %)": "ein Anteil (0,05 = 5 %)",
    "a weight": "ein Gewicht",
    "an estimated value": "ein geschätzter Wert",
    # what `tender verify` says differs (the figures of a bid, named as in the JSON)
    "nobody": "niemand",
    "null": "kein Wert",
    "True": "ja",
    "False": "nein",
    "excluded": "ausgeschlossen",
    "rank": "Rang",
    "score": "Gesamtpunkte",
    "performance": "Leistungspunkte",
    "price": "Preis",
    "price_points": "Preispunkte",
}
