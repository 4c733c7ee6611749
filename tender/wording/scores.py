"""The words of the findings in bids, score files, evaluators.yaml and the forms in German and English: key (the
finding code, or code.variant) → (German, English), the same parameters in both."""

from __future__ import annotations

SCORES: dict[str, tuple[str, str]] = {
    # evaluators.yaml (parse/peoplefile.py)
    "bad-public-key": (
        "erwartet wird {prefix}BASE64, wie `tender keys new` es ausgibt, gefunden {key}",
        "expected {prefix}BASE64 as `tender keys new` prints it, found {key}",
    ),
    "bad-public-key.base64": (
        "erwartet wird {prefix}BASE64, wie `tender keys new` es ausgibt (kein Base64), gefunden {key}",
        "expected {prefix}BASE64 as `tender keys new` prints it (not base64), found {key}",
    ),
    "bad-public-key.length": (
        "erwartet wird {prefix}BASE64, wie `tender keys new` es ausgibt (ein öffentlicher Ed25519-Schlüssel hat "
        "32 Byte), gefunden {key}",
        "expected {prefix}BASE64 as `tender keys new` prints it (an Ed25519 public key has 32 bytes), found {key}",
    ),
    "duplicate-id.evaluator": ("Bewertende(r) {ident} ist doppelt aufgeführt", "evaluator {ident} is listed twice"),
    "duplicate-key.public-key": (
        "{ident} ist mit dem öffentlichen Schlüssel von {holder} aufgeführt",
        "{ident} is listed with {holder}'s public key",
    ),
    "evaluator-not-listed.refused": (
        "{role} {who} ist nicht in {people} aufgeführt: {refused}",
        "{role} {who} is not listed in {people}: {refused}",
    ),
    "moderator-not-listed.refused": (
        "{role} {who} ist nicht in {people} aufgeführt: {refused}",
        "{role} {who} is not listed in {people}: {refused}",
    ),
    "participant-not-listed.refused": (
        "{role} {who} ist nicht in {people} aufgeführt: {refused}",
        "{role} {who} is not listed in {people}: {refused}",
    ),
    "no-declaration.refused": (
        "{role} {who} hat in {people} keine unterschriebene Erklärung zu Interessenkonflikten (§ 6 VgV): {refused}",
        "{role} {who} has no signed conflict-of-interest declaration in {people} (§ 6 VgV): {refused}",
    ),
    "scorer.evaluator": ("Bewertende(r)", "evaluator"),
    "scorer.moderator": ("Moderator(in)", "moderator"),
    "scorer.participant": ("Teilnehmende(r)", "participant"),
    "scorer.consensus-refused": ("der Konsens wird abgelehnt", "the consensus is refused"),
    "scorer.scores-refused": ("die Noten werden abgelehnt", "their scores are refused"),
    # score files (parse/scorefile.py, parse/committee.py)
    "bad-header.scores": (
        "erwartet werden die Spalten {columns} (evaluator optional); fehlend: {missing}, unbekannt: {unknown}",
        "expected the columns {columns} (evaluator optional); missing: {missing}, unknown: {unknown}",
    ),
    "score-out-of-scale": (
        "Note {score} von {who} für Bieter {bidder}, Kriterium {criterion} liegt außerhalb der Skala "
        "{lowest}–{highest}",
        "score {score:g} of evaluator {who} for bidder {bidder}, criterion {criterion} is outside the scale "
        "{lowest:g}–{highest:g}",
    ),
    "not-a-number.score": (
        "Note von {who} für Bieter {bidder}, Kriterium {criterion}: {found} ist keine Zahl der Skala",
        "score of evaluator {who} for bidder {bidder}, criterion {criterion}: expected a number on the scale, "
        "found {found}",
    ),
    "missing-justification": (
        "die Note von {who} für Bieter {bidder}, Kriterium {criterion} hat keine Begründung: jede Note braucht ihren "
        "dokumentierten Grund",
        "score of evaluator {who} for bidder {bidder}, criterion {criterion} has no justification: every mark needs "
        "its documented reason",
    ),
    "unknown-bidder": (
        "Note für unbekannten Bieter {found} (Angebote: {bidders})",
        "score for unknown bidder {found} (bids: {bidders})",
    ),
    "unknown-criterion": (
        "Note für unbekanntes Kriterium {found}: erwartet wird eines der bewerteten Kriterien {judged}",
        "score for unknown criterion {found}: expected one of the judged criteria {judged}",
    ),
    "unknown-criterion.lot": (
        "Note für unbekanntes Kriterium {found}: erwartet wird eines der bewerteten Kriterien {judged} von Los {lot}",
        "score for unknown criterion {found}: expected one of the judged criteria {judged} of lot {lot}",
    ),
    "duplicate-score.lot": (
        "{who} hat Bieter {bidder}, Kriterium {criterion} von Los {lot} zweimal bewertet (zuerst in {seen})",
        "evaluator {who} scored bidder {bidder}, criterion {criterion} of lot {lot} twice (first at {seen})",
    ),
    "duplicate-score": (
        "{who} hat Bieter {bidder}, Kriterium {criterion} zweimal bewertet (zuerst in {seen})",
        "evaluator {who} scored bidder {bidder}, criterion {criterion} twice (first at {seen})",
    ),
    "missing-moderator": (
        "eine Konsenszeile nennt ihre Moderation (Spalte oder Schlüssel `moderator`: die aufgeführte Person, die "
        "moderiert hat), gefunden {found}",
        "a consensus row names its moderator (column or key `moderator`: the listed person who led the moderation), "
        "found {found}",
    ),
    "too-few-participants": (
        "eine Konsenszeile nennt mindestens {min_participants} Teilnehmende der Moderation (Spalte oder Schlüssel "
        "`participants`: aufgeführte Kennungen, durch Kommas getrennt), gefunden {found}",
        "a consensus row names at least {min_participants} participants of the moderation (column or key "
        "`participants`: listed ids, separated by commas), found {found}",
    ),
    "foreign-evaluator.consensus": (
        "die Konsenszeile nennt Bewertende(n) {evaluator}, aber Moderation {who}: eine Konsenszeile gehört ihrer "
        "Moderation",
        "the consensus row names evaluator {evaluator} but moderator {who}: a consensus row is its moderator's",
    ),
    "foreign-evaluator": (
        "Note im Namen von {evaluator}: eine Notendatei enthält nur die Noten ihrer eigenen bewertenden Person (diese "
        "Datei gehört {owner})",
        "score in the name of evaluator {evaluator}: a score file carries only its own evaluator's scores "
        "(this file is {owner}'s)",
    ),
    # bids and forms (sheets/)
    "bad-header.bid": (
        "erwartet werden die Spalten {flat_columns} (note optional); fehlend: {missing}, unbekannt: {unknown}",
        "expected the columns {flat_columns} (note optional); missing: {missing}, unknown: {unknown}",
    ),
    "unknown-section": (
        "unbekannter Abschnitt {found}: erwartet wird einer von {sections}",
        "unknown section {found}: expected one of {sections}",
    ),
    "duplicate-key.row": ("{section} {key} ist doppelt angegeben", "{section} {key} is given twice"),
    "not-yes-no.row": (
        "{section} {key}: erwartet wird ja/nein oder yes/no, gefunden {found}",
        "{section} {key}: expected ja/nein or yes/no, found {found}",
    ),
    "not-yes-no.requirement": (
        "Anforderung {key}: erwartet wird ja/nein oder yes/no, gefunden {found}",
        "requirement {key}: expected ja/nein or yes/no, found {found}",
    ),
    "wrong-form.bid": (
        "dies ist eine Arbeitsmappe {value}, kein Angebotsformular",
        "this is a {value} workbook, not a bid form",
    ),
    "wrong-form.score": (
        "dies ist eine Arbeitsmappe {value}, kein Bewertungsbogen",
        "this is a {value} workbook, not a score sheet",
    ),
    "wrong-tender.bid": (
        "dieses Angebotsformular gehört zur Ausschreibung {found}, nicht zu {id}",
        "this bid form belongs to tender {found}, not to {id}",
    ),
    "wrong-tender.score": (
        "dieser Bewertungsbogen gehört zur Ausschreibung {found}, nicht zu {id}",
        "this score sheet belongs to tender {found}, not to {id}",
    ),
    "not-a-bid-form": (
        "weder ein Angebotsformular von `tender bid-form` (kein Blatt _tender) noch ein Blatt mit den Spalten "
        "section, key, value",
        "neither a bid form made by `tender bid-form` (no sheet _tender) nor a sheet with the columns "
        "section, key, value",
    ),
    "not-a-score-sheet": (
        "weder ein Bewertungsbogen von `tender score-sheet` (kein Blatt _tender) noch ein Blatt mit den Spalten "
        "{columns} (evaluator optional); fehlend: {missing}, unbekannt: {unknown}",
        "neither a score sheet made by `tender score-sheet` (no sheet _tender) nor a sheet with the columns {columns} "
        "(evaluator optional); missing: {missing}, unknown: {unknown}",
    ),
    "not-a-score-sheet.twice": (
        "weder ein Bewertungsbogen von `tender score-sheet` (kein Blatt _tender) noch ein Blatt mit den Spalten "
        "{columns} (evaluator optional); fehlend: {missing}, unbekannt: {unknown}, doppelt: {twice}",
        "neither a score sheet made by `tender score-sheet` (no sheet _tender) nor a sheet with the columns {columns} "
        "(evaluator optional); missing: {missing}, unknown: {unknown}, twice: {twice}",
    ),
    "ambiguous-percent": (
        "Angabe {fact}: die Zelle ist als Prozent formatiert und zeigt {shown} %, aber dieses Kriterium zählt "
        "höchstens 100 %: den Wert so eingeben, wie er lauten soll (z. B. 99,95 %)",
        "fact {fact}: the cell is formatted as percent and shows {shown:g} %, but this criterion counts at most "
        "100 %: enter the value as it should read (e.g. 99,95 %)",
    ),
}
