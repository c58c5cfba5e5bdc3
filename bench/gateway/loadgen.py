"""Closed-loop HTTP load generator (fallback when ``wrk`` is not installed).

``python loadgen.py URL BODY_FILE KEY CONCURRENCY SECONDS`` prints one JSON line like wrk's
Lua summary: requests, non-2xx, errors, p50/p99/mean latency in microseconds. Runs in its own
process so that it does not share an interpreter with any server under test.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import aiohttp


async def main(url: str, body: bytes, key: str, concurrency: int, seconds: float) -> None:
    latencies: list[float] = []
    non_2xx = 0
    errors = 0
    headers = {"content-type": "application/json", "authorization": "Bearer " + key}
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal non_2xx, errors
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                try:
                    async with session.post(url, data=body, headers=headers) as response:
                        await response.read()
                        if not 200 <= response.status < 300:
                            non_2xx += 1
                except aiohttp.ClientError:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - start)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        duration = time.perf_counter() - began
    latencies.sort()

    def pct(p: float) -> int:
        if not latencies:
            return 0
        return int(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1e6)

    print(
        json.dumps(
            {
                "requests": len(latencies),
                "errors_status": non_2xx,
                "errors_connect": errors,
                "errors_read": 0,
                "errors_timeout": 0,
                "duration_us": int(duration * 1e6),
                "p50": pct(50),
                "p99": pct(99),
                "mean": sum(latencies) / max(len(latencies), 1) * 1e6,
            }
        )
    )


if __name__ == "__main__":
    target, body_file, api_key, conc, secs = sys.argv[1:6]
    with open(body_file, "rb") as handle:
        payload = handle.read()
    asyncio.run(main(target, payload, api_key, int(conc), float(secs)))
