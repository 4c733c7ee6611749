"""Every invalid input is caught: exit code 2 and one line per problem naming the file and place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tender.cli import app

runner = CliRunner()


def fails(workspace: Path, *expected: str, command: str = "evaluate") -> str:
    result = runner.invoke(app, [command, str(workspace), "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for text in expected:
        assert text in result.output
    return result.output


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_weights_not_summing_to_100_name_the_parent(example: Path) -> None:
    edit_yaml(example / "criteria/hosting.yaml", lambda d: d["criteria"][1]["criteria"][0].update(weight=30))
    fails(example, "criteria/hosting.yaml", 'criterion "architektur"', "sum to 95, expected 100")


def test_top_level_weights(example: Path) -> None:
    edit_yaml(example / "criteria/hosting.yaml", lambda d: d["criteria"][0].update(weight=40))
    fails(example, "the weights of the top-level criteria sum to 110, expected 100")


def test_score_outside_scale(example: Path) -> None:
    csv = example / "scores/mueller.csv"
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, x in enumerate(lines) if x.startswith("mueller,rheintal,kompetenz,5,"))
    lines[row] = lines[row].replace(",kompetenz,5,", ",kompetenz,7,")
    csv.write_text("".join(lines), encoding="utf-8")
    fails(
        example,
        f"scores/mueller.csv: line {row + 1}",
        "score 7 of evaluator mueller for bidder rheintal, criterion kompetenz",
        "outside the scale 0–5",
    )


def test_score_for_unknown_criterion_and_bidder(example: Path) -> None:
    path = example / "scores/mueller.csv"
    first = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write("mueller,rheintal,sicherheit,4,gut\nmueller,nordlicht,kompetenz,4,gut\n")
    out = fails(example, 'unknown criterion "sicherheit"', 'unknown bidder "nordlicht"')
    assert f"scores/mueller.csv: line {first}" in out and f"scores/mueller.csv: line {first + 1}" in out


def test_score_for_price_criterion_is_refused(example: Path) -> None:
    with (example / "scores/mueller.csv").open("a", encoding="utf-8") as f:
        f.write("mueller,rheintal,preis,4,teuer\n")
    fails(example, 'unknown criterion "preis"')


@pytest.mark.parametrize(("value", "message"), [(-100, "at least 0, found -100"), ("ca. 900", 'found "ca. 900"')])
def test_bad_price(example: Path, value: object, message: str) -> None:
    edit_yaml(example / "bids/hanse.yaml", lambda d: d["prices"].update({"testserver": value}))
    fails(example, "bids/hanse.yaml: prices.testserver", message)


def test_duplicate_bidder(example: Path) -> None:
    shutil.copy(example / "bids/hanse.yaml", example / "bids/hanse-copy.yaml")
    fails(example, "bids/hanse.yaml: bidder: bidder id hanse is used by bids/hanse-copy.yaml too")


def test_malformed_yaml_names_file_and_line(example: Path) -> None:
    (example / "bids/isar.yaml").write_text("bidder: isar\nname: [Isar\nprices: {}\n", encoding="utf-8")
    fails(example, "bids/isar.yaml: line 3", "malformed YAML")


def test_malformed_csv_names_file_and_line(example: Path) -> None:
    path = example / "scores/weber.csv"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write("weber,isar,kompetenz\n")
    fails(example, f"scores/weber.csv: line {line}: expected 5 fields, found 3")


def test_missing_justification(example: Path) -> None:
    path = example / "scores/mueller.csv"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write('mueller,elbtal,kompetenz,3,"  "\n')
    fails(example, f"scores/mueller.csv: line {line}", "has no justification")


@pytest.mark.parametrize("count", [0, 2])
def test_price_criterion_missing_or_doubled(example: Path, count: int) -> None:
    def change(d: dict) -> None:
        d["criteria"][2].pop("price")
        d["criteria"][2]["criteria"] = [
            {"id": f"preis-{i}", "name": f"Preis {i}", "weight": 100 / max(count, 1), "price": True}
            for i in range(count)
        ] or [{"id": "preis-0", "name": "Preis", "weight": 100}]

    edit_yaml(example / "criteria/hosting.yaml", change)
    found = "preis-0, preis-1" if count == 2 else "none"
    fails(example, f"weighted-sum needs exactly one price criterion (price: true), found {found}")


def test_evaluated_price_of_zero(example: Path) -> None:
    edit_yaml(example / "bids/isar.yaml", lambda d: d.update(prices=dict.fromkeys(d["prices"], 0)))
    fails(example, "bids/isar.yaml: prices: the evaluated price of bidder isar is 0")


def test_unscored_pair_of_a_bid_in_the_running(example: Path) -> None:
    for path in (example / "scores").glob("*.csv"):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if ",isar,storage," not in x]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fails(example, "bidder isar, criterion storage", "nobody scored criterion storage for bidder isar")


def test_validate_lists_every_problem_at_once(example: Path) -> None:
    edit_yaml(example / "bids/hanse.yaml", lambda d: d["prices"].update({"testserver": -1}))
    edit_yaml(example / "bids/isar.yaml", lambda d: d.update(colour="blue"))
    out = fails(
        example, "bids/hanse.yaml: prices.testserver", "bids/isar.yaml: colour: unknown key", command="validate"
    )
    assert len(out.strip().splitlines()) == 2


def test_unknown_key_in_tender(example: Path) -> None:
    edit_yaml(example / "tender.yaml", lambda d: d.update(deadline="2007-03-15"))
    fails(example, "tender.yaml: deadline: unknown key")


def test_missing_workspace(tmp_path: Path) -> None:
    fails(tmp_path / "nowhere", "tender.yaml: no tender.yaml in the workspace")


def test_debug_shows_the_traceback(example: Path) -> None:
    edit_yaml(example / "tender.yaml", lambda d: d.update(deadline="x"))
    result = runner.invoke(app, ["--debug", "evaluate", str(example)])
    assert result.exit_code != 0
    assert result.exception is not None
