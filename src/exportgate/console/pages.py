"""HTML pages of the compliance console, rendered from plain data (no I/O here).

Every value shown is escaped; forms carry the session's CSRF token.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

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
"""

NAV = (("overview", "/console", "Overview"), ("reviews", "/console/reviews", "Review queue"),
       ("alerts", "/console/alerts", "Distillation alerts"), ("audit", "/console/audit", "Audit"))


def e(value: Any) -> str:
    return escape("" if value is None else str(value))


def when(value: Any) -> str:
    return e(value.strftime("%Y-%m-%d %H:%M:%S UTC") if hasattr(value, "strftime") else value)


def csrf_field(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{e(csrf)}">'


def layout(title: str, body: str, *, active: str = "", csrf: str | None = None,
           flash: str | None = None, error: str | None = None) -> str:
    nav = "".join(f'<a href="{href}" class="{"on" if key == active else ""}">{label}</a>'
                  for key, href, label in NAV) if csrf is not None else ""
    logout = (f'<form method="post" action="/console/logout">{csrf_field(csrf)}'
              '<button class="secondary">Sign out</button></form>') if csrf is not None else ""
    notes = (f'<div class="flash" role="status">{e(flash)}</div>' if flash else "") + \
            (f'<div class="flash error" role="alert">{e(error)}</div>' if error else "")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(title)} · '
            'exportgate console</title><link rel="stylesheet" href="/console/console.css">'
            f'</head><body><header><strong>exportgate</strong>{nav}{logout}</header><main>'
            f'<h1>{e(title)}</h1>{notes}{body}</main></body></html>')


def login(error: str | None = None) -> str:
    body = ('<form method="post" action="/console/login" class="card">'
            '<label>Console token <input type="password" name="token" autofocus '
            'autocomplete="current-password"></label><button>Sign in</button></form>')
    return layout("Sign in", body, error=error)


def overview(*, paused: bool, open_reviews: int, open_alerts: int, audit_entries: int,
             recent: list[dict[str, Any]], csrf: str, flash: str | None = None) -> str:
    state = ('<span class="pill on-pill">ON: international access to controlled models is '
             'paused</span>' if paused else '<span class="pill">off</span>')
    action = "off" if paused else "on"
    button = "Resume international access" if paused else "Pause international access"
    body = (
        f'<div class="card"><span class="stat"><b id="open-reviews">{open_reviews}</b>'
        f'<a href="/console/reviews">open review items</a></span>'
        f'<span class="stat"><b id="open-alerts">{open_alerts}</b>'
        f'<a href="/console/alerts">distillation alerts</a></span>'
        f'<span class="stat"><b>{audit_entries}</b><a href="/console/audit">audit entries</a>'
        '</span></div>'
        f'<div class="card"><h2>International-access pause</h2><p id="pause-state">{state}</p>'
        '<p>While on, every request to an export-controlled model from outside the home '
        'countries, or by a person who is not a US person, is refused with '
        'INTERNATIONAL_ACCESS_PAUSED. Running gateways apply a flip within seconds; each flip '
        'is audited.</p>'
        f'<form method="post" action="/console/pause">{csrf_field(csrf)}'
        f'<input type="hidden" name="state" value="{action}">'
        '<label>Your name <input type="text" name="by" required></label>'
        '<label>Reason <input type="text" name="reason" required></label>'
        f'<button>{button}</button></form></div>'
        '<h2>Latest audit entries</h2>' + audit_table(recent))
    return layout("Overview", body, active="overview", csrf=csrf, flash=flash)


def reviews(items: list[dict[str, Any]], status: str, csrf: str) -> str:
    tabs = " · ".join(
        f'<a href="/console/reviews?status={s}">{"<b>" + s + "</b>" if s == status else s}</a>'
        for s in ("open", "resolved", "all"))
    rows = "".join(
        f'<tr><td><a href="/console/reviews/{item["id"]}">#{item["id"]}</a></td>'
        f'<td>{when(item["created_at"])}</td><td>{e(item["account_id"])}</td>'
        f'<td>{e(item["code"])}</td><td>{e(item["summary"])}</td><td>{e(item["status"])}</td>'
        '</tr>' for item in items)
    table = ('<table id="reviews"><tr><th>Item</th><th>Queued</th><th>Account</th><th>Reason'
             '</th><th>Summary</th><th>Status</th></tr>' + rows + '</table>') if items else \
        f'<p>No {"" if status == "all" else status + " "}review items.</p>'
    return layout("Review queue", f"<p>{tabs}</p>{table}", active="reviews", csrf=csrf)


def _entries_table(entries: list[dict[str, Any]], selectable: bool) -> str:
    rows = "".join(
        '<tr><td><label>'
        + (f'<input type="checkbox" name="entry" value="{e(m["list"])}:{e(m["list_id"])}" '
           'checked> ' if selectable else "")
        + f'{e(m["list"])} #{e(m["list_id"])}</label></td><td>{e(m.get("name"))}</td>'
        f'<td>{e(m.get("subject"))}</td><td>{float(m.get("score") or 0):.2f}</td>'
        f'<td>{e(m.get("explanation"))}</td></tr>' for m in entries)
    return ('<h2>List entries</h2><table id="entries"><tr><th>Entry</th><th>Listed name</th>'
            '<th>Screened name</th><th>Score</th><th>Why it matched</th></tr>' + rows
            + '</table>')


