"""Runs the story's parts against the demo's live gateway and gathers what the report shows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .campaign import (
    HARVEST_TOKENS,
    CampaignResult,
    hydra_accounts,
    replay_history,
    run_campaign,
)
from .drills import PauseDrill, WatermarkEvidence, pause_drill, watermark_evidence

CONSOLE_TOKEN = "demo-console-token-change-me"
CONSOLE_PORT = 8787
WATERMARK_TOKENS = 96


@dataclass(frozen=True)
class ConsoleHint:
    config: str
    command: str
    url: str
    token: str


@dataclass
class Story:
    campaign: CampaignResult
    pause: PauseDrill
    watermark: WatermarkEvidence
    console: ConsoleHint


def extra_account_lines(now: dt.datetime | None = None) -> str:
    """The campaign's accounts as JSON lines, appended to the demo's accounts before import."""
    accounts = hydra_accounts(now or dt.datetime.now(dt.UTC))
    return "".join(json.dumps(a) + "\n" for a in accounts)


def console_hint(workdir: Path, models: list[dict[str, Any]]) -> ConsoleHint:
    """Write a gateway configuration over the demo's store with the console on, and say how to
    start it (the demo's upstream is gone by then: the console needs none)."""
    config = workdir / "console.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "listen": {"host": "127.0.0.1", "port": CONSOLE_PORT},
                "store": f"sqlite:///{(workdir / 'exportgate.db').resolve()}",
                "upstreams": [{"name": "local", "base_url": "http://127.0.0.1:9/v1"}],
                "models": models,
                "console": {"token": "env:EXPORTGATE_CONSOLE_TOKEN"},
            },
            sort_keys=False,
        ),
        encoding="utf-8",
    )
    command = (
        f"EXPORTGATE_CONSOLE_TOKEN={CONSOLE_TOKEN} .venv/bin/exportgate serve --config {config}"
    )
    return ConsoleHint(
        str(config), command, f"http://127.0.0.1:{CONSOLE_PORT}/console", CONSOLE_TOKEN
    )


def run_story(
    gateway: Any,
    store: Any,
    keys: dict[str, str],
    real_model: bool,
    max_tokens: int,
    workdir: Path,
    models: list[dict[str, Any]],
    step: Callable[[str], None],
) -> Story:
    """The pause drill, the distillation campaign and the watermark check, in that order."""
    step("pause drill: switching the international pause on and off")
    pause = pause_drill(gateway, store, keys, max_tokens=4)
    step("distillation campaign: 6 linked accounts harvesting beside ordinary users")
    controlled = next(m["id"] for m in models if m.get("controlled"))
    # harvesting wants long answers (reasoning traces): a campaign asking for a few tokens
    # would look like an evaluation run, which the detector rightly discounts
    replay_history(gateway, store, controlled)
    campaign = run_campaign(gateway.url, controlled, keys, max_tokens=HARVEST_TOKENS, step=step)
    evidence = watermark_evidence(
        gateway.url,
        keys["acme-us"],
        "73.0.0.1",
        controlled,
        WATERMARK_TOKENS if real_model else max_tokens,
        real_model,
        step,
    )
    return Story(campaign, pause, evidence, console_hint(workdir, models))


def finish(story: Story, store: Any) -> None:
    """After the gateway stopped (its alerts are flushed): keep the campaign's alerts."""
    members = set(story.campaign.accounts)
    story.campaign.alerts = [a for a in store.alerts() if a.account_id in members]
