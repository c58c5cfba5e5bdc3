"""Per-account detection: what an account has been doing, not one message at a time.

Signals (probing signatures from the attack literature, safeguard-bypass notes §3): flagged
requests; a refusal followed by a near-duplicate rephrasing (past-tense reformulation uses ~20,
best-of-N thousands); a switch of attack family or language right after a refusal; automated
bursts of requests. The same :class:`AccountState` serves the batch scan (``exportgate bypass
scan``) and the gateway's online detector.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import msgspec

from exportgate.records import BYPASS_HOLD_CODE, DetectorEvidence

if TYPE_CHECKING:
    from exportgate.bypass.detector import Verdict


_SHINGLE = re.compile(r"[^\W_]+")


def shingles(text: str) -> frozenset[int]:
    """Hashed word pairs of the text's opening (at most 48; small enough to keep per account)."""
    words = _SHINGLE.findall(text.lower()[:1200])
    if len(words) < 3:
        return frozenset(hash(w) & 0xFFFFFFF for w in words)
    return frozenset(
        hash((words[i], words[i + 1])) & 0xFFFFFFF for i in range(min(48, len(words) - 1))
    )


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True, slots=True)
class AccountConfig:
    threshold: float = 0.6
    request_weight: float = 0.45  # per flagged request
    rephrase_weight: float = 0.3  # per near-duplicate rephrasing after a refusal
    switch_weight: float = 0.2  # per family/language switch after a refusal
    burst_weight: float = 0.3  # automated burst that also carries flagged requests
    rephrase_similarity: float = 0.35
    rephrase_window_s: float = 1800.0
    burst_requests: int = 20
    burst_window_s: float = 60.0
    # an account with many requests counts its flagged ones in proportion: below this share of
    # flagged requests (from 10 requests on) the flags weigh less, so that a novelist or a
    # security team whose occasional dark or technical prompt is flagged is not held for it
    rate_floor: float = 0.15
    confident: float = 0.9  # flags at or above this score count in full whatever the share


class AccountReport(msgspec.Struct, kw_only=True):
    """One line of ``exportgate bypass scan`` output."""

    account_id: str
    score: float
    flagged: bool
    attempts: int
    families: list[str]
    reasons: list[str]
    requests: int = 0
    refusals: int = 0
    bands: dict[str, int] = {}

    def evidence(self) -> DetectorEvidence:
        """The evidence a hold's alert carries (summarised by :meth:`DetectorEvidence.describe`,
        like the distillation detectors')."""
        return DetectorEvidence(
            account_id=self.account_id,
            code=BYPASS_HOLD_CODE,
            score=self.score,
            reasons=self.reasons,
            families=self.families,
            report=f"exportgate report bypass {self.account_id} --out DIR",
        )


@dataclass(slots=True)
class _Last:
    ts: float
    words: tuple[int, ...]
    refused: bool
    flagged: bool
    families: frozenset[str]
    language: str
    score: float


@dataclass(slots=True)
class AccountState:
    """Running evidence for one account (bounded memory: counters, the latest refused or flagged
    request, and the timestamps of the last minute)."""

    account_id: str
    config: AccountConfig = field(default_factory=AccountConfig)
    requests: int = 0
    refusals: int = 0
    attempts: int = 0
    weighted: float = 0.0
    weighted_confident: float = 0.0
    rephrases: int = 0
    switches: int = 0
    bursts: int = 0
    families: dict[str, int] = field(default_factory=dict)
    bands: dict[str, int] = field(default_factory=dict)
    alarm: _Last | None = None  # the latest refused or flagged request
    times: deque[float] = field(default_factory=deque)

    def observe(self, ts: dt.datetime, text: str, verdict: Verdict, refused: bool) -> None:
        """Add one request (its first-stage verdict and whether the upstream refused it)."""
        cfg = self.config
        self.requests += 1
        self.refusals += int(refused)
        words = frozenset(sorted(shingles(text))[:32])
        fams = frozenset(f for f in verdict.families if not f.startswith("intent:"))
        suspicious = verdict.flagged or verdict.score >= 0.3 or verdict.band != "benign"
        if verdict.flagged:
            self.attempts += 1
            self.weighted += verdict.score
            if verdict.score >= cfg.confident:
                self.weighted_confident += verdict.score
            for family in verdict.families:
                self.families[family] = self.families.get(family, 0) + 1
        if verdict.band != "benign":
            self.bands[verdict.band] = self.bands.get(verdict.band, 0) + 1
        stamp = ts.timestamp()
        prior = self.alarm
        if prior is not None and suspicious and stamp - prior.ts <= cfg.rephrase_window_s:
            if similarity(
                words, frozenset(prior.words)
            ) >= cfg.rephrase_similarity and words != frozenset(prior.words):
                self.rephrases += 1
            elif (fams and fams != prior.families) or verdict.language != prior.language:
                self.switches += 1
        times = self.times
        times.append(stamp)
        while times and stamp - times[0] > cfg.burst_window_s:
            times.popleft()
        if len(times) >= cfg.burst_requests:
            self.bursts += 1
            times.clear()
        if refused or verdict.flagged:
            kept = tuple(words)
            self.alarm = _Last(
                stamp, kept, refused, verdict.flagged, fams, verdict.language, verdict.score
            )

    def score(self) -> float:
        cfg = self.config
        share = 1.0
        if self.requests >= 10 and cfg.rate_floor > 0:
            share = min(1.0, self.attempts / self.requests / cfg.rate_floor)
        evidence = (
            cfg.request_weight
            * (self.weighted_confident + share * (self.weighted - self.weighted_confident))
            / 0.8
            + cfg.rephrase_weight * self.rephrases
            + cfg.switch_weight * self.switches
            + (cfg.burst_weight if self.bursts and self.attempts else 0.0)
        )
        return 1.0 - math.exp(-evidence)

    def reasons(self) -> list[str]:
        out = []
        if self.attempts:
            out.append(f"{self.attempts} of {self.requests} requests flagged as bypass attempts")
        if self.rephrases:
            out.append(f"{self.rephrases} near-duplicate rephrasings right after a refusal or flag")
        if self.switches:
            out.append(
                f"{self.switches} switches of attack family or language after a refusal or flag"
            )
        if self.bursts and self.attempts:
            out.append(
                f"automated bursts ({self.config.burst_requests} requests within "
                f"{self.config.burst_window_s:.0f} s)"
            )
        if self.refusals:
            out.append(f"{self.refusals} upstream refusals")
        return out

    def report(self) -> AccountReport:
        score = self.score()
        return AccountReport(
            account_id=self.account_id,
            score=round(score, 4),
            flagged=score >= self.config.threshold,
            attempts=self.attempts,
            families=sorted(self.families, key=lambda k: -self.families[k]),
            reasons=self.reasons(),
            requests=self.requests,
            refusals=self.refusals,
            bands=dict(self.bands),
        )
