"""Quiet operations tied by what they send, and cluster verdicts that reach only harvesting members:
the batch scan and the online detector agree on both."""

from __future__ import annotations

import datetime as dt
import random

from exportgate.distill import DetectorConfig, OnlineDetector
from exportgate.distill.scan import scan
from exportgate.records import Account, Message, UsageRecord

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0"
TEMPLATES = (
    ("Could you walk me through", "? Cover definitions, a complete example and the caveats."),
    ("Write a detailed lesson on", ", then end with three practice problems and solutions."),
    ("Help me understand", ". Start from first principles and finish with a summary table."),
)
WORDS = ("ring", "field", "graph", "entropy", "tensor", "kernel", "lattice", "orbit", "prime")


def _record(
    account_id: str,
    i: int,
    ts: dt.datetime,
    text: str,
    ip: str,
    ua: str,
    completion: int,
) -> UsageRecord:
    return UsageRecord(
        ts=ts,
        request_id=f"{account_id}-{i}",
        account_id=account_id,
        model="frontier-5",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        ip=ip,
        user_agent=ua,
        messages=[Message(role="user", content=text)],
        prompt_tokens=len(text) // 4,
        completion_tokens=completion,
    )


def _account(account_id: str, payment: str) -> Account:
    return Account(
        id=account_id,
        kind="person",
        name=account_id,
        created_at=T0 - dt.timedelta(days=60),
        payment_fingerprint=payment,
    )


def _background(rng: random.Random) -> tuple[list[UsageRecord], list[Account]]:
    """Unrelated light users: their own words, networks and cards."""
    records, accounts = [], []
    for k in range(60):
        account_id = f"user-{k}"
        accounts.append(_account(account_id, f"pf-user-{k}"))
        for i in range(6):
            text = " ".join(rng.choice(WORDS) for _ in range(14)) + f" {k} {i}"
            ts = T0 + dt.timedelta(hours=rng.uniform(0, 160))
            records.append(_record(account_id, i, ts, text, f"10.1.{k}.4", CHROME, 300))
    return records, accounts


def _quiet_operation(rng: random.Random) -> tuple[list[UsageRecord], list[Account]]:
    """Twelve accounts, eight requests each over a week, each on its own card and network: one
    curriculum worked through with three templates, never the same item twice."""
    records, accounts = [], []
    item = 0
    for k in range(12):
        account_id = f"quiet-{k}"
        accounts.append(_account(account_id, f"pf-quiet-{k}"))
        for i in range(8):
            opening, closing = TEMPLATES[i % 3]
            item += 1
            topic = f"{rng.choice(WORDS)} {rng.choice(WORDS)} theorem number {item}"
            ts = T0 + dt.timedelta(hours=20 * i + 1.7 * k, minutes=rng.uniform(0, 50))
            ip = f"{70 + k}.{20 + i}.{k}.9"
            records.append(
                _record(account_id, i, ts, f"{opening} {topic}{closing}", ip, CHROME, 1400)
            )
    return records, accounts


def _online_flags(records: list[UsageRecord], accounts: list[Account]) -> set[str]:
    by_id = {a.id: a for a in accounts}
    detector = OnlineDetector(DetectorConfig())
    next_maintain = 0.0
    for record in sorted(records, key=lambda r: r.ts):
        ts = record.ts.timestamp()
        if ts >= next_maintain:
            next_maintain = ts + 60.0
            detector.maintain(budget_s=None)
        detector.observe(record, by_id.get(record.account_id or ""))
    detector.maintain(budget_s=None)
    detector.relink()
    detector.maintain(budget_s=None)
    return {a for a in detector.sketches if detector.is_suspected(a)}


def test_quiet_operation_is_tied_by_its_templates_in_scan_and_online() -> None:
    rng = random.Random(5)
    background, people = _background(rng)
    quiet, operators = _quiet_operation(rng)
    records, accounts = background + quiet, people + operators
    result = scan(records, accounts)
    threshold = DetectorConfig().threshold
    quiet_ids = {a.id for a in operators}
    assert all(result.account_scores[a].score < threshold for a in quiet_ids)  # each looks light
    assert result.flagged() == quiet_ids
    cluster = next(c for c in result.clusters if "quiet-0" in c.members)
    assert set(cluster.members) == quiet_ids
    frame = next(t for t in cluster.ties if t.kind == "frame")
    assert "prompt frame" in frame.text and "bits" in frame.text
    row = next(r for r in result.rows if r.account_id == "quiet-3")
    assert "as one operation" in row.reasons[0]
    assert _online_flags(records, accounts) == quiet_ids


def _harvester(account_id: str, i: int) -> UsageRecord:
    text = (
        f"Question: explain concept {i} of organic chemistry to a graduate student.\n"
        "Walk me through your reasoning in detail, then state the answer."
    )
    ts = T0 + dt.timedelta(seconds=900 * i)
    return _record(account_id, i, ts, text, f"198.51.{i % 3}.7", "harvest-kit/2.1", 1500)


def _evaluator(i: int) -> UsageRecord:
    text = f"Question: what is {i} + {i * 3}?\nChoices: A) {i * 4} B) {i * 5}\nAnswer:"
    ts = T0 + dt.timedelta(days=2, seconds=20 * i)
    return _record("eval-0", i, ts, text, f"198.51.{i % 3}.8", "harvest-kit/2.1", 3)


def test_cluster_verdict_skips_a_member_whose_own_answers_are_not_worth_harvesting() -> None:
    """An evaluation account on the operation's card and networks is in its cluster, but a
    benchmark's one-letter answers are not what the operation harvests: not flagged for it."""
    accounts = [_account(f"harv-{k}", "pf-op") for k in range(4)] + [_account("eval-0", "pf-op")]
    records = [_harvester(f"harv-{k}", i) for k in range(4) for i in range(60)]
    records += [_evaluator(i) for i in range(120)]
    result = scan(records, accounts)
    cluster = next(c for c in result.clusters if "eval-0" in c.members)
    assert cluster.flagged and len(cluster.members) == 5
    assert result.account_scores["eval-0"].value < DetectorConfig().member_min_value
    row = next(r for r in result.rows if r.account_id == "eval-0")
    assert not row.flagged
    assert any("not flagged for it" in reason for reason in row.reasons)
    flagged = result.flagged()
    assert flagged == {f"harv-{k}" for k in range(4)}
    assert _online_flags(records, accounts) == flagged
