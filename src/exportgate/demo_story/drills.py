"""The pause drill and the watermark evidence, run against the demo's live gateway."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .client import post_chat

SWITCH_WAIT_S = 10.0
HUMAN_TEXT = (
    "Our export team meets every Tuesday to go through the week's licence applications. Most "
    "are routine: a distributor in Ohio, a university lab in Leeds, a reseller renewing last "
    "year's terms. The hard ones are the customers whose owners we cannot trace, and those we "
    "send to counsel before anyone signs. It is slow, but nobody has ever had to explain a "
    "shipment to an auditor twice."
)
WATERMARK_PROMPT = "Write a short paragraph on why ships carry lifeboats."


@dataclass(frozen=True)
class DrillRequest:
    phase: str  # "before", "pause on", "pause off"
    label: str
    account: str
    status: int
    code: str


@dataclass
class PauseDrill:
    requests: list[DrillRequest] = field(default_factory=list)
    switched_on_s: float = 0.0  # seconds the running gateway took to pick up each switch
    switched_off_s: float = 0.0


# (label, account, ip, model): who asks during each phase of the drill
DRILL_CALLERS = (
    ("US company, US office", "acme-us", "73.0.0.1", "frontier-5"),
    ("UK company", "northwind-gb", "81.2.69.142", "frontier-5"),
    ("French national at a US employer", "claire-fr", "73.0.0.1", "frontier-5"),
    ("US company, open model", "acme-us", "73.0.0.1", "open-small"),
)


def _wait_switch(gateway: Any, value: bool) -> float:
    started = time.monotonic()
    while gateway.gateway.decisions.switches.international_pause is not value:
        if time.monotonic() - started > SWITCH_WAIT_S:
            raise RuntimeError("the gateway did not pick up the pause switch")
        time.sleep(0.05)
    return time.monotonic() - started


def pause_drill(gateway: Any, store: Any, keys: dict[str, str], max_tokens: int) -> PauseDrill:
    """Switch the international pause on, send the same callers, switch it off, send again."""
    drill = PauseDrill()

    def send_all(phase: str) -> None:
        for label, account, ip, model in DRILL_CALLERS:
            reply = post_chat(
                gateway.url,
                keys[account],
                ip,
                model,
                "In one sentence: what is a licence?",
                max_tokens,
            )
            drill.requests.append(DrillRequest(phase, label, account, reply.status, reply.code))

    from exportgate.policy.switches import set_international_pause

    _wait_switch(gateway, False)  # the demo's own pause scenarios may have just ended
    send_all("before")
    set_international_pause(store, True, "demo", "pause drill")
    drill.switched_on_s = _wait_switch(gateway, True)
    send_all("pause on")
    set_international_pause(store, False, "demo", "pause drill over")
    drill.switched_off_s = _wait_switch(gateway, False)
    send_all("pause off")
    return drill


@dataclass(frozen=True)
class WatermarkCheck:
    label: str
    short: str
    text: str
    watermarked: bool
    p_value: float
    log10_p: float
    tokens_scored: int
    explanation: str


@dataclass
class WatermarkEvidence:
    key_header: str | None
    checks: list[WatermarkCheck]
    p_threshold: float
    note: str = ""


def _check(label: str, short: str, text: str) -> WatermarkCheck:
    from exportgate.watermark.detect import detect_tokens
    from exportgate.watermark.settings import load_settings
    from exportgate.watermark.tokenizer import default_tokenizer

    keyring, params = load_settings(None)
    verdict = detect_tokens(default_tokenizer().encode(text), keyring, params, subject=label)
    return WatermarkCheck(
        label,
        short,
        text,
        verdict.watermarked,
        verdict.p_value,
        verdict.log10_p_value,
        verdict.tokens_scored,
        verdict.explanation,
    )


def watermark_evidence(
    gateway_url: str,
    key: str,
    ip: str,
    model: str,
    max_tokens: int,
    real_model: bool,
    step: Callable[[str], None] | None = None,
) -> WatermarkEvidence:
    """One answer of the controlled model through the gateway, and a text a person wrote, both
    run through the detector (``exportgate watermark detect``'s code) with the demo key."""
    from exportgate.watermark.settings import load_settings

    _, params = load_settings(None)
    human = _check("Text written by a person", "human-written text", HUMAN_TEXT)
    if not real_model:
        return WatermarkEvidence(
            None,
            [human],
            params.p_threshold,
            "The stand-in upstream is not a model and does not watermark; "
            "install the embedded model (scripts/setup) to see a "
            "watermarked answer detected.",
        )
    if step is not None:
        step(f"asking the controlled model for {max_tokens} tokens to test the watermark")
    reply = post_chat(gateway_url, key, ip, model, WATERMARK_PROMPT, max_tokens)
    answer = _check(
        f"Answer of {model} (embedded model, via the gateway)", f"{model} answer", reply.text
    )
    return WatermarkEvidence(reply.watermark_key, [answer, human], params.p_threshold)
