"""HTML pages of the compliance console, rendered from plain data (no I/O here).

Every value shown is escaped; forms carry the session's CSRF token.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from html import escape
from typing import Any
from urllib.parse import quote

import msgspec

from exportgate.records import Alert, ReviewItem
from exportgate.screening.api import ScreeningMatch, StoredMatch

# "Name (role)" of the officer the page is rendered for; set by the console per request, so every
# page's header shows who is signed in without each page passing it along.
CURRENT_OFFICER: ContextVar[str] = ContextVar("CURRENT_OFFICER", default="")

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#17324d;color:#fff;padding:.7rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
header a{color:#dce8f5;text-decoration:none}header a.on{color:#fff;font-weight:600}
header form{margin-left:auto}main{padding:1.2rem 1.5rem;max-width:72rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.4rem .6rem;
border-bottom:1px solid #e2e5e9;vertical-align:top}th{background:#eef1f4;font-weight:600}
.card{background:#fff;border:1px solid #e2e5e9;border-radius:6px;padding:1rem;margin:0 0 1rem}
.stat{display:inline-block;margin-right:2.5rem}.stat b{font-size:1.6rem;display:block}
.pill{padding:.1rem .5rem;border-radius:9px;font-size:.85em;background:#eef1f4}
.on-pill{background:#fde2e1;color:#8a1c14}.ok{color:#155724}.bad{color:#8a1c14}
.flash{padding:.6rem 1rem;border-radius:6px;margin-bottom:1rem;background:#e6f4ea}
.flash.error{background:#fde2e1}pre{white-space:pre-wrap;background:#f1f3f5;padding:.6rem;
border-radius:4px;font-size:.85em}label{display:block;margin:.4rem 0}
input[type=text],input[type=password],textarea{width:100%;max-width:32rem;padding:.35rem}
button{padding:.4rem .9rem;border-radius:4px;border:1px solid #17324d;background:#17324d;color:#fff}
button.secondary{background:#fff;color:#17324d}
.who{color:#dce8f5;font-size:.9em}.charts{display:grid;grid-template-columns:repeat(auto-fit,
minmax(22rem,1fr));gap:1rem}.chart h3{margin:.1rem 0 .5rem;font-size:1rem}
form.inline{display:inline}.proposal{border-left:4px solid #f9a825}
"""

NAV = (
    ("overview", "/console", "Overview"),
    ("reviews", "/console/reviews", "Review queue"),
    ("accounts", "/console/accounts", "Accounts"),
    ("alerts", "/console/alerts", "Alerts"),
    ("models", "/console/models", "Models"),
    ("audit", "/console/audit", "Audit"),
)


def e(value: Any) -> str:
    return escape("" if value is None else str(value))


def when(value: Any) -> str:
    return e(value.strftime("%Y-%m-%d %H:%M:%S UTC") if hasattr(value, "strftime") else value)


def csrf_field(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{e(csrf)}">'


def layout(
    title: str,
    body: str,
    *,
    active: str = "",
    csrf: str | None = None,
    flash: str | None = None,
    error: str | None = None,
    who: str | None = None,
) -> str:
    links = NAV + (
        (("officers", "/console/officers", "Officers"),)
        if CURRENT_OFFICER.get().endswith("(admin)")
        else ()
    )
    nav = (
        "".join(
            f'<a href="{href}" class="{"on" if key == active else ""}">{label}</a>'
            for key, href, label in links
        )
        if csrf is not None
        else ""
    )
    logout = (
        (
            '<form method="post" action="/console/logout">'
            + (
                f'<span class="who" id="who">{e(who or CURRENT_OFFICER.get())}</span> '
                if (who or CURRENT_OFFICER.get())
                else ""
            )
            + f'{csrf_field(csrf)}<button class="secondary">Sign out</button></form>'
        )
        if csrf is not None
        else ""
    )
    notes = (f'<div class="flash" role="status">{e(flash)}</div>' if flash else "") + (
        f'<div class="flash error" role="alert">{e(error)}</div>' if error else ""
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(title)} · '
        'exportgate console</title><link rel="stylesheet" href="/console/console.css">'
        f"</head><body><header><strong>exportgate</strong>{nav}{logout}</header><main>"
        f"<h1>{e(title)}</h1>{notes}{body}</main></body></html>"
    )


