"""The catalogue's words for the procedure on a tender divided into lots — the § 134 GWB letters (one per lot and
bidder), the robustness analysis per lot — German and English; part of the reports' catalogue
(tender.report.messages)."""

from __future__ import annotations

# key: (German, English), as in tender.report.messages.CATALOGUE
LOTPROC: dict[str, tuple[str, str]] = {
    "lotanalysis.awarded": (
        "Diese Analyse betrifft die Rangfolge des Loses. Der Zuschlag geht nach der Vergabe der Lose an {awarded}, "
        "nicht an das erstplatzierte Angebot ({first}): {how}.",
        "This analysis concerns the lot's ranking. After the award of the lots, the lot goes to {awarded}, not to the "
        "first-ranked bid ({first}): {how}.",
    ),
    "lotanalysis.how.limit": (
        "die Höchstzahl von Losen je Bieter",
        "the limit of lots per bidder",
    ),
    "lotanalysis.how.combination": ("ein Kombinationsangebot", "a combination bid"),
    "lotletter.lot": (
        "Dieses Schreiben betrifft nur das Los „{title}“ (Kennung {lot}); zu jedem anderen Los, für das Sie ein "
        "Angebot abgegeben haben, erhalten Sie ein eigenes Schreiben.",
        "This letter concerns the lot “{title}” (identifier {lot}) only; for every other lot you bid for you receive "
        "a letter of its own.",
    ),
    "lotletter.title": ("„{title}“", "“{title}”"),
    "lotletter.reason.limit": (
        "Ihr Angebot ist in diesem Los besser platziert als das ausgewählte Angebot. Nach der bekannt gemachten "
        "Höchstzahl erhält jedoch kein Bieter mehr als {limit} Lose, und die Lose werden {order} vergeben. Als dieses "
        "Los an der Reihe war, waren für Sie bereits {held} vorgesehen, also die Höchstzahl erreicht. Das Los geht "
        "daher an das bestplatzierte Angebot eines Bieters unterhalb der Höchstzahl.",
        "Your bid ranks better in this lot than the selected bid. Under the announced limit, however, no bidder is "
        "awarded more than {limit} lots, and the lots are awarded {order}. When this lot's turn came, {held} were "
        "already to be awarded to you, the limit. The lot therefore goes to the best-ranked bid of a bidder below the "
        "limit.",
    ),
    "lotletter.reason.combination": (
        "Dieses Los wird zusammen mit {others} auf ein Kombinationsangebot von {winner} vergeben: Nach dem bekannt "
        "gemachten Kriterium, dem {compare}, ist dieses Kombinationsangebot wirtschaftlicher als die Vergabe der "
        "Lose einzeln, Ihres Angebots für dieses Los eingeschlossen.",
        "This lot is awarded together with {others} on a combination bid of {winner}: on the announced criterion, "
        "the {compare}, that combination bid is more economically advantageous than awarding the lots singly, your "
        "bid for this lot included.",
    ),
    "lotletter.own_combination": (
        "Ihr Kombinationsangebot {combination} für {lots} wurde gewertet: Nach dem bekannt gemachten Kriterium, dem "
        "{compare}, ist die beabsichtigte Vergabe der Lose wirtschaftlicher.",
        "Your combination bid {combination} for {lots} was weighed: on the announced criterion, the {compare}, the "
        "intended award of the lots is more economically advantageous.",
    ),
    "lotletter.winner.combination": (
        "Der Zuschlag für dieses Los ist auf Ihr Kombinationsangebot {combination} für {lots} beabsichtigt.",
        "The award of this lot is intended on your combination bid {combination} for {lots}.",
    ),
}
