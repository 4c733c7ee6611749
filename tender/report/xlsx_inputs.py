"""The workbook's Inputs sheet: one input cell per weight and per parameter, which every formula refers to."""

from __future__ import annotations

from dataclasses import dataclass

from tender.report.messages import CATALOGUE, Messages
from tender.report.xlsx_cells import Formula
from tender.report.xlsx_sheet import Sheet, ref
from tender.result import Evaluation
from tender.scoring.formulas import METHOD_RULES, price_parameters, price_rule
from tender.scoring.kernel import TIE_TOLERANCE

PERCENT = "0.00%"
WEIGHT = "0.####"
PARAMETER = "0.########"
FIXED = "0.0E+00"
WEIGHT_COLUMN = 5  # E: the local weights (percent of their level), the parameters below them
ABSOLUTE_COLUMN = 6  # F: the absolute weights (fractions)


@dataclass(frozen=True)
class Inputs:
    """The sheet and the cells the other sheets refer to (absolute references with the sheet's name)."""

    sheet: Sheet
    weights: dict[str, str]  # criterion id -> its absolute weight's cell
    refs: dict[str, str]  # symbol -> its cell: low, high (the grade scale), the parameters, tol, scale


def inputs_sheet(ev: Evaluation, msg: Messages, title: str) -> Inputs:
    """The weights of every criterion (group and leaf) and the method's parameters as input cells, with the
    absolute weights and the sums of each level as formulas over them."""
    t = ev.tender
    head = [msg("col.criterion_id"), msg("col.criterion"), msg("inputs.col.level"), msg("inputs.col.parent")]
    head += [msg("inputs.col.weight"), msg("inputs.col.absolute"), msg("inputs.col.sum")]
    sheet = Sheet(title, head, [title, msg("inputs.note"), msg("inputs.order")])
    sheet.filter_and_freeze = False
    sheet.fixed[1] = 40
    sheet.wrap.add(1)
    nodes = list(t.nodes())
    first = sheet.header_row + 1
    row_of = {node.id: first + i for i, (_, node) in enumerate(nodes)}
    weights: dict[str, str] = {}
    for path, node in nodes:
        r = row_of[node.id]
        own = f"E{r}/100"
        absolute = Formula(own if not path else f"{own}*F{row_of[path[-1].id]}", ev.weights[node.id])
        children = [row_of[c.id] for c in node.children]
        total = Formula("+".join(f"E{c}" for c in children), sum(c.weight for c in node.children)) if children else None
        parent = path[-1].id if path else ""
        sheet.add(
            [node.id, node.name, len(path) + 1, parent, node.weight, absolute, total],
            {WEIGHT_COLUMN: WEIGHT, ABSOLUTE_COLUMN: PERCENT, 7: WEIGHT},
            inputs=(WEIGHT_COLUMN,),
        )
        weights[node.id] = ref(title, f"$F${r}")
    tops = [row_of[top.id] for top in t.criteria]
    top_sum = Formula("+".join(f"E{r}" for r in tops), sum(top.weight for top in t.criteria))
    sheet.add(["", msg("inputs.top_sum"), "", "", "", "", top_sum], {7: WEIGHT})
    sheet.add([])
    sheet.add([msg("inputs.parameters")], kind="lead")
    refs: dict[str, str] = {}

    def parameter(symbol: str, label: str, value: float, fixed: bool = False) -> None:
        note = msg("inputs.fixed") if fixed else ""
        r = sheet.add(
            [symbol, label, "", "", value, note],
            {WEIGHT_COLUMN: FIXED if fixed else PARAMETER},
            inputs=() if fixed else (WEIGHT_COLUMN,),
        )
        refs[symbol] = ref(title, f"$E${r}")

    parameter("low", msg("inputs.scale_min"), t.scale.min)
    parameter("high", msg("inputs.scale_max"), t.scale.max)
    method = t.method
    rule = METHOD_RULES[method.name]
    if rule.priced_leaf:
        for (attribute, _), (symbol, value) in zip(
            price_rule(method).parameters, price_parameters(method).items(), strict=True
        ):
            parameter(symbol, label(msg, attribute, symbol), value)
    for attribute in rule.parameters:
        setting = getattr(method, attribute, None)
        if isinstance(setting, (int, float)) and not isinstance(setting, bool) and attribute not in refs:
            parameter(attribute, label(msg, attribute, attribute), float(setting))
    parameter("tol", msg("inputs.tolerance"), TIE_TOLERANCE, fixed=True)
    if rule.scale != 1:
        r = sheet.add(["scale", msg("inputs.z_scale"), "", "", rule.scale, msg("inputs.fixed")], {5: "#,##0"})
        refs["scale"] = ref(title, f"$E${r}")
    return Inputs(sheet, weights, refs)


def label(msg: Messages, attribute: str, symbol: str) -> str:
    """A parameter's label: the catalogue's words for it (param.<attribute>) where there are some, else its name."""
    key = f"param.{attribute}"
    return msg(key) if key in CATALOGUE else f"{attribute} ({symbol})"
