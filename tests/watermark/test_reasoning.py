import json

from exportgate.watermark.reasoning import (
    AnthropicReasoningStreamFilter,
    OpenAIReasoningStreamFilter,
    SSEReasoningFilter,
    ThinkTagFilter,
    strip_reasoning_anthropic,
    strip_reasoning_openai,
    summarise_reasoning,
)

OPENAI_BODY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "reasoning_content": "First I add 2 and 2. Then I check the sum twice.",
                "content": "<think>secret chain of thought</think>\nThe answer is 4.",
            },
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 40, "total_tokens": 45},
}

ANTHROPIC_BODY = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "content": [
        {"type": "thinking", "thinking": "Let me think step by step. 2+2=4.", "signature": "sig"},
        {"type": "redacted_thinking", "data": "opaque"},
        {"type": "text", "text": "The answer is 4."},
    ],
    "usage": {"input_tokens": 5, "output_tokens": 40},
}


def test_openai_body_strip_removes_fields_and_think_blocks_without_mutating() -> None:
    out = strip_reasoning_openai(OPENAI_BODY)
    message = out["choices"][0]["message"]
    assert "reasoning_content" not in message
    assert message["content"] == "The answer is 4."
    assert out["usage"] == OPENAI_BODY["usage"]
    assert "reasoning_content" in OPENAI_BODY["choices"][0]["message"]


def test_openai_body_summarise_keeps_a_short_notice() -> None:
    out = strip_reasoning_openai(OPENAI_BODY, mode="summarise")
    message = out["choices"][0]["message"]
    assert message["reasoning_content"].startswith(
        "[reasoning summarised by exportgate: 12 words withheld]"
    )
    assert "check the sum" not in message["reasoning_content"]
    assert message["content"].startswith("<think>[reasoning summarised")
    assert message["content"].endswith("The answer is 4.")


def test_openai_completion_text_and_unclosed_think() -> None:
    body = {"choices": [{"index": 0, "text": "ok <think>never closed"}]}
    assert strip_reasoning_openai(body)["choices"][0]["text"] == "ok "


def test_anthropic_body_strip_and_summarise() -> None:
    stripped = strip_reasoning_anthropic(ANTHROPIC_BODY)
    assert stripped["content"] == [{"type": "text", "text": "The answer is 4."}]
    summarised = strip_reasoning_anthropic(ANTHROPIC_BODY, mode="summarise")
    assert [b["type"] for b in summarised["content"]] == ["thinking", "text"]
    assert summarised["content"][0]["thinking"] == summarise_reasoning(
        "Let me think step by step. 2+2=4."
    )
    assert len(ANTHROPIC_BODY["content"]) == 3


def test_think_tags_split_across_stream_pieces() -> None:
    pieces = ["Hello <th", "ink>hidden ", "stuff</th", "ink>\nvisible", " <", "b>"]
    f = ThinkTagFilter()
    out = "".join(f.feed(p) for p in pieces) + f.flush()
    assert out == "Hello visible <b>"


def _openai_chunks() -> list[dict]:
    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {
            "id": "c",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    return [
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "Step one. "}),
        chunk({"reasoning_content": "Step two."}),
        chunk({"content": "<think>x</think>The "}),
        chunk({"content": "answer."}),
        chunk({}, "stop"),
    ]


def test_openai_stream_filter_strip() -> None:
    f = OpenAIReasoningStreamFilter()
    kept = [c for c in (f.feed(ch) for ch in _openai_chunks()) if c is not None]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in kept)
    assert text == "The answer."
    assert not any("reasoning_content" in c["choices"][0]["delta"] for c in kept)
    assert kept[-1]["choices"][0]["finish_reason"] == "stop"


def test_openai_stream_filter_summarise_emits_one_summary() -> None:
    f = OpenAIReasoningStreamFilter("summarise")
    kept = [c for c in (f.feed(ch) for ch in _openai_chunks()) if c is not None]
    summaries = [
        c["choices"][0]["delta"]["reasoning_content"]
        for c in kept
        if "reasoning_content" in c["choices"][0]["delta"]
    ]
    assert summaries == [summarise_reasoning("Step one. Step two.")]


def _anthropic_events() -> list[dict]:
    return [
        {"type": "message_start", "message": {"id": "msg_1", "content": []}},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "thinking", "thinking": ""},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "thinking_delta", "thinking": "I reason. "},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "signature_delta", "signature": "s"},
        },
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "text_delta", "text": "Answer."},
        },
        {"type": "content_block_stop", "index": 1},
        {"type": "message_stop"},
    ]


def test_anthropic_stream_filter_strip_renumbers_blocks() -> None:
    f = AnthropicReasoningStreamFilter()
    out = [e for ev in _anthropic_events() for e in f.feed(ev)]
    assert [e["type"] for e in out] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_stop",
    ]
    assert all(e.get("index", 0) == 0 for e in out)
    assert out[2]["delta"]["text"] == "Answer."


def test_anthropic_stream_filter_summarise() -> None:
    f = AnthropicReasoningStreamFilter("summarise")
    out = [e for ev in _anthropic_events() for e in f.feed(ev)]
    thinking = [
        e["delta"]["thinking"] for e in out if e.get("delta", {}).get("type") == "thinking_delta"
    ]
    assert thinking == [summarise_reasoning("I reason. ")]
    assert any(e.get("delta", {}).get("type") == "signature_delta" for e in out)


def test_sse_byte_filter_both_dialects_with_arbitrary_chunking() -> None:
    raw = "".join(f"data: {json.dumps(c)}\n\n" for c in _openai_chunks()) + "data: [DONE]\n\n"
    data = raw.encode()
    f = SSEReasoningFilter("openai")
    out = b"".join(f.feed(data[i : i + 7]) for i in range(0, len(data), 7)) + f.close()
    text = out.decode()
    assert "Step one" not in text and "secret" not in text and "<think>" not in text
    assert text.endswith("data: [DONE]\n\n")
    events = _anthropic_events()
    raw_a = "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events).encode()
    fa = SSEReasoningFilter("anthropic")
    out_a = (fa.feed(raw_a) + fa.close()).decode()
    assert "I reason" not in out_a and "Answer." in out_a
    assert out_a.count("event: content_block_start") == 1
