"""The June 2026 order as a drill (issue 16), shared by ``exportgate demo`` and its HTTP test.

12 June 2026: the government ordered that no foreign national may use two frontier models, the
provider's own foreign staff and US customers' foreign-national employees included; the provider
could not check citizenship behind an API key and switched both models off worldwide. Then one
model reopened to an approved list of US entities ("Annex A"), and controls were lifted on
conditions (see docs/policy.md, per-model access orders). The drill replays that on ``frontier-5`` with three
accounts: a US customer with a US and a foreign-national employee, the provider itself with
foreign-national staff, and a US customer that is not on Annex A. Each step changes the per-model
controls (audited, through the same functions as the CLI and the console), waits until the running
gateway applied them, and sends requests whose outcome is stated in advance.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from exportgate.records import Account, parse
from exportgate.store import Store

MODEL = "frontier-5"
FALLBACK = "open-small"
Via = Literal["user", "metadata", "header", "none"]
Expect = Literal["allow", "reroute", "deny", "review"]


@dataclass(frozen=True)
class DrillRequest:
    label: str
    account: str
    end_user: str | None
    via: Via
    expect: Expect
    code: str | None = None
    model: str = MODEL
    dialect: Literal["openai", "anthropic"] = "openai"

    @property
    def served_model(self) -> str | None:
        """The model whose answer the caller should get (None when refused)."""
        if self.expect == "allow":
            return self.model
        return FALLBACK if self.expect == "reroute" else None


@dataclass(frozen=True)
class DrillStep:
    title: str
    explanation: str
    controls: list[tuple[str, ...]]
    requests: list[DrillRequest] = field(default_factory=list)


def drill_accounts() -> dict[str, Account]:
    text = resources.files("exportgate").joinpath("data", "demo", "drill_accounts.jsonl")
    accounts = [
        parse(Account, line) for line in text.read_text("utf-8").splitlines() if line.strip()
    ]
    return {a.id: a for a in accounts}


ACME, PROVIDER, OTHER = "maple-us", "northstar-ai", "bluebonnet-us"

STEPS = [
    DrillStep(
        "11 June: before the order",
        "frontier-5 is open: the EAR rules alone decide (an Indian or British national is no "
        "deemed export).",
        [("access", "open"), ("pause", "off")],
        [
            DrillRequest("US customer, US employee", ACME, "emp-us-1", "user", "allow"),
            DrillRequest(
                "US customer, Indian-national employee", ACME, "emp-in-1", "user", "allow"
            ),
            DrillRequest(
                "provider's British-national staff", PROVIDER, "staff-gb-1", "header", "allow"
            ),
        ],
    ),
    DrillStep(
        "12 June: the provider switches frontier-5 off worldwide",
        "A per-model pause: every caller of frontier-5 is served open-small instead; every "
        "other model stays on.",
        [("pause", "on")],
        [
            DrillRequest(
                "US customer, US employee", ACME, "emp-us-1", "user", "reroute", "MODEL_PAUSED"
            ),
            DrillRequest(
                "US customer, US employee (Anthropic API)",
                ACME,
                "emp-us-1",
                "metadata",
                "reroute",
                "MODEL_PAUSED",
                dialect="anthropic",
            ),
            DrillRequest(
                "open-small itself is unaffected", ACME, "emp-in-1", "user", "allow", model=FALLBACK
            ),
        ],
    ),
    DrillStep(
        "The order enforced per end user: frontier-5 for US persons only",
        "Instead of switching the model off, access: us_persons and the pause lifted. Foreign "
        "nationals, the provider's own staff included, are served open-small.",
        [("access", "us_persons"), ("pause", "off")],
        [
            DrillRequest("US customer, US employee", ACME, "emp-us-1", "user", "allow"),
            DrillRequest(
                "US customer, Indian-national employee",
                ACME,
                "emp-in-1",
                "user",
                "reroute",
                "US_PERSONS_ONLY",
            ),
            DrillRequest(
                "US customer, Indian-national employee (Anthropic API)",
                ACME,
                "emp-in-1",
                "metadata",
                "reroute",
                "US_PERSONS_ONLY",
                dialect="anthropic",
            ),
            DrillRequest(
                "provider's British-national staff",
                PROVIDER,
                "staff-gb-1",
                "header",
                "reroute",
                "US_PERSONS_ONLY",
            ),
            DrillRequest("provider's US staff", PROVIDER, "staff-us-1", "header", "allow"),
            DrillRequest(
                "request naming no end user", ACME, None, "none", "reroute", "END_USER_REQUIRED"
            ),
            DrillRequest(
                "end user the customer never registered",
                ACME,
                "emp-unknown",
                "user",
                "reroute",
                "END_USER_UNVERIFIED",
            ),
        ],
    ),
    DrillStep(
        "26 June: frontier-5 reopened to Annex A",
        "access: approved, with the US customer and the provider on the approved list: their "
        "foreign-national staff are admitted; a US customer not on the list is served "
        "open-small.",
        [("access", "approved"), ("approve", ACME), ("approve", PROVIDER)],
        [
            DrillRequest(
                "Annex A customer, Indian-national employee", ACME, "emp-in-1", "user", "allow"
            ),
            DrillRequest(
                "provider's British-national staff", PROVIDER, "staff-gb-1", "header", "allow"
            ),
            DrillRequest(
                "US customer not on Annex A, US employee",
                OTHER,
                "ops-us-1",
                "user",
                "reroute",
                "NOT_APPROVED_FOR_MODEL",
            ),
        ],
    ),
    DrillStep(
        "1 July: controls lifted",
        "access: open again; the approved list is kept for the next order.",
        [("access", "open")],
        [
            DrillRequest(
                "US customer not on Annex A, US employee", OTHER, "ops-us-1", "user", "allow"
            ),
            DrillRequest(
                "US customer, Indian-national employee", ACME, "emp-in-1", "user", "allow"
            ),
        ],
    ),
]


def apply_controls(store: Store, step: DrillStep, by: str = "drill") -> None:
    """Make the step's per-model changes, each audited (as ``exportgate pause|models`` does)."""
    from exportgate.policy.model_controls import (
        set_model_access,
        set_model_approval,
        set_model_pause,
    )

    for action, value in step.controls:
        why = step.title
        if action == "pause":
            set_model_pause(store, MODEL, value == "on", by, why)
        elif action == "access":
            set_model_access(store, MODEL, value, by, why)
        elif action == "approve":
            set_model_approval(store, MODEL, value, True, by, why)
        else:  # pragma: no cover - the steps above are the only input
            raise ValueError(f"unknown drill action {action!r}")


