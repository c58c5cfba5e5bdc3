"""Shared fixtures: store URLs for SQLite and a real PostgreSQL server.

PostgreSQL tests get a database of their own, created for the session and dropped after. Where no
server is reachable they are skipped with the reason printed, unless EXPORTGATE_REQUIRE_SERVICES
is set (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

POSTGRES_ADMIN_URL = os.environ.get(
    "EXPORTGATE_TEST_POSTGRES", "postgresql+psycopg://127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("EXPORTGATE_TEST_REDIS", "redis://127.0.0.1:6379/0")


def service_unavailable(what: str, why: str) -> None:
    """Skip (with the reason) or, when services are required, fail."""
    message = f"{what} is not reachable: {why}"
    if os.environ.get("EXPORTGATE_REQUIRE_SERVICES"):
        pytest.fail(message + " (EXPORTGATE_REQUIRE_SERVICES is set)")
    pytest.skip(message)


@contextlib.contextmanager
def fresh_postgres_database(prefix: str) -> Iterator[str]:
    """A PostgreSQL database of its own (its URL), dropped afterwards; skipped (or failed under
    EXPORTGATE_REQUIRE_SERVICES) when PostgreSQL is not reachable."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        service_unavailable("PostgreSQL", str(exc).splitlines()[0])
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with fresh_postgres_database("exportgate_test") as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'exportgate.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each store test runs on SQLite and on PostgreSQL (a fresh schema per test)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'exportgate.db'}"
        return
    base = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(base)
    from exportgate.store.schema import metadata

    metadata.drop_all(engine)
    engine.dispose()
    yield base
    engine = sa.create_engine(base)
    metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def redis_url() -> str:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_unavailable("Redis", str(exc))
    finally:
        client.close()
    return REDIS_URL


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def browser_unavailable(why: str) -> None:
    """Skip (with the reason) or, when a browser is required, fail."""
    if os.environ.get("EXPORTGATE_REQUIRE_BROWSER"):
        pytest.fail(f"no browser for this test: {why} (EXPORTGATE_REQUIRE_BROWSER is set)")
    pytest.skip(f"no browser for this test: {why}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium driven by Playwright (Debian's ``chromium``; EXPORTGATE_CHROMIUM names another).
    Without it the test is skipped with the reason, unless EXPORTGATE_REQUIRE_BROWSER is set."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser_unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    executable = os.environ.get("EXPORTGATE_CHROMIUM") or next(
        (found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None
    )
    if executable is None:
        browser_unavailable("no Chromium binary on PATH (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()
