"""Inline SVG charts drawn from numbers: no script, no external resource.

Every function returns ``Markup`` built from numbers and escaped labels, so a
chart can sit in an autoescaped template without letting any text through
unescaped. Coordinates are rounded to one decimal to keep the page small.
"""

from __future__ import annotations

from collections.abc import Sequence
import math
from dataclasses import dataclass

from markupsafe import Markup, escape

from harness.figures import pct

PALETTE = ("#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7ea4",
           "#57606a", "#cf222e", "#116329", "#953800", "#6639ba")


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def nice_ticks(top: float, *, most: int = 5) -> list[float]:
    """Ticks from 0 to at least ``top`` at a round step (1, 2, 2.5 or 5 times a
    power of ten): 0.5 / 1.0 / 1.5 / 2.0, never 0.494 / 0.988 / 1.48."""
    if top <= 0:
        return [0.0, 1.0]
    rough = top / (most - 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _decimals(step: float) -> int:
    """Decimals that write every multiple of ``step`` exactly (0.25 -> 2, 2.5 -> 1, 5 -> 0)."""
    return next(d for d in range(8) if abs(round(step, d) - step) < 1e-9)


def number(value: float, decimals: int, decimal: str = ".") -> str:
    return f"{value:.{decimals}f}".replace(".", decimal)


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a chart; ``low``/``high`` draw an interval band when given."""

    label: str
    ys: Sequence[float | None]
    low: Sequence[float | None] | None = None
    high: Sequence[float | None] | None = None
    dashed: bool = False


def interval_strip(rate: float | None, low: float | None, high: float | None, *,
                   baseline: float | None = None, width: int = 120, height: int = 14,
                   percent=pct) -> Markup:
    """A 0–100 % strip: the interval as a bar, the rate as a dot, the baseline as a tick.
    ``percent`` writes its accessible label (the report's language's way)."""
    if rate is None or low is None or high is None:
        return Markup("")

    def x(v: float) -> float:
        return 2 + max(0.0, min(1.0, v)) * (width - 4)
    parts = [(f'<svg class="strip" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
              f'role="img" aria-label="{escape(percent(rate))} [{escape(percent(low))}, {escape(percent(high))}]">'),
             f'<line x1="2" y1="{height / 2}" x2="{width - 2}" y2="{height / 2}" stroke="#d0d7de"/>',
             (f'<rect x="{_n(x(low))}" y="{height / 2 - 3}" width="{_n(max(1.0, x(high) - x(low)))}" '
              f'height="6" fill="#54aeff" opacity=".55"/>')]
    if baseline is not None:
        parts.append(f'<line x1="{_n(x(baseline))}" y1="1" x2="{_n(x(baseline))}" y2="{height - 1}" '
                     f'stroke="#57606a" stroke-width="1.5"/>')
    parts.append(f'<circle cx="{_n(x(rate))}" cy="{height / 2}" r="3" fill="#0969da"/></svg>')
    return Markup("".join(parts))


def strip_legend(now: str, interval: str, baseline: str) -> Markup:
    """The key of ``interval_strip``: what the dot, the bar and the tick are."""
    return Markup(
        '<span class="strip-legend"><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">'
        '<circle cx="7" cy="7" r="3" fill="#0969da"/></svg> {} '
        '<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true"><rect x="1" y="4" width="20" height="6" '
        'fill="#54aeff" opacity=".55"/></svg> {} '
        '<svg width="8" height="14" viewBox="0 0 8 14" aria-hidden="true"><line x1="4" y1="1" x2="4" y2="13" '
        'stroke="#57606a" stroke-width="1.5"/></svg> {}</span>').format(now, interval, baseline)


DASHES = ("", "5 3", "2 2", "8 3 2 3")  # after the palette runs out, lines differ by dash too


def line_chart(xs: Sequence[float], series: Sequence[Series], *, title: str, x_label: str,
               y_label: str, y_max: float | None = 1.0, percent: bool = True, decimal: str = ".",
               width: int = 600, height: int = 260) -> Markup:
    """Lines over a shared x axis (training steps), with optional interval bands.

    The y axis runs from 0 to a round number at round steps (``nice_ticks``);
    the chart grows taller when its legend needs the room, so no line's name is cut.
    """
    if not xs or not series:
        return Markup("")
    # The legend's column is as wide as its longest name (about 6.5 px a character at 11 px).
    left, right, top, bottom = 52, max(150, 40 + round(6.5 * max(len(s.label) for s in series))), 26, 36
    height = max(height, top + 16 * len(series) + 12 + bottom)
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for s in series for v in (*s.ys, *(s.high or ())) if v is not None]
    ticks = nice_ticks(y_max if y_max is not None else max(values, default=1.0))
    hi = ticks[-1]
    decimals = _decimals(ticks[1] - ticks[0])
    x_min, x_max = min(xs), max(xs)
    span = (x_max - x_min) or 1.0

    def px(v: float) -> float:
        return left + (v - x_min) / span * plot_w if len(xs) > 1 else left + plot_w / 2

    def py(v: float) -> float:
        return top + plot_h - max(0.0, min(v, hi)) / hi * plot_h

    out = [(f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{escape(title)}">'),
           f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>']
    for value in ticks:
        y = py(value)
        label = number(value * 100, max(0, decimals - 2), decimal) + "%" if percent else number(value, decimals, decimal)
        out.append(f'<line x1="{left}" y1="{_n(y)}" x2="{left + plot_w}" y2="{_n(y)}" stroke="#eaeef2"/>'
                   f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" class="tick">{label}</text>')
    for x in _ticks(xs):
        out.append(f'<text x="{_n(px(x))}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{_n(x)}</text>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" text-anchor="middle" class="axis">{escape(x_label)}</text>'
               f'<text x="12" y="{top + plot_h / 2}" transform="rotate(-90 12 {top + plot_h / 2})" '
               f'text-anchor="middle" class="axis">{escape(y_label)}</text>')
    for index, s in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        pattern = "5 3" if s.dashed else DASHES[(index // len(PALETTE)) % len(DASHES)]
        if s.low is not None and s.high is not None:
            band = [(x, lo, hi_) for x, lo, hi_ in zip(xs, s.low, s.high) if lo is not None and hi_ is not None]
            if band:
                upper = " ".join(f"{_n(px(x))},{_n(py(h))}" for x, _, h in band)
                lower = " ".join(f"{_n(px(x))},{_n(py(lo))}" for x, lo, _ in reversed(band))
                out.append(f'<polygon points="{upper} {lower}" fill="{colour}" opacity=".12"/>')
        points = [(px(x), py(y)) for x, y in zip(xs, s.ys) if y is not None]
        dash = f' stroke-dasharray="{pattern}"' if pattern else ""
        if len(points) > 1:
            path = " ".join(f"{_n(a)},{_n(b)}" for a, b in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for a, b in points:
            out.append(f'<circle cx="{_n(a)}" cy="{_n(b)}" r="2.5" fill="{colour}"/>')
        ly = top + 6 + index * 16
        out.append(f'<line x1="{left + plot_w + 12}" y1="{ly}" x2="{left + plot_w + 30}" y2="{ly}" '
                   f'stroke="{colour}" stroke-width="2"{dash}/>'
                   f'<text x="{left + plot_w + 34}" y="{ly + 4}" class="legend">{escape(s.label)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def _ticks(xs: Sequence[float], most: int = 8) -> list[float]:
    unique = sorted(set(xs))
    if len(unique) <= most:
        return unique
    step = (len(unique) - 1) / (most - 1)
    return [unique[round(i * step)] for i in range(most)]


def histogram(counts: Sequence[int], edges: Sequence[int], *, title: str, x_label: str, y_label: str,
              width: int = 320, height: int = 160, colour: str = "#8250df") -> Markup:
    """Bars of ``counts`` over bins ``[edges[i], edges[i+1])``, both axes labelled."""
    if not counts:
        return Markup("")
    left, bottom, top = 44, 32, 22
    plot_w, plot_h = width - left - 8, height - top - bottom
    peak = max(counts) or 1
    bar_w = plot_w / len(counts)
    out = [(f'<svg class="hist" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{escape(title)}">'),
           f'<text x="{left}" y="14" class="chart-title">{escape(title)}</text>',
           f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" class="tick">{peak}</text>',
           f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" class="tick">0</text>',
           f'<text x="12" y="{top + plot_h / 2}" transform="rotate(-90 12 {top + plot_h / 2})" '
           f'text-anchor="middle" class="axis">{escape(y_label)}</text>']
    for i, count in enumerate(counts):
        h = count / peak * plot_h
        x = left + i * bar_w
        out.append(f'<rect x="{_n(x + 1)}" y="{_n(top + plot_h - h)}" width="{_n(max(1.0, bar_w - 2))}" '
                   f'height="{_n(h)}" fill="{colour}"><title>{edges[i]}–{edges[i + 1] - 1}: {count}</title></rect>')
    label_every = max(1, len(counts) // 6)
    for i in range(0, len(counts), label_every):
        out.append(f'<text x="{_n(left + i * bar_w)}" y="{top + plot_h + 14}" class="tick">{edges[i]}</text>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 4}" text-anchor="middle" class="axis">{escape(x_label)}</text></svg>')
    return Markup("".join(out))


def bins(values: Sequence[int], *, count: int = 12) -> tuple[list[int], list[int]]:
    """Integer bins of equal width covering ``values`` (token positions)."""
    if not values:
        return [], []
    top = max(values) + 1
    width = max(1, -(-top // count))
    edges = list(range(0, top + width, width))
    counts = [0] * (len(edges) - 1)
    for v in values:
        counts[min(v // width, len(counts) - 1)] += 1
    return counts, edges
