"""The local model server over real HTTP with the real SmolLM2 model (a handful of tokens each)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from exportgate.watermark.obligations import OBLIGATIONS_HEADER, WATERMARK_KEY_HEADER

from .conftest import needs_model

pytestmark = needs_model


def post(
    url: str, body: dict[str, Any], headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"content-type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return (
                response.status,
                {k.lower(): v for k, v in response.headers.items()},
                response.read(),
            )
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def test_models_lists_the_embedded_model(server_url: str) -> None:
    with urllib.request.urlopen(f"{server_url}/v1/models", timeout=10) as response:
        body = json.loads(response.read())
    assert body["object"] == "list"
    assert body["data"][0]["id"] == "smollm2-135m-instruct"


def test_chat_completion_is_openai_shaped_and_seeded(server_url: str) -> None:
    request = {
        "model": "smollm2-135m-instruct",
        "messages": [{"role": "user", "content": "Say hello."}],
        "max_tokens": 6,
        "seed": 7,
    }
    status, headers, raw = post(f"{server_url}/v1/chat/completions", request)
    assert status == 200
    body = json.loads(raw)
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["role"] == "assistant"
    assert body["choices"][0]["message"]["content"]
    completion_tokens = body["usage"]["completion_tokens"]
    assert completion_tokens >= 1 and completion_tokens <= 6
    assert WATERMARK_KEY_HEADER not in headers
    again = json.loads(post(f"{server_url}/v1/chat/completions", request)[2])
    assert again["choices"][0]["message"]["content"] == body["choices"][0]["message"]["content"]


def test_watermark_obligation_changes_sampling_and_names_the_key(server_url: str) -> None:
    request = {
        "messages": [{"role": "user", "content": "Write a sentence about the sea."}],
        "max_tokens": 8,
        "seed": 3,
        "temperature": 1.0,
    }
    _, plain_headers, plain = post(f"{server_url}/v1/chat/completions", request)
    _, headers, marked = post(
        f"{server_url}/v1/chat/completions", request, {OBLIGATIONS_HEADER: "watermark"}
    )
    assert headers[WATERMARK_KEY_HEADER] == "demo"
    assert WATERMARK_KEY_HEADER not in plain_headers
    assert json.loads(marked)["choices"][0]["message"]["content"]


def test_streaming_chat_sends_sse_chunks_and_done(server_url: str) -> None:
    request = {
        "messages": [{"role": "user", "content": "Count to three."}],
        "max_tokens": 5,
        "stream": True,
        "seed": 1,
    }
    status, headers, raw = post(f"{server_url}/v1/chat/completions", request)
    assert status == 200 and headers["content-type"].startswith("text/event-stream")
    events = [line[6:] for line in raw.decode().split("\n\n") if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)


def test_completions_endpoint_and_errors_name_the_field(server_url: str) -> None:
    status, _, raw = post(
        f"{server_url}/v1/completions", {"prompt": "The capital of France is", "max_tokens": 3}
    )
    assert status == 200 and json.loads(raw)["object"] == "text_completion"
    status, _, raw = post(
        f"{server_url}/v1/chat/completions", {"messages": [{"role": "robot", "content": "x"}]}
    )
    assert status == 400 and json.loads(raw)["error"]["param"] == "messages[0].role"
    status, _, raw = post(
        f"{server_url}/v1/chat/completions",
        {"messages": [{"role": "user", "content": "x"}], "max_tokens": "many"},
    )
    assert status == 400 and json.loads(raw)["error"]["param"] == "max_tokens"
    status, _, raw = post(f"{server_url}/v1/nothing", {})
    assert status == 404


def test_engine_tokenizer_matches_the_detector_tokenizer(model) -> None:  # type: ignore[no-untyped-def]
    from exportgate.watermark.tokenizer import default_tokenizer

    tok = default_tokenizer()
    samples = [
        "Hello world! The year 2024 was great, isn't it?",
        "def f(x):\n    return x ** 2  # square\n",
        "Über café — naïve résumé 🎉 and 中文 text.",
        "<|im_start|>user\nHi<|im_end|>\n",
        "   leading spaces and\ttabs\n\n\nnewlines",
    ]
    for text in samples:
        assert tok.encode(text) == model.tokenize(text), text
