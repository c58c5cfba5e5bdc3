"""Verdicts on review items: what each verdict changes, on SQLite and PostgreSQL, audited."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from exportgate.audit import AuditLog
from exportgate.records import Account, Override, ReviewDetail, ReviewItem, ReviewRequest
from exportgate.review.queue import resolve
from exportgate.review.verdicts import ReviewError, item_matches, plan
from exportgate.store import open_store

ACCOUNT = Account(
    id="acct-7",
    kind="organization",
    name="Orion Shipping Services",
    country="AE",
    headquarters="AE",
    kyc_verified=True,
)
MATCHES = [
    {
        "list": "us_ofac_sdn",
        "list_id": "31234",
        "name": "ORION SHIPPING LLC",
        "matched_name": "ORION SHIPPING LLC",
        "score": 0.84,
        "subject": "Orion Shipping Services",
        "level": "possible",
    },
    {
        "list": "us_csl",
        "list_id": "c-99",
        "name": "ORION SHIPPING LLC",
        "matched_name": "ORION SHIPPING LLC",
        "score": 0.84,
        "subject": "Orion Shipping Services",
        "level": "possible",
    },
]


def item(code: str = "RESTRICTED_PARTY_POSSIBLE", **extra: Any) -> ReviewItem:
    return ReviewItem.read(
        {
            "id": 4,
            "account_id": "acct-7",
            "code": code,
            "status": "open",
            "summary": "possible match",
            "detail": {"status": "possible", "matches": MATCHES},
            "created_at": "2026-12-05T10:00:00+00:00",
            **extra,
        }
    )


def test_a_false_positive_becomes_an_override_per_list_entry() -> None:
    updated, resolution = plan(
        item(),
        ACCOUNT,
        "false_positive",
        "J. Okafor",
        "different company: registered in Panama, not Dubai",
    )
    assert updated is not None
    assert [(o.list, o.list_id, o.verdict, o.reviewer) for o in updated.overrides] == [
        ("us_ofac_sdn", "31234", "false_positive", "J. Okafor"),
        ("us_csl", "c-99", "false_positive", "J. Okafor"),
    ]
    assert "us_ofac_sdn #31234 'ORION SHIPPING LLC'" in resolution.text
    assert "decided without these entries" in resolution.text
    assert "registered in Panama" in resolution.text


def test_a_verdict_can_name_one_entry_and_replaces_an_earlier_one() -> None:
    earlier = Account(
        **{
            **{f: getattr(ACCOUNT, f) for f in ACCOUNT.__struct_fields__},
            "overrides": [Override(list="us_ofac_sdn", list_id="31234", verdict="false_positive")],
        }
    )
    updated, _ = plan(item(), earlier, "true_match", "J. Okafor", "", only=["us_ofac_sdn:31234"])
    assert updated is not None
    assert [(o.list_id, o.verdict) for o in updated.overrides] == [("31234", "true_match")]
    with pytest.raises(ReviewError, match=r"names no list entry \['un_sc:1'\]"):
        plan(item(), ACCOUNT, "true_match", "J. Okafor", "", only=["un_sc:1"])


def test_verdicts_must_fit_the_item() -> None:
    with pytest.raises(ReviewError, match="takes the verdicts false_positive, true_match"):
        plan(item(), ACCOUNT, "cleared", "J. Okafor", "")
    with pytest.raises(ReviewError, match="takes the verdicts cleared, upheld"):
        plan(item("KYC_REQUIRED"), ACCOUNT, "false_positive", "J. Okafor", "")
    with pytest.raises(ReviewError, match="reviewer"):
        plan(item(), ACCOUNT, "false_positive", "  ", "")
    with pytest.raises(ReviewError, match="already resolved"):
        plan(item(status="resolved"), ACCOUNT, "false_positive", "J. Okafor", "")
    with pytest.raises(ReviewError, match="not in the store"):
        plan(item(), None, "false_positive", "J. Okafor", "")


def test_a_cleared_hold_says_what_lifts_it_and_changes_nothing() -> None:
    updated, resolution = plan(
        item("KYC_REQUIRED"), ACCOUNT, "cleared", "J. Okafor", "documents received by email"
    )
    assert updated is None and resolution.overrides == []
    assert "kyc_verified: true" in resolution.text


def test_items_from_every_producer_name_their_list_entries() -> None:
    old_match = {k: v for k, v in MATCHES[0].items() if k not in ("subject", "level")}
    from_rescreen = item(detail={"match": old_match, "screened_name": "Orion"})
    from_gateway = item(detail={"request_id": "req-1", "reasons": []})
    assert [m.list_id for m in item_matches(item())] == ["31234", "c-99"]
    assert [m.list_id for m in item_matches(from_rescreen)] == ["31234"]
    assert item_matches(from_gateway) == []


def test_resolving_in_the_store_updates_the_account_and_audits(store_url: str) -> None:
    store = open_store(store_url)
    store.upsert_account(ACCOUNT)
    item_id = store.enqueue_review(
        ReviewRequest(
            account_id="acct-7",
            code="RESTRICTED_PARTY_POSSIBLE",
            summary="possible match",
            detail=msgspec.convert({"status": "possible", "matches": MATCHES}, ReviewDetail),
        )
    )
    resolution = resolve(store, item_id, "false_positive", "J. Okafor", "different company")
    account = store.get_account("acct-7")
    assert account is not None and {o.list_id for o in account.overrides} == {"31234", "c-99"}
    stored = store.review_item(item_id)
    assert stored is not None and stored.status == "resolved"
    assert stored.resolution == resolution.text
    log = AuditLog(store)
    assert log.verify().ok
    last = list(log.rows())[-1]
    assert last["kind"] == "review" and last["subject"] == "acct-7"
    assert last["record"]["reviewer"] == "J. Okafor"
    with pytest.raises(ReviewError, match="already resolved"):
        resolve(store, item_id, "true_match", "A. Other")
    with pytest.raises(ReviewError, match="no review item 999"):
        resolve(store, 999, "true_match", "A. Other")
    store.close()
