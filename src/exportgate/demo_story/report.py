"""The demo report: one self-contained HTML page (inline CSS and SVG, no script, no CDN) that
tells the whole story: who was served or refused and why, a distillation campaign caught in the
demo's own traffic, watermark evidence, the pause drill, the audit chain and the console."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from exportgate.records import ClusterEvidence

from . import svg
from .story import Story

DECISION_GROUPS = (
    (
        "allow",
        "Served",
        "Customers the export rules allow got their answers; outputs of the "
        "controlled model carry the watermark.",
    ),
    (
        "deny",
        "Refused",
        "Requests the rules forbid (sanctions, embargoed locations, foreign "
        "ownership, deemed exports, the pause) were refused before reaching the model, each with "
        "the rule and its citation.",
    ),
    (
        "review",
        "Held for a person to review",
        "Where the facts are uncertain (a VPN, a Tor exit, "
        "an unverified identity) the request waits for compliance instead of guessing.",
    ),
    ("error", "Errors", "Requests that failed for a technical reason."),
)
COLOURS = {"allow": svg.GREEN, "deny": svg.RED, "review": svg.AMBER, "error": svg.GREY}
CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2939;
line-height:1.45;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem} td,th{border:1px solid #d0d5dd;
padding:.35rem .5rem;vertical-align:top;text-align:left;font-size:.92rem} th{background:#f2f4f7}
small,.muted{color:#667085} section{border-top:1px solid #eaecf0;margin-top:2rem;
padding-top:.5rem} .ok{color:#1b7f3b;font-weight:600} .bad{color:#b42318;font-weight:600}
code,pre{background:#f2f4f7;border-radius:4px;padding:.1rem .3rem} pre{padding:.6rem;
white-space:pre-wrap} figure{margin:1rem 0} figcaption{color:#667085;font-size:.9rem}
nav a{margin-right:1rem} .evidence{background:#fffaeb;border-left:4px solid #b54708;
padding:.5rem 1rem}
"""


def _decisions(result: dict[str, Any]) -> str:
    outcomes = result["outcomes"]
    counts = Counter(o.decision for o in outcomes)
    chart = svg.bar_chart(
        [
            svg.Bar(title, counts[key], COLOURS[key], f"{counts[key]} request(s)")
            for key, title, _ in DECISION_GROUPS
            if counts[key]
        ],
        "Access decisions: requests served, refused and held for review",
        "chart-decisions",
    )
    parts = [
        f"<figure>{chart}<figcaption>Access decisions for the demo's scenarios."
        "</figcaption></figure>"
    ]
    for key, title, blurb in DECISION_GROUPS:
        group = [o for o in outcomes if o.decision == key]
        if not group:
            continue
        rows = "".join(
            f"<tr><td>{escape(o.scenario.label)}</td><td>{escape(o.scenario.account)}<br><small>"
            f"{escape(o.scenario.ip)}</small></td><td>{escape(o.scenario.model)}</td>"
            f"<td>{o.status}</td><td><code>{escape(o.code)}</code></td>"
            f"<td>{escape(o.message)}</td><td>{'✓' if o.as_expected else '✗ expected ' + escape(o.scenario.expect)}"
            "</td></tr>"
            for o in group
        )
        parts.append(
            f"<h3 id='group-{key}'>{escape(title)} ({len(group)})</h3><p>{escape(blurb)}</p>"
            "<table class='requests'><thead><tr><th>Scenario</th><th>Caller</th><th>Model</th>"
            "<th>HTTP</th><th>Reason code</th><th>Message or answer</th><th>Expected</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    reviews = (
        "".join(
            f"<li><code>{escape(r.code)}</code> {escape(r.account_id)}: {escape(r.summary)}</li>"
            for r in result["reviews"]
        )
        or "<li>none</li>"
    )
    parts.append(f"<h3>Compliance review queue</h3><ul id='reviews'>{reviews}</ul>")
    return "".join(parts)


