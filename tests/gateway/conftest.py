"""Fixtures: a real stand-in upstream server, a store with test accounts, and a real gateway
(uvicorn on a loopback port) built from a configuration dict."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from exportgate.config import config_from_dict
from exportgate.gateway.standin import StandinState, StandinUpstream
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle, run_app_in_thread, run_in_thread
from exportgate.store import Store, open_store

ACCOUNTS = [
    Account(
        id="acct-us",
        kind="organization",
        name="Acme Widgets Inc",
        country="US",
        headquarters="US",
        kyc_verified=True,
        api_keys=["sk-test-us", "sk-test-us-2"],
    ),
    Account(
        id="acct-ir",
        kind="organization",
        name="Persepolis Trading Co",
        country="IR",
        headquarters="IR",
        kyc_verified=True,
        api_keys=["sk-test-ir"],
    ),
    Account(
        id="acct-nokyc",
        kind="organization",
        name="Unverified Startup LLC",
        country="US",
        headquarters="US",
        kyc_verified=False,
        api_keys=["sk-test-nokyc"],
    ),
    Account(
        id="acct-gb",
        kind="organization",
        name="Thames Analytics Ltd",
        country="GB",
        headquarters="GB",
        kyc_verified=True,
        api_keys=["sk-test-gb"],
    ),
    Account(
        id="acct-limited",
        kind="organization",
        name="Tiny Quota Corp",
        country="US",
        headquarters="US",
        kyc_verified=True,
        api_keys=["sk-test-limited"],
    ),
]

MODELS = [
    {"id": "frontier-5", "upstream": "main", "upstream_model": "gpt-mock", "controlled": True},
    {"id": "open-small", "upstream": "main", "controlled": False},
    {"id": "frontier-5-slow", "upstream": "slowpoke", "controlled": False},
    {"id": "broken-fail", "upstream": "main", "controlled": False},
    {"id": "broken-cut", "upstream": "main", "controlled": False},
    {"id": "open-endless", "upstream": "main", "controlled": False},
    {"id": "think-reasoning", "upstream": "main", "controlled": True},
    {"id": "nowhere", "upstream": "down", "controlled": False},
]


@pytest.fixture(scope="session")
def standin() -> Iterator[tuple[ServerHandle, StandinState]]:
    state = StandinState(slow_s=3.0)
    handle = run_app_in_thread(StandinUpstream(state))
    yield handle, state
    handle.stop()


def seed(store: Store) -> None:
    for account in ACCOUNTS:
        store.upsert_account(account)
        store.set_screening_status(
            account.id, ScreeningStatus(status="clear", lists_version="test-lists")
        )


def gateway_config(
    tmp_path: Path, upstream_url: str, store_url: str, **overrides: Any
) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "store": store_url,
        "upstreams": [
            {"name": "main", "base_url": upstream_url + "/v1", "api_key": "sk-upstream"},
            {"name": "slowpoke", "base_url": upstream_url + "/v1", "timeout_s": 0.5},
            {"name": "down", "base_url": "http://127.0.0.1:9/v1", "connect_timeout_s": 2},
        ],
        "models": MODELS,
        "local_networks": {"country": "US", "network": "residential"},
        "limits": {
            "max_body_bytes": 65536,
            "per_account": {"acct-limited": {"account": {"requests_per_minute": 3}}},
        },
        # in-process writer for speed; test_records covers the journal worker process
        "usage": {
            "spool_dir": str(tmp_path / "spool"),
            "flush_interval_ms": 50,
            "writer": "thread",
        },
    }
    raw.update(overrides)
    return raw


GatewayFactory = Callable[..., tuple[ServerHandle, Store]]


@pytest.fixture
def make_gateway(
    tmp_path: Path, standin: tuple[ServerHandle, StandinState]
) -> Iterator[GatewayFactory]:
    started: list[ServerHandle] = []

    def make(
        store_url: str | None = None, app_kwargs: dict[str, Any] | None = None, **overrides: Any
    ) -> tuple[ServerHandle, Store]:
        url = store_url or f"sqlite:///{tmp_path / ('gw-' + uuid.uuid4().hex[:6] + '.db')}"
        store = open_store(url)
        seed(store)
        config = config_from_dict(gateway_config(tmp_path, standin[0].url, url, **overrides))
        handle = run_in_thread(config, **({"locator": None, "detector": None} | (app_kwargs or {})))
        started.append(handle)
        return handle, store

    yield make
    for handle in started:
        handle.stop()


@pytest.fixture
def gateway(make_gateway: GatewayFactory) -> tuple[ServerHandle, Store]:
    return make_gateway()
