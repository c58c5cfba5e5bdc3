"""Proof under failure (issue 19): the local cluster of deploy/local-cluster.yaml (two gateway
replicas as real ``exportgate serve`` processes, a detector worker, Redis of its own, the
stand-in upstream) on a PostgreSQL database of the test's own.

A hydra campaign (six accounts, one payment fingerprint, rotating proxies, templated harvesting
prompts) goes through both replicas beside ordinary traffic, with the official ``openai`` SDK as
the client. Mid-load one replica is killed with SIGKILL and started again. The campaign is
flagged by the detector service and both replicas refuse every hydra account after the flag;
every 200 a client received has its usage and audit record, the audit chain verifies, and the
detector folded in exactly the requests the replicas served (each once)."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import openai
import pytest
import sqlalchemy as sa

from exportgate.audit import AuditLog
from exportgate.bus.checkpoint import (
    checkpoint_counts,
    ensure_tables,
    load_checkpoint,
    load_flags,
)
from exportgate.bus.local_cluster import LocalCluster
from exportgate.bus.records import ServedEvent, encode_served, partition_key, partition_of
from exportgate.demo_story.campaign import (
    HISTORY_HOURS,
    HISTORY_OUTPUT_TOKENS,
    HISTORY_PER_ACCOUNT,
    HYDRA_SIZE,
    TEMPLATES,
    TOPICS,
    hydra_accounts,
)
from exportgate.records import Account, Message, UsageRecord
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store, open_store
from exportgate.store.schema import audit_log, usage

from ..conftest import fresh_postgres_database

ROOT = Path(__file__).resolve().parents[2]
PARTITIONS = 2
MAX_HYDRA = 240
BENIGN = Account(
    id="acme-us",
    kind="organization",
    name="Acme Widgets Inc",
    country="US",
    headquarters="US",
    kyc_verified=True,
    api_keys=["sk-acme-us"],
)


@pytest.fixture
def database() -> Iterator[str]:
    """A PostgreSQL database of this test's own."""
    with fresh_postgres_database("exportgate_cluster") as url:
        yield url


@dataclass
class Served:
    """Request ids of the 200s clients received, and what else they got."""

    ok: list[str] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note_ok(self, request_id: str) -> None:
        with self.lock:
            self.ok.append(request_id)

    def note(self, what: str) -> None:
        with self.lock:
            self.refused[what] = self.refused.get(what, 0) + 1


def _client(url: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=30)


def _ask(
    client: openai.OpenAI, prompt: str, ip: str, ua: str, served: Served, max_tokens: int = 48
) -> str:
    """One chat completion; returns ALLOWED or the refusal's code (or 'connection')."""
    try:
        raw = client.chat.completions.with_raw_response.create(
            model="frontier-5",
            messages=[{"role": "user", "content": prompt}],
            max_tokens=max_tokens,
            extra_headers={"X-Forwarded-For": ip, "User-Agent": ua},
        )
    except openai.APIConnectionError:
        served.note("connection")
        return "connection"
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        code = str(body.get("code") or exc.status_code)
        served.note(code)
        return code
    completion = raw.parse()
    assert completion.choices[0].message.content
    served.note_ok(str(raw.headers["x-request-id"]))
    return "ALLOWED"


def _seed(store: Store, now: dt.datetime) -> list[Account]:
    accounts = [msgspec.convert(raw, Account, strict=False) for raw in hydra_accounts(now)]
    for account in [*accounts, BENIGN]:
        store.upsert_account(account)
        store.set_screening_status(
            account.id, ScreeningStatus(status="clear", lists_version="test-lists")
        )
    return accounts


def _history_records(accounts: list[Account], now: dt.datetime) -> list[ServedEvent]:
    """The campaign's previous day and a half, as the replicas served it then (demo_story's
    replay: a campaign seen only as one burst of seconds reads as an evaluation run)."""
    out = []
    for k, account in enumerate(accounts, start=1):
        for i in range(HISTORY_PER_ACCOUNT):
            n = k * HISTORY_PER_ACCOUNT + i
            ts = now - dt.timedelta(
                hours=HISTORY_HOURS * (1 - i / HISTORY_PER_ACCOUNT), minutes=7 * k
            )
            prompt = TEMPLATES[n % len(TEMPLATES)].format(t=TOPICS[(n * 3) % len(TOPICS)])
            record = UsageRecord(
                ts=ts,
                request_id=f"history-{k}-{i}",
                account_id=account.id,
                model="frontier-5",
                endpoint="chat.completions",
                status=200,
                decision="allow",
                ip=f"73.{40 + n % 23}.{(n * 7) % 250 + 1}.{(n * 13) % 250 + 2}",
                user_agent="python-httpx/0.27.2",
                messages=[Message(role="user", content=prompt)],
                prompt_tokens=len(prompt.split()),
                completion_tokens=HISTORY_OUTPUT_TOKENS,
            )
            out.append(ServedEvent(usage=record, account=account, replica="history"))
    return out


