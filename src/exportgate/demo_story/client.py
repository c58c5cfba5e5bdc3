"""One chat completion through the gateway, as a customer's client sends it."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from urllib.parse import urlparse


@dataclass(frozen=True)
class Reply:
    status: int
    code: str  # ALLOWED, or the gateway's error code in upper case
    text: str  # the answer, or the gateway's message
    watermark_key: str | None = None


def post_chat(
    url: str,
    key: str,
    ip: str,
    model: str,
    prompt: str,
    max_tokens: int,
    user_agent: str = "exportgate-demo/1.0",
) -> Reply:
    target = urlparse(url)
    conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=300)
    body = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    conn.request(
        "POST",
        "/v1/chat/completions",
        json.dumps(body),
        {
            "Authorization": f"Bearer {key}",
            "Content-Type": "application/json",
            "X-Forwarded-For": ip,
            "User-Agent": user_agent,
        },
    )
    response = conn.getresponse()
    raw = response.read()
    conn.close()
    if response.status == 200:
        text = str(json.loads(raw)["choices"][0]["message"].get("content") or "")
        return Reply(200, "ALLOWED", text, response.getheader("x-exportgate-watermark-key"))
    error = json.loads(raw).get("error", {}) if raw.startswith(b"{") else {}
    code = str(error.get("code") or error.get("type") or response.status).upper()
    return Reply(response.status, code, str(error.get("message", raw[:200])))
