"""A list update reaches running and restarted gateways: the day a customer (or its owner) is
added to the SDN list, ``lists load`` re-screens the stored accounts and every gateway refuses
them within the account refresh, with one open review item each.

Everything is real: the CLI runs as a subprocess on the shipped list snapshot plus a newer
``sdn.csv``, the gateway is a real HTTP server and the requests go through the official OpenAI SDK,
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx2 as httpx
import openai
import pytest
import sqlalchemy as sa

from exportgate.records import Account, Owner, to_builtins
from exportgate.screening.screener import snapshot_dir
from exportgate.store import Store
from exportgate.store.schema import screening_status

from .conftest import GatewayFactory
from .test_dialects import HELLO, oai

# made-up organisations; the newer SDN file lists the first, the second's owner, and a name
# close to (not the same as) the third's
LISTED = Account(
    id="acct-velmora",
    kind="organization",
    name="Velmora Kinetics Limited",
    country="AE",
    headquarters="AE",
    kyc_verified=True,
    api_keys=["sk-velmora"],
)
OWNED = Account(
    id="acct-brightwater",
    kind="organization",
    name="Brightwater Instruments GmbH",
    country="DE",
    headquarters="DE",
    kyc_verified=True,
    api_keys=["sk-brightwater"],
    owners=[
        Owner(
            name="Karavan Ridge Holdings LLC",
            kind="organization",
            country="AE",
            headquarters="AE",
            share=0.6,
        )
    ],
)
NEAR = Account(
    id="acct-quillon",
    kind="organization",
    name="Quillon Maritime Services",
    country="AE",
    headquarters="AE",
    kyc_verified=True,
    api_keys=["sk-quillon"],
)
NEW_SDN_ROWS = [
    '99990001,"VELMORA KINETICS LIMITED",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    '-0- ,"Website www.example.invalid."',
    '99990002,"KARAVAN RIDGE HOLDINGS LLC",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,'
    "-0- ,-0- ,-0- ",
    '99990003,"QUILLON MARITIME",-0- ,"IRAN-EO13846",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
]
EXPECTED = {
    LISTED.id: "restricted_party",
    OWNED.id: "restricted_ownership",
    NEAR.id: "pending_review",
}
REVIEW_CODES = {
    LISTED.id: "RESTRICTED_PARTY",
    OWNED.id: "RESTRICTED_PARTY",
    NEAR.id: "RESTRICTED_PARTY_POSSIBLE",
}


@pytest.fixture(scope="module")
def newer_sdn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped SDN snapshot with three new entries, as OFAC publishes it (sdn, alt, add)."""
    folder = tmp_path_factory.mktemp("sdn-newer")
    shipped = snapshot_dir() / "ofac_sdn"
    for name in ("alt.csv", "add.csv"):
        (folder / name).write_bytes(gzip.decompress((shipped / f"{name}.gz").read_bytes()))
    rows = gzip.decompress((shipped / "sdn.csv.gz").read_bytes()).decode("utf-8")
    (folder / "sdn.csv").write_text(
        rows.rstrip("\r\n") + "\r\n" + "\r\n".join(NEW_SDN_ROWS) + "\r\n", encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def index_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the module's CLI runs (the shipped lists are indexed once)."""
    return tmp_path_factory.mktemp("index-cache")


def cli(store_url: str, home: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "EXPORTGATE_STORE": store_url,
        "EXPORTGATE_HOME": str(home),
        "EXPORTGATE_CACHE_DIR": str(cache),
    }
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def status_of(handle_url: str, key: str) -> tuple[int, str]:
    """HTTP status and error code of one chat completion."""
    try:
        oai_client = openai.OpenAI(base_url=handle_url + "/v1", api_key=key, max_retries=0)
        oai_client.chat.completions.create(model="frontier-5", messages=HELLO)
        return 200, ""
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        return exc.status_code, str(body.get("code", ""))


def wait_until(
    condition: Callable[[], bool], failure: Callable[[], str], timeout_s: float = 20
) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, failure()
        time.sleep(0.1)


def open_reviews(store: Store, account_id: str) -> list[str]:
    return [
        r.code for r in store.review_items() if r.account_id == account_id and r.status == "open"
    ]


def test_newly_listed_parties_are_refused_by_running_and_restarted_gateways(
    make_gateway: GatewayFactory, store_url: str, tmp_path: Path, newer_sdn: Path, index_cache: Path
) -> None:
    home = tmp_path / "home"
    handle, store = make_gateway(store_url=store_url, caches={"account_ttl_s": 1})
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_text("".join(json.dumps(to_builtins(a)) + "\n" for a in (LISTED, OWNED, NEAR)))
    imported = cli(store_url, home, index_cache, "accounts", "import", str(accounts))
    assert imported.returncode == 0, imported.stderr
    assert "3 clear" in imported.stdout, imported.stdout
    for account in (LISTED, OWNED, NEAR):
        assert status_of(handle.url, account.api_keys[0]) == (200, ""), account.id

    loaded = cli(store_url, home, index_cache, "lists", "load", str(newer_sdn), "--json")
    assert loaded.returncode == 0, loaded.stderr
    report = json.loads(loaded.stdout)["rescreen"]
    assert report["changed_entities"] == 3 and report["removed_entities"] == 0, report
    assert report["new_hits"] == 3 and len(report["review_items"]) == 3, report

    # the running gateway refuses each within the account refresh (TTL 1 s)
    for account in (LISTED, OWNED, NEAR):
        key = account.api_keys[0]
        wait_until(
            lambda key=key: status_of(handle.url, key)[0] == 403,  # type: ignore[misc]
            lambda key=key: f"{key} still served: {status_of(handle.url, key)}",
        )
        assert status_of(handle.url, key) == (403, EXPECTED[account.id]), account.id

    # a freshly started gateway on the same store refuses them from its first request
    handle.stop()
    restarted, _ = make_gateway(store_url=store_url)
    for account in (LISTED, OWNED, NEAR):
        assert status_of(restarted.url, account.api_keys[0]) == (403, EXPECTED[account.id])
    for account in (LISTED, OWNED, NEAR):
        assert open_reviews(store, account.id) == [REVIEW_CODES[account.id]], account.id
    item = next(r for r in store.review_items() if r.account_id == OWNED.id)
    assert (item.detail.matches or [])[0].subject == "Karavan Ridge Holdings LLC"
    assert "Karavan Ridge Holdings LLC" in item.summary


def corrupt(store: Store) -> None:
    """Store a status no reader can take: a match without its list entry id."""
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(screening_status)
            .where(screening_status.c.account_id == "acct-gb")
            .values(status="possible", matches=[{"list": "us_ofac_sdn", "score": 0.8}])
        )


