"""The terminal tables' own words in German and English (merged into the report catalogue; labels the reports
share, such as the column names, are used from there). The terminal speaks the tender's language (--lang overrides);
the `cli.*` keys are the commands' own lines."""

from __future__ import annotations

# key: (German, English), as in messages.CATALOGUE
TERMINAL: dict[str, tuple[str, str]] = {
    "term.method": (
        "Methode: {method}; Laufzeit {months} Monate; Preise in {currency}",
        "Method: {method}; term {months} months; prices in {currency}",
    ),
    "term.price": ("Preis ({currency})", "Price ({currency})"),
    "term.z": ("Z = L/P × {scale}", "Z = L/P × {scale}"),
    "term.winner": ("Zuschlag: ", "Winner: "),
    "term.shared": ("Kein eindeutiger Sieger: Rang 1 teilen {tied}", "No single winner: rank 1 is shared by {tied}"),
    "term.sealed": (
        "Die Preise sind verschlossen (Zwei-Umschlag-Verfahren): nur die Qualitätswertung; "
        "`tender seal technical`, dann `tender open-prices` bringen die Preise hinzu.",
        "Prices are sealed (two-envelope procedure): quality evaluation only; "
        "`tender seal technical`, then `tender open-prices` bring the prices in.",
    ),
    "term.quality_rank": ("Qualitätsrang", "Quality rank"),
    "term.disagree": ("Die Bewertenden weichen ab", "Evaluators disagree"),
    "term.disagree.spread": ("(Spanne ≥ {steps} Skalenstufen)", "(spread ≥ {steps} scale steps)"),
    "term.stability": (
        "Stabilität der Gewichte (je ein Gewicht verändert, die übrigen derselben Ebene anteilig angepasst)",
        "Weight stability (each weight varied alone, siblings rescaled)",
    ),
    "term.first_from": ("Sieger Platz 1 ab", "Winner first from"),
    "term.uniform": ("gleichverteilt auf dem Simplex", "uniform on the simplex"),
    "term.within": ("innerhalb ±{vary} % der bekannt gemachten Gewichte", "within ±{vary} % of the announced weights"),
    "term.drawn_scores": ("; Noten aus den Bewertungen gezogen", "; scores drawn from the evaluators' marks"),
    "term.acceptability": (
        "Rangwahrscheinlichkeiten (SMAA, {samples} Stichproben, Startwert {seed}; Gewichte {how}{scores})",
        "Rank acceptability (SMAA, {samples} samples, seed {seed}; weights {how}{scores})",
    ),
    "term.break_even": ("Preisschwelle (alles andere fest)", "Break-even price (all else fixed)"),
    "term.break_even.col": ("Preisschwelle ({currency})", "Break-even ({currency})"),
    "term.reversals": ("Rangumkehr (jedes Angebot einmal entfernt)", "Rank reversal (each bid removed in turn)"),
    "term.a_tie": ("ein Gleichstand", "a tie"),
    "term.reversal.winner": (
        "Ohne {removed}: {new} gewinnt statt {winner}",
        "Without {removed}: {new} wins instead of {winner}",
    ),
    "term.reversal.flip": (
        "Ohne {removed}: {first} (Rang {rank1}) und {second} (Rang {rank2}) werden Ränge {after1} und {after2}",
        "Without {removed}: {first} (rank {rank1}) and {second} (rank {rank2}) become ranks {after1} and {after2}",
    ),
    "term.more": ("… und {count} weitere (siehe --json)", "… and {count} more (see --json)"),
    "term.agreement": (
        "Übereinstimmung der Bewertenden (bewertete Kriterien)",
        "Evaluator agreement (judged criteria)",
    ),
    "term.max_spread": ("größte Spanne", "Max spread"),
    "term.moderate": ("Moderieren?", "Moderate?"),
    "term.flag.spread": ("Spanne: ", "spread: "),
    "term.flag.low_w": ("geringes W", "low W"),
    "term.flag.yes": ("ja — ", "yes — "),
    # the commands' own lines (tender/cli/)
    "cli.valid": (
        "{file}: gültig — {bids} Angebote ({excluded} ausgeschlossen), {evaluators} Bewertende, {scores} Noten, "
        "{leaves} Unterkriterien",
        "{file}: valid — {bids} bids ({excluded} excluded), {evaluators} evaluators, {scores} scores, "
        "{leaves} leaf criteria",
    ),
    "cli.sealed": (
        "versiegelt ({what}): Audit-Ereignis {seq}, {files} Datei(en) erfasst",
        "sealed ({what}): audit event {seq}, {files} file(s) recorded",
    ),
    "cli.opened": (
        "Preise geöffnet von {actor} im Beisein von {witness}: Audit-Ereignis {seq}",
        "prices opened by {actor} with {witness} as witness: audit event {seq}",
    ),
    "cli.signed_by": (", signiert von {people}", ", signed by {people}"),
    "cli.sound": (
        "audit.log: in Ordnung — {count} Ereignisse, jede versiegelte Datei unverändert",
        "audit.log: sound — {count} events, every sealed file unchanged",
    ),
    "cli.torn": ("die abgerissene Zeile wurde nach {side} verschoben", "moved the torn line to {side}"),
    "cli.whole": (
        "nichts zu reparieren: die letzte Zeile ist vollständig",
        "nothing to repair: the last line is whole",
    ),
    "cli.match": (
        "MATCH: {report} ist die Auswertung von {workspace} (Prüfsumme {fingerprint})",
        "MATCH: {report} is the evaluation of {workspace} (fingerprint {fingerprint})",
    ),
    "cli.mismatch": (
        "MISMATCH: {report} passt nicht zur Auswertung von {workspace}:",
        "MISMATCH: {report} does not match the evaluation of {workspace}:",
    ),
    "cli.report_signed": ("{report} signiert als {person} mit {origin}", "signed {report} as {person} with {origin}"),
    "cli.self_issued": ("einem selbst ausgestellten Zertifikat", "a self-issued certificate"),
    "cli.certificate": ("dem Zertifikat von {subject}", "the certificate of {subject}"),
    "cli.no_scores": ("keine Noten", "no scores"),
    # tender keys new
    "cli.new_key": ("dem neuen Schlüssel", "the new key"),
    "cli.passphrase_prompt": ("Passphrase für den neuen Schlüssel", "Passphrase for the new key"),
    "cli.key_written": (
        "privater Schlüssel von {person} nach {path} geschrieben (Modus 0600; ihn und seine Passphrase für sich "
        "behalten)",
        "private key of {person} written to {path} (mode 0600; keep it and its passphrase to yourself)",
    ),
    "cli.key_line": (
        "diese Zeile im Eintrag von {person} in evaluators.yaml ergänzen:",
        "add this line to {person}'s entry in evaluators.yaml:",
    ),
    "cli.replaced": ("  ersetzt: {old} (aufbewahrt als {aside})", "  replaced {old} (kept as {aside})"),
    "cli.clarified": (
        "Aufklärung zu {bidder}{where} erfasst ({state}): Audit-Ereignis {seq}",
        "clarification for {bidder}{where} recorded ({state}): audit event {seq}",
    ),
    "cli.in_lot": (" in Los {lot}", " in lot {lot}"),
    "cli.clarified.accepted": ("angenommen", "accepted"),
    "cli.clarified.rejected": ("abgelehnt", "rejected"),
    "cli.clarified.open": ("angefordert, noch ohne Ergebnis", "requested, no outcome yet"),
    "cli.decided": (
        "Zuschlagsentscheidung für {awarded} von {actor} am {date}{approved}: Audit-Ereignis {seq}",
        "award decision for {awarded} by {actor} on {date}{approved}: audit event {seq}",
    ),
    "cli.decided.approved": (", freigegeben von {approver}", ", approved by {approver}"),
    "cli.decided.awaits": (" (wartet auf die Freigabe: --approve)", " (awaits approval: --approve)"),
    "cli.approved": (
        "Zuschlagsentscheidung aus Audit-Ereignis {decision} freigegeben von {actor} am {date}: Audit-Ereignis {seq}",
        "award decision of audit event {decision} approved by {actor} on {date}: audit event {seq}",
    ),
    "cli.wrote": ("geschrieben: {path}", "wrote {path}"),
    "cli.standstill": (
        "die Wartefrist endet am {end}; Zuschlag frühestens am {earliest} (Audit-Ereignis {seq})",
        "standstill ends on {end}; award at the earliest on {earliest} (audit event {seq})",
    ),
    "cli.drawn_order": ("gezogene Reihenfolge{where}: {order}", "drawn order{where}: {order}"),
    "cli.drawn": (
        "Losentscheid durch {actor} im Beisein von {witness}: Audit-Ereignis {seq}{signed}",
        "lots drawn by {actor} with {witness} as witness: audit event {seq}{signed}",
    ),
}
