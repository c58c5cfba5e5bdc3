"""The demo behind ``exportgate demo``: the whole product on its embedded defaults, driven over HTTP.

It imports the demo accounts (``exportgate/data/demo``) into a fresh SQLite store (screening each
against the shipped lists), starts a local upstream model (the embedded model when the
``localmodel`` extra is installed, otherwise the clearly named stand-in server) and the gateway,
then sends realistic traffic through the gateway as the customers would: each request carries the
caller's API key, and its origin address in ``X-Forwarded-For`` from a trusted local proxy. At
the end it prints a summary, verifies the audit chain and writes an HTML report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.client
import json
import shutil
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import msgspec
import typer

from exportgate.drill import DrillResult
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
    accounts = [
        parse(Account, line) for line in _demo_text("accounts.jsonl").splitlines() if line.strip()
    ]
    return {a.id: a for a in accounts}


def demo_scenarios() -> list[Scenario]:
    return [
        Scenario(**json.loads(line))
        for line in _demo_text("scenarios.jsonl").splitlines()
        if line.strip()
    ]


@dataclass
class Upstream:
    url: str
    model: str
    description: str
    handle: Any


def start_upstream(choice: str) -> Upstream:
    """The embedded model if it is installed (or asked for), else the stand-in."""
    from exportgate.server import run_app_in_thread

    if choice in ("auto", "local"):
        from exportgate.localmodel import runtime_available

        available, why_not = runtime_available()
        if available:
            app, model_id = _local_model_app()
            handle = run_app_in_thread(app)
            return Upstream(
                handle.url,
                model_id,
                f"embedded model {model_id} (NumPy on the "
                "CPU; outputs of controlled models watermarked)",
                handle,
            )
        if choice == "local":
            raise typer.BadParameter(f"the embedded model is not available: {why_not}")
    from exportgate.gateway.standin import StandinUpstream

    handle = run_app_in_thread(StandinUpstream())
    return Upstream(
        handle.url,
        "standin-long",  # long answers where max_tokens asks for them (the campaign does)
        "local stand-in server (not a model: fixed answers; "
        "install the 'localmodel' extra for the embedded model)",
        handle,
    )


def _local_model_app() -> tuple[Any, str]:
    from exportgate.localmodel.engine import shared_model
    from exportgate.localmodel.server import LocalModelApp, ServerSettings
    from exportgate.watermark.settings import load_settings

    keyring, params = load_settings(None)
    settings = ServerSettings(keyring, params, "obligation")
    return LocalModelApp(shared_model(), settings), settings.model_id


def gateway_config(workdir: Path, upstream: Upstream) -> Any:
    from exportgate.config import config_from_dict

    return config_from_dict(
        {
            "listen": {"host": "127.0.0.1", "port": 0},
            "store": f"sqlite:///{workdir / 'exportgate.db'}",
            "upstreams": [
                {
                    "name": "local",
                    "base_url": upstream.url + "/v1",
                    "timeout_s": 120,
                    # the embedded model serves the OpenAI API only; the stand-in both
                    "dialects": ["openai"]
                    if not upstream.model.startswith("standin")
                    else ["openai", "anthropic"],
                }
            ],
            "models": [
                {
                    "id": CONTROLLED_MODEL,
                    "upstream": "local",
                    "upstream_model": upstream.model,
                    "controlled": True,
                    "fallback": OPEN_MODEL,
                },
                {
                    "id": OPEN_MODEL,
                    "upstream": "local",
                    "upstream_model": upstream.model,
                    "controlled": False,
                },
            ],
            "trusted_proxies": ["127.0.0.1/32"],
            "usage": {"spool_dir": str(workdir / "spool")},
            "caches": {"switches_ttl_s": 0.2},
        },
        source="demo configuration",
    )


def send(
    gateway_url: str, scenario: Scenario, api_key: str, prompt: str, max_tokens: int
) -> Outcome:
    """One chat completion through the gateway, as the customer's client would send it."""
    target = urlparse(gateway_url)
    conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=180)
    body = {
        "model": scenario.model,
        "max_tokens": max_tokens,
        "stream": scenario.stream,
        "messages": [{"role": "user", "content": prompt}],
    }
    headers = {
        "Authorization": f"Bearer {api_key}",
        "Content-Type": "application/json",
        "X-Forwarded-For": scenario.ip,
        "User-Agent": "exportgate-demo/1.0",
    }
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
    decision = (
        "review" if code == "pending_review" else "deny" if response.status == 403 else "error"
    )
    return Outcome(
        scenario,
        response.status,
        decision,
        code.upper(),
        str(error.get("message", raw[:200])),
        latency,
    )


def _answer_text(raw: bytes, stream: bool) -> str:
    if not stream:
        return str(json.loads(raw)["choices"][0]["message"].get("content") or "")
    parts = []
    for line in raw.decode("utf-8").splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            for choice in json.loads(line[6:]).get("choices", []):
                parts.append(choice.get("delta", {}).get("content") or "")
    return "".join(parts)


