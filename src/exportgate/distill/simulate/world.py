"""A simulated fortnight of API traffic: benign users, hard negatives and harvesting campaigns.

Benign content is real (ShareGPT conversations, replayed turn by turn with their history); timing is
synthetic (diurnal sessions per user in their own time zone, bursty within sessions). Campaigns are
generated per simulated week, so thresholds can be tuned on week 1 and reported on week 2 with
campaign instances the tuning never saw. The adaptive attacker is generated day by day and asks a
ban oracle (the detector under test) which of its accounts were banned, then re-tunes.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from exportgate.distill.simulate import content, hard_negatives, slow_campaigns
from exportgate.distill.simulate.corpus import Conversation, Corpus, load_corpus
from exportgate.distill.simulate.hours import TIMEZONES, human_hours, pick_hour
from exportgate.records import Account, Message, UsageRecord

DAY = 86400.0
HOUR = 3600.0
START = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)

BENIGN_GROUPS = (
    "benign",
    "eval_harness",
    "enterprise_batch",
    "university",
    "reseller",
    *hard_negatives.GROUPS,
)
HARD_NEGATIVE_GROUPS = BENIGN_GROUPS[1:]
FAMILIES = (
    "heavy_single",
    "hydra",
    "cot_harvest",
    "judge_harvest",
    "multilingual_sweep",
    "slow_low",
    "mixed_use",
    "adaptive",
    slow_campaigns.FAMILY,
)

BROWSER_UAS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/18.1 Safari/605.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
SDK_UAS = (
    "OpenAI/Python 1.54.3",
    "OpenAI/Python 1.55.0",
    "OpenAI/JS 4.71.1",
    "python-httpx/0.27.2",
    "anthropic-python/0.39.0",
    "langchain-openai/0.2.9",
    "curl/8.5.0",
    "Go-http-client/2.0",
)
COUNTRIES = ("US", "GB", "DE", "FR", "IN", "BR", "JP", "KR", "SG", "AU", "CA", "NL", "ES", "MX")


@dataclass(frozen=True, slots=True)
class Label:
    account_id: str
    group: str
    attack: bool
    campaign: str | None = None
    week: int | None = None


@dataclass(slots=True)
class Campaign:
    id: str
    family: str
    week: int
    start: float
    accounts: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SimConfig:
    seed: int = 7
    days: int = 14
    benign_users: int = 4000
    university_students: int = 150
    scale: float = 1.0
    more_hard_negatives: bool = (
        True  # issue 18's look-alikes (own random stream; see hard_negatives)
    )
    slow_spread: bool = True  # slow-and-low spread over many accounts (own stream; slow_campaigns)


@dataclass(slots=True)
class SimWorld:
    start: dt.datetime
    days: int
    accounts: list[Account]
    records: list[UsageRecord]
    labels: dict[str, Label]
    campaigns: dict[str, Campaign]

    def week_of(self, record: UsageRecord) -> int:
        return int((record.ts - self.start).total_seconds() // (7 * DAY)) + 1


BanOracle = Callable[[float, list[UsageRecord], list[Account]], set[str]]


def _random_ip(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def _tokens(chars: int) -> int:
    return max(1, chars // 4)


class _Builder:
    """Accumulates accounts, records and labels; every generator below writes through it."""

    def __init__(self, config: SimConfig) -> None:
        self.config = config
        self.rng = random.Random(config.seed)
        self.corpus: Corpus = load_corpus()
        self.t0 = START.timestamp()
        self.accounts: list[Account] = []
        self.records: list[UsageRecord] = []
        self.labels: dict[str, Label] = {}
        self.campaigns: dict[str, Campaign] = {}
        self._request = 0
        self._account = 0
        self.natural = [c.first_prompt for c in self.corpus.attacker if c.script == "latin"]

    def account(
        self,
        group: str,
        *,
        attack: bool,
        created: float,
        channel: str,
        payment: str | None,
        campaign: Campaign | None = None,
        kind: str = "person",
        kyc: bool = False,
        country: str | None = None,
    ) -> str:
        self._account += 1
        account_id = f"acct-{self._account:05d}"
        self.accounts.append(
            Account(
                id=account_id,
                kind=kind,  # type: ignore[arg-type]
                name=f"{'Org' if kind == 'organization' else 'User'} {self._account}",
                country=country or self.rng.choice(COUNTRIES),
                kyc_verified=kyc,
                created_at=dt.datetime.fromtimestamp(created, dt.UTC),
                signup_channel=channel,
                payment_fingerprint=payment,
                api_keys=[f"sk-sim-{self._account:05d}"],
            )
        )
        self.labels[account_id] = Label(
            account_id,
            group,
            attack,
            campaign.id if campaign else None,
            campaign.week if campaign else None,
        )
        if campaign is not None:
            campaign.accounts.append(account_id)
        return account_id

    def emit(
        self,
        account_id: str,
        ts: float,
        messages: list[Message],
        completion_tokens: int,
        ip: str,
        ua: str,
        sink: list[UsageRecord] | None = None,
    ) -> None:
        self._request += 1
        chars = sum(len(m.content) for m in messages if isinstance(m.content, str))
        (self.records if sink is None else sink).append(
            UsageRecord(
                ts=dt.datetime.fromtimestamp(ts, dt.UTC),
                request_id=f"req-{self._request:08d}",
                account_id=account_id,
                key_id=f"key-{account_id}",
                ip=ip,
                user_agent=ua,
                model="frontier-5",
                endpoint="chat.completions",
                messages=messages,
                prompt_tokens=_tokens(chars),
                completion_tokens=max(1, completion_tokens),
                status=200,
                decision="allow",
            )
        )

    def campaign(self, family: str, week: int, start: float, variant: str = "") -> Campaign:
        suffix = f"-{variant}" if variant else ""
        campaign = Campaign(f"{family}-w{week}{suffix}", family, week, start)
        self.campaigns[campaign.id] = campaign
        return campaign

    def arrivals(
        self,
        t_start: float,
        t_end: float,
        per_day: float,
        hours: Sequence[float] | None = None,
        regularity: float = 1.0,
    ) -> list[float]:
        """Arrival times at ``per_day`` on average; gamma gaps (shape ``regularity``), hour-weighted."""
        rng = self.rng
        if per_day <= 0 or t_end <= t_start:
            return []
        top = max(hours) if hours else 1.0
        mean_weight = sum(hours) / 24 if hours else 1.0
        rate = per_day / DAY * top / mean_weight
        out: list[float] = []
        t = t_start
        while True:
            t += rng.gammavariate(regularity, 1.0 / (rate * regularity))
            if t >= t_end:
                return out
            if hours is None or rng.random() * top < hours[int(t // HOUR) % 24]:
                out.append(t)

    # ------------------------------------------------------------------ benign traffic
    def conversation_session(
        self,
        account_id: str,
        t: float,
        conv: Conversation,
        ip: str,
        ua: str,
        system: str | None = None,
        max_turns: int = 4,
        sink: list[UsageRecord] | None = None,
    ) -> float:
        rng = self.rng
        history: list[Message] = [Message(role="system", content=system)] if system else []
        turns = conv.turns[: rng.randint(1, min(max_turns, len(conv.turns)))]
        for turn in turns:
            messages = [*history, Message(role="user", content=turn.prompt)]
            self.emit(account_id, t, messages, _tokens(turn.answer_chars), ip, ua, sink)
            history = [*messages, Message(role="assistant", content=turn.answer_head)]
            t += rng.lognormvariate(math.log(90), 0.9)
        return t

    def benign_users(self) -> None:
        rng = self.rng
        by_script = self.corpus.benign_by_script
        other_scripts = [s for s in by_script if s != "latin" and len(by_script[s]) >= 20]
        for _ in range(self.config.benign_users):
            tz = rng.choice(TIMEZONES)
            hours = human_hours(tz, rng)
            developer = rng.random() < 0.3
            pool = by_script["latin"]
            if other_scripts and rng.random() < 0.06:
                pool = by_script[rng.choice(other_scripts)]
            account_id = self.account(
                "benign",
                attack=False,
                created=self.t0 - rng.uniform(1, 400) * DAY,
                channel=rng.choices(
                    ("self_serve", "enterprise", "startup", "education"), weights=(80, 10, 6, 4)
                )[0],
                payment=f"pf-{rng.getrandbits(40):010x}" if rng.random() < 0.8 else None,
                kyc=rng.random() < 0.3,
            )
            ua = rng.choice(SDK_UAS if developer else BROWSER_UAS)
            home, work = _random_ip(rng), _random_ip(rng)
            p_active = rng.uniform(0.15, 0.9)
            sessions_per_day = rng.lognormvariate(math.log(1.5), 0.8)
            system = "You are a helpful assistant." if developer and rng.random() < 0.5 else None
            for day in range(self.config.days):
                if rng.random() > p_active:
                    continue
                for _ in range(1 + int(rng.expovariate(1 / sessions_per_day))):
                    hour = pick_hour(rng, hours)
                    t = self.t0 + day * DAY + hour * HOUR + rng.uniform(0, HOUR)
                    ip = (
                        home
                        if rng.random() < 0.7
                        else (work if rng.random() < 0.7 else _random_ip(rng))
                    )
                    self.conversation_session(account_id, t, rng.choice(pool), ip, ua, system)

    def power_users(self) -> None:
        """Heavy but genuine individuals: developers iterating in long sessions."""
        rng = self.rng
        pool = self.corpus.benign_by_script["latin"]
        for _ in range(int(60 * self.config.scale)):
            tz = rng.choice(TIMEZONES)
            hours = human_hours(tz, rng)
            account_id = self.account(
                "benign",
                attack=False,
                created=self.t0 - rng.uniform(30, 700) * DAY,
                channel="self_serve",
                payment=f"pf-{rng.getrandbits(40):010x}",
                kyc=True,
            )
            ua, ip = rng.choice(SDK_UAS), _random_ip(rng)
            for day in range(self.config.days):
                if rng.random() < 0.25:
                    continue
                for _ in range(rng.randint(4, 14)):
                    t = self.t0 + day * DAY + pick_hour(rng, hours) * HOUR + rng.uniform(0, HOUR)
                    self.conversation_session(account_id, t, rng.choice(pool), ip, ua)

    # ------------------------------------------------------------------ hard negatives
    def eval_harnesses(self) -> None:
        """Labs and companies running benchmark suites: templated, high volume, in bursts, re-runs."""
        rng = self.rng
        for org in range(int(4 * self.config.scale) or 1):
            payment = f"pf-eval-{org}"
            created = self.t0 - rng.uniform(60, 500) * DAY
            bank_rng = random.Random(1000 + org)
            mc = [
                self._mc_item(bank_rng)
                for _ in range(int(bank_rng.randint(400, 900) * self.config.scale))
            ]
            gsm = [
                content.math_problem(bank_rng)
                for _ in range(int(bank_rng.randint(200, 500) * self.config.scale))
            ]
            ip = _random_ip(rng)
            for _ in range(2):
                account_id = self.account(
                    "eval_harness",
                    attack=False,
                    created=created,
                    channel="enterprise",
                    payment=payment,
                    kind="organization",
                    kyc=True,
                )
                for day in range(self.config.days):
                    if day % 7 >= 5 or rng.random() < 0.45:
                        continue
                    t = self.t0 + day * DAY + rng.uniform(8, 18) * HOUR
                    for item in mc:
                        self.emit(
                            account_id,
                            t,
                            [Message(role="user", content=item)],
                            rng.randint(1, 4),
                            ip,
                            "lm-eval-harness/0.4.5 httpx/0.27",
                        )
                        t += rng.expovariate(4.0)
                    for item in gsm:
                        prompt = f"Question: {item}\nLet's think step by step.\nAnswer:"
                        self.emit(
                            account_id,
                            t,
                            [Message(role="user", content=prompt)],
                            rng.randint(120, 320),
                            ip,
                            "lm-eval-harness/0.4.5 httpx/0.27",
                        )
                        t += rng.expovariate(2.0)

    def _mc_item(self, rng: random.Random) -> str:
        subject, question = content.curriculum_question(rng)
        options = rng.sample(tuple(content.SUBJECTS[subject]), 4)
        return (
            f"The following are multiple choice questions (with answers) about {subject}.\n\n"
            f"{question}\nA. {options[0]}\nB. {options[1]}\nC. {options[2]}\nD. {options[3]}\n"
            "Answer:"
        )

    def enterprise_batch(self) -> None:
        """Back-office jobs on fixed templates over customer text, around the clock."""
        rng = self.rng
        jobs = (
            (
                "Classify the following customer support ticket into one of: billing, technical, "
                "account, other. Reply with the label only.\n\nTicket: {x}",
                (2, 6),
            ),
            ("Summarize the following document in three bullet points.\n\n{x}", (60, 160)),
            (
                "Extract every product name and price mentioned in the text below as JSON.\n\n{x}",
                (30, 120),
            ),
            ("Translate the following message into formal English.\n\n{x}", (40, 300)),
        )
        pool = self.corpus.benign_by_script["latin"]
        for index in range(int(5 * self.config.scale) or 1):
            template, (lo, hi) = jobs[index % len(jobs)]
            account_id = self.account(
                "enterprise_batch",
                attack=False,
                created=self.t0 - rng.uniform(30, 300) * DAY,
                channel="enterprise",
                payment=f"pf-ent-{index}",
                kind="organization",
                kyc=True,
            )
            ip = _random_ip(rng)
            system = f"You are the document pipeline of tenant {index}. Follow the instructions."
            nightly = index % 2 == 0
            for day in range(self.config.days):
                if nightly:
                    times = self.arrivals(
                        self.t0 + day * DAY + HOUR,
                        self.t0 + day * DAY + 4 * HOUR,
                        rng.uniform(900, 1500) * 8 * self.config.scale,
                        regularity=4.0,
                    )
                else:
                    times = self.arrivals(
                        self.t0 + day * DAY,
                        self.t0 + (day + 1) * DAY,
                        rng.uniform(300, 600) * self.config.scale,
                        regularity=8.0,
                    )
                for t in times:
                    text = rng.choice(pool).first_prompt[:600]
                    self.emit(
                        account_id,
                        t,
                        [
                            Message(role="system", content=system),
                            Message(role="user", content=template.format(x=text)),
                        ],
                        rng.randint(lo, hi),
                        ip,
                        "OpenAI/Python 1.52.0",
                    )

    def university(self) -> None:
        """Students behind one campus NAT, signed up together, partly on a university-paid plan."""
        rng = self.rng
        nat = ["192.0.2.", "192.0.2."]
        created0 = self.t0 - 60 * DAY
        assignments = [
            f"Explain step by step how to solve: {content.math_problem(random.Random(50 + i))}"
            for i in range(6)
        ] + [
            f"Explain {content.concept(random.Random(80 + i))} for my course assignment."
            for i in range(6)
        ]
        pool = self.corpus.benign_by_script["latin"]
        for _ in range(self.config.university_students):
            account_id = self.account(
                "university",
                attack=False,
                created=created0 + rng.uniform(0, 2) * DAY,
                channel="education",
                payment="pf-univ-grant" if rng.random() < 0.6 else None,
                country="US",
            )
            hours = human_hours(-5, rng)
            ua = rng.choice(BROWSER_UAS)
            ip = rng.choice(nat) + str(rng.randint(10, 13))
            for day in range(self.config.days):
                if rng.random() > (0.55 if day % 7 < 5 else 0.2):
                    continue
                for _ in range(rng.randint(1, 3)):
                    t = self.t0 + day * DAY + pick_hour(rng, hours) * HOUR + rng.uniform(0, HOUR)
                    if rng.random() < 0.35:
                        week_set = assignments[(day // 7) * 6 : (day // 7) * 6 + 6] or assignments
                        self.emit(
                            account_id,
                            t,
                            [Message(role="user", content=rng.choice(week_set))],
                            rng.randint(200, 700),
                            ip,
                            ua,
                        )
                    else:
                        self.conversation_session(account_id, t, rng.choice(pool), ip, ua)

    def resellers(self) -> None:
        """Legitimate routers aggregating many end users behind one account and a few servers."""
        rng = self.rng
        pool = self.corpus.benign_by_script["latin"]
        for index in range(int(3 * self.config.scale) or 1):
            account_id = self.account(
                "reseller",
                attack=False,
                created=self.t0 - rng.uniform(90, 600) * DAY,
                channel="enterprise",
                payment=f"pf-resell-{index}",
                kind="organization",
                kyc=True,
            )
            servers = [_random_ip(rng) for _ in range(3)]
            system = f"You are the assistant of the {['Nimbus', 'Quill', 'Orbit'][index % 3]} app."
            zones = rng.sample(TIMEZONES, 4)
            hours = [sum(w) for w in zip(*(human_hours(z, rng) for z in zones), strict=True)]
            per_day = rng.uniform(500, 900) * self.config.scale
            for day in range(self.config.days):
                for t in self.arrivals(
                    self.t0 + day * DAY, self.t0 + (day + 1) * DAY, per_day, hours
                ):
                    self.conversation_session(
                        account_id,
                        t,
                        rng.choice(pool),
                        rng.choice(servers),
                        "OpenAI/JS 4.68.0",
                        system,
                    )

    # ------------------------------------------------------------------ campaigns
    def week_window(self, week: int) -> tuple[float, float]:
        start = self.t0 + (week - 1) * 7 * DAY
        return start, start + 7 * DAY

    def heavy_single(self, week: int) -> None:
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        campaign = self.campaign("heavy_single", week, start)
        account_id = self.account(
            "heavy_single",
            attack=True,
            created=start - rng.uniform(1, 20) * DAY,
            channel="self_serve",
            payment=f"pf-{rng.getrandbits(40):010x}",
            campaign=campaign,
        )
        wrappers = rng.sample(content.PLAIN_WRAPPERS, 2)
        ip, ua = _random_ip(rng), rng.choice(SDK_UAS)
        for t in self.arrivals(
            start, w1, rng.uniform(1500, 3000) * self.config.scale, regularity=2.0
        ):
            question = content.harvest_question(rng, self.natural)
            if rng.random() < 0.5:
                question += " " + rng.choice(content.REASONING_ASKS)
            self.emit(
                account_id,
                t,
                [Message(role="user", content=rng.choice(wrappers).format(q=question))],
                rng.randint(500, 1600),
                ip,
                ua,
            )

    def hydra(self, week: int, shared_payment: bool, size: int) -> None:
        """Many light accounts behind a rotating proxy pool, driven by one scheduler."""
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        name = "hydra"
        campaign = self.campaign(name, week, start, "payment" if shared_payment else "proxy")
        payments = [f"pf-{rng.getrandbits(40):010x}" for _ in range(rng.randint(2, 5))]
        proxy_subnets = [_random_ip(rng).rsplit(".", 1)[0] for _ in range(rng.randint(30, 80))]
        channel = rng.choice(("startup", "education", "self_serve"))
        created = start - rng.uniform(0.2, 3) * DAY
        accounts = [
            self.account(
                name,
                attack=True,
                created=created + rng.uniform(0, 2) * HOUR,
                channel=channel,
                payment=rng.choice(payments)
                if shared_payment
                else f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            for _ in range(int(size * self.config.scale))
        ]
        uas = rng.sample(SDK_UAS, rng.randint(1, 2))
        wrappers = rng.sample(content.PLAIN_WRAPPERS, 3)
        cot_share = rng.uniform(0.2, 0.7)
        per_account = rng.uniform(15, 40)
        for t in self.arrivals(start, w1, per_account * len(accounts), regularity=1.5):
            question = content.harvest_question(rng, self.natural)
            if rng.random() < cot_share:
                question += " " + rng.choice(content.REASONING_ASKS)
            ip = f"{rng.choice(proxy_subnets)}.{rng.randint(1, 254)}"
            self.emit(
                rng.choice(accounts),
                t,
                [Message(role="user", content=rng.choice(wrappers).format(q=question))],
                rng.randint(400, 1400),
                ip,
                rng.choice(uas),
            )

    def cot_harvest(self, week: int) -> None:
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        campaign = self.campaign("cot_harvest", week, start)
        for _ in range(5):
            account_id = self.account(
                "cot_harvest",
                attack=True,
                created=start - rng.uniform(2, 40) * DAY,
                channel=rng.choice(("self_serve", "startup")),
                payment=f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            ip, ua = _random_ip(rng), rng.choice(SDK_UAS)
            asks = rng.sample(content.REASONING_ASKS, 4)
            for t in self.arrivals(
                start, w1, rng.uniform(150, 400) * self.config.scale, regularity=1.2
            ):
                q = (
                    rng.choice((content.math_problem, content.code_task))(rng)
                    if rng.random() < 0.6
                    else content.curriculum_question(rng)[1]
                )
                prompt = (
                    f"{q}\n\n{rng.choice(asks)}"
                    if rng.random() < 0.5
                    else f"{rng.choice(asks)}\n\n{q}"
                )
                self.emit(
                    account_id,
                    t,
                    [Message(role="user", content=prompt)],
                    rng.randint(900, 3000),
                    ip,
                    ua,
                )

    def judge_harvest(self, week: int) -> None:
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        campaign = self.campaign("judge_harvest", week, start)
        pool = self.corpus.attacker
        for _ in range(4):
            account_id = self.account(
                "judge_harvest",
                attack=True,
                created=start - rng.uniform(2, 40) * DAY,
                channel="self_serve",
                payment=f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            ip, ua = _random_ip(rng), rng.choice(SDK_UAS)
            frames = rng.sample(content.JUDGE_FRAMES, 2)
            for t in self.arrivals(
                start, w1, rng.uniform(150, 350) * self.config.scale, regularity=1.5
            ):
                conv, other = rng.choice(pool), rng.choice(pool)
                prompt = rng.choice(frames).format(
                    q=conv.first_prompt[:500],
                    a=conv.turns[0].answer_head,
                    b=other.turns[0].answer_head,
                )
                self.emit(
                    account_id,
                    t,
                    [Message(role="user", content=prompt)],
                    rng.randint(80, 400),
                    ip,
                    ua,
                )

    def multilingual_sweep(self, week: int) -> None:
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        campaign = self.campaign("multilingual_sweep", week, start)
        for _ in range(8):
            account_id = self.account(
                "multilingual_sweep",
                attack=True,
                created=start - rng.uniform(1, 30) * DAY,
                channel="self_serve",
                payment=f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            ip, ua = _random_ip(rng), rng.choice(SDK_UAS + BROWSER_UAS)
            langs = rng.sample(tuple(content.LANGUAGE_WRAPPERS), rng.randint(6, 12))
            for t in self.arrivals(
                start, w1, rng.uniform(80, 250) * self.config.scale, regularity=1.2
            ):
                lang = rng.choice(langs)
                prompt = rng.choice(content.LANGUAGE_WRAPPERS[lang]).format(c=content.concept(rng))
                self.emit(
                    account_id,
                    t,
                    [Message(role="user", content=prompt)],
                    rng.randint(500, 1500),
                    ip,
                    ua,
                )

    def slow_low(self, week: int) -> None:
        """Accounts that each look like a light user: a couple dozen requests a day, human hours."""
        rng = self.rng
        w0, w1 = self.week_window(week)
        campaign = self.campaign("slow_low", week, w0)
        wrappers = rng.sample(content.PLAIN_WRAPPERS, 4)
        for _ in range(int(25 * self.config.scale)):
            account_id = self.account(
                "slow_low",
                attack=True,
                created=w0 - rng.uniform(5, 90) * DAY,
                channel=rng.choice(("self_serve", "education", "startup")),
                payment=f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            hours = human_hours(rng.choice(TIMEZONES), rng)
            ip, ua = _random_ip(rng), rng.choice(SDK_UAS + BROWSER_UAS)
            for t in self.arrivals(w0, w1, rng.uniform(10, 26), hours, regularity=1.0):
                question = content.harvest_question(rng, self.natural)
                if rng.random() < 0.4:
                    question += " " + rng.choice(content.REASONING_ASKS)
                self.emit(
                    account_id,
                    t,
                    [Message(role="user", content=rng.choice(wrappers).format(q=question))],
                    rng.randint(400, 1400),
                    ip,
                    ua,
                )

    def mixed_use(self, week: int) -> None:
        """Harvesting hidden among genuine-looking conversations on the same accounts."""
        rng = self.rng
        w0, w1 = self.week_window(week)
        start = w0 + rng.uniform(0, 2.5) * DAY
        campaign = self.campaign("mixed_use", week, start)
        pool = self.corpus.attacker
        for _ in range(12):
            account_id = self.account(
                "mixed_use",
                attack=True,
                created=start - rng.uniform(5, 120) * DAY,
                channel="self_serve",
                payment=f"pf-{rng.getrandbits(40):010x}",
                campaign=campaign,
            )
            hours = human_hours(rng.choice(TIMEZONES), rng)
            ip, ua = _random_ip(rng), rng.choice(SDK_UAS + BROWSER_UAS)
            wrapper = rng.choice(content.PLAIN_WRAPPERS)
            filler = rng.uniform(0.3, 0.6)
            for t in self.arrivals(start, w1, rng.uniform(50, 140) * self.config.scale, hours):
                if rng.random() < filler:
                    self.conversation_session(account_id, t, rng.choice(pool), ip, ua, max_turns=2)
                    continue
                question = content.harvest_question(rng, self.natural)
                if rng.random() < 0.5:
                    question += " " + rng.choice(content.REASONING_ASKS)
                self.emit(
                    account_id,
                    t,
                    [Message(role="user", content=wrapper.format(q=question))],
                    rng.randint(400, 1400),
                    ip,
                    ua,
                )


class AdaptiveAttacker:
    """Rotates to fresh accounts after bans and re-tunes its traffic each time it loses accounts.

    Level 0: shared user agent and payment, templated reasoning prompts, flat timing.
    Level 1: per-account user agents and payment, paraphrased prompts, human hours, lower rate.
    Level 2: no templates, fake conversation history, benign filler, aged accounts, sticky IPs.
    """

    def __init__(self, builder: _Builder, week: int, daily_volume: float = 3000.0) -> None:
        self.b = builder
        self.rng = random.Random(builder.rng.getrandbits(32))
        w0, self.w1 = builder.week_window(week)
        self.start = w0 + self.rng.uniform(0, 1.5) * DAY
        self.campaign = builder.campaign("adaptive", week, self.start)
        self.level = 0
        self.daily_volume = daily_volume * builder.config.scale
        self.active: dict[str, tuple[str, str, list[float]]] = {}
        self.banned: set[str] = set()
        self.accounts_used = 0
        self.bans_seen_by_level: dict[int, int] = {}
        self.level_start: dict[int, float] = {0: self.start}
        self.payments = [f"pf-{self.rng.getrandbits(40):010x}" for _ in range(2)]
        self.ua = self.rng.choice(SDK_UAS)
        self.subnets = [_random_ip(self.rng).rsplit(".", 1)[0] for _ in range(40)]

    def per_account_rate(self) -> float:
        return (60.0, 30.0, 15.0)[self.level]

    def _new_account(self, now: float) -> None:
        rng = self.rng
        level = self.level
        created = now - (rng.uniform(0.1, 2) * HOUR if level < 2 else rng.uniform(20, 200) * DAY)
        payment = rng.choice(self.payments) if level == 0 else f"pf-{rng.getrandbits(40):010x}"
        account_id = self.b.account(
            "adaptive",
            attack=True,
            created=created,
            channel="startup" if level == 0 else rng.choice(("self_serve", "education")),
            payment=payment,
            campaign=self.campaign,
        )
        ua = self.ua if level == 0 else rng.choice(SDK_UAS + BROWSER_UAS)
        ip = _random_ip(rng) if level == 2 else ""
        hours = [1.0] * 24 if level == 0 else human_hours(rng.choice(TIMEZONES), rng)
        self.active[account_id] = (ua, ip, hours)
        self.accounts_used += 1

    def observe_bans(self, banned: set[str], now: float) -> None:
        lost = {a for a in banned if a in self.active}
        if not lost:
            return
        self.bans_seen_by_level[self.level] = self.bans_seen_by_level.get(self.level, 0) + len(lost)
        for account_id in lost:
            self.active.pop(account_id)
            self.banned.add(account_id)
        if self.level < 2:
            self.level += 1
            self.level_start[self.level] = now
            self.active.clear()

    def day(self, day_start: float) -> list[UsageRecord]:
        """Traffic for one simulated day (only from the campaign start on)."""
        rng = self.rng
        t_start = max(day_start, self.start)
        t_end = min(day_start + DAY, self.w1)
        if t_end <= t_start:
            return []
        needed = max(1, round(self.daily_volume / self.per_account_rate()))
        while len(self.active) < needed:
            self._new_account(t_start)
        sink: list[UsageRecord] = []
        wrappers = rng.sample(content.PLAIN_WRAPPERS, 2)
        for account_id, (ua, sticky_ip, hours) in list(self.active.items()):
            for t in self.b.arrivals(t_start, t_end, self.per_account_rate(), hours):
                ip = sticky_ip or f"{rng.choice(self.subnets)}.{rng.randint(1, 254)}"
                if self.level == 2 and rng.random() < 0.3:
                    self.b.conversation_session(
                        account_id,
                        t,
                        rng.choice(self.b.corpus.attacker),
                        ip,
                        ua,
                        max_turns=2,
                        sink=sink,
                    )
                    continue
                question = content.harvest_question(rng, self.b.natural)
                if self.level == 0:
                    prompt = rng.choice(wrappers).format(
                        q=f"{question} {rng.choice(content.REASONING_ASKS)}"
                    )
                    messages = [Message(role="user", content=prompt)]
                else:
                    prompt = content.paraphrase(rng, question)
                    if rng.random() < 0.5:
                        prompt += " " + rng.choice(content.REASONING_ASKS)
                    messages = [Message(role="user", content=prompt)]
                    if self.level == 2 and rng.random() < 0.5:
                        warmup = rng.choice(self.b.corpus.attacker).turns[0]
                        messages = [
                            Message(role="user", content=warmup.prompt),
                            Message(role="assistant", content=warmup.answer_head),
                            *messages,
                        ]
                self.b.emit(account_id, t, messages, rng.randint(400, 1400), ip, ua, sink)
        sink.sort(key=lambda r: r.ts)
        return sink


@dataclass(slots=True)
class Simulation:
    """A world without its adaptive attackers plus the attackers, which are run day by day."""

    world: SimWorld
    adaptive: list[AdaptiveAttacker]

    def run_adaptive(self, ban_oracle: BanOracle | None = None) -> None:
        """Generate the adaptive campaigns day by day; ``ban_oracle(day_end, records, accounts)``
        sees each day's adaptive traffic and returns the account ids the defender has banned."""
        world = self.world
        t0 = world.start.timestamp()
        for day in range(world.days):
            day_start = t0 + day * DAY
            accounts_before = len(self.adaptive[0].b.accounts) if self.adaptive else 0
            day_records: list[UsageRecord] = []
            for attacker in self.adaptive:
                day_records.extend(attacker.day(day_start))
            day_records.sort(key=lambda r: r.ts)
            builder = self.adaptive[0].b if self.adaptive else None
            new_accounts = builder.accounts[accounts_before:] if builder else []
            world.records.extend(day_records)
            banned = ban_oracle(day_start + DAY, day_records, new_accounts) if ban_oracle else set()
            for attacker in self.adaptive:
                attacker.observe_bans(banned, day_start + DAY)
        world.records.sort(key=lambda r: r.ts)


