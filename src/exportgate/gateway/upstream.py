"""One pooled HTTP client for every upstream (aiohttp), created at start-up and shared.

aiohttp rather than httpx: under concurrency httpx's pool (anyio locks, per-request readability
checks) costs several times more per request (encode/httpx#3215). Keep-alive connections are
reused per upstream host; ``max_connections`` bounds each upstream's pool.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp

from exportgate.gateway.config import Dialect, GatewayConfig, Upstream
from exportgate.gateway.errors import GatewayError


@dataclass(frozen=True)
class UpstreamTarget:
    upstream: Upstream
    url: str
    headers: dict[str, str]


class UpstreamClient:
    def __init__(self, config: GatewayConfig) -> None:
        self._config = config
        limit = sum(u.max_connections for u in config.upstreams)
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=limit, limit_per_host=0, ttl_dns_cache=300,
                                           keepalive_timeout=60, enable_cleanup_closed=True),
            auto_decompress=False,
            skip_auto_headers=("User-Agent", "Accept-Encoding"),
        )
        self._timeouts = {
            u.name: aiohttp.ClientTimeout(total=None, sock_connect=u.connect_timeout_s,
                                          sock_read=u.timeout_s)
            for u in config.upstreams
        }

    def target(self, upstream: Upstream, dialect: Dialect, path: str) -> UpstreamTarget:
        headers = {"content-type": "application/json"}
        if upstream.api_key:
            if dialect == "anthropic":
                headers["x-api-key"] = upstream.api_key
            else:
                headers["authorization"] = "Bearer " + upstream.api_key
        return UpstreamTarget(upstream, upstream.base_url + path, headers)

    async def open(self, target: UpstreamTarget, body: bytes,
                   extra_headers: dict[str, str]) -> aiohttp.ClientResponse:
        """Send the request; the caller reads (or streams) and releases the response."""
        headers = target.headers | extra_headers if extra_headers else target.headers
        try:
            return await self._session.post(target.url, data=body, headers=headers,
                                             timeout=self._timeouts[target.upstream.name])
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise upstream_timeout(target.upstream) from None
        except aiohttp.ClientError as exc:
            raise upstream_unavailable(target.upstream, exc) from None

    async def get(self, target: UpstreamTarget) -> tuple[int, bytes]:
        try:
            async with self._session.get(target.url, headers=target.headers,
                                         timeout=aiohttp.ClientTimeout(total=5)) as resp:
                return resp.status, await resp.read()
        except (TimeoutError, aiohttp.ClientError):
            return 0, b""

    async def close(self) -> None:
        await self._session.close()


def upstream_timeout(upstream: Upstream) -> GatewayError:
    return GatewayError(504, "upstream_timeout",
                        f"The model server '{upstream.name}' did not answer within "
                        f"{upstream.timeout_s:g} s. Retry later; if it persists, contact the "
                        "operator of this gateway.")


def upstream_unavailable(upstream: Upstream, exc: BaseException) -> GatewayError:
    return GatewayError(502, "upstream_unavailable",
                        f"The model server '{upstream.name}' could not be reached "
                        f"({type(exc).__name__}). Retry later; if it persists, contact the "
                        "operator of this gateway.")
