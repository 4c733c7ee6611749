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
}
