"""Per-account sketches: bounded, incrementally updated summaries of an account's traffic.

One :class:`AccountSketch` per account is updated once per request (the online detector and the
batch scan share this code). Every collection in it is capped, so memory per account is bounded
however long the account lives. Sketches merge, which is how a cluster of accounts is scored as
one virtual account.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Iterable
from typing import Any

from exportgate.distill.served import GRACE_S as SERVED_GRACE_S
from exportgate.distill.served import ServedPrompts, account_key, served_check
from exportgate.distill.text import PromptView, view
from exportgate.records import Account, RequestSample, UsageRecord

MAX_FRAMES = 512
MAX_SET = 256
MAX_SMALL = 16
MAX_SAMPLES = 5
EXCERPT_CHARS = 200
CONTENT_SAMPLE_CAP = 512
MIN_GAP_S = 0.05
LOG_MIN_GAP = math.log(MIN_GAP_S)
FULL_CONTENT = 64
LONG_OUTPUT_TOKENS = 500


def subnet_of(ip: str | None) -> str | None:
    """The /24 (IPv4) or /64 (IPv6) network of an address, as a string key."""
    if not ip:
        return None
    if ":" in ip:
        return ":".join(ip.split(":")[:4]) + "::/64"
    head, _, _ = ip.rpartition(".")
    return head + ".0/24" if head else None


def excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def summary(record: UsageRecord, text: str) -> RequestSample:
    return RequestSample(
        request_id=record.request_id,
        ts=record.ts.isoformat(),
        ip=record.ip,
        user_agent=record.user_agent,
        prompt=excerpt(text),
        completion_tokens=record.completion_tokens,
    )


class HashSample:
    """Adaptive hash sample of content signatures: estimates duplicate share and distinct count.

    A signature is kept only when its low ``level`` bits are zero; when the set fills, the level
    rises and half the sample is dropped. Duplicate checks use only kept signatures, which keeps
    the duplicate-share estimate unbiased.
    """

    __slots__ = ("level", "mask", "kept", "checked", "duplicates")

    def __init__(self) -> None:
        self.level = 0
        self.mask = 0
        self.kept: dict[int, int] = {}
        self.checked = 0.0
        self.duplicates = 0.0

    def add(self, signature: int) -> bool | None:
        """Record one signature; True if seen before, None when outside the sample."""
        if signature & self.mask:
            return None
        self.checked += 1
        kept = self.kept
        if signature in kept:
            kept[signature] += 1
            self.duplicates += 1
            return True
        kept[signature] = 1
        if len(kept) > CONTENT_SAMPLE_CAP:
            # Halve the sample; the past checks are halved too, as if made at the new level.
            self.level += 1
            self.mask = (1 << self.level) - 1
            self.kept = {s: c for s, c in kept.items() if not s & self.mask}
            self.checked /= 2
            self.duplicates /= 2
        return False

    def merge(self, other: HashSample) -> None:
        level = max(self.level, other.level)
        mask = (1 << level) - 1
        mine = 0.5 ** (level - self.level)
        theirs = 0.5 ** (level - other.level)
        self.checked = self.checked * mine + other.checked * theirs
        self.duplicates = self.duplicates * mine + other.duplicates * theirs
        merged: dict[int, int] = {}
        for source in (self.kept, other.kept):
            for signature, count in source.items():
                if not signature & mask:
                    if signature in merged:
                        self.duplicates += 1
                    merged[signature] = merged.get(signature, 0) + count
        self.level, self.mask, self.kept = level, mask, merged

    @property
    def duplicate_share(self) -> float:
        return self.duplicates / self.checked if self.checked else 0.0


def _bump(counter: dict[Any, int], key: Any, cap: int) -> int:
    """Increment ``counter[key]`` unless the counter is full of other keys; return the new count."""
    count = counter.get(key)
    if count is None:
        if len(counter) >= cap:
            return 0
        counter[key] = 1
        return 1
    counter[key] = count + 1
    return count + 1


class AccountSketch:
    """Bounded running summary of one account's (or one cluster's) traffic."""

    __slots__ = (
        "account_id",
        "n",
        "first_ts",
        "last_ts",
        "prompt_tokens",
        "completion_tokens",
        "days",
        "hours",
        "slots",
        "gap_n",
        "gap_mean",
        "gap_m2",
        "single_turn",
        "cot",
        "judge",
        "cot_tokens",
        "long_outputs",
        "errors",
        "viewed",
        "prefixes",
        "suffixes",
        "frame_repeats",
        "contents",
        "langs",
        "topics",
        "topical",
        "subnets",
        "uas",
        "systems",
        "samples",
        "examples",
        "created_at",
        "signup_channel",
        "payment_fingerprint",
        "kyc_verified",
        "members",
        "_rng",
        "_last_ip",
        "_last_subnet",
        "history_claims",
        "unserved_history",
        "_owner",
    )

    def __init__(self, account_id: str) -> None:
        self.account_id = account_id
        self.n = 0
        self.first_ts = math.inf
        self.last_ts = -math.inf
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.days: set[int] = set()
        self.hours = [0] * 24
        self.slots: set[int] = set()
        self.gap_n = 0
        self.gap_mean = 0.0
        self.gap_m2 = 0.0
        self.single_turn = 0
        self.cot = 0
        self.judge = 0
        self.cot_tokens = 0
        self.long_outputs = 0
        self.errors = 0
        self.viewed = 0
        self.prefixes: dict[int, int] = {}
        self.suffixes: dict[int, int] = {}
        self.frame_repeats = 0
        self.contents = HashSample()
        self.langs: dict[str, int] = {}
        self.topics: dict[str, int] = {}
        self.topical = 0
        self.subnets: dict[str, int] = {}
        self.uas: dict[str, int] = {}
        self.systems: dict[int, int] = {}
        self.samples: list[tuple[UsageRecord, str]] = []
        self.examples: dict[str, tuple[UsageRecord, str]] = {}
        self.created_at: float | None = None
        self.signup_channel: str | None = None
        self.payment_fingerprint: str | None = None
        self.kyc_verified = False
        self.members = 1
        self._rng = random.Random(account_id)
        self._last_ip: str | None = None
        self._last_subnet: str | None = None
        self.history_claims = 0
        self.unserved_history = 0
        self._owner = account_key(account_id)

    def attach(self, account: Account) -> None:
        """Copy the account metadata the cross-account signals use."""
        if account.created_at is not None:
            self.created_at = account.created_at.timestamp()
        self.signup_channel = account.signup_channel
        self.payment_fingerprint = account.payment_fingerprint
        self.kyc_verified = account.kyc_verified

    def update(
        self,
        record: UsageRecord,
        prompt: PromptView | None = None,
        served: ServedPrompts | None = None,
    ) -> PromptView | None:
        """Fold one request into the sketch; returns its prompt view if its content was read.

        Counts, timing, networks and tokens take every request. The prompt content is read for
        every request of an account's first ``FULL_CONTENT`` requests and then for a pseudo-random
        sample (by request-id hash, so a client cannot steer which requests are read) that thins
        out as the account grows; content shares are taken over the requests read. With
        ``served`` every request's prompt is registered as served and claimed history is checked
        against it (see :mod:`exportgate.distill.served`).
        """
        n = self.n = self.n + 1
        ts = record.ts.timestamp()
        last = self.last_ts
        if n > 1:
            gap = ts - last
            log_gap = math.log(gap) if gap > MIN_GAP_S else LOG_MIN_GAP
            self.gap_n += 1
            delta = log_gap - self.gap_mean
            self.gap_mean += delta / self.gap_n
            self.gap_m2 += delta * (log_gap - self.gap_mean)
        if ts < self.first_ts:
            self.first_ts = ts
        if ts > last:
            self.last_ts = ts
        completion = record.completion_tokens
        self.prompt_tokens += record.prompt_tokens
        self.completion_tokens += completion
        if completion >= LONG_OUTPUT_TOKENS:
            self.long_outputs += 1
        hour_slot = int(ts // 3600)
        self.days.add(hour_slot // 24)
        self.hours[hour_slot % 24] += 1
        slots = self.slots
        if len(slots) < 4 * MAX_SET:
            slots.add(hour_slot)
        if record.status >= 400:
            self.errors += 1
        ip = record.ip
        if ip:
            if ip == self._last_ip:
                subnet = self._last_subnet
            else:
                subnet = self._last_subnet = subnet_of(ip)
                self._last_ip = ip
            subnets = self.subnets
            if subnet in subnets:
                subnets[subnet] += 1
            elif subnet is not None and len(subnets) < MAX_SET:
                subnets[subnet] = 1
        ua = record.user_agent
        if ua:
            uas = self.uas
            if ua in uas:
                uas[ua] += 1
            elif len(uas) < MAX_SMALL:
                uas[ua] = 1
        if served is not None and record.messages:
            claims, unserved = served_check(record.messages, self._owner, served)
            if served.started is None:
                served.started = ts
            if claims:
                self.history_claims += 1
                if unserved and ts - served.started >= SERVED_GRACE_S:
                    self.unserved_history += 1
                    if "unserved_history" not in self.examples:
                        self._example("unserved_history", record, prompt or view(record.messages))
        if prompt is None:
            if n > FULL_CONTENT and zlib.crc32(record.request_id.encode()) % (
                1 + n // FULL_CONTENT
            ):
                return None
            prompt = view(record.messages)
        self._update_content(record, prompt)
        return prompt

    def _update_content(self, record: UsageRecord, prompt: PromptView) -> None:
        self.viewed += 1
        if prompt.turns == 0:
            self.single_turn += 1
        prefixes, suffixes = self.prefixes, self.suffixes
        count = prefixes.get(prompt.prefix, 0)
        repeated = count > 0
        if repeated or len(prefixes) < MAX_FRAMES:
            prefixes[prompt.prefix] = count + 1
        count = suffixes.get(prompt.suffix, 0)
        repeated = repeated or count > 0
        if count or len(suffixes) < MAX_FRAMES:
            suffixes[prompt.suffix] = count + 1
        if repeated:
            self.frame_repeats += 1
            if "template" not in self.examples:
                self._example("template", record, prompt)
        self.contents.add(prompt.content)
        lang = prompt.lang
        self.langs[lang] = self.langs.get(lang, 0) + 1
        if prompt.topics:
            self.topical += 1
            topics = self.topics
            for topic in prompt.topics:
                topics[topic] = topics.get(topic, 0) + 1
        if prompt.cot:
            self.cot += 1
            self.cot_tokens += record.completion_tokens
            self._example("chain_of_thought", record, prompt)
        if prompt.judge:
            self.judge += 1
            self._example("judge", record, prompt)
        if lang != "en":
            self._example(f"language:{lang}", record, prompt)
        if prompt.system:
            _bump(self.systems, prompt.system, MAX_SMALL)
        self._sample(record, prompt)

    def _example(self, kind: str, record: UsageRecord, prompt: PromptView) -> None:
        if kind not in self.examples and len(self.examples) < MAX_SMALL:
            self.examples[kind] = (record, prompt.text)

    def _sample(self, record: UsageRecord, prompt: PromptView) -> None:
        """Reservoir sample of requests, kept as evidence (summarised only when explained)."""
        if len(self.samples) < MAX_SAMPLES:
            self.samples.append((record, prompt.text))
            return
        slot = int(self._rng.random() * self.n)
        if slot < MAX_SAMPLES:
            self.samples[slot] = (record, prompt.text)

    def sample_requests(self) -> list[RequestSample]:
        """The reservoir sample, oldest first, as evidence rows."""
        return [summary(r, t) for r, t in sorted(self.samples, key=lambda item: item[0].ts)]

    def example_requests(self) -> dict[str, RequestSample]:
        """One example request per notable pattern (first seen), as evidence rows."""
        return {kind: summary(r, t) for kind, (r, t) in self.examples.items()}

    @property
    def gap_log_std(self) -> float:
        return math.sqrt(self.gap_m2 / (self.gap_n - 1)) if self.gap_n > 1 else 0.0

    def merge(self, other: AccountSketch) -> None:
        """Fold another sketch in (used to score a cluster as one virtual account)."""
        self.members += other.members
        self.n += other.n
        self.first_ts = min(self.first_ts, other.first_ts)
        self.last_ts = max(self.last_ts, other.last_ts)
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.days |= other.days
        self.hours = [a + b for a, b in zip(self.hours, other.hours, strict=True)]
        self.slots |= other.slots
        if other.gap_n:
            total = self.gap_n + other.gap_n
            delta = other.gap_mean - self.gap_mean
            self.gap_m2 += other.gap_m2 + delta * delta * self.gap_n * other.gap_n / total
            self.gap_mean += delta * other.gap_n / total
            self.gap_n = total
        for name in (
            "single_turn",
            "cot",
            "judge",
            "cot_tokens",
            "long_outputs",
            "errors",
            "viewed",
            "frame_repeats",
            "topical",
            "history_claims",
            "unserved_history",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.frame_repeats = min(
            self.viewed,
            self.frame_repeats
            + _cross_repeats(self.prefixes, other.prefixes)
            + _cross_repeats(self.suffixes, other.suffixes),
        )
        _merge_counts(self.prefixes, other.prefixes, 8 * MAX_FRAMES)
        _merge_counts(self.suffixes, other.suffixes, 8 * MAX_FRAMES)
        self.contents.merge(other.contents)
        _merge_counts(self.langs, other.langs, 64)
        _merge_counts(self.topics, other.topics, 64)
        _merge_counts(self.subnets, other.subnets, 8 * MAX_SET)
        _merge_counts(self.uas, other.uas, 8 * MAX_SMALL)
        _merge_counts(self.systems, other.systems, 8 * MAX_SMALL)
        for kind, example in other.examples.items():
            self.examples.setdefault(kind, example)


def _cross_repeats(mine: dict[int, int], theirs: dict[int, int]) -> int:
    """Frames both sides used: the other side's first use becomes a repeat once merged."""
    return sum(1 for frame in theirs if frame in mine)


def _merge_counts(into: dict[Any, int], source: dict[Any, int], cap: int) -> None:
    for key, count in source.items():
        if key in into:
            into[key] += count
        elif len(into) < cap:
            into[key] = count


def merged(sketches: Iterable[AccountSketch], cluster_id: str) -> AccountSketch:
    """A new sketch that is the sum of ``sketches``."""
    total = AccountSketch(cluster_id)
    total.members = 0
    for sketch in sketches:
        total.merge(sketch)
    return total
