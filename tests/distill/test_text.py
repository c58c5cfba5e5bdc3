"""Per-request content features: what the detector reads from one prompt."""

from __future__ import annotations

from exportgate.distill.text import content_text, view
from exportgate.records import Message


def _view(text: str, history: int = 0, system: str | None = None):
    messages = [Message(role="system", content=system)] if system else []
    for i in range(history):
        messages += [
            Message(role="user", content=f"earlier {i}"),
            Message(role="assistant", content=f"answer {i}"),
        ]
    return view([*messages, Message(role="user", content=text)])


def test_reasoning_requests_are_recognised_in_several_phrasings() -> None:
    for text in (
        "Solve 3x + 4 = 10. Show your reasoning step by step.",
        "Please lay out your full thought process before answering: why is the sky blue?",
        "Think it through carefully: which sorting algorithm is stable?",
    ):
        assert _view(text).cot, text
    assert not _view("What is the capital of France?").cot


def test_judge_prompts_are_recognised() -> None:
    assert _view("Rate the answer below from 1 to 10 for helpfulness.\n\nAnswer: Paris").judge
    assert _view("Using the rubric, grade this essay.").judge
    assert not _view("Write an essay about Paris.").judge


def test_templated_prompts_share_frames_but_not_content() -> None:
    a = _view(
        "Question: What is 12 times 7 in base ten arithmetic?\nAnswer the question fully now."
    )
    b = _view(
        "Question: What is 93 times 4 in base ten arithmetic?\nAnswer the question fully now."
    )
    assert a.prefix == b.prefix and a.suffix == b.suffix
    assert a.content != b.content


def test_language_and_script_detection() -> None:
    assert _view("请详细解释什么是贝叶斯定理").lang == "zh"
    assert _view("日本語で詳しく説明してください").lang == "ja"
    assert _view("Подробно объясни, что такое энтропия").lang == "ru"
    assert (
        _view(
            "Explica con detalle qué es la entropía y por qué es importante para los estudiantes"
        ).lang
        == "es"
    )
    assert _view("Explain what entropy is and why it matters for the students").lang == "en"


def test_turns_topics_and_system_prompt() -> None:
    v = _view("Write a python function that sorts a list", history=2, system="You are terse.")
    assert v.turns == 2
    assert "code" in v.topics
    assert v.system != 0


def test_content_parts_lists_are_read() -> None:
    assert content_text([{"type": "text", "text": "hello"}, {"type": "image_url"}]) == "hello"
    assert content_text(None) == ""