def wait_until_applied(gateway: Any, store: Store, timeout_s: float = 10.0) -> float:
    """Wait until the running gateway holds the store's per-model controls (it reads them on
    every switch refresh); return how long that took, in seconds."""
    from exportgate.policy.model_controls import load_model_states

    wanted = load_model_states(store)
    started = time.monotonic()
    while gateway.decisions.model_states != wanted:
        if time.monotonic() - started > timeout_s:
            raise RuntimeError(
                f"the gateway did not apply the per-model controls in {timeout_s:.0f} s"
            )
        time.sleep(0.02)
    return time.monotonic() - started


def request_parts(
    item: DrillRequest, prompt: str, max_tokens: int
) -> tuple[str, dict[str, Any], dict[str, str]]:
    """Path, JSON body and extra headers of one drill request, as a client would send it."""
    headers: dict[str, str] = {}
    messages = [{"role": "user", "content": prompt}]
    body: dict[str, Any] = {"model": item.model, "max_tokens": max_tokens, "messages": messages}
    if item.via == "header" and item.end_user:
        headers["x-exportgate-end-user"] = item.end_user
    if item.dialect == "anthropic":
        headers["anthropic-version"] = "2023-06-01"
        if item.via == "metadata" and item.end_user:
            body["metadata"] = {"user_id": item.end_user}
        return "/v1/messages", body, headers
    if item.via == "user" and item.end_user:
        body["user"] = item.end_user
    return "/v1/chat/completions", body, headers


@dataclass
class DrillOutcome:
    request: DrillRequest
    status: int
    served_model: str | None
    rerouted_from: str | None
    code: str
    message: str

    @property
    def outcome(self) -> str:
        if self.status == 200:
            return "reroute" if self.rerouted_from else "allow"
        if self.code == "PENDING_REVIEW":
            return "review"
        return "deny" if self.status == 403 else "error"

    @property
    def as_expected(self) -> bool:
        item = self.request
        if self.outcome != item.expect or self.served_model != item.served_model:
            return False
        return item.expect != "reroute" or self.code == item.code


