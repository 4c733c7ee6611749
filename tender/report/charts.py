"""Charts as small inline SVG documents built from plain strings: stacked bars and a price/performance scatter."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

PALETTE = ("#1f3a5f", "#4f7cac", "#8fb3d9", "#c98b2b", "#6b8e5a", "#9c5f7f", "#7a7a7a", "#b5a642")
FONT = "font-family=\"'Liberation Sans', Arial, 'DejaVu Sans', sans-serif\""
# Text sizes in the charts' own units. A chart 720 units wide fills the PDF's text column (173 mm = 654 CSS px),
# so one unit is 0.908 px = 0.681 pt: the smallest text, TICK, prints at 10.5 × 0.681 = 7.15 pt (≥ 7 pt).
TICK = 10.5  # axis figures, bounds, dot labels
LABEL = 11.5  # bar labels, legends, axis titles (7.8 pt)
CHAR_W = 0.56  # an average character's width in units of the font size (Liberation Sans)
LABEL_CHARS = 32  # a bar's label in the 220 units left of it at LABEL
DOT_CHARS = 30  # a dot's label in the scatter plot


@dataclass(frozen=True)
class Bar:
    """One bid's bar: its label and one value per segment."""

    label: str
    values: tuple[float, ...]
    total: str


@dataclass(frozen=True)
class Dot:
    """One bid in the scatter plot."""

    label: str
    x: float
    y: float
    highlight: bool


ALT_ITEMS = 20  # items an accessible name lists before "and N more"


def listed(items: list[str], more: Callable[..., str]) -> str:
    """Items for a chart's accessible name, joined by semicolons; beyond ALT_ITEMS, `more(count=N)` stands for the
    rest."""
    shown = items[:ALT_ITEMS]
    if len(items) > ALT_ITEMS:
        shown.append(more(count=len(items) - ALT_ITEMS))
    return "; ".join(shown)


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi]: steps of 1, 2 or 5 × 10^k."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    value = start
    while value <= hi + step * 1e-9:
        ticks.append(value)
        value += step
    if ticks[-1] < hi - step * 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def stacked_bars(
    bars: list[Bar],
    segments: list[str],
    number: Callable[[float], str],
    palette: tuple[str, ...] = PALETTE,
    *,
    name: str,
) -> Markup:
    """Horizontal stacked bars, one per bid, one segment per entry of `segments` (e.g. main criteria), a legend;
    `name` is the chart's accessible name (its alternative text)."""
    label_w, right, row_h = 220, 62, 24
    width = 720
    plot_w = width - label_w - right
    legend, x, y = [], float(label_w), 8
    for i, segment in enumerate(segments):
        step = 26 + CHAR_W * LABEL * len(segment)  # the text's width estimated from its length
        if x + step > width and x > label_w:
            x, y = float(label_w), y + 17
        color = palette[i % len(palette)]
        legend.append(f'<rect x="{x:.1f}" y="{y}" width="11" height="11" fill="{color}"/>')
        legend.append(f'<text x="{x + 15:.1f}" y="{y + 10}" font-size="{LABEL}" {FONT}>{escape(segment)}</text>')
        x += step
    top = y + 28
    height = top + row_h * len(bars) + 28
    top_value = max((sum(b.values) for b in bars), default=0.0) or 1.0
    ticks = nice_ticks(0, top_value)
    scale = plot_w / ticks[-1]
    out = [svg_open(width, height, name), *legend]
    axis_y = top + row_h * len(bars)
    for tick in ticks:
        out.extend(grid_tick(label_w + tick * scale, top, axis_y, number(tick)))
    for row, bar in enumerate(bars):
        y = top + row * row_h
        out.append(label_text(bar.label, LABEL_CHARS, x=label_w - 8, y=y + 15, font_size=LABEL, text_anchor="end"))
        x0 = float(label_w)
        for i, value in enumerate(bar.values):
            w, color = value * scale, palette[i % len(palette)]
            out.append(f'<rect x="{x0:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{color}"/>')
            x0 += w
        out.append(
            f'<text x="{x0 + 5:.1f}" y="{y + 15}" font-size="{LABEL}" font-weight="bold" {FONT}>'
            f"{escape(bar.total)}</text>"
        )
    out.append(f'<line x1="{label_w}" y1="{top - 4}" x2="{label_w}" y2="{axis_y}" stroke="#333" stroke-width="0.8"/>')
    out.append("</svg>")
    return Markup("".join(out))


