"""``exportgate demo``: the whole product on its embedded defaults, driven over HTTP.

It imports the demo accounts (``exportgate/data/demo``) into a fresh SQLite store (screening each
against the shipped lists), starts a local upstream model (the embedded model when the
``localmodel`` extra is installed, otherwise the clearly named stand-in server) and the gateway,
then sends realistic traffic through the gateway as the customers would: each request carries the
caller's API key, and its origin address in ``X-Forwarded-For`` from a trusted local proxy. At
the end it prints a summary, verifies the audit chain and writes an HTML report.
"""

from __future__ import annotations

import datetime as dt
import html
import http.client
import json
import shutil
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import typer

from exportgate.records import Account, parse

DEMO_DIR = Path(".exportgate/demo")
CONTROLLED_MODEL = "frontier-5"
OPEN_MODEL = "open-small"
SWITCH_WAIT_S = 10.0


@dataclass(frozen=True)
class Scenario:
    label: str
    account: str
    ip: str
    model: str
    expect: str
    pause: bool = False
    stream: bool = False


@dataclass
class Outcome:
    scenario: Scenario
    status: int
    decision: str
    code: str
    message: str
    latency_ms: float
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def as_expected(self) -> bool:
        return self.decision == self.scenario.expect


def _demo_text(name: str) -> str:
    return resources.files("exportgate").joinpath("data", "demo", name).read_text("utf-8")


def demo_accounts() -> dict[str, Account]:
    accounts = [parse(Account, line) for line in _demo_text("accounts.jsonl").splitlines()
                if line.strip()]
    return {a.id: a for a in accounts}


def demo_scenarios() -> list[Scenario]:
    return [Scenario(**json.loads(line)) for line in _demo_text("scenarios.jsonl").splitlines()
            if line.strip()]


@dataclass
class Upstream:
    url: str
    model: str
    description: str
    handle: Any


def start_upstream(choice: str) -> Upstream:
    """The embedded model if it is installed (or asked for), else the stand-in."""
    from exportgate.gateway.server import run_app_in_thread

    if choice in ("auto", "local"):
        from exportgate.localmodel import runtime_available

        available, why_not = runtime_available()
        if available:
            app, model_id = _local_model_app()
            handle = run_app_in_thread(app)
            return Upstream(handle.url, model_id, f"embedded model {model_id} (llama.cpp on the "
                            "CPU; outputs of controlled models watermarked)", handle)
        if choice == "local":
            raise typer.BadParameter(f"the embedded model is not available: {why_not}")
    from exportgate.gateway.standin import StandinUpstream

    handle = run_app_in_thread(StandinUpstream())
    return Upstream(handle.url, "standin", "local stand-in server (not a model: fixed answers; "
                    "install the 'localmodel' extra for the embedded model)", handle)


def _local_model_app() -> tuple[Any, str]:
    from exportgate.localmodel.engine import shared_model
    from exportgate.localmodel.server import LocalModelApp, ServerSettings
    from exportgate.watermark.settings import load_settings

    keyring, params = load_settings(None)
    settings = ServerSettings(keyring, params, "obligation")
    return LocalModelApp(shared_model(), settings), settings.model_id


def gateway_config(workdir: Path, upstream: Upstream) -> Any:
    from exportgate.gateway.config import config_from_dict

    return config_from_dict({
        "listen": {"host": "127.0.0.1", "port": 0},
        "store": f"sqlite:///{workdir / 'exportgate.db'}",
        "upstreams": [{"name": "local", "base_url": upstream.url + "/v1", "timeout_s": 120}],
        "models": [
            {"id": CONTROLLED_MODEL, "upstream": "local", "upstream_model": upstream.model,
             "controlled": True},
            {"id": OPEN_MODEL, "upstream": "local", "upstream_model": upstream.model,
             "controlled": False},
        ],
        "trusted_proxies": ["127.0.0.1/32"],
        "usage": {"spool_dir": str(workdir / "spool")},
        "caches": {"switches_ttl_s": 0.2},
    }, source="demo configuration")


