"""The interactive HTML page's labels and sentences (tables, what-if panel) in German and English."""

from __future__ import annotations

# key: (German, English), as in messages.CATALOGUE; the script fills {shown} and {total} itself
PAGE: dict[str, tuple[str, str]] = {
    "page.sort": ("Sortieren nach", "Sort by"),
    "page.filter": ("Filtern", "Filter"),
    "page.filter_hint": ("Bieter, Kriterium, Text …", "Bidder, criterion, text …"),
    "page.shown": ("{shown} von {total} angezeigt", "{shown} of {total} shown"),
    "page.collapse": ("Einzelnoten verbergen", "Hide individual grades"),
    "page.expand": ("Einzelnoten zeigen", "Show individual grades"),
    "page.collapse_all": ("Alle Einzelnoten verbergen", "Hide all individual grades"),
    "page.expand_all": ("Alle Einzelnoten zeigen", "Show all individual grades"),
    "whatif.title": (
        "Was wäre, wenn …? Gewichte und Preisformel ausprobieren",
        "What if …? Try other weights and price formulas",
    ),
    "whatif.badge": ("Nicht Teil der Wertung", "Not part of the evaluation"),
    "whatif.link": ("Was wäre, wenn …? (nicht Teil der Wertung)", "What if …? (not part of the evaluation)"),
    "whatif.note": (
        "Dieses Feld rechnet im Browser mit anderen Gewichten oder einer anderen Preisformel, als bekannt gemacht "
        "wurden. Es ist nicht Teil der Wertung und ändert weder diesen Vermerk noch das Ergebnis: Es gelten allein die "
        "bekannt gemachten Gewichte und die Rangfolge in Abschnitt 1. Noten, Werte und Preise bleiben unverändert; "
        "ausgeschlossene Angebote bleiben ausgeschlossen.",
        "This panel recomputes in the browser with weights or a price formula other than those announced. It is not "
        "part of the evaluation and changes neither this record nor the result: only the announced weights and the "
        "ranking in section 1 count. Grades, values and prices stay as they are; excluded bids stay excluded.",
    ),
    "whatif.noscript": (
        "Das Was-wäre-wenn-Feld braucht JavaScript; der Bericht selbst ist ohne vollständig.",
        "The what-if panel needs JavaScript; the report itself is complete without it.",
    ),
    "whatif.weights": ("Gewichte je Ebene", "Weights per level"),
    "whatif.weights_hint": (
        "Wird ein Gewicht geändert, ändern sich die anderen derselben Ebene im selben Verhältnis, sodass jede Ebene "
        "100 % ergibt. Rechts das absolute Gewicht.",
        "Changing a weight rescales the others of its level in proportion, so that each level sums to 100 %. On the "
        "right, the absolute weight.",
    ),
    "whatif.weight_of": ("Gewicht von {name} in %", "Weight of {name} in %"),
    "whatif.formula": ("Preisformel", "Price formula"),
    "whatif.reset": ("Zurück zur bekannt gemachten Wertung", "Back to the announced evaluation"),
    "whatif.result": ("Rangfolge mit diesen Einstellungen", "Ranking with these settings"),
    "whatif.announced_rank": ("Rang in der Wertung", "Rank in the evaluation"),
    "whatif.unavailable": ("Hier nicht verfügbar.", "Not available here."),
    "whatif.sealed": (
        "Die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren): Diese Seite rechnet nichts nach.",
        "The prices are still sealed (two-envelope procedure): this page recomputes nothing.",
    ),
    "whatif.method": (
        "Diese Seite kann die Methode „{method}“ nicht nachrechnen; das Was-wäre-wenn-Feld gibt es nur für die "
        "gewichtete Punktbewertung. Die Zahlen dieses Berichts gelten unverändert.",
        "This page cannot recompute the method “{method}”; the what-if panel exists for the weighted scoring only. "
        "The figures of this report stand as they are.",
    ),
    "whatif.setting": (
        "Diese Seite kann die Einstellung {settings} nicht nachrechnen und zeigt deshalb keine Was-wäre-wenn-Zahlen. "
        "Die Zahlen dieses Berichts gelten unverändert.",
        "This page cannot recompute the setting {settings}, so it shows no what-if figures. The figures of this "
        "report stand as they are.",
    ),
    "whatif.formula_unknown": (
        "Diese Seite kann die Preisformel {formula} nicht nachrechnen und zeigt deshalb keine Was-wäre-wenn-Zahlen.",
        "This page cannot recompute the price formula {formula}, so it shows no what-if figures.",
    ),
    "whatif.no_bids": (
        "Kein Angebot ist vollständig in der Wertung: Es gibt nichts nachzurechnen.",
        "No bid is fully in the running: there is nothing to recompute.",
    ),
    "whatif.not_offered": (
        "Nicht zur Wahl, weil diese Seite sie nicht nachrechnen kann: {formulas}.",
        "Not offered, because this page cannot recompute them: {formulas}.",
    ),
    "whatif.invalid": (
        "Mit diesen Parametern ergibt die Preisformel keine gültigen Punkte.",
        "With these parameters the price formula gives no valid points.",
    ),
    "whatif.missing": (
        "Bitte für jeden Parameter der Preisformel einen Wert eingeben.",
        "Please enter a value for every parameter of the price formula.",
    ),
}