def _distillation(story: Story) -> str:
    c = story.campaign
    flagged = {a.account_id for a in c.alerts}
    members = [
        svg.Node(a, a, svg.RED if a in flagged or c.caught else svg.AMBER) for a in c.accounts
    ]
    hubs = [
        svg.Node("pay", f"payment {c.payment}", svg.RED, True),
        svg.Node("ua", "user agent python-httpx", svg.AMBER, True),
    ]
    others = [
        svg.Node(a, a, svg.GREEN) for a in sorted({x.account for x in c.attempts if not x.hydra})
    ]
    graph = svg.cluster_graph(
        members,
        hubs,
        others,
        f"The campaign's {len(c.accounts)} accounts are linked through one "
        "payment fingerprint and one client; the ordinary users are not",
        "chart-cluster",
    )
    rows = [*c.accounts, *[n.ident for n in others]]
    marks = [
        svg.Mark(
            a.at_s,
            a.account,
            svg.GREEN if a.status == 200 else svg.AMBER if a.code == "PENDING_REVIEW" else svg.RED,
        )
        for a in c.attempts
    ]
    span = max([a.at_s for a in c.attempts] + [1.0])
    line = svg.timeline(
        rows,
        marks,
        span,
        "Every request of the campaign and of the ordinary "
        "users over time; green served, amber held for review; the red line is "
        "the moment the gateway held the campaign",
        "chart-timeline",
        c.flagged_at_s,
    )
    served, benign = c.benign_served()
    hydra = [a for a in c.attempts if a.hydra]
    if c.caught:
        verdict = (
            f"<p class='bad' id='distill-verdict'>Caught: the gateway held the campaign at "
            f"request {c.flagged_request} ({c.flagged_at_s:.1f} s in), after "
            f"{sum(1 for a in hydra if a.status == 200)} of its requests had been served. "
            f"Every later request of every member was held for review "
            f"({c.held_after_flag()} held); the ordinary users were served throughout "
            f"({served} of {benign}).</p>"
        )
    else:
        verdict = (
            f"<p class='bad' id='distill-verdict'>Not caught within {len(hydra)} requests.</p>"
        )
    verdict += (
        "<p>Before the live requests, the campaign's previous 36 hours (12 requests per account, "
        "long reasoning answers) were replayed into the gateway's detector from its usage "
        "history: a demo cannot wait a day, and a campaign seen only as one burst of seconds "
        "looks like an evaluation run, which the detector gives the benefit of the doubt.</p>"
    )
    evidence = ""
    if c.alerts:
        alert = max(c.alerts, key=lambda a: a.score)
        cluster = alert.evidence.cluster
        if not isinstance(cluster, ClusterEvidence):
            cluster = None
        signals = (cluster.reasons if cluster else None) or alert.evidence.reasons
        reasons = "".join(f"<li>{escape(str(r))}</li>" for r in signals[:6])
        ties = "".join(f"<li>{escape(t.text)}</li>" for t in (cluster.ties if cluster else [])[:4])
        evidence = (
            f"<div class='evidence' id='distill-evidence'><p><strong>Alert "
            f"<code>{escape(alert.code)}</code>, score "
            f"{alert.score:.2f}</strong>: "
            f"{escape(alert.summary)}</p><p>Signals:</p><ul>{reasons}</ul>"
            f"<p>What ties the accounts together:</p><ul>{ties}</ul>"
            f"<p class='muted'>{len(c.alerts)} alert(s) stored for compliance; the "
            "full evidence (sample prompts, features) is in the console.</p></div>"
        )
    return (
        "<p>Six fresh self-serve accounts share one payment fingerprint and rotate through "
        'proxy addresses; one scheduler drives them with templated grading prompts ("rate this '
        'answer from 1 to 10", "which is better, A or B?"): the shape of a harvest of '
        "preference data for a reward model. Two ordinary customers keep working at the same "
        "time. The gateway's own online detector sees every request; nothing was tuned for "
        "this demo.</p>"
        f"{verdict}<figure>{graph}<figcaption>The cluster as the detector linked it."
        f"</figcaption></figure><figure>{line}<figcaption>Requests over time (answers cut to "
        "4 tokens to keep the demo short).</figcaption></figure>" + evidence
    )


