"""More legitimate look-alikes for world A (issue 18): traffic that shares one trait with harvesting.

Each generator draws from its own random stream (seeded from the world's seed), so adding these
groups leaves every other population of the world unchanged, byte for byte.

* ``campus_nat``: a company or university behind one NAT, everyone on the same managed browser,
  accounts created in one enrolment burst (same channel, same two hours).
* ``eval_cloud``: evaluation harnesses from cloud IPs: a fixed benchmark with "think step by step",
  run in bounded bursts a few times a week, answers of a few hundred tokens.
* ``judge_eval``: a research lab's LLM-as-judge runs: grading prompts over a fixed set of pairs,
  short verdicts, in bursts.
* ``translation``: a translation service: round the clock, many languages, output about the size
  of the input.
* ``router``: a reseller/router serving many end users through one account (multi-turn chats with
  served history, plus end users' single-turn calls), from a few servers.
* ``few_shot``: clients with a fixed long few-shot prompt (invented example exchanges) and short
  labels back.
* ``agentic``: coding agents: sessions of quick tool-use steps with a growing context.
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

GROUPS = ("campus_nat", "eval_cloud", "judge_eval", "translation", "router", "few_shot", "agentic")
DAY = 86400.0
HOUR = 3600.0
MANAGED_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
)


def add_all(b: _Builder) -> None:
    """Generate every group with a private random stream (the builder's is restored after)."""
    saved = b.rng
    b.rng = random.Random(b.config.seed * 7919 + 18)
    try:
        campus_nat(b)
        eval_cloud(b)
        judge_eval(b)
        translation(b)
        router(b)
        few_shot(b)
        agentic(b)
    finally:
        b.rng = saved


def _n(b: _Builder, count: float) -> int:
    return max(1, int(count * b.config.scale))


def _cloud_subnet(rng: random.Random) -> str:
    return (
        f"{rng.choice((34, 35, 52, 54, 3, 13, 20, 40))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
    )


def campus_nat(b: _Builder) -> None:

    rng = b.rng
    enrolment = b.t0 - rng.uniform(20, 40) * DAY
    pool = b.corpus.benign_by_script["latin"]
    nat = f"{rng.randint(128, 191)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."
    homework = [
        f"Explain step by step how to solve: {content.math_problem(random.Random(900 + i))}"
        for i in range(8)
    ]
    for _ in range(_n(b, 240)):
        account_id = b.account(
            "campus_nat",
            attack=False,
            created=enrolment + rng.uniform(0, 2) * HOUR,
            channel="education",
            payment=None,
            country="US",
        )
        hours = human_hours(-5, rng)
        ip = nat + str(rng.randint(2, 6))
        for day in range(b.config.days):
            if rng.random() > (0.5 if day % 7 < 5 else 0.15):
                continue
            for _ in range(rng.randint(1, 3)):
                t = b.t0 + day * DAY + pick_hour(rng, hours) * HOUR + rng.uniform(0, HOUR)
                if rng.random() < 0.3:
                    b.emit(
                        account_id,
                        t,
                        [Message(role="user", content=rng.choice(homework))],
                        rng.randint(250, 800),
                        ip,
                        MANAGED_BROWSER,
                    )
                else:
                    b.conversation_session(account_id, t, rng.choice(pool), ip, MANAGED_BROWSER)


def _runs(b: _Builder, per_week: int) -> list[float]:
    """Start times of bounded evaluation runs (working hours, a few days a week)."""
    rng = b.rng
    starts = []
    for day in range(b.config.days):
        if day % 7 < 5 and rng.random() < per_week / 5:
            starts.append(b.t0 + day * DAY + rng.uniform(9, 17) * HOUR)
    return starts


def eval_cloud(b: _Builder) -> None:
    rng = b.rng
    for lab in range(_n(b, 4)):
        bank_rng = random.Random(4200 + lab)
        bank = [
            content.math_problem(bank_rng)
            if bank_rng.random() < 0.6
            else content.curriculum_question(bank_rng)[1]
            for _ in range(_n(b, 600))
        ]
        subnet = _cloud_subnet(rng)
        payment = f"pf-evalcloud-{lab}"
        created = b.t0 - rng.uniform(30, 300) * DAY
        ua = rng.choice(("python-requests/2.32.3", "OpenAI/Python 1.54.3", "python-httpx/0.27.2"))
        for _ in range(rng.randint(2, 3)):
            account_id = b.account(
                "eval_cloud",
                attack=False,
                created=created,
                channel="enterprise",
                payment=payment,
                kind="organization",
                kyc=True,
            )
            for start in _runs(b, rng.choice((2, 3))):
                t = start
                ip = f"{subnet}.{rng.randint(2, 250)}"
                for item in bank:
                    prompt = (
                        f"{item}\nThink step by step, then give the final answer after 'Answer:'."
                    )
                    b.emit(
                        account_id,
                        t,
                        [Message(role="user", content=prompt)],
                        rng.randint(150, 650),
                        ip,
                        ua,
                    )
                    t += rng.expovariate(3.0)


def judge_eval(b: _Builder) -> None:
    rng = b.rng
    pool = b.corpus.benign
    for lab in range(_n(b, 3)):
        pair_rng = random.Random(5200 + lab)
        pairs = [(pair_rng.choice(pool), pair_rng.choice(pool)) for _ in range(_n(b, 500))]
        frame = content.JUDGE_FRAMES[lab % len(content.JUDGE_FRAMES)]
        subnet = _cloud_subnet(rng)
        created = b.t0 - rng.uniform(60, 400) * DAY
        for _ in range(2):
            account_id = b.account(
                "judge_eval",
                attack=False,
                created=created,
                channel="enterprise",
                payment=f"pf-judge-{lab}",
                kind="organization",
                kyc=True,
            )
            for start in _runs(b, 2):
                t = start
                for conv, other in pairs:
                    prompt = frame.format(
                        q=conv.first_prompt[:500],
                        a=conv.turns[0].answer_head,
                        b=other.turns[0].answer_head,
                    )
                    b.emit(
                        account_id,
                        t,
                        [Message(role="user", content=prompt)],
                        rng.randint(5, 90),
                        f"{subnet}.{rng.randint(2, 250)}",
                        "python-httpx/0.27.2",
                    )
                    t += rng.expovariate(2.0)


def translation(b: _Builder) -> None:
    rng = b.rng
    pool = b.corpus.benign
    targets = (
        "French",
        "German",
        "Spanish",
        "Japanese",
        "Chinese",
        "Portuguese",
        "Korean",
        "Italian",
    )
    for service in range(_n(b, 3)):
        account_id = b.account(
            "translation",
            attack=False,
            created=b.t0 - rng.uniform(90, 500) * DAY,
            channel="enterprise",
            payment=f"pf-transl-{service}",
            kind="organization",
            kyc=True,
        )
        servers = [f"{_cloud_subnet(rng)}.{rng.randint(2, 250)}" for _ in range(2)]
        per_day = rng.uniform(800, 2000) * b.config.scale
        for day in range(b.config.days):
            for t in b.arrivals(b.t0 + day * DAY, b.t0 + (day + 1) * DAY, per_day, regularity=2.0):
                text = rng.choice(pool).first_prompt[:1200]
                target = rng.choice(targets)
                messages = [
                    Message(
                        role="system",
                        content=f"Translate the user's text into {target}. "
                        "Output only the translation.",
                    ),
                    Message(role="user", content=text),
                ]
                out = max(5, int(len(text) / 4 * rng.uniform(0.8, 1.4)))
                b.emit(account_id, t, messages, out, rng.choice(servers), "Go-http-client/2.0")


def router(b: _Builder) -> None:

    rng = b.rng
    pool = b.corpus.benign
    for index in range(_n(b, 2)):
        account_id = b.account(
            "router",
            attack=False,
            created=b.t0 - rng.uniform(120, 600) * DAY,
            channel="enterprise",
            payment=f"pf-router-{index}",
            kind="organization",
            kyc=True,
        )
        servers = [f"{_cloud_subnet(rng)}.{rng.randint(2, 250)}" for _ in range(4)]
        zones = rng.sample(TIMEZONES, 6)
        hours = [sum(w) for w in zip(*(human_hours(z, rng) for z in zones), strict=True)]
        per_day = rng.uniform(1200, 2500) * b.config.scale
        for day in range(b.config.days):
            for t in b.arrivals(b.t0 + day * DAY, b.t0 + (day + 1) * DAY, per_day, hours):
                if rng.random() < 0.25:
                    q = content.math_problem(rng) if rng.random() < 0.5 else content.code_task(rng)
                    if rng.random() < 0.4:
                        q += " " + rng.choice(content.REASONING_ASKS)
                    b.emit(
                        account_id,
                        t,
                        [Message(role="user", content=q)],
                        rng.randint(200, 1500),
                        rng.choice(servers),
                        "OpenRouter-Proxy/2.1",
                    )
                else:
                    b.conversation_session(
                        account_id,
                        t,
                        rng.choice(pool),
                        rng.choice(servers),
                        "OpenRouter-Proxy/2.1",
                        max_turns=6,
                    )


def few_shot(b: _Builder) -> None:
    rng = b.rng
    pool = b.corpus.benign_by_script["latin"]
    for client in range(_n(b, 4)):
        shots_rng = random.Random(6200 + client)
        shots: list[Message] = []
        for conv in shots_rng.sample(pool, 5):
            shots += [
                Message(role="user", content=conv.first_prompt[:400]),
                Message(
                    role="assistant",
                    content=shots_rng.choice(("positive", "negative", "neutral", "mixed")),
                ),
            ]
        account_id = b.account(
            "few_shot",
            attack=False,
            created=b.t0 - rng.uniform(30, 300) * DAY,
            channel=rng.choice(("startup", "enterprise")),
            payment=f"pf-fewshot-{client}",
            kind="organization",
            kyc=True,
        )
        ip = f"{_cloud_subnet(rng)}.{rng.randint(2, 250)}"
        per_day = rng.uniform(300, 1200) * b.config.scale
        system = Message(
            role="system",
            content="Label the sentiment of the user's text. Reply with "
            "one word: positive, negative, neutral or mixed.",
        )
        for day in range(b.config.days):
            for t in b.arrivals(b.t0 + day * DAY, b.t0 + (day + 1) * DAY, per_day, regularity=3.0):
                text = rng.choice(pool).first_prompt[:600]
                b.emit(
                    account_id,
                    t,
                    [system, *shots, Message(role="user", content=text)],
                    rng.randint(1, 3),
                    ip,
                    "OpenAI/Python 1.55.0",
                )


def agentic(b: _Builder) -> None:

    rng = b.rng
    tools = ("read_file", "run_tests", "grep", "apply_patch", "list_dir")
    for _ in range(_n(b, 12)):
        account_id = b.account(
            "agentic",
            attack=False,
            created=b.t0 - rng.uniform(10, 400) * DAY,
            channel=rng.choice(("self_serve", "startup")),
            payment=f"pf-{rng.getrandbits(40):010x}",
            kyc=rng.random() < 0.5,
        )
        hours = human_hours(rng.choice(TIMEZONES), rng)
        ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"
        ua = rng.choice(("claude-code/1.0.3", "aider/0.64.1", "OpenAI/Python 1.54.3"))
        for day in range(b.config.days):
            if rng.random() < 0.3:
                continue
            for _ in range(rng.randint(2, 6)):
                t = b.t0 + day * DAY + pick_hour(rng, hours) * HOUR + rng.uniform(0, HOUR)
                task = content.code_task(rng)
                history: list[Message] = [
                    Message(
                        role="system",
                        content="You are a coding agent. Use the tools to "
                        "complete the task in the repository.",
                    ),
                    Message(role="user", content=task),
                ]
                for _step in range(rng.randint(5, 30)):
                    out = rng.randint(40, 600)
                    b.emit(account_id, t, list(history), out, ip, ua)
                    tool = rng.choice(tools)
                    history += [
                        Message(role="assistant", content=f"Calling {tool}."),
                        Message(
                            role="tool",
                            content=f"{tool} output: "
                            + "x" * rng.randint(200, int(3000 * math.log(2 + len(history)))),
                        ),
                    ]
                    t += rng.lognormvariate(math.log(8), 0.6)