def review(item: dict[str, Any], account: dict[str, Any] | None, entries: list[dict[str, Any]],
           verdicts: tuple[str, ...], csrf: str, flash: str | None = None,
           error: str | None = None) -> str:
    who = (f' ({e(account.get("name"))}, {e(account.get("country"))})' if account else
           ' (not in the store)')
    body = (f'<div class="card"><p><b>{e(item["code"])}</b> for account '
            f'<b>{e(item["account_id"])}</b>{who} — queued {when(item["created_at"])}, '
            f'<span id="status">{e(item["status"])}</span></p><p>{e(item["summary"])}</p>')
    if item.get("resolution"):
        body += f'<p id="resolution">Resolution: {e(item["resolution"])}</p>'
    body += "</div>"
    is_open = item["status"] == "open"
    table = _entries_table(entries, selectable=is_open) if entries else ""
    if is_open:
        options = "".join(f'<label><input type="radio" name="verdict" value="{v}" required> '
                          f'{e(VERDICT_WORDS.get(v, v))}</label>' for v in verdicts)
        body += (f'<form method="post" action="/console/reviews/{item["id"]}" class="card">'
                 f'{csrf_field(csrf)}{table}<h2>Verdict</h2>{options}'
                 '<label>Your name <input type="text" name="reviewer" required></label>'
                 '<label>Note <textarea name="note" rows="3"></textarea></label>'
                 '<button>Record verdict</button></form>')
    else:
        body += table
    detail = json.dumps(item.get("detail"), indent=2, default=str, ensure_ascii=False)
    body += f"<h2>Evidence</h2><pre>{e(detail)}</pre>"
    return layout(f"Review item #{item['id']}", body, active="reviews", csrf=csrf, flash=flash,
                  error=error)


VERDICT_WORDS = {
    "false_positive": "False positive — not this list entry; decide the account without it",
    "true_match": "True match — the account is this listed party; refuse it",
    "cleared": "Cleared — the hold was justified or is resolved; nothing to change",
    "upheld": "Upheld — keep holding the account's requests",
}


def alerts(items: list[dict[str, Any]], csrf: str) -> str:
    rows = "".join(
        f'<tr><td><a href="/console/alerts/{a["id"]}">#{a["id"]}</a></td>'
        f'<td>{when(a["created_at"])}</td><td>{e(a["account_id"])}</td>'
        f'<td>{float(a["score"]):.2f}</td><td>{e(a["summary"])}</td></tr>' for a in items)
    body = ('<table id="alerts"><tr><th>Alert</th><th>Raised</th><th>Account</th><th>Score</th>'
            '<th>Why</th></tr>' + rows + '</table>') if items else \
        '<p>No distillation alerts.</p>'
    return layout("Distillation alerts", body, active="alerts", csrf=csrf)


def alert(item: dict[str, Any], csrf: str) -> str:
    body = (f'<div class="card"><p><b>{e(item["code"])}</b> for account '
            f'<b>{e(item["account_id"])}</b>, score {float(item["score"]):.2f}, raised '
            f'{when(item["created_at"])}</p><p>{e(item["summary"])}</p>'
            f'<p><a class="report" href="/console/alerts/{item["id"]}/report">Evidence package</a> '
            f'(for authorities: <code>exportgate report distillation {e(item["account_id"])} '
            f'--usage USAGE.jsonl --out DIR</code>)</p></div><h2>Evidence</h2>'
            f'<pre>{e(json.dumps(item.get("evidence"), indent=2, default=str))}</pre>')
    return layout(f"Alert #{item['id']}", body, active="alerts", csrf=csrf)


def audit_table(entries: list[dict[str, Any]]) -> str:
    if not entries:
        return "<p>No audit entries yet.</p>"
    rows = "".join(
        f'<tr><td>{e(r["seq"])}</td><td>{when(r["ts"])}</td><td>{e(r["kind"])}</td>'
        f'<td>{e(r.get("subject"))}</td><td>{e(r.get("decision"))}</td>'
        f'<td>{e(_reasons(r.get("record")))}</td></tr>' for r in entries)
    return ('<table id="audit"><tr><th>#</th><th>Time</th><th>Kind</th><th>Subject</th>'
            '<th>Decision</th><th>Reasons</th></tr>' + rows + '</table>')


def _reasons(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    reasons = record.get("reasons")
    if isinstance(reasons, list):
        return ", ".join(str(r.get("code", r)) if isinstance(r, dict) else str(r)
                         for r in reasons)
    return str(record.get("resolution") or record.get("reason") or "")


def audit(entries: list[dict[str, Any]], verified: str | None, csrf: str) -> str:
    check = (f'<p id="verify-result">{e(verified)}</p>' if verified else "") + (
        f'<form method="post" action="/console/audit/verify">{csrf_field(csrf)}'
        '<button>Verify the whole chain</button></form>')
    body = (f'<div class="card">{check}</div><h2>Latest 100 entries</h2>'
            + audit_table(entries))
    return layout("Audit", body, active="audit", csrf=csrf)


def not_found(what: str, csrf: str | None) -> str:
    return layout("Not found", f"<p>{e(what)}</p>", csrf=csrf)
