"""Output watermarking and reasoning protection.

Public API (pure Python; the numpy generation side lives in :mod:`.processor`):
keys (:func:`load_keyring`), parameters (:class:`WatermarkParams`), detection
(:func:`detect_tokens`, :func:`detect_many`), the suspect-model report (:func:`suspect_report`),
the tokenizer (:func:`default_tokenizer`), obligations (:func:`parse_obligations`) and the reasoning
filters in :mod:`.reasoning`.
"""

from typing import TYPE_CHECKING

from exportgate._lazy import lazy_exports

if TYPE_CHECKING:
    from exportgate.watermark.detect import Detection, detect_many, detect_tokens
    from exportgate.watermark.keys import DEMO_KEYRING, Keyring, WatermarkKey, load_keyring
    from exportgate.watermark.obligations import OBLIGATIONS_HEADER, Obligations, parse_obligations
    from exportgate.watermark.params import DEFAULT_PARAMS, WatermarkParams
    from exportgate.watermark.reasoning import (
        AnthropicReasoningStreamFilter,
        OpenAIReasoningStreamFilter,
        SSEReasoningFilter,
        strip_reasoning_anthropic,
        strip_reasoning_openai,
    )
    from exportgate.watermark.report import SuspectReport, suspect_report
    from exportgate.watermark.tokenizer import default_tokenizer

__getattr__ = lazy_exports(
    __name__,
    {
        "AnthropicReasoningStreamFilter": "exportgate.watermark.reasoning",
        "DEFAULT_PARAMS": "exportgate.watermark.params",
        "DEMO_KEYRING": "exportgate.watermark.keys",
        "Detection": "exportgate.watermark.detect",
        "Keyring": "exportgate.watermark.keys",
        "OBLIGATIONS_HEADER": "exportgate.watermark.obligations",
        "Obligations": "exportgate.watermark.obligations",
        "OpenAIReasoningStreamFilter": "exportgate.watermark.reasoning",
        "SSEReasoningFilter": "exportgate.watermark.reasoning",
        "SuspectReport": "exportgate.watermark.report",
        "WatermarkKey": "exportgate.watermark.keys",
        "WatermarkParams": "exportgate.watermark.params",
        "default_tokenizer": "exportgate.watermark.tokenizer",
        "detect_many": "exportgate.watermark.detect",
        "detect_tokens": "exportgate.watermark.detect",
        "load_keyring": "exportgate.watermark.keys",
        "parse_obligations": "exportgate.watermark.obligations",
        "strip_reasoning_anthropic": "exportgate.watermark.reasoning",
        "strip_reasoning_openai": "exportgate.watermark.reasoning",
        "suspect_report": "exportgate.watermark.report",
    },
)

__all__ = [
    "DEFAULT_PARAMS",
    "DEMO_KEYRING",
    "OBLIGATIONS_HEADER",
    "AnthropicReasoningStreamFilter",
    "Detection",
    "Keyring",
    "Obligations",
    "OpenAIReasoningStreamFilter",
    "SSEReasoningFilter",
    "SuspectReport",
    "WatermarkKey",
    "WatermarkParams",
    "default_tokenizer",
    "detect_many",
    "detect_tokens",
    "load_keyring",
    "parse_obligations",
    "strip_reasoning_anthropic",
    "strip_reasoning_openai",
    "suspect_report",
]
