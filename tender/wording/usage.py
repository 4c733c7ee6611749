"""The words of the usage errors a user meets in normal work (a folder that exists, a seal out of turn, an unknown
bidder, a report that cannot be read) in German and English: key → (German, English), the same parameters."""

from __future__ import annotations

USAGE: dict[str, tuple[str, str]] = {
    "usage.option-control": ("{option}: {problem}", "{option}: {problem}"),
    # init
    "usage.target-not-empty": (
        "{target} existiert und ist nicht leer: einen neuen Ordner wählen",
        "{target} exists and is not empty: choose a new folder",
    ),
    "usage.template-not-workspace": (
        "{template} enthält keine tender.yaml: es ist kein Arbeitsordner",
        "{template} holds no tender.yaml: it is not a workspace",
    ),
    "usage.unknown-catalogue": (
        "unbekannter Katalog {name}: verfügbar sind {known}",
        "unknown catalogue {name}: available are {known}",
    ),
    "usage.key-exists": (
        "{path} gibt es bereits: ein Schlüssel wird nie überschrieben (ein anderes --out wählen)",
        "{path} exists already: a key is never overwritten (choose another --out)",
    ),
    # the seals (audit/seal.py) and the people who act
    "usage.not-two-envelope": (
        "diese Ausschreibung hat kein Zwei-Umschlag-Verfahren (procedure: {{two_envelope: true}}): `seal final` "
        "verwenden",
        "this tender has no two-envelope procedure (procedure: {{two_envelope: true}}): use `seal final`",
    ),
    "usage.technical-sealed": (
        "die technische Wertung ist bereits versiegelt (Audit-Ereignis {seq})",
        "the technical evaluation is already sealed (audit event {seq})",
    ),
    "usage.open-before-technical": (
        "die Preise können erst nach `tender seal technical` geöffnet werden",
        "the prices can be opened only after `tender seal technical`",
    ),
    "usage.already-opened": (
        "die Preise wurden bereits geöffnet (Audit-Ereignis {seq})",
        "the prices were already opened (audit event {seq})",
    ),
    "usage.final-before-opening": (
        "vor der abschließenden Versiegelung die Preise öffnen (`tender open-prices`)",
        "open the prices (`tender open-prices`) before the final seal",
    ),
    "usage.final-sealed": (
        "die Wertung ist bereits für den Zuschlag versiegelt (Audit-Ereignis {seq})",
        "the evaluation is already sealed for the award (audit event {seq})",
    ),
    "usage.no-declaration": (
        "{who} hat in evaluators.yaml keine unterschriebene Erklärung zu Interessenkonflikten",
        "{who} has no signed conflict-of-interest declaration in evaluators.yaml",
    ),
    "usage.no-declaration.vgv": (
        "{who} hat in evaluators.yaml keine unterschriebene Erklärung zu Interessenkonflikten (§ 6 VgV)",
        "{who} has no signed conflict-of-interest declaration in evaluators.yaml (§ 6 VgV)",
    ),
    "usage.log-empty": (
        "{log} ist leer: jedes Ereignis des Protokolls wurde entfernt; es aus einer Sicherung wiederherstellen, bevor "
        "irgendetwas anderes erfasst wird",
        "{log} is empty: every event of the record was removed; restore it from a backup before anything else is "
        "recorded",
    ),
    "usage.log-missing": (
        "{log} fehlt, aber dieser Zwei-Umschlag-Arbeitsordner enthält bereits Angebote, Noten oder Berichte: das "
        "Protokoll seines Verfahrens ist verloren, und tender beginnt kein neues darüber; {log} aus einer Sicherung "
        "wiederherstellen",
        "{log} is missing, but this two-envelope workspace already holds bids, scores or reports: the record of its "
        "procedure is gone and tender does not start a new one over it; restore {log} from a backup",
    ),
    # clarify (§ 60 VgV)
    "usage.clarify-not-listed": (
        "{who} ist nicht in evaluators.yaml aufgeführt: nur aufgeführte Personen erfassen eine Aufklärung",
        "{who} is not listed in evaluators.yaml: only listed people record a clarification",
    ),
    "usage.clarify-sealed": (
        "die Preise sind noch verschlossen: sie vor jeder Prüfung nach § 60 öffnen (`tender open-prices`)",
        "the prices are still sealed: open them (`tender open-prices`) before any § 60 check",
    ),
    "usage.unknown-bidder": (
        "kein Angebot von Bieter {bidder} in bids/ (Bieter: {known})",
        "no bid of bidder {bidder} in bids/ (bidders: {known})",
    ),
    "usage.unknown-bidder.lot": (
        "kein Angebot von Bieter {bidder} für Los {lot} in bids/ (Bieter: {known})",
        "no bid of bidder {bidder} for lot {lot} in bids/ (bidders: {known})",
    ),
    "usage.not-flagged.lot": (
        "der Preis von {bidder} für Los {lot} ist nicht als ungewöhnlich niedrig markiert (§ 60 VgV): nichts "
        "aufzuklären",
        "the price of {bidder} for lot {lot} is not flagged as abnormally low (§ 60 VgV): nothing to clarify",
    ),
    "usage.not-flagged": (
        "der Preis von {bidder} ist nicht als ungewöhnlich niedrig markiert (§ 60 VgV): nichts aufzuklären",
        "the price of {bidder} is not flagged as abnormally low (§ 60 VgV): nothing to clarify",
    ),
    # the award decision and its approval wait for every § 60 flag's outcome (app/lowprice.py)
    "usage.unclarified": (
        "§ 60 VgV: ungewöhnlich niedriger Preis noch nicht aufgeklärt: {named}; die Zuschlagsentscheidung und ihre "
        "Freigabe warten auf das Ergebnis der Aufklärung: `tender clarify DIR{option} --bidder ID --requested DATUM "
        "--answered DATUM --outcome accepted|rejected`",
        "§ 60 VgV: abnormally low price not yet clarified: {named}; the award decision and its approval wait for the "
        "outcome of the clarification: `tender clarify DIR{option} --bidder ID --requested DATE --answered DATE "
        "--outcome accepted|rejected`",
    ),
    # verify and audit
    "usage.no-report": ("{path}: kein solcher Bericht", "{path}: no such report"),
    "usage.not-a-report": (
        "{path}: kein Bericht (erwartet .json, .pdf oder .xlsx)",
        "{path}: not a report (expected .json, .pdf or .xlsx)",
    ),
    "usage.report-unreadable": (
        "{path}: die Daten des Berichts können nicht gelesen werden ({exc})",
        "{path}: the report's data cannot be read ({exc})",
    ),
    "usage.not-tender-report": (
        "{path}: kein Bericht von tender (kein Audit-Block und kein Ergebnis)",
        "{path}: not a tender report (no audit block and result)",
    ),
    "usage.no-log": (
        "{path}: keine solche Datei: dieser Arbeitsordner führt kein Audit-Protokoll",
        "{path}: no such file: this workspace keeps no audit log",
    ),
}
