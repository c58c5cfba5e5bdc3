"""Small server-side SVG charts for the demo report (no script, no CDN: the report is one file).

Each function returns one ``<svg role="img">`` element with a ``<title>`` that says in words
what the picture shows, so that the report reads the same to a screen reader.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

GREEN, RED, AMBER, GREY, BLUE, INK = (
    "#1b7f3b",
    "#b42318",
    "#b54708",
    "#98a2b3",
    "#175cd3",
    "#1d2939",
)
FONT = "font-family='system-ui,sans-serif' font-size='12'"


def _svg(width: int, height: int, title: str, body: str, ident: str) -> str:
    return (
        f"<svg id='{ident}' role='img' xmlns='http://www.w3.org/2000/svg' width='{width}' "
        f"height='{height}' viewBox='0 0 {width} {height}' {FONT}><title>{escape(title)}"
        f"</title>{body}</svg>"
    )


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str
    note: str = ""


def bar_chart(
    bars: Sequence[Bar],
    title: str,
    ident: str,
    width: int = 640,
    marker: tuple[float, str] | None = None,
) -> str:
    """Horizontal bars, one per row; ``marker`` draws a labelled vertical threshold line."""
    row, left, right = 26, 230, 90
    height = row * len(bars) + 30
    top = max([b.value for b in bars] + [marker[0] if marker else 0.0, 1.0])
    scale = (width - left - right) / top
    parts = []
    for i, b in enumerate(bars):
        y = 10 + i * row
        w = max(1.0, b.value * scale)
        parts.append(
            f"<text x='{left - 8}' y='{y + 15}' text-anchor='end' fill='{INK}'>{escape(b.label)}"
            f"</text><rect x='{left}' y='{y + 3}' width='{w:.1f}' height='{row - 8}' "
            f"fill='{b.colour}' rx='3'/><text x='{left + w + 6:.1f}' y='{y + 15}' fill='{INK}'>"
            f"{escape(b.note or f'{b.value:g}')}</text>"
        )
    if marker is not None:
        x = left + marker[0] * scale
        parts.append(
            f"<line x1='{x:.1f}' x2='{x:.1f}' y1='4' y2='{height - 18}' stroke='{INK}' "
            f"stroke-dasharray='4 3'/><text x='{x:.1f}' y='{height - 4}' "
            f"text-anchor='middle' fill='{INK}'>{escape(marker[1])}</text>"
        )
    return _svg(width, height, title, "".join(parts), ident)


@dataclass(frozen=True)
class Node:
    ident: str
    label: str
    colour: str
    hub: bool = False


def cluster_graph(
    members: Sequence[Node],
    hubs: Sequence[Node],
    others: Sequence[Node],
    title: str,
    ident: str,
    width: int = 640,
    height: int = 330,
) -> str:
    """The cluster's accounts on a ring, joined to the shared values (hubs) in its middle;
    unrelated accounts drawn apart, joined to nothing."""
    cx, cy, radius = 240, height / 2, 120
    pos: dict[str, tuple[float, float]] = {}
    for i, node in enumerate(members):
        angle = 2 * math.pi * i / max(1, len(members)) - math.pi / 2
        pos[node.ident] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    for i, hub in enumerate(hubs):
        pos[hub.ident] = (
            cx,
            cy - 28 * (len(hubs) - 1) / 2 + 56 * i / max(1, len(hubs) - 1) if len(hubs) > 1 else cy,
        )
    for i, node in enumerate(others):
        pos[node.ident] = (width - 90, 60 + i * 70)
    edges = "".join(
        f"<line x1='{pos[m.ident][0]:.1f}' y1='{pos[m.ident][1]:.1f}' x2='{pos[h.ident][0]:.1f}' "
        f"y2='{pos[h.ident][1]:.1f}' stroke='{GREY}' stroke-width='1.5'/>"
        for m in members
        for h in hubs
    )
    nodes = []
    for node in [*members, *others]:
        x, y = pos[node.ident]
        nodes.append(
            f"<circle cx='{x:.1f}' cy='{y:.1f}' r='13' fill='{node.colour}'/>"
            f"<text x='{x:.1f}' y='{y + 28:.1f}' text-anchor='middle' fill='{INK}'>"
            f"{escape(node.label)}</text>"
        )
    for hub in hubs:
        x, y = pos[hub.ident]
        w = 8 + 6.6 * len(hub.label)
        nodes.append(
            f"<rect x='{x - w / 2:.1f}' y='{y - 11:.1f}' width='{w:.1f}' height='22' "
            f"rx='11' fill='#fff' stroke='{hub.colour}' stroke-width='2'/>"
            f"<text x='{x:.1f}' y='{y + 4:.1f}' text-anchor='middle' fill='{INK}'>"
            f"{escape(hub.label)}</text>"
        )
    if others:
        nodes.append(
            f"<text x='{width - 90}' y='24' text-anchor='middle' fill='{INK}'>ordinary users</text>"
        )
    return _svg(width, height, title, edges + "".join(nodes), ident)


@dataclass(frozen=True)
class Mark:
    at: float
    row: str
    colour: str


def timeline(
    rows: Sequence[str],
    marks: Sequence[Mark],
    span: float,
    title: str,
    ident: str,
    flagged_at: float | None = None,
    unit: str = "s",
    width: int = 640,
) -> str:
    """One row per account, one dot per request along the time axis; a line where flagged."""
    row_h, left, right = 22, 120, 20
    height = row_h * len(rows) + 50
    span = max(span, 1e-9)
    scale = (width - left - right) / span
    index = {name: i for i, name in enumerate(rows)}
    parts = [
        f"<text x='{left - 8}' y='{20 + i * row_h + 4}' text-anchor='end' fill='{INK}'>"
        f"{escape(name)}</text><line x1='{left}' x2='{width - right}' y1='{20 + i * row_h}' "
        f"y2='{20 + i * row_h}' stroke='#eaecf0'/>"
        for i, name in enumerate(rows)
    ]
    for m in marks:
        y = 20 + index[m.row] * row_h
        parts.append(f"<circle cx='{left + m.at * scale:.1f}' cy='{y}' r='4' fill='{m.colour}'/>")
    axis_y = 20 + len(rows) * row_h
    parts.append(
        f"<line x1='{left}' x2='{width - right}' y1='{axis_y - 8}' y2='{axis_y - 8}' "
        f"stroke='{INK}'/><text x='{left}' y='{axis_y + 8}' fill='{INK}'>0 {unit}</text>"
        f"<text x='{width - right}' y='{axis_y + 8}' text-anchor='end' fill='{INK}'>"
        f"{span:.1f} {unit}</text>"
    )
    if flagged_at is not None:
        x = left + flagged_at * scale
        parts.append(
            f"<line x1='{x:.1f}' x2='{x:.1f}' y1='8' y2='{axis_y - 8}' stroke='{RED}' "
            f"stroke-width='2'/><text x='{x:.1f}' y='{axis_y + 24}' text-anchor='middle' "
            f"fill='{RED}'>flagged at {flagged_at:.1f} {unit}</text>"
        )
    return _svg(width, height, title, "".join(parts), ident)


@dataclass(frozen=True)
class Phase:
    label: str
    served: int
    refused: int


def phase_strip(phases: Sequence[Phase], title: str, ident: str, width: int = 640) -> str:
    """Phases side by side (e.g. before, during and after a pause), each with its counts of
    requests served (green) and refused (red) as stacked squares."""
    cell, gap = 14, 3
    col = (width - 20) / max(1, len(phases))
    rows = max([p.served + p.refused for p in phases] + [1])
    per_line = max(1, int((col - 30) // (cell + gap)))
    height = 70 + math.ceil(rows / per_line) * (cell + gap)
    parts = []
    for i, phase in enumerate(phases):
        x0 = 10 + i * col
        fill = (
            "#fef3f2"
            if "pause" in phase.label.lower() and "off" not in phase.label.lower()
            else "#f9fafb"
        )
        parts.append(
            f"<rect x='{x0:.1f}' y='0' width='{col - 8:.1f}' height='{height}' "
            f"fill='{fill}' rx='6'/><text x='{x0 + 10:.1f}' y='20' fill='{INK}' "
            f"font-weight='600'>{escape(phase.label)}</text><text x='{x0 + 10:.1f}' "
            f"y='38' fill='{INK}'>{phase.served} served, {phase.refused} refused</text>"
        )
        squares = [GREEN] * phase.served + [RED] * phase.refused
        for k, colour in enumerate(squares):
            sx = x0 + 10 + (k % per_line) * (cell + gap)
            sy = 50 + (k // per_line) * (cell + gap)
            parts.append(
                f"<rect x='{sx:.1f}' y='{sy}' width='{cell}' height='{cell}' "
                f"fill='{colour}' rx='2'/>"
            )
    return _svg(width, height, title, "".join(parts), ident)
