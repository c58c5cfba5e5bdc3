"""The console's actions (POST, CSRF-checked by the caller): sign out, the international pause
and per-model orders, four-eyes changes, review verdicts and their second signature, officer
management and audit-chain verification. Every action checks its role; break-glass use is
audited."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from urllib.parse import quote

from exportgate.console import auth, pages, roles
from exportgate.console.auth import Session
from exportgate.console.events import record_event
from exportgate.console.responses import Form, redirect, respond
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Scope, Send
from exportgate.records import ModelRef
from exportgate.store import Store

OFFICER_ACTIONS = ("add", "disable", "reset")


class Actions:
    """What a signed-in officer can change (each action checks the role it needs)."""

    def __init__(self, store: Store, sessions: auth.Sessions, models: list[ModelRef]) -> None:
        self.store = store
        self.sessions = sessions
        self.models = models

    def _manage(self, action: str, name: str, role: str, session: Session) -> None:
        """Add, disable or reset an officer (admins); audited by the registry as
        ``console:ADMIN``. An admin cannot disable or reset themselves from the console."""
        from exportgate.officers import registry

        by = f"console:{session.officer}"
        try:
            if action != "add" and name == session.officer:
                raise registry.OfficerError(
                    "you cannot disable or reset your own sign-in here; ask another admin"
                )
            if action == "add":
                password = registry.add(self.store, name, role, by)
                session.flash = (
                    f"Officer {name} added as {role}. One-time password (shown "
                    f"once; hand it over in person): {password}"
                )
            elif action == "disable":
                registry.disable(self.store, name, by)
                self.sessions.end_officer(name)
                session.flash = f"Officer {name} disabled and signed out."
            else:
                password = registry.reset(self.store, name, by)
                self.sessions.end_officer(name)
                session.flash = f"New one-time password for {name} (shown once): {password}"
        except registry.OfficerError as exc:
            session.error = str(exc)

    # actions ----------------------------------------------------------------------------
    async def post(
        self,
        path: str,
        form: Form,
        scope: Scope,
        send: Send,
        sid: str,
        session: Session,
    ) -> None:
        def field(name: str) -> str:
            return form.get(name, [""])[0].strip()

        parts = path.split("/")[2:]
        if parts == ["logout"]:
            self.sessions.end(sid)
            await redirect(send, "/console/login", [auth.set_cookie(scope, "", 0)])
            return
        if session.via == roles.BREAK_GLASS:
            await asyncio.to_thread(
                record_event,
                self.store,
                "break_glass_action",
                roles.BREAK_GLASS,
                path=path,
                address=auth.client_address(scope),
            )
        if parts == ["pause"]:
            await self._pause(field("state"), field("reason"), session)
            await redirect(send, "/console")
        elif (
            len(parts) == 3
            and parts[0] == "changes"
            and parts[1].isdigit()
            and parts[2] in ("approve", "reject")
        ):
            await self._change(int(parts[1]), parts[2], session)
            await redirect(send, "/console")
        elif len(parts) == 2 and parts[0] == "reviews" and parts[1].isdigit():
            roles.need(session, "verdict")
            await self._verdict(
                int(parts[1]), field("verdict"), field("note"), form.get("entry") or None, session
            )
            await redirect(send, f"/console/reviews/{quote(parts[1])}")
        elif (
            len(parts) == 3
            and parts[0] == "reviews"
            and parts[1].isdigit()
            and parts[2] in ("approve", "reject")
        ):
            roles.need(session, parts[2])
            await self._second(int(parts[1]), parts[2], field("note"), session)
            await redirect(send, f"/console/reviews/{quote(parts[1])}")
        elif len(parts) == 2 and parts[0] == "officers" and parts[1] in OFFICER_ACTIONS:
            roles.need(session, "manage_officers")
            await asyncio.to_thread(self._manage, parts[1], field("name"), field("role"), session)
            await redirect(send, "/console/officers")
        elif len(parts) == 3 and parts[0] == "models":
            await self._model_control(parts[1], parts[2], field, session)
            await redirect(send, "/console/models")
        elif parts == ["audit", "verify"]:
            from exportgate.audit import AuditLog

            roles.need(session, "verify_audit")
            result = await asyncio.to_thread(lambda: AuditLog(self.store).verify())
            session.flash = result.describe()
            await redirect(send, "/console/audit")
        else:
            await respond(send, 404, pages.not_found(f"There is no action {path}.", session.csrf))

    async def _pause(self, state: str, reason: str, session: Session) -> None:
        from exportgate.officers import changes, pause
        from exportgate.policy.switches import set_international_pause

        if state not in ("on", "off") or not reason:
            raise GatewayError(
                400, "invalid_form", "Flipping the pause needs the new state and a reason."
            )
        roles.need(session, "pause_on" if state == "on" else "pause_off")
        try:
            if state == "on" and session.via == roles.BREAK_GLASS:
                await asyncio.to_thread(
                    set_international_pause, self.store, True, "break-glass (console)", reason
                )
            elif state == "on":
                await asyncio.to_thread(pause.pause_on, self.store, session.officer, reason)
            else:
                change = await asyncio.to_thread(
                    pause.propose_off, self.store, session.officer, reason
                )
                session.flash = (
                    f"Change #{change.id} proposed: resuming international access "
                    "takes a different approver's approval."
                )
                return
        except changes.ChangeError as exc:
            session.error = str(exc)
            return
        session.flash = (
            f"International access pause is now ON (by {session.officer}: "
            f"{reason}). Running gateways apply it within seconds."
        )

    async def _model_control(
        self, model_id: str, action: str, field: Callable[[str], str], session: Session
    ) -> None:
        """Pause or resume a model, change its access rule, add or remove an approved entity,
        signed by the officer of the session: pausing and access changes are one admin's
        signature; resuming and approved-list edits are proposed for a second officer's
        approval (officers/model_orders.py)."""
        from exportgate.officers import changes, model_orders
        from exportgate.policy.model_controls import ControlError

        known = {m.id for m in self.models}
        if known and model_id not in known:
            raise GatewayError(404, "not_found", f"There is no model {model_id!r}.")
        reason = field("reason")
        if not reason:
            raise GatewayError(400, "invalid_form", "Every change needs a reason.")
        who = session.officer
        try:
            if action == "pause" and field("state") == "on":
                roles.need(session, "pause_on")
                await asyncio.to_thread(model_orders.pause_on, self.store, model_id, who, reason)
                session.flash = f"{model_id} is now PAUSED for every caller."
            elif action == "pause" and field("state") == "off":
                roles.need(session, "pause_off")
                change = await asyncio.to_thread(
                    model_orders.propose_pause_off, self.store, model_id, who, reason
                )
                session.flash = (
                    f"Resuming {model_id} is proposed (change #{change.id}); it "
                    "takes effect when a different approver approves it."
                )
            elif action == "access":
                roles.need(session, "pause_on")
                await asyncio.to_thread(
                    model_orders.set_access, self.store, model_id, field("access"), who, reason
                )
                session.flash = f"Access to {model_id} is now {field('access')}."
            elif action in ("approve", "unapprove") and field("account"):
                roles.need(session, "pause_off")
                account = field("account")
                change = await asyncio.to_thread(
                    model_orders.propose_approval,
                    self.store,
                    model_id,
                    account,
                    action == "approve",
                    who,
                    reason,
                )
                session.flash = (
                    f"{'Adding' if action == 'approve' else 'Removing'} {account} "
                    f"{'to' if action == 'approve' else 'from'} the approved list "
                    f"of {model_id} is proposed (change #{change.id}); it takes "
                    "effect when a different approver approves it."
                )
            else:
                raise GatewayError(
                    400, "invalid_form", f"Unknown change {action!r} or missing field."
                )
        except (ControlError, changes.ChangeError) as exc:
            session.error = str(exc)
            return
        session.flash = (
            session.flash or ""
        ) + " Audited; running gateways apply changes within seconds."

    async def _change(self, change_id: int, action: str, session: Session) -> None:
        from exportgate.officers import changes

        roles.need(session, "approve_change" if action == "approve" else "reject_change")
        try:
            if action == "approve":
                done = await asyncio.to_thread(
                    changes.approve, self.store, change_id, session.officer
                )
                session.flash = (
                    f"Change #{change_id} approved and applied: "
                    f"{changes.describe(done)} (proposed by {done.proposed_by})."
                )
            else:
                await asyncio.to_thread(changes.reject, self.store, change_id, session.officer)
                session.flash = f"Change #{change_id} rejected; nothing changed."
        except changes.ChangeError as exc:
            session.error = str(exc)

    async def _verdict(
        self, item_id: int, verdict: str, note: str, entries: list[str] | None, session: Session
    ) -> None:
        from exportgate.review.proposals import submit
        from exportgate.review.verdicts import ReviewError

        try:
            done = await asyncio.to_thread(
                submit, self.store, item_id, verdict, session.officer, note, entries
            )
        except ReviewError as exc:
            session.error = str(exc)
            return
        if done.resolution is not None:
            session.flash = f"Verdict recorded: {done.resolution.text}"
        else:
            session.flash = (
                "Verdict proposed: it takes effect when a different approver approves it."
            )

    async def _second(self, item_id: int, action: str, note: str, session: Session) -> None:
        from exportgate.review.proposals import approve, reject
        from exportgate.review.verdicts import ReviewError

        try:
            if action == "approve":
                resolution = await asyncio.to_thread(approve, self.store, item_id, session.officer)
                session.flash = f"Verdict approved: {resolution.text}"
            else:
                proposal = await asyncio.to_thread(
                    reject, self.store, item_id, session.officer, note
                )
                session.flash = (
                    f"Proposal of {proposal.verdict} by {proposal.proposed_by} "
                    "withdrawn; the item stays open."
                )
        except ReviewError as exc:
            session.error = str(exc)
