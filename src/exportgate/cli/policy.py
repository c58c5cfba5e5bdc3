"""``exportgate decide``: decisions for a batch of cases, each one audited."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import IO, Any

import typer

from exportgate.cli.common import fail, open_configured_store

AUDIT_BATCH = 1000


def decide(
    batch: Path = typer.Option(..., "--batch", help="Cases as JSON lines (DESIGN.md decide case)."),
    out: Path = typer.Option(
        ..., "--out", help="Where to write one decision per line ('-' = stdout)."
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Gateway YAML: its store gets the audit records."
    ),
    policy: Path | None = typer.Option(
        None, "--policy", help="A Cedar policy file instead of the default."
    ),
    audit: bool = typer.Option(
        True, "--audit/--no-audit", help="Append every decision to the audit log."
    ),
) -> None:
    """Decide every case in a JSON-lines file.

    A line that is not a valid case yields {"id", "error"} naming the field, and the batch goes
    on; the exit status is 1 if any line was an error (after all lines are written).
    """
    import msgspec

    from exportgate.audit import AuditLog, decision_entry
    from exportgate.policy.model_access import reroute_target
    from exportgate.records import (
        DecideCase,
        DecisionContext,
        RecordError,
        parse_lines,
        to_json,
    )
    from exportgate.runtime import build_engine

    engine = build_engine(policy_file=policy)
    log = AuditLog(open_configured_store(config)) if audit else None
    pending: list[Any] = []
    counts: Counter[str] = Counter()
    sink: IO[bytes] = sys.stdout.buffer if str(out) == "-" else out.open("wb")
    try:
        with batch.open("rb") as source:
            for _number, item in parse_lines(DecideCase, source):
                if isinstance(item, RecordError):
                    counts["error"] += 1
                    sink.write(to_json(item.to_dict()) + b"\n")
                    continue
                decision = engine.decide_case(item)
                counts[decision.decision] += 1
                output = decision.to_output(item.id)
                extra = DecisionContext(case_id=item.id)
                reroute = reroute_target(decision, item.request.model)
                if reroute is not None:
                    output["reroute"] = extra.reroute = reroute
                sink.write(to_json(output) + b"\n")
                if log is not None:
                    # the case is the input, without what the test file expects of it
                    inputs = msgspec.structs.replace(item, expect=None)
                    pending.append(decision_entry(item.account.id, inputs, decision, extra=extra))
                    if len(pending) >= AUDIT_BATCH:
                        log.append(pending)
                        pending = []
        if log is not None and pending:
            log.append(pending)
    finally:
        if sink is not sys.stdout.buffer:
            sink.close()
    summary = ", ".join(f"{counts[k]} {k}" for k in ("allow", "deny", "review", "error"))
    typer.echo(f"decided {sum(counts.values())} cases: {summary}", err=True)
    if counts["error"]:
        raise typer.Exit(1)


policy_app = typer.Typer(
    help="Read, check and test the export-control policy (a Cedar file).", no_args_is_help=True
)


@policy_app.command("show")
def show(
    policy: Path | None = typer.Option(
        None, "--policy", help="A Cedar policy file instead of the default."
    ),
) -> None:
    """List the policy's rules, most severe first: reason code, outcome and message."""
    from rich.console import Console
    from rich.table import Table

    from exportgate.policy import PolicyEngine, default_policy_text

    engine = PolicyEngine(policy.read_text("utf-8") if policy else default_policy_text())
    table = Table(title=f"policy {engine.version}", show_lines=True)
    for column in ("rule", "effect", "reason / obligation", "outcome", "message"):
        table.add_column(column, overflow="fold")
    for rule in engine.rules:
        table.add_row(
            rule.policy.policy_id,
            rule.policy.effect,
            rule.reason or f"obligation: {rule.obligation}",
            rule.outcome or ("allow" if rule.reason else ""),
            rule.message,
        )
    Console().print(table)