def send(gateway_url: str, scenario: Scenario, api_key: str, prompt: str,
         max_tokens: int) -> Outcome:
    """One chat completion through the gateway, as the customer's client would send it."""
    target = urlparse(gateway_url)
    conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=180)
    body = {"model": scenario.model, "max_tokens": max_tokens, "stream": scenario.stream,
            "messages": [{"role": "user", "content": prompt}]}
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json",
               "X-Forwarded-For": scenario.ip, "User-Agent": "exportgate-demo/1.0"}
    started = time.perf_counter()
    conn.request("POST", "/v1/chat/completions", json.dumps(body), headers)
    response = conn.getresponse()
    raw = response.read()
    latency = (time.perf_counter() - started) * 1000
    conn.close()
    if response.status == 200:
        text = _answer_text(raw, scenario.stream)
        key = response.getheader("x-exportgate-watermark-key")
        if key:
            text += f" [watermarked, key {key}]"
        return Outcome(scenario, 200, "allow", "ALLOWED", text, latency, {"watermark_key": key})
    error = json.loads(raw).get("error", {}) if raw.startswith(b"{") else {}
    code = str(error.get("code") or error.get("type") or response.status)
    decision = "review" if code == "pending_review" else "deny" if response.status == 403 \
        else "error"
    return Outcome(scenario, response.status, decision, code.upper(),
                   str(error.get("message", raw[:200])), latency)


def _answer_text(raw: bytes, stream: bool) -> str:
    if not stream:
        return str(json.loads(raw)["choices"][0]["message"].get("content") or "")
    parts = []
    for line in raw.decode("utf-8").splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:]).get("choices", []):
                parts.append(choice.get("delta", {}).get("content") or "")
    return "".join(parts)


