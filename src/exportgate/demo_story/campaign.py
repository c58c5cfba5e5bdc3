"""A small hydra distillation campaign sent through the gateway beside ordinary users.

Six fresh self-serve accounts share one payment fingerprint and rotate through a pool of proxy
addresses; one scheduler drives them with templated grading prompts ("rate this answer from 1 to
10 and justify the score", "which is better, A or B?"), the shape of a harvest of preference
data for training a reward model. Two of the demo's ordinary customers keep
asking varied questions at the same time. The gateway's own online distillation detector
(:class:`exportgate.distill.OnlineDetector`, the production request path) sees every request;
the campaign is "caught" at the first hydra request the gateway holds for review with
``DISTILLATION_SUSPECTED``. Nothing here scores anything itself.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from exportgate.records import Alert

from .client import post_chat

HYDRA_SIZE = 6
HYDRA_PAYMENT = "pf-7c1e55d0a2"
MAX_HYDRA_REQUESTS = 240
HARVEST_TOKENS = 48  # each harvesting request asks for a long answer
AFTER_FLAG = 12  # hydra requests sent after the first hold, to show the whole cluster is held
# ... and more, up to this many, until every member has been held at least once: the gateway
# scores clusters between requests, so on a loaded machine the last member's hold can come a
# few requests later than the first's
MAX_AFTER_FLAG = 120
PACE_S = 0.02  # the campaign's scheduler spaces its requests (the gateway scores clusters between)
BENIGN_EVERY = 4  # one ordinary request per this many hydra requests
TOPICS = (
    "enzyme kinetics",
    "the Krebs cycle",
    "Diels-Alder reactions",
    "bond valuation",
    "Bayesian priors",
    "TCP congestion control",
    "the Fourier transform",
    "plate tectonics",
    "the Nernst equation",
    "eigenvalues",
    "Le Chatelier's principle",
    "Dijkstra's algorithm",
    "photosynthesis",
    "supply elasticity",
    "Maxwell's equations",
    "the Calvin cycle",
    "hash tables",
    "Keynesian multipliers",
    "protein folding",
    "entropy",
)
TEMPLATES = (
    "Explain {t} from first principles. Think step by step and show every step of your "
    "reasoning before the final answer.",
    "Work through a hard exam question on {t}: reason step by step, write out each "
    "intermediate result, then state the answer.",
    "Give a complete worked solution to a typical problem about {t}, with the full chain of "
    "reasoning and a check of the result.",
)
BENIGN_PROMPTS = (
    "Draft a two-line reply thanking a supplier for the quick delivery.",
    "What is a good name for a bakery in Leeds?",
    "Summarise our refund policy in one friendly sentence.",
    "Fix the grammar: 'we was planning to ship it tomorrow'.",
    "Suggest a subject line for the quarterly newsletter.",
    "Translate 'the meeting moved to Thursday' into German.",
)
BENIGN_USERS = (("acme-us", "73.0.0.1"), ("northwind-gb", "81.2.69.142"))


@dataclass(frozen=True)
class Attempt:
    """One request of the campaign or of an ordinary user, as the gateway answered it."""

    n: int
    at_s: float  # seconds since the campaign started
    account: str
    ip: str
    hydra: bool
    status: int
    code: str


@dataclass
class CampaignResult:
    accounts: list[str]
    payment: str
    attempts: list[Attempt] = field(default_factory=list)
    flagged_at_s: float | None = None
    flagged_request: int | None = None
    alerts: list[Alert] = field(default_factory=list)

    @property
    def caught(self) -> bool:
        return self.flagged_at_s is not None

    def held_after_flag(self) -> int:
        return sum(1 for a in self.attempts if a.hydra and a.code == "PENDING_REVIEW")

    def benign_served(self) -> tuple[int, int]:
        benign = [a for a in self.attempts if not a.hydra]
        return sum(1 for a in benign if a.status == 200), len(benign)


def hydra_accounts(now: dt.datetime) -> list[dict[str, Any]]:
    """The campaign's accounts, as lines for the accounts importer (screened like any other)."""
    return [
        {
            "id": f"hydra-{k:02d}",
            "kind": "person",
            "name": f"Hydra Member {k}",
            "country": "US",
            "nationalities": ["US"],
            "kyc_verified": True,
            "api_keys": [f"sk-demo-hydra-{k:02d}"],
            "created_at": (now - dt.timedelta(hours=3, minutes=7 * k)).isoformat(),
            "signup_channel": "self_serve",
            "payment_fingerprint": HYDRA_PAYMENT,
        }
        for k in range(1, HYDRA_SIZE + 1)
    ]


def _post(
    url: str, key: str, ip: str, ua: str, model: str, prompt: str, max_tokens: int
) -> tuple[int, str]:
    reply = post_chat(url, key, ip, model, prompt, max_tokens, ua)
    return reply.status, reply.code


