"""The words of `tender audit verify` and `tender audit log` in German and English: what is wrong with the log's
chain, a signature, a drawing or a report written earlier; key → (German, English), the same parameters."""

from __future__ import annotations

AUDIT: dict[str, tuple[str, str]] = {
    # a line of audit.log (audit/log.py Problem): "audit.log: line 7: …"
    "audit.line": ("{log}: Zeile {line}: {problem}", "{log}: line {line}: {problem}"),
    "audit.whole": ("{log}: {problem}", "{log}: {problem}"),
    "audit.no-log": (
        "fehlt: dieser Arbeitsordner hat kein Audit-Protokoll",
        "missing: this workspace has no audit log",
    ),
    "audit.not-event": (
        "kein gültiges Ereignis (bearbeitet oder beschädigt)",
        "not a valid event (edited or corrupted)",
    ),
    "audit.sequence": (
        "Folgenummer {seq}, erwartet {line} (eine Zeile wurde gelöscht, eingefügt oder verschoben)",
        "sequence number {seq}, expected {line} (a line was deleted, inserted or moved)",
    ),
    "audit.chain": (
        "schließt nicht an die Zeile davor an (eine Zeile wurde gelöscht, eingefügt oder verschoben)",
        "does not chain to the line before it (a line was deleted, inserted or moved)",
    ),
    "audit.changed-event": (
        "Ereignis {seq} ({action}) wurde nach dem Schreiben verändert",
        "event {seq} ({action}) was changed after it was written",
    ),
    "audit.torn": (
        "die letzte Zeile ist abgerissen (ein unterbrochener Schreibvorgang): sie gehört nicht zum Protokoll",
        "the last line is torn (an interrupted write): it is not part of the record",
    ),
    # reports and letters written earlier (audit/pin.py)
    "audit.report-changed": (
        "{path}: verändert, seit Audit-Ereignis {seq} ({action}) die Datei erfasst hat",
        "{path}: changed since audit event {seq} ({action}) recorded it",
    ),
    # the people's signatures on events (audit/signing.py): "{where}" is audit.event
    "audit.event": ("Audit-Ereignis {seq} ({action}, {time})", "audit event {seq} ({action}, {time})"),
    "audit.sig.not-mapping": (
        "{where}: seine Signaturen sind keine Zuordnung von Person zu Signatur",
        "{where}: its signatures are not a mapping of person to signature",
    ),
    "audit.sig.unlisted": (
        "{where}: signiert von {person}, aber {person} steht nicht in evaluators.yaml",
        "{where}: signed by {person}, who is not listed in evaluators.yaml",
    ),
    "audit.sig.no-key": (
        "{where}: signiert von {person}, aber evaluators.yaml enthält keinen öffentlichen Schlüssel von {person}",
        "{where}: signed by {person}, who has no public key in evaluators.yaml",
    ),
    "audit.sig.recorded-key": (
        "{where}: der für {person} erfasste Schlüssel ist nicht der Schlüssel von {person} in evaluators.yaml",
        "{where}: the key it records for {person} is not {person}'s key in evaluators.yaml",
    ),
    "audit.sig.removed": (
        "{where}: erfasst einen Schlüssel von {person}, trägt aber keine Signatur von {person} (entfernt)",
        "{where}: records a key of {person} but carries no signature of {person} (removed)",
    ),
    "audit.sig.missing": (
        "{where}: nicht signiert von {person}, obwohl evaluators.yaml einen öffentlichen Schlüssel von {person} "
        "enthält",
        "{where}: not signed by {person}, who has a public key in evaluators.yaml",
    ),
    "audit.sig.replayed": (
        "{where}: die Signatur von {person} ist die von {signer} aus Audit-Ereignis {seq} (wiederverwendet)",
        "{where}: the signature of {person} is {signer}'s of audit event {seq} (replayed)",
    ),
    "audit.sig.other-key": (
        "{where}: signiert von {person} mit einem Schlüssel, der nicht der von {person} in evaluators.yaml ist",
        "{where}: signed by {person} with a key that is not {person}'s key in evaluators.yaml",
    ),
    "audit.sig.forged": (
        "{where}: die Signatur von {person} lässt sich nicht prüfen (gefälscht, oder das Ereignis wurde verändert)",
        "{where}: the signature of {person} does not verify (forged, or the event was changed)",
    ),
    # drawings of lots (audit/draw.py)
    "audit.draw-order": (
        "{where}: die gezogene Reihenfolge folgt nicht aus der Prüfsumme des Ereignisses davor",
        "{where}: the drawn order does not follow from the hash of the event before it",
    ),
    # files audit verify cannot read (app/audit.py); the file's own findings follow
    "audit.people-unreadable": (
        "evaluators.yaml kann nicht gelesen werden, daher kann keine Signatur geprüft werden:",
        "evaluators.yaml cannot be read, so no signature can be checked:",
    ),
    "audit.workspace-unreadable": (
        "der Arbeitsordner lässt sich nicht mehr so lesen, wie er versiegelt wurde:",
        "the workspace no longer reads as it was sealed:",
    ),
    # `tender audit repair` finishing or taking back an interrupted import (app/staging.py)
    "audit.staging.removed": (
        "{folder}: beim Bereitstellen unterbrochen; noch nichts war eingefügt, entfernt",
        "{folder}: interrupted while staging; nothing had been placed, removed",
    ),
    "audit.staging.recorded": (
        "{folder}: der Import steht im Audit-Protokoll; Bereitstellungsordner entfernt",
        "{folder}: the import is in the audit log; staging folder removed",
    ),
    "audit.staging.undone": (
        "{folder}: vor seinem Audit-Ereignis unterbrochen; seine Dateien wurden zurückgenommen",
        "{folder}: interrupted before its audit event; its files were taken back",
    ),
    # a head kept earlier that the log no longer holds (audit/head.missing): `what` is audit.head.kept or .report
    "audit.head.kept": ("der festgehaltene Kopf des Protokolls", "its head when it was kept"),
    "audit.head.report": (
        "der Kopf des Protokolls bei Erstellung des Berichts",
        "the log's head when the report was made",
    ),
    "audit.head.no-genesis": (
        "{log}: kein Ereignis 0 hat die Prüfsumme {hash}",
        "{log}: no event 0 has the hash {hash}",
    ),
    "audit.head.cut": (
        "{log}: endet mit Ereignis {count}: Ereignis {seq} ({hash}), {what}, fehlt (das Protokoll wurde gekürzt)",
        "{log}: ends at event {count}: event {seq} ({hash}), {what}, is gone (the log was cut)",
    ),
    "audit.head.rewritten": (
        "{log}: Ereignis {seq} hat die Prüfsumme {found}, nicht {hash}, {what} (das Protokoll wurde umgeschrieben)",
        "{log}: event {seq} has the hash {found}, not {hash}, {what} (the log was rewritten)",
    ),
}