def overview(
    *,
    paused: bool,
    open_reviews: int,
    open_alerts: int,
    audit_entries: int,
    recent: list[dict[str, Any]],
    csrf: str,
    flash: str | None = None,
    pause_actions: str = "",
    charts: str = "",
    error: str | None = None,
) -> str:
    state = (
        '<span class="pill on-pill">ON: international access to controlled models is paused</span>'
        if paused
        else '<span class="pill">off</span>'
    )
    body = (
        f'<div class="card"><span class="stat"><b id="open-reviews">{open_reviews}</b>'
        f'<a href="/console/reviews">open review items</a></span>'
        f'<span class="stat"><b id="open-alerts">{open_alerts}</b>'
        f'<a href="/console/alerts">open alerts</a></span>'
        f'<span class="stat"><b>{audit_entries}</b><a href="/console/audit">audit entries</a>'
        "</span></div>"
        f'<div class="card"><h2>International-access pause</h2><p id="pause-state">{state}</p>'
        "<p>While on, every request to an export-controlled model from outside the home "
        "countries, or by a person who is not a US person, is refused with "
        "INTERNATIONAL_ACCESS_PAUSED. Running gateways apply a flip within seconds; each flip "
        "is audited. An admin turns it on alone; turning it off takes a second officer's "
        f"approval.</p>{pause_actions}</div>{charts}"
        "<h2>Latest audit entries</h2>" + audit_table(recent)
    )
    return layout("Overview", body, active="overview", csrf=csrf, flash=flash, error=error)


def reviews(items: list[ReviewItem], status: str, csrf: str) -> str:
    tabs = " · ".join(
        f'<a href="/console/reviews?status={s}">{"<b>" + s + "</b>" if s == status else s}</a>'
        for s in ("open", "resolved", "all")
    )
    rows = "".join(
        f'<tr><td><a href="/console/reviews/{item.id}">#{item.id}</a></td>'
        f"<td>{when(item.created_at)}</td><td>{e(item.account_id)}</td>"
        f"<td>{e(item.code)}</td><td>{e(item.summary)}</td><td>{e(item.status)}</td>"
        "</tr>"
        for item in items
    )
    table = (
        (
            '<table id="reviews"><tr><th>Item</th><th>Queued</th><th>Account</th><th>Reason'
            "</th><th>Summary</th><th>Status</th></tr>" + rows + "</table>"
        )
        if items
        else f"<p>No {'' if status == 'all' else status + ' '}review items.</p>"
    )
    return layout("Review queue", f"<p>{tabs}</p>{table}", active="reviews", csrf=csrf)


def entries_table(entries: list[ScreeningMatch], selectable: bool) -> str:
    return _entries_table(entries, selectable)


def _entries_table(entries: list[ScreeningMatch], selectable: bool) -> str:
    rows = "".join(
        "<tr><td><label>"
        + (
            f'<input type="checkbox" name="entry" value="{e(m.list)}:{e(m.list_id)}" checked> '
            if selectable
            else ""
        )
        + f"{e(m.list)} #{e(m.list_id)}</label></td><td>{e(m.name)}</td>"
        f"<td>{e(m.subject if isinstance(m, StoredMatch) else None)}</td>"
        f"<td>{m.score:.2f}</td><td>{e(m.explanation)}</td></tr>"
        for m in entries
    )
    return (
        '<h2>List entries</h2><table id="entries"><tr><th>Entry</th><th>Listed name</th>'
        "<th>Screened name</th><th>Score</th><th>Why it matched</th></tr>" + rows + "</table>"
    )