def test_unreadable_screening_data_fails_closed_and_is_counted(
    make_gateway: GatewayFactory, store_url: str
) -> None:
    handle, store = make_gateway(store_url=store_url, caches={"account_ttl_s": 0.5})
    client = oai(handle, "sk-test-gb")
    client.chat.completions.create(model="frontier-5", messages=HELLO)
    corrupt(store)
    wait_until(
        lambda: status_of(handle.url, "sk-test-gb")[0] == 403,
        lambda: f"still served: {status_of(handle.url, 'sk-test-gb')}",
    )
    with pytest.raises(openai.PermissionDeniedError) as refused:
        client.chat.completions.create(model="frontier-5", messages=HELLO)
    assert refused.value.body["code"] == "pending_review"
    assert "SCREENING_STATUS_UNAVAILABLE" in refused.value.body["message"]
    metrics = httpx.get(handle.url + "/metrics").text
    assert 'exportgate_caller_refresh_failures_total{kind="screening_data"}' in metrics
    failures = [
        line
        for line in metrics.splitlines()
        if line.startswith('exportgate_caller_refresh_failures_total{kind="screening_data"}')
    ]
    assert float(failures[0].split()[-1]) >= 1
    assert "exportgate_callers_refused_unreadable 1.0" in metrics
    # a fresh gateway refuses it too (no 500), and a repaired status is served again
    restarted, _ = make_gateway(store_url=store_url, caches={"account_ttl_s": 0.5})
    corrupt(store)  # (the fixture seeded a clear status again)
    assert status_of(restarted.url, "sk-test-gb") == (403, "pending_review")
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(screening_status)
            .where(screening_status.c.account_id == "acct-gb")
            .values(status="clear", matches=[])
        )
    wait_until(
        lambda: status_of(restarted.url, "sk-test-gb")[0] == 200,
        lambda: f"not served again: {status_of(restarted.url, 'sk-test-gb')}",
    )


def test_matches_stored_by_earlier_releases_are_read(make_gateway: GatewayFactory) -> None:
    """Re-screening once stored the screened name as ``screened_name``: such rows still refuse."""
    handle, store = make_gateway()
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(screening_status)
            .where(screening_status.c.account_id == "acct-gb")
            .values(
                status="hit",
                matches=[
                    {
                        "list": "us_ofac_sdn",
                        "list_id": "99990009",
                        "name": "THAMES ANALYTICS LTD",
                        "matched_name": "THAMES ANALYTICS LTD",
                        "score": 1.0,
                        "programs": ["SDGT"],
                        "screened_name": "Thames Analytics Ltd",
                        "level": "hit",
                    }
                ],
            )
        )
    assert status_of(handle.url, "sk-test-gb") == (403, "restricted_party")
