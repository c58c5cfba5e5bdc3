"""Export-control facts: account, request, location and country data in; the policy context out.

Everything here is a pure function of its inputs (the screener is consulted through a cache).
The policy file (``default.cedar``) decides what the facts mean; this module only establishes
them, and keeps the details a compliance officer needs to understand each one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from exportgate.countries import CountryRules, country_name
from exportgate.policy import model_access
from exportgate.policy.screening import PartyScreening, ScreeningOutcome
from exportgate.records import Account, Licence, Location, Owner, RequestFacts, Switches

CONTROL_THRESHOLD = 0.5
NETWORK_LABELS = {"vpn": "a VPN service", "tor": "the Tor anonymity network"}
# CSL source lists whose 50%-owned affiliates are restricted only while the BIS Affiliates Rule is
# in force (90 FR 47201); OFAC's 50 percent rule for blocked persons applies at all times.
AFFILIATES_RULE_SOURCES = ("entity list", "military end user", "meu")


class Details(dict[str, str]):
    """Message placeholders computed on first use; an unknown placeholder stays visible."""

    def __init__(self, makers: dict[str, Callable[[], str]]) -> None:
        super().__init__()
        self.makers = makers

    def __missing__(self, key: str) -> str:
        maker = self.makers.get(key)
        value = maker() if maker is not None else "{" + key + "}"
        self[key] = value
        return value


@dataclass
class FactsResult:
    """The Cedar context plus the human-readable details messages are built from."""

    context: dict[str, Any]
    details: Details = field(default_factory=lambda: Details({}))
    data_versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _OwnerVerdict:
    by_party: bool
    by_destination: bool
    explanation: str


def describe_codes(codes: Sequence[str] | frozenset[str] | set[str]) -> str:
    """'Iran (IR)' or 'China (CN) and Macau (MO)'."""
    names = [f"{country_name(code)} ({code})" for code in sorted(codes)]
    if len(names) <= 1:
        return "".join(names) or "none"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _percent(share: float) -> str:
    return f"{share * 100:.4g}%"


class FactsBuilder:
    """Computes the policy context for one request."""

    def __init__(self, rules: CountryRules, screening: PartyScreening) -> None:
        self.rules = rules
        self.screening = screening
        self._version_cache: dict[int, tuple[Any, str, dict[str, str]]] = {}

    def destinations(self, account: Account, location: Location | None) -> list[str]:
        """Location country and region, the account's country and its headquarters."""
        canonical = self.rules.canonical
        found: list[str] = []
        for code in (
            location.country if location else None,
            location.region if location else None,
            account.country,
            account.headquarters,
        ):
            value = canonical(code)
            if value and value not in found:
                found.append(value)
        return found

    def build(
        self,
        account: Account,
        request: RequestFacts,
        location: Location | None,
        switches: Switches | None,
        as_of: dt.date,
        *,
        location_problem: str | None = None,
        distillation_detail: str | None = None,
    ) -> FactsResult:
        rules = self.rules
        canonical = rules.canonical
        destinations = self.destinations(account, location)
        country_destinations = frozenset(d for d in destinations if "-" not in d)
        embargoed = frozenset(d for d in destinations if rules.is_embargoed(d))
        restricted = country_destinations & rules.restricted_destinations
        us_person = account.is_us_person
        deemed: frozenset[str] = frozenset()
        if account.is_person and not us_person:
            held = {canonical(c) or c for c in (*account.nationalities,
                                                  *account.permanent_residence)}
            deemed = frozenset(held) & rules.deemed_export_countries
        licensed: frozenset[str] = frozenset()
        if (restricted or deemed) and account.licences:
            licensed = frozenset().union(*(
                self.licence_destinations(lic) for lic in account.licences
                if lic.valid_on(as_of) and lic.applies_to(request.model.id)
            )) & (restricted | deemed)
        outside_home = country_destinations - rules.home_countries

        party = self.screening.screen_account(account)
        ownership_by_party, ownership_by_destination, ownership_detail = self._ownership(
            account, as_of
        )
        location_known = location is not None and location.country is not None
        network = location.network if location else "unknown"
        pause = switches.international_pause if switches else False

        context: dict[str, Any] = {
            "model_controlled": request.model.controlled,
            "destinations": frozenset(destinations),
            "embargoed_destinations": embargoed,
            "restricted_destinations": restricted,
            "licensed_destinations": licensed,
            "deemed_export_countries": deemed,
            "is_person": account.is_person,
            "us_person": us_person,
            "restricted_party": party.hit,
            "restricted_party_possible": party.possible,
            "owned_by_restricted_party": ownership_by_party,
            "owned_by_restricted_destination": ownership_by_destination,
            "international_pause": pause,
            "outside_home_destinations": outside_home,
            "location_known": location_known,
            "embargoed_region_unverified": _region_unverified(rules, location),
            "kyc_verified": account.kyc_verified,
            "network": network,
            "distillation_suspected": distillation_detail is not None,
        }
        details = self._details(
            context, party, ownership_detail, location, location_problem, distillation_detail
        )
        if restricted or deemed:
            needed = restricted | deemed

            def notes() -> tuple[str, str]:
                return self.licence_notes(account, request.model.id, needed, as_of)

            details.makers["licence_detail"] = lambda: notes()[0] or "a licence"
            details.makers["lapsed_licences"] = lambda: f" ({notes()[1]})" if notes()[1] else ""
        model_access.extend(self, context, details, account, request, as_of)  # issue 16
        return FactsResult(context=context, details=details,
                           data_versions=self._versions(location))

    def _versions(self, location: Location | None) -> dict[str, str]:
        """Versions of every data set used; memoised per location data dict (locators share one
        read-only dict across lookups)."""
        data = location.data if location is not None else None
        key = id(data) if data else 0
        cached = self._version_cache.get(key)
        if cached is not None and cached[0] is data and cached[1] == self.screening.version:
            return dict(cached[2])
        versions = {"country_data": self.rules.version, "screening": self.screening.version}
        if data:
            versions.update({f"location.{k}": v for k, v in data.items()})
        if len(self._version_cache) > 64:
            self._version_cache.clear()
        self._version_cache[key] = (data, self.screening.version, versions)
        return dict(versions)

    def _details(
        self,
        context: dict[str, Any],
        party: ScreeningOutcome,
        ownership_detail: str,
        location: Location | None,
        location_problem: str | None,
        distillation_detail: str | None,
    ) -> Details:
        """Message details, each computed only if a rule that applies asks for it."""
        licensed = context["licensed_destinations"]

        def pause_detail() -> str:
            outside = context["outside_home_destinations"]
            if outside:
                return f"the request involves {describe_codes(outside)}"
            return "the user is not a US citizen or permanent resident"

        def location_detail() -> str:
            if location_problem:
                return location_problem
            if location is None:
                return "no location was given and the request has no IP address"
            return "the location data has no country for this address"

        def regions_of_country() -> str:
            country = location.country if location is not None else None
            return describe_codes(sorted(
                r for r in self.rules.embargoed_regions if country and r.startswith(country + "-")
            ))

        return Details({
            "embargoed_destinations": lambda: describe_codes(context["embargoed_destinations"]),
            "unlicensed_restricted_destinations": lambda: describe_codes(
                context["restricted_destinations"] - licensed),
            "unlicensed_deemed_export_countries": lambda: describe_codes(
                context["deemed_export_countries"] - licensed),
            "licensed_needed": lambda: describe_codes(
                context["restricted_destinations"] | context["deemed_export_countries"]),
            "restricted_party_detail": lambda: party.explanation,
            "ownership_detail": lambda: ownership_detail,
            "pause_detail": pause_detail,
            "location_detail": location_detail,
            "embargoed_regions_of_country": regions_of_country,
            "network_label": lambda: NETWORK_LABELS.get(context["network"],
                                                        str(context["network"])),
            "distillation_detail": lambda: distillation_detail or "",
            "licence_detail": lambda: "",
            "lapsed_licences": lambda: "",
        })

    def _ownership(self, account: Account, as_of: dt.date) -> tuple[bool, bool, str]:
        affiliates_in_force = not self.rules.fact_in_force("affiliates_rule_suspended", as_of)
        verdicts = [
            (owner, self._owner_verdict(owner, account, affiliates_in_force))
            for owner in account.owners
        ]
        party_share = sum(o.share for o, v in verdicts if v.by_party)
        any_share = sum(o.share for o, v in verdicts if v.by_party or v.by_destination)
        by_party = party_share >= CONTROL_THRESHOLD
        by_destination = any_share >= CONTROL_THRESHOLD
        if not (by_party or by_destination):
            return False, False, ""
        relevant = [
            f"{o.name} holds {_percent(o.share)} ({v.explanation})"
            for o, v in verdicts
            if v.by_party or (by_destination and v.by_destination)
        ]
        total = party_share if by_party else any_share
        return by_party, by_destination, "; ".join(relevant) + f" — {_percent(total)} in aggregate"

    def _owner_verdict(
        self, owner: Owner, account: Account, affiliates_in_force: bool
    ) -> _OwnerVerdict:
        """Is this owner a restricted entity, and why? Applied layer by layer: an owner is
        restricted when its own owners hold 50% or more in aggregate (shares are not multiplied
        down the chain)."""
        outcome = self.screening.screen_owner(owner, account)
        party = outcome.hit and (
            affiliates_in_force or not _only_affiliates_rule_lists(outcome)
        )
        home = self.rules.canonical(owner.headquarters or owner.country)
        restricted_home = owner.kind == "organization" and home is not None and (
            home in self.rules.restricted_destinations or self.rules.is_embargoed(home)
        )
        reasons: list[str] = []
        if party:
            reasons.append(f"restricted party: {outcome.explanation}")
        if restricted_home and home is not None:
            reasons.append(f"headquartered in {describe_codes([home])}, {self._basis(home)}")
        children = [
            (child, self._owner_verdict(child, account, affiliates_in_force))
            for child in owner.owners
        ]
        child_party = sum(c.share for c, v in children if v.by_party)
        child_any = sum(c.share for c, v in children if v.by_party or v.by_destination)
        by_party = party or child_party >= CONTROL_THRESHOLD
        by_destination = restricted_home or child_any >= CONTROL_THRESHOLD
        if child_any >= CONTROL_THRESHOLD and not (party or restricted_home):
            inner = "; ".join(
                f"{c.name} holds {_percent(c.share)} ({v.explanation})"
                for c, v in children
                if v.by_party or v.by_destination
            )
            reasons.append(f"itself {_percent(child_any)} owned by restricted entities: {inner}")
        return _OwnerVerdict(by_party, by_destination, "; ".join(reasons))


    def licence_destinations(self, licence: Licence) -> frozenset[str]:
        """The destinations a licence names, as the rules see them (a licence for HK is a
        licence for China, since Hong Kong is treated as China)."""
        return frozenset(self.rules.canonical(d) or d for d in licence.destinations)

    def licence_notes(
        self, account: Account, model_id: str, needed: frozenset[str], as_of: dt.date
    ) -> tuple[str, str]:
        """Which licences cover the needed destinations, and which would have but are not
        valid on the decision date."""
        used: list[str] = []
        lapsed: list[str] = []
        for lic in account.licences:
            dests = needed & self.licence_destinations(lic)
            if not dests or not lic.applies_to(model_id):
                continue
            if lic.valid_on(as_of):
                used.append(f"licence {lic.id} covers {describe_codes(dests)} "
                            f"until {lic.valid_until}")
            elif as_of > lic.valid_until:
                lapsed.append(f"licence {lic.id} for {describe_codes(dests)} expired on "
                              f"{lic.valid_until}")
            else:
                lapsed.append(f"licence {lic.id} is valid only from {lic.valid_from}")
        return "; ".join(used), "; ".join(lapsed)

    def _basis(self, code: str) -> str:
        if self.rules.is_embargoed(code):
            return "a comprehensively embargoed destination"
        if code in self.rules.groups.get("D:5", frozenset()):
            return "Country Group D:5"
        return "a restricted destination (grouped with D:5, 15 CFR 744.23)"


def _region_unverified(rules: CountryRules, location: Location | None) -> bool:
    """The location is in a country with embargoed regions but the data cannot tell the region
    (country-level IP data places Crimea, Donetsk and Luhansk in UA or RU inconsistently)."""
    if location is None or location.country is None or location.region is not None:
        return False
    return location.country in rules.countries_with_embargoed_regions


def _only_affiliates_rule_lists(outcome: ScreeningOutcome) -> bool:
    sources = [(m.source or m.list).lower() for m in outcome.hits]
    return bool(sources) and all(
        any(marker in source for marker in AFFILIATES_RULE_SOURCES) for source in sources
    )