def run_demo(
    workdir: Path, upstream_choice: str = "auto", max_tokens: int = 24, progress: Any = None
) -> dict[str, Any]:
    """Run everything; return the outcomes and the checks for the report."""
    from exportgate.accounts.importer import import_accounts
    from exportgate.audit import AuditLog
    from exportgate.server import run_in_thread
    from exportgate.store import open_store

    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)

    def step(text: str) -> None:
        if progress is not None:
            progress(text)

    step("screening the demo accounts against the shipped lists")
    accounts_file = workdir / "accounts.jsonl"
    from exportgate.demo_story.story import extra_account_lines, finish, run_story

    accounts_file.write_text(_demo_text("accounts.jsonl") + extra_account_lines())
    store = open_store(f"sqlite:///{workdir / 'exportgate.db'}")
    imported = import_accounts(store, accounts_file)
    accounts = demo_accounts()
    drill_file = workdir / "drill_accounts.jsonl"
    drill_file.write_text(_demo_text("drill_accounts.jsonl"))
    drill_imported = import_accounts(store, drill_file)
    drill: list[DrillResult] = []

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
                    outcomes.append(
                        send(
                            gateway.url,
                            scenario,
                            key,
                            "In one sentence: what does an export licence do?",
                            max_tokens,
                        )
                    )
                    step(f"{scenario.label}: {outcomes[-1].decision.upper()} {outcomes[-1].code}")
            store.set_switch("international_pause", False, updated_by="demo")
            _wait_for_pause(gateway, False)
            config = gateway_config(workdir, upstream)
            story = run_story(
                gateway,
                store,
                {a.id: a.api_keys[0] for a in accounts.values()},
                not upstream.model.startswith("standin"),
                max_tokens,
                workdir,
                [msgspec.to_builtins(m) for m in config.models],
                step,
            )
            drill = run_drill(gateway, store, max_tokens, step)  # last: it changes frontier-5
        finally:
            step("stopping the gateway (flushing usage and audit records)")
            gateway.stop()
    finally:
        upstream.handle.stop()

    finish(story, store)
    audit = AuditLog(store).verify()
    result = {
        "story": story,
        "workdir": str(workdir),
        "upstream": upstream.description,
        "imported": imported.summary(),
        "drill_imported": drill_imported.summary(),
        "drill": drill,
        "reviews": store.review_items(),
        "outcomes": outcomes,
        "audit": audit.describe(),
        "audit_ok": audit.ok,
        "usage_records": store.count_usage(),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "lists": _lists_note(),
    }
    report = workdir / "report.html"
    from exportgate.demo_story.report import render

    report.write_text(render(result), encoding="utf-8")
    result["report"] = str(report)
    return result


def _lists_note() -> str:
    """Whether the demo decided on an old restricted-party list snapshot (it does, as shipped)."""
    from exportgate.policy.freshness import active_list_freshness

    return active_list_freshness().message


DRILL_IP = "73.0.0.1"


def run_drill(gateway: Any, store: Any, max_tokens: int, step: Any) -> list[DrillResult]:
    """The June 2026 order on frontier-5, step by step through the running gateway."""
    from exportgate.drill import STEPS, apply_controls, drill_accounts, send, wait_until_applied

    keys = {a.id: a.api_keys[0] for a in drill_accounts().values()}
    speaks = set(gateway.gateway.config.upstreams[0].dialects)
    results = []
    for drill_step in STEPS:
        if "anthropic" not in speaks:  # sent with the OpenAI API: the end user in ``user``
            drill_step = dataclasses.replace(
                drill_step,
                requests=list(
                    dataclasses.replace(
                        item,
                        dialect="openai",
                        via="user" if item.via == "metadata" else item.via,
                        label=item.label.replace("(Anthropic API)", "(OpenAI API)"),
                    )
                    for item in drill_step.requests
                ),
            )
        step(f"drill: {drill_step.title}")
        apply_controls(store, drill_step, by="demo drill")
        applied_s = wait_until_applied(gateway.gateway, store)
        outcomes = [
            send(
                gateway.url,
                item,
                keys[item.account],
                DRILL_IP,
                "In one sentence: what does an export licence do?",
                max_tokens,
            )
            for item in drill_step.requests
        ]
        results.append(DrillResult(drill_step, applied_s, outcomes))
    return results


def _wait_for_pause(gateway: Any, on: bool = True) -> None:
    """Running gateways pick the switch up on their next refresh (0.2 s in the demo)."""
    deadline = time.monotonic() + SWITCH_WAIT_S
    while gateway.gateway.decisions.switches.international_pause != on:
        if time.monotonic() > deadline:
            raise RuntimeError("the gateway did not pick up the pause switch")
        time.sleep(0.05)
