"""A held account, worked through the review queue with the CLI, is served again over HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable

import msgspec
import openai
import pytest

from exportgate.records import Account, ReviewDetail, ReviewRequest
from exportgate.screening.api import ScreeningStatus, StoredMatch

from .conftest import GatewayFactory
from .test_dialects import HELLO, oai

HELD = Account(
    id="acct-held",
    kind="organization",
    name="Orion Shipping Services",
    country="AE",
    headquarters="AE",
    kyc_verified=True,
    api_keys=["sk-test-held"],
)
MATCH = StoredMatch(
    **{
        "list": "us_ofac_sdn",
        "list_id": "31234",
        "name": "ORION SHIPPING LLC",
        "matched_name": "ORION SHIPPING LLC",
        "score": 0.84,
        "subject": HELD.name,
        "subject_kind": "organization",
        "subject_country": "AE",
        "block_threshold": 0.9,
        "review_threshold": 0.75,
        "level": "possible",
    }
)


def wait_until(condition: Callable[[], bool], failure: str, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)


def cli(store_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", "reviews", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"EXPORTGATE_STORE": store_url, "PATH": "/usr/bin:/bin"},
    )


def test_a_false_positive_verdict_lets_the_held_account_through(
    make_gateway: GatewayFactory,
) -> None:
    handle, store = make_gateway(caches={"account_ttl_s": 0.2, "switches_ttl_s": 0.1})
    store.upsert_account(HELD)
    store.set_screening_status(
        HELD.id, ScreeningStatus(status="possible", matches=[MATCH], lists_version="test-lists")
    )
    item_id = store.enqueue_review(
        ReviewRequest(
            account_id=HELD.id,
            code="RESTRICTED_PARTY_POSSIBLE",
            summary="'Orion Shipping Services' resembles 'ORION SHIPPING LLC'",
            detail=msgspec.convert(
                {"status": "possible", "matches": [msgspec.to_builtins(MATCH)]}, ReviewDetail
            ),
        )
    )
    with pytest.raises(openai.PermissionDeniedError) as held:
        oai(handle, "sk-test-held").chat.completions.create(model="frontier-5", messages=HELLO)
    assert held.value.body["code"] == "pending_review"
    assert "RESTRICTED_PARTY_POSSIBLE" in held.value.body["message"]
    wait_until(lambda: not handle.gateway.reviews, "the gateway never saved its note of the hold")

    listed = cli(store.url, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == [item_id]
    wrong = cli(store.url, "resolve", str(item_id), "--verdict", "cleared", "--reviewer", "J")
    assert wrong.returncode == 1 and "false_positive, true_match" in wrong.stderr
    done = cli(
        store.url,
        "resolve",
        str(item_id),
        "--verdict",
        "false_positive",
        "--reviewer",
        "J. Okafor",
        "--note",
        "different company, registered in Panama",
    )
    assert done.returncode == 0, done.stderr
    assert "us_ofac_sdn #31234" in done.stdout

    def served() -> bool:  # the gateway picks the override up at its next account refresh
        try:
            return bool(
                oai(handle, "sk-test-held")
                .chat.completions.create(model="frontier-5", messages=HELLO)
                .choices[0]
                .message.content
            )
        except openai.PermissionDeniedError:
            return False

    wait_until(served, "the verdict never reached the gateway")
    # the gateway's own note of the hold joined the open item instead of adding a second one
    assert store.review_items("open") == []
    assert [i.id for i in store.review_items("resolved")] == [item_id]


def test_a_hold_queued_by_the_gateway_names_its_list_entries(make_gateway: GatewayFactory) -> None:
    """With no item queued by screening, the gateway's own note of a possible-hit hold carries
    the stored matches, so a reviewer can record a verdict on it."""
    handle, store = make_gateway(caches={"account_ttl_s": 0.2, "switches_ttl_s": 0.1})
    store.upsert_account(HELD)
    store.set_screening_status(
        HELD.id, ScreeningStatus(status="possible", matches=[MATCH], lists_version="test-lists")
    )
    with pytest.raises(openai.PermissionDeniedError):
        oai(handle, "sk-test-held").chat.completions.create(model="frontier-5", messages=HELLO)
    wait_until(lambda: bool(store.review_items("open")), "the gateway never queued the hold")
    [item] = store.review_items("open")
    assert item.code == "RESTRICTED_PARTY_POSSIBLE"
    assert [(m.list, m.list_id, m.subject) for m in item.detail.matches or []] == [
        ("us_ofac_sdn", "31234", HELD.name)
    ]
    done = cli(
        store.url,
        "resolve",
        str(item.id),
        "--verdict",
        "false_positive",
        "--reviewer",
        "J. Okafor",
    )
    assert done.returncode == 0, done.stderr
    assert "us_ofac_sdn #31234" in done.stdout
