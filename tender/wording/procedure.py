"""The words of the procedure's usage errors (the award decision and its approval, the letters, late bids, the
§ 60 clarification, the drawing of lots, the seals' people, the lots, the audit log's head) in German and English:
key → (German, English), the same parameters in both."""

from __future__ import annotations

PROCEDURE: dict[str, tuple[str, str]] = {
    # lists, joined in either language (wording/lists.py)
    "list.and": ("{head} und {tail}", "{head} and {tail}"),
    "list.semicolon": ("{head}; {tail}", "{head}; {tail}"),
    # what a person does: "only listed people may {act}", "two different people must {act}"
    "act.propose-decision": ("die Zuschlagsentscheidung vorschlagen", "propose the award decision"),
    "act.approve-decision": ("die Zuschlagsentscheidung freigeben", "approve the award decision"),
    "act.open-prices": ("die Preise öffnen", "open the prices"),
    "act.draw-lots": ("den Losentscheid durchführen", "draw lots"),
    # what is recorded: "{what} comes after the opening of the prices"
    "step.decision": ("die Zuschlagsentscheidung", "the award decision"),
    "step.approval": ("die Freigabe der Zuschlagsentscheidung", "the approval of the award decision"),
    # the people (audit/decision.py, audit/seal.py)
    "people.not-listed": (
        "{who} ist nicht in evaluators.yaml aufgeführt: nur aufgeführte Personen dürfen {act}",
        "{who} is not listed in evaluators.yaml: only listed people may {act}",
    ),
    "people.same": (
        "zwei verschiedene Personen müssen {act}: --actor und --witness dürfen nicht dieselbe Person nennen",
        "two different people {act}: --actor and --witness must differ",
    ),
    # the award decision and its approval (app/decide.py, audit/decision.py, cli/decision.py)
    "decide.event": ("Audit-Ereignis {seq} (von {actor}, {date})", "audit event {seq} (by {actor}, {date})"),
    "decide.same-approver": (
        "die Zuschlagsentscheidung gibt eine zweite Person frei: --actor und --approved-by müssen verschieden sein",
        "the award decision is approved by a second person: --actor and --approved-by must differ",
    ),
    "decide.approve-alone": (
        "--approve erfasst die Freigabe durch die mit --actor genannte Person: --approved-by und --approver-key "
        "gehören nicht dazu",
        "--approve records an approval by the actor: it takes no --approved-by or --approver-key",
    ),
    "decide.before-opening": (
        "{what} folgt erst auf die Öffnung der Preise (`tender open-prices`)",
        "{what} comes after the opening of the prices (`tender open-prices`)",
    ),
    "decide.after-final": (
        "die Wertung ist bereits für den Zuschlag versiegelt (Audit-Ereignis {seq}): {what} wird vor "
        "`tender seal final` erfasst, damit die abschließende Versiegelung sie enthält",
        "the evaluation is already sealed for the award (audit event {seq}): {what} is recorded before "
        "`tender seal final`, so that the final record holds it",
    ),
    "decide.shared-rank": (
        "kein eindeutiges wirtschaftlichstes Angebot, über das zu entscheiden wäre: Rang 1 teilen sich {first}",
        "no single winner to decide on: rank 1 is shared by {first}",
    ),
    "decide.none-ranked": (
        "kein Angebot hat einen Rang: es gibt kein Angebot für den Zuschlag",
        "no bid is ranked: no winner",
    ),
    "decide.in-advance": (
        "--date {day}: eine Entscheidung wird erfasst, wenn sie getroffen ist, nicht im Voraus (heute: {today})",
        "--date {day}: a decision is recorded when it is taken, not in advance (today is {today})",
    ),
    "decide.before-opened": (
        "--date {day} liegt vor der Öffnung der Preise ({opened})",
        "--date {day} is before the opening of the prices ({opened})",
    ),
    "decide.bad-date": (
        "{option} {day}: erwartet wird ein Datum der Form YYYY-MM-DD",
        "{option} {day}: expected a date as YYYY-MM-DD",
    ),
    "decide.recorded": (
        "die Zuschlagsentscheidung zu dieser Wertung ist bereits erfasst: {event}",
        "the award decision on this evaluation is already recorded: {event}",
    ),
    "decide.none": (
        "es ist keine Zuschlagsentscheidung erfasst: zuerst `tender decide DIR --actor ID`",
        "no award decision is recorded: `tender decide DIR --actor ID` first",
    ),
    "decide.approved": (
        "die in {event} erfasste Zuschlagsentscheidung ist bereits von {approver} freigegeben (Audit-Ereignis {seq})",
        "the award decision of {event} is already approved by {approver} (audit event {seq})",
    ),
    "decide.own-approval": (
        "{actor} hat die in {event} erfasste Zuschlagsentscheidung vorgeschlagen: eine zweite Person gibt sie frei",
        "{actor} proposed the award decision of {event}: a second person approves it",
    ),
    "decide.approval-before": (
        "--date {day} liegt vor der Entscheidung, die freigegeben wird ({decided})",
        "--date {day} is before the decision it approves ({decided})",
    ),
    "decide.final-unapproved": (
        "die in {event} erfasste Zuschlagsentscheidung muss vor der abschließenden Versiegelung von einer zweiten "
        "aufgeführten Person freigegeben werden (`tender decide DIR --approve --actor ID`)",
        "the award decision of {event} awaits its approval by a second listed person "
        "(`tender decide DIR --approve --actor ID`) before the final seal",
    ),
    "decide.final-stale": (
        "die Wertung hat sich seit der in {event} erfassten Zuschlagsentscheidung geändert: sie vor der "
        "abschließenden Versiegelung neu erfassen (`tender decide`)",
        "the evaluation changed since the award decision of {event}: record it anew (`tender decide`) before the "
        "final seal",
    ),
    # the award decision on a tender divided into lots (app/lotdecide.py)
    "decide.lot-tied": (
        "Los {lot} ist nicht vergeben: {tied} liegen darin gleichauf, die besten für das Los in Frage kommenden "
        "Angebote; wo die Gleichstandsregel es bekannt gibt, einen Losentscheid durchführen (`tender draw DIR --lot "
        "{lot}`), dann entscheiden",
        "lot {lot} is not awarded: {tied} are level in it, the best bids eligible for it; draw lots (`tender draw "
        "DIR --lot {lot}`) where the tie-break announces it, then decide",
    ),
    "decide.lot-unranked": (
        "Los {lot} ist nicht vergeben: kein Angebot darin hat einen Rang; die Entscheidung umfasst jedes Los",
        "lot {lot} is not awarded: no bid in it is ranked; the decision covers every lot",
    ),
    # the § 134 GWB letters (app/letters.py)
    "letters.channel": (
        "--channel {channel}: einen der Werte {known} verwenden",
        "--channel {channel}: use one of {known}",
    ),
    "letters.language": (
        "nicht unterstützte Sprache der Schreiben {lang}: eine von {known} verwenden",
        "unsupported letter language {lang}: use one of {known}",
    ),
    "letters.moved": (
        "die Zuschlagsentscheidung hat sich geändert, während die Schreiben erstellt wurden: `tender letters` erneut "
        "ausführen",
        "the award decision changed while the letters were written: run `tender letters` again",
    ),
    "letters.no-decision": (
        "es ist keine Zuschlagsentscheidung erfasst: die Schreiben folgen auf `tender decide` und die Freigabe der "
        "Entscheidung",
        "no award decision is recorded: the letters follow `tender decide` and its approval",
    ),
    "letters.unapproved": (
        "die in {event} erfasste Zuschlagsentscheidung ist noch nicht freigegeben "
        "(`tender decide DIR --approve --actor ID`)",
        "the award decision of {event} awaits its approval (`tender decide DIR --approve --actor ID`)",
    ),
    "letters.stale": (
        "die Wertung hat sich seit der in {event} erfassten Zuschlagsentscheidung geändert: neu entscheiden",
        "the evaluation changed since the award decision of {event}: decide anew",
    ),
    "letters.before-approval": (
        "--sent-on {day}: liegt vor der Freigabe der Zuschlagsentscheidung ({approved})",
        "--sent-on {day}: before the award decision was approved ({approved})",
    ),
    # imports after a seal, late bids (app/admission.py, app/imports.py)
    "import.sealed": ("{step} ({event})", "{step} ({event})"),
    "import.new-procedure": (
        "ein neues Verfahren aus diesem Arbeitsordner beginnen (`tender init NEW --from DIR`)",
        "start a new procedure from this workspace (`tender init NEW --from DIR`)",
    ),
    "import.after-opening": (
        "nach {seal} kann kein Angebot mehr importiert werden: {new}",
        "no bid can be imported after {seal}: {new}",
    ),
    "import.late-unsealed": (
        "--late gilt für ein Angebot, das nach `tender seal technical` eingegangen ist, und noch ist nichts "
        "versiegelt: das Angebot ohne --late importieren",
        "--late is for a bid received after `tender seal technical`, and nothing is sealed yet: import the bid "
        "without --late",
    ),
    "import.replace-sealed": (
        "nach {seal} kann kein Angebot ersetzt werden: das versiegelte Angebot bleibt bestehen; um es zu ändern, {new}",
        "a bid cannot be replaced after {seal}: the sealed bid stands; to change it, {new}",
    ),
    "import.not-late": (
        "nach {seal} kann kein neues Angebot importiert werden: ein verspätet eingegangenes Angebot zuzulassen ist "
        "eine Entscheidung im Verfahren, die eine aufgeführte Person mit `tender import-bids FILE --late --reason "
        "TEXT --actor ID` erfasst",
        "no new bid can be imported after {seal}: a bid received late is a procedure decision, recorded with "
        "`tender import-bids FILE --late --reason TEXT --actor ID` by a listed person",
    ),
    "import.score-after-final": (
        "nach {seal} kann keine Note mehr importiert werden: der Zuschlag ist versiegelt; um neu zu werten, {new}",
        "no score can be imported after {seal}: the award is sealed; to evaluate again, {new}",
    ),
    "import.consensus-only": (
        "{names}: nach {seal} darf bis `tender seal final` nur der moderierte Konsens (scores/consensus.*) "
        "importiert werden: eine geänderte Note als Konsens des Gremiums erfassen",
        "{names}: only the moderated consensus (scores/consensus.*) may be imported after {seal}, until "
        "`tender seal final`: record a changed mark as the committee's consensus",
    ),
    "import.late-no-reason": (
        "--late braucht --reason TEXT: warum das verspätete Angebot zugelassen wird (es steht in jedem Bericht)",
        "--late needs --reason TEXT: why the late bid is admitted (it is shown in every report)",
    ),
    "import.late-not-listed": (
        "{actor} ist nicht in evaluators.yaml aufgeführt: ein verspätetes Angebot lässt eine aufgeführte Person zu "
        "(--actor ID)",
        "{actor} is not listed in evaluators.yaml: a late bid is admitted by a listed person (--actor ID)",
    ),
    "import.reason-not-late": (
        "--reason gehört zu --late: es sagt, warum ein verspätetes Angebot zugelassen wird",
        "--reason goes with --late: it says why a late bid is admitted",
    ),
    # the clarification of an abnormally low price (app/clarify.py, app/seal.py)
    "clarify.answer-outcome": (
        "--answered und --outcome gehören zusammen: der Tag der Antwort und das Ergebnis ihrer Prüfung",
        "--answered and --outcome go together: the date of the answer and how it was judged",
    ),
    "clarify.answered-before": (
        "--answered {answered} liegt vor --requested {requested}",
        "--answered {answered} lies before --requested {requested}",
    ),
    "clarify.bad-outcome": (
        "--outcome muss accepted (angenommen) oder rejected (abgelehnt) sein, nicht {outcome}",
        "--outcome must be accepted or rejected, not {outcome}",
    ),
    "clarify.bad-date": (
        "{option}: erwartet wird ein Kalenderdatum wie 2007-04-02, gefunden {day}",
        "{option}: expected a calendar date like 2007-04-02, found {day}",
    ),
    "clarify.unresolved": (
        "§ 60 VgV: ungewöhnlich niedriger Preis noch nicht aufgeklärt: {named}. Die Aufklärung und ihr Ergebnis mit "
        "`tender clarify DIR{option} --bidder ID --requested DATE --answered DATE --outcome accepted|rejected` "
        "erfassen",
        "§ 60 VgV: abnormally low price not yet clarified: {named}. Record the explanation and its outcome with "
        "`tender clarify DIR{option} --bidder ID --requested DATE --answered DATE --outcome accepted|rejected`",
    ),
    "clarify.unresolved.bid": ("{bidder} ({price}, {request})", "{bidder} ({price:.2f}, {request})"),
    "clarify.unresolved.lot": ("Los {lot}: {bid}", "lot {lot}: {bid}"),
    "clarify.requested": ("Aufklärung verlangt am {day}", "requested {day}"),
    "clarify.no-request": ("keine Aufklärung verlangt", "no request"),
    # the drawing of lots (app/draw.py, audit/draw.py)
    "draw.not-announced": (
        "tender.yaml gibt keinen Losentscheid bekannt: method.tie_break nennt `lot` nicht",
        "tender.yaml announces no drawing of lots: method.tie_break does not name `lot`",
    ),
    "draw.not-announced.lot": (
        "tender.yaml gibt für Los {lot} keinen Losentscheid bekannt: method.tie_break nennt `lot` nicht",
        "tender.yaml announces no drawing of lots for lot {lot}: method.tie_break does not name `lot`",
    ),
    "draw.no-tie": (
        "nach der bekannt gegebenen Gleichstandsregel liegen keine Angebote gleichauf: es gibt nichts auszulosen",
        "no bids are level after the announced tie-break: there is nothing to draw",
    ),
    "draw.no-tie.lot": (
        "nach der bekannt gegebenen Gleichstandsregel liegen in Los {lot} keine Angebote gleichauf: es gibt nichts "
        "auszulosen",
        "no bids are level after the announced tie-break in lot {lot}: there is nothing to draw",
    ),
    "draw.before-opening": (
        "der Losentscheid folgt erst auf die Öffnung der Preise (`tender open-prices`)",
        "lots are drawn after the prices are opened (`tender open-prices`)",
    ),
    "draw.after-final": (
        "die Wertung ist für den Zuschlag versiegelt (Audit-Ereignis {seq}): für einen Losentscheid ist es zu spät",
        "the evaluation is sealed for the award (audit event {seq}): too late",
    ),
    "draw.moved": (
        "das Audit-Protokoll wurde während des Losentscheids fortgeschrieben: `tender draw` erneut ausführen",
        "the audit log moved on while the lots were drawn: run `tender draw` again",
    ),
    # lots (app/lotproc.py, app/evaluate.py)
    "lot.name-it": (
        "{tender} ist in Lose aufgeteilt ({known}): das Los mit `tender {command} --lot ID` nennen",
        "{tender} is divided into lots ({known}): name the lot with `tender {command} --lot ID`",
    ),
    "lot.unknown": (
        "--lot {lot}: kein solches Los in tender.yaml (Lose: {known})",
        "--lot {lot}: no such lot in tender.yaml (lots: {known})",
    ),
    "lot.not-lotted": (
        "--lot {lot}: diese Ausschreibung ist nicht in Lose aufgeteilt (tender.yaml erklärt keine `lots`)",
        "--lot {lot}: this tender is not divided into lots (tender.yaml declares no `lots`)",
    ),
    "lot.whole-only": (
        "{tender} ist in Lose aufgeteilt ({known}): dieser Befehl arbeitet mit einer Ausschreibung ohne Lose; "
        "validate, evaluate und report werten jedes Los aus",
        "{tender} is divided into lots ({known}): this command works on a tender without lots; validate, evaluate "
        "and report evaluate every lot",
    ),
    # the audit log and a head kept of it (audit/head.py)
    "head.bad": (
        "--head: erwartet wird SEQ:HASH, wie `tender audit head` es ausgibt (z. B. 12:3f2a…, mindestens 16 "
        "Hexadezimalziffern des Hashwerts), gefunden {found}",
        "--head: expected SEQ:HASH as `tender audit head` prints it (e.g. 12:3f2a…, at least 16 hex digits of the "
        "hash), got {found}",
    ),
    "head.log-missing": (
        "{log}: fehlt, aber tender.yaml erklärt das Zwei-Umschlag-Verfahren: das Protokoll des Verfahrens ist verloren",
        "{log}: missing, but tender.yaml declares the two-envelope procedure: the record of the procedure is gone",
    ),
    "head.log-empty": (
        "{log}: leer: jedes Ereignis des Protokolls wurde entfernt",
        "{log}: empty: every event of the record was removed",
    ),
}
