"""Per-account detection: what an account has been doing, not one message at a time.

The account's evidence is a list of named parts (like ``distill/scoring.py``), each a small pure
function of the account's running counters that returns a strength and its reason in words an
analyst would sign. The parts come from the probing signatures of the attack literature
(safeguard-bypass notes §3):

* ``confirmed_attempts``: requests the first stage scored as clear bypass attempts and the
  upstream refused (two independent judges agree);
* ``unconfirmed_attempts``: clear attempts the upstream answered (the first stage's confident
  mistakes on security work land here); capped so that they never hold an account alone
  (``repeated_clear_attempts`` reads the answered harmful ones spread over sessions);
* ``borderline_requests``: flagged requests below that, counted in proportion to how much of the
  account's traffic they are (a novelist's or a security team's occasional dark or technical
  prompt); capped so that borderline requests never hold an account on their own;
* ``refused_suspicious``: single requests the upstream refused that the first stage also found
  suspicious (below a clear attempt); capped so that over-refusals never hold an account alone;
* ``escalation_arcs``: conversations that open harmlessly and turn harmful over several turns
  (read from the client-supplied history that each turn carries), most of all when the upstream
  refused the harmful turn; one arc alone does not hold an account, a second one does;
* ``pushes_after_refusal``: after a refusal, the same ask again: further turns in the refused
  conversation, near-duplicate rephrasings, or the same request in another wrapper, family or
  language; the first re-ask is free (people re-ask after an over-refusal);
* ``bursts``: automated bursts of requests that carry flagged ones (templated variants);
* ``persistence``: attempts spread over several days (slow burners);
* ``repeated_clear_attempts`` (round 8): *different* asks for something prohibited or
  high-risk, scored as clear attempts, in sessions at least 12 h apart, answered or not: a slow
  burner's few attempts among weeks of ordinary traffic. An answered harmful attempt is worse
  than a refused one (the bypass may have worked), so this part sits outside the answered cap;
  the same ask again (word pairs overlapping by half) and clear attempts flagged only for their
  wrapping (band benign: instructions inside an agent's data) do not count. Round 6's version
  (calendar days, any clear attempt) is ``repeat_sessions`` off.

* ``answered_harmful_asks`` (round 10): *different* requests the first stage is very sure are
  bypass attempts (score >= 0.95) and reads as asking for something prohibited or high-risk in
  a named harm area (not only a conversation's drift), answered by the upstream: confirmed by
  what they ask, as a refused one is by the upstream, so each counts as much as a refused clear
  attempt (and not under the answered cap): one never holds an account, with any further
  evidence it does (a slow burner's one or two attempts in weeks of ordinary traffic), once the
  account's flags span two sessions (one afternoon's work never holds on answered evidence).
  The same ask again counts once and is no corroboration.

Round 12 (set I's slow burners): one request still never holds an account, but one clear ask
for something prohibited or high-risk, or one clear attempt the upstream refused, puts the
account up for a compliance review (``AccountReport.review``; the gateway's
``BYPASS_ACCOUNT_REVIEW`` item, no hold). A hold needs a second signal; three more count: a
flagged harmful ask the upstream refused is a confirmed attempt from 0.85
(``refused_harm_score``), an answered clear harmful ask opens ``persistence`` (flags on other
days; ``days_harmful``), and flagged requests the upstream refused count into
``repeated_clear_attempts``' sessions. Answered clear attempts read as asking for nothing
harmful count at most 0.6 (``unconfirmed_cap``; corpus T9's benign users), and clear attempts
in a jailbreak wrapper are no second signal (``repeat_framing_share`` 0).

Round 7 (set G's benign batch users): the same request sent again (same conversation, turn,
words and score) is one request's evidence, however often a script resends it; and what the
upstream *answered* (unconfirmed attempts, borderline flags, conversations that turned suspicious)
together stays under ``answered_cap``, below the hold threshold: something refused, pushed or
escalated must join it; and an escalation is followed request by request from its opening
(``arc_opening_seen``): a conversation whose opening request the gateway never saw (a long
history sent once, a batch job resending a later turn) is judged one request at a time.

Round 8: automation is no evidence by itself (a resend counts in a burst window as a request,
never as a flagged one: a pipeline resending a flagged prompt is no fuzzer), and every verdict
names the requests it rests on (:class:`Exhibit`: when, which request, score, band, families,
answered or refused; the last ``exhibits_kept`` per account).

The score is ``1 - exp(-sum of strengths)``. The same :class:`AccountState` serves the batch scan
(``exportgate bypass scan``) and the gateway's online detector; its memory is bounded (counters,
the latest alarm, the timestamps of the last burst window and the last few conversations) and each
request costs one hash of its opening words.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import msgspec

from exportgate.records import BYPASS_HOLD_CODE, BYPASS_REFUSED_CODE, DetectorEvidence, UsageRecord

if TYPE_CHECKING:
    from exportgate.bypass.detector import Verdict


_SHINGLE = re.compile(r"[^\W_]+")


def _stable_hash(text: str) -> int:
    """A hash that is the same in every process (``hash`` of a string is salted per process,
    and replicas compare each other's hashes)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) & 0xFFFFFFF


def shingles(text: str) -> frozenset[int]:
    """Hashed word pairs of the text's opening (at most 48; small enough to keep per account)."""
    words = _SHINGLE.findall(text.lower()[:1200])
    if len(words) < 3:
        return frozenset(_stable_hash(w) for w in words)
    return frozenset(
        _stable_hash(words[i] + " " + words[i + 1]) for i in range(min(48, len(words) - 1))
    )


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def conversation_key(opening: str) -> int:
    """The conversation a request belongs to: its first user turn (clients resend the history)."""
    return _stable_hash(" ".join(opening.lower().split())[:400])


def split_turns(pairs: Sequence[tuple[str, str]]) -> tuple[str, tuple[str, ...]]:
    """The last user turn of a conversation and the user turns before it (client history)."""
    users = [text for role, text in pairs if role == "user"]
    if not users:
        return "", ()
    return users[-1], tuple(users[:-1])


class Observation(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """One request as the account detector reads it, without its text: the hashed word pairs
    of its last user turn, its conversation (key and number of user turns), the first stage's
    verdict and what the caller was answered. Gateway replicas share these (issue 19), so that
    an account spreading its attempts over several replicas is judged on all of them."""

    account_id: str
    ts: float  # seconds since the epoch
    words: tuple[int, ...] = ()
    conversation: int = 0
    turns: int = 1
    score: float = 0.0
    flagged: bool = False
    families: tuple[str, ...] = ()
    band: str = "benign"
    language: str = ""
    refused: bool = False  # the upstream refused it
    blocked: bool = False  # the gateway refused it (the upstream never saw it)
    origin: str = ""  # the replica that served it
    request_id: str = ""
    model: str = ""
    # not a request: compliance cleared the account's hold, its evidence starts afresh here
    # (replicas replaying the stream after a restart must not count what came before)
    reset: bool = False


def observation(
    account_id: str,
    ts: dt.datetime,
    text: str,
    verdict: Verdict,
    refused: bool,
    earlier: Sequence[str] = (),
    blocked: bool = False,
    origin: str = "",
    request_id: str = "",
    model: str = "",
) -> Observation:
    """What :meth:`AccountState.fold` needs of one request (see :meth:`AccountState.observe`)."""
    return Observation(
        account_id=account_id,
        ts=ts.timestamp(),
        words=tuple(sorted(shingles(text))[:32]),
        conversation=conversation_key(earlier[0] if earlier else text),
        turns=len(earlier) + 1,
        score=verdict.score,
        flagged=verdict.flagged,
        families=tuple(verdict.families),
        band=verdict.band,
        language=verdict.language,
        refused=refused,
        blocked=blocked,
        origin=origin,
        request_id=request_id,
        model=model,
    )


HARMFUL_BANDS = frozenset({"prohibited", "high_risk_dual_use"})

# the first stage names this harm area when only the conversation's drift (earlier turns) made
# the ask high-risk, not the ask itself
_DRIFT_AREA = "intent:conversation"


# round 12: the families that name how a request was dressed to get past a model's safeguards
# (not what it asks, not instructions carried inside an agent's data, not a conversation's drift)
FRAMING_FAMILIES = frozenset(
    {
        "persona",
        "refusal_suppression",
        "forced_prefix",
        "instruction_override",
        "system_override",
        "payload_splitting",
        "encoding",
        "best_of_n",
        "adversarial_suffix",
        "many_shot",
        "fiction",
        "hypothetical",
        "past_tense",
        "authority_claim",
        "translation",
    }
)


def framed(obs: Observation | Exhibit) -> bool:
    """Whether the first stage named a jailbreak wrapper on the request
    (:data:`FRAMING_FAMILIES`)."""
    return not FRAMING_FAMILIES.isdisjoint(obs.families)


def harmful_ask(obs: Observation | Exhibit) -> bool:
    """Whether the request itself asks for something prohibited or high-risk: its band is one
    of :data:`HARMFUL_BANDS` and the first stage named the harm area of the ask (not only the
    conversation's drift towards harm)."""
    return obs.band in HARMFUL_BANDS and _DRIFT_AREA not in obs.families


class Exhibit(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """One request an account's evidence rests on, as an analyst reads it: when, which request,
    what the first stage found (score, band, wrapper families) and what the caller got."""

    ts: float
    # "clear" (score >= confident), "borderline" (flagged below), "refused" (refused upstream,
    # suspicious, not flagged), "refused_harmful" (round 12: flagged below a clear attempt, a
    # harmful ask, refused upstream: a confirmed attempt)
    kind: str
    score: float
    band: str = "benign"
    families: tuple[str, ...] = ()
    refused: bool = False  # the upstream refused it
    blocked: bool = False  # the gateway refused it
    request_id: str = ""
    model: str = ""
    spread: bool = False  # counted by ``repeated_clear_attempts`` (a new ask in its session)
    harmful: bool = False  # a clear harmful ask (``answered_harmful_asks``; round 10)

    def outcome(self) -> str:
        if self.blocked:
            return "refused by the gateway"
        return "refused upstream" if self.refused else "answered"

    def describe(self) -> str:
        when = dt.datetime.fromtimestamp(self.ts, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        what = ", ".join(self.families) or "no family named"
        where = f"request {self.request_id}" if self.request_id else "request"
        if self.model:
            where += f" to {self.model}"
        return f"{when} {where}: score {self.score:.2f}, {self.band}, {what}, {self.outcome()}"


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """Weights of the account evidence (chosen leave-one-writer-out: ``bench/bypass/acct_lowo.py``).

    The threshold is ``1 - exp(-E)``: 0.6 needs evidence E of about 0.92."""

    threshold: float = 0.6
    confident: float = 0.9  # a clear bypass attempt
    suspicious_score: float = 0.4  # suspicious enough to count with other evidence
    confirmed_weight: float = 0.85  # per clear attempt the upstream refused (one never holds)
    unconfirmed_weight: float = 0.3  # per clear attempt the upstream answered
    # confident mistakes never hold an account alone. Round 12: 0.6 (was 0.75), so that answered
    # clear attempts read as asking for nothing harmful need more than one push after a
    # refusal to hold: corpus T9's benign users (harmless asks in attack wrappers, answered at
    # 0.92-0.98) were held with 0.75 + one push (8 of 85 -> 6); no account changes on the
    # twelve other writers or set I. Chosen on T9, which is tuned-on from here
    unconfirmed_cap: float = 0.6
    borderline_weight: float = 0.12  # per borderline flag, times its share of the traffic
    borderline_cap: float = 0.45  # borderline flags never hold an account alone
    rate_floor: float = 0.15  # from 10 requests on, flags below this share count in proportion
    refused_suspicious_weight: float = 0.15
    refused_suspicious_cap: float = 0.45  # over-refusals never hold an account alone
    # round 7: over-refusals are a rate, not a count: per 100 requests, this many suspicious
    # refusals are what any heavy user of a frontier model meets and are not counted (set G's
    # security teams: 6-8 refusals in 70-95 requests). 0: round 6. Leave one writer out, 2 loses
    # 3 slow burners of 245 (each held by nothing but answered attempts and one refusal)
    refusals_free: float = 2.0
    arc_weight: float = 0.85  # per conversation turned harmful and refused (one never holds)
    arc_soft_weight: float = 0.2  # per conversation that turned suspicious (not refused)
    arc_opening: float = 0.5  # the opening turn scored below this
    arc_turns: int = 3  # an escalation takes at least this many user turns
    # round 7: an escalation is followed request by request from its opening: a conversation
    # whose opening request was never seen (a client that sends a long history once, a batch job
    # resending a later turn) is judged one request at a time (a refused suspicious turn counts
    # as ``refused_suspicious``, never as an escalation). Off: round 6 (any continued turn)
    arc_opening_seen: bool = True
    arc_refused_score: float = 0.4  # a refused later turn scored at least this (a refused arc)
    arc_soft_top: float = 0.55  # a later turn scored at least this (a soft arc)
    push_weight: float = 0.25  # per suspicious re-ask right after a refusal (the first is free)
    push_cap: float = 1.5
    # round 7: a switch (another family, wrapper or language) counts only after a refusal (the
    # upstream's or the gateway's): a caller who was answered had nothing to get around, and a
    # benign user's next request after an answered false positive is other work. Near-duplicate
    # rephrasings still count after any flag (a fuzzer mutating an attack). On: round 6
    switch_after_flag: bool = False
    rephrase_similarity: float = 0.35
    rephrase_window_s: float = 1800.0
    burst_weight: float = 0.6
    burst_requests: int = 20
    burst_window_s: float = 60.0
    days_weight: float = 0.15  # per further day with an attempt
    days_cap: float = 0.45
    days_unconfirmed: bool = False  # an answered clear attempt also opens the persistence count
    # round 6: clear attempts (≥ ``confident``) on further days, answered or not (slow burners:
    # a few clear attempts spread over weeks of ordinary traffic). Off: chosen leave one writer
    # out (bench/bypass/acct_lowo.py), 0 won on the other writers in 8 of 9 folds (0.3 and 0.35
    # held 4-6 more slow burners of 245 and 1-2 more benign accounts); kept as an operator knob
    repeat_weight: float = 0.45
    repeat_cap: float = 0.7
    # round 8: ``repeated_clear_attempts`` counts *distinct* clear attempts (a clear attempt
    # whose word pairs overlap an earlier clear attempt's by ``repeat_similarity`` or more is
    # the same ask again, however it was resent) in *sessions* at least ``repeat_gap_s`` apart;
    # a session whose clear attempts all ask for nothing harmful (band benign or low-risk: the
    # first stage flagged the wrapping, e.g. instructions inside pasted data) counts
    # ``repeat_wrapper_share`` of one that asks for something prohibited or high-risk. The
    # first session is free. Off (``repeat_sessions`` False): round 6/7 (calendar days, every
    # clear attempt, any band)
    repeat_sessions: bool = True
    repeat_similarity: float = 0.5
    repeat_gap_s: float = 12 * 3600.0
    repeat_wrapper_share: float = 0.0
    # a flagged request below ``confident`` that asks for something prohibited or high-risk
    # counts this share of a clear one (a slow burner's attempts that the first stage was less
    # sure of). 0: only clear attempts count, so borderline flags still never hold an account
    # on their own (leave one writer out, 0.25 holds 1 more slow burner of 245, 0.5 also a
    # translator: bench/bypass/RESULTS.md round 8)
    repeat_flagged_share: float = 0.0
    # round 12 (set I's slow burners): two more kinds of attempt count into the sessions, each
    # confirmed by something besides the first stage's score. ``repeat_refused_share``: a
    # flagged request the upstream model refused, whatever the first stage read it as asking
    # (two judges agree it is an attempt). ``repeat_framing_share``: a clear attempt read as
    # asking for nothing harmful but dressed in a jailbreak wrapper (:data:`FRAMING_FAMILIES`:
    # a persona, refusal suppression, split or encoded payloads, a claimed authority, a story or
    # hypothetical demanded in full; not instructions inside an agent's data, which is
    # ``repeat_wrapper_share``). 0: round 10. Leave one writer out (twelve writers) the refused
    # share ties (no account changes); the framing share held 1 more slow burner of 333 and set
    # I's I132 and I283 (tuned-on) but, on corpus T9 (a writer never read), 3 more benign
    # accounts of 85 (novelists' and a developer's clear flags for a persona, a split payload, a
    # claimed authority, a story) and no attacker: off
    repeat_refused_share: float = 1.0
    repeat_framing_share: float = 0.0
    # a refused request below the flag counts with ``repeat_refused_share`` from this score
    # when the first stage named a jailbreak wrapper on it (1: never). 0.4 would count 3
    # developers' refused requests of 1,665 benign accounts into two sessions (not kept)
    repeat_refused_floor: float = 1.0
    # round 12: a flagged request below a clear attempt that asks for something prohibited or
    # high-risk in a named harm area and that the upstream refused is a confirmed attempt from
    # this score (the first stage read a harmful ask, the upstream refused it: two judges
    # agree). 1: only clear attempts are confirmed (round 10). 0.75 (every such flag) held a
    # developer of set H (a refused 0.8 ask and borderline flags on three days)
    refused_harm_score: float = 0.85
    # round 12: an answered clear harmful ask opens ``persistence`` as a confirmed attempt does
    # (flags on further days corroborate it). Off: round 10
    days_harmful: bool = True
    repeat_kept: int = 8  # word pairs of the last counted attempts (near-duplicate check)
    # round 8: an automated burst needs distinct flagged requests: a resend of an earlier
    # request counts in the burst window as a request but not as a flagged one (a batch job
    # resending one flagged prompt is no fuzzer; a fuzzer mutates its prompts). Off: round 7
    burst_distinct: bool = True
    # round 8: the requests an account's evidence rests on, kept for the analyst (the last
    # ``exhibits_kept`` clear attempts, borderline flags and suspicious refusals)
    exhibits_kept: int = 12
    conversations_kept: int = 16  # the last conversations whose arc is followed
    # round 7: the same request sent again (same conversation, same turn, same words: a retry, a
    # batch job's resend) is one request's evidence, not several; the last ``resends_kept``
    # suspicious, flagged or refused requests are remembered (one small hash each)
    resends_kept: int = 256
    # round 10: ``answered_harmful_asks``. A clear attempt (score >= ``harm_score``) whose ask itself names a prohibited or high-risk harm area (the band of
    # what is asked, not only of the conversation's drift) is confirmed by that reading, as a
    # refused one is by the upstream: answered, it counts ``harm_weight`` (a refused clear
    # attempt's weight) instead of an answered clear attempt's share of the answered cap, once
    # per different ask (word pairs overlapping an earlier one's by ``repeat_similarity`` or
    # more are the same ask; a refused one is already a confirmed attempt). One such request
    # never holds an account on its own; with any further evidence (another flagged request,
    # a suspicious refusal) it does. Counted so only once the account's flagged or refused
    # requests span two sessions (``repeat_gap_s``): one afternoon's work never holds on
    # answered evidence. 0: round 8 (answered clear attempts all under the cap)
    harm_weight: float = 0.85
    # leave one writer out the held-out selection chose 0.95 over 0.9 in 7 of 9 folds (the
    # first stage's confident mistakes on benign asks sit at 0.90-0.93; RESULTS.md round 10)
    harm_score: float = 0.95
    # round 7: what the upstream answered (clear attempts it answered, borderline flags,
    # conversations that turned suspicious but were answered) together never holds an account:
    # the first stage's confident mistakes on benign work all land there. Below the threshold's
    # evidence (0.92) so that something refused, pushed or escalated must join it.
    answered_cap: float = 0.85
    # round 12: an account below the hold with this many different clear harmful asks
    # (``harm_score``, a named harm area; answered or refused) is put up for a compliance
    # review without a hold: one request never holds an account, but a person should read a
    # confident prohibited or high-risk ask. 0: no review items (round 10)
    review_asks: int = 1
    # round 12: a clear attempt the upstream refused (a confirmed attempt, any band) also puts
    # the account up for review (two judges agree; one request still never holds)
    review_confirmed: bool = True


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
    parts: dict[str, float] = {}
    exhibits: list[Exhibit] = []  # the requests the evidence rests on (latest kept)
    # round 12: below the hold, but put up for a compliance review (no hold): a clear ask for
    # something prohibited or high-risk (``AccountConfig.review_asks``); the reason is in
    # ``reasons``
    review: bool = False

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
    words: frozenset[int]
    refused: bool
    flagged: bool
    families: frozenset[str]
    language: str
    score: float


@dataclass(slots=True)
class _Arc:
    """One conversation followed turn by turn."""

    opening: float  # score of its first turn (-1 when the opening was not seen)
    top: float = 0.0  # highest score of a later turn
    refused_suspicious: bool = False  # a later suspicious turn was refused upstream
    refused: bool = False  # some turn was refused upstream
    counted: int = 0  # 0 none, 1 counted as a soft arc, 2 counted as a refused arc


@dataclass(frozen=True, slots=True)
class Evidence:
    """One named part of an account's evidence: its strength and, rendered on demand, its reason
    in words an analyst would sign."""

    name: str
    strength: float
    render: Callable[[], str]

    @property
    def reason(self) -> str:
        return self.render()


@dataclass(slots=True)
class AccountState:
    """Running evidence for one account (bounded memory: counters, the latest refused or flagged
    request, the timestamps of the last burst window and the last few conversations)."""

    account_id: str
    config: AccountConfig = field(default_factory=AccountConfig)
    requests: int = 0
    refusals: int = 0
    attempts: int = 0  # flagged requests
    confirmed: int = 0  # clear attempts the upstream refused
    unconfirmed: int = 0  # clear attempts the upstream answered
    borderline: float = 0.0  # summed scores of flagged requests below ``confident``
    refused_suspicious: int = 0
    arcs: int = 0
    soft_arcs: int = 0
    pushes: int = 0  # further turns of a refused conversation that stay suspicious
    rephrases: int = 0
    switches: int = 0
    bursts: int = 0
    attempt_days: int = 0
    last_day: int = -1
    # round 12: days with a flagged or refused-suspicious request other than an answered clear
    # harmful ask sent again (what ``persistence`` counts when only such an ask opened it)
    fresh_days: int = 0
    last_fresh_day: int = -1
    clear_days: int = 0  # days with a clear attempt (round 6)
    last_clear_day: int = -1
    families: dict[str, int] = field(default_factory=dict)
    bands: dict[str, int] = field(default_factory=dict)
    alarm: _Last | None = None  # the latest refused or flagged request
    times: deque[tuple[float, bool]] = field(default_factory=deque)
    conversations: OrderedDict[int, _Arc] = field(default_factory=OrderedDict)
    resends: int = 0  # requests identical to an earlier suspicious one (counted once)
    fingerprints: OrderedDict[int, None] = field(default_factory=OrderedDict)
    # round 8: distinct clear attempts in sessions (``repeated_clear_attempts``)
    spread_attempts: int = 0  # distinct attempts counted into sessions
    spread_words: deque[frozenset[int]] = field(default_factory=deque)  # their word pairs
    sessions: int = 0  # sessions with a distinct clear attempt
    session_sum: float = 0.0  # their weights (1: a harmful ask, else ``repeat_wrapper_share``)
    session_top: float = 0.0  # the largest weight (the free session)
    session_now: float = 0.0  # the weight of the latest session
    session_start: float = -1.0
    exhibits: deque[Exhibit] = field(default_factory=deque)
    # round 10: clear asks for something prohibited or high-risk (``answered_harmful_asks``)
    harmful_answered: int = 0  # different ones the upstream answered
    harmful_seen: int = 0  # answered ones, the same ask again included (not ``unconfirmed``)
    harmful_refused: int = 0  # round 12: different ones the upstream refused
    # round 12: flagged requests below a clear attempt whose ask is prohibited or high-risk (a
    # named harm area) and that the upstream refused (``AccountConfig.refused_harm_score``)
    refused_harmful: int = 0
    harmful_words: deque[frozenset[int]] = field(default_factory=deque)
    alarm_first: float = -1.0  # the first and the latest flagged or refused-suspicious request
    alarm_last: float = -1.0

    def observe(
        self,
        ts: dt.datetime,
        text: str,
        verdict: Verdict,
        refused: bool,
        earlier: Sequence[str] = (),
        blocked: bool = False,
    ) -> None:
        """Add one request: the last user turn, its first-stage verdict (on the whole
        conversation), whether the upstream refused it, and the earlier user turns of the
        client-supplied history (so that a conversation sent turn by turn is followed).

        ``blocked``: the gateway itself refused the request (bypass action ``refuse``), so the
        upstream never judged it. The caller saw a refusal, so the conversation and what the
        caller sends next are followed as after a refusal (arcs, pushes, rephrasings); the
        attempt itself counts as unconfirmed, and the upstream's refusal counts stay as they
        are."""
        self.fold(observation(self.account_id, ts, text, verdict, refused, earlier, blocked))

    def fold(self, obs: Observation) -> None:
        """Add one request's :class:`Observation` (made here or by another replica); a reset
        marker is not a request (the gateway starts the account afresh on it)."""
        if obs.reset:
            return
        cfg = self.config
        refused = obs.refused
        seen_refusal = refused or obs.blocked
        self.requests += 1
        self.refusals += int(refused)
        score = obs.score
        suspicious = score >= cfg.suspicious_score or obs.flagged
        if (suspicious or seen_refusal) and self._resent(obs):
            self.resends += 1
            self._burst(obs.ts, obs.flagged and not cfg.burst_distinct)
            return
        counted_harmful = False
        again = False  # an answered clear harmful ask already counted, sent again
        if obs.flagged:
            self.attempts += 1
            if score >= cfg.confident:
                self.confirmed += int(refused)
                self.unconfirmed += int(not refused)
                harmful = self._harmful(obs)
                if harmful and not refused:
                    self.harmful_seen += 1
                    new = self._new_harmful(obs)
                    self.harmful_answered += int(new)
                    again = not new
                elif harmful:
                    self.harmful_refused += int(self._new_harmful(obs))
            elif refused and score >= cfg.refused_harm_score and harmful_ask(obs):
                self.refused_harmful += 1  # two judges agree on a harmful ask
                counted_harmful = True
            else:
                self.borderline += score
            for family in obs.families:
                self.families[family] = self.families.get(family, 0) + 1
        if obs.band != "benign":
            self.bands[obs.band] = self.bands.get(obs.band, 0) + 1
        refused_suspicious = refused and score >= cfg.suspicious_score
        followed = obs.turns > 1 and self._opened(obs.conversation)
        # a refused turn of a followed conversation is the conversation's evidence (its arc)
        self.refused_suspicious += int(
            refused_suspicious and score < cfg.confident and not followed
        )
        stamp = obs.ts
        clear = obs.flagged and score >= cfg.confident
        if clear:
            day = int(stamp // 86400)
            if day != self.last_clear_day:
                self.clear_days += 1
                self.last_clear_day = day
        spread = (
            (obs.flagged or refused_suspicious)
            and cfg.repeat_sessions
            and self._session(obs, clear)
        )
        if obs.flagged or refused_suspicious:
            kind = "clear" if clear else "borderline" if obs.flagged else "refused"
            if kind == "borderline" and counted_harmful:
                kind = "refused_harmful"
            self._exhibit(obs, kind, spread, clear and self._harmful(obs))
        if obs.flagged or refused_suspicious:
            if self.alarm_first < 0:
                self.alarm_first = stamp
            self.alarm_last = stamp
            day = int(stamp // 86400)
            if day != self.last_day:
                self.attempt_days += 1
                self.last_day = day
            if not again and day != self.last_fresh_day:
                self.fresh_days += 1
                self.last_fresh_day = day
        in_refused_conversation = self._follow(obs.conversation, obs.turns, score, seen_refusal)
        words = frozenset(obs.words)
        fams = frozenset(f for f in obs.families if not f.startswith("intent:"))
        prior = self.alarm
        if (
            prior is not None
            and suspicious
            and not in_refused_conversation
            and (prior.refused or prior.flagged)
            and prior.score >= cfg.suspicious_score
            and stamp - prior.ts <= cfg.rephrase_window_s
        ):
            if similarity(words, prior.words) >= cfg.rephrase_similarity and words != prior.words:
                self.rephrases += 1
            elif ((fams and fams != prior.families) or obs.language != prior.language) and (
                prior.refused or cfg.switch_after_flag
            ):
                self.switches += 1
        self._burst(stamp, obs.flagged)
        if seen_refusal or obs.flagged:
            self.alarm = _Last(stamp, words, seen_refusal, obs.flagged, fams, obs.language, score)

    def _harmful(self, obs: Observation) -> bool:
        """Whether a clear attempt is a clear harmful ask (``answered_harmful_asks``)."""
        cfg = self.config
        return cfg.harm_weight > 0 and obs.score >= cfg.harm_score and harmful_ask(obs)

    def _new_harmful(self, obs: Observation) -> bool:
        """Whether a clear harmful ask is a different one from those already counted
        (remembers it if so)."""
        cfg = self.config
        words = frozenset(obs.words)
        if any(similarity(words, w) >= cfg.repeat_similarity for w in self.harmful_words):
            return False
        self.harmful_words.append(words)
        if len(self.harmful_words) > cfg.repeat_kept:
            self.harmful_words.popleft()
        return True

    def _session(self, obs: Observation, clear: bool) -> bool:
        """Count a flagged request into its session (``repeated_clear_attempts``) unless it
        repeats an earlier counted ask; whether it was counted."""
        cfg = self.config
        harmful = obs.band in HARMFUL_BANDS
        if not obs.flagged:  # refused upstream, suspicious, in a jailbreak wrapper
            floor = obs.refused and obs.score >= cfg.repeat_refused_floor and framed(obs)
            weight = cfg.repeat_refused_share if floor else 0.0
        elif clear and harmful:
            weight = 1.0
        else:
            weight = max(
                cfg.repeat_refused_share if obs.refused else 0.0,
                cfg.repeat_flagged_share if harmful else 0.0,
                (cfg.repeat_framing_share if framed(obs) else cfg.repeat_wrapper_share)
                if clear
                else 0.0,
            )
        if weight <= 0:
            return False
        words = frozenset(obs.words)
        if any(similarity(words, w) >= cfg.repeat_similarity for w in self.spread_words):
            return False
        self.spread_words.append(words)
        if len(self.spread_words) > cfg.repeat_kept:
            self.spread_words.popleft()
        self.spread_attempts += 1
        if not self.sessions or obs.ts - self.session_start >= cfg.repeat_gap_s:
            self.sessions += 1
            self.session_start = obs.ts
            self.session_now = weight
            self.session_sum += weight
        elif weight > self.session_now:
            self.session_sum += weight - self.session_now
            self.session_now = weight
        self.session_top = max(self.session_top, weight)
        return True

    def _exhibit(self, obs: Observation, kind: str, spread: bool, harmful: bool) -> None:
        keep = self.config.exhibits_kept
        if keep <= 0:
            return
        self.exhibits.append(
            Exhibit(
                ts=obs.ts,
                request_id=obs.request_id,
                model=obs.model,
                score=obs.score,
                band=obs.band,
                families=tuple(obs.families),
                refused=obs.refused,
                blocked=obs.blocked,
                kind=kind,
                spread=spread,
                harmful=harmful,
            )
        )
        if len(self.exhibits) > keep:
            self.exhibits.popleft()

    def _resent(self, obs: Observation) -> bool:
        """Whether the request is one the account already sent (same conversation, turn, words
        and first-stage score: a mutation past the hashed opening changes the score); remembers
        it otherwise."""
        keep = self.config.resends_kept
        if keep <= 0:
            return False
        mark = _stable_hash(f"{obs.conversation}:{obs.turns}:{obs.score:.6f}:{obs.words}")
        seen = self.fingerprints
        if mark in seen:
            seen.move_to_end(mark)
            return True
        seen[mark] = None
        if len(seen) > keep:
            seen.popitem(last=False)
        return False

    def _opened(self, key: int) -> bool:
        """Whether the conversation is followed as an arc (its opening request was seen)."""
        if not self.config.arc_opening_seen:
            return True
        arc = self.conversations.get(key)
        return arc is not None and arc.opening >= 0

    def _follow(self, key: int, turns: int, score: float, refused: bool) -> bool:
        """Update the conversation's arc; True when an earlier turn of it was refused."""
        cfg = self.config
        continued = turns > 1
        arcs = self.conversations
        arc = arcs.get(key)
        if arc is None:
            arc = _Arc(opening=-1.0 if continued else score)
            arcs[key] = arc
            if len(arcs) > cfg.conversations_kept:
                arcs.popitem(last=False)
        else:
            arcs.move_to_end(key)
        pushed = False
        if continued:
            if arc.refused and score >= cfg.suspicious_score:
                self.pushes += 1
                pushed = True
            arc.top = max(arc.top, score)
            arc.refused_suspicious |= refused and score >= cfg.arc_refused_score
            harmless_start = (
                arc.opening < cfg.arc_opening
                and (arc.opening >= 0 or not cfg.arc_opening_seen)
                and turns >= cfg.arc_turns
            )
            if harmless_start and arc.counted < 2 and arc.refused_suspicious:
                self.soft_arcs -= int(arc.counted == 1)
                self.arcs += 1
                arc.counted = 2
            elif harmless_start and arc.counted == 0 and arc.top >= cfg.arc_soft_top:
                self.soft_arcs += 1
                arc.counted = 1
        arc.refused |= refused
        return pushed or (continued and arc.refused)

    def _burst(self, stamp: float, flagged: bool) -> None:
        cfg = self.config
        times = self.times
        times.append((stamp, flagged))
        while times and stamp - times[0][0] > cfg.burst_window_s:
            times.popleft()
        if len(times) >= cfg.burst_requests:
            if sum(f for _, f in times) * 4 >= len(times):
                self.bursts += 1
            times.clear()

    def evidence(self) -> list[Evidence]:
        """The account's evidence, one entry per part that found something."""
        return [e for part in PARTS if (e := part(self)).strength > 0]

    def score(self) -> float:
        """``1 - exp(-sum of the parts' strengths)`` (no reasons rendered)."""
        return 1.0 - math.exp(-sum(part(self).strength for part in PARTS))

    def holds(self) -> bool:
        """The account is at its hold threshold (the gateway asks after every request: an
        account with nothing any part could count, most of them, is answered without reading
        the parts)."""
        if self.config.threshold > 0 and self._quiet():
            return False
        return self.score() >= self.config.threshold

    def _quiet(self) -> bool:
        """No part can find anything: no flagged request (every attempt, burst, clear day and
        session needs one), no suspicious refusal, no escalation, at most the free re-ask."""
        return not (
            self.attempts
            or self.refused_suspicious
            or self.spread_attempts
            or self.arcs
            or self.soft_arcs
            or self.pushes + self.rephrases + self.switches > 1
        )

    def review_due(self) -> bool:
        """Whether the account, below its hold, is to be put up for a compliance review (no
        hold): it sent ``review_asks`` or more different clear asks for something prohibited or
        high-risk in a named harm area, answered or refused, or (``review_confirmed``) a
        confirmed attempt: a clear attempt, or a flagged harmful ask, the upstream refused
        (round 12)."""
        cfg = self.config
        asks = (
            cfg.review_asks > 0 and self.harmful_answered + self.harmful_refused >= cfg.review_asks
        )
        return asks or (cfg.review_confirmed and self.confirmed + self.refused_harmful > 0)

    def reasons(self) -> list[str]:
        return self.report().reasons

    def report(self) -> AccountReport:
        found = self.evidence()
        score = 1.0 - math.exp(-sum(e.strength for e in found))
        reasons = [e.reason for e in found]
        flagged = score >= self.config.threshold
        review = not flagged and self.review_due()
        if review:
            reasons.insert(0, _review_reason(self))
        if self.refusals:
            reasons.append(f"{self.refusals} upstream refusals in {self.requests} requests")
        return AccountReport(
            account_id=self.account_id,
            score=round(score, 4),
            flagged=flagged,
            review=review,
            attempts=self.attempts,
            families=sorted(self.families, key=lambda k: -self.families[k]),
            reasons=reasons,
            requests=self.requests,
            refusals=self.refusals,
            bands=dict(self.bands),
            parts={e.name: round(e.strength, 3) for e in found},
            exhibits=list(self.exhibits),
        )


# ---------------------------------------------------------------- the parts
# Each part returns its strength at once and renders its reason only when a report asks for it
# (the gateway checks the score after every answer).


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def confirmed_attempts(s: AccountState) -> Evidence:
    cfg, n, asks = s.config, s.confirmed, s.refused_harmful

    def render() -> str:
        out = []
        if n:
            out.append(
                f"{_n(n, 'request')} scored as clear bypass attempts (first-stage score ≥ "
                f"{cfg.confident:.2f}) that the upstream model also refused"
                + _shown(s, lambda e: e.kind == "clear" and e.refused)
            )
        if asks:
            out.append(
                f"{_n(asks, 'flagged request')} below that score asking for something "
                "prohibited or high-risk in a named harm area that the upstream model also "
                "refused" + _shown(s, lambda e: e.kind == "refused_harmful")
            )
        return "; ".join(out)

    return Evidence("confirmed_attempts", cfg.confirmed_weight * (n + asks), render)


def _answered(s: AccountState) -> tuple[float, float, float]:
    """The strengths of what the upstream answered: clear attempts, borderline flags and
    conversations that turned suspicious, each under its own cap and together under
    ``answered_cap`` (filled in that order)."""
    cfg = s.config
    unconfirmed = min(cfg.unconfirmed_cap, cfg.unconfirmed_weight * _unconfirmed(s))
    share = 1.0
    if s.requests >= 10 and cfg.rate_floor > 0:
        share = min(1.0, s.attempts / s.requests / cfg.rate_floor)
    borderline = min(cfg.borderline_cap, cfg.borderline_weight * share * s.borderline / 0.75)
    if not s.attempts - s.confirmed - s.unconfirmed - s.refused_harmful:
        borderline = 0.0
    soft = cfg.arc_soft_weight * s.soft_arcs
    room = cfg.answered_cap
    unconfirmed = min(unconfirmed, room)
    borderline = min(borderline, max(0.0, room - unconfirmed))
    soft = min(soft, max(0.0, room - unconfirmed - borderline))
    return unconfirmed, borderline, soft


def unconfirmed_attempts(s: AccountState) -> Evidence:
    n, spread = _unconfirmed(s), _harm_spread(s)
    return Evidence(
        "unconfirmed_attempts",
        _answered(s)[0],
        lambda: (
            f"{_n(n, 'request')} scored as clear bypass attempts that the upstream model "
            "answered (these hold an account only with other evidence, such as different "
            "harmful asks in several sessions)"
            + _shown(
                s, lambda e: e.kind == "clear" and not e.refused and not (spread and e.harmful)
            )
        ),
    )


def borderline_requests(s: AccountState) -> Evidence:
    flagged = s.attempts - s.confirmed - s.unconfirmed - s.refused_harmful
    requests = s.requests
    return Evidence(
        "borderline_requests",
        _answered(s)[1],
        lambda: (
            f"{flagged} of {requests} requests flagged below the clear-attempt score "
            "(on their own these never hold an account)"
            + _shown(s, lambda e: e.kind == "borderline")
        ),
    )


def refused_suspicious(s: AccountState) -> Evidence:
    cfg, n = s.config, s.refused_suspicious
    return Evidence(
        "refused_suspicious",
        min(
            cfg.refused_suspicious_cap,
            cfg.refused_suspicious_weight * max(0.0, n - cfg.refusals_free * s.requests / 100),
        ),
        lambda: (
            f"{_n(n, 'request')} refused upstream that the first stage also found "
            "suspicious (refusals on their own never hold an account)"
            + _shown(s, lambda e: e.kind == "refused")
        ),
    )


def escalation_arcs(s: AccountState) -> Evidence:
    cfg, arcs, soft = s.config, s.arcs, s.soft_arcs

    def render() -> str:
        out = []
        if arcs:
            out.append(
                f"{_n(arcs, 'conversation')} that opened harmlessly, turned harmful over "
                "several turns and were refused upstream"
            )
        if soft:
            out.append(
                f"{_n(soft, 'conversation')} that opened harmlessly and turned suspicious over "
                "several turns"
            )
        return "; ".join(out)

    return Evidence("escalation_arcs", cfg.arc_weight * arcs + _answered(s)[2], render)


def pushes_after_refusal(s: AccountState) -> Evidence:
    cfg, pushes, rephrases, switches = s.config, s.pushes, s.rephrases, s.switches

    def render() -> str:
        out = []
        if pushes:
            out.append(f"{pushes} suspicious further turns in conversations already refused")
        if rephrases:
            out.append(f"{rephrases} near-duplicate rephrasings right after a refusal or flag")
        if switches:
            out.append(
                f"{switches} suspicious requests in another wrapper, family or language right "
                "after a refusal or flag"
            )
        return "; ".join(out) + " (the first re-ask after a refusal is not counted)"

    n = max(0, pushes + rephrases + switches - 1)
    return Evidence("pushes_after_refusal", min(cfg.push_cap, cfg.push_weight * n), render)


def bursts(s: AccountState) -> Evidence:
    cfg, n = s.config, s.bursts
    return Evidence(
        "bursts",
        cfg.burst_weight if n and s.attempts else 0.0,
        lambda: (
            f"{_n(n, 'automated burst')} ({cfg.burst_requests} requests within "
            f"{cfg.burst_window_s:.0f} s, a quarter or more of them flagged)"
        ),
    )


def persistence(s: AccountState) -> Evidence:
    cfg, days = s.config, s.attempt_days
    opened = bool(
        s.confirmed or s.refused_harmful or s.arcs or (s.unconfirmed and cfg.days_unconfirmed)
    )
    if not opened and s.harmful_answered and cfg.days_harmful:
        # opened by an answered clear harmful ask: the same ask sent again on other days (a
        # pipeline's daily request) is one ask, and its days are not persistence
        opened, days = True, s.fresh_days
    return Evidence(
        "persistence",
        min(cfg.days_cap, cfg.days_weight * max(0, days - 1)) if opened else 0.0,
        lambda: (
            f"flagged or suspicious refused requests on {days} different days "
            "(counted once a confirmed attempt, a clear harmful ask or a refused escalation is "
            "seen)"
        ),
    )


def repeated_clear_attempts(s: AccountState) -> Evidence:
    cfg = s.config
    if not cfg.repeat_sessions:
        days = s.clear_days
        return Evidence(
            "repeated_clear_attempts",
            min(cfg.repeat_cap, cfg.repeat_weight * max(0, days - 1)),
            lambda: (
                f"clear bypass attempts on {days} different days, answered or not (a few "
                "attempts spread over ordinary traffic; one day alone never counts)"
            ),
        )
    sessions, distinct = s.sessions, s.spread_attempts
    strength = min(cfg.repeat_cap, cfg.repeat_weight * (s.session_sum - s.session_top))

    def render() -> str:
        counted = [e for e in s.exhibits if e.spread]
        answered = sum(not (e.refused or e.blocked) for e in counted)
        gap = cfg.repeat_gap_s / 3600
        kinds = _session_kinds(counted)
        what = (
            "different flagged asks for something prohibited or high-risk"
            if kinds == [_HARMFUL_KIND] or not kinds
            else "different attempts (" + "; ".join(kinds) + ")"
        )
        if distinct == 1:
            what = what.replace("asks", "ask").replace("attempts", "attempt", 1)
        return (
            f"{distinct} {what} in {sessions} sessions at least {gap:.0f} h apart ({answered} "
            f"of the last {len(counted)} answered: an answered attempt is a bypass that may have "
            "worked, not a reason to look away): " + _list(counted, 6)
        )

    return Evidence("repeated_clear_attempts", strength, render)


_HARMFUL_KIND = "clear asks for something prohibited or high-risk"


def _session_kinds(counted: Sequence[Exhibit]) -> list[str]:
    """What kinds of attempt the sessions rest on, in words (round 12)."""
    kinds = []
    if any(e.kind == "clear" and e.band in HARMFUL_BANDS for e in counted):
        kinds.append(_HARMFUL_KIND)
    if any(e.refused and not (e.kind == "clear" and e.band in HARMFUL_BANDS) for e in counted):
        kinds.append("flagged or suspicious requests the upstream model refused")
    if any(
        e.kind == "clear" and e.band not in HARMFUL_BANDS and not e.refused and framed(e)
        for e in counted
    ):
        kinds.append("clear attempts in a jailbreak wrapper, answered")
    other = [e for e in counted if e.kind != "clear" and e.band in HARMFUL_BANDS and not e.refused]
    if other:
        kinds.append("flagged asks for something prohibited or high-risk")
    return kinds


def answered_harmful_asks(s: AccountState) -> Evidence:
    cfg, n, seen = s.config, s.harmful_answered, s.harmful_seen

    def render() -> str:
        again = seen - n
        return (
            f"{_n(n, 'different clear bypass attempt')} asking for something prohibited or "
            "high-risk in a named harm area that the upstream model answered (a bypass that may "
            "have worked: each counts as much as a refused clear attempt; one alone never "
            "holds an account, with any further evidence it does)"
            + (f"; the same ask again {_n(again, 'time')}, not counted" if again else "")
            + _shown(s, lambda e: e.harmful and not e.refused)
        )

    return Evidence(
        "answered_harmful_asks", cfg.harm_weight * n if _harm_spread(s) else 0.0, render
    )


def _review_reason(s: AccountState) -> str:
    """Why an account below the hold is put up for review (round 12)."""
    cfg = s.config
    n = s.harmful_answered + s.harmful_refused
    if cfg.review_asks > 0 and n >= cfg.review_asks:
        what = (
            f"{_n(n, 'clear bypass attempt')} asking for something prohibited or high-risk in "
            f"a named harm area (first-stage score ≥ {cfg.harm_score:.2f}; "
            f"{s.harmful_answered} answered, {s.harmful_refused} refused upstream)"
        )
        shown = _shown(s, lambda e: e.harmful)
    else:
        m = s.confirmed + s.refused_harmful
        what = (
            f"{_n(m, 'flagged request')} the first stage scored as a bypass attempt and the "
            "upstream model refused"
        )
        shown = _shown(s, lambda e: e.refused and e.kind in ("clear", "refused_harmful"))
    return (
        f"put up for review, not held: {what}; one request never holds an account, a person "
        "should read it" + shown
    )


def _harm_spread(s: AccountState) -> bool:
    """Whether answered harmful asks count as such: one afternoon's work never holds an account
    on answered evidence (round 8), so the account's flagged or refused-suspicious requests must
    span two sessions; until then an answered harmful ask is an answered clear attempt."""
    return s.harmful_answered > 0 and s.alarm_last - s.alarm_first >= s.config.repeat_gap_s


def _unconfirmed(s: AccountState) -> int:
    """Answered clear attempts other than the harmful asks counted on their own."""
    return s.unconfirmed - (s.harmful_seen if _harm_spread(s) else 0)


def _shown(s: AccountState, which: Callable[[Exhibit], bool]) -> str:
    """``: `` and the latest kept exhibits of one kind, or nothing when none is kept."""
    found = [e for e in s.exhibits if which(e)]
    return ": " + _list(found) if found else ""


def _list(exhibits: Sequence[Exhibit], most: int = 4) -> str:
    """The latest few exhibits, one clause each."""
    shown = list(exhibits)[-most:]
    more = len(exhibits) - len(shown)
    out = "; ".join(e.describe() for e in shown)
    return out + (f"; and {more} earlier" if more > 0 else "")


PARTS: tuple[Callable[[AccountState], Evidence], ...] = (
    confirmed_attempts,
    unconfirmed_attempts,
    borderline_requests,
    refused_suspicious,
    escalation_arcs,
    pushes_after_refusal,
    bursts,
    persistence,
    repeated_clear_attempts,
    answered_harmful_asks,
)


def blocked_by_gateway(record: UsageRecord) -> bool:
    """Whether a usage record is a request the gateway refused as a suspected bypass attempt
    (``SAFEGUARD_BYPASS_SUSPECTED``; the upstream never saw it)."""
    return record.status != 200 and BYPASS_REFUSED_CODE in record.reasons


def screened_by_gateway(record: UsageRecord) -> bool:
    """Whether the gateway's online account detector saw this request: every request the policy
    let through (whatever the upstream then answered, or failed to) and every one the bypass
    screen itself refused; not one the policy denied or held, nor one refused because the
    account was already held (those never reach the screen). The offline scan reads the same
    requests, so that both give one verdict."""
    return record.decision not in ("deny", "review") or blocked_by_gateway(record)


def usage_observation(
    record: UsageRecord, pairs: Sequence[tuple[str, str]], verdict: Verdict
) -> Observation:
    """The :class:`Observation` of one usage record (its messages as ``(role, text)`` pairs,
    scored by the first stage): what the gateway folded when it served the request."""
    text, earlier = split_turns(pairs)
    return observation(
        record.account_id or "(anonymous)",
        record.ts,
        text,
        verdict,
        record.refused,
        earlier,
        blocked_by_gateway(record),
        request_id=record.request_id,
        model=record.model,
    )
