"""CSV score files read column-wise: the same Scores as the row-wise reader, and its messages for any fault."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from tender.errors import Collector, InputError
from tender.model import Score, Tender
from tender.parse.common import Fields
from tender.parse.csvread import parse_number, read_csv
from tender.parse.scorecolumns import csv_scores
from tender.parse.scorefile import ScoreRow, check_scores, read_score_file
from tender.workspace import load_tender, load_workspace

HEADER = "bidder,criterion,score,justification\n"


def row_wise(path: Path, tender: Tender, bidders: set[str]) -> tuple[list[Score], list[str]]:
    """What the row-wise reader makes of a CSV score file: its Scores and its messages."""
    collector = Collector()
    table = read_csv(path, path.name)
    rows = [
        ScoreRow(
            f"line {line}",
            r["bidder"],
            r["criterion"],
            n if (n := parse_number(r["score"], table.decimal)) is not None else r["score"],
            r["justification"],
            r.get("evaluator") or None,
        )
        for line, r in table.rows
    ]
    consensus = path.stem.lower() == "consensus"
    scores = check_scores(rows, path.stem, consensus, path.name, tender, bidders, Fields(collector, path.name))
    return scores, [str(f) for f in collector.findings]


@pytest.fixture
def workspace(example: Path) -> tuple[Path, Tender, set[str], list[str]]:
    """The example's folder, tender, bidders and judged criteria."""
    ws = load_workspace(example)
    judged = sorted({s.criterion for s in ws.scores})
    return example, ws.tender, {b.bidder for b in ws.bids}, judged


def test_every_example_score_file_reads_as_row_by_row(workspace: tuple[Path, Tender, set[str], list[str]]) -> None:
    root, tender, bidders, _ = workspace
    for path in sorted((root / "scores").glob("*.csv")):
        fast = csv_scores(path, path.name, tender, bidders, path.stem == "consensus")
        if path.stem == "consensus":  # its committee is checked row by row
            assert fast is None
            continue
        assert fast is not None
        assert fast == row_wise(path, tender, bidders)[0]


@pytest.mark.parametrize(
    "body",
    [
        '{b},{c},4,plain reason\r\n{b},{c2},"2,5","a reason, with a comma and ""quotes"""\r\n',
        '{b},{c},4,"a reason\nover two lines"\n{b},{c2},3,next\n',
        '{b},{c},  4 , padded \n{b},{c2},3,"x"',
    ],
)
def test_dialects_read_the_same(workspace: tuple[Path, Tender, set[str], list[str]], tmp_path: Path, body: str) -> None:
    _, tender, bidders, judged = workspace
    b = sorted(bidders)[0]
    path = tmp_path / "weber.csv"
    text = body.format(b=b, c=judged[0], c2=judged[1])
    if '"2,5"' in text:
        path.write_text("bidder;criterion;score;justification\r\n" + text.replace(",", ";").replace('"2;5"', "2,5"))
        path.write_text(path.read_text().replace("a reason; with a comma", "a reason, with a comma"))
    else:
        path.write_text(HEADER + text)
    fast = csv_scores(path, path.name, tender, bidders, False)
    assert fast is not None
    assert fast == row_wise(path, tender, bidders)[0]
    assert [s.place for s in fast] == [s.place for s in row_wise(path, tender, bidders)[0]]


@pytest.mark.parametrize(
    "line",
    [
        "{b},{c},7,out of scale",
        "{b},{c},gut,not a number",
        "nobody,{c},3,unknown bidder",
        "{b},nothing,3,unknown criterion",
        "{b},{c},3,",
        "{b},{c},3,twice",
        "{b},{c},3",
        '{b},{c},3,"unclosed',
    ],
)
def test_a_faulty_file_is_left_to_the_row_wise_reader(
    workspace: tuple[Path, Tender, set[str], list[str]], tmp_path: Path, line: str
) -> None:
    _, tender, bidders, judged = workspace
    b = sorted(bidders)[0]
    path = tmp_path / "weber.csv"
    path.write_text(
        HEADER + f"{b},{judged[0]},3,first\n" + line.format(b=b, c=judged[0] if "twice" in line else judged[1]) + "\n"
    )
    assert csv_scores(path, path.name, tender, bidders, False) is None
    collector = Collector()
    try:
        read_score_file(path, path.name, tender, bidders, collector)
    except InputError as exc:
        collector.extend(exc.findings)
    assert collector.findings  # the row-wise reader names the problem, as it always has


def test_a_blank_row_is_skipped_by_the_row_wise_reader(
    workspace: tuple[Path, Tender, set[str], list[str]], tmp_path: Path
) -> None:
    _, tender, bidders, judged = workspace
    path = tmp_path / "weber.csv"
    path.write_text(HEADER + f"{sorted(bidders)[0]},{judged[0]},3,first\n,,,\n\n")
    assert csv_scores(path, path.name, tender, bidders, False) is None
    collector = Collector()
    assert len(read_score_file(path, path.name, tender, bidders, collector)) == 1
    assert not collector.findings


def test_a_score_given_in_two_files_is_still_named(example: Path) -> None:
    scores = example / "scores"
    first = scores / "mueller.csv"
    row = next(csv.DictReader(first.read_text(encoding="utf-8").splitlines()))
    entry = {k: row[k] for k in ("bidder", "criterion", "justification")} | {"score": float(row["score"])}
    copy = {"evaluator": "mueller", "scores": [entry]}  # a second file of mueller's, named so
    (scores / "zz-copy.yaml").write_text(yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_workspace(example)
    found = [f for f in caught.value.findings if f.code == "duplicate-score"]
    assert len(found) == 1
    assert found[0].file == "scores/zz-copy.yaml"
    assert f"also in scores/{first.name}, line 2" in found[0].message


def test_load_tender_is_untouched(example: Path) -> None:
    assert load_tender(example).id == load_workspace(example).tender.id
