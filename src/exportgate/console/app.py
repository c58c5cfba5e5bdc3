"""The console's ASGI handler: routing, sign-in (named officers, OIDC, break-glass), CSRF checks,
role checks, and the store reads and writes behind each page (run in worker threads, off the
gateway's event loop)."""

from __future__ import annotations

import asyncio
import hmac
import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, quote

import msgspec

from exportgate.config import ConsoleSettings
from exportgate.console import auth, pages, roles, views
from exportgate.console.auth import Session
from exportgate.console.charts import Figures
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Receive, Scope, Send, read_body
from exportgate.records import ModelRef, ReviewItem
from exportgate.store import Store

COOKIE = auth.COOKIE
PRE_COOKIE = "eg_console_pre"
OIDC_COOKIE = "eg_console_oidc"
MAX_FORM_BYTES = 64 * 1024
# The overview's charts are computed at most this often (50,000 decisions take about 0.4 s on
# SQLite and 0.8 s on PostgreSQL); the detector backlog is read on every view.
FIGURES_TTL_S = 15.0
OFFICER_ACTIONS = ("add", "disable", "reset")
SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
]


# Console events in the audit log (kind "console"); the decision column holds at most 16 characters.
EVENTS = {
    "sign_in_throttled": "throttled",
    "break_glass_sign_in": "break_glass",
    "break_glass_failed": "break_glass_fail",
    "break_glass_action": "break_glass_use",
    "oidc_signed_in": "oidc_signed_in",
    "oidc_sign_in_failed": "oidc_failed",
    "audit_exported": "exported",
}


