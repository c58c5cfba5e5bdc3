"""Review items and verdicts are typed records in the store: each producer's detail is stored as
the JSON it always was, rows written by earlier releases still read, and a row that cannot be read
names the item and the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest
import sqlalchemy as sa

from exportgate.accounts.screening import review_detail
from exportgate.audit import AuditEntry
from exportgate.audit.chain import chain_rows
from exportgate.records import (
    LoggedVerdict,
    OverrideRef,
    ReasonText,
    RecordError,
    ReviewDetail,
    ReviewRequest,
    ReviewVerdict,
)
from exportgate.screening.api import ScreeningStatus, StoredMatch
from exportgate.store import open_store
from exportgate.store.schema import review_queue

MATCH = StoredMatch(
    list="us_ofac_sdn",
    list_id="31234",
    name="ORION SHIPPING LLC",
    matched_name="ORION SHIPPING LLC",
    score=0.93,
    programs=["SDGT"],
    subject="Orion Shipping Services",
    level="hit",
    subject_kind="organization",
    block_threshold=0.9,
    review_threshold=0.75,
)
MATCH_JSON = msgspec.to_builtins(MATCH)

# (typed detail, the JSON the untyped producers wrote before)
PRODUCERS: dict[str, tuple[ReviewDetail, dict[str, Any]]] = {
    "screening": (
        review_detail(ScreeningStatus(status="hit", matches=[MATCH], lists_version="v2")),
        {"status": "hit", "matches": [MATCH_JSON], "lists_version": "v2"},
    ),
    "gateway hold": (
        ReviewDetail(
            request_id="req-1",
            key_id="key-abc",
            reasons=[ReasonText(code="RESTRICTED_PARTY_POSSIBLE", message="resembles")],
            policy_version="p-1",
            matches=[],
        ),
        {
            "request_id": "req-1",
            "key_id": "key-abc",
            "reasons": [{"code": "RESTRICTED_PARTY_POSSIBLE", "message": "resembles"}],
            "policy_version": "p-1",
            "matches": [],
        },
    ),
    "bypass screen": (
        ReviewDetail(
            request_id="req-2",
            score=0.91,
            band="high",
            families=["roleplay"],
            signals=["asks to ignore the rules"],
            language="en",
            action="review",
        ),
        {
            "request_id": "req-2",
            "score": 0.91,
            "band": "high",
            "families": ["roleplay"],
            "signals": ["asks to ignore the rules"],
            "language": "en",
            "action": "review",
        },
    ),
    "bypass account": (
        ReviewDetail(
            request_id="req-3", score=0.8, attempts=4, families=["roleplay"], signals=["4 of 9"]
        ),
        {
            "request_id": "req-3",
            "score": 0.8,
            "attempts": 4,
            "families": ["roleplay"],
            "signals": ["4 of 9"],
        },
    ),
}


def raw_detail(store_url: str, item_id: int) -> Any:
    engine = sa.create_engine(store_url)
    with engine.connect() as conn:
        value = conn.execute(
            sa.select(review_queue.c.detail).where(review_queue.c.id == item_id)
        ).scalar_one()
    engine.dispose()
    return value


@pytest.mark.parametrize("producer", sorted(PRODUCERS))
def test_each_producers_detail_is_stored_as_before_and_reads_back(
    store_url: str, producer: str
) -> None:
    typed, old_shape = PRODUCERS[producer]
    store = open_store(store_url)
    item_id = store.enqueue_review(
        ReviewRequest(account_id="acct-1", code="CODE", summary="held", detail=typed)
    )
    assert raw_detail(store.url, item_id) == old_shape
    item = store.review_item(item_id)
    assert item is not None and item.detail == typed
    assert item.to_dict()["detail"] == old_shape
    store.close()


def test_the_printed_item_keeps_its_keys_and_iso_times(store_url: str) -> None:
    store = open_store(store_url)
    item_id = store.enqueue_review(
        ReviewRequest(account_id="acct-1", code="KYC_REQUIRED", summary="identity not verified")
    )
    item = store.review_item(item_id)
    assert item is not None
    shown = item.to_dict()
    assert set(shown) == {
        "id",
        "account_id",
        "code",
        "summary",
        "detail",
        "status",
        "created_at",
        "resolved_at",
        "resolution",
    }
    assert shown["detail"] == {} and shown["status"] == "open" and shown["resolved_at"] is None
    assert dt.datetime.fromisoformat(shown["created_at"]) == item.created_at
    store.close()


def insert_raw(store_url: str, detail: Any) -> int:
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        result = conn.execute(
            sa.insert(review_queue).values(
                account_id="acct-old",
                code="RESTRICTED_PARTY",
                summary="list change",
                detail=detail,
                status="open",
                created_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
            )
        )
        key = result.inserted_primary_key
    engine.dispose()
    assert key is not None
    return int(key[0])


def test_rows_written_by_earlier_releases_still_read(store_url: str) -> None:
    store = open_store(store_url)
    # re-screening before the stored match was typed: one match and the screened name
    old_match = {k: v for k, v in MATCH_JSON.items() if k not in ("subject", "level")}
    first = insert_raw(
        store.url, {"match": old_match, "screened_name": "Orion", "lists_version": "v1"}
    )
    # accounts import before: matches carried the screened name and no level
    legacy = {**old_match, "screened_name": "Orion Shipping Services"}
    second = insert_raw(store.url, {"status": "hit", "matches": [legacy], "lists_version": "v1"})
    by_id = {item.id: item for item in store.review_items()}
    assert [(m.list, m.list_id) for m in by_id[first].detail.list_entries()] == [
        ("us_ofac_sdn", "31234")
    ]
    assert by_id[first].detail.screened_name == "Orion"
    [match] = by_id[second].detail.matches or []
    assert (match.subject, match.level) == ("Orion Shipping Services", "hit")
    store.close()


def test_an_unreadable_row_names_the_item_and_the_field(store_url: str) -> None:
    store = open_store(store_url)
    bad = insert_raw(store.url, {"status": "hit", "matches": [{**MATCH_JSON, "score": "high"}]})
    with pytest.raises(RecordError) as raised:
        store.review_item(bad)
    assert raised.value.record_id == f"review item {bad}"
    assert raised.value.field == "detail.matches[0].score"
    store.close()


def test_a_verdicts_audit_record_keeps_its_shape_and_reads_back() -> None:
    verdict = ReviewVerdict(
        item_id=7,
        code="RESTRICTED_PARTY",
        verdict="false_positive",
        reviewer="J. Okafor",
        note="different company",
        overrides=[OverrideRef(list="us_ofac_sdn", list_id="31234", verdict="false_positive")],
        resolution="false_positive by J. Okafor.",
        approver="Quinn Approver",
    )
    old_shape = {
        "item_id": 7,
        "code": "RESTRICTED_PARTY",
        "verdict": "false_positive",
        "reviewer": "J. Okafor",
        "note": "different company",
        "approver": "Quinn Approver",
        "overrides": [{"list": "us_ofac_sdn", "list_id": "31234", "verdict": "false_positive"}],
        "resolution": "false_positive by J. Okafor.",
    }
    entry = AuditEntry(
        kind="review",
        subject="acct-1",
        decision="false_positive",
        inputs={},
        record=verdict,
        policy_version=None,
        data_versions={},
    )
    as_dict = {**entry.__dict__, "record": old_shape}
    [typed_row] = chain_rows([entry], 0, "0" * 64, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    [dict_row] = chain_rows(
        [AuditEntry(**as_dict)], 0, "0" * 64, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    )
    assert typed_row["record"] == old_shape and typed_row["hash"] == dict_row["hash"]
    read = LoggedVerdict.read(typed_row)
    assert (read.seq, read.subject, read.verdict) == (1, "acct-1", verdict)
    without = {k: v for k, v in old_shape.items() if k != "approver"}
    assert msgspec.to_builtins(msgspec.convert(without, ReviewVerdict)) == without
    with pytest.raises(RecordError) as raised:
        LoggedVerdict.read({**typed_row, "record": {**old_shape, "item_id": "seven"}})
    assert raised.value.record_id == "audit record 1"
    assert raised.value.field == "verdict.item_id"