@policy_app.command("test")
def test(
    cases: Path = typer.Argument(
        ...,
        help="Cases as JSON lines, each with an `expect` object: "
        '{"decision": ..., "codes": [...]}.',
    ),
    policy: Path | None = typer.Option(
        None, "--policy", help="A Cedar policy file instead of the default."
    ),
) -> None:
    """Check a policy against expected decisions; exit 1 if any case fails.

    This is how a compliance officer tests a policy change without writing Python: add a case
    line with the expected decision and the reason codes that must appear, then run this.
    """
    from exportgate.records import DecideCase, RecordError, parse_lines
    from exportgate.runtime import build_engine

    engine = build_engine(policy_file=policy)
    failures = passed = 0
    with cases.open("rb") as source:
        for number, item in parse_lines(DecideCase, source):
            if isinstance(item, RecordError):
                failures += 1
                typer.echo(f"line {number}: ERROR {item}")
                continue
            if not item.expect:
                failures += 1
                typer.echo(f"line {number} ({item.id}): ERROR no `expect` object")
                continue
            decision = engine.decide_case(item)
            want = item.expect.get("decision")
            missing = [c for c in item.expect.get("codes", []) if c not in decision.codes]
            if "reroute" in item.expect:  # per-model access orders (issue 16)
                from exportgate.policy.model_access import reroute_target

                got = reroute_target(decision, item.request.model)
                if got != item.expect["reroute"]:
                    missing.append(f"reroute {item.expect['reroute']} (got {got})")
            if decision.decision != want or missing:
                failures += 1
                typer.echo(
                    f"{item.id}: FAIL expected {want} {item.expect.get('codes', [])}, got "
                    f"{decision.decision} {decision.codes}"
                    + (f"; missing {', '.join(missing)}" if missing else "")
                )
                for reason in decision.reasons:
                    typer.echo(f"    {reason.code}: {reason.message}")
            else:
                passed += 1
    typer.echo(f"{passed} passed, {failures} failed (policy {engine.version})")
    if failures:
        raise typer.Exit(1)


def pause(
    state: str = typer.Argument("status", help="on, off, status, approve or reject."),
    change_id: int | None = typer.Argument(None, help="approve/reject: the proposal's number."),
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
    by: str | None = typer.Option(
        None,
        "--by",
        help="Who flips the switch (kept in the audit log), where no officers are registered.",
    ),
    reason: str | None = typer.Option(None, "--reason", help="Why (kept in the audit log)."),
    model: str | None = typer.Option(
        None,
        "--model",
        help="Pause one model for every caller "
        "instead (MODEL_PAUSED; its fallback, if any, is served).",
    ),
    officer: str | None = typer.Option(
        None, "--officer", help="The officer signing (required where officers are registered)."
    ),
) -> None:
    """Pause (or resume) international access to export-controlled models: one switch.

    While on, every request to a controlled model from outside the home countries, or by a person
    who is not a US person, is denied with INTERNATIONAL_ACCESS_PAUSED. Running gateways pick the
    change up within their switch refresh interval (2 s by default). Each flip is audited.
    With --model ID, the switch is that model's own pause (every caller, every country).
    Where officers are registered, --officer is required: an admin turns it on alone; turning
    it off is proposed by an admin and applied by `pause approve ID` of a different approver.
    """
    from exportgate.policy.switches import PAUSE_SWITCH, set_international_pause

    store = open_configured_store(config)
    if model is not None:
        _model_pause(store, model, state, by, reason, officer)
        return
    if state == "status":
        value = store.get_switch(PAUSE_SWITCH)
        typer.echo(f"international access pause is {'ON' if value else 'off'}")
        return
    if state not in ("on", "off", "approve", "reject"):
        raise typer.BadParameter("expected on, off, status, approve or reject", param_hint="STATE")
    from exportgate.cli.pause import signed_pause

    if signed_pause(store, state, change_id, officer, reason or ""):
        return
    set_international_pause(store, state == "on", by, reason)
    typer.echo(f"international access pause is now {'ON' if state == 'on' else 'off'}")


def _model_pause(
    store: Any,
    model: str,
    state: str,
    by: str | None,
    reason: str | None,
    officer: str | None = None,
) -> None:
    from exportgate.officers.registry import any_registered
    from exportgate.policy.model_controls import load_model_states, set_model_pause

    if state == "status":
        found = load_model_states(store).get(model)
        typer.echo(f"{model} is {'PAUSED' if found and found.paused else 'not paused'}")
        return
    if state not in ("on", "off"):
        raise typer.BadParameter("expected on, off or status", param_hint="STATE")
    if any_registered(store):  # one admin pauses; resuming takes a second approver
        from exportgate.officers import changes, model_orders

        if officer is None:
            typer.echo(
                "error: officers are registered in this store: name yourself with --officer NAME",
                err=True,
            )
            raise typer.Exit(1)
        try:
            if state == "on":
                model_orders.pause_on(store, model, officer, reason or "", via="cli")
            else:
                change = model_orders.propose_pause_off(store, model, officer, reason or "")
                typer.echo(
                    f"change {change.id}: resuming {model} proposed by "
                    f"{change.proposed_by}; awaiting approval by a different approver "
                    f"(exportgate changes approve {change.id} --officer NAME)"
                )
                return
        except changes.ChangeError as exc:
            fail(str(exc), 1)
    else:
        set_model_pause(store, model, state == "on", by, reason)
    typer.echo(
        f"{model} is now {'PAUSED for every caller' if state == 'on' else 'not paused'}"
        " (audited; running gateways apply it within their switch refresh)"
    )


def register(app: typer.Typer) -> None:
    app.command("decide")(decide)
    app.command("pause")(pause)
    app.add_typer(policy_app, name="policy")