def _audit(store: Store, action: str, subject: str, **detail: object) -> None:
    from exportgate.audit import AuditEntry, AuditLog

    AuditLog(store).append(
        [
            AuditEntry(
                kind="console",
                subject=subject,
                decision=EVENTS[action],
                inputs=detail,
                record={"action": action, **detail},
                policy_version=None,
                data_versions={},
            )
        ]
    )


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
        self._break_glass = break_glass_token.encode() if break_glass_token else None
        self._ttl_s = session_ttl_s
        self.sessions = auth.Sessions(session_ttl_s, session_idle_s)
        self.throttle = auth.Throttle()
        self._oidc = oidc
        self._backlog = backlog
        self._figures: tuple[float, Figures] | None = None

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

    # plumbing ---------------------------------------------------------------------------
    async def _send(
        self,
        send: Send,
        status: int,
        body: str,
        headers: list[tuple[bytes, bytes]] | None = None,
        content_type: bytes = b"text/html; charset=utf-8",
    ) -> None:
        data = body.encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(data)).encode()),
                    *SECURITY_HEADERS,
                    *(headers or []),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

    async def _redirect(
        self, send: Send, location: str, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        await self._send(send, 303, "", [(b"location", location.encode()), *(headers or [])])

    async def _form(self, receive: Receive, scope: Scope) -> dict[str, list[str]]:
        headers = dict(scope["headers"])
        body = await read_body(receive, headers.get(b"content-length"), MAX_FORM_BYTES)
        return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

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
            await self._send(send, 200, pages.CSS, content_type=b"text/css; charset=utf-8")
            return
        try:
            if path in ("/console/login", "/console/login/break-glass"):
                await (
                    self._sign_in(path, scope, receive, send)
                    if method == "POST"
                    else self._login_page(scope, send)
                )
                return
            if path.startswith("/console/oidc/") and self._oidc is not None:
                await self._oidc_step(path, scope, send)
                return
        except GatewayError as error:
            await self._send(
                send, error.status, pages.layout("Refused", f"<p>{pages.e(error.message)}</p>")
            )
            return
        found = self._current(scope)
        if found is not None and not await asyncio.to_thread(self._refresh, *found):
            found = None
        if found is None:
            await self._redirect(send, "/console/login")
            return
        sid, session = found
        token = pages.CURRENT_OFFICER.set(
            f"{session.officer} ({session.role}"
            + (", break-glass)" if session.via == roles.BREAK_GLASS else ")")
        )
        try:
            if method == "POST":
                form = await self._form(receive, scope)
                if not hmac.compare_digest(form.get("csrf", [""])[0], session.csrf):
                    await self._send(
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
                await self._post(path, form, scope, send, sid, session)
            else:
                roles.need(session, "read")
                await self._get(path, scope, send, session)
        except GatewayError as error:
            await self._send(
                send,
                error.status,
                pages.layout("Refused", f"<p>{pages.e(error.message)}</p>", csrf=session.csrf),
            )
        finally:
            pages.CURRENT_OFFICER.reset(token)

    # sign-in ----------------------------------------------------------------------------
    async def _login_page(
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
        await self._send(
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

    async def _sign_in(self, path: str, scope: Scope, receive: Receive, send: Send) -> None:
        address = auth.client_address(scope)
        form = await self._form(receive, scope)
        pre = auth.cookie_value(scope, PRE_COOKIE) or ""
        if not pre or not hmac.compare_digest(form.get("csrf", [""])[0], pre):
            await self._login_page(
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
                _audit, self.store, "sign_in_throttled", name or "?", officer=name, address=address
            )
            await self._login_page(
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
            await self._login_page(
                scope, send, "That name and password do not match an active officer.", 403, name
            )
            return
        self.throttle.clear(keys[0])
        sid = self.sessions.start(officer.name, officer.role, "password", auth.cookie_value(scope))
        await self._redirect(
            send,
            "/console",
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, PRE_COOKIE),
            ],
        )

    async def _break_glass_sign_in(
        self, scope: Scope, send: Send, form: dict[str, list[str]], address: str
    ) -> None:
        keys = (f"name:{roles.BREAK_GLASS}", f"addr:{address}")
        if self._break_glass is None:
            raise GatewayError(404, "not_found", "Break-glass access is not configured.")
        if self.throttle.blocked(*keys):
            await self._login_page(
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
            _audit,
            self.store,
            "break_glass_sign_in" if ok else "break_glass_failed",
            roles.BREAK_GLASS,
            address=address,
        )
        if not ok:
            self.throttle.fail(*keys)
            await self._login_page(scope, send, "That is not the break-glass token.", 403)
            return
        sid = self.sessions.start(
            roles.BREAK_GLASS, "admin", roles.BREAK_GLASS, auth.cookie_value(scope)
        )
        await self._redirect(
            send,
            "/console",
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, PRE_COOKIE),
            ],
        )

    async def _oidc_step(self, path: str, scope: Scope, send: Send) -> None:
        from exportgate.console.oidc import OidcError
        from exportgate.officers import registry

        address = auth.client_address(scope)
        if path == "/console/oidc/start":
            browser = secrets.token_urlsafe(24)
            try:
                url = await asyncio.to_thread(self._oidc.start, browser)
            except OidcError as exc:
                await self._login_page(scope, send, str(exc), 502)
                return
            # SameSite=Lax: the identity provider's redirect back is a cross-site navigation.
            cookie = auth.set_cookie(scope, browser, 600, OIDC_COOKIE, "/console/oidc")
            cookie = (cookie[0], cookie[1].replace(b"SameSite=Strict", b"SameSite=Lax"))
            await self._redirect(send, url, [cookie])
            return
        if path != "/console/oidc/callback":
            raise GatewayError(404, "not_found", f"There is no page {path}.")
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if "error" in query:
            await self._login_page(
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
                _audit, self.store, "oidc_sign_in_failed", "?", address=address, error=str(exc)
            )
            await self._login_page(scope, send, str(exc), 403)
            return
        await asyncio.to_thread(
            _audit,
            self.store,
            "oidc_signed_in",
            officer.name,
            officer=officer.name,
            role=officer.role,
            oidc_subject=identity.subject,
            address=address,
        )
        sid = self.sessions.start(officer.name, officer.role, "oidc", auth.cookie_value(scope))
        await self._send(
            send,
            200,
            views.signed_in_elsewhere("/console"),
            [
                auth.set_cookie(scope, sid, int(self._ttl_s)),
                auth.set_cookie(scope, "", 0, OIDC_COOKIE, "/console/oidc"),
            ],
        )

    # pages ------------------------------------------------------------------------------
    async def _get(self, path: str, scope: Scope, send: Send, session: Session) -> None:
        flash, error = session.flash, session.error
        session.flash = session.error = None
        csrf = session.csrf
        raw_query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        query = {k: v[0] for k, v in raw_query.items() if v}
        parts = path.split("/")[2:]
        html: str | None = None
        if not parts:
            html = await asyncio.to_thread(self._overview, session, flash, error)
        elif parts == ["reviews"]:
            status = query.get("status", "open")
            status = status if status in ("open", "resolved", "all") else "open"
            items = await asyncio.to_thread(self._review_items, status)
            html = pages.reviews(items, status, csrf)
        elif len(parts) == 2 and parts[0] == "reviews" and parts[1].isdigit():
            html = await asyncio.to_thread(self._review, int(parts[1]), session, flash, error)
        elif parts == ["alerts"]:
            html = pages.alerts(await asyncio.to_thread(self.store.alerts, None), csrf)
        elif len(parts) == 2 and parts[0] == "alerts" and parts[1].isdigit():
            wanted = int(parts[1])
            found = [a for a in await asyncio.to_thread(self.store.alerts, None) if a.id == wanted]
            html = pages.alert(found[0], csrf) if found else None
        elif (
            len(parts) == 3 and parts[0] == "alerts" and parts[1].isdigit() and parts[2] == "report"
        ):
            from exportgate.reports.distillation import html_from_store

            wanted = int(parts[1])
            found = [a for a in await asyncio.to_thread(self.store.alerts, None) if a.id == wanted]
            if found:
                html = await asyncio.to_thread(html_from_store, self.store, found[0].account_id)
        elif parts == ["accounts"]:
            html = await asyncio.to_thread(self._accounts, query, csrf)
        elif len(parts) >= 2 and parts[0] == "accounts":
            # the ASGI path is already percent-decoded; an account id may contain "/"
            html = await asyncio.to_thread(self._account, "/".join(parts[1:]), csrf)
        elif parts == ["audit"]:
            html = await asyncio.to_thread(self._audit, query, csrf, flash)
        elif parts == ["officers"]:
            roles.need(session, "manage_officers")
            html = await asyncio.to_thread(self._officers, session, flash, error)
        elif parts in (["audit", "export.csv"], ["audit", "export.jsonl"]):
            roles.need(session, "export_audit")
            await self._export(parts[1].split(".")[1], query, scope, send, session)
            return
        elif parts == ["models"]:
            html = await asyncio.to_thread(self._models, session, csrf, flash, error)
        if html is None:
            await self._send(send, 404, pages.not_found(f"There is no page {path}.", csrf))
            return
        await self._send(send, 200, html)

    def _overview(self, session: Session, flash: str | None, error: str | None) -> str:
        from exportgate.audit import AuditLog
        from exportgate.console.charts import overview_charts, overview_figures
        from exportgate.officers import changes
        from exportgate.officers.pause import PAUSE_OFF
        from exportgate.policy.switches import PAUSE_SWITCH

        log = AuditLog(self.store)
        paused = self.store.get_switch(PAUSE_SWITCH)
        pending = changes.pending(self.store)
        may_approve = roles.allowed(session, "approve_change")
        controls = views.pause_actions(
            paused,
            [c for c in pending if c.kind == PAUSE_OFF],
            session.csrf,
            session.officer,
            may_flip=roles.allowed(session, "pause_on" if not paused else "pause_off"),
            may_approve=may_approve,
        ) + views.other_changes(
            [c for c in pending if c.kind != PAUSE_OFF], session.csrf, session.officer, may_approve
        )
        backlog = self._backlog() if self._backlog is not None else None
        now = time.monotonic()
        cached = self._figures
        if cached is None or now - cached[0] >= FIGURES_TTL_S:
            cached = self._figures = (now, overview_figures(self.store, backlog))
        figures = msgspec.structs.replace(cached[1], backlog=backlog)
        html = pages.overview(
            paused=paused,
            open_reviews=len(self.store.review_items("open")),
            open_alerts=len(self.store.alerts("open")),
            audit_entries=log.count(),
            recent=log.latest(20),
            csrf=session.csrf,
            flash=flash,
            pause_actions=controls,
            charts=overview_charts(figures),
            error=error,
        )
        return html

    def _review_items(self, status: str) -> list[ReviewItem]:
        from exportgate.review.proposals import pending

        items = self.store.review_items(None if status == "all" else status)
        awaiting = pending(self.store)
        return [
            msgspec.structs.replace(i, status="awaiting approval")
            if i.status == "open" and i.id in awaiting
            else i
            for i in items
        ]

    def _review(
        self, item_id: int, session: Session, flash: str | None, error: str | None
    ) -> str | None:
        from exportgate.officers.roles import FOUR_EYES_VERDICTS, may_decide_alone
        from exportgate.records import to_builtins
        from exportgate.review.proposals import proposal_for
        from exportgate.review.verdicts import item_matches, verdicts_for

        item = self.store.review_item(item_id)
        if item is None:
            return None
        account = self.store.get_account(item.account_id)
        entries = item_matches(item)
        verdicts = verdicts_for(item.code)
        actions: str | None = None
        if item.status == "open":
            proposal = proposal_for(self.store, item_id)
            if proposal is not None:
                actions = views.proposal_box(
                    item,
                    proposal,
                    entries,
                    session.csrf,
                    session.officer,
                    roles.allowed(session, "approve"),
                )
            else:
                code = item.code
                actions = views.verdict_form(
                    item,
                    entries,
                    verdicts,
                    session.csrf,
                    session.officer,
                    roles.allowed(session, "verdict"),
                    set(FOUR_EYES_VERDICTS.get(code, frozenset())),
                    may_decide_alone(session.role, code, "upheld"),
                )
        return pages.review(
            item,
            to_builtins(account) if account else None,
            entries,
            verdicts,
            session.csrf,
            flash,
            error,
            actions=actions,
        )

    def _models(self, session: Session, csrf: str, flash: str | None, error: str | None) -> str:
        from exportgate.policy.model_controls import load_model_states

        states = load_model_states(self.store)
        configured = {m.id: m for m in self.models}
        rows = []
        for model_id in [*configured, *sorted(set(states) - set(configured))]:
            ref = configured.get(model_id) or ModelRef(id=model_id, controlled=True)
            state = states.get(model_id)
            ref = state.apply(ref) if state is not None else ref
            rows.append(
                {
                    "id": model_id,
                    "access": ref.access,
                    "paused": ref.paused,
                    "approved_accounts": sorted(ref.approved_accounts),
                    "fallback": ref.fallback,
                    "controlled": ref.controlled,
                }
            )
        return pages.models(rows, csrf, flash, error)

    def _accounts(self, query: dict[str, str], csrf: str) -> str:
        from exportgate.console.search import AccountQuery, find_accounts

        asked = any(query.get(k) for k in ("q", "country", "status"))
        hits = (
            find_accounts(
                self.store,
                AccountQuery(
                    text=query.get("q", "")[:200],
                    country=query.get("country", "")[:2],
                    status=query.get("status", "")[:20],
                ),
            )
            if asked
            else None
        )
        return views.accounts(query, hits, csrf)

    def _account(self, account_id: str, csrf: str) -> str | None:
        from exportgate.console.search import account_view

        view = account_view(self.store, account_id)
        return views.account(view, csrf) if view else None

    def _audit_query(self, query: dict[str, str]) -> Any:
        from exportgate.console.search import AuditQuery, parse_date

        return AuditQuery(
            account=query.get("account", "")[:200],
            reason=query.get("reason", "")[:64],
            officer=query.get("officer", "")[:100],
            kind=query.get("kind", "")[:32],
            since=parse_date("From", query.get("since", "")),
            until=parse_date("To", query.get("until", ""), end=True),
        )

    def _audit(self, query: dict[str, str], csrf: str, flash: str | None) -> str:
        from exportgate.console.search import QueryError, search_audit

        try:
            typed = self._audit_query(query)
        except QueryError as exc:
            return views.audit_search(query, None, [], csrf, flash, str(exc))
        return views.audit_search(query, typed, search_audit(self.store, typed), csrf, flash)

    async def _export(
        self, fmt: str, query: dict[str, str], scope: Scope, send: Send, session: Session
    ) -> None:
        """Stream the export, one batch per worker-thread read; audited (who exported what)."""
        from exportgate.console.search import QueryError, export_chunks

        try:
            typed = self._audit_query(query)
        except QueryError as exc:
            raise GatewayError(400, "invalid_query", str(exc)) from None
        await asyncio.to_thread(
            _audit,
            self.store,
            "audit_exported",
            session.officer,
            officer=session.officer,
            via=session.via,
            format=fmt,
            query=typed.describe(),
        )
        chunks = export_chunks(self.store, typed, fmt)
        kind = b"text/csv; charset=utf-8" if fmt == "csv" else b"application/x-ndjson"
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", kind),
                    *SECURITY_HEADERS,
                    (b"content-disposition", f'attachment; filename="audit.{fmt}"'.encode()),
                ],
            }
        )
        while True:
            chunk = await asyncio.to_thread(next, chunks, None)
            if chunk is None:
                break
            await send({"type": "http.response.body", "body": chunk.encode(), "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    def _officers(self, session: Session, flash: str | None, error: str | None) -> str:
        from exportgate.officers import registry

        return views.officers(
            registry.all_officers(self.store), session.csrf, session.officer, flash, error
        )

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
    async def _post(
        self,
        path: str,
        form: dict[str, list[str]],
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
            await self._redirect(send, "/console/login", [auth.set_cookie(scope, "", 0)])
            return
        if session.via == roles.BREAK_GLASS:
            await asyncio.to_thread(
                _audit,
                self.store,
                "break_glass_action",
                roles.BREAK_GLASS,
                path=path,
                address=auth.client_address(scope),
            )
        if parts == ["pause"]:
            await self._pause(field("state"), field("reason"), session)
            await self._redirect(send, "/console")
        elif (
            len(parts) == 3
            and parts[0] == "changes"
            and parts[1].isdigit()
            and parts[2] in ("approve", "reject")
        ):
            await self._change(int(parts[1]), parts[2], session)
            await self._redirect(send, "/console")
        elif len(parts) == 2 and parts[0] == "reviews" and parts[1].isdigit():
            roles.need(session, "verdict")
            await self._verdict(
                int(parts[1]), field("verdict"), field("note"), form.get("entry") or None, session
            )
            await self._redirect(send, f"/console/reviews/{quote(parts[1])}")
        elif (
            len(parts) == 3
            and parts[0] == "reviews"
            and parts[1].isdigit()
            and parts[2] in ("approve", "reject")
        ):
            roles.need(session, parts[2])
            await self._second(int(parts[1]), parts[2], field("note"), session)
            await self._redirect(send, f"/console/reviews/{quote(parts[1])}")
        elif len(parts) == 2 and parts[0] == "officers" and parts[1] in OFFICER_ACTIONS:
            roles.need(session, "manage_officers")
            await asyncio.to_thread(self._manage, parts[1], field("name"), field("role"), session)
            await self._redirect(send, "/console/officers")
        elif len(parts) == 3 and parts[0] == "models":
            await self._model_control(parts[1], parts[2], field, session)
            await self._redirect(send, "/console/models")
        elif parts == ["audit", "verify"]:
            from exportgate.audit import AuditLog

            roles.need(session, "verify_audit")
            result = await asyncio.to_thread(lambda: AuditLog(self.store).verify())
            session.flash = result.describe()
            await self._redirect(send, "/console/audit")
        else:
            await self._send(
                send, 404, pages.not_found(f"There is no action {path}.", session.csrf)
            )

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
