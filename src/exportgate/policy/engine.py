"""The decision engine: facts in, :class:`~exportgate.records.Decision` out.

A request is denied when any ``forbid`` rule with ``@outcome("deny")`` applies, sent to review when
only ``@outcome("review")`` rules apply, and allowed otherwise, with the reason of the first
``permit`` rule that applies and the ``@obligation`` of every permit rule that applies. Reasons are
listed most severe first: deny rules, then review rules, each in file order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import string
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from exportgate.countries import CountryRules, default_country_rules
from exportgate.policy.cedar import (
    CedarEvaluationError,
    CompiledPolicy,
    ReferenceEvaluator,
    UnsupportedCedar,
    compile_policies,
)
from exportgate.policy.facts import FactsBuilder, FactsResult
from exportgate.policy.screening import PartyScreening
from exportgate.records import (
    Account,
    DecideCase,
    Decision,
    Location,
    Reason,
    RequestFacts,
    Switches,
    Verdict,
)
from exportgate.screening.api import Screener

Locate = Callable[[str], Location]
OUTCOMES: tuple[Verdict, ...] = ("deny", "review")


def default_policy_text() -> str:
    return resources.files("exportgate.policy").joinpath("default.cedar").read_text("utf-8")


class PolicyError(ValueError):
    """The policy text is not usable (does not parse, or a rule lacks its annotations)."""


@dataclass(frozen=True)
class Rule:
    policy: CompiledPolicy
    reason: str | None
    outcome: str | None
    message: str
    obligation: str | None


def _check_rules(policies: list[CompiledPolicy]) -> list[Rule]:
    rules = []
    for policy in policies:
        notes = policy.annotations
        reason, outcome, obligation = (
            notes.get("reason"),
            notes.get("outcome"),
            notes.get("obligation"),
        )
        if policy.effect == "forbid":
            if not reason:
                raise PolicyError(f"forbid rule {policy.policy_id} has no @reason annotation")
            if outcome not in OUTCOMES:
                raise PolicyError(
                    f'forbid rule {policy.policy_id} needs @outcome("deny") or @outcome("review")'
                )
        elif not (reason or obligation):
            raise PolicyError(f"permit rule {policy.policy_id} has neither @reason nor @obligation")
        for _, field_name, _, _ in string.Formatter().parse(notes.get("message", "")):
            if field_name is not None and not field_name.isidentifier():
                raise PolicyError(f"rule {policy.policy_id}: bad placeholder {{{field_name}}}")
        rules.append(Rule(policy, reason, outcome, notes.get("message", ""), obligation))
    return rules


class PolicyEngine:
    """Evaluates a Cedar policy over export-control facts."""

    def __init__(
        self,
        policy_text: str,
        *,
        rules: CountryRules | None = None,
        screener: Screener | None = None,
        locate: Locate | None = None,
        use_reference_evaluator: bool = False,
    ) -> None:
        self.policy_text = policy_text
        self.version = "sha256:" + hashlib.sha256(policy_text.encode("utf-8")).hexdigest()[:16]
        self.country_rules = rules or default_country_rules()
        self.screening = PartyScreening(screener)
        self.facts = FactsBuilder(self.country_rules, self.screening)
        self.locate = locate
        try:
            compiled = compile_policies(policy_text)
            self._reference: ReferenceEvaluator | None = None
        except UnsupportedCedar:
            use_reference_evaluator = True
            from exportgate.policy.cedar import parse_policies

            compiled = _annotations_only(parse_policies(policy_text))
        except ValueError as exc:
            raise PolicyError(str(exc)) from None
        self.rules = _check_rules(compiled)
        self._by_effect = (
            [r for r in self.rules if r.policy.effect == "forbid"],
            [r for r in self.rules if r.policy.effect != "forbid"],
        )
        if use_reference_evaluator:
            self._reference = ReferenceEvaluator(policy_text)

    @classmethod
    def default(
        cls,
        *,
        screener: Screener | None = None,
        locate: Locate | None = None,
        home_countries: list[str] | None = None,
    ) -> PolicyEngine:
        rules = None
        if home_countries:
            from exportgate.countries import load_country_rules

            rules = load_country_rules(home_countries=home_countries)
        return cls(default_policy_text(), rules=rules, screener=screener, locate=locate)

    # evaluation ---------------------------------------------------------------------------
    def _satisfied(self, action: str, context: dict[str, Any]) -> tuple[list[Rule], list[str]]:
        """Rules whose conditions hold. A forbid rule that cannot be evaluated counts as
        satisfied: missing data never lets a request through."""
        if self._reference is not None:
            return self._satisfied_reference(action, context)
        satisfied: list[Rule] = []
        errors: list[str] = []
        # Forbid rules first; permit rules (reason, obligations) matter only when no forbid
        # rule applies, so they are not evaluated otherwise.
        for group in self._by_effect:
            if satisfied:
                break
            for rule in group:
                policy = rule.policy
                if policy.action is not None and policy.action != action:
                    continue
                try:
                    if policy.test(context):
                        satisfied.append(rule)
                except CedarEvaluationError as exc:
                    errors.append(f"{policy.policy_id}: {exc}")
                    if policy.effect == "forbid":
                        satisfied.append(rule)
        return satisfied, errors

    def _satisfied_reference(
        self, action: str, context: dict[str, Any]
    ) -> tuple[list[Rule], list[str]]:
        assert self._reference is not None
        positions, errors = self._reference.satisfied_positions(action, context)
        return [r for r in self.rules if r.policy.position in positions], errors

    def evaluate(self, facts: FactsResult, action: str = "inference") -> Decision:
        satisfied, errors = self._satisfied(action, facts.context)
        placeholders = facts.details
        reasons: list[Reason] = []
        for outcome in OUTCOMES:
            for rule in satisfied:
                if rule.policy.effect == "forbid" and rule.outcome == outcome:
                    if any(r.code == rule.reason for r in reasons):
                        continue
                    message = rule.message.format_map(placeholders)
                    if any(e.startswith(rule.policy.policy_id + ":") for e in errors):
                        message += " (This rule could not be fully evaluated; failing closed.)"
                    reasons.append(
                        Reason(
                            code=str(rule.reason),
                            message=message,
                            outcome=outcome,
                            policy_id=rule.policy.policy_id,
                        )
                    )
        obligations: list[str] = []
        verdict: Verdict
        if reasons:
            verdict = reasons[0].outcome
        else:
            verdict = "allow"
            permits = [r for r in satisfied if r.policy.effect == "permit"]
            first = next((r for r in permits if r.reason), None)
            if first is not None:
                reasons.append(
                    Reason(
                        code=str(first.reason),
                        message=first.message.format_map(placeholders),
                        outcome="allow",
                        policy_id=first.policy.policy_id,
                    )
                )
            obligations = [str(r.obligation) for r in permits if r.obligation]
        return Decision(
            decision=verdict,
            reasons=reasons,
            obligations=obligations,
            policy_version=self.version,
            data_versions=facts.data_versions,
        )

    def build_facts(
        self,
        account: Account,
        request: RequestFacts,
        location: Location | None = None,
        switches: Switches | None = None,
        as_of: dt.date | None = None,
        *,
        distillation_detail: str | None = None,
    ) -> FactsResult:
        problem = None
        if location is None and request.ip and self.locate is not None:
            try:
                location = self.locate(request.ip)
            except ValueError as exc:
                problem = f"the IP address {request.ip} could not be located: {exc}"
        elif location is None and request.ip:
            problem = "no location data set is configured to look up the IP address"
        return self.facts.build(
            account,
            request,
            location,
            switches,
            as_of or dt.date.today(),
            location_problem=problem,
            distillation_detail=distillation_detail,
        )

    def decide(
        self,
        account: Account,
        request: RequestFacts,
        location: Location | None = None,
        switches: Switches | None = None,
        as_of: dt.date | None = None,
        *,
        distillation_detail: str | None = None,
    ) -> Decision:
        facts = self.build_facts(
            account, request, location, switches, as_of, distillation_detail=distillation_detail
        )
        return self.evaluate(facts, request.action)

    def decide_case(self, case: DecideCase) -> Decision:
        return self.decide(case.account, case.request, case.location, case.switches, case.as_of)


def _annotations_only(policies: list[dict[str, Any]]) -> list[CompiledPolicy]:
    """Policy metadata for the reference evaluator path (conditions are not compiled)."""
    return [
        CompiledPolicy(
            position=i,
            effect=p["effect"],
            annotations={k: str(v) for k, v in (p.get("annotations") or {}).items()},
            action=None,
        )
        for i, p in enumerate(policies)
    ]
