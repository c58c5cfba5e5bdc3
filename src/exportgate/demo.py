"""``exportgate demo``: exportgate on its embedded defaults, deciding realistic requests.

The demo accounts and scenarios live in ``exportgate/data/demo``; every decision is audited in a
local SQLite store and the audit chain is verified at the end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import typer

from exportgate.records import Account, Decision, parse

DEMO_DIR = Path(".exportgate")


@dataclass(frozen=True)
class Scenario:
    label: str
    account: str
    ip: str
    model: str
    expect: str
    pause: bool = False


def _demo_lines(name: str) -> list[str]:
    text = resources.files("exportgate").joinpath("data", "demo", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip()]


def demo_accounts() -> dict[str, Account]:
    accounts = [parse(Account, line) for line in _demo_lines("accounts.jsonl")]
    return {a.id: a for a in accounts}


def demo_scenarios() -> list[Scenario]:
    return [Scenario(**json.loads(line)) for line in _demo_lines("scenarios.jsonl")]


DEMO_MODELS = {"frontier-5": True, "open-small": False}


def decide_scenarios(store_url: str) -> list[tuple[Scenario, Decision, dict[str, Any]]]:
    """Decide every scenario in-process and audit each decision."""
    from exportgate.audit import AuditLog, decision_entry
    from exportgate.records import ModelRef, RequestFacts, Switches, to_builtins
    from exportgate.runtime import build_engine
    from exportgate.store import open_store

    engine = build_engine()
    log = AuditLog(open_store(store_url))
    accounts = demo_accounts()
    results = []
    entries = []
    for scenario in demo_scenarios():
        account = accounts[scenario.account]
        request = RequestFacts(model=ModelRef(id=scenario.model,
                                              controlled=DEMO_MODELS[scenario.model]),
                               ip=scenario.ip)
        switches = Switches(international_pause=scenario.pause)
        facts = engine.build_facts(account, request, None, switches)
        decision = engine.evaluate(facts, request.action)
        results.append((scenario, decision, facts.context))
        entries.append(decision_entry(account.id, {"account": to_builtins(account),
                                                   "request": to_builtins(request),
                                                   "switches": to_builtins(switches)}, decision))
    log.append(entries)
    return results


def demo(
    workdir: Path = typer.Option(DEMO_DIR, "--workdir", help="Where the demo keeps its store."),
) -> None:
    """Run exportgate on embedded defaults: decide realistic requests and show why."""
    from rich.console import Console
    from rich.table import Table

    from exportgate.audit import AuditLog
    from exportgate.store import open_store

    console = Console()
    workdir.mkdir(parents=True, exist_ok=True)
    store_url = f"sqlite:///{workdir / 'demo.db'}"
    with console.status("Loading restricted-party lists and location data…"):
        results = decide_scenarios(store_url)
    table = Table(title="exportgate — decisions on realistic requests", show_lines=True)
    for column in ("Scenario", "From", "Model", "Decision", "Why"):
        table.add_column(column, overflow="fold")
    colours = {"allow": "green", "deny": "red", "review": "yellow"}
    mismatches = 0
    for scenario, decision, context in results:
        where = ", ".join(sorted(context["destinations"])) or "unknown"
        network = context["network"]
        why = "\n".join(f"[bold]{r.code}[/bold]: {r.message}" for r in decision.reasons)
        verdict = f"[{colours[decision.decision]}]{decision.decision.upper()}[/]"
        if decision.decision != scenario.expect:
            mismatches += 1
            verdict += f" (expected {scenario.expect})"
        table.add_row(scenario.label, f"{scenario.ip}\n{where} · {network}", scenario.model,
                      verdict, why)
    console.print(table)
    result = AuditLog(open_store(store_url)).verify()
    console.print(f"Audit log {workdir / 'demo.db'}: {result.describe()}")
    if mismatches:
        console.print(f"[red]{mismatches} scenario(s) did not get the expected decision[/red]")
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
