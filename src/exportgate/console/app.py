"""The console's ASGI handler: routing, the session and CSRF checks, and the three parts it
composes: :mod:`.signin` (named officers, OIDC, break-glass), :mod:`.reads` (the pages) and
:mod:`.actions` (what officers change). Store reads and writes run in worker threads, off the
gateway's event loop."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Callable
from typing import Any

from exportgate.config import ConsoleSettings
from exportgate.console import auth, pages, roles, signin
from exportgate.console.actions import Actions
from exportgate.console.auth import Session
from exportgate.console.reads import Reads
from exportgate.console.responses import read_form, redirect, respond
from exportgate.console.signin import SignIn
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Receive, Scope, Send
from exportgate.records import ModelRef
from exportgate.store import Store

COOKIE = auth.COOKIE


class Console:
    """``/console`` pages for compliance officers; see :mod:`exportgate.console`."""

    def __init__(
        self,
        store: Store,
        break_glass_token: str | None = None,
        session_ttl_s: float = 8 * 3600,
        *,
        session_idle_s: float | None = None,
        oidc: Any = None,
        backlog: Callable[[], int | None] | None = None,
        models: list[ModelRef] | None = None,
    ) -> None:
        self.store = store
        self.models = list(models or [])
        self.sessions = auth.Sessions(session_ttl_s, session_idle_s)
        self.signin = SignIn(store, self.sessions, session_ttl_s, break_glass_token, oidc)
        self.reads = Reads(store, self.models, backlog)
        self.actions = Actions(store, self.sessions, self.models)

    @classmethod
    def from_settings(
        cls,
        store: Store,
        settings: ConsoleSettings,
        backlog: Callable[[], int | None] | None = None,
        models: list[ModelRef] | None = None,
    ) -> Console:
        oidc = None
        if settings.oidc is not None:
            from exportgate.console.oidc import OidcClient

            oidc = OidcClient(settings.oidc)
        return cls(
            store,
            settings.break_glass,
            settings.session_ttl_s,
            session_idle_s=settings.session_idle_s,
            oidc=oidc,
            backlog=backlog,
            models=models,
        )

    def _current(self, scope: Scope) -> tuple[str, Session] | None:
        sid = auth.cookie_value(scope)
        session = self.sessions.get(sid)
        return (sid, session) if sid and session else None

    def _refresh(self, sid: str, session: Session) -> bool:
        """Re-read a named officer's role and state, so that disabling an officer or changing
        their role takes effect at their next click."""
        if session.via == roles.BREAK_GLASS:
            return True
        from exportgate.officers import registry

        officer = registry.get(self.store, session.officer)
        if officer is None or officer.disabled:
            self.sessions.end(sid)
            return False
        session.role = officer.role
        return True

    # ASGI -------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"].rstrip("/") or "/console"
        method: str = scope["method"]
        if path == "/console/console.css":
            await respond(send, 200, pages.CSS, content_type=b"text/css; charset=utf-8")
            return
        try:
            if path in signin.PATHS:
                await (
                    self.signin.submit(path, scope, receive, send)
                    if method == "POST"
                    else self.signin.page(scope, send)
                )
                return
            if self.signin.handles_oidc(path):
                await self.signin.oidc_step(path, scope, send)
                return
        except GatewayError as error:
            await respond(
                send, error.status, pages.layout("Refused", f"<p>{pages.e(error.message)}</p>")
            )
            return
        found = self._current(scope)
        if found is not None and not await asyncio.to_thread(self._refresh, *found):
            found = None
        if found is None:
            await redirect(send, "/console/login")
            return
        sid, session = found
        token = pages.CURRENT_OFFICER.set(
            f"{session.officer} ({session.role}"
            + (", break-glass)" if session.via == roles.BREAK_GLASS else ")")
        )
        try:
            if method == "POST":
                form = await read_form(receive, scope)
                if not hmac.compare_digest(form.get("csrf", [""])[0], session.csrf):
                    await respond(
                        send,
                        403,
                        pages.layout(
                            "Refused",
                            "<p>This form has expired or did not come from the console. "
                            "Reload the page and try again.</p>",
                            csrf=session.csrf,
                        ),
                    )
                    return
                await self.actions.post(path, form, scope, send, sid, session)
            else:
                roles.need(session, "read")
                await self.reads.get(path, scope, send, session)
        except GatewayError as error:
            await respond(
                send,
                error.status,
                pages.layout("Refused", f"<p>{pages.e(error.message)}</p>", csrf=session.csrf),
            )
        finally:
            pages.CURRENT_OFFICER.reset(token)
