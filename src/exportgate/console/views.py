"""HTML of the console's officer pages: sign-in, the verdict and approval forms, the pause's
four-eyes controls, account search and detail, audit search. Pure functions of plain data; every
value is escaped (account names and notes with markup are shown as text)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from exportgate.console.pages import (
    VERDICT_WORDS,
    audit_table,
    csrf_field,
    e,
    entries_table,
    layout,
    when,
)
from exportgate.console.search import AccountHit, AccountView, AuditQuery, officer_of, reason_codes
from exportgate.officers.changes import Change, describe
from exportgate.officers.registry import Officer
from exportgate.officers.roles import ROLES
from exportgate.records import ReviewItem
from exportgate.review.proposals import Proposal
from exportgate.screening.api import ScreeningMatch


def login(
    csrf: str,
    error: str | None = None,
    *,
    break_glass: bool = False,
    oidc: bool = False,
    name: str = "",
) -> str:
    body = (
        f'<form method="post" action="/console/login" class="card">{csrf_field(csrf)}'
        f'<label>Officer name <input type="text" name="name" value="{e(name)}" '
        'autocomplete="username" required autofocus></label>'
        '<label>Password <input type="password" name="password" required '
        'autocomplete="current-password"></label><button>Sign in</button></form>'
    )
    if oidc:
        body += (
            '<div class="card"><a id="oidc" href="/console/oidc/start">Sign in with your '
            "organisation's identity provider</a></div>"
        )
    if break_glass:
        body += (
            '<details class="card"><summary>Break-glass access</summary><p>For emergencies '
            "only: the shared token signs in as an unnamed admin that can read and turn the "
            "international pause on. Every use is audited.</p>"
            f'<form method="post" action="/console/login/break-glass">{csrf_field(csrf)}'
            '<label>Break-glass token <input type="password" name="token" '
            'autocomplete="off"></label><button>Use break-glass token</button></form>'
            "</details>"
        )
    return layout("Sign in", body, error=error)


def verdict_form(
    item: ReviewItem,
    entries: list[ScreeningMatch],
    verdicts: tuple[str, ...],
    csrf: str,
    officer: str,
    may_propose: bool,
    four_eyes: set[str],
    may_decide_alone: bool,
) -> str:
    """The verdict form: the author is the signed-in officer (no name box)."""
    table = entries_table(entries, selectable=may_propose) if entries else ""
    if not may_propose:
        return table + (
            '<p id="read-only">You can read this item; recording a verdict takes '
            "the analyst role or above.</p>"
        )
    options = "".join(
        f'<label><input type="radio" name="verdict" value="{e(v)}" required> '
        f"{e(VERDICT_WORDS.get(v, v))}"
        + (
            " <em>(takes a second officer's approval)</em>"
            if v in four_eyes or not may_decide_alone
            else ""
        )
        + "</label>"
        for v in verdicts
    )
    return (
        f'<form method="post" action="/console/reviews/{item.id}" class="card">'
        f"{csrf_field(csrf)}{table}<h2>Verdict</h2>{options}"
        f"<p>Signed by <b>{e(officer)}</b> (from your sign-in).</p>"
        '<label>Note <textarea name="note" rows="3"></textarea></label>'
        "<button>Record verdict</button></form>"
    )


def proposal_box(
    item: ReviewItem,
    proposal: Proposal,
    entries: list[ScreeningMatch],
    csrf: str,
    officer: str,
    may_approve: bool,
) -> str:
    """An item awaiting its second signature: who proposed what, and Approve/Reject for the
    officers who may give it."""
    chosen = set(proposal.entries)
    shown = [m for m in entries if not chosen or f"{m.list}:{m.list_id}" in chosen]
    body = (
        f'<div class="card proposal" id="proposal"><h2>Awaiting approval</h2>'
        f'<p id="proposal-text">{e(VERDICT_WORDS.get(proposal.verdict, proposal.verdict))}'
        f' — proposed by <b id="proposed-by">{e(proposal.proposed_by)}</b> on '
        f"{when(proposal.proposed_at)}"
        + (f": “{e(proposal.note)}”" if proposal.note else "")
        + "</p>"
        + (entries_table(shown, selectable=False) if shown else "")
    )
    own = proposal.proposed_by == officer
    if may_approve and not own:
        body += (
            f'<form method="post" action="/console/reviews/{item.id}/approve" '
            f'class="inline">{csrf_field(csrf)}<button>Approve</button></form> '
        )
    elif own:
        body += (
            '<p id="own-proposal">You proposed this verdict: a different approver must '
            "approve it (four-eyes).</p>"
        )
    else:
        body += "<p>Approving takes the approver role or above.</p>"
    if own or may_approve:
        label = "Withdraw" if own else "Reject"
        body += (
            f'<form method="post" action="/console/reviews/{item.id}/reject" '
            f'class="inline">{csrf_field(csrf)}<label>Note <input type="text" name="note">'
            f'</label><button class="secondary">{label}</button></form>'
        )
    return body + "</div>"


def change_box(change: Change, csrf: str, officer: str, may_approve: bool) -> str:
    """A change awaiting approval, with Approve (not for its proposer) and Withdraw/Reject."""
    parts = [
        f'<div class="proposal card" id="change-{change.id}"><p>Change #{change.id}: '
        f"{e(describe(change))} — proposed by <b>{e(change.proposed_by)}</b> on "
        f"{when(change.proposed_at)}: “{e(change.reason)}”. Awaiting approval.</p>"
    ]
    if may_approve and change.proposed_by != officer:
        parts.append(
            f'<form method="post" action="/console/changes/{change.id}/approve" '
            f'class="inline">{csrf_field(csrf)}<button>Approve</button></form> '
        )
    if change.proposed_by == officer or may_approve:
        parts.append(
            f'<form method="post" action="/console/changes/{change.id}/reject" '
            f'class="inline">{csrf_field(csrf)}<button class="secondary">'
            f"{'Withdraw' if change.proposed_by == officer else 'Reject'}</button>"
            "</form>"
        )
    return "".join(parts) + "</div>"


def other_changes(pending: list[Change], csrf: str, officer: str, may_approve: bool) -> str:
    """Every other kind of change awaiting approval (per-model pauses, list edits, ...)."""
    if not pending:
        return ""
    return (
        '<div class="card" id="other-changes"><h2>Other changes awaiting approval</h2>'
        + "".join(change_box(c, csrf, officer, may_approve) for c in pending)
        + "</div>"
    )


def pause_actions(
    paused: bool, pending: list[Change], csrf: str, officer: str, may_flip: bool, may_approve: bool
) -> str:
    parts = [change_box(change, csrf, officer, may_approve) for change in pending]
    if may_flip and not (paused and pending):
        action = "off" if paused else "on"
        button = "Propose resuming international access" if paused else "Pause international access"
        parts.append(
            f'<form method="post" action="/console/pause">{csrf_field(csrf)}'
            f'<input type="hidden" name="state" value="{action}">'
            '<label>Reason <input type="text" name="reason" required></label>'
            f"<p>Signed by <b>{e(officer)}</b>.</p><button>{button}</button></form>"
        )
    elif not may_flip:
        parts.append("<p>Flipping the pause takes the admin role.</p>")
    return "".join(parts)


def accounts(
    query: dict[str, str], hits: list[AccountHit] | None, csrf: str, error: str | None = None
) -> str:
    statuses = "".join(
        f'<option value="{s}"{" selected" if query.get("status") == s else ""}>'
        f"{s or 'any'}</option>"
        for s in ("", "clear", "possible", "hit")
    )
    form = (
        '<form method="get" action="/console/accounts" class="card" id="account-search">'
        f'<label>Name, account id, key id (key-…) or API key <input type="text" name="q" '
        f'value="{e(query.get("q", ""))}"></label>'
        f'<label>Country (ISO code) <input type="text" name="country" maxlength="2" '
        f'value="{e(query.get("country", ""))}"></label>'
        f'<label>Screening status <select name="status">{statuses}</select></label>'
        "<button>Search</button></form>"
    )
    if hits is None:
        table = ""
    elif not hits:
        table = '<p id="no-accounts">No account matches.</p>'
    else:
        rows = "".join(
            f'<tr><td><a href="/console/accounts/{e(quote(h.id, safe=""))}">{e(h.id)}</a></td>'
            f"<td>{e(h.name)}</td><td>{e(h.kind)}</td><td>{e(h.country)}</td>"
            f"<td>{e(h.screening or 'not screened')}</td></tr>"
            for h in hits
        )
        table = (
            '<table id="accounts"><tr><th>Account</th><th>Name</th><th>Kind</th>'
            "<th>Country</th><th>Screening</th></tr>" + rows + "</table>"
        )
    return layout("Accounts", form + table, active="accounts", csrf=csrf, error=error)


def _owners(owners: list[Any], depth: int = 0) -> str:
    if not owners:
        return ""
    items = "".join(
        f"<li>{e(o.name)} ({e(o.kind)}, {o.share:.0%}, {e(o.country or 'country unknown')})"
        f"{_owners(list(o.owners), depth + 1) if depth < 8 else ''}</li>"
        for o in owners
    )
    return f"<ul>{items}</ul>"


def account(view: AccountView, csrf: str) -> str:
    a = view.account
    facts = [
        ("Id", a.id),
        ("Kind", a.kind),
        ("Name", a.name),
        ("Country", a.country),
        ("Headquarters", a.headquarters),
        ("Region", a.region),
        ("KYC verified", "yes" if a.kyc_verified else "no"),
        ("Aliases", ", ".join(a.aliases)),
        ("Nationalities", ", ".join(a.nationalities)),
        ("Employer", a.employer),
        ("Signed up", a.created_at),
    ]
    body = (
        '<div class="card"><table id="facts">'
        + "".join(
            f"<tr><th>{e(k)}</th><td>{when(v) if k == 'Signed up' else e(v)}</td></tr>"
            for k, v in facts
            if v not in (None, "")
        )
        + "</table></div>"
    )
    keys = ", ".join(f"{e(k)}{' (revoked)' if revoked else ''}" for k, revoked in view.key_ids)
    body += f"<p>API keys: {keys or 'none'}</p>"
    s = view.screening
    if s is None:
        body += '<h2>Screening</h2><p id="screening">Not screened.</p>'
    else:
        rows = "".join(
            f"<tr><td>{e(m.list)} #{e(m.list_id)}</td><td>{e(m.name)}</td><td>{e(m.subject)}"
            f"</td><td>{e(m.level)}</td><td>{m.score:.2f}</td><td>{e(m.explanation)}</td></tr>"
            for m in s.matches
        )
        body += (
            f'<h2>Screening</h2><p id="screening">{e(s.status)} against lists '
            f"{e(s.lists_version)}, screened {when(s.screened_at)}</p>"
            + (
                '<table id="matches"><tr><th>Entry</th><th>Listed name</th><th>Screened '
                "name</th><th>Level</th><th>Score</th><th>Why</th></tr>" + rows + "</table>"
                if s.matches
                else ""
            )
        )
    if a.overrides:
        body += (
            '<h2>Officers\' overrides</h2><ul id="overrides">'
            + "".join(
                f"<li>{e(o.list)} #{e(o.list_id)}: {e(o.verdict)} by {e(o.reviewer)}"
                f"{' — ' + e(o.note) if o.note else ''}</li>"
                for o in a.overrides
            )
            + "</ul>"
        )
    body += "<h2>Owners</h2>" + (_owners(list(a.owners)) or "<p>None recorded.</p>")
    body += "<h2>Licences</h2>" + (
        '<table id="licences"><tr><th>Licence</th><th>Models</th>'
        "<th>Destinations</th><th>Valid</th></tr>"
        + "".join(
            f"<tr><td>{e(lic.id)}</td><td>{e(', '.join(lic.models))}</td>"
            f"<td>{e(', '.join(lic.destinations))}</td><td>{e(lic.valid_from or '')} – "
            f"{e(lic.valid_until)}</td></tr>"
            for lic in a.licences
        )
        + "</table>"
        if a.licences
        else "<p>None.</p>"
    )
    body += "<h2>Review items</h2>" + (
        '<table id="account-reviews"><tr><th>Item</th>'
        "<th>Queued</th><th>Reason</th><th>Status</th><th>Resolution</th></tr>"
        + "".join(
            f'<tr><td><a href="/console/reviews/{i.id}">#{i.id}</a></td>'
            f"<td>{when(i.created_at)}</td><td>{e(i.code)}</td>"
            f"<td>{e(i.status)}</td><td>{e(i.resolution)}</td></tr>"
            for i in view.reviews
        )
        + "</table>"
        if view.reviews
        else "<p>None.</p>"
    )
    body += "<h2>Review history</h2>" + (
        audit_table(view.history) if view.history else "<p>None.</p>"
    )
    link = "/console/audit?" + urlencode({"account": a.id, "kind": "decision"})
    body += (
        f'<h2>Recent decisions</h2><p><a href="{e(link)}">Search all of this account\'s '
        "decisions</a></p>" + audit_table(view.decisions)
    )
    return layout(f"Account {a.id}", body, active="accounts", csrf=csrf)


def audit_search(
    query: dict[str, str],
    typed: AuditQuery | None,
    rows: list[dict[str, Any]],
    csrf: str,
    flash: str | None = None,
    error: str | None = None,
) -> str:
    def field(name: str, label: str, kind: str = "text") -> str:
        return (
            f'<label>{label} <input type="{kind}" name="{name}" '
            f'value="{e(query.get(name, ""))}"></label>'
        )

    form = (
        '<form method="get" action="/console/audit" class="card" id="audit-search">'
        + field("account", "Account id")
        + field("reason", "Reason code")
        + field("officer", "Officer")
        + field("kind", "Record kind (decision, review, switch, officer, change, …)")
        + field("since", "From (YYYY-MM-DD or ISO time, UTC)")
        + field("until", "To (inclusive date, or ISO time)")
        + "<button>Search</button></form>"
    )
    verify = (
        f'<div class="card">{f"<p id=verify-result>{e(flash)}</p>" if flash else ""}'
        f'<form method="post" action="/console/audit/verify">{csrf_field(csrf)}'
        "<button>Verify the whole chain</button></form></div>"
    )
    params = urlencode({k: v for k, v in query.items() if v})
    exports = (
        f"<p>Export every match (oldest first, up to 100,000 records): "
        f'<a id="export-csv" href="/console/audit/export.csv?{e(params)}">CSV</a> · '
        f'<a id="export-jsonl" href="/console/audit/export.jsonl?{e(params)}">JSON lines'
        "</a></p>"
    )
    title = f"Matching {typed.describe()}: newest {len(rows)}" if typed else ""
    table = (
        (
            '<table id="audit"><tr><th>#</th><th>Time</th><th>Kind</th><th>Subject</th>'
            "<th>Decision</th><th>Reasons</th><th>Officer</th><th>Record</th></tr>"
            + "".join(
                f"<tr><td>{e(r['seq'])}</td><td>{when(r['ts'])}</td><td>{e(r['kind'])}</td>"
                f"<td>{e(r.get('subject'))}</td><td>{e(r.get('decision'))}</td>"
                f"<td>{e(reason_codes(r.get('record')))}</td>"
                f"<td>{e(officer_of(r.get('record')))}</td><td><details><summary>show"
                f"</summary><pre>{e(json.dumps(r.get('record'), default=str, indent=1))}"
                "</pre></details></td></tr>"
                for r in rows
            )
            + "</table>"
        )
        if rows
        else "<p>No audit entries match.</p>"
    )
    return layout(
        "Audit",
        form + verify + exports + f"<h2>{e(title)}</h2>" + table,
        active="audit",
        csrf=csrf,
        error=error,
    )


def signed_in_elsewhere(target: str) -> str:
    """After an identity provider's redirect: a same-site navigation to ``target``, so that the
    SameSite=Strict session cookie is sent (a cross-site redirect chain would drop it)."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0;url={e(target)}"><title>Signed in</title>'
        f'</head><body><p><a href="{e(target)}">Continue to the console</a></p></body></html>'
    )