@dataclass
class DrillResult:
    step: DrillStep
    applied_s: float
    outcomes: list[DrillOutcome]


def send(
    gateway_url: str, item: DrillRequest, api_key: str, ip: str, prompt: str, max_tokens: int
) -> DrillOutcome:
    """One drill request over HTTP, as the customer's client would send it."""
    import http.client
    import json
    from urllib.parse import urlparse

    path, body, extra = request_parts(item, prompt, max_tokens)
    target = urlparse(gateway_url)
    conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=180)
    headers = {
        "Authorization": f"Bearer {api_key}",
        "Content-Type": "application/json",
        "X-Forwarded-For": ip,
        "User-Agent": "exportgate-drill/1.0",
        **extra,
    }
    try:
        conn.request("POST", path, json.dumps(body), headers)
        response = conn.getresponse()
        raw = response.read()
    finally:
        conn.close()
    if response.status == 200:
        answer = json.loads(raw)
        if item.dialect == "anthropic":
            text = "".join(b.get("text", "") for b in answer.get("content", []))
        else:
            text = str(answer["choices"][0]["message"].get("content") or "")
        rerouted = response.getheader("x-exportgate-rerouted-from")
        code = response.getheader("x-exportgate-rerouted-because") or "ALLOWED"
        return DrillOutcome(item, 200, str(answer.get("model")), rerouted, code, text)
    error = json.loads(raw) if raw.startswith(b"{") else {}
    error = error.get("error", {}) if isinstance(error, dict) else {}
    code = str(error.get("code") or error.get("type") or response.status).upper()
    return DrillOutcome(
        item, response.status, None, None, code, str(error.get("message", raw[:200]))
    )


def render_html(results: list[DrillResult]) -> str:
    """The drill's section of the demo report: each step, what changed, and every request."""
    from html import escape

    colours = {
        "allow": "#1b7f3b",
        "reroute": "#175cd3",
        "deny": "#b42318",
        "review": "#b54708",
        "error": "#555",
    }
    parts = [
        '<h2 id="drill">The June 2026 order, as a drill on frontier-5</h2>',
        "<p>Each step changes the per-model controls (audited), waits until the running "
        "gateway applied them, and sends requests whose outcome was stated in advance.</p>",
    ]
    for number, result in enumerate(results, start=1):
        step = result.step
        changes = ", ".join(" ".join(c) for c in step.controls)
        parts.append(
            f"<h3>Step {number}: {escape(step.title)}</h3><p>{escape(step.explanation)}<br>"
            f"<small>controls: {escape(changes)}; applied by the running gateway in "
            f"{result.applied_s * 1000:.0f} ms</small></p>"
        )
        rows = []
        for o in result.outcomes:
            item = o.request
            who = f"{item.account} / {item.end_user or 'no end user'} ({item.via}, {item.dialect})"
            served = o.served_model or "-"
            if o.rerouted_from:
                served += f" (rerouted from {o.rerouted_from})"
            mark = "✓" if o.as_expected else f"✗ expected {item.expect} {item.code or ''}"
            rows.append(
                f"<tr><td>{escape(item.label)}</td><td>{escape(who)}</td>"
                f"<td>{escape(item.model)}</td><td>{o.status}</td>"
                f"<td style='color:{colours.get(o.outcome, '#555')};font-weight:600'>"
                f"{escape(o.outcome.upper())}</td><td>{escape(served)}</td>"
                f"<td><code>{escape(o.code)}</code></td><td>{escape(o.message)}</td>"
                f"<td>{escape(mark)}</td></tr>"
            )
        parts.append(
            f'<table class="drill" id="drill-step-{number}"><tr><th>Request</th>'
            "<th>Account / end user</th><th>Model asked</th><th>HTTP</th><th>Outcome</th>"
            "<th>Served by</th><th>Reason</th><th>Message or answer</th><th>Expected</th></tr>"
            + "".join(rows)
            + "</table>"
        )
    return "".join(parts)
