"""The request-path detector: observe, is_suspected, explain, alerts into a real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exportgate.distill import ALERT_CODE, OnlineDetector
from exportgate.distill.alerts import store_sink
from exportgate.distill.simulate import SimWorld
from exportgate.records import Account, ClusterEvidence, DetectorEvidence, Message, UsageRecord
from exportgate.store import open_store

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def _harvest(account_id: str, i: int, ip: str) -> UsageRecord:
    return UsageRecord(
        ts=T0 + dt.timedelta(seconds=300 * i),
        request_id=f"{account_id}-{i}",
        account_id=account_id,
        model="frontier-5",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        ip=ip,
        user_agent="python-httpx/0.27.2",
        messages=[
            Message(
                role="user",
                content=f"Question: explain concept {i} of organic "
                "chemistry to a graduate student.\nWalk me through your reasoning in "
                "detail, then state the answer.",
            )
        ],
        prompt_tokens=40,
        completion_tokens=1500,
    )


def test_heavy_harvester_is_suspected_and_alert_is_stored(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'alerts.db'}")
    alerts: list[DetectorEvidence] = []
    sink = store_sink(store)

    def on_alert(alert: DetectorEvidence) -> None:
        alerts.append(alert)
        sink(alert)

    detector = OnlineDetector(on_alert=on_alert)
    account = Account(
        id="acct-h",
        kind="organization",
        name="Harvest Co",
        created_at=T0 - dt.timedelta(hours=5),
        payment_fingerprint="pf-h",
    )
    for i in range(400):
        detector.observe(_harvest("acct-h", i, "203.0.113.9"), account)
    assert detector.is_suspected("acct-h")
    assert not detector.is_suspected("nobody")
    assert alerts == [], "alerts (with evidence) are built off the request path, in maintain()"
    assert detector.maintain(budget_s=None) == 0
    assert len(alerts) == 1 and alerts[0].code == ALERT_CODE
    evidence = detector.explain("acct-h")
    assert evidence.flagged and evidence.reasons
    assert evidence.sample_requests and evidence.sample_requests[0].prompt
    saved = store.alerts()
    assert [a.account_id for a in saved] == ["acct-h"]
    assert saved[0].code == ALERT_CODE and (saved[0].evidence.features or {})["requests"] > 0
    assert saved[0].summary == alerts[0].describe() == alerts[0].summary


def test_light_sybil_accounts_are_caught_through_their_cluster() -> None:
    detector = OnlineDetector()
    accounts = [
        Account(
            id=f"s{k}",
            kind="person",
            name=f"S {k}",
            payment_fingerprint="pf-shared",
            created_at=T0 - dt.timedelta(hours=1),
            signup_channel="startup",
        )
        for k in range(40)
    ]
    for i in range(1200):
        k = i % 40
        record = _harvest(f"s{k}", i, f"198.51.{i % 30}.{i % 200 + 1}")
        detector.observe(record, accounts[k])
        if i % 100 == 99:
            detector.maintain(budget_s=0.05)
    detector.maintain(budget_s=None)
    suspected = [a.id for a in accounts if detector.is_suspected(a.id)]
    assert len(suspected) == 40
    cluster = detector.explain("s3").cluster
    assert isinstance(cluster, ClusterEvidence) and cluster.members == 40
    assert any("payment fingerprint" in tie.text for tie in cluster.ties)


def test_replayed_world_flags_campaigns_not_benign(small_world: SimWorld) -> None:
    accounts = {a.id: a for a in small_world.accounts}
    detector = OnlineDetector()
    for i, record in enumerate(small_world.records):
        detector.observe(record, accounts.get(record.account_id or ""))
        if i % 500 == 0:
            detector.maintain(budget_s=0.01)
    detector.maintain(budget_s=None)
    labels = small_world.labels
    benign = [a for a in detector.sketches if not labels[a].attack]
    attack = [a for a in detector.sketches if labels[a].attack]
    false_pos = [a for a in benign if detector.is_suspected(a)]
    caught = [a for a in attack if detector.is_suspected(a)]
    assert len(false_pos) <= 0.01 * len(benign), [labels[a].group for a in false_pos]
    assert len(caught) >= 0.85 * len(attack)


def test_unknown_account_and_missing_account_id_are_harmless() -> None:
    detector = OnlineDetector()
    record = _harvest("x", 1, "203.0.113.1")
    detector.observe(
        UsageRecord(
            ts=record.ts,
            request_id="r",
            account_id=None,
            model="m",
            endpoint="e",
            status=200,
            decision="allow",
        ),
        None,
    )
    assert detector.explain("x").flagged is False
    assert detector.is_suspected("x") is False


def test_request_path_imports_nothing_heavy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, exportgate.distill; "
        "print(sorted(m for m in ('numpy', 'torch', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_memory_is_bounded_by_max_accounts() -> None:
    from exportgate.distill import DetectorConfig

    detector = OnlineDetector(DetectorConfig(max_accounts=50))
    for k in range(200):
        detector.observe(_harvest(f"acct-{k}", 1, "203.0.113.5"), None)
    assert len(detector.sketches) == 50
    assert "acct-199" in detector.sketches and "acct-0" not in detector.sketches
    detector.maintain(budget_s=None)
    assert len(detector.linker.values) <= 50 and detector.linker.accounts <= 50


def test_a_cleared_account_needs_new_evidence_of_its_own() -> None:
    detector = OnlineDetector()
    account = Account(
        id="acct-h",
        kind="organization",
        name="Harvest Co",
        created_at=T0 - dt.timedelta(hours=5),
        payment_fingerprint="pf-h",
    )
    for i in range(400):
        detector.observe(_harvest("acct-h", i, "203.0.113.9"), account)
    assert detector.is_suspected("acct-h")
    assert detector.clear("acct-h") is True
    assert not detector.is_suspected("acct-h")
    assert detector.sketches["acct-h"].n == 0  # the evidence so far is forgotten
    assert detector.sketches["acct-h"].payment_fingerprint == "pf-h"
    for i in range(400, 405):
        detector.observe(_harvest("acct-h", i, "203.0.113.9"), account)
    assert not detector.is_suspected("acct-h")  # five requests are not evidence
    for i in range(405, 800):
        detector.observe(_harvest("acct-h", i, "203.0.113.9"), account)
    assert detector.is_suspected("acct-h")  # the same harvesting again: flagged again
    assert "acct-h" not in detector.cleared


def test_a_cluster_flag_does_not_reach_a_cleared_member() -> None:
    detector = OnlineDetector()
    accounts = [
        Account(
            id=f"s{k}",
            kind="person",
            name=f"S {k}",
            payment_fingerprint="pf-shared",
            created_at=T0 - dt.timedelta(hours=1),
            signup_channel="startup",
        )
        for k in range(40)
    ]

    def replay(start: int, stop: int, skip: str | None = None) -> None:
        for i in range(start, stop):
            k = i % 40
            if f"s{k}" != skip:
                detector.observe(
                    _harvest(f"s{k}", i, f"198.51.{i % 30}.{i % 200 + 1}"), accounts[k]
                )
            if i % 100 == 99:
                detector.maintain(budget_s=0.05)
        detector.maintain(budget_s=None)

    replay(0, 1200)
    assert detector.is_suspected("s3") and detector.is_suspected("s4")
    detector.clear("s3")
    replay(1200, 2400, skip="s3")  # the rest of the cluster goes on; s3 is quiet
    assert not detector.is_suspected("s3") and detector.is_suspected("s4")
    assert detector.clear("nobody") is False