def scatter(
    dots: list[Dot],
    x_label: str,
    y_label: str,
    x_number: Callable[[float], str],
    y_number: Callable[[float], str],
    *,
    name: str,
) -> Markup:
    """Price (x) against performance (y), one labelled dot per bid; the winner highlighted; `name` is the chart's
    accessible name."""
    width, height = 720, 310
    left, right, top, bottom = 70, 44, 18, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    xs = [d.x for d in dots] or [0.0, 1.0]
    ys = [d.y for d in dots] or [0.0, 1.0]
    pad_x = (max(xs) - min(xs)) * 0.08 or max(xs) * 0.05 or 1.0
    x_ticks = nice_ticks(min(xs) - pad_x, max(xs) + pad_x)
    y_ticks = nice_ticks(min(0.0, min(ys)), max(ys) * 1.05 or 1.0)

    def px(v: float) -> float:
        return left + (v - x_ticks[0]) / (x_ticks[-1] - x_ticks[0]) * plot_w

    def py(v: float) -> float:
        return top + plot_h - (v - y_ticks[0]) / (y_ticks[-1] - y_ticks[0]) * plot_h

    out = [svg_open(width, height, name)]
    for tick in y_ticks:
        y = py(tick)
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e3e3e3" stroke-width="0.6"/>'
        )
        out.append(
            f'<text x="{left - 6}" y="{y + 3.5:.1f}" font-size="{TICK}" text-anchor="end" fill="#555" {FONT}>'
            f"{escape(y_number(tick))}</text>"
        )
    for tick in x_ticks:
        x = px(tick)
        out.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#eeeeee" stroke-width="0.6"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 15}" font-size="{TICK}" text-anchor="middle" fill="#555" {FONT}>'
            f"{escape(x_number(tick))}</text>"
        )
    out.append(
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#333" stroke-width="0.8"/>'
    )
    out.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" font-size="{LABEL}" text-anchor="middle" {FONT}>'
        f"{escape(x_label)}</text>"
    )
    out.append(
        f'<text x="14" y="{top + plot_h / 2:.1f}" font-size="{LABEL}" text-anchor="middle" {FONT} '
        f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{escape(y_label)}</text>'
    )
    labelled = len(dots) <= 25
    for d in dots:
        x, y = px(d.x), py(d.y)
        color, r = ("#c98b2b", 5.5) if d.highlight else ("#1f3a5f", 4)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{color}" stroke="#fff" stroke-width="1"/>')
        if labelled or d.highlight:  # beside the dot, on its left when the text would run off the chart
            left_side = x + 7 + CHAR_W * TICK * min(len(d.label), DOT_CHARS) > width
            place = {"x": f"{x - 7:.1f}", "text_anchor": "end"} if left_side else {"x": f"{x + 7:.1f}"}
            out.append(label_text(d.label, DOT_CHARS, y=f"{y - 6:.1f}", font_size=TICK, **place))
    out.append("</svg>")
    return Markup("".join(out))


def label_text(text: str, limit: int, **attributes: str | float) -> str:
    """An SVG text element, shortened to `limit` characters with an ellipsis (the full text as its tooltip)."""
    attrs = " ".join(f'{name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    if len(text) <= limit:
        return f"<text {attrs} {FONT}>{escape(text)}</text>"
    short = text[: limit - 1].rstrip() + "…"
    return f"<text {attrs} {FONT}><title>{escape(text)}</title>{escape(short)}</text>"


def grid_tick(x: float, top: float, axis_y: float, label: str) -> list[str]:
    """A vertical grid line from the top of the plot to its axis, and its label below the axis."""
    return [
        f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{axis_y}" stroke="#d9d9d9" stroke-width="0.6"/>',
        f'<text x="{x:.1f}" y="{axis_y + 15}" font-size="{TICK}" text-anchor="middle" fill="#555" {FONT}>'
        f"{escape(label)}</text>",
    ]


def svg_open(width: float, height: float, name: str) -> str:
    """The opening tag of a chart that scales to its container, named for screen readers and the tagged PDF
    (aria-label, and a <title> as its first child: WeasyPrint takes it as the Figure's alternative text)."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" role="img" aria-label="{escape(name)}"><title>{escape(name)}</title>'
    )
