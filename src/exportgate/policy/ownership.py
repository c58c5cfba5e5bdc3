"""Ownership facts: which rule makes an owner count, applied layer by layer.

Each list has its own ownership rule (``ownership_rules`` in ``data/export_rules.yaml``):

- OFAC 50 percent rule: entities owned 50% or more in aggregate by blocked persons (SDN List
  parties, and governments whose property is blocked by status) are blocked. Always in force.
- BIS Affiliates Rule (90 FR 47201): foreign entities owned 50% or more by Entity List, MEU List
  (or certain SDN) parties take on their restrictions, only on the dates the rule is in force.
- Every other list (Unverified List, Denied Persons List, other CSL lists) has no ownership rule:
  ownership by its parties alone is a reason for review, never a denial.

Destination-based ownership (an owner headquartered in D:5, Macau or an embargoed destination),
Cuban-national ownership (31 CFR 515.302) and the provider's own ownership policy are computed
alongside. Shares are aggregated per layer, not multiplied down the chain: an owner is restricted
under a rule when it is itself restricted or its own owners restricted under that rule hold the
rule's threshold in aggregate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from exportgate.countries import CountryRules, DatedSets, OwnershipRule, country_name
from exportgate.policy.screening import PartyScreening, ScreeningOutcome
from exportgate.records import Account, Owner

OFAC = "ofac_50_percent"
AFFILIATES = "bis_affiliates_rule"
KINDS = ("ofac", "affiliates", "listed", "cuban", "destination", "unsupported")


def _percent(share: float) -> str:
    return f"{share * 100:.4g}%"


def _named(code: str) -> str:
    return f"{country_name(code)} ({code})"


@dataclass
class _Verdict:
    """What one owner is, per rule, with the reason for each."""

    reasons: dict[str, str] = field(default_factory=dict)
    destinations: frozenset[str] = frozenset()

    def has(self, kind: str) -> bool:
        return kind in self.reasons


@dataclass(frozen=True)
class OwnershipFacts:
    """The account-level ownership facts and their explanations."""

    owned_by_restricted_party: bool = False
    owned_by_affiliates_rule_party: bool = False
    ownership_review: bool = False
    cuban_owned: bool = False
    owned_by_restricted_destination: bool = False
    ownership_destinations: frozenset[str] = frozenset()
    provider_ownership: bool = False
    details: dict[str, str] = field(default_factory=dict)


NONE = OwnershipFacts()


class OwnershipReader:
    """Reads an account's ownership chain under the rules in force on the decision date."""

    CACHE_SIZE = 4096

    def __init__(self, rules: CountryRules, screening: PartyScreening) -> None:
        self.rules = rules
        self.screening = screening
        # Per account object and date: accounts are immutable once loaded (a changed account
        # is a new object), and the screening version is part of the check.
        self._cache: dict[tuple[int, dt.date], tuple[Account, str, OwnershipFacts]] = {}

    # one owner ------------------------------------------------------------------------------
    def _verdict(
        self, owner: Owner, account: Account, sets: DatedSets, thresholds: dict[str, float]
    ) -> tuple[_Verdict, list[tuple[Owner, _Verdict]]]:
        rules = self.rules
        verdict = _Verdict()
        outcome = self.screening.screen_owner(owner, account)
        if outcome.hit:
            self._list_reasons(outcome, verdict)
        home = rules.canonical(owner.headquarters or owner.country)
        region = owner.region
        is_org = owner.kind == "organization"
        if is_org and owner.government and home in sets.blocked_governments:
            verdict.reasons.setdefault(
                "ofac",
                f"part of the Government of {_named(home)}, whose property is blocked "
                f"({sets.blocked_governments[home]})",
            )
            verdict.reasons.setdefault("listed", verdict.reasons["ofac"])
        if sets.cuba_in_force:
            cuban = self._cuban(owner, home)
            if cuban:
                verdict.reasons["cuban"] = cuban
        places = [c for c in (home, region) if c]
        restricted_here = frozenset(
            c for c in places if c in sets.restricted or c in sets.embargoed
        )
        if is_org and restricted_here:
            verdict.destinations = restricted_here
            verdict.reasons["destination"] = "headquartered in " + ", ".join(
                f"{_named(c)}, {self._basis(c, sets)}" for c in sorted(restricted_here)
            )
        provider = rules.provider_rule
        if provider is not None and provider.enabled:
            unsupported = self._unsupported(owner, home, provider.unsupported)
            if unsupported:
                verdict.reasons["unsupported"] = unsupported
        if not owner.owners:
            return verdict, []
        children = [
            (child, self._verdict(child, account, sets, thresholds)[0]) for child in owner.owners
        ]
        for kind in KINDS:
            if verdict.has(kind):
                continue
            share = sum(c.share for c, v in children if v.has(kind))
            threshold = thresholds[kind]
            met = share > threshold if kind == "unsupported" else share >= threshold
            if met:
                inner = "; ".join(
                    f"{c.name} holds {_percent(c.share)} ({v.reasons[kind]})"
                    for c, v in children
                    if v.has(kind)
                )
                verdict.reasons[kind] = f"itself {_percent(share)} owned by such parties: {inner}"
                if kind == "destination":
                    verdict.destinations = frozenset().union(
                        *(v.destinations for _, v in children if v.has(kind))
                    )
        return verdict, children

    def _list_reasons(self, outcome: ScreeningOutcome, verdict: _Verdict) -> None:
        ofac = self.rules.ownership_rules.get(OFAC)
        affiliates = self.rules.ownership_rules.get(AFFILIATES)
        text = f"restricted party: {outcome.explanation}"
        verdict.reasons["listed"] = text
        for match in outcome.hits:
            if ofac is not None and ofac.covers_list(match.list, match.source):
                verdict.reasons["ofac"] = text
            if affiliates is not None and affiliates.covers_list(match.list, match.source):
                verdict.reasons["affiliates"] = text

    def _cuban(self, owner: Owner, home: str | None) -> str:
        if owner.kind == "person":
            if "CU" in owner.nationalities and not unblocked_cuban(
                owner.nationalities, owner.permanent_residence
            ):
                return (
                    "a national of Cuba with no permanent residence outside Cuba "
                    "(31 CFR 515.302, 515.505)"
                )
            return ""
        if home == "CU":
            return (
                "organised in or with its principal place of business in Cuba "
                "(31 CFR 515.302(a)(2))"
            )
        return ""

    @staticmethod
    def _unsupported(owner: Owner, home: str | None, unsupported: frozenset[str]) -> str:
        if owner.kind == "organization":
            return f"headquartered in {_named(home)}" if home in unsupported else ""
        held = sorted(
            {
                *owner.nationalities,
                *owner.permanent_residence,
                *([owner.country] if owner.country else []),
            }
            & unsupported
        )
        return ("a national or resident of " + ", ".join(_named(c) for c in held)) if held else ""

    def _basis(self, code: str, sets: DatedSets) -> str:
        if code in sets.embargoed:
            return "a comprehensively embargoed destination"
        if code in sets.groups.get("D:5", frozenset()):
            return "Country Group D:5"
        return "a restricted destination (grouped with D:5, 15 CFR 742.6(a)(6)(iii)(A))"

    # the account ----------------------------------------------------------------------------
    def read(self, account: Account, as_of: dt.date, sets: DatedSets) -> OwnershipFacts:
        if not account.owners:
            return NONE
        key = (id(account), as_of)
        cached = self._cache.get(key)
        version = self.screening.version
        if cached is not None and cached[0] is account and cached[1] == version:
            return cached[2]
        facts = self._read(account, as_of, sets)
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = (account, version, facts)
        return facts

    def _read(self, account: Account, as_of: dt.date, sets: DatedSets) -> OwnershipFacts:
        rules = self.rules
        ofac_rule = rules.ownership_rules.get(OFAC)
        aff_rule = rules.ownership_rules.get(AFFILIATES)
        provider = rules.provider_rule
        thresholds = {
            "ofac": ofac_rule.threshold if ofac_rule else 0.5,
            "affiliates": aff_rule.threshold if aff_rule else 0.5,
            "listed": 0.5,
            "cuban": rules.cuba_control_threshold,
            "destination": 0.5,
            "unsupported": provider.threshold if provider else 0.5,
        }
        verdicts = [(o, self._verdict(o, account, sets, thresholds)[0]) for o in account.owners]
        shares = {kind: sum(o.share for o, v in verdicts if v.has(kind)) for kind in KINDS}

        def lines(kind: str) -> str:
            return (
                "; ".join(
                    f"{o.name} holds {_percent(o.share)} ({v.reasons[kind]})"
                    for o, v in verdicts
                    if v.has(kind)
                )
                + f" — {_percent(shares[kind])} in aggregate"
            )

        details: dict[str, str] = {}
        by_ofac = shares["ofac"] >= thresholds["ofac"]
        if by_ofac:
            details["ownership_detail"] = lines("ofac")
        aff_in_force = aff_rule is not None and aff_rule.in_force(as_of)
        us_entity = account.country == "US"
        aff_met = shares["affiliates"] >= thresholds["affiliates"]
        by_aff = aff_met and aff_in_force and not us_entity and not by_ofac
        if by_aff:
            details["affiliates_detail"] = lines("affiliates")
        cuban_owned = sets.cuba_in_force and shares["cuban"] >= thresholds["cuban"]
        if cuban_owned:
            details["cuban_ownership_detail"] = lines("cuban")
        review_notes: list[str] = []
        if not (by_ofac or by_aff) and shares["listed"] >= 0.5:
            if aff_met and not aff_in_force and aff_rule is not None:
                checked = (
                    f"; no extension of its suspension found as of {aff_rule.checked}"
                    if aff_rule.checked
                    else ""
                )
                why = (
                    f"the {aff_rule.name} ({aff_rule.citation}) is not in force on "
                    f"{as_of.isoformat()} ({_windows(aff_rule)}{checked})"
                )
            elif aff_met and us_entity and aff_rule is not None:
                why = (
                    f"the account is incorporated in the United States, and the "
                    f"{aff_rule.name} reaches foreign affiliates only"
                )
            else:
                why = "the lists involved have no ownership rule"
            review_notes.append(f"{lines('listed')}. Ownership alone does not restrict here: {why}")
        if not cuban_owned and shares["cuban"] > 0:
            review_notes.append(
                f"{lines('cuban')}: Cuban-national ownership below control "
                "(31 CFR 515.302 has no numerical test); review whether Cuba or "
                "a Cuban national controls the account"
            )
        if review_notes:
            details["ownership_review_detail"] = ". ".join(review_notes)
        by_destination = shares["destination"] >= thresholds["destination"]
        destinations: frozenset[str] = frozenset()
        if by_destination:
            destinations = frozenset().union(
                *(v.destinations for _, v in verdicts if v.has("destination"))
            )
            details.setdefault("ownership_detail", lines("destination"))
            details["destination_ownership_detail"] = lines("destination")
        by_provider = (
            provider is not None
            and provider.enabled
            and shares["unsupported"] > thresholds["unsupported"]
            and account.kind == "organization"
        )
        if by_provider:
            details["provider_ownership_detail"] = lines("unsupported")
        return OwnershipFacts(
            owned_by_restricted_party=by_ofac,
            owned_by_affiliates_rule_party=by_aff,
            ownership_review=bool(review_notes),
            cuban_owned=cuban_owned,
            owned_by_restricted_destination=by_destination,
            ownership_destinations=destinations,
            provider_ownership=by_provider,
            details=details,
        )


def unblocked_cuban(nationalities: list[str], permanent_residence: list[str]) -> bool:
    """A Cuban national with permanent residence outside Cuba (or US citizenship) is unblocked
    (31 CFR 515.505)."""
    return "US" in nationalities or any(c != "CU" for c in permanent_residence)


def _windows(rule: OwnershipRule) -> str:
    parts = []
    for w in rule.windows:
        start = "" if w.start == dt.date.min else w.start.isoformat()
        until = "" if w.until == dt.date.max else w.until.isoformat()
        parts.append(f"in force {start or 'always'}" + (f" to {until}" if until else " onwards"))
    return ", ".join(parts)
