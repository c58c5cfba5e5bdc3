"""Signing in to the console: named officers with a password (throttled), OIDC through an
identity provider, and the audited break-glass token. Each form carries a pre-session CSRF token."""

from __future__ import annotations

import asyncio
import hmac
import secrets
from typing import Any
from urllib.parse import parse_qs

from exportgate.console import auth, roles, views
from exportgate.console.events import record_event
from exportgate.console.responses import Form, read_form, redirect, respond
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Receive, Scope, Send
from exportgate.store import Store

PRE_COOKIE = "eg_console_pre"
OIDC_COOKIE = "eg_console_oidc"
PATHS = ("/console/login", "/console/login/break-glass")


class SignIn:
    """The sign-in pages and what they start: a session in :class:`auth.Sessions`."""

    def __init__(
        self,
        store: Store,
        sessions: auth.Sessions,
        session_ttl_s: float,
        break_glass_token: str | None = None,
        oidc: Any = None,
    ) -> None:
        self.store = store
        self.sessions = sessions
        self.throttle = auth.Throttle()
        self._ttl_s = session_ttl_s
        self._break_glass = break_glass_token.encode() if break_glass_token else None
        self._oidc = oidc

    def handles_oidc(self, path: str) -> bool:
        return self._oidc is not None and path.startswith("/console/oidc/")

    async def page(
        self,
        scope: Scope,
        send: Send,
        error: str | None = None,
        status: int = 200,
        name: str = "",
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        """The sign-in form, with a pre-session CSRF token (a cookie and a matching hidden field),
        so another site cannot sign a browser in under an account of its choosing."""
        pre = secrets.token_urlsafe(24)
        await respond(
            send,
            status,
            views.login(
                pre,
                error,
                break_glass=self._break_glass is not None,
                oidc=self._oidc is not None,
                name=name,
            ),
            [auth.set_cookie(scope, pre, 900, PRE_COOKIE), *(extra or [])],
        )

    async def submit(self, path: str, scope: Scope, receive: Receive, send: Send) -> None:
        address = auth.client_address(scope)
        form = await read_form(receive, scope)
        pre = auth.cookie_value(scope, PRE_COOKIE) or ""
        if not pre or not hmac.compare_digest(form.get("csrf", [""])[0], pre):
            await self.page(
                scope,
                send,
                "This sign-in form has expired or did not come from the console; try again.",
                403,
            )
            return
        if path == "/console/login/break-glass":
            await self._break_glass_sign_in(scope, send, form, address)
            return
        name = form.get("name", [""])[0].strip()[:100]
        password = form.get("password", [""])[0]
        keys = (f"name:{name.lower()}", f"addr:{address}")
        if self.throttle.blocked(*keys):
            await asyncio.to_thread(
                record_event,
                self.store,
                "sign_in_throttled",
                name or "?",
                officer=name,
                address=address,
            )
            await self.page(
                scope,
                send,
                "Too many failed sign-ins for this name or from "
                "this address; wait a minute and try again.",
                429,
                name,
                [(b"retry-after", str(int(self.throttle.window_s)).encode())],
            )
            return
        from exportgate.officers import registry

        officer = (
            await asyncio.to_thread(registry.sign_in, self.store, name, password, address)
            if name and password
            else None
        )
        if officer is None:
            self.throttle.fail(*keys)
            await self.page(
                scope, send, "That name and password do not match an active officer.", 403, name
            )
            return
        self.throttle.clear(keys[0])
        sid = self.sessions.start(officer.name, officer.role, "password", auth.cookie_value(scope))
        await redirect(
            send,
            "/console",
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, PRE_COOKIE),
            ],
        )

    async def _break_glass_sign_in(
        self, scope: Scope, send: Send, form: Form, address: str
    ) -> None:
        keys = (f"name:{roles.BREAK_GLASS}", f"addr:{address}")
        if self._break_glass is None:
            raise GatewayError(404, "not_found", "Break-glass access is not configured.")
        if self.throttle.blocked(*keys):
            await self.page(
                scope,
                send,
                "Too many failed sign-ins; wait a minute and try again.",
                429,
                extra=[(b"retry-after", str(int(self.throttle.window_s)).encode())],
            )
            return
        given = form.get("token", [""])[0].encode()
        ok = hmac.compare_digest(given, self._break_glass)
        await asyncio.to_thread(
            record_event,
            self.store,
            "break_glass_sign_in" if ok else "break_glass_failed",
            roles.BREAK_GLASS,
            address=address,
        )
        if not ok:
            self.throttle.fail(*keys)
            await self.page(scope, send, "That is not the break-glass token.", 403)
            return
        sid = self.sessions.start(
            roles.BREAK_GLASS, "admin", roles.BREAK_GLASS, auth.cookie_value(scope)
        )
        await redirect(
            send,
            "/console",
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, PRE_COOKIE),
            ],
        )

    async def oidc_step(self, path: str, scope: Scope, send: Send) -> None:
        from exportgate.console.oidc import OidcError
        from exportgate.officers import registry

        address = auth.client_address(scope)
        if path == "/console/oidc/start":
            browser = secrets.token_urlsafe(24)
            try:
                url = await asyncio.to_thread(self._oidc.start, browser)
            except OidcError as exc:
                await self.page(scope, send, str(exc), 502)
                return
            # SameSite=Lax: the identity provider's redirect back is a cross-site navigation.
            cookie = auth.set_cookie(scope, browser, 600, OIDC_COOKIE, "/console/oidc")
            cookie = (cookie[0], cookie[1].replace(b"SameSite=Strict", b"SameSite=Lax"))
            await redirect(send, url, [cookie])
            return
        if path != "/console/oidc/callback":
            raise GatewayError(404, "not_found", f"There is no page {path}.")
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if "error" in query:
            await self.page(
                scope, send, "The identity provider refused the sign-in: " + query["error"][0], 403
            )
            return
        state, code = query.get("state", [""])[0], query.get("code", [""])[0]
        browser = auth.cookie_value(scope, OIDC_COOKIE) or ""
        try:
            identity = await asyncio.to_thread(self._oidc.finish, state, code, browser)
            officer = await asyncio.to_thread(
                registry.federated, self.store, identity.name, identity.role, "oidc"
            )
        except (OidcError, registry.OfficerError) as exc:
            await asyncio.to_thread(
                record_event,
                self.store,
                "oidc_sign_in_failed",
                "?",
                address=address,
                error=str(exc),
            )
            await self.page(scope, send, str(exc), 403)
            return
        await asyncio.to_thread(
            record_event,
            self.store,
            "oidc_signed_in",
            officer.name,
            officer=officer.name,
            role=officer.role,
            oidc_subject=identity.subject,
            address=address,
        )
        sid = self.sessions.start(officer.name, officer.role, "oidc", auth.cookie_value(scope))
        await respond(
            send,
            200,
            views.signed_in_elsewhere("/console"),
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, OIDC_COOKIE, "/console/oidc"),
            ],
        )
