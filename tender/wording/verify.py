"""The words of `tender verify`'s checks in German and English: key → (German, English), the same parameters.
The check names (bytes, evaluation, head, PDF) and MATCH/MISMATCH stay as they are in both languages."""

from __future__ import annotations

VERIFY: dict[str, tuple[str, str]] = {
    "verify.event": (
        "Audit-Ereignis {seq} ({kind}, von {actor} am {time}) als {path}",
        "audit event {seq} ({kind}, by {actor} at {time}) as {path}",
    ),
    "verify.kind.report": ("Bericht", "report"),
    "verify.kind.annex": ("Anlage", "annex"),
    "verify.kind.draft-report": ("Berichtsentwurf", "draft report"),
    "verify.kind.draft-annex": ("Entwurf der Anlage", "draft annex"),
    "verify.bytes.recorded": ("erfasst von {event}", "recorded by {event}"),
    "verify.bytes.no-log": (
        "nicht prüfbar: der Arbeitsordner führt kein Audit-Protokoll",
        "cannot be checked: the workspace keeps no audit log",
    ),
    "verify.bytes.edited": (
        "nicht in audit.log erfasst (bearbeitet nach Audit-Ereignis {seq}, das {path} mit anderen Bytes erfasst hat?)",
        "not recorded in audit.log (edited after audit event {seq}, which recorded {path} with other bytes?)",
    ),
    "verify.bytes.unknown": (
        "nicht in audit.log erfasst: kein Berichtsereignis hat diese Bytes geschrieben",
        "not recorded in audit.log: no report event wrote these bytes",
    ),
    "verify.evaluation.same": (
        "ergibt neu berechnet dasselbe Ergebnis (Prüfsumme {fingerprint}…)",
        "recomputes to the same result (fingerprint {fingerprint}…)",
    ),
    "verify.evaluation.fails": (
        "der Arbeitsordner lässt sich, wie er jetzt ist, nicht auswerten:",
        "the workspace cannot be evaluated as it is now:",
    ),
    "verify.evaluation.differs": (
        "weicht vom Arbeitsordner ab, wie er jetzt ist:",
        "differs from the workspace as it is now:",
    ),
    "verify.evaluation.edited": (
        "das Ergebnis im Bericht ergibt nicht mehr seine Prüfsumme (seine Zahlen wurden bearbeitet)",
        "the report's own result no longer hashes to its fingerprint (its figures were edited)",
    ),
    "verify.evaluation.edited.lots": (
        "die Lose im Bericht ergeben nicht mehr seine Prüfsumme (seine Zahlen wurden bearbeitet)",
        "the report's own lots no longer hash to its fingerprint (its figures were edited)",
    ),
    "verify.record.edited": (
        "der Vergabevermerk im Bericht ergibt nicht mehr seine record_fingerprint (er wurde bearbeitet)",
        "the report's own award record no longer hashes to its record_fingerprint (it was edited)",
    ),
    "verify.record.differs": (
        "der Vergabevermerk weicht vom Arbeitsordner ab, wie er jetzt ist (record_fingerprint {claimed}…, jetzt "
        "{now}…)",
        "the award record differs from the workspace as it is now (record_fingerprint {claimed}…, now {now}…)",
    ),
    "verify.head.none": (
        "keiner erfasst (der Bericht wurde ohne Audit-Protokoll erstellt)",
        "none recorded (the report was made without an audit log)",
    ),
    "verify.head.broken": ("die Kette des Protokolls ist unterbrochen:", "the log's chain is broken:"),
    "verify.head.holds": (
        "audit.log enthält noch Ereignis {seq}, den Kopf des Protokolls bei Erstellung des Berichts",
        "audit.log still holds event {seq}, the log's head when the report was made",
    ),
    "verify.head.holds-hash": (
        "audit.log enthält noch das Ereignis {hash}…, den Kopf des Protokolls bei Erstellung des Berichts",
        "audit.log still holds the event {hash}…, the log's head when the report was made",
    ),
    "verify.signature.valid": (
        "Signatur gültig ({origin}, Schlüssel stimmt mit {people} überein)",
        "signature valid ({origin}, key matches {people})",
    ),
    "verify.signature.unkeyed": (
        "Signatur gültig ({origin}; {person} hat in {people} keinen Schlüssel zum Vergleich)",
        "signature valid ({origin}; {person} has no key in {people} to compare with)",
    ),
    "verify.origin.self-issued": (
        "selbst ausgestelltes Zertifikat von {person}",
        "self-issued certificate of {person}",
    ),
    "verify.origin.certificate": (
        "Zertifikat von {subject}, ausgestellt von {issuer}",
        "certificate of {subject} issued by {issuer}",
    ),
    "verify.signature.problem": (
        "Signatur von {who} ({origin}): {problem}",
        "signature of {who} ({origin}): {problem}",
    ),
    "verify.signature.not-listed": ("{who} ist in {people} nicht aufgeführt", "{who} is not listed in {people}"),
    "verify.signature.other-key": (
        "ihr Schlüssel ist nicht der Schlüssel von {person} in {people}",
        "its key is not {person}'s key in {people}",
    ),
    # what a PDF signature's validation finds (audit/pdfsign.py)
    "pdfsign.unvalidated": (
        "die Signatur kann nicht geprüft werden ({error})",
        "the signature cannot be validated ({error})",
    ),
    "pdfsign.changed": (
        "die signierten Bytes wurden nach dem Signieren verändert (der Hashwert stimmt nicht überein)",
        "the signed bytes were changed after signing (the digest does not match)",
    ),
    "pdfsign.invalid": (
        "die Signatur lässt sich mit dem Schlüssel ihres Zertifikats nicht bestätigen",
        "the signature does not verify with its certificate's key",
    ),
    "pdfsign.appended": (
        "nach der Signatur wurden {count} Byte angefügt: sie deckt die Datei nicht mehr ab",
        "{count} byte(s) were added after the signature: it no longer covers the file",
    ),
    # what differs under a failed evaluation check: files, the winner, a bid's figures, the fingerprints
    "verify.file.changed": (
        "{path}: seit Erstellung des Berichts geändert",
        "{path}: changed since the report was made",
    ),
    "verify.file.added": (
        "{path}: seit Erstellung des Berichts hinzugekommen",
        "{path}: added since the report was made",
    ),
    "verify.file.removed": (
        "{path}: seit Erstellung des Berichts entfernt",
        "{path}: removed since the report was made",
    ),
    "verify.winner": ("Bestbieter: {before} im Bericht, jetzt {after}", "winner: {before} in the report, {after} now"),
    "verify.bidder.gone": ("Bieter {bidder}: jetzt nicht mehr vorhanden", "bidder {bidder}: missing now"),
    "verify.bidder.new": ("Bieter {bidder}: nicht im Bericht", "bidder {bidder}: not in the report"),
    "verify.figure": (
        "Bieter {bidder}: {figure} {before} im Bericht, jetzt {after}",
        "bidder {bidder}: {figure} {before} in the report, {after} now",
    ),
    "verify.fingerprint": (
        "Prüfsumme {claimed}… im Bericht, jetzt {now}…",
        "fingerprint {claimed}… of the report, {now}… now",
    ),
    # a lotted tender's reports (app/lotchecks.py)
    "verify.lot": ("Los {lot}: {line}", "lot {lot}: {line}"),
    "verify.lot.new": ("Los {lot}: nicht im Bericht", "lot {lot}: not in the report"),
    "verify.lot.awarded": (
        "Los {lot}: Zuschlag an {before} im Bericht, jetzt an {after}",
        "lot {lot}: awarded to {before} in the report, {after} now",
    ),
    "verify.lots-fingerprint": (
        "Prüfsumme der Lose {claimed}… im Bericht, jetzt {now}…",
        "lots fingerprint {claimed}… of the report, {now}… now",
    ),
    "verify.evaluation.same.lots": (
        "ergibt neu berechnet dieselben Lose und denselben Zuschlag (Prüfsumme {fingerprint}…)",
        "recomputes to the same lots and award (fingerprint {fingerprint}…)",
    ),
    "verify.evaluation.same.lot": (
        "ergibt neu berechnet dasselbe Los und denselben Zuschlag (Prüfsumme {fingerprint}…)",
        "recomputes to the same lot and award (fingerprint {fingerprint}…)",
    ),
    "verify.lots.unlotted-report": (
        "der Bericht gilt einer Ausschreibung ohne Lose; der Arbeitsordner ist in Lose aufgeteilt ({lots})",
        "the report is of a tender without lots; the workspace is divided into lots ({lots})",
    ),
    "verify.lots.no-lot": (
        "der Arbeitsordner hat jetzt kein Los {lot} (seine Lose: {lots})",
        "the workspace has no lot {lot} now (its lots: {lots})",
    ),
    "verify.lots.award-differs": (
        "der Zuschlag der Lose weicht vom Arbeitsordner ab, wie er jetzt ist (die Wertung des Loses selbst stimmt):",
        "the award of the lots differs from the workspace as it is now (the lot's own evaluation holds):",
    ),
    "verify.head.gone-hash": (
        "{log} enthält das Ereignis {hash}… nicht mehr, den Kopf des Protokolls bei Erstellung des Berichts",
        "{log} no longer holds the event {hash}…, the log's head when the report was made",
    ),
}