def _watermark(story: Story) -> str:
    w = story.watermark
    threshold = w.p_threshold
    bars = [
        svg.Bar(
            ch.label[:34],
            max(0.0, -ch.log10_p),
            svg.GREEN if ch.watermarked else svg.GREY,
            f"p = {ch.p_value:.2g}",
        )
        for ch in w.checks
    ]
    chart = svg.bar_chart(
        bars,
        "Strength of the watermark evidence, as -log10 of the p-value; "
        "past the dashed line the text carries the watermark",
        "chart-watermark",
        marker=(-_log10(threshold), f"threshold p = {threshold:g}"),
    )
    verdicts = {True: "<span class='ok'>watermarked</span>", False: "not watermarked"}
    rows = "".join(
        f"<tr class='wm-check'><td>{escape(ch.label)}</td><td>{verdicts[ch.watermarked]}</td>"
        f"<td>{ch.p_value:.3g}</td>"
        f"<td>{ch.tokens_scored}</td><td>{escape(ch.explanation)}<details><summary>text"
        f"</summary><pre>{escape(ch.text)}</pre></details></td></tr>"
        for ch in w.checks
    )
    key = (
        f"<p>The gateway named the watermark key in its response header "
        f"<code>x-exportgate-watermark-key: {escape(w.key_header)}</code>.</p>"
        if w.key_header
        else ""
    )
    note = f"<p class='muted'>{escape(w.note)}</p>" if w.note else ""
    return (
        "<p>Outputs of the controlled model are watermarked as they are generated (a keyed "
        "reweighting of the sampler's candidates). Anyone holding the key can later test a text "
        "— say, a suspect model's answers — and get a p-value: the chance that text written "
        "without the key scores this high.</p>"
        f"{key}<figure>{chart}<figcaption>Detection with the demo key "
        "(<code>exportgate watermark detect</code> runs the same code).</figcaption></figure>"
        "<table id='watermark-table'><thead><tr><th>Text</th><th>Verdict</th><th>p-value</th>"
        f"<th>Tokens scored</th><th>Explanation</th></tr></thead><tbody>{rows}</tbody></table>"
        + note
    )


def _log10(value: float) -> float:
    import math

    return math.log10(value) if value > 0 else -300.0


