"""The cheapest instant upstream this bench can run beside the gateway: one fixed OpenAI chat
completion for every POST, a model list for GET, HTTP/1.1 keep-alive, no framework.

    python bench/gateway/fast_upstream.py --port PORT

Why: on a 2-core machine the load generator and the upstream share the cores with the gateway.
The stand-in model server (``exportgate.gateway.standin``: uvicorn, an ASGI app, JSON decoding of
every request to count its tokens) spends about 50 µs of CPU per request, a fifth of what the
gateway spends; when ``serve --workers 2`` saturates both cores, that CPU is taken from the
gateway's second worker. This server answers from a raw asyncio protocol on uvloop (when
installed) in a few µs, so a workers bench measures the gateway rather than its stand-in.
It is a bench tool, not a model server: the answer is fixed (prompt tokens are not counted).
``fast_upstream.c`` gives the same bytes from C (``workers.py`` uses it when it can compile it).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

ANSWER = json.dumps(
    {
        "id": "chatcmpl-fast",
        "object": "chat.completion",
        "created": 0,
        "model": "mock-gpt",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "This is the bench's fast upstream."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
    },
    separators=(",", ":"),
).encode()
MODELS = json.dumps({"object": "list", "data": [{"id": "mock-gpt", "object": "model"}]}).encode()


def _response(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


POST_REPLY = _response(ANSWER)
GET_REPLY = _response(MODELS)


class FastUpstream(asyncio.Protocol):
    """Requests in order on one connection: header block, then ``content-length`` bytes."""

    def __init__(self) -> None:
        self.buf = b""
        self.transport: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # uvloop's transports are not asyncio.Transport subclasses

    def data_received(self, data: bytes) -> None:
        buf = self.buf + data if self.buf else data
        out = []
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buf[:end].lower()
            length = 0
            at = head.find(b"content-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at)
                length = int(head[at + 15 : stop if stop >= 0 else len(head)])
            total = end + 4 + length
            if len(buf) < total:
                break
            out.append(POST_REPLY if head.startswith(b"post") else GET_REPLY)
            buf = buf[total:]
        self.buf = buf
        if out and self.transport is not None:
            self.transport.write(b"".join(out))


async def serve(host: str, port: int) -> None:
    server = await asyncio.get_running_loop().create_server(FastUpstream, host, port, backlog=4096)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
