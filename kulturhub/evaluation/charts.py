"""Server-side SVG charts for the evaluation dashboards and PDF reports.

Written by hand rather than with matplotlib: two small chart types, markup that screen readers
and WeasyPrint both understand (role="img", <title>, <desc>; colours as presentation attributes,
which the content security policy allows), no font files and no extra dependency. Every chart
is shown beside a table holding the same numbers.
"""

import math
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

INK = "#1f2933"
MUTED = "#52606d"
GRID = "#cbd2d9"
POINT = "#0b5cad"
POOLED = "#8a3b12"
BASELINE = "#7b8794"
AFTER = "#0b5cad"

WIDTH = 680
LABEL_WIDTH = 250
ROW = 26
TOP = 30
BOTTOM = 40


@dataclass
class Interval:
    label: str
    estimate: float
    low: float
    high: float
    weight: float | None = None  # share of the pooled weight, 0-1, for the marker size


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    span = high - low or 1.0
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw), default=raw)
    first = (low // step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        if value >= low - step * 1e-9:
            ticks.append(round(value, 10))
        value += step
    return ticks


def _fmt(value: float) -> str:
    text = f"{value:.1f}" if abs(value) < 1000 else f"{value:.0f}"
    return text.replace("-", "−")


def interval_chart(
    title: str,
    description: str,
    rows: list[Interval],
    *,
    pooled: Interval | None = None,
    prediction: tuple[float, float] | None = None,
    axis_label: str = "",
) -> SafeString:
    """A forest plot: one line per row (estimate and 95 % CI), a zero line, and the pooled
    estimate as a diamond with its prediction interval."""
    values = [v for r in rows for v in (r.low, r.high, r.estimate)]
    if pooled:
        values += [pooled.low, pooled.high]
    if prediction:
        values += list(prediction)
    values.append(0.0)
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or 1.0
    low, high = low - pad, high + pad
    ticks = _nice_ticks(low, high)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    plot_left, plot_right = LABEL_WIDTH + 10, WIDTH - 20
    count = len(rows) + (2 if pooled else 0)
    height = TOP + count * ROW + BOTTOM

    def x(value: float) -> float:
        return plot_left + (value - low) / (high - low) * (plot_right - plot_left)

    parts = [
        _head(height, title, description),
    ]
    for tick in ticks:
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{TOP - 8}" y2="{height - BOTTOM + 4}"'
            f' stroke="{GRID}" stroke-width="{1.6 if tick == 0 else 0.8}"/>'
            f'<text x="{x(tick):.1f}" y="{height - BOTTOM + 18}" font-size="12" '
            f'text-anchor="middle" fill="{MUTED}">{_fmt(tick)}</text>'
        )
    if axis_label:
        parts.append(
            f'<text x="{(plot_left + plot_right) / 2:.1f}" y="{height - 6}" font-size="12" '
            f'text-anchor="middle" fill="{INK}">{escape(axis_label)}</text>'
        )
    for index, row in enumerate(rows):
        y = TOP + index * ROW + ROW / 2
        size = 4 + 6 * (row.weight or 0.3)
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{y + 4:.1f}" font-size="13" text-anchor="end" '
            f'fill="{INK}">{escape(_short(row.label))}</text>'
            f'<line x1="{x(row.low):.1f}" x2="{x(row.high):.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{POINT}" stroke-width="2"/>'
            f'<rect x="{x(row.estimate) - size / 2:.1f}" y="{y - size / 2:.1f}" '
            f'width="{size:.1f}" height="{size:.1f}" fill="{POINT}"/>'
        )
    if pooled:
        y = TOP + (len(rows) + 1) * ROW
        if prediction:
            parts.append(
                f'<line x1="{x(prediction[0]):.1f}" x2="{x(prediction[1]):.1f}" y1="{y:.1f}" '
                f'y2="{y:.1f}" stroke="{POOLED}" stroke-width="1.5" stroke-dasharray="4 3"/>'
            )
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{y + 4:.1f}" font-size="13" font-weight="bold" '
            f'text-anchor="end" fill="{INK}">{escape(_short(pooled.label))}</text>'
            f'<polygon points="{x(pooled.low):.1f},{y:.1f} {x(pooled.estimate):.1f},{y - 8:.1f} '
            f'{x(pooled.high):.1f},{y:.1f} {x(pooled.estimate):.1f},{y + 8:.1f}" '
            f'fill="{POOLED}"/>'
        )
    parts.append("</svg>")
    return _with_id("".join(parts), title)


def shift_chart(
    title: str, description: str, rows: list[tuple[str, float, float]], before: str, after: str
) -> SafeString:
    """Paired horizontal bars: the share in a band at baseline and at the later time point."""
    plot_left, plot_right = LABEL_WIDTH + 10, WIDTH - 60
    height = TOP + len(rows) * ROW * 2 + BOTTOM

    def x(share: float) -> float:
        return plot_left + share * (plot_right - plot_left)

    parts = [
        _head(height, title, description),
        f'<rect x="{plot_left}" y="6" width="12" height="12" fill="{BASELINE}"/>'
        f'<text x="{plot_left + 18}" y="16" font-size="12" fill="{INK}">{escape(before)}</text>'
        f'<rect x="{plot_left + 200}" y="6" width="12" height="12" fill="{AFTER}"/>'
        f'<text x="{plot_left + 218}" y="16" font-size="12" fill="{INK}">{escape(after)}</text>',
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1):
        parts.append(
            f'<line x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="{TOP - 4}" '
            f'y2="{height - BOTTOM + 4}" stroke="{GRID}" stroke-width="0.8"/>'
            f'<text x="{x(tick):.1f}" y="{height - BOTTOM + 18}" font-size="12" '
            f'text-anchor="middle" fill="{MUTED}">{round(tick * 100)} %</text>'
        )
    for index, (label, pre, post) in enumerate(rows):
        y = TOP + index * ROW * 2
        parts.append(
            f'<text x="{LABEL_WIDTH}" y="{y + ROW - 4:.1f}" font-size="13" text-anchor="end" '
            f'fill="{INK}">{escape(_short(label))}</text>'
        )
        for offset, share, colour in [(2, pre, BASELINE), (ROW, post, AFTER)]:
            parts.append(
                f'<rect x="{plot_left}" y="{y + offset:.1f}" width="{x(share) - plot_left:.1f}" '
                f'height="{ROW - 6}" fill="{colour}"/>'
                f'<text x="{x(share) + 4:.1f}" y="{y + offset + ROW - 11:.1f}" font-size="12" '
                f'fill="{INK}">{round(share * 100)} %</text>'
            )
    parts.append("</svg>")
    return _with_id("".join(parts), title)


def _head(height: int, title: str, description: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        'width="100%" role="img" aria-labelledby="{id}-t {id}-d" class="chart">'
        f'<title id="{{id}}-t">{escape(title)}</title>'
        f'<desc id="{{id}}-d">{escape(description)}</desc>'
    )


def _short(label: str, length: int = 34) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


_counter = {"n": 0}


def _with_id(svg: str, title: str) -> SafeString:
    _counter["n"] += 1
    ident = f"chart{_counter['n']}"
    return mark_safe(svg.replace("{id}", ident))  # noqa: S308 - every text was escaped above