def officers(
    people: list[Officer], csrf: str, me: str, flash: str | None = None, error: str | None = None
) -> str:
    """The officers, for admins: add one (the one-time password is shown once), disable one,
    or issue a new one-time password."""

    def action(officer: Officer, verb: str, label: str) -> str:
        return (
            f'<form method="post" action="/console/officers/{verb}" class="inline">'
            f'{csrf_field(csrf)}<input type="hidden" name="name" value="{e(officer.name)}">'
            f'<button class="secondary">{label}</button></form>'
        )

    rows = "".join(
        f"<tr><td>{e(o.name)}</td><td>{e(o.role)}</td>"
        f"<td>{'disabled' if o.disabled else 'active'}</td><td>{when(o.created_at)}</td><td>"
        + (
            ""
            if o.name == me
            else (
                action(o, "reset", "New one-time password")
                + ("" if o.disabled else " " + action(o, "disable", "Disable"))
            )
        )
        + "</td></tr>"
        for o in people
    )
    roles = "".join(f'<option value="{r}">{r}</option>' for r in ROLES)
    body = (
        '<table id="officers"><tr><th>Officer</th><th>Role</th><th>State</th><th>Added</th>'
        "<th></th></tr>" + rows + "</table>"
        f'<form method="post" action="/console/officers/add" class="card">{csrf_field(csrf)}'
        "<h2>Add an officer</h2><label>Name (as it will appear in the audit log) "
        '<input type="text" name="name" required></label>'
        f'<label>Role <select name="role">{roles}</select></label>'
        "<button>Add officer</button></form>"
    )
    return layout("Officers", body, active="officers", csrf=csrf, flash=flash, error=error)