def _history(accounts: list[Account], now: dt.datetime) -> list[ServedEvent]:
    """As much of the campaign's history as does not flag it alone (its first requests per
    account, and one more of as many accounts as stay under the threshold), checked with the
    same online detector the service runs: the live traffic through the replicas is what tips
    it over."""
    from exportgate.distill import DetectorConfig, OnlineDetector

    full = _history_records(accounts, now)

    def chosen(base: int, extra: int) -> list[ServedEvent]:
        return [
            e
            for e in full
            if (i := int(e.usage.request_id.rsplit("-", 1)[1])) < base
            or (i == base and int(e.usage.request_id.split("-")[1]) <= extra)
        ]

    for base in (3, 2, 1, 0):
        for extra in range(len(accounts), -1, -1):
            events = chosen(base, extra)
            detector = OnlineDetector(DetectorConfig(served_prompt_bits=2**23))
            for event in events:
                detector.observe(event.usage, event.account)
            detector.maintain(None)
            if not any(detector.is_suspected(a.id) for a in accounts):
                return events
    raise AssertionError("the campaign is flagged before it has sent anything")


def _until(check: object, what: str, timeout_s: float = 30.0) -> float:
    began = time.monotonic()
    while time.monotonic() - began < timeout_s:
        if check():  # type: ignore[operator]
            return time.monotonic() - began
        time.sleep(0.02)
    raise AssertionError(f"{what}: not within {timeout_s:.0f} s")


