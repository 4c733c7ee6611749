"""The robustness section's charts as inline SVG: rank acceptability (stacked bars) and weight stability intervals."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from tender.report.charts import CHAR_W, FONT, LABEL, TICK, Bar, grid_tick, label_text, stacked_bars, svg_open

# rank 1 darkest, then lighter blues: the eye reads "darker = better rank"
RANKS = ("#1f3a5f", "#2c5180", "#3d69a0", "#5a84b6", "#7c9fc9", "#9db8d8", "#bccfe5", "#d3dfed")
STABLE = "#6f94bd"
TRACK = "#eef1f5"
MARK = "#c98b2b"


@dataclass(frozen=True)
class Interval:
    """One criterion's row: announced weight and the range (0–100) in which the winner stays first."""

    label: str
    level: int
    weight: float
    low: float
    high: float
    open_low: bool
    open_high: bool
    low_text: str
    high_text: str


def acceptability(bars: list[Bar], ranks: list[str], percent: str, *, name: str) -> Markup:
    """One bar per bid (rank order), one segment per rank, rank 1 darkest; the axis in percent (0–100); `name` is
    the chart's accessible name."""
    last = len(RANKS) - 1
    spread = len(ranks) - 1 or 1
    colors = tuple(RANKS[(i * last + spread // 2) // spread] for i in range(len(ranks)))  # evenly spread shades
    return stacked_bars(bars, ranks, lambda v: f"{v:.0f}{percent}", colors, name=name)


def intervals(rows: list[Interval], percent: str, *, name: str) -> Markup:
    """Interval bars on a 0–100 % axis: the stable range, a diamond at the announced weight, arrows at open ends;
    `name` is the chart's accessible name."""
    names_w, pad, right, row_h, top = 280, 44, 50, 22, 10  # pad: room for a low bound's figure left of 0 %
    width = 720
    label_w = names_w + pad
    plot_w = width - label_w - right
    axis_y = top + row_h * len(rows)
    height = axis_y + 28

    def px(v: float) -> float:
        return label_w + v / 100 * plot_w

    out = [svg_open(width, height, name)]
    for tick in range(0, 101, 10):  # a line every 10 %, a figure every 20 % (at TICK they would touch)
        line, figure = grid_tick(px(tick), top, axis_y, f"{tick}{percent}")
        out.extend([line, figure] if tick % 20 == 0 else [line])
    for i, r in enumerate(rows):
        y = top + i * row_h
        mid = y + row_h / 2
        if r.level == 1 and i:
            out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#c8c8c8" stroke-width="0.6"/>')
        indent = 12 * (r.level - 1)
        weight = {"font_weight": "bold"} if r.level == 1 else {}
        size = LABEL if r.level == 1 else TICK
        chars = int((names_w - indent) / (CHAR_W * size))  # what fits left of the plot
        out.append(label_text(r.label, chars, x=indent + 2, y=f"{mid + 4:.1f}", font_size=size, **weight))
        out.append(f'<rect x="{label_w}" y="{mid - 3:.1f}" width="{plot_w}" height="6" fill="{TRACK}"/>')
        x0, x1 = px(r.low), px(r.high)
        out.append(f'<rect x="{x0:.1f}" y="{mid - 5:.1f}" width="{max(x1 - x0, 1):.1f}" height="10" fill="{STABLE}"/>')
        for x, is_open, text, side in ((x0, r.open_low, r.low_text, -1), (x1, r.open_high, r.high_text, 1)):
            if is_open:  # an arrow head pointing outwards: the winner stays first up to the edge of the range
                tip = x + 7 * side
                out.append(
                    f'<path d="M{x:.1f},{mid - 6:.1f} L{tip:.1f},{mid:.1f} L{x:.1f},{mid + 6:.1f} Z" fill="{STABLE}"/>'
                )
                continue
            out.append(f'<line x1="{x:.1f}" y1="{mid - 7:.1f}" x2="{x:.1f}" y2="{mid + 7:.1f}" stroke="#1f3a5f"/>')
            anchor = "start" if side > 0 else "end"  # the figure beside the bar's end, outside it
            out.append(
                f'<text x="{x + 4 * side:.1f}" y="{mid + 3.5:.1f}" font-size="{TICK}" text-anchor="{anchor}" '
                f'fill="#1f3a5f" '
                f"{FONT}>{escape(text)}</text>"
            )
        w = px(r.weight)
        out.append(
            f'<path d="M{w:.1f},{mid - 6:.1f} L{w + 5:.1f},{mid:.1f} L{w:.1f},{mid + 6:.1f} L{w - 5:.1f},{mid:.1f} Z" '
            f'fill="{MARK}" stroke="#fff" stroke-width="0.8"/>'
        )
    out.append(
        f'<line x1="{label_w}" y1="{axis_y}" x2="{label_w + plot_w}" y2="{axis_y}" stroke="#333" stroke-width="0.8"/>'
    )
    out.append("</svg>")
    return Markup("".join(out))
