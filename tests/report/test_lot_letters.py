"""`tender letters` on a tender divided into lots: one letter per lot to every bidder of the lot, the reason for
not awarding it said plainly (rank, the limit of lots per bidder, a combination bid), and nothing of any other
bidder but the one awarded the lot."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tender.audit import log
from tests.audit.lots_support import COMBINATION, NAMES, PRICES, lotted, opened
from tests.hostile.conftest import ok, refused
from tests.report.test_letters import docx_text, pdf_text

AWARDED = {"cluster": "hanse", "test": "hanse", "migration": "rheintal"}
LETTERS = [(lot, bidder) for lot, prices in PRICES.items() for bidder in prices]
TODAY = datetime.now(UTC).date()


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/lots through the procedure to the approved decision on every lot, its letters sent by post."""
    root = opened(lotted(tmp_path_factory.mktemp("lotletters") / "ws"))
    refused(root, "letters", root, "--actor", "braun", expect="no award decision is recorded")
    ok("decide", root, "--actor", "braun", "--approved-by", "schmidt")
    out = ok("letters", root, "--actor", "braun", "--sent-on", TODAY.isoformat())
    assert out.count("geschrieben: ") == 2 * len(LETTERS) == 26
    return root


def letter(root: Path, lot: str, bidder: str, kind: str = "pdf", lang: str = "de") -> str:
    path = root / "letters" / f"crm-hosting-lose-{lot}-{bidder}-{lang}.{kind}"
    return pdf_text(path) if kind == "pdf" else docx_text(path)


def test_one_letter_per_lot_to_every_bidder_of_the_lot_recorded_with_its_sha256(sent: Path) -> None:
    event = log.read(sent)[0][-1]
    assert event["action"] == "letters" and event["details"]["awards"] == AWARDED
    assert event["details"]["letters"] == [f"{lot}/{bidder}" for lot, bidder in LETTERS]
    files = sorted(p.relative_to(sent).as_posix() for p in (sent / "letters").iterdir())
    assert files == sorted(
        f"letters/crm-hosting-lose-{lot}-{bidder}-de.{kind}" for lot, bidder in LETTERS for kind in ("pdf", "docx")
    )
    assert sorted(event["files"]) == files
    for name, digest in event["files"].items():
        assert hashlib.sha256((sent / name).read_bytes()).hexdigest() == digest
    assert ok("audit", "verify", sent).startswith("audit.log: in Ordnung")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
@pytest.mark.parametrize(("lot", "bidder"), LETTERS)
def test_no_letter_names_another_bidder_than_the_awarded_or_any_other_price(
    sent: Path, lot: str, bidder: str, kind: str
) -> None:
    text = letter(sent, lot, bidder, kind)
    awarded = AWARDED[lot]
    for other, name in NAMES.items():
        if other in (bidder, awarded):
            continue
        assert name not in text, (lot, bidder, other)
        assert not re.search(rf"\b{other}\b", text, re.IGNORECASE), (lot, bidder, other)
    for each, prices in PRICES.items():
        for other, price in prices.items():
            if (each, other) != (lot, bidder):
                assert price not in text, (lot, bidder, each, other)
    assert COMBINATION not in text
    assert NAMES[awarded] in text
    assert f"Az. crm-hosting-lose-{lot}" in text


def test_hanse_is_passed_over_in_migration_because_it_holds_cluster_and_test(sent: Path) -> None:
    text = letter(sent, "migration", "hanse")
    assert "beabsichtigen wir, den Zuschlag auf das Angebot von Rheintal Datacenter GmbH zu erteilen" in text
    assert "Dieses Schreiben betrifft nur das Los „Los 3 – Migration“ (Kennung migration)" in text
    assert "Migrationskonzept 45,00 36,00" in text and "Leistungspunkte gesamt 58,50 46,50" in text
    assert "Ihr Angebot belegt Rang 1 von 4 gewerteten Angeboten; Ihr Wertungspreis beträgt 42.800,00 €." in text
    assert (
        "Ihr Angebot ist in diesem Los besser platziert als das ausgewählte Angebot. Nach der bekannt gemachten "
        "Höchstzahl erhält jedoch kein Bieter mehr als 2 Lose, und die Lose werden nach dem geschätzten Wert, das "
        "wertvollste zuerst vergeben. Als dieses Los an der Reihe war, waren für Sie bereits „Los 1 – Betrieb des "
        "Clusters“ und „Los 2 – Testumgebung“ vorgesehen, also die Höchstzahl erreicht." in text
    )
    assert "Die größten Abstände" not in text and "mindestens so viele Leistungspunkte" not in text