def test_two_replicas_one_detector_under_failure(tmp_path: Path, database: str) -> None:
    import asyncio

    from exportgate.bus.stream import RedisEventStream

    prefix = f"egcluster-{uuid.uuid4().hex[:8]}:"
    cluster = LocalCluster.from_file(
        ROOT / "deploy" / "local-cluster.yaml",
        workdir=str(tmp_path / "cluster"),
        store=database,
        redis={"start": True, "port": 0},
        upstream={"standin": True, "port": 0},
        replicas={"ports": [0, 0]},
        detector={"workers": 1},
        gateway_overrides={
            "scaleout": {
                "prefix": prefix,
                "partitions": PARTITIONS,
                "checkpoint_interval_s": 0.3,
            },
            "distillation": {"served_prompts_mib": 1},
            "limits": {"account": {"requests_per_minute": 100_000}},
            "usage": {"replay_interval_s": 0.5, "writer": "process"},
            "caches": {"switches_ttl_s": 1.0},
            # a loaded test machine answers Redis slowly at times: not an outage
            "dependencies": {"timeout_ms": 1000},
        },
    )
    store = open_store(database)
    now = dt.datetime.now(dt.UTC)
    hydra = _seed(store, now)
    ensure_tables(store)  # the schema exists before the processes start, as a migration does
    history_events = _history(hydra, now)
    history = [
        (
            partition_of(partition_key(e.usage.account_id, e.account), PARTITIONS),
            encode_served(e),
        )
        for e in history_events
    ]
    served = Served()
    stop_load = threading.Event()
    try:
        cluster.start()  # Redis, the upstream, the detector worker, both replicas (ready)

        async def publish() -> None:
            stream = RedisEventStream(cluster.redis_url, prefix=prefix, partitions=PARTITIONS)
            await stream.publish(history)
            await stream.close()

        asyncio.run(publish())
        _until(
            lambda: sum(n for _, n in checkpoint_counts(store).values()) == len(history),
            "the detector folds the history in",
        )
        assert not load_flags(store), "the history alone must not flag the campaign"
        urls = [cluster.replica_url(0), cluster.replica_url(1)]

        def ordinary_load(n: int) -> None:  # two customers' steady traffic on both replicas
            clients = [_client(u, "sk-acme-us") for u in urls]
            i = 0
            while not stop_load.is_set():
                i += 1
                _ask(
                    clients[(i + n) % 2],
                    f"Summarise note {n}-{i} in one line.",
                    "73.0.0.1",
                    "Mozilla/5.0 Safari/605.1",
                    served,
                    max_tokens=8,
                )

        load = [threading.Thread(target=ordinary_load, args=(n,), daemon=True) for n in range(2)]
        for thread in load:
            thread.start()
        # mid-load: SIGKILL replica 1 while both customers' requests are in flight, start it again
        _until(lambda: len(served.ok) >= 20, "ordinary traffic flows")
        cluster.kill("replica-1")
        before_restart = len(served.ok)
        _until(lambda: len(served.ok) >= before_restart + 5, "replica 0 serves on alone")
        cluster.start_replica(1)
        assert cluster.alive("replica-1")

        clients = {
            (a.id, r): _client(urls[r], f"sk-demo-hydra-{k:02d}")
            for k, a in enumerate(hydra, start=1)
            for r in (0, 1)
        }
        flagged_at: int | None = None
        campaign_served = [0, 0]  # live hydra requests each replica served
        for sent in range(MAX_HYDRA):
            k = sent % HYDRA_SIZE
            account = hydra[k]
            ip = f"73.{40 + sent % 23}.{(sent * 7) % 250 + 1}.{(sent * 13) % 250 + 2}"
            prompt = TEMPLATES[sent % len(TEMPLATES)].format(t=TOPICS[(sent * 3) % len(TOPICS)])
            replica = sent % 2
            code = _ask(clients[(account.id, replica)], prompt, ip, "python-httpx/0.27.2", served)
            if code == "ALLOWED":
                campaign_served[replica] += 1
            if code == "pending_review":
                flagged_at = sent
                break
            time.sleep(0.01)
        assert flagged_at is not None, f"the campaign was not flagged: {served.refused}"
        # the live traffic, sent to both replicas in turn, was needed: the history alone did not
        # flag the campaign and its first live request was served
        assert flagged_at >= 1 and campaign_served[0] >= 1, (flagged_at, campaign_served)

        # both replicas refuse every account of the campaign the service flagged (the flags
        # reach the replicas by pub/sub; a flag holds until compliance clears it)
        def everyone_refused() -> bool:
            flagged = {f.account_id for f in load_flags(store)}
            return len(flagged) >= 2 and all(
                _ask(
                    clients[(a.id, r)],
                    "Explain entropy step by step.",
                    "73.41.8.15",
                    "python-httpx/0.27.2",
                    served,
                )
                == "pending_review"
                for a in hydra
                if a.id in flagged
                for r in (0, 1)
            )

        took = _until(everyone_refused, "both replicas refuse the campaign")
        print(
            f"campaign flagged after {flagged_at + 1} live hydra requests (served per replica "
            f"{campaign_served}); every flagged hydra account refused on both replicas "
            f"{took:.2f} s later"
        )
        stop_load.set()
        for thread in load:
            thread.join(timeout=30)
        for index in (0, 1):  # gracefully: their journals drain into the store
            cluster.kill(f"replica-{index}", 15)

        with store.engine.connect() as conn:
            ok_rows = {
                r.request_id
                for r in conn.execute(sa.select(usage.c.request_id).where(usage.c.status == 200))
            }
            audited = {
                r.record.get("request_id") for r in conn.execute(sa.select(audit_log.c.record))
            }
        received = set(served.ok)
        assert len(received) == len(served.ok)
        assert received, "no request was served"
        assert not received - ok_rows, "200s without a usage record"
        assert not received - audited, "200s without an audit record"
        verified = AuditLog(store).verify()
        assert verified.ok, verified.describe()

        # "served" is exact: a request with a usage record of status 200. That includes a
        # request whose record reached the killed replica's journal but whose answer did not
        # reach its client (its event travels in the journal with the record and is sent by the
        # replica that adopts the segment); it excludes one whose record never reached the
        # journal (its event is sent only after the record is on disk). Each is folded once.
        expected = len(history) + len(ok_rows)
        deadline = time.monotonic() + 30
        while (
            folded := sum(n for _, n in checkpoint_counts(store).values())
        ) != expected and time.monotonic() < deadline:
            time.sleep(0.05)
        spilled = sorted(p.name for p in (tmp_path / "cluster").rglob("*.spill*"))
        assert folded == expected, (folded, expected, spilled)
        folded_ids: set[str] = set()
        for partition in range(PARTITIONS):
            found = load_checkpoint(store, partition)
            if found is not None:
                folded_ids |= set(found.state.recent)
        assert folded_ids == ok_rows | {e.usage.request_id for e in history_events}
        flagged = {f.account_id for f in load_flags(store)}
        assert len(flagged) >= 2 and flagged <= {a.id for a in hydra}, flagged
        assert "acme-us" not in {f.account_id for f in load_flags(store)}
        print(
            f"{len(received)} answers received, {len(ok_rows)} served in all; refusals "
            f"{served.refused}; detector folded {expected} (history {len(history)})"
        )
    finally:
        stop_load.set()
        cluster.stop()
