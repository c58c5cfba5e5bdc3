"""Obligations the policy attaches to an allowed request, applied to what the upstream returns.

``strip_reasoning`` removes reasoning content (OpenAI-style ``reasoning_content`` / ``reasoning``
fields, Anthropic ``thinking`` blocks) with the filters of :mod:`exportgate.watermark.reasoning`.
``watermark`` is applied by the model server: the gateway forwards every obligation upstream in
the ``x-exportgate-obligations`` header. An obligation the gateway cannot apply fails closed.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from typing import Any

from exportgate.gateway.errors import GatewayError

STRIP_REASONING = "strip_reasoning"
UPSTREAM_ONLY = frozenset({"watermark"})

BodyFilter = Callable[[dict[str, Any]], Any]


def _load(name: str) -> BodyFilter | None:
    try:
        module = importlib.import_module("exportgate.watermark.reasoning")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


class Obligations:
    """Looks up the filters once; answers which obligations need the response body."""

    def __init__(self) -> None:
        self._filters: dict[str, BodyFilter | None] = {
            "openai": _load("strip_reasoning_openai"),
            "anthropic": _load("strip_reasoning_anthropic"),
        }
        module = None
        with contextlib.suppress(ImportError):
            module = importlib.import_module("exportgate.watermark.reasoning")
        self._stream_class: Any = getattr(module, "SSEReasoningFilter", None) if module else None

    @staticmethod
    def header(obligations: list[str]) -> str:
        return ",".join(obligations)

    def check(self, obligations: list[str], dialect: str) -> None:
        """Refuse (503) before the upstream call when an obligation cannot be applied."""
        for obligation in obligations:
            if obligation in UPSTREAM_ONLY:
                continue
            if (
                obligation == STRIP_REASONING
                and self._filters.get(dialect) is not None
                and self._stream_class is not None
            ):
                continue
            raise GatewayError(
                503,
                "obligation_unavailable",
                f"This request may only be served with the '{obligation}' "
                "safeguard, which this gateway cannot apply right now. Retry "
                "later or contact the operator.",
            )

    def apply_body(
        self, obligations: list[str], dialect: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        if STRIP_REASONING in obligations:
            body_filter = self._filters[dialect]
            assert body_filter is not None
            result = body_filter(body)
            if isinstance(result, dict):
                body = result
        return body

    def stream_filter(self, obligations: list[str], dialect: str) -> Any | None:
        """A per-stream filter with ``feed(event: bytes) -> bytes`` (complete SSE events in,
        the events to forward out), when an obligation needs one."""
        if STRIP_REASONING not in obligations or self._stream_class is None:
            return None
        return self._stream_class(dialect)