def review(
    item: ReviewItem,
    account: dict[str, Any] | None,
    entries: list[ScreeningMatch],
    verdicts: tuple[str, ...],
    csrf: str,
    flash: str | None = None,
    error: str | None = None,
    actions: str | None = None,
) -> str:
    """``actions``: the verdict form or the proposal awaiting approval (see
    :mod:`exportgate.console.views`), shown while the item is open."""
    who = (
        f" ({e(account.get('name'))}, {e(account.get('country'))})"
        if account
        else " (not in the store)"
    )
    body = (
        f'<div class="card"><p><b>{e(item.code)}</b> for account '
        f'<a href="/console/accounts/{e(quote(item.account_id, safe=""))}">'
        f"<b>{e(item.account_id)}</b></a>{who} — queued {when(item.created_at)}, "
        f'<span id="status">{e(item.status)}</span></p><p>{e(item.summary)}</p>'
    )
    if item.resolution:
        body += f'<p id="resolution">Resolution: {e(item.resolution)}</p>'
    body += "</div>"
    is_open = item.status == "open"
    if is_open and actions is not None:
        body += actions
    elif entries:
        body += _entries_table(entries, selectable=False)
    detail = json.dumps(msgspec.to_builtins(item.detail), indent=2, default=str, ensure_ascii=False)
    body += f"<h2>Evidence</h2><pre>{e(detail)}</pre>"
    return layout(
        f"Review item #{item.id}", body, active="reviews", csrf=csrf, flash=flash, error=error
    )


VERDICT_WORDS = {
    "false_positive": "False positive — not this list entry; decide the account without it",
    "true_match": "True match — the account is this listed party; refuse it",
    "cleared": "Cleared — the hold was justified or is resolved; nothing to change",
    "upheld": "Upheld — keep holding the account's requests",
}


# What each kind of alert is called, and the command that writes its evidence package.
ALERT_KINDS = {
    "DISTILLATION_SUSPECTED": (
        "Distillation",
        "exportgate report distillation {account} --usage USAGE.jsonl --out DIR",
    ),
    "BYPASS_ACCOUNT_HOLD": ("Safeguard bypass", "exportgate report bypass {account} --out DIR"),
}


def alert_kind(code: str) -> str:
    return ALERT_KINDS.get(code, (code, ""))[0]


def alerts(items: list[Alert], csrf: str) -> str:
    """Distillation and safeguard-bypass alerts in one list, each linked to its report."""
    rows = "".join(
        f'<tr><td><a href="/console/alerts/{a.id}">#{a.id}</a></td>'
        f"<td>{e(alert_kind(a.code))}</td>"
        f"<td>{when(a.created_at)}</td><td>{e(a.account_id)}</td>"
        f"<td>{a.score:.2f}</td><td>{e(a.summary)}</td>"
        f'<td><a class="report" href="/console/alerts/{a.id}/report">Report</a></td></tr>'
        for a in items
    )
    body = (
        (
            '<table id="alerts"><tr><th>Alert</th><th>Kind</th><th>Raised</th><th>Account</th>'
            "<th>Score</th><th>Why</th><th>Report</th></tr>" + rows + "</table>"
        )
        if items
        else "<p>No distillation or safeguard-bypass alerts.</p>"
    )
    return layout("Alerts", body, active="alerts", csrf=csrf)


def alert(item: Alert, csrf: str) -> str:
    evidence = json.dumps(msgspec.to_builtins(item.evidence), indent=2, default=str)
    kind, command = ALERT_KINDS.get(item.code, (item.code, ""))
    cli = (
        f"(for authorities: <code>{e(command.format(account=item.account_id))}</code>)"
        if command
        else ""
    )
    body = (
        f'<div class="card"><p><b>{e(kind)}</b> alert (<b>{e(item.code)}</b>) for account '
        f"<b>{e(item.account_id)}</b>, score {item.score:.2f}, raised "
        f"{when(item.created_at)}</p><p>{e(item.summary)}</p>"
        f'<p><a class="report" href="/console/alerts/{item.id}/report">Evidence package</a> '
        f"{cli}</p></div><h2>Evidence</h2>"
        f"<pre>{e(evidence)}</pre>"
    )
    return layout(f"Alert #{item.id}", body, active="alerts", csrf=csrf)


