"""The gateway's safeguard-bypass gate: first-stage screen per request, online account detector.

The request path calls :meth:`BypassGate.check` once (after the policy allowed the request) and
:meth:`BypassGate.after` when the usage record is written (the upstream's refusal is known then).
Both return :class:`GateOutcome` — audit entries, review items, alerts, an error to answer or a
model to reroute to — which the gateway hands to its existing writers. The refusal the caller
sees never names the features that fired; the audit entry does.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from exportgate.bypass.refusal import is_refusal
from exportgate.config import GatewayConfig, Model
from exportgate.gateway.errors import GatewayError
from exportgate.records import (
    BYPASS_REFUSED_CODE,
    BYPASS_REVIEW_CODE,
    Decision,
    DecisionAudit,
    DecisionContext,
    DecisionInputs,
    DetectorEvidence,
    Reason,
    ReviewDetail,
    ReviewRequest,
)
from exportgate.records import Verdict as VerdictName

if TYPE_CHECKING:  # the detector loads only when a model screens for bypass attempts
    from exportgate.bypass.account import AccountConfig, AccountState, Observation
    from exportgate.bypass.detector import Detector, Verdict

SUSPECTED = BYPASS_REFUSED_CODE
HOLD = "BYPASS_ACCOUNT_HOLD"
REVIEW = BYPASS_REVIEW_CODE
POLICY_VERSION = "bypass-1"


class Findings(TypedDict, total=False):
    """What the bypass screen or the account detector found, as both the audit record
    (:class:`DecisionContext`) and the review item (:class:`ReviewDetail`) carry it."""

    score: float
    band: str
    attempts: int
    families: list[str]
    signals: list[str]
    language: str
    action: str
    rerouted_to: str | None


@dataclass(slots=True)
class GateOutcome:
    verdict: Verdict | None = None
    error: GatewayError | None = None
    reroute_to: str | None = None
    # the gate's own decision when it refuses the request (what its usage record says)
    decision: Decision | None = None
    audits: list[DecisionAudit] = field(default_factory=list)
    reviews: list[ReviewRequest] = field(default_factory=list)
    alerts: list[DetectorEvidence] = field(default_factory=list)


def refused_error(request_id: str) -> GatewayError:
    return GatewayError(
        403,
        SUSPECTED.lower(),
        "This request was not served: it appears to try to get around the model's safeguards. "
        f"If you believe this is wrong, contact your provider's compliance team and quote "
        f"{SUSPECTED} and request {request_id}.",
    )


def hold_error(account_id: str) -> GatewayError:
    return GatewayError(
        403,
        HOLD.lower(),
        f"Requests by account {account_id} to export-controlled models are held while the "
        f"provider's compliance team reviews recent activity ({HOLD}). Contact them to complete "
        "the review.",
    )


def _pairs(messages: list[Any]) -> list[tuple[str, str]]:
    from exportgate.bypass.structure import content_text

    out = []
    for message in messages:
        if isinstance(message, dict):
            out.append((str(message.get("role") or "user"), content_text(message.get("content"))))
        else:
            out.append(
                (
                    str(getattr(message, "role", "user")),
                    content_text(getattr(message, "content", None)),
                )
            )
    return out


class BypassGate:
    """One per gateway process; state is per account, bounded to ``max_accounts``."""

    def __init__(self, config: GatewayConfig, detector: Detector | None = None) -> None:
        self._detector = detector
        self.settings = config.bypass
        self.exempt = frozenset(config.bypass.exempt_accounts)
        self.active = any(m.bypass.action != "off" for m in config.models)
        self.accounts: OrderedDict[str, AccountState] = OrderedDict()
        self.held: set[str] = set()
        # accounts below the hold put up for review (round 12: one review item each, no hold)
        self.reviewed: set[str] = set()
        self._hold_threshold = config.bypass.hold_threshold
        self._account_config: AccountConfig | None = None
        # names this process's observations on the shared stream (issue 19), and sends them
        # there (set by the gateway's shared state when replicas share a Redis)
        self.publish: Callable[[Observation], None] | None = None
        self.origin = f"{os.uname().nodename}-{os.getpid()}-{uuid.uuid4().hex[:8]}"

    @property
    def detector(self) -> Detector:
        """The first stage, built on first use: a gateway none of whose models screens for
        bypass attempts never loads its word lists and learned weights."""
        if self._detector is None:
            from exportgate.bypass.detector import BypassConfig, Detector

            self._detector = Detector(BypassConfig())
        return self._detector

    @property
    def account_config(self) -> AccountConfig:
        if self._account_config is None:
            from exportgate.bypass.account import AccountConfig

            self._account_config = AccountConfig(threshold=self._hold_threshold)
        return self._account_config

    def _audit(
        self,
        ts: dt.datetime,
        account_id: str,
        request_id: str,
        model: str,
        verdict: VerdictName,
        code: str,
        message: str,
        findings: Findings | None = None,
    ) -> DecisionAudit:
        return DecisionAudit(
            ts=ts,
            subject=account_id,
            inputs=DecisionInputs(request_id=request_id, account_id=account_id, model=model),
            decision=Decision(
                decision=verdict,
                reasons=[Reason(code=code, message=message, outcome=verdict)],
                obligations=[],
                policy_version=POLICY_VERSION,
            ),
            extra=DecisionContext(
                request_id=request_id, kind="bypass", model=model, **(findings or {})
            ),
        )

    def check(
        self,
        *,
        ts: dt.datetime,
        account_id: str,
        request_id: str,
        model: Model,
        messages: list[Any],
    ) -> GateOutcome:
        """Screen one allowed request before it goes upstream."""
        out = GateOutcome()
        settings = model.bypass
        if settings.action == "off":
            return out
        if account_id in self.held and model.controlled:
            out.error = hold_error(account_id)
            audit = self._audit(
                ts, account_id, request_id, model.id, "deny", HOLD, "account held for bypass review"
            )
            out.audits.append(audit)
            out.decision = audit.decision
            return out
        exempt = account_id in self.exempt
        verdict = self.detector.classify(_pairs(messages), exempt=exempt)
        out.verdict = verdict
        from exportgate.bypass.detector import HIGH_RISK

        if exempt and verdict.band == HIGH_RISK:
            out.audits.append(
                self._audit(
                    ts,
                    account_id,
                    request_id,
                    model.id,
                    "allow",
                    "BYPASS_EXEMPTION_APPLIED",
                    "high-risk dual-use ask allowed for a verified security organisation",
                    {"score": verdict.score, "band": verdict.band},
                )
            )
        if verdict.score < settings.log_threshold:
            return out
        extra: Findings = {
            "score": verdict.score,
            "band": verdict.band,
            "families": verdict.families,
            "signals": verdict.reasons,
            "language": verdict.language,
            "action": settings.action,
        }
        acting = verdict.score >= settings.threshold
        outcome: VerdictName
        if acting and settings.action == "refuse":
            out.error = refused_error(request_id)
            outcome = "deny"
        elif acting and settings.action == "reroute":
            out.reroute_to = settings.reroute_to
            extra["rerouted_to"] = settings.reroute_to
            outcome = "allow"
        elif acting and settings.action == "review":
            out.reviews.append(
                ReviewRequest(
                    account_id=account_id,
                    code=SUSPECTED,
                    summary=f"Request {request_id} to {model.id} looks like a safeguard bypass "
                    "attempt",
                    detail=ReviewDetail(request_id=request_id, **extra),
                )
            )
            outcome = "review"
        else:
            outcome = "allow"
        message = "; ".join(verdict.reasons[:4]) or "bypass score above threshold"
        audit = self._audit(
            ts, account_id, request_id, model.id, outcome, SUSPECTED, message, extra
        )
        out.audits.append(audit)
        if out.error is not None:
            out.decision = audit.decision
        return out

    def after(
        self,
        *,
        ts: dt.datetime,
        account_id: str,
        request_id: str,
        model: str,
        messages: list[Any],
        verdict: Verdict | None,
        refused: bool,
        blocked: bool = False,
    ) -> GateOutcome:
        """Update the account once the answer is known; hold the account at its threshold."""
        if verdict is None:
            return GateOutcome()
        from exportgate.bypass.account import observation, split_turns

        text, earlier = split_turns(_pairs(messages))
        obs = observation(
            account_id, ts, text, verdict, refused, earlier, blocked, self.origin, request_id, model
        )
        if self.publish is not None:
            self.publish(obs)
        return self.fold(obs)

    def fold(self, obs: Observation, act: bool = True) -> GateOutcome:
        """Add one observation to its account (this replica's, or another's from the shared
        stream); at the threshold the account is held here, audited and put up for review.

        ``act`` false (the shared stream's retained window, read at start-up): the evidence is
        rebuilt, and a hold raised then is already in the store, adopted from there. The alert
        is raised by the replica whose own request tipped the account; the review item is one
        per account whichever replicas raise it (the store keeps the open one)."""
        out = GateOutcome()
        account_id, request_id, model = obs.account_id, obs.request_id, obs.model
        if obs.reset:  # cleared by compliance (here, or seen by another replica first)
            self.accounts.pop(account_id, None)
            self.held.discard(account_id)
            self.reviewed.discard(account_id)
            return out
        state = self.accounts.get(account_id)
        if state is None:
            from exportgate.bypass.account import AccountState

            state = AccountState(account_id, self.account_config)
            self.accounts[account_id] = state
            if len(self.accounts) > self.settings.max_accounts:
                self.accounts.popitem(last=False)
        else:
            self.accounts.move_to_end(account_id)
        state.fold(obs)
        if not act or account_id in self.held:
            return out
        if not state.holds():
            if account_id not in self.reviewed and state.review_due():
                self._review(out, state, obs)
            return out
        report = state.report()
        if report.flagged:
            self.held.add(account_id)
            summary = "; ".join(report.reasons)
            extra: Findings = {
                "score": report.score,
                "attempts": report.attempts,
                "families": report.families,
                "signals": report.reasons,
            }
            ts = dt.datetime.fromtimestamp(obs.ts, dt.UTC)
            out.audits.append(
                self._audit(ts, account_id, request_id, model, "review", HOLD, summary, extra)
            )
            out.reviews.append(
                ReviewRequest(
                    account_id=account_id,
                    code=HOLD,
                    summary=f"Account {account_id} is held for controlled models: {summary}",
                    detail=ReviewDetail(request_id=request_id, **extra),
                )
            )
            if obs.origin == self.origin:
                out.alerts.append(report.evidence())
        return out

    def _review(self, out: GateOutcome, state: AccountState, obs: Observation) -> None:
        """Put an account below its hold up for a compliance review (no hold, no alert): a
        person reads its clear ask for something prohibited or high-risk (round 12)."""
        self.reviewed.add(state.account_id)
        report = state.report()
        summary = "; ".join(report.reasons)
        extra: Findings = {
            "score": report.score,
            "attempts": report.attempts,
            "families": report.families,
            "signals": report.reasons,
        }
        ts = dt.datetime.fromtimestamp(obs.ts, dt.UTC)
        out.audits.append(
            self._audit(
                ts, state.account_id, obs.request_id, obs.model, "review", REVIEW, summary, extra
            )
        )
        out.reviews.append(
            ReviewRequest(
                account_id=state.account_id,
                code=REVIEW,
                summary=f"Account {state.account_id} is put up for review (not held): {summary}",
                detail=ReviewDetail(request_id=obs.request_id, **extra),
            )
        )

    def adopt_holds(self, accounts: set[str]) -> int:
        """Hold the accounts whose bypass review is open in the store (raised by another
        replica or worker, or by this process before a restart); returns how many were new.
        Holds are lifted only by a ``cleared`` verdict (:meth:`clear`), which every process
        reads from the audit log."""
        new = accounts - self.held
        self.held |= new
        return len(new)

    def clear(self, account_id: str) -> bool:
        """Lift a hold after compliance cleared its review item; the evidence starts afresh
        (on the shared stream too, so a replica that rebuilds evidence from it after a restart
        does not count what came before the verdict)."""
        self.accounts.pop(account_id, None)
        self.reviewed.discard(account_id)
        if self.publish is not None:
            from exportgate.bypass.account import Observation

            self.publish(
                Observation(account_id=account_id, ts=time.time(), origin=self.origin, reset=True)
            )
        if account_id in self.held:
            self.held.discard(account_id)
            return True
        return False


_TEXT = re.compile(rb'"(?:content|text)"\s*:\s*"((?:[^"\\]|\\.){0,600})')


class RefusalWatch:
    """Judges a streamed answer from its first text chunks (at most 4 KiB of events read)."""

    __slots__ = ("buffer", "done")

    def __init__(self) -> None:
        self.buffer = b""
        self.done = False

    def feed(self, data: bytes) -> None:
        if not self.done:
            self.buffer += data[: 4096 - len(self.buffer)]
            self.done = len(self.buffer) >= 4096

    def refused(self) -> bool:
        return answer_refused(self.buffer)


def answer_refused(data: bytes) -> bool:
    """Whether an upstream answer (a JSON body or SSE events) opens as a refusal."""
    text = "".join(m.group(1).decode("utf-8", "replace") for m in _TEXT.finditer(data[:65536]))
    text = text.replace("\\n", "\n").replace('\\"', '"')
    return is_refusal(text)
