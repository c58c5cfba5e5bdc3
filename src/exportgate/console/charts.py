"""The overview's charts: figures from the audit log and the review queue, drawn as inline SVG on
the server (no script, no external assets; the console's CSP allows neither).

:func:`overview_figures` reads the store (bounded); :func:`stacked_columns` and :func:`bars` draw.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from html import escape
from typing import Any

import msgspec
import sqlalchemy as sa

from exportgate.store import Store
from exportgate.store.schema import audit_log

WINDOW_HOURS = 24
MAX_ROWS = 50_000
TOP = 6
OUTCOME_COLOURS = {"allow": "#2e7d32", "review": "#f9a825", "deny": "#c62828"}
PALETTE = ("#1565c0", "#c62828", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#8d6e63")
AGE_BUCKETS: tuple[tuple[str, float], ...] = (
    ("under 1 h", 1),
    ("1–4 h", 4),
    ("4–24 h", 24),
    ("1–7 days", 168),
    ("over 7 days", 1e12),
)


class Figures(msgspec.Struct, kw_only=True):
    hours: list[str]
    by_outcome: dict[str, list[int]]
    by_reason: dict[str, list[int]]
    refused_countries: list[tuple[str, int]]
    queue_age: list[tuple[str, int]]
    backlog: int | None
    capped: bool
    total: int


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def overview_figures(
    store: Store, backlog: int | None = None, now: dt.datetime | None = None
) -> Figures:
    """Decisions in the last :data:`WINDOW_HOURS` hours (the newest :data:`MAX_ROWS` at most),
    by hour and outcome and by hour and first reason code; the countries of refused requests;
    the age of open review items; the detector's backlog when this gateway runs one."""
    now = now or dt.datetime.now(dt.UTC)
    start = (now - dt.timedelta(hours=WINDOW_HOURS - 1)).replace(minute=0, second=0, microsecond=0)
    hours = [start + dt.timedelta(hours=i) for i in range(WINDOW_HOURS)]
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(audit_log.c.ts, audit_log.c.decision, audit_log.c.record)
            .where(audit_log.c.kind == "decision", audit_log.c.ts >= start)
            .order_by(audit_log.c.seq.desc())
            .limit(MAX_ROWS)
        ).all()
    outcome: dict[str, list[int]] = {k: [0] * WINDOW_HOURS for k in OUTCOME_COLOURS}
    reason_hours: dict[str, list[int]] = {}
    countries: Counter[str] = Counter()
    for row in rows:
        index = int((_utc(row.ts) - start).total_seconds() // 3600)
        if not 0 <= index < WINDOW_HOURS:
            continue
        decision = str(row.decision or "")
        outcome.setdefault(decision, [0] * WINDOW_HOURS)[index] += 1
        record: dict[str, Any] = row.record if isinstance(row.record, dict) else {}
        reasons = record.get("reasons") or []
        code = str(reasons[0].get("code")) if reasons and isinstance(reasons[0], dict) else ""
        if code:
            reason_hours.setdefault(code, [0] * WINDOW_HOURS)[index] += 1
        if decision == "deny":
            location = record.get("location")
            country = location.get("country") if isinstance(location, dict) else None
            countries[str(country) if country else "unknown"] += 1
    ranked = sorted(reason_hours, key=lambda c: -sum(reason_hours[c]))
    by_reason = {c: reason_hours[c] for c in ranked[:TOP]}
    if len(ranked) > TOP:
        by_reason["other"] = [
            sum(reason_hours[c][i] for c in ranked[TOP:]) for i in range(WINDOW_HOURS)
        ]
    ages = Counter[str]()
    for item in store.review_items("open"):
        age_h = (now - _utc(item.created_at)).total_seconds() / 3600
        ages[next(label for label, limit in AGE_BUCKETS if age_h < limit)] += 1
    return Figures(
        hours=[h.strftime("%H:00") for h in hours],
        by_outcome=outcome,
        by_reason=by_reason,
        refused_countries=countries.most_common(10),
        queue_age=[(label, ages[label]) for label, _ in AGE_BUCKETS],
        backlog=backlog,
        capped=len(rows) >= MAX_ROWS,
        total=len(rows),
    )


def _colour(series: list[str], colours: dict[str, str] | None) -> Callable[[str], str]:
    def pick(name: str) -> str:
        if colours and name in colours:
            return colours[name]
        return PALETTE[series.index(name) % len(PALETTE)]

    return pick


def stacked_columns(
    chart_id: str,
    title: str,
    labels: list[str],
    series: dict[str, list[int]],
    colours: dict[str, str] | None = None,
    width: int = 720,
    height: int = 200,
) -> str:
    """Columns per label, stacked by series, with a legend and a text table for screen readers."""
    names = [n for n in series if any(series[n])]
    totals = [sum(series[n][i] for n in names) for i in range(len(labels))]
    peak = max(totals, default=0) or 1
    left, bottom, top = 40, 22, 10
    plot_h = height - bottom - top
    step = (width - left) / max(len(labels), 1)
    colour = _colour(names, colours)
    parts = [
        f'<svg id="{escape(chart_id)}" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height + 20 * ((len(names) + 3) // 4)}" width="100%" '
        'xmlns="http://www.w3.org/2000/svg" font-size="11" font-family="sans-serif">',
        f'<text x="0" y="{top + 8}" fill="#555">{peak}</text>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width}" y2="{top + plot_h}" stroke="#999"/>',
    ]
    for i, label in enumerate(labels):
        x = left + i * step
        y = float(top + plot_h)
        for name in names:
            value = series[name][i]
            if not value:
                continue
            h = plot_h * value / peak
            y -= h
            parts.append(
                f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" '
                f'height="{h:.1f}" fill="{colour(name)}"><title>{escape(label)} '
                f"{escape(name)}: {value}</title></rect>"
            )
        if i % 3 == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" fill="#555">{escape(label)}</text>')
    for j, name in enumerate(names):
        lx, ly = (j % 4) * 180, height + 8 + 20 * (j // 4)
        parts.append(
            f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{colour(name)}"/>'
            f'<text x="{lx + 14}" y="{ly + 9}">{escape(name)} '
            f"({sum(series[name])})</text>"
        )
    if not names:
        parts.append(
            f'<text x="{left + 10}" y="{top + plot_h / 2}" fill="#555">No decisions '
            "in this window.</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def bars(
    chart_id: str,
    title: str,
    rows: list[tuple[str, int]],
    colour: str = "#17324d",
    width: int = 360,
    empty: str = "Nothing to show.",
) -> str:
    """Horizontal bars, one per row, labelled with the value."""
    if not rows or not any(v for _, v in rows):
        return f'<p id="{escape(chart_id)}" class="empty-chart">{escape(empty)}</p>'
    peak = max(v for _, v in rows) or 1
    row_h, label_w = 22, 110
    height = row_h * len(rows) + 4
    parts = [
        f'<svg id="{escape(chart_id)}" role="img" aria-label="{escape(title)}" '
        f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg" '
        'font-size="12" font-family="sans-serif">'
    ]
    for i, (label, value) in enumerate(rows):
        y = 2 + i * row_h
        w = (width - label_w - 50) * value / peak
        parts.append(
            f'<text x="0" y="{y + 14}">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
            f'fill="{colour}"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 14}">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def overview_charts(figures: Figures) -> str:
    """The overview's chart cards as HTML."""
    note = f" (the newest {MAX_ROWS:,} decisions only)" if figures.capped else ""
    cards = [
        (
            "Decisions per hour by outcome, last 24 h (UTC)" + note,
            stacked_columns(
                "chart-outcomes",
                "Decisions per hour by outcome",
                figures.hours,
                figures.by_outcome,
                OUTCOME_COLOURS,
            ),
        ),
        (
            "Decisions per hour by reason code (first reason)",
            stacked_columns(
                "chart-reasons",
                "Decisions per hour by reason code",
                figures.hours,
                figures.by_reason,
            ),
        ),
        (
            "Top refused countries, last 24 h",
            bars(
                "chart-countries",
                "Top refused countries",
                figures.refused_countries,
                "#c62828",
                empty="No refused requests in this window.",
            ),
        ),
        (
            "Review queue age (open items)",
            bars(
                "chart-queue-age",
                "Open review items by age",
                figures.queue_age,
                "#f9a825",
                empty="The review queue is empty.",
            ),
        ),
    ]
    html = "".join(
        f'<div class="card chart"><h3>{escape(title)}</h3>{svg}</div>' for title, svg in cards
    )
    if figures.backlog is not None:
        html += (
            '<div class="card chart"><h3>Distillation detector backlog</h3>'
            f'<p><b id="detector-backlog">{figures.backlog}</b> served requests waiting '
            "for the detector on this gateway.</p></div>"
        )
    return f'<h2>Last 24 hours</h2><div class="charts">{html}</div>'
