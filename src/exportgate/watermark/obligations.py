"""Output-protection obligations, as the gateway forwards them to the model server.

The gateway's policy decision lists obligations; for the embedded model server it forwards them
in one header, comma-separated: ``x-exportgate-obligations: watermark,strip_reasoning``.
An obligation can only add protection, so a caller who forges the header gains nothing; the
server can also be told to watermark every response regardless (``--watermark always``).
"""

from __future__ import annotations

from dataclasses import dataclass

OBLIGATIONS_HEADER = "x-exportgate-obligations"
WATERMARK_KEY_HEADER = "x-exportgate-watermark-key"
WATERMARK = "watermark"
STRIP_REASONING = "strip_reasoning"
SUMMARISE_REASONING = "summarise_reasoning"
KNOWN_OBLIGATIONS = frozenset({WATERMARK, STRIP_REASONING, SUMMARISE_REASONING})


@dataclass(frozen=True)
class Obligations:
    """What the response must undergo. Unknown names are kept so they can be logged."""

    watermark: bool = False
    reasoning: str | None = None
    unknown: tuple[str, ...] = ()

    def header_value(self) -> str:
        names = []
        if self.watermark:
            names.append(WATERMARK)
        if self.reasoning == "strip":
            names.append(STRIP_REASONING)
        elif self.reasoning == "summarise":
            names.append(SUMMARISE_REASONING)
        return ",".join(names)


def parse_obligations(value: str | None) -> Obligations:
    """Parse the header value; ``strip_reasoning`` wins over ``summarise_reasoning``."""
    names = [part.strip().lower() for part in (value or "").split(",") if part.strip()]
    reasoning = None
    if SUMMARISE_REASONING in names:
        reasoning = "summarise"
    if STRIP_REASONING in names:
        reasoning = "strip"
    unknown = tuple(n for n in names if n not in KNOWN_OBLIGATIONS)
    return Obligations(watermark=WATERMARK in names, reasoning=reasoning, unknown=unknown)
