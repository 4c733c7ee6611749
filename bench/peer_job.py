"""The peer: the job of `tender evaluate --json` done with the package bid-evaluation 0.1.0.

It loads the same files (tender.yaml, every bids/*.yaml, every scores/*.csv but the consensus), drops the bids
that fail a requirement, takes the mean of the evaluators' scores, scores judged criteria directly, measured ones
linearly and the price proportionally (min / price), weights them as tender.yaml says, and prints the ranked
table as indented JSON. It checks nothing else: that is the difference the issue allows for.
usage: python bench/peer_job.py WORKSPACE
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from bid_evaluation import Evaluator

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the fastest safe loader there is: a fair peer


def leaves(nodes: list[dict[str, Any]], factor: float = 1.0) -> Iterator[tuple[dict[str, Any], float]]:
    """Every leaf criterion with its absolute weight (a fraction)."""
    for node in nodes:
        weight = factor * node["weight"] / 100
        if "criteria" in node:
            yield from leaves(node["criteria"], weight)
        else:
            yield node, weight


def main(root: Path) -> None:
    """Evaluate the workspace at root and print the result as JSON."""
    tender = yaml.load((root / "tender.yaml").read_text(encoding="utf-8"), Loader=LOADER)
    term = tender["term_months"]
    factor = {"once": 1.0, "month": float(term), "year": term / 12}
    lines = {p["id"]: p["quantity"] * factor[p["per"]] for p in tender["prices"]}
    rows = []
    for path in sorted((root / "bids").glob("*.yaml")):
        bid = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        if not all(bid["requirements"].values()):
            continue
        row = {"bidder": bid["bidder"], "price": sum(bid["prices"][k] * q for k, q in lines.items())}
        row.update(bid["facts"])
        rows.append(row)
    bids = pd.DataFrame(rows).set_index("bidder")
    files = [p for p in sorted((root / "scores").glob("*.csv")) if p.stem != "consensus"]
    scores = pd.concat([pd.read_csv(p) for p in files], ignore_index=True)
    bids = bids.join(scores.groupby(["bidder", "criterion"])["score"].mean().unstack())
    evaluator = Evaluator(normalize_weights=False)
    scale = tender.get("scale", {}).get("max", 5)
    for leaf, weight in leaves(tender["criteria"]):
        if leaf.get("price"):
            evaluator.min_ratio("price", weight)
        elif "measure" in leaf:
            evaluator.linear(leaf["measure"]["fact"], weight)
        else:
            evaluator.direct(leaf["id"], weight, input_scale=scale)
    result = evaluator.evaluate(bids.reset_index())
    sys.stdout.write(json.dumps(json.loads(result.to_json(orient="records")), indent=2) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
