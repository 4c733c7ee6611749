"""The words of the findings about lots (tender.yaml's lots, a lotted bid's lots, offers and combinations, lotted
scores) in German and English: key (the finding code, or code.variant) → (German, English), the same parameters."""

from __future__ import annotations

LOTS: dict[str, tuple[str, str]] = {
    # tender.yaml's lots (parse/lotsfile.py)
    "no-lots": (
        "erwartet wird mindestens ein Los (eine Ausschreibung ohne Lose lässt den Schlüssel weg)",
        "expected at least one lot (a tender without lots leaves the key out)",
    ),
    "duplicate-id.lot": (
        'Los-Kennung "{ident}" doppelt verwendet (zuerst bei {first})',
        'lot id "{ident}" used twice (first at {first})',
    ),
    "missing-key.lot-criteria": (
        "ein Los ohne eigene Kriterien braucht die gemeinsamen Kriterien",
        "a lot without criteria of its own needs the shared criteria",
    ),
    "not-a-mapping.lot-method": (
        "erwartet werden die Schlüssel der Methode, die dieses Los ändert, gefunden {found}",
        "expected the method keys this lot changes, found {found}",
    ),
    "mixed-criterion.lot-weights": (
        "ein Los hat eigene Kriterien oder Gewichte für die gemeinsamen, nicht beides",
        "a lot has its own criteria or weights for the shared ones, not both",
    ),
    "duplicate-id.shared-requirement": (
        'Anforderungs-Kennung "{ident}" ist auch eine gemeinsame Anforderung',
        'requirement id "{ident}" is a shared requirement too',
    ),
    "missing-key.lot-prices": (
        "ein Los braucht ein Preisblatt: eigene Preise oder die gemeinsamen",
        "a lot needs a price sheet: its own prices or the shared ones",
    ),
    "bad-limit": (
        "erwartet wird eine ganze Zahl von Losen ≥ 1, gefunden {found}",
        "expected a whole number of lots ≥ 1, found {found}",
    ),
    "missing-key.lot-value": (
        "die Reihenfolge by-value braucht den geschätzten Wert jedes Loses",
        "order by-value needs every lot's estimated value",
    ),
    "conflicting-methods": (
        "die Gesamtwertung addiert die Wertungen der Lose und braucht dafür eine Methode in jedem Los; "
        "gefunden {names}",
        "total score adds the lots' scores, which needs one method in every lot; found {names}",
    ),
    # a lotted bid (parse/lotbid.py, sheets/lotread.py)
    "prices-outside-lot": (
        "in einer Ausschreibung mit Losen hat jedes Los eigene Preise: sie unter offers schreiben",
        "in a lotted tender each lot has its own prices: write them under offers",
    ),
    "missing-key.lots": (
        "die Lose nennen, für die das Angebot gilt (die Lose der Ausschreibung: {known})",
        "name the lots the bid is for (the tender's lots: {known})",
    ),
    "unknown-lot": (
        "Angebot für unbekanntes Los {found} (die Lose der Ausschreibung: {known})",
        "bid for unknown lot {found} (the tender's lots: {known})",
    ),
    "duplicate-lot": (
        "Los {lot} ist doppelt genannt (zuerst bei {first})",
        "lot {lot} is named twice (first at {first})",
    ),
    "duplicate-lot.combination": (
        "die Kombination nennt Los {lot} zweimal (zuerst bei {first})",
        "the combination names lot {lot} twice (first at {first})",
    ),
    "not-a-mapping.offers": (
        "erwartet wird ein Block je Los, gefunden {found}",
        "expected one block per lot, found {found}",
    ),
    "offer-not-bid": (
        "ein Angebot für Los {lot}, das das Angebot nicht unter lots nennt (seine Lose: {lots})",
        "an offer for lot {lot}, which the bid does not name under lots (its lots: {lots})",
    ),
    "unknown-lot.offer": (
        "ein Angebot für unbekanntes Los {found} (die Lose der Ausschreibung: {known})",
        "an offer for unknown lot {found} (the tender's lots: {known})",
    ),
    "not-a-mapping.offer": (
        "erwartet werden Paare Schlüssel: Wert, gefunden {found}",
        "expected key: value pairs, found {found}",
    ),
    "combinations-not-admitted": (
        "die Ausschreibung lässt keine Kombinationsangebote zu (tender.yaml hat keinen Block combinations:)",
        "the tender does not admit combination bids (tender.yaml has no combinations: block)",
    ),
    "combination-lot-not-bid": (
        "die Kombination nennt Los {found}, für das das Angebot nicht gilt (seine Lose: {lots})",
        "the combination names lot {found}, for which the bid does not bid (its lots: {lots})",
    ),
    "bad-combination.lots": (
        "eine Kombination umfasst mindestens zwei Lose des Angebots",
        "a combination covers at least two of the bid's lots",
    ),
    "bad-combination.both": (
        "eine Kombination nennt einen Preis oder einen Nachlass, nicht beides",
        "a combination states a price or a discount, not both",
    ),
    "bad-combination.neither": (
        "eine Kombination nennt ihren Gesamtpreis oder ihren Nachlass auf die Lospreise: keines von beiden ist "
        "angegeben",
        "a combination states its combined price or its discount on the lot prices: neither is given",
    ),
    "not-applicable.lots": (
        "gilt nur für eine in Lose geteilte Ausschreibung: tender.yaml hat keine Lose",
        "applies to a tender divided into lots: tender.yaml has no lots",
    ),
    "too-many-combinations": (
        "{count} zulässige Kombinationsangebote: höchstens {limit} lassen sich abwägen (jede Menge von ihnen ohne "
        "gemeinsames Los ist eine Möglichkeit)",
        "{count} admissible combination bids: at most {limit} can be weighed (every set of them that shares no lot "
        "is an alternative)",
    ),
    "bad-combination.discount": (
        "ein Nachlass von 100 % verschenkt die Lose: erwartet wird weniger als 1",
        "a discount of 100 % gives the lots away: expected below 1",
    ),
    "duplicate-id.combination": (
        'Kombinations-Kennung "{ident}" doppelt verwendet',
        'combination id "{ident}" used twice',
    ),
    "not-yes-no.lot": (
        "Los {lot}: erwartet wird ja/nein oder yes/no, gefunden {found}",
        "lot {lot}: expected ja/nein or yes/no, found {found}",
    ),
    "not-yes-no.combination": (
        "Kombination, Los {lot}: erwartet wird ja/nein oder yes/no, gefunden {found}",
        "combination, lot {lot}: expected ja/nein or yes/no, found {found}",
    ),
    # lotted scores (parse/scorefile.py, workspace.py)
    "unknown-lot.score": (
        "Note für unbekanntes Los {found}: erwartet wird eines der Lose {lots}",
        "score for unknown lot {found}: expected one of the lots {lots}",
    ),
    "not-in-lot": (
        "Note für Bieter {bidder} in Los {lot}, für das er kein Angebot abgegeben hat (seine Lose: {bid_for})",
        "score for bidder {bidder} in lot {lot}, for which it did not bid (its lots: {bid_for})",
    ),
}
