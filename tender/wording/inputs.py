"""The words of the findings in the inputs' content (tender.yaml, catalogues, evaluators.yaml, bids, score files)
in German and English: key (the finding code, or code.variant) → (German, English), the same parameters in both."""

from __future__ import annotations

INPUTS: dict[str, tuple[str, str]] = {
    # the fields every reader shares (parse/common.py)
    "not-a-mapping": (
        "erwartet wird eine Zuordnung von Schlüsseln, gefunden {found}",
        "expected a mapping of keys, found {found}",
    ),
    "unknown-key": ("unbekannter Schlüssel (erlaubt: {known})", "unknown key (allowed: {known})"),
    "missing-key": ("ein Pflichtschlüssel fehlt", "required key is missing"),
    "not-a-list": ("erwartet wird eine Liste, gefunden {found}", "expected a list, found {found}"),
    "missing-text": ("erwartet wird ein nicht leerer Text", "expected a non-empty text"),
    "not-text": ("erwartet wird ein Text, gefunden {found}", "expected a text, found {found}"),
    "bad-id": (
        "erwartet wird eine Kennung wie 'web-hosting' ([a-z0-9][a-z0-9-]*), gefunden {found}",
        "expected an id like 'web-hosting' ([a-z0-9][a-z0-9-]*), found {found}",
    ),
    "not-a-number": (
        "{found} ist keine Zahl – erwartet wird {expected}, geschrieben wie 1.234,56",
        "expected {expected}, found {found}",
    ),
    "bad-number": (
        "{value} ist keine endliche Zahl – erwartet wird {expected}",
        "expected {expected}, found {value} (not a finite number)",
    ),
    "absurd-number": (
        "{shown} ist nicht plausibel – erwartet wird {what} von höchstens {ceiling} Größe",
        "expected {what} of at most {ceiling:g} in size, found {shown}: not plausible",
    ),
    "out-of-range": ("erwartet wird {expected}, gefunden {number}", "expected {expected}, found {number:g}"),
    "bad-date": (
        "erwartet wird ein Kalenderdatum wie 2007-03-01, gefunden {found}",
        "expected a calendar date like 2007-03-01, found {found}",
    ),
    "bad-choice": (
        "erwartet wird einer der Werte {allowed}, gefunden {found}",
        "expected one of {allowed}, found {found}",
    ),
    "not-yes-no": ("erwartet wird true oder false, gefunden {found}", "expected true or false, found {found}"),
    # what a number must be (parse/common.expectation); {what} is a Term (wording/nouns.py)
    "expect": ("{what}", "{what}"),
    "expect.min": ("{what} von mindestens {low}", "{what} of at least {low:g}"),
    "expect.above": ("{what} größer als {low}", "{what} greater than {low:g}"),
    "expect.max": ("{what} von höchstens {high}", "{what} of at most {high:g}"),
    "expect.min-max": (
        "{what} von mindestens {low} und höchstens {high}",
        "{what} of at least {low:g} and of at most {high:g}",
    ),
    "expect.above-max": (
        "{what} größer als {low} und höchstens {high}",
        "{what} greater than {low:g} and of at most {high:g}",
    ),
    "control-character.in-key": ("{key}: {problem}", "{key}: {problem}"),
    "control-character.evaluator": ("evaluator: {problem}", "evaluator: {problem}"),
    # tender.yaml
    "missing-file.tender": ("keine tender.yaml im Arbeitsordner", "no tender.yaml in the workspace"),
    "bad-choice.language": ("erwartet wird de | en, gefunden {found}", "expected de | en, found {found}"),
    "bad-currency": (
        "erwartet wird ein ISO-4217-Code wie EUR, gefunden {found}",
        "expected an ISO 4217 code such as EUR, found {found}",
    ),
    "bad-term": (
        "erwartet wird eine ganze Zahl von Monaten > 0, gefunden {found}",
        "expected a whole number of months > 0, found {found}",
    ),
    "absurd-number.term": (
        "erwartet werden höchstens {term_ceiling} Monate (100 Jahre), gefunden {term}",
        "expected at most {term_ceiling} months (100 years), found {term}",
    ),
    "bad-ocid-prefix": (
        "erwartet wird ocds- und sechs Buchstaben oder Ziffern, gefunden {prefix}",
        "expected ocds- and six letters or digits, found {prefix}",
    ),
    "bad-scale": ("max ({high}) muss größer als min ({low}) sein", "max ({high:g}) must be greater than min ({low:g})"),
    "not-a-mapping.labels": ("erwartet werden Paare Note: Bezeichnung", "expected grade: label pairs"),
    "bad-label": (
        "erwartet wird eine ganze Note zwischen {low} und {high}",
        "expected a whole grade between {low:g} and {high:g}",
    ),
    "not-applicable.weighted-sum": (
        "gilt nur für weighted-sum, nicht für {name}",
        "applies to weighted-sum only, not {name}",
    ),
    "missing-key.span": (
        "linear-span braucht eine Spanne (span), einen Anteil wie 0,5",
        "linear-span needs a span, a fraction such as 0.5",
    ),
    "not-applicable.linear-span": (
        "gilt nur für price_formula linear-span",
        "applies to price_formula linear-span only",
    ),
    "not-applicable.ufab-extended": ("gilt nur für ufab-extended", "applies to ufab-extended only"),
    "mixed-criterion": (
        "ein Kriterium hat genau eines von criteria, measure oder price, gefunden {kinds}",
        "a criterion has one of criteria, measure or price, found {kinds}",
    ),
    "not-applicable.judged": (
        "gilt nur für bewertete Kriterien und Gruppen",
        "applies to judged criteria and groups only",
    ),
    "empty-group": ("eine Gruppe braucht mindestens ein Kriterium", "a group needs at least one criterion"),
    "bad-price-flag": ("für das Preiskriterium price: true schreiben", "write price: true for the price criterion"),
    "duplicate-id.criterion": ("Kriteriums-Kennung doppelt verwendet", "criterion id used twice"),
    "price-criterion": (
        "weighted-sum braucht genau ein Preiskriterium (price: true), gefunden {found}",
        "weighted-sum needs exactly one price criterion (price: true), found {found}",
    ),
    "price-criterion.value-for-money": (
        "value-for-money zieht den Wert der Qualität vom Preis ab: das Preiskriterium {prices} entfernen",
        "value-for-money deducts the quality's value from the price: remove the price criterion {prices}",
    ),
    "price-criterion.ufab": (
        "{name} setzt die Leistung selbst ins Verhältnis zum Preis: das Preiskriterium {prices} entfernen",
        "{name} relates performance to price itself: remove the price criterion {prices}",
    ),
    "weights-not-100": (
        'die Gewichte unter "{parent}" ergeben {total}, erwartet 100',
        'the weights under "{parent}" sum to {total:g}, expected 100',
    ),
    "weights-not-100.top": (
        "die Gewichte der obersten Kriterien ergeben {total}, erwartet 100",
        "the weights of the top-level criteria sum to {total:g}, expected 100",
    ),
    "duplicate-id.requirement": (
        'Anforderungs-Kennung "{ident}" doppelt verwendet',
        'requirement id "{ident}" used twice',
    ),
    "duplicate-id.price-line": (
        'Preispositions-Kennung "{ident}" doppelt verwendet',
        'price line id "{ident}" used twice',
    ),
    # the method's rules (parse/methodrules.py, parse/rules.py)
    "not-applicable.price-formula": (
        "gilt nur für price_formula {users}, nicht für {formula}",
        "applies to price_formula {users} only, not {formula}",
    ),
    "missing-key.amounts": (
        "{formula} braucht {own}, Beträge in der Währung",
        "{formula} needs {own}, amounts in the currency",
    ),
    "bad-price-range": (
        "best_price ({best}) muss unter worst_price ({worst}) liegen: volle Punkte bis zu ihm, 0 ab diesem",
        "best_price ({best:g}) must be below worst_price ({worst:g}): full points at or below it, 0 at or above",
    ),
    "bad-rounding": (
        "erwartet wird eine ganze Zahl von Nachkommastellen von 0 bis {most}, gefunden {found}",
        "expected a whole number of decimal places from 0 to {most}, found {found}",
    ),
    "duplicate-tie-break": ("Regel {rule} für Gleichstand doppelt genannt", "tie-break rule {rule} named twice"),
    "mixed-measure": (
        "eine Messung hat genau eines von best/worst, curve oder steps, gefunden {rules}",
        "a measure has one of best/worst, curve or steps, found {rules}",
    ),
    "missing-key.measure": (
        "eine Messung braucht best und worst, eine Kurve oder Stufen",
        "a measure needs best and worst, a curve or steps",
    ),
    "bad-measure": ("best und worst müssen sich unterscheiden", "best and worst must differ"),
    "bad-curve.point": ("erwartet wird ein Punkt [x, v], gefunden {found}", "expected a point [x, v], found {found}"),
    "bad-curve.order": (
        "x muss streng steigen: {x} folgt auf {points}",
        "x must increase strictly: {x:g} follows {points:g}",
    ),
    "bad-curve.points": (
        "eine Kurve braucht mindestens 2 Punkte, gefunden {count}",
        "a curve needs at least 2 points, found {count}",
    ),
    "bad-steps.twice": ("min {low} kommt zweimal vor", "min {low:g} appears twice"),
    "bad-steps.empty": (
        "eine Stufentabelle braucht mindestens eine Zeile {{min, value}}",
        "a step table needs at least one row {{min, value}}",
    ),
    "not-applicable.numeric": (
        "gilt nur für eine zahlenmäßige Anforderung (mit fact)",
        "applies to a numeric requirement (with a fact) only",
    ),
    "bad-requirement.bounds": (
        "eine zahlenmäßige Anforderung hat min oder max, gefunden {found}",
        "a numeric requirement has a min or a max, found {found}",
    ),
    "bad-requirement.unit": (
        "die Angabe {fact} wird in {found} gemessen, gefunden {found2}",
        "fact {fact} is measured in {found}, found {found2}",
    ),
    "not-applicable.value-for-money": (
        "gilt nur für die Methode value-for-money",
        "applies to method value-for-money only",
    ),
    "mixed-weight-value": (
        "value-for-money kennt keine Gewichte: {wanted}",
        "value-for-money gives no weights: {wanted}",
    ),
    "not-applicable.group-value": (
        "der Wert einer Gruppe ist die Summe der Werte ihrer Unterkriterien",
        "a group's value is the sum of its leaves' values",
    ),
    "missing-key.value": (
        "value-for-money braucht den Wert jedes Unterkriteriums (in der Währung)",
        "value-for-money needs each leaf's value (currency)",
    ),
    "no-value": (
        "value-for-money braucht mindestens ein Unterkriterium mit einem Wert über 0",
        "value-for-money needs at least one leaf with a value above 0",
    ),
    "not-applicable.min-score": (
        "eine Gruppe mit dem Preiskriterium hat keine Mindestnote",
        "a group with the price criterion has no minimum score",
    ),
    # the procedure block (parse/procedure.py)
    "missing-key.estimate": (
        "abnormally_low_of_estimate braucht einen estimated_value",
        "abnormally_low_of_estimate needs an estimated_value",
    ),
    "bad-cpv": (
        "erwartet wird ein CPV-Code wie 72400000-4 (8 Ziffern, ein Bindestrich, die Prüfziffer), gefunden {found}",
        "expected a CPV code like 72400000-4 (8 digits, a hyphen, the check digit), found {found}",
    ),
    "duplicate-id.cpv": ("CPV-Code {text} doppelt angegeben", "CPV code {text} given twice"),
    "dates-out-of-order": (
        "{after} ({out}) liegt vor {before} ({out2}): erwartet wird die Reihenfolge {procedure_dates}",
        "{after} ({out}) lies before {before} ({out2}): expected the order {procedure_dates}",
    ),
    "bad-date.time": (
        "erwartet wird ein Datum wie 2007-03-15 oder 2007-03-15T12:00, gefunden {found}",
        "expected a date like 2007-03-15 or 2007-03-15T12:00, found {found}",
    ),
    "id-clash": (
        '"{ident}" ist bereits eine Anforderungs-Kennung: eine andere wählen',
        '"{ident}" is already a requirement id: use another id',
    ),
    "duplicate-id.suitability": ('Eignungs-Kennung "{ident}" doppelt verwendet', 'suitability id "{ident}" used twice'),
    # criteria catalogues (parse/catalogue.py)
    "symlink.catalogue": (
        "der Katalog {ref} ist (oder liegt in) einem symbolischen Link: Links werden abgelehnt",
        "the catalogue {ref} is (or lies in) a symbolic link: links are refused",
    ),
    "catalogue-outside": (
        "der Katalog {ref} liegt außerhalb des Arbeitsordners: ihn im Ordner criteria/ des Arbeitsordners ablegen",
        "the catalogue {ref} lies outside the workspace: keep it in the workspace's criteria/ folder",
    ),
    "missing-file.catalogue": ("Katalogdatei {ref} nicht gefunden", "catalogue file {ref} not found"),
    "not-a-mapping.catalogue": (
        "erwartet wird eine Zuordnung mit criteria, gefunden {found}",
        "expected a mapping with criteria, found {found}",
    ),
    "tender-key-in-catalogue": (
        "{key} gehört in tender.yaml, nicht in einen Katalog: ein Katalog enthält Kriterien (und eine Beschreibung)",
        "{key} belongs in tender.yaml, not in a catalogue: a catalogue holds criteria (and a description)",
    ),
}
