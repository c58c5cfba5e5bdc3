"""The console's pages (GET): the overview, the review queue and items, alerts and their
reports, accounts, the audit search and its export, officers and per-model controls. Store reads
run in worker threads."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import msgspec

from exportgate.console import pages, roles, views
from exportgate.console.auth import Session
from exportgate.console.charts import Figures
from exportgate.console.events import record_event
from exportgate.console.responses import SECURITY_HEADERS, report_headers, respond
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Scope, Send
from exportgate.records import BYPASS_HOLD_CODE, Alert, ModelRef, ReviewItem
from exportgate.store import Store

# The overview's charts are computed at most this often (50,000 decisions take about 0.4 s on
# SQLite and 0.8 s on PostgreSQL); the detector backlog is read on every view.
FIGURES_TTL_S = 15.0


class Reads:
    """What a signed-in officer can look at (each page checks the role it needs)."""

    def __init__(
        self,
        store: Store,
        models: list[ModelRef],
        backlog: Callable[[], int | None] | None = None,
    ) -> None:
        self.store = store
        self.models = models
        self._backlog = backlog
        self._figures: tuple[float, Figures] | None = None

    async def get(self, path: str, scope: Scope, send: Send, session: Session) -> None:
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
            found = await asyncio.to_thread(self.store.alert, int(parts[1]))
            html = pages.alert(found, csrf) if found is not None else None
        elif (
            len(parts) == 3 and parts[0] == "alerts" and parts[1].isdigit() and parts[2] == "report"
        ):
            found = await asyncio.to_thread(self.store.alert, int(parts[1]))
            if found is not None:
                html = await asyncio.to_thread(_alert_report, self.store, found)
                if html is not None:
                    await respond(send, 200, html, security=report_headers(html))
                    return
        elif parts == ["accounts"]:
            html = await asyncio.to_thread(self._accounts, query, csrf)
        elif len(parts) >= 2 and parts[0] == "accounts":
            # the ASGI path is already percent-decoded; an account id may contain "/"
            html = await asyncio.to_thread(self._account, "/".join(parts[1:]), csrf)
        elif parts == ["audit"]:
            html = await asyncio.to_thread(self._audit_page, query, csrf, flash)
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
            await respond(send, 404, pages.not_found(f"There is no page {path}.", csrf))
            return
        await respond(send, 200, html)

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

    def _audit_page(self, query: dict[str, str], csrf: str, flash: str | None) -> str:
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
            record_event,
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


def _alert_report(store: Store, alert: Alert) -> str | None:
    """The evidence report an alert links to: the bypass report for a bypass hold, the
    distillation report otherwise."""
    if alert.code == BYPASS_HOLD_CODE:
        from exportgate.reports import bypass

        return bypass.html_from_store(store, alert.account_id)
    from exportgate.reports import distillation

    return distillation.html_from_store(store, alert.account_id)
