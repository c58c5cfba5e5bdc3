"""Output watermarking and reasoning protection.

Public API (pure Python; the numpy generation side lives in :mod:`.processor`):
keys (:func:`load_keyring`), parameters (:class:`WatermarkParams`), detection
(:func:`detect_tokens`, :func:`detect_many`), the suspect-model report (:func:`suspect_report`),
the tokenizer (:func:`default_tokenizer`), obligations (:func:`parse_obligations`) and the reasoning
filters in :mod:`.reasoning`.
"""

from .detect import Detection, detect_many, detect_tokens
from .keys import DEMO_KEYRING, Keyring, WatermarkKey, load_keyring
from .obligations import OBLIGATIONS_HEADER, Obligations, parse_obligations
from .params import DEFAULT_PARAMS, WatermarkParams
from .reasoning import (
    AnthropicReasoningStreamFilter,
    OpenAIReasoningStreamFilter,
    SSEReasoningFilter,
    strip_reasoning_anthropic,
    strip_reasoning_openai,
)
from .report import SuspectReport, suspect_report
from .tokenizer import default_tokenizer

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
