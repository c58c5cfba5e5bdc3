"""The console's ASGI handler: sign-in with the configured token, sessions, CSRF checks, and the
store reads and writes behind each page (run in worker threads, off the gateway's event loop)."""

from __future__ import annotations

import asyncio
import hmac
import secrets
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, quote

from exportgate.console import pages
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Receive, Scope, Send, read_body
from exportgate.store import Store

COOKIE = "eg_console"
MAX_FORM_BYTES = 64 * 1024
MAX_FAILED_SIGN_INS = 5
FAILED_SIGN_IN_WINDOW_S = 60.0
SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy",
     b"default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'"),
]


@dataclass
class Session:
    expires: float
    csrf: str
    flash: str | None = None
    error: str | None = None


class Console:
    """``/console`` pages for compliance officers; see :mod:`exportgate.console`."""

    def __init__(self, store: Store, token: str, session_ttl_s: float = 8 * 3600) -> None:
        self.store = store
        self._token = token.encode()
        self._ttl_s = session_ttl_s
        self._sessions: dict[str, Session] = {}
        self._failures: dict[str, list[float]] = {}

    # plumbing ---------------------------------------------------------------------------
    async def _send(self, send: Send, status: int, body: str, headers: list[tuple[bytes, bytes]]
                    | None = None, content_type: bytes = b"text/html; charset=utf-8") -> None:
        data = body.encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", content_type),
                                (b"content-length", str(len(data)).encode()),
                                *SECURITY_HEADERS, *(headers or [])]})
        await send({"type": "http.response.body", "body": data})

    async def _redirect(self, send: Send, location: str,
                        headers: list[tuple[bytes, bytes]] | None = None) -> None:
        await self._send(send, 303, "", [(b"location", location.encode()), *(headers or [])])

    def _session(self, scope: Scope) -> tuple[str, Session] | None:
        for name, value in scope["headers"]:
            if name != b"cookie":
                continue
            for part in value.decode("latin-1").split(";"):
                key, _, sid = part.strip().partition("=")
                session = self._sessions.get(sid) if key == COOKIE else None
                if session is not None and session.expires > time.monotonic():
                    return sid, session
        return None

    def _cookie(self, scope: Scope, sid: str, max_age: int) -> tuple[bytes, bytes]:
        secure = "; Secure" if scope.get("scheme") == "https" else ""
        return (b"set-cookie", f"{COOKIE}={sid}; Path=/console; HttpOnly; SameSite=Strict; "
                f"Max-Age={max_age}{secure}".encode())

    async def _form(self, receive: Receive, scope: Scope) -> dict[str, list[str]]:
        headers = dict(scope["headers"])
        body = await read_body(receive, headers.get(b"content-length"), MAX_FORM_BYTES)
        return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

    # ASGI -------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"].rstrip("/") or "/console"
        method: str = scope["method"]
        if path == "/console/console.css":
            await self._send(send, 200, pages.CSS, content_type=b"text/css; charset=utf-8")
            return
        if path == "/console/login":
            await (self._sign_in(scope, receive, send) if method == "POST"
                   else self._send(send, 200, pages.login()))
            return
        found = self._session(scope)
        if found is None:
            await self._redirect(send, "/console/login")
            return
        sid, session = found
        try:
            if method == "POST":
                form = await self._form(receive, scope)
                if not hmac.compare_digest(form.get("csrf", [""])[0], session.csrf):
                    await self._send(send, 403, pages.layout(
                        "Refused", "<p>This form has expired or did not come from the console. "
                        "Reload the page and try again.</p>", csrf=session.csrf))
                    return
                await self._post(path, form, scope, send, sid, session)
            else:
                await self._get(path, scope, send, session)
        except GatewayError as error:
            message = pages.e(error.message)
            await self._send(send, error.status, pages.layout(
                "Refused", f"<p>{message}</p>", csrf=session.csrf))

    async def _sign_in(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = (scope.get("client") or ("?",))[0]
        now = time.monotonic()
        recent = [t for t in self._failures.get(client, []) if now - t < FAILED_SIGN_IN_WINDOW_S]
        if len(recent) >= MAX_FAILED_SIGN_INS:
            await self._send(send, 429, pages.login(
                "Too many failed sign-ins from this address; wait a minute and try again."),
                [(b"retry-after", str(int(FAILED_SIGN_IN_WINDOW_S)).encode())])
            return
        form = await self._form(receive, scope)
        given = form.get("token", [""])[0].encode()
        if not hmac.compare_digest(given, self._token):
            if len(self._failures) >= 10_000:  # bounded: many addresses, old entries first out
                self._failures = {c: t for c, t in self._failures.items()
                                  if now - t[-1] < FAILED_SIGN_IN_WINDOW_S}
            self._failures[client] = [*recent, now]
            await self._send(send, 403, pages.login("That token is not the console token."))
            return
        self._failures.pop(client, None)
        self._sessions = {k: s for k, s in self._sessions.items() if s.expires > now}
        sid = secrets.token_urlsafe(32)
        self._sessions[sid] = Session(now + self._ttl_s, secrets.token_urlsafe(32))
        await self._redirect(send, "/console", [self._cookie(scope, sid, int(self._ttl_s))])

    # pages ------------------------------------------------------------------------------
    async def _get(self, path: str, scope: Scope, send: Send, session: Session) -> None:
        flash, error = session.flash, session.error
        session.flash = session.error = None
        csrf = session.csrf
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        parts = path.split("/")[2:]
        html: str | None = None
        if not parts:
            html = await asyncio.to_thread(self._overview, csrf, flash)
        elif parts == ["reviews"]:
            status = query.get("status", ["open"])[0]
            status = status if status in ("open", "resolved", "all") else "open"
            items = await asyncio.to_thread(self.store.review_items, None if status == "all" else status)
            html = pages.reviews(items, status, csrf)
        elif len(parts) == 2 and parts[0] == "reviews" and parts[1].isdigit():
            html = await asyncio.to_thread(self._review, int(parts[1]), csrf, flash, error)
        elif parts == ["alerts"]:
            html = pages.alerts(await asyncio.to_thread(self.store.alerts, None), csrf)
        elif len(parts) == 2 and parts[0] == "alerts" and parts[1].isdigit():
            wanted = int(parts[1])
            found = [a for a in await asyncio.to_thread(self.store.alerts, None) if a["id"] == wanted]
            html = pages.alert(found[0], csrf) if found else None
        elif len(parts) == 3 and parts[0] == "alerts" and parts[1].isdigit() and parts[2] == "report":
            from exportgate.reports.distillation import html_from_store

            wanted = int(parts[1])
            found = [a for a in await asyncio.to_thread(self.store.alerts, None) if a["id"] == wanted]
            if found:
                html = await asyncio.to_thread(html_from_store, self.store, found[0]["account_id"])
        elif parts == ["audit"]:
            html = await asyncio.to_thread(self._audit, csrf, flash)
        if html is None:
            await self._send(send, 404, pages.not_found(f"There is no page {path}.", csrf))
            return
        await self._send(send, 200, html)

    def _overview(self, csrf: str, flash: str | None) -> str:
        from exportgate.audit import AuditLog
        from exportgate.policy.switches import PAUSE_SWITCH

        log = AuditLog(self.store)
        return pages.overview(
            paused=self.store.get_switch(PAUSE_SWITCH),
            open_reviews=len(self.store.review_items("open")),
            open_alerts=len(self.store.alerts("open")), audit_entries=log.count(),
            recent=log.latest(20), csrf=csrf, flash=flash)

    def _review(self, item_id: int, csrf: str, flash: str | None, error: str | None
                ) -> str | None:
        from exportgate.records import to_builtins
        from exportgate.review.verdicts import item_matches, verdicts_for

        item = self.store.review_item(item_id)
        if item is None:
            return None
        account = self.store.get_account(str(item["account_id"]))
        return pages.review(item, to_builtins(account) if account else None, item_matches(item),
                            verdicts_for(str(item["code"])), csrf, flash, error)

    def _audit(self, csrf: str, flash: str | None) -> str:
        from exportgate.audit import AuditLog

        return pages.audit(AuditLog(self.store).latest(100), flash, csrf)

    # actions ----------------------------------------------------------------------------
    async def _post(self, path: str, form: dict[str, list[str]], scope: Scope, send: Send,
                    sid: str, session: Session) -> None:
        def field(name: str) -> str:
            return form.get(name, [""])[0].strip()

        parts = path.split("/")[2:]
        if parts == ["logout"]:
            self._sessions.pop(sid, None)
            await self._redirect(send, "/console/login", [self._cookie(scope, "", 0)])
        elif parts == ["pause"]:
            await self._pause(field("state"), field("by"), field("reason"), session)
            await self._redirect(send, "/console")
        elif len(parts) == 2 and parts[0] == "reviews" and parts[1].isdigit():
            await self._verdict(int(parts[1]), field("verdict"), field("reviewer"),
                                field("note"), form.get("entry") or None, session)
            await self._redirect(send, f"/console/reviews/{quote(parts[1])}")
        elif parts == ["audit", "verify"]:
            from exportgate.audit import AuditLog

            result = await asyncio.to_thread(lambda: AuditLog(self.store).verify())
            session.flash = result.describe()
            await self._redirect(send, "/console/audit")
        else:
            await self._send(send, 404, pages.not_found(f"There is no action {path}.",
                                                        session.csrf))

    async def _pause(self, state: str, by: str, reason: str, session: Session) -> None:
        from exportgate.policy.switches import set_international_pause

        if state not in ("on", "off") or not by or not reason:
            session.flash = None
            raise GatewayError(400, "invalid_form", "Flipping the pause needs the new state, "
                               "your name and a reason.")
        await asyncio.to_thread(set_international_pause, self.store, state == "on", f"{by} (console)",
                        reason)
        session.flash = (f"International access pause is now {'ON' if state == 'on' else 'off'}"
                         f" (by {by}: {reason}). Running gateways apply it within seconds.")

    async def _verdict(self, item_id: int, verdict: str, reviewer: str, note: str,
                       entries: list[str] | None, session: Session) -> None:
        from exportgate.review.queue import resolve
        from exportgate.review.verdicts import ReviewError

        try:
            resolution = await asyncio.to_thread(resolve, self.store, item_id, verdict, reviewer, note,
                                         entries)
        except ReviewError as exc:
            session.error = str(exc)
            return
        session.flash = f"Verdict recorded: {resolution.text}"