def test_a_lot_taken_by_a_combination_bid_says_so(sent: Path) -> None:
    text = letter(sent, "cluster", "rheintal", "docx")
    assert "den Zuschlag auf das Angebot von Hanse Hosting AG zu erteilen" in text
    assert "Ihr Angebot belegt Rang 2 von 4 gewerteten Angeboten; Ihr Wertungspreis beträgt 111.700,00 €." in text
    assert (
        "Dieses Los wird zusammen mit „Los 2 – Testumgebung“ auf ein Kombinationsangebot von Hanse Hosting AG "
        "vergeben: Nach dem bekannt gemachten Kriterium, dem niedrigsten Gesamtwertungspreis, ist dieses "
        "Kombinationsangebot wirtschaftlicher als die Vergabe der Lose einzeln" in text
    )
    winner = letter(sent, "test", "hanse")
    assert "beabsichtigen wir, den Zuschlag auf Ihr Angebot zu erteilen" in winner
    assert (
        "Der Zuschlag für dieses Los ist auf Ihr Kombinationsangebot betrieb-und-test für „Los 1 – Betrieb des "
        "Clusters“ und „Los 2 – Testumgebung“ beabsichtigt." in winner
    )


def test_a_bidder_ranked_behind_the_awarded_one_reads_its_rank_and_the_gaps(sent: Path) -> None:
    text = letter(sent, "migration", "spree")
    assert "den Zuschlag auf das Angebot von Rheintal Datacenter GmbH zu erteilen" in text
    assert "Ihr Angebot belegt Rang 3 von 4 gewerteten Angeboten; Ihr Wertungspreis beträgt 45.000,00 €." in text
    assert "Ihr Angebot erreichte 9,00 Leistungspunkte weniger als das ausgewählte Angebot (37,50 statt 46,50)" in text
    excluded = letter(sent, "cluster", "weser")
    assert "Ihr Angebot musste von der Wertung ausgeschlossen werden" in excluded
    assert "HA-Design" in excluded and "Leistungspunkte gesamt" not in excluded


def test_the_letters_in_english(sent: Path, tmp_path: Path) -> None:
    ok("letters", sent, "--actor", "braun", "--lang", "en", "--out", tmp_path / "en")
    text = pdf_text(tmp_path / "en" / "crm-hosting-lose-migration-hanse-en.pdf")
    assert "This letter concerns the lot “Los 3 – Migration” (identifier migration) only" in text
    assert "Your bid ranks better in this lot than the selected bid." in text
    assert "“Los 1 – Betrieb des Clusters” and “Los 2 – Testumgebung” were already to be awarded to you" in text


def test_a_combination_bid_weighed_and_not_chosen_is_named_in_its_bidders_letters(tmp_path: Path) -> None:
    def edit(source: Path) -> None:  # Hanse's combination at 0.1 % off: the single awards are cheaper in total
        path = source / "bids" / "hanse.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("discount: 0.1}", "discount: 0.001}"), "utf-8")

    root = opened(lotted(tmp_path / "ws", edit))
    ok("decide", root, "--actor", "braun", "--approved-by", "schmidt")
    assert log.read(root)[0][-1]["details"]["awards"] == {"cluster": "hanse", "test": "spree", "migration": "hanse"}
    ok("letters", root, "--actor", "braun")
    text = letter(root, "test", "hanse")
    assert "den Zuschlag auf das Angebot von Spree Cloud Solutions GmbH zu erteilen" in text
    assert (
        "Ihr Kombinationsangebot betrieb-und-test für „Los 1 – Betrieb des Clusters“ und „Los 2 – Testumgebung“ "
        "wurde gewertet: Nach dem bekannt gemachten Kriterium, dem niedrigsten Gesamtwertungspreis, ist die "
        "beabsichtigte Vergabe der Lose wirtschaftlicher." in text
    )
    assert "waren für Sie bereits „Los 1 – Betrieb des Clusters“ und „Los 3 – Migration“ vorgesehen" in text
    assert "Kombinationsangebot" not in letter(root, "test", "isar")  # another bidder's combination: not named
    assert "Ihr Kombinationsangebot" not in letter(root, "cluster", "hanse")  # the winner's letter of that lot