def audit_table(entries: list[dict[str, Any]]) -> str:
    if not entries:
        return "<p>No audit entries yet.</p>"
    rows = "".join(
        f"<tr><td>{e(r['seq'])}</td><td>{when(r['ts'])}</td><td>{e(r['kind'])}</td>"
        f"<td>{e(r.get('subject'))}</td><td>{e(r.get('decision'))}</td>"
        f"<td>{e(_reasons(r.get('record')))}</td></tr>"
        for r in entries
    )
    return (
        '<table id="audit"><tr><th>#</th><th>Time</th><th>Kind</th><th>Subject</th>'
        "<th>Decision</th><th>Reasons</th></tr>" + rows + "</table>"
    )


def _reasons(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    reasons = record.get("reasons")
    if isinstance(reasons, list):
        return ", ".join(str(r.get("code", r)) if isinstance(r, dict) else str(r) for r in reasons)
    return str(record.get("resolution") or record.get("reason") or "")


def not_found(what: str, csrf: str | None) -> str:
    return layout("Not found", f"<p>{e(what)}</p>", csrf=csrf)


def models(
    rows: list[dict[str, Any]], csrf: str, flash: str | None = None, error: str | None = None
) -> str:
    """Per-model access orders (issue 16): each model's access rule, pause, approved list and
    fallback, with forms to change them (every change audited, applied within seconds)."""
    cards = []
    for row in rows:
        model_id = e(row["id"])
        base = f"/console/models/{model_id}"
        who = '<label>Reason <input type="text" name="reason" required></label>'
        state = (
            '<span class="pill on-pill">PAUSED for every caller</span>'
            if row["paused"]
            else '<span class="pill">not paused</span>'
        )
        approved = (
            "".join(
                f'<li>{e(a)} <form method="post" action="{base}/unapprove">'
                f'{csrf_field(csrf)}<input type="hidden" name="account" value="{e(a)}">'
                '<input type="hidden" name="reason" value="removal proposed in the console">'
                '<button class="secondary">Propose removal</button></form>'
                "</li>"
                for a in row["approved_accounts"]
            )
            or "<li>none</li>"
        )
        options = "".join(
            f'<option value="{v}"{" selected" if v == row["access"] else ""}>{v}</option>'
            for v in ("open", "us_persons", "approved")
        )
        cards.append(
            f'<div class="card" id="model-{model_id}"><h2>{model_id}</h2>'
            f'<p>access <b class="access">{e(row["access"])}</b> · {state} · fallback '
            f"{e(row['fallback'] or 'none')} · {'export-controlled' if row['controlled'] else 'not controlled'}</p>"
            f'<form method="post" action="{base}/pause">{csrf_field(csrf)}'
            f'<input type="hidden" name="state" value="{"off" if row["paused"] else "on"}">{who}'
            f"<button>{'Resume' if row['paused'] else 'Pause'} {model_id}</button></form>"
            f'<form method="post" action="{base}/access">{csrf_field(csrf)}'
            f'<label>Access <select name="access">{options}</select></label>{who}'
            "<button>Change access</button></form>"
            f'<h3>Approved accounts</h3><ul class="approved">{approved}</ul>'
            f'<form method="post" action="{base}/approve">{csrf_field(csrf)}'
            f'<label>Account id <input type="text" name="account" required></label>{who}'
            "<button>Propose approval</button></form></div>"
        )
    intro = (
        "<p>Per-model access orders. <b>us_persons</b>: only verified US persons named as "
        "the request's end user; <b>approved</b>: only the approved accounts (their "
        "foreign-national staff included). A paused model is refused to everyone. A "
        "request refused only by these rules is served by the fallback model. Pausing a "
        "model or changing its access is one admin's signature; resuming a model and "
        "editing an approved list are proposed and take effect when a different approver "
        'approves them (overview, "Other changes awaiting approval"). Every change is '
        "audited and running gateways apply it within seconds; the international-access "
        "pause is on the overview.</p>"
    )
    return layout(
        "Models", intro + "".join(cards), active="models", csrf=csrf, flash=flash, error=error
    )