def run_demo(workdir: Path, upstream_choice: str = "auto", max_tokens: int = 24,
             progress: Any = None) -> dict[str, Any]:
    """Run everything; return the outcomes and the checks for the report."""
    from exportgate.accounts.importer import import_accounts
    from exportgate.audit import AuditLog
    from exportgate.gateway.server import run_in_thread
    from exportgate.store import open_store

    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)

    def step(text: str) -> None:
        if progress is not None:
            progress(text)

    step("screening the demo accounts against the shipped lists")
    accounts_file = workdir / "accounts.jsonl"
    accounts_file.write_text(_demo_text("accounts.jsonl"))
    store = open_store(f"sqlite:///{workdir / 'exportgate.db'}")
    imported = import_accounts(store, accounts_file)
    accounts = demo_accounts()

    step("starting the upstream model")
    upstream = start_upstream(upstream_choice)
    outcomes: list[Outcome] = []
    try:
        step("starting the gateway")
        gateway = run_in_thread(gateway_config(workdir, upstream))
        try:
            scenarios = demo_scenarios()
            for paused in (False, True):
                if paused:
                    step("pausing international access (one switch)")
                    store.set_switch("international_pause", True, updated_by="demo")
                    _wait_for_pause(gateway)
                for scenario in (s for s in scenarios if s.pause == paused):
                    step(scenario.label)
                    key = accounts[scenario.account].api_keys[0]
                    outcomes.append(send(gateway.url, scenario, key,
                                         "In one sentence: what does an export licence do?",
                                         max_tokens))
            store.set_switch("international_pause", False, updated_by="demo")
        finally:
            step("stopping the gateway (flushing usage and audit records)")
            gateway.stop()
    finally:
        upstream.handle.stop()

    audit = AuditLog(store).verify()
    result = {
        "workdir": str(workdir),
        "upstream": upstream.description,
        "imported": imported.summary(),
        "reviews": store.review_items(),
        "outcomes": outcomes,
        "audit": audit.describe(),
        "audit_ok": audit.ok,
        "usage_records": store.count_usage(),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    report = workdir / "report.html"
    report.write_text(render_report(result), encoding="utf-8")
    result["report"] = str(report)
    return result


def _wait_for_pause(gateway: Any) -> None:
    """Running gateways pick the switch up on their next refresh (0.2 s in the demo)."""
    deadline = time.monotonic() + SWITCH_WAIT_S
    while not gateway.gateway.decisions.switches.international_pause:
        if time.monotonic() > deadline:
            raise RuntimeError("the gateway did not pick up the pause switch")
        time.sleep(0.05)


def render_report(result: dict[str, Any]) -> str:
    """A self-contained HTML report a compliance officer can read and archive."""
    colours = {"allow": "#1b7f3b", "deny": "#b42318", "review": "#b54708", "error": "#555"}
    rows = []
    for o in result["outcomes"]:
        s = o.scenario
        rows.append(
            "<tr>"
            f"<td>{html.escape(s.label)}</td>"
            f"<td>{html.escape(s.account)}<br><small>{html.escape(s.ip)}</small></td>"
            f"<td>{html.escape(s.model)}</td>"
            f"<td>{o.status}</td>"
            f"<td style='color:{colours.get(o.decision, '#555')};font-weight:600'>"
            f"{html.escape(o.decision.upper())}</td>"
            f"<td><code>{html.escape(o.code)}</code></td>"
            f"<td>{html.escape(o.message)}</td>"
            f"<td>{'✓' if o.as_expected else '✗ expected ' + html.escape(s.expect)}</td>"
            "</tr>"
        )
    reviews = "".join(
        f"<li><code>{html.escape(r['code'])}</code> {html.escape(r['account_id'])}: "
        f"{html.escape(r['summary'])}</li>" for r in result["reviews"]
    ) or "<li>none</li>"
    counts: dict[str, int] = {}
    for o in result["outcomes"]:
        counts[o.decision] = counts.get(o.decision, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>exportgate demo report</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#1d2939}}
table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #d0d5dd;padding:.4rem;
vertical-align:top;text-align:left}} th{{background:#f2f4f7}} small{{color:#667085}}
</style></head><body>
<h1>exportgate demo report</h1>
<p>Finished {html.escape(result['finished'])}. Upstream: {html.escape(result['upstream'])}.</p>
<h2>Summary</h2>
<ul>
<li id="decisions">Requests: {len(result['outcomes'])} ({html.escape(summary)})</li>
<li id="usage">Usage records stored: {result['usage_records']}</li>
<li id="audit">Audit: {html.escape(result['audit'])}</li>
<li>Accounts: {html.escape(result['imported'])}</li>
</ul>
<h2>Requests</h2>
<table id="requests"><thead><tr><th>Scenario</th><th>Caller</th><th>Model</th><th>HTTP</th>
<th>Decision</th><th>Reason</th><th>Message or answer</th><th>Expected</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>Compliance review queue</h2><ul id="reviews">{reviews}</ul>
</body></html>
"""


def demo(
    workdir: Path = typer.Option(DEMO_DIR, "--workdir", help="Where the demo keeps its store, "
                                 "spool and report (recreated on each run)."),
    upstream: str = typer.Option("auto", "--upstream", help="auto, local (the embedded model) "
                                 "or standin."),
    max_tokens: int = typer.Option(24, "--max-tokens", help="Tokens per answer."),
) -> None:
    """Run exportgate on embedded defaults: accounts, lists, location data, a local upstream and
    the gateway, with realistic traffic over HTTP; prints a summary and writes an HTML report."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table

    console = Console()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("starting", total=None)
        result = run_demo(workdir, upstream, max_tokens,
                          progress=lambda text: bar.update(task, description=text))
    console.print(f"Upstream: {result['upstream']}")
    console.print(f"Accounts: {result['imported']}")
    table = Table(title="exportgate demo: requests through the gateway", show_lines=True)
    for column in ("Scenario", "From", "Model", "HTTP", "Decision", "Why / answer"):
        table.add_column(column, overflow="fold")
    colours = {"allow": "green", "deny": "red", "review": "yellow", "error": "magenta"}
    for o in result["outcomes"]:
        verdict = f"[{colours[o.decision]}]{o.decision.upper()}[/]"
        if not o.as_expected:
            verdict += f" (expected {o.scenario.expect})"
        why = o.message if o.decision == "allow" else f"[bold]{o.code}[/bold]: {o.message}"
        table.add_row(o.scenario.label, o.scenario.ip, o.scenario.model, str(o.status),
                      verdict, why)
    console.print(table)
    console.print(f"Usage records stored: {result['usage_records']} · {result['audit']}")
    console.print(f"Compliance review queue: {len(result['reviews'])} item(s)")
    console.print(f"HTML report: {result['report']}")
    bad = [o for o in result["outcomes"] if not o.as_expected]
    if bad or not result["audit_ok"]:
        console.print(f"[red]{len(bad)} request(s) did not get the expected decision[/red]")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