def build(config: SimConfig | None = None) -> Simulation:
    """Generate every population except the adaptive attackers' traffic (see ``run_adaptive``)."""
    config = config or SimConfig()
    b = _Builder(config)
    b.benign_users()
    b.power_users()
    b.eval_harnesses()
    b.enterprise_batch()
    b.university()
    b.resellers()
    for week in (1, 2):
        b.heavy_single(week)
        b.hydra(week, shared_payment=True, size=100)
        b.hydra(week, shared_payment=False, size=60)
        b.cot_harvest(week)
        b.judge_harvest(week)
        b.multilingual_sweep(week)
        b.slow_low(week)
        b.mixed_use(week)
    if config.more_hard_negatives:
        hard_negatives.add_all(b)
    if config.slow_spread:
        slow_campaigns.add_all(b, BROWSER_UAS + BROWSER_UAS + SDK_UAS)
    end = b.t0 + config.days * DAY
    b.records = [r for r in b.records if r.ts.timestamp() < end]
    b.records.sort(key=lambda r: r.ts)
    world = SimWorld(START, config.days, b.accounts, b.records, b.labels, b.campaigns)
    return Simulation(world, [AdaptiveAttacker(b, week) for week in (1, 2)])


def simulate(config: SimConfig | None = None, ban_oracle: BanOracle | None = None) -> SimWorld:
    """The whole fortnight; without an oracle the adaptive attacker is never banned."""
    simulation = build(config)
    simulation.run_adaptive(ban_oracle)
    return simulation.world
