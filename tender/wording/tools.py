"""The words of the tools' usage errors (keys, sign, ids, export, schema, report formats, analyze, forms) and of the
operating system's errors in German and English: key → (German, English), the same parameters."""

from __future__ import annotations

TOOLS: dict[str, tuple[str, str]] = {
    # an option's value that is refused while the command line is read (cli/options.py)
    "usage.invalid-value": ("Ungültiger Wert für {option}: {problem}", "Invalid value for {option}: {problem}"),
    "usage.option-envvar": ("{option} (Umgebungsvariable {variable})", "{option} (env var: {variable})"),
    # keys and the people who sign with them (app/keys.py)
    "keys.not-person-id": ("{person} ist keine Personenkennung", "{person} is not a person id"),
    "keys.inside-workspace": (
        "{path}: liegt im Arbeitsordner {workspace}: ein privater Schlüssel bleibt bei seiner Person, nie im "
        "Arbeitsordner",
        "{path}: inside the workspace {workspace}: a private key is kept by its person, never in the workspace",
    ),
    "keys.people-unreadable": (
        "{people} kann nicht gelesen werden, daher lässt sich kein Schlüssel prüfen: {problem}",
        "{people} cannot be read, so no key can be checked: {problem}",
    ),
    "keys.key-required": (
        "{person} hat einen öffentlichen Schlüssel in {people}: {person} handelt nur mit diesem Schlüssel ({hint})",
        "{person} has a public key in {people}: {person} acts only with it ({hint})",
    ),
    "keys.not-listed": (
        "{person} hat keinen öffentlichen Schlüssel in {people}: vor dem Signieren die Zeile ergänzen, die "
        "`tender keys new` ausgegeben hat",
        "{person} has no public key in {people}: add the line `tender keys new` printed before signing",
    ),
    "keys.passphrase-env": (
        "{what}: die Umgebungsvariable nennen, die die Passphrase enthält (--passphrase-env VAR)",
        "{what}: name the environment variable that holds its passphrase (--passphrase-env VAR)",
    ),
    "keys.variable-unset": (
        "die Umgebungsvariable {variable} ist nicht gesetzt (sie soll die Passphrase von {what} enthalten)",
        "the environment variable {variable} is not set (it should hold the passphrase of {what})",
    ),
    "keys.passphrase-without-key": (
        "--passphrase-env {variable} wurde ohne --key angegeben",
        "--passphrase-env {variable} was given without --key",
    ),
    "keys.moderator-signs": (
        "{person} hat die Konsensbewertung moderiert und hat einen öffentlichen Schlüssel in {people}: {person} "
        "signiert den Import ({hint})",
        "{person} moderated the consensus and has a public key in {people}: they sign the import ({hint})",
    ),
    # key files (audit/signing.py) and whose key they are
    "keys.empty-passphrase": (
        "die Passphrase ist leer: ein privater Schlüssel wird mit einer Passphrase verschlüsselt aufbewahrt",
        "the passphrase is empty: a private key is kept encrypted with a passphrase",
    ),
    "keys.unreadable": (
        "{path}: die Schlüsseldatei kann nicht gelesen werden ({reason})",
        "{path}: the key file cannot be read ({reason})",
    ),
    "keys.not-pem": (
        "{path}: keine PEM-Schlüsseldatei (eine mit `tender keys new` erstellen)",
        "{path}: not a PEM key file (make one with `tender keys new`)",
    ),
    "keys.no-passphrase": (
        "{path}: der Schlüssel hat keine Passphrase (einen mit `tender keys new` erstellen)",
        "{path}: the key has no passphrase (make one with `tender keys new`)",
    ),
    "keys.wrong-passphrase": (
        "{path}: falsche Passphrase, oder keine Datei mit einem privaten Schlüssel",
        "{path}: wrong passphrase, or not a private key file",
    ),
    "keys.not-ed25519": (
        "{path}: kein Ed25519-Schlüssel (einen mit `tender keys new` erstellen)",
        "{path}: not an Ed25519 key (make one with `tender keys new`)",
    ),
    "keys.not-own": (
        "{path}: nicht der Schlüssel von {person} (sein öffentlicher Schlüssel ist nicht der in {people})",
        "{path}: not the key of {person} (its public key is not the one in {people})",
    ),
    "keys.not-moderators": (
        "{path}: nicht der Schlüssel der moderierenden Person, die signieren muss (Moderation: {moderators})",
        "{path}: not the key of the consensus moderator who must sign (moderators: {moderators})",
    ),
    "keys.certificate-not-own": (
        "{path}: der Schlüssel des Zertifikats ist nicht der Schlüssel von {person}",
        "{path}: the certificate's key is not {person}'s key",
    ),
    # PDF signatures (audit/pdfsign.py)
    "pdfsign.pkcs12-passphrase": (
        "{path}: falsche Passphrase, oder keine PKCS#12-Datei",
        "{path}: wrong passphrase, or not a PKCS#12 file",
    ),
    "pdfsign.pkcs12-empty": (
        "{path}: die PKCS#12-Datei enthält keinen privaten Schlüssel mit Zertifikat",
        "{path}: the PKCS#12 file holds no private key and certificate",
    ),
    "pdfsign.signed-already": (
        "{path}: der Bericht ist bereits signiert: tender signiert einen Bericht nur einmal",
        "{path}: the report is signed already: tender signs a report once",
    ),
    "pdfsign.unsignable": (
        "{path}: das PDF kann nicht signiert werden ({error})",
        "{path}: the PDF cannot be signed ({error})",
    ),
    "pdfsign.unreadable": ("{path}: kein lesbares PDF ({error})", "{path}: not a readable PDF ({error})"),
    # tender sign (app/sign.py)
    "sign.no-pdf": (
        "{report}: kein solcher PDF-Bericht (tender signiert den PDF/A-Bericht)",
        "{report}: no such PDF report (tender signs the PDF/A report)",
    ),
    "sign.not-listed": (
        "{person} ist in {people} nicht aufgeführt: nur aufgeführte Personen signieren Berichte",
        "{person} is not listed in {people}: only listed people sign reports",
    ),
    "sign.key-or-pkcs12": (
        "entweder mit --key (dem eigenen Schlüssel aus `tender keys new`) oder mit --pkcs12 (dem eigenen Zertifikat) "
        "signieren",
        "sign with either --key (your key from `tender keys new`) or --pkcs12 (your certificate)",
    ),
    "sign.unreadable": ("{path}: kann nicht gelesen werden ({reason})", "{path}: cannot be read ({reason})"),
    # ids given on the command line (app/ids.py)
    "ids.invalid": (
        "{value} ist keine gültige Kennung: Kleinbuchstaben a-z, Ziffern und Bindestriche, beginnend mit einem "
        "Buchstaben oder einer Ziffer{hint}",
        "{value} is not a valid id: lower-case letters a-z, digits and hyphens, starting with a letter or digit{hint}",
    ),
    "ids.invalid.from": (
        "{value} (aus {source}) ist keine gültige Kennung: Kleinbuchstaben a-z, Ziffern und Bindestriche, beginnend "
        "mit einem Buchstaben oder einer Ziffer{hint}",
        "{value} (from {source}) is not a valid id: lower-case letters a-z, digits and hyphens, starting with a "
        "letter or digit{hint}",
    ),
    "ids.meant": (" (gemeint ist wohl {meant})", " (did you mean {meant}?)"),
    # tender export ocds, tender schema
    "export.no-ocid-prefix": (
        "kein OCID-Präfix: --ocid-prefix angeben oder ocds: {{ocid_prefix: ocds-xxxxxx}} in tender.yaml eintragen "
        "(das Präfix, das die Open Contracting Partnership für den Herausgeber registriert hat)",
        "no OCID prefix: give --ocid-prefix or set ocds: {{ocid_prefix: ocds-xxxxxx}} in tender.yaml "
        "(the prefix the Open Contracting Partnership registered for the publisher)",
    ),
    "export.bad-ocid-prefix": (
        "--ocid-prefix: erwartet wird ocds- und sechs Buchstaben oder Ziffern, gefunden {found}",
        "--ocid-prefix: expected ocds- and six letters or digits, found {found}",
    ),
    "schema.unknown": (
        "unbekanntes Schema {name}: eines von {known} verwenden",
        "unknown schema {name}: use one of {known}",
    ),
    # tender report: formats and languages
    "report.annex-formats": (
        "die Anlage wird nur als {known} geschrieben, nicht als {other}",
        "the annex is written as {known} only, not {other}",
    ),
    "report.unsupported-language": (
        "nicht unterstützte Berichtssprache {lang}: eine von {known} verwenden",
        "unsupported report language {lang}: use one of {known}",
    ),
    "report.unknown-format": (
        "unbekanntes Berichtsformat {name}: eines oder mehrere von {known} verwenden",
        "unknown report format {name}: use one or more of {known}",
    ),
    "report.no-format": ("kein Berichtsformat angegeben", "no report format given"),
    # tender analyze
    "analyze.lang": ("--lang muss de oder en sein, nicht {lang}", "--lang must be de or en, got {lang}"),
    "analyze.samples": (
        "--samples muss zwischen 1 und {most} liegen, angegeben ist {samples}",
        "--samples must be between 1 and {most:,}, got {samples}",
    ),
    "analyze.vary": (
        "--vary muss ein Prozentsatz über 0 und höchstens 100 sein, angegeben ist {vary}",
        "--vary must be a percentage above 0 and at most 100, got {vary:g}",
    ),
    "analyze.seed": (
        "--seed muss 0 oder eine positive ganze Zahl sein, angegeben ist {seed}",
        "--seed must be 0 or a positive whole number, got {seed}",
    ),
    "analyze.sealed": (
        "die Preise sind noch verschlossen (Zwei-Umschlag-Verfahren): die Analyse braucht die geöffneten Preise",
        "the prices are still sealed (two-envelope procedure): the analysis needs the opened prices",
    ),
    # tender bid-form, tender score-sheet
    "forms.not-lotted": ("--lots: {tender} ist nicht in Lose aufgeteilt", "--lots: {tender} is not divided into lots"),
    "forms.unknown-lots": (
        "--lots: {unknown} ist kein Los von {tender} (seine Lose: {known})",
        "--lots: {unknown} is no lot of {tender} (its lots: {known})",
    ),
    "forms.no-lots": (
        "--lots: mindestens ein Los von {tender} nennen (seine Lose: {known})",
        "--lots: name at least one lot of {tender} (its lots: {known})",
    ),
    "forms.not-xlsx": (
        "{out}: das Formular ist eine Excel-Arbeitsmappe: einen Dateinamen mit der Endung .xlsx angeben",
        "{out}: the form is an Excel workbook: give a file name ending in .xlsx",
    ),
    "forms.exists": (
        "{out}: existiert bereits (mit --force wird die Datei überschrieben)",
        "{out}: exists already (use --force to overwrite it)",
    ),
    "forms.lotted": (
        "{tender} ist in Lose aufgeteilt: sein Formular erstellt tender.sheets.lotforms",
        "{tender} is divided into lots: its form is made by tender.sheets.lotforms",
    ),
    "forms.no-evaluator": ("--evaluator muss die bewertende Person nennen", "--evaluator must name the evaluator"),
    # sizes in messages (parse/limits.size_text)
    "size.bytes": ("{count} Bytes", "{count:,} bytes"),
    "size.mb": ("{value} MB", "{value:.1f} MB"),
    "size.mb.whole": ("{value} MB", "{value:.0f} MB"),
    # the operating system's errors (cli/common.outcome): the file, and the reason as the C library words it
    "os.error": ("{file}: {reason}", "{file}: {reason}"),
    "os.EACCES": ("Keine Berechtigung", "Permission denied"),
    "os.EPERM": ("Die Operation ist nicht erlaubt", "Operation not permitted"),
    "os.ENOENT": ("Datei oder Verzeichnis nicht gefunden", "No such file or directory"),
    "os.ENOSPC": ("Auf dem Gerät ist kein Speicherplatz mehr verfügbar", "No space left on device"),
    "os.EDQUOT": ("Der zugewiesene Plattenplatz (Quota) ist überschritten", "Disk quota exceeded"),
    "os.EROFS": ("Das Dateisystem ist nur lesbar", "Read-only file system"),
    "os.EISDIR": ("Ist ein Verzeichnis", "Is a directory"),
    "os.ENOTDIR": ("Ist kein Verzeichnis", "Not a directory"),
    "os.EEXIST": ("Die Datei existiert bereits", "File exists"),
    "os.ENOTEMPTY": ("Das Verzeichnis ist nicht leer", "Directory not empty"),
    "os.ENAMETOOLONG": ("Der Dateiname ist zu lang", "File name too long"),
    "os.EIO": ("Eingabe-/Ausgabefehler", "Input/output error"),
    "os.EMFILE": ("Zu viele offene Dateien", "Too many open files"),
    "os.EBUSY": ("Das Gerät oder die Ressource ist belegt", "Device or resource busy"),
    "os.EXDEV": ("Ungültiger Link über Gerätegrenzen hinweg", "Invalid cross-device link"),
    "os.ELOOP": ("Zu viele Ebenen aus symbolischen Links", "Too many levels of symbolic links"),
}
