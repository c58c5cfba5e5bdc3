"""A bounded fuzz run (hypothesis) against every endpoint of a real gateway: methods, paths,
headers (keys, request ids, user agents, dialect headers) and bodies (bytes, any JSON, and
near-valid requests with odd models, messages, end-user ids and stream flags). With the store and
the rate-limit counters up, no answer may be a 5xx of the gateway's own: bad input is the caller's
4xx, never a 500. (A 502/504 ``upstream_*`` answer is the stand-in model server failing on an odd
body: a dependency; they are counted and printed.)

The number of examples is ``EXPORTGATE_FUZZ_EXAMPLES`` (default 250).
"""

from __future__ import annotations

import os
from typing import Any

import httpx2 as httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exportgate.server import ServerHandle
from exportgate.store import Store

from .conftest import GatewayFactory
from .relay import Relay

EXAMPLES = int(os.environ.get("EXPORTGATE_FUZZ_EXAMPLES", "250"))
# the stand-in's deliberately broken models (HTTP 500, cut streams, an upstream that is down)
# answer 502/504 by design: upstream failures, not the gateway's
HEALTHY_MODELS = ["frontier-5", "open-small", "think-reasoning"]
PATHS = [
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/messages",
    "/v1/models",
    "/v1/models/frontier-5",
    "/v1/authorize",
    "/v1/authorize/messages",
    "/healthz",
    "/readyz",
    "/metrics",
]
KEYS = ["sk-test-us", "sk-test-ir", "sk-test-nokyc", "sk-test-gb", "sk-test-limited"]

text = st.text(max_size=60)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=12,
)
model = st.sampled_from(HEALTHY_MODELS) | text | st.text(min_size=190, max_size=400)
message = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "assistant", "system"]) | text, "content": text | json_value}
)
near_valid = st.fixed_dictionaries(
    {"model": model},
    optional={
        "messages": st.lists(message, max_size=3) | json_value,
        "prompt": text | json_value,
        "input": text | json_value,
        "stream": st.booleans() | json_value,
        "max_tokens": st.integers(-5, 64) | json_value,
        "user": text | json_value,
        "metadata": json_value,
        "system": text | json_value,
        "stream_options": json_value,
    },
)
body = (
    near_valid.map(lambda b: ("json", b))
    | json_value.map(lambda b: ("json", b))
    | st.binary(max_size=200).map(lambda b: ("raw", b))
)
header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=300)
headers = st.fixed_dictionaries(
    {},
    optional={
        "authorization": st.sampled_from([f"Bearer {k}" for k in KEYS]) | header_text,
        "x-api-key": st.sampled_from(KEYS) | header_text,
        "x-request-id": header_text,
        "user-agent": header_text,
        "anthropic-version": st.just("2023-06-01") | header_text,
        "x-exportgate-model": st.sampled_from(HEALTHY_MODELS) | header_text,
        "content-type": st.just("application/json") | header_text,
    },
)
valid_key = st.sampled_from([f"Bearer {k}" for k in KEYS])
request = st.tuples(
    st.sampled_from(["POST"] * 6 + ["GET", "PUT", "DELETE"]),
    st.sampled_from(PATHS[:4] * 3 + PATHS) | text.map(lambda t: "/v1/" + t.replace("?", "")),
    st.tuples(headers, valid_key | st.none()).map(
        lambda h: {**h[0], "authorization": h[1]} if h[1] else h[0]
    ),
    body,
)


def test_fuzz_every_endpoint_no_5xx(gateway: tuple[ServerHandle, Store]) -> None:
    seen, failures, upstream = fuzz(gateway[0], EXAMPLES, outage_codes=())
    print(
        f"fuzz: {sum(seen.values())} requests, statuses {dict(sorted(seen.items()))}, "
        f"{len(upstream)} upstream failures, {len(failures)} gateway 5xx"
    )
    assert not failures, "\n".join(failures[:5])


def test_fuzz_with_the_store_down_only_outage_503s(
    make_gateway: GatewayFactory, postgres_url: str
) -> None:
    """The store stops after one caller is cached: every 5xx must be the outage's 503."""
    relay = Relay(("127.0.0.1", 5432))
    relay.start()
    try:
        handle, _ = make_gateway(relay.url("postgresql+psycopg", postgres_url.rsplit("/", 1)[1]))
        httpx.post(
            handle.url + "/v1/chat/completions",
            json={"model": "frontier-5", "messages": [{"role": "user", "content": "hi"}]},
            headers={"authorization": "Bearer sk-test-us"},
            timeout=20,
        ).raise_for_status()
        relay.stop()
        seen, failures, upstream = fuzz(handle, max(EXAMPLES // 3, 50), ("store_unavailable",))
    finally:
        relay.stop()
    print(f"fuzz, store down: {sum(seen.values())} requests, statuses {dict(sorted(seen.items()))}")
    assert seen.get(503), "no request met the outage"
    assert not failures, "\n".join(failures[:5])


def fuzz(
    handle: ServerHandle, examples: int, outage_codes: tuple[str, ...]
) -> tuple[dict[int, int], list[str], list[str]]:
    """Send ``examples`` generated requests; returns the statuses seen, the 5xx that are the
    gateway's own (not an upstream failure, not a 503 with one of ``outage_codes``) and the
    upstream failures."""
    seen: dict[int, int] = {}
    failures: list[str] = []
    upstream_failures: list[str] = []  # the stand-in model server failing: a dependency
    client = httpx.Client(base_url=handle.url, timeout=20)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(request)
    def one(req: tuple[str, str, dict[str, str], tuple[str, Any]]) -> None:
        method, path, sent_headers, (kind, payload) = req
        content = httpx_json(payload) if kind == "json" else payload
        encoded = {k: v.encode("latin-1") for k, v in sent_headers.items()}
        try:
            response = client.request(method, path, content=content, headers=encoded)
        except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError):
            return  # the client cannot send this request at all
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        if response.status_code in (502, 504) and b'"code":"upstream_' in response.content:
            upstream_failures.append(f"{method} {path} -> {response.text[:200]}")
        elif response.status_code == 503 and any(
            f'"code":"{code}"'.encode() in response.content for code in outage_codes
        ):
            assert response.headers.get("retry-after")
        elif (
            response.status_code == 503
            and path == "/readyz"
            and outage_codes
            and b'"status":"not ready"' in response.content
        ):
            pass  # the readiness probe says so while the store is down: its job
        elif response.status_code >= 500:
            failures.append(
                f"{method} {path} {sent_headers!r} {payload!r} -> "
                f"{response.status_code} {response.text[:300]}"
            )

    try:
        one()
    finally:
        client.close()
    return seen, failures, upstream_failures


def httpx_json(payload: Any) -> bytes:
    import msgspec

    return msgspec.json.encode(payload)
