"""``exportgate pause on|off|approve|reject --officer NAME``: the pause under officers' signatures.

Called by the ``pause`` command; returns False where no officers are registered (a single-user
store keeps the plain ``pause on|off --by NAME``)."""

from __future__ import annotations

import typer

from exportgate.cli.common import fail
from exportgate.store import Store


def signed_pause(
    store: Store, state: str, change_id: int | None, officer: str | None, reason: str
) -> bool:
    """Handle ``state`` with officers' signatures; False where the store has no officers."""
    from exportgate.officers import changes, pause
    from exportgate.officers.registry import any_registered

    if not any_registered(store):
        if officer is not None or state in ("approve", "reject"):
            fail("no officers are registered (exportgate officers add): use pause on|off --by", 1)
        return False
    if officer is None:
        fail("officers are registered in this store: name yourself with --officer NAME", 1)
    assert officer is not None
    try:
        if state == "on":
            pause.pause_on(store, officer, reason, via="cli")
            typer.echo("international access pause is now ON")
        elif state == "off":
            change = pause.propose_off(store, officer, reason)
            typer.echo(
                f"change {change.id}: turning the international pause off proposed by "
                f"{change.proposed_by}; awaiting approval by a different approver "
                f"(exportgate pause approve {change.id} --officer NAME)"
            )
        else:
            if change_id is None:
                fail(f"pause {state} needs the proposal's number (exportgate pause {state} ID)", 1)
            assert change_id is not None
            found = changes.get(store, change_id)
            if found is None or found.kind != pause.PAUSE_OFF:
                fail(f"change {change_id} is not a proposal to turn the pause off", 1)
            if state == "approve":
                changes.approve(store, change_id, officer)
                typer.echo(f"change {change_id} approved: international access pause is now off")
            else:
                changes.reject(store, change_id, officer)
                typer.echo(f"change {change_id} rejected: the pause stays on")
    except changes.ChangeError as exc:
        fail(str(exc), 1)
    return True
