"""Slow-and-low operations spread over many quiet accounts (world A, issue 18 follow-up).

Written from the written behaviour spec (issue 18 and the research notes it cites: the campaign
family "slow-and-low over months", "load-balanced traffic split (many accounts each under
thresholds)", "complementary coverage (accounts partitioning one dataset with little overlap)"),
not from world B's code or outputs.

One operation per simulated week (``slow_spread``): a few dozen accounts, each aged weeks or months
before it starts, each paid for separately and signed up on its own day through an ordinary
channel, each on a sticky residential proxy address that changes now and then (a residential proxy
provider's pool), each in the time zone it claims and with a browser or SDK user agent that
thousands of other accounts carry. Each account sends a few requests on most days, in short
human-timed sessions, mixes in some genuine-looking chats and now and then a real follow-up on an
answer it was served. Per account it looks like a light human user.

What gives the operation away is only visible across accounts: one scheduler works through one
curriculum (every item asked once, by one account: complementary coverage), with one small set
of prompt templates (each account uses a few of them, with reworded openings), asking for long
answers (and sometimes the reasoning). Draws from its own random stream, so the rest of the world
stays the same, byte for byte.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

from exportgate.distill.simulate import content
from exportgate.distill.simulate.hours import TIMEZONES, human_hours, pick_hour
from exportgate.records import Message

if TYPE_CHECKING:
    from exportgate.distill.simulate.world import _Builder

FAMILY = "slow_spread"
DAY = 86400.0
HOUR = 3600.0

# What the operator wants covered about each concept (the curriculum: concept x facet).
FACETS = (
    "the intuition behind",
    "a worked example of",
    "the history of",
    "common mistakes with",
    "applications of",
    "a proof sketch of",
    "the limits of",
    "how to teach",
    "exam questions on",
    "the connections between {subject} and",
    "a step-by-step derivation of",
    "open research questions about",
)

# Templates of the operation: slot in the middle; each has reworded openings (a paraphrasing
# step) and a fixed closing its tooling appends.
TEMPLATES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("Could you walk me through", "Please walk me through", "Can you explain"),
        "{item} ({subject})? Cover definitions, a complete example and the key caveats, in "
        "well-organised sections.",
    ),
    (
        ("I'm revising {subject}.", "Studying {subject} this week.", "Preparing for {subject}."),
        "Write a detailed lesson on {item}, then end with three practice problems and their full "
        "solutions.",
    ),
    (
        ("Help me understand", "I want to really understand", "Teach me"),
        "{item}. Start from first principles, build up carefully and finish with a summary table "
        "of the main points.",
    ),
    (
        ("In {subject},", "For a {subject} course,", "Regarding {subject},"),
        "explain {item} thoroughly, as a textbook chapter would, including a worked example and "
        "the reasoning behind each step.",
    ),
    (
        ("Quick question about", "A question on", "Something I keep wondering about:"),
        "{item} in {subject}. Give me the long answer: background, derivation, examples, and "
        "where it breaks down.",
    ),
    (
        ("Write an explainer on", "Draft an in-depth explainer on", "Produce a detailed note on"),
        "{item} for advanced {subject} students, with numbered sections and a short quiz with "
        "answers at the end.",
    ),
)


def _curriculum(rng: random.Random) -> list[tuple[str, str]]:
    items = [
        (subject, facet.format(subject=subject) + " " + concept)
        for subject, concepts in content.SUBJECTS.items()
        for concept in concepts
        for facet in FACETS
    ]
    rng.shuffle(items)
    return items


def add_all(b: _Builder, user_agents: tuple[str, ...]) -> None:
    """One operation per week, from a private random stream (the builder's is restored after);
    ``user_agents``: the common user agents its accounts pick from."""
    saved = b.rng
    b.rng = random.Random(b.config.seed * 104729 + 19)
    try:
        for week in (1, 2):
            slow_spread(b, week, user_agents)
    finally:
        b.rng = saved


def slow_spread(b: _Builder, week: int, user_agents: tuple[str, ...]) -> None:
    rng = b.rng
    w0, w1 = b.week_window(week)
    campaign = b.campaign(FAMILY, week, w0)
    curriculum = _curriculum(rng)
    templates = rng.sample(TEMPLATES, rng.randint(4, 6))
    # A residential proxy provider's pool: addresses in ordinary ISP ranges, sticky for a while.
    pool = [
        f"{rng.randint(24, 200)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
        for _ in range(rng.randint(300, 900))
    ]
    filler_pool = b.corpus.attacker
    size = max(3, int(rng.randint(30, 50) * b.config.scale))
    cursor = 0
    for _ in range(size):
        account_id = b.account(
            FAMILY,
            attack=True,
            created=w0 - rng.uniform(10, 150) * DAY,
            channel=rng.choice(("self_serve", "self_serve", "education", "startup")),
            payment=f"pf-{rng.getrandbits(40):010x}",
            campaign=campaign,
        )
        hours = human_hours(rng.choice(TIMEZONES), rng)
        ua = rng.choice(user_agents)
        mine = rng.sample(templates, rng.randint(2, min(4, len(templates))))
        per_day = rng.uniform(2.0, 7.0)
        filler = rng.uniform(0.05, 0.3)
        p_active = rng.uniform(0.6, 0.95)
        ip = f"{rng.choice(pool)}.{rng.randint(2, 254)}"
        for day in range(7):
            if rng.random() > p_active:
                continue
            if rng.random() < 0.4:  # the sticky proxy session ends now and then
                ip = f"{rng.choice(pool)}.{rng.randint(2, 254)}"
            left = max(1, int(rng.expovariate(1 / per_day) + 0.5))
            while left > 0:
                t = w0 + day * DAY + pick_hour(rng, hours) * HOUR + rng.uniform(0, HOUR)
                for _ in range(min(left, rng.randint(1, 3))):
                    left -= 1
                    if t >= w1:
                        break
                    if rng.random() < filler:
                        t = b.conversation_session(
                            account_id, t, rng.choice(filler_pool), ip, ua, max_turns=2
                        )
                        continue
                    subject, item = curriculum[cursor % len(curriculum)]
                    cursor += 1
                    openings, body = rng.choice(mine)
                    prompt = (
                        rng.choice(openings).format(subject=subject)
                        + " "
                        + body.format(item=item, subject=subject)
                    )
                    if rng.random() < 0.3:
                        prompt += " " + rng.choice(content.REASONING_ASKS)
                    answer = rng.randint(600, 1800)
                    messages = [Message(role="user", content=prompt)]
                    b.emit(account_id, t, messages, answer, ip, ua)
                    t += rng.lognormvariate(math.log(120), 0.8)
                    if rng.random() < 0.15:  # a real follow-up on the answer it was served
                        follow = rng.choice(
                            (
                                "Can you expand the second section with another example?",
                                "Thanks. Could you go deeper on the derivation part?",
                                "What would a harder version of the practice problems look like?",
                            )
                        )
                        history = [
                            *messages,
                            Message(role="assistant", content="(answer) " * 20),
                            Message(role="user", content=follow),
                        ]
                        b.emit(account_id, t, history, rng.randint(400, 1400), ip, ua)
                        t += rng.lognormvariate(math.log(120), 0.8)