def run_campaign(
    gateway_url: str,
    model: str,
    benign_keys: dict[str, str],
    max_tokens: int = 4,
    step: Callable[[str], None] | None = None,
) -> CampaignResult:
    """Send the campaign and the ordinary traffic; stop a little after the gateway holds it."""
    result = CampaignResult([f"hydra-{k:02d}" for k in range(1, HYDRA_SIZE + 1)], HYDRA_PAYMENT)
    started = time.monotonic()
    n = 0
    hydra_sent = 0
    after_flag = 0
    held: set[str] = set()

    def more() -> bool:
        if result.flagged_at_s is None:
            return hydra_sent < MAX_HYDRA_REQUESTS
        return after_flag < AFTER_FLAG or (
            after_flag < MAX_AFTER_FLAG and len(held) < len(result.accounts)
        )

    while more():
        time.sleep(PACE_S)
        k = hydra_sent % HYDRA_SIZE + 1
        ip = f"73.{40 + hydra_sent % 23}.{(hydra_sent * 7) % 250 + 1}.{(hydra_sent * 13) % 250 + 2}"
        prompt = TEMPLATES[hydra_sent % len(TEMPLATES)].format(
            t=TOPICS[(hydra_sent * 3) % len(TOPICS)]
        )
        status, code = _post(
            gateway_url,
            f"sk-demo-hydra-{k:02d}",
            ip,
            "python-httpx/0.27.2",
            model,
            prompt,
            max_tokens,
        )
        n += 1
        hydra_sent += 1
        at = time.monotonic() - started
        result.attempts.append(Attempt(n, at, f"hydra-{k:02d}", ip, True, status, code))
        if code == "PENDING_REVIEW":
            held.add(f"hydra-{k:02d}")
        if code == "PENDING_REVIEW" and result.flagged_at_s is None:
            result.flagged_at_s, result.flagged_request = at, n
            if step is not None:
                step(f"distillation campaign held after {hydra_sent} requests")
        if result.flagged_at_s is not None:
            after_flag += 1
        if hydra_sent % BENIGN_EVERY == 0:
            account, benign_ip = BENIGN_USERS[(hydra_sent // BENIGN_EVERY) % len(BENIGN_USERS)]
            prompt = BENIGN_PROMPTS[(hydra_sent // BENIGN_EVERY) % len(BENIGN_PROMPTS)]
            status, code = _post(
                gateway_url,
                benign_keys[account],
                benign_ip,
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1",
                model,
                prompt,
                max_tokens,
            )
            n += 1
            result.attempts.append(
                Attempt(n, time.monotonic() - started, account, benign_ip, False, status, code)
            )
    return result


HISTORY_HOURS = 36  # the campaign's earlier traffic, replayed into the detector before it goes on
HISTORY_PER_ACCOUNT = 12
HISTORY_OUTPUT_TOKENS = 700


def replay_history(gateway: Any, store: Any, model: str) -> int:
    """Feed the campaign's previous day and a half into the gateway's distillation detector, as
    its usage log would have (a sustained rhythm, long answers): a demo cannot wait a day, and a
    campaign seen only as one first burst of seconds is indistinguishable from an evaluation run,
    which the detector rightly gives the benefit of the doubt. Returns how many records were
    replayed (they reach the detector only, not the usage log)."""
    from exportgate.records import Message, UsageRecord

    feed = gateway.gateway.detector_feed
    if feed is None:
        return 0
    now = dt.datetime.now(dt.UTC)
    sent = 0
    for k in range(1, HYDRA_SIZE + 1):
        account = store.get_account(f"hydra-{k:02d}")
        if account is None:
            continue
        for i in range(HISTORY_PER_ACCOUNT):
            n = k * HISTORY_PER_ACCOUNT + i
            ts = now - dt.timedelta(
                hours=HISTORY_HOURS * (1 - i / HISTORY_PER_ACCOUNT), minutes=7 * k
            )
            prompt = TEMPLATES[n % len(TEMPLATES)].format(t=TOPICS[(n * 3) % len(TOPICS)])
            feed.submit(
                UsageRecord(
                    ts=ts,
                    request_id=f"history-{k}-{i}",
                    account_id=account.id,
                    key_id=None,
                    model=model,
                    endpoint="chat.completions",
                    status=200,
                    decision="allow",
                    ip=f"73.{40 + n % 23}.{(n * 7) % 250 + 1}.{(n * 13) % 250 + 2}",
                    user_agent="python-httpx/0.27.2",
                    messages=[Message(role="user", content=prompt)],
                    prompt_tokens=len(prompt.split()),
                    completion_tokens=HISTORY_OUTPUT_TOKENS,
                ),
                account,
            )
            sent += 1
    return sent