def _pause(story: Story) -> str:
    p = story.pause
    phases = []
    for phase, title in (
        ("before", "Before"),
        ("pause on", "Pause on"),
        ("pause off", "Pause off"),
    ):
        group = [r for r in p.requests if r.phase == phase]
        phases.append(
            svg.Phase(
                title,
                sum(1 for r in group if r.status == 200),
                sum(1 for r in group if r.status != 200),
            )
        )
    chart = svg.phase_strip(
        phases,
        "The same callers before, during and after the international "
        "pause: green served, red refused",
        "chart-pause",
    )
    callers = sorted({(r.label, r.account) for r in p.requests}, key=lambda x: x[0])
    cells = {(r.phase, r.label): r for r in p.requests}
    rows = "".join(
        f"<tr><td>{escape(label)}</td>"
        + "".join(
            f"<td>{_verdict(cells.get((ph, label)))}</td>"
            for ph in ("before", "pause on", "pause off")
        )
        + "</tr>"
        for label, _ in callers
    )
    return (
        "<p>One switch, <code>exportgate pause on</code> (or the console's button), stops "
        "every non-domestic use of the controlled model at once, for instance on the night a "
        "new rule is published; domestic customers and open models keep working. Running "
        f"gateways picked the switch up in {p.switched_on_s:.1f} s and released it in "
        f"{p.switched_off_s:.1f} s.</p><figure>{chart}<figcaption>The pause drill."
        "</figcaption></figure><table id='pause-table'><thead><tr><th>Caller</th><th>Before"
        f"</th><th>Pause on</th><th>Pause off</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _verdict(request: Any) -> str:
    if request is None:
        return "—"
    if request.status == 200:
        return "<span class='ok'>served</span>"
    return f"<span class='bad'>refused</span> <code>{escape(request.code)}</code>"


def _audit_console(result: dict[str, Any], story: Story | None) -> str:
    ok = result["audit_ok"]
    audit = (
        f"<p id='audit-verdict' class='{'ok' if ok else 'bad'}'>{escape(result['audit'])}"
        "</p><p>Every decision, switch change and review is appended to a hash chain in the "
        "store; changing or deleting a past entry breaks the chain. Check it yourself: "
        f"<code>.venv/bin/exportgate audit verify --config "
        f"{escape(result['workdir'])}/console.yaml</code>.</p>"
    )
    if story is None:
        return f"<section id='audit'><h2>Audit chain</h2>{audit}</section>"
    c = story.console
    console = (
        f"<section id='console'><h2>The compliance console</h2><p>The same store, seen by "
        "a compliance officer: the review queue with its evidence, the campaign's alerts, "
        "the pause switch and the audit log. Start a gateway over the demo's store with "
        f"the console on:</p><pre id='console-command'>{escape(c.command)}</pre><p>then "
        f"open <a href='{escape(c.url)}'>{escape(c.url)}</a> and sign in with the token "
        f"<code>{escape(c.token)}</code> (set your own in production, "
        "<code>console.token: env:NAME</code>).</p></section>"
    )
    return f"<section id='audit'><h2>Audit chain</h2>{audit}</section>{console}"


def render(result: dict[str, Any]) -> str:
    """The whole report as one HTML string."""
    story: Story | None = result.get("story")
    counts = Counter(o.decision for o in result["outcomes"])
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    head = (
        f"<p>Finished {escape(result['finished'])}. Upstream: {escape(result['upstream'])}. "
        f"Accounts: {escape(result['imported'])}.</p><ul id='summary'>"
        f"<li id='decisions'>Requests: {len(result['outcomes'])} ({escape(summary)})</li>"
        f"<li id='usage'>Usage records stored: {result['usage_records']}</li>"
    )
    sections = [f"<section id='access'><h2>1. Access decisions</h2>{_decisions(result)}</section>"]
    nav = ["<a href='#access'>Access decisions</a>"]
    if story is not None:
        c = story.campaign
        head += (
            f"<li>Distillation campaign: {'caught at request ' + str(c.flagged_request) if c.caught else 'not caught'}"
            f"</li><li>Watermark: "
            + "; ".join(
                f"{escape(ch.label)}: {'detected' if ch.watermarked else 'not detected'}"
                for ch in story.watermark.checks
            )
            + "</li>"
        )
        sections += [
            f"<section id='distillation'><h2>2. A distillation campaign, caught</h2>"
            f"{_distillation(story)}</section>",
            f"<section id='watermark'><h2>3. Watermark evidence</h2>{_watermark(story)}</section>",
            f"<section id='pause'><h2>4. The pause drill</h2>{_pause(story)}</section>",
        ]
        nav += [
            "<a href='#distillation'>Distillation</a>",
            "<a href='#watermark'>Watermark</a>",
            "<a href='#pause'>Pause drill</a>",
            "<a href='#console'>Console</a>",
        ]
    if result.get("drill"):
        from exportgate.drill import render_html

        sections.append(f"<section id='june-order'>{render_html(result['drill'])}</section>")
        nav.append("<a href='#june-order'>June order</a>")
    head += f"<li id='audit-summary'>Audit: {escape(result['audit'])}</li></ul>"
    nav.append("<a href='#audit'>Audit</a>")
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>exportgate demo "
        f"report</title><style>{CSS}</style></head><body><h1>exportgate demo report</h1>"
        f"<nav>{''.join(nav)}</nav>{head}{''.join(sections)}"
        f"{_audit_console(result, story)}</body></html>\n"
    )
