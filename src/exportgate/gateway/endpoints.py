"""The two endpoints that answer without an upstream: ``/v1/models`` and ``/v1/authorize``.

Both go through the same admission (gateway/admission.py) as the model calls and answer their
errors through its epilogue (:meth:`Admitter.failed`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec

from exportgate.config import Dialect, Model
from exportgate.gateway.admission import Admitter, end_user_of
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Headers, Receive, Scope, Send, header_map, send_bytes
from exportgate.gateway.obligations import Obligations

_json_encode = msgspec.json.encode


async def list_models(admitter: Admitter, scope: Scope, send: Send, path: str) -> None:
    """``GET /v1/models[/ID]``: the models this caller may use here (each decided, audited)."""
    headers = header_map(scope)
    dialect: Dialect = "anthropic" if b"anthropic-version" in headers else "openai"
    ex = admitter.exchange(scope, headers, "models", dialect)
    try:
        caller = ex.caller = await admitter.authenticate(headers)
        placed = admitter.locations.place(ex.ip)
        end_user = ex.end_user = end_user_of(headers, {}, dialect)
        usable = [
            m
            for m in admitter.config.models
            if admitter.decide(ex, caller, m, placed, kind="model_list", end_user=end_user).decision
            == "allow"
        ]
        ex.decision = None
        wanted = path.removeprefix("/v1/models").strip("/")
        if wanted:
            found = next((m for m in usable if m.id == wanted), None)
            if found is None:
                raise GatewayError(
                    404,
                    "model_not_found",
                    f"The model '{wanted}' does not exist or you may not "
                    "use it. GET /v1/models lists the models you may use.",
                )
            ex.model = wanted
            body = _json_encode(_model_entry(found, dialect))
        elif dialect == "anthropic":
            data = [_model_entry(m, dialect) for m in usable]
            body = _json_encode(
                {
                    "data": data,
                    "has_more": False,
                    "first_id": data[0]["id"] if data else None,
                    "last_id": data[-1]["id"] if data else None,
                }
            )
        else:
            body = _json_encode(
                {"object": "list", "data": [_model_entry(m, dialect) for m in usable]}
            )
        ex.status = 200
        admitter.ledger.record(ex)
        await admitter.ledger.durable(ex)
        await send_bytes(send, 200, body, ex.id_headers())
    except (Exception, asyncio.CancelledError) as exc:
        await admitter.failed(send, ex, exc)


async def authorize(
    admitter: Admitter, obligations: Obligations, scope: Scope, receive: Receive, send: Send
) -> None:
    """A decision only, for a gateway in front (Envoy ext_authz and the like): 200 with the
    decision and obligations as headers, or the 403/401/429 the caller should get."""
    headers = header_map(scope)
    dialect: Dialect = (
        "anthropic"
        if b"anthropic-version" in headers or scope["path"].endswith("/messages")
        else "openai"
    )
    ex = admitter.exchange(scope, headers, "authorize", dialect)
    try:
        admitted = await admitter.admit_authorize(scope, receive, headers, ex)
        assert ex.caller is not None
        decision = admitted.decision
        rerouted: Headers = []
        if ex.rerouted_from is not None:  # the proxy in front serves the fallback instead
            rerouted = [
                (b"x-exportgate-model", admitted.model.id.encode()),
                (b"x-exportgate-rerouted-from", ex.rerouted_from.encode()),
                (b"x-exportgate-rerouted-because", admitted.rerouted_because.encode()),
            ]
        out: Headers = [
            *ex.id_headers(),
            (b"x-exportgate-decision", b"allow"),
            (b"x-exportgate-account", ex.caller.account.id.encode()),
            (b"x-exportgate-obligations", obligations.header(decision.obligations).encode()),
            *rerouted,
            *admitted.headers,
        ]
        ex.status = 200
        admitter.ledger.record(ex)
        await admitter.ledger.durable(ex)
        await send_bytes(
            send,
            200,
            _json_encode(
                {
                    "decision": decision.decision,
                    "reasons": [{"code": r.code, "message": r.message} for r in decision.reasons],
                    "obligations": decision.obligations,
                    "account_id": ex.caller.account.id,
                    "request_id": ex.request_id,
                    "policy_version": decision.policy_version,
                    "model": ex.model,
                    "rerouted_from": ex.rerouted_from,
                }
            ),
            out,
        )
    except (Exception, asyncio.CancelledError) as exc:
        await admitter.failed(send, ex, exc)


def _model_entry(model: Model, dialect: Dialect) -> dict[str, Any]:
    if dialect == "anthropic":
        return {
            "type": "model",
            "id": model.id,
            "display_name": model.id,
            "created_at": "2026-01-01T00:00:00Z",
        }
    return {"id": model.id, "object": "model", "created": 1767225600, "owned_by": model.owned_by}
