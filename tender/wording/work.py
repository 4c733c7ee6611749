"""The words of the findings about the workspace as a whole (imports, receipts, seals, the scoring's completeness)
in German and English: key (the finding code, or code.variant) → (German, English), the same parameters in both."""

from __future__ import annotations

WORK: dict[str, tuple[str, str]] = {
    # the workspace (workspace.py)
    "symlink.folder": (
        "der Ordner ist ein symbolischer Link: Links werden abgelehnt",
        "the folder is a symbolic link: links are refused",
    ),
    "duplicate-bidder": (
        "die Bieter-Kennung {bidder} verwendet auch {first_file}: ein Angebot je Bieter",
        "bidder id {bidder} is used by {first_file} too: one bid per bidder",
    ),
    "duplicate-score.files": (
        "{evaluator} hat Bieter {bidder}, Kriterium {criterion} zweimal bewertet (auch in {source}, {place})",
        "evaluator {evaluator} scored bidder {bidder}, criterion {criterion} twice (also in {source}, {place})",
    ),
    # imports (app/imports.py, app/staging.py)
    "missing-file": ("keine solche Datei", "no such file"),
    "not-a-spreadsheet": (
        "keine Angebots- oder Notendatei: erwartet wird eine von {readers}",
        "not a bid or score file: expected one of {readers}",
    ),
    "already-imported": ("die Datei liegt bereits in {folder}/", "the file is in {folder}/ already"),
    "changed-file": ("die Datei hat sich während der Prüfung geändert", "the file changed while it was checked"),
    "duplicate-file": ("gleicher Dateiname wie {seen_names}", "same file name as {seen_names}"),
    "duplicate-owner": ("{what} {owner} steht auch in {seen_owners}", "{what} {owner} is in {seen_owners} too"),
    "owner.bidder": ("Bieter", "bidder"),
    "owner.evaluator": ("Bewertende(r)", "evaluator"),
    "would-overwrite": (
        "{folder}/{other} gibt es bereits (--replace ersetzt die Datei)",
        "{folder}/{other} exists already (use --replace to replace it)",
    ),
    "would-overwrite.holds": (
        "{folder}/{other} enthält bereits {what} {owners} (--replace ersetzt die Datei)",
        "{folder}/{other} holds {what} {owners} already (use --replace to replace it)",
    ),
    "evaluator-not-listed": (
        "Bewertende(r) {who} ist nicht in {people_file} aufgeführt",
        "evaluator {who} is not listed in {people_file}",
    ),
    "no-declaration": (
        "Bewertende(r) {who} hat in {people_file} keine unterschriebene Erklärung zu Interessenkonflikten",
        "evaluator {who} has no signed conflict-of-interest declaration in {people_file}",
    ),
    "interrupted-import": (
        "ein Import wurde unterbrochen und hat vielleicht einen Teil seiner Dateien hinterlassen: der nächste "
        "import-bids oder import-scores oder `tender audit repair` führt ihn zu Ende oder nimmt ihn zurück",
        "an import was interrupted and may have left part of its files in place: the next import-bids or "
        "import-scores, or `tender audit repair`, finishes or takes it back",
    ),
    # the files against their imports (audit/receipt.py)
    "added-outside-import": (
        "außerhalb eines Imports hinzugefügt: kein Import-Ereignis erfasst sie ({since})",
        "added outside an import: no import event records it ({since})",
    ),
    "removed-outside-import": (
        "außerhalb eines Imports entfernt (importiert in {event})",
        "removed outside an import (imported in {event})",
    ),
    "changed-outside-import": (
        "seit dem Import geändert ({event}): SHA-256 {now}…, erfasst {sha256}…",
        "changed since its import ({event}): SHA-256 {now}…, recorded {sha256}…",
    ),
    "receipt.event": (
        "Audit-Ereignis {seq}, {time}, von {actor}",
        "audit event {seq}, {time}, by {actor}",
    ),
    "receipt.last-import": (
        "der letzte Import nach {folder}/ ist {event}",
        "the last import into {folder}/ is {event}",
    ),
    "receipt.no-import": ("nach {folder}/ wurde nichts importiert", "nothing was imported into {folder}/"),
    # the files against the seals (audit/seal.py)
    "sealed-file-removed": (
        "entfernt seit {seal} (Audit-Ereignis {seq}, {time}, von {actor})",
        "removed since {seal} (audit event {seq}, {time}, by {actor})",
    ),
    "sealed-file-added": (
        "hinzugefügt seit {seal} (Audit-Ereignis {seq}, {time}, von {actor})",
        "added since {seal} (audit event {seq}, {time}, by {actor})",
    ),
    "sealed-file-changed": (
        "geändert seit {seal} (Audit-Ereignis {seq}, {time}, von {actor})",
        "changed since {seal} (audit event {seq}, {time}, by {actor})",
    ),
    "sealed-file-changed.content": (
        "geändert (ihr Inhalt ohne Preise) seit {seal} (Audit-Ereignis {seq}, {time}, von {actor})",
        "changed (its non-price content) since {seal} (audit event {seq}, {time}, by {actor})",
    ),
    "seal.technical": ("der technischen Versiegelung", "the technical seal"),
    "seal.opened": ("der Öffnung der Preise", "the opening of the prices"),
    "seal.final": ("der abschließenden Versiegelung", "the final seal"),
    # the scoring (scoring/evaluate.py)
    "zero-price": (
        "der gewertete Preis von Bieter {bidder} ist {price}: er muss größer als 0 sein",
        "the evaluated price of bidder {bidder} is {price:g}: it must be greater than 0",
    ),
    "unscored": (
        "niemand hat Kriterium {criterion} für Bieter {bidder} bewertet: die Auswertung ist unvollständig",
        "nobody scored criterion {criterion} for bidder {bidder}: the evaluation is incomplete",
    ),
}
