"""One request cannot stop metering: values that once made the store refuse a whole batch
(a repeated x-request-id, a very long model name, NUL characters) are checked at the edge, and a
record the store still refuses is set aside in the dead-letter file while the records behind it
flow on. On SQLite and on the real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx2 as httpx
import sqlalchemy as sa

from exportgate.audit import AuditLog
from exportgate.gateway.auditsink import default_audit_writer
from exportgate.gateway.recorder import RecordWriter
from exportgate.records import UsageRecord
from exportgate.store import open_store
from exportgate.store.schema import audit_log

from .conftest import GatewayFactory
from .test_dialects import HELLO, oai, settle


def _post(url: str, body: object, key: str = "sk-test-us", **headers: str) -> httpx.Response:
    return httpx.post(
        url + "/v1/chat/completions",
        json=body,
        timeout=20,
        headers={"authorization": f"Bearer {key}", **headers},
    )


def test_poison_requests_then_normal_traffic_all_recorded(
    make_gateway: GatewayFactory, store_url: str
) -> None:
    handle, store = make_gateway(store_url)
    url = handle.url
    expect: dict[str, int] = {}

    def sent(response: httpx.Response, status: int) -> None:
        assert response.status_code == status, response.text
        expect[response.headers["x-request-id"]] = status

    body = {"model": "frontier-5", "messages": HELLO}
    # the same client request id twice, once on a request answered 401
    sent(_post(url, body, key="sk-wrong", **{"x-request-id": "dup-1"}), 401)
    first = _post(url, body, **{"x-request-id": "dup-1"})
    sent(first, 200)
    assert first.headers["x-client-request-id"] == "dup-1"
    assert first.headers["x-request-id"] != "dup-1"  # the gateway's own id is the key
    # model names: very long, with a NUL, with control characters
    for model in ("m" * 10_000, "frontier-5\u0000", "front\u0007ier"):
        response = _post(url, {"model": model, "messages": HELLO})
        sent(response, 400)
        assert response.json()["error"]["param"] == "model"
    # end-user ids
    sent(_post(url, {**body, "user": "u\u0000ser"}), 400)
    sent(_post(url, {**body, "user": "u" * 300}), 400)
    # what is only recorded is bounded: a NUL in the content, a long user agent, a client id
    # that is not a token
    sent(_post(url, {**body, "messages": [{"role": "user", "content": "a\u0000b"}]}), 200)
    sent(_post(url, body, **{"user-agent": "ua/" + "x" * 5000}), 200)
    sent(_post(url, body, **{"x-request-id": "has space"}), 200)
    sent(_post(url, {**body, "user": "end-user-7"}), 200)
    # then normal traffic
    client = oai(handle)
    for _ in range(10):
        raw = client.chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
        expect[raw.headers["x-request-id"]] = 200

    settle(handle)
    stored = {r.request_id: r for r in store.iter_usage()}
    assert {i: stored[i].status for i in expect if i in stored} == expect
    dups = [r for r in stored.values() if r.client_request_id == "dup-1"]
    assert sorted(r.status for r in dups) == [200, 401]
    long_model = next(r for r in stored.values() if r.model.startswith("mmm"))
    assert len(long_model.model) == 200
    assert any(r.end_user == "end-user-7" for r in stored.values())
    assert max(len(r.user_agent or "") for r in stored.values()) == 512
    with store.engine.connect() as conn:
        audited = {
            row.record.get("request_id") for row in conn.execute(sa.select(audit_log.c.record))
        }
    assert {i for i, s in expect.items() if s == 200} <= audited
    assert handle.gateway.records.dead_letters.count() == 0
    assert httpx.get(url + "/readyz").json()["status"] == "ready"


def test_a_refused_record_goes_to_the_dead_letter_file_and_the_rest_flows(
    store_url: str, tmp_path: Path
) -> None:
    store = open_store(store_url)
    spool = tmp_path / "spool"
    writer = RecordWriter(
        store, default_audit_writer(store), spool, durability="sync", flush_interval_s=0.02
    )
    now = dt.datetime.now(dt.UTC)

    def usage(i: int) -> UsageRecord:
        # record 3 carries a NUL, which PostgreSQL cannot hold in a text column (SQLite can)
        return UsageRecord(
            ts=now,
            request_id=f"req-dl-{i}",
            account_id="acct-us",
            model="frontier\u0000-5" if i == 3 else "frontier-5",
            endpoint="chat.completions",
            status=200,
            decision="allow",
        )

    def audit(i: int, decision: object) -> dict[str, object]:
        return {
            "ts": now,
            "subject": "acct-us",
            "inputs": {"request_id": f"req-dl-{i}", "account_id": "acct-us", "model": "m"},
            "decision": decision,
            "extra": {"request_id": f"req-dl-{i}"},
        }

    good = {"decision": "allow", "reasons": [], "obligations": [], "policy_version": "t"}
    try:
        for i in range(20):
            writer.submit_usage(usage(i))
            # one audit entry the store cannot take: its decision is not a decision
            writer.submit_audit(audit(i, "not a decision" if i == 7 else good))
        assert writer.flush()
        assert writer.wait_spool_empty(30)
    finally:
        writer.close()
    postgres = store.dialect == "postgresql"
    stored = {r.request_id for r in store.iter_usage()}
    assert stored == {f"req-dl-{i}" for i in range(20) if not (postgres and i == 3)}
    log = AuditLog(store)
    ids = [row["record"].get("request_id") for row in log.rows()]
    assert sorted(i for i in ids if i and i.startswith("req-dl-")) == sorted(
        f"req-dl-{i}" for i in range(20) if i != 7
    )
    assert log.verify().ok
    dead = [json.loads(line) for line in writer.dead_letters.path.read_text().splitlines()]
    refused_audit = [d for d in dead if d["kind"] == "audit"]
    assert len(refused_audit) == 1
    assert refused_audit[0]["record"]["inputs"]["request_id"] == "req-dl-7"
    assert "ValidationError" in refused_audit[0]["reason"]
    refused_usage = [d for d in dead if d["kind"] == "usage"]
    if postgres:
        assert [d["record"]["request_id"] for d in refused_usage] == ["req-dl-3"]
        assert "NUL" in refused_usage[0]["reason"]
    else:
        assert not refused_usage
    assert writer.dead_letters.count() == len(dead)
    store.close()


def test_dead_letters_show_on_readyz_and_metrics(make_gateway: GatewayFactory) -> None:
    handle, _ = make_gateway()
    assert oai(handle).chat.completions.create(model="frontier-5", messages=HELLO).choices
    handle.gateway.records.submit_audit(
        {"ts": dt.datetime.now(dt.UTC), "subject": "x", "inputs": {}, "decision": 42}
    )
    settle(handle)
    ready = httpx.get(handle.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "degraded"
    assert ready.json()["dead_letters"] == 1
    metrics = httpx.get(handle.url + "/metrics").text
    assert "exportgate_records_dead_lettered 1.0" in metrics
    # and metering goes on
    raw = oai(handle).chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
    settle(handle)
    assert raw.headers["x-request-id"] in {r.request_id for r in handle.gateway.store.iter_usage()}


def test_a_forwarded_address_that_is_not_one_is_bounded_and_cannot_be_placed(
    make_gateway: GatewayFactory,
) -> None:
    handle, store = make_gateway(
        trusted_proxies=["127.0.0.0/8"],
        local_networks={"country": "US", "networks": ["10.0.0.0/8"]},
    )
    body = {"model": "frontier-5", "messages": HELLO}
    refused = _post(handle.url, body, **{"x-forwarded-for": "evil-" + "x" * 500})
    assert refused.status_code == 403  # no location: a controlled model fails closed
    served = _post(handle.url, body, **{"x-forwarded-for": "10.1.2.3"})
    assert served.status_code == 200
    settle(handle)
    stored = {r.request_id: r for r in store.iter_usage()}
    assert len(stored[refused.headers["x-request-id"]].ip or "") == 64
    assert stored[served.headers["x-request-id"]].ip == "10.1.2.3"
