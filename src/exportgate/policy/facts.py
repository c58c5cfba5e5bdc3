"""Export-control facts: account, request, location and country data in; the policy context out.

Everything here is a pure function of its inputs (the screener is consulted through a cache).
The policy file (``default.cedar``) decides what the facts mean; this module only establishes
them, and keeps the details a compliance officer needs to understand each one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from exportgate.countries import CountryRules, DatedSets, describe_codes
from exportgate.policy import model_access
from exportgate.policy.ownership import OwnershipReader, unblocked_cuban
from exportgate.policy.screening import PartyScreening, ScreeningOutcome
from exportgate.records import Account, EndUser, Licence, Location, RequestFacts, Switches

NETWORK_LABELS = {"vpn": "a VPN service", "tor": "the Tor anonymity network"}
CUBA = "CU"


class Details(dict[str, str]):
    """Message placeholders computed on first use; an unknown placeholder stays visible."""

    def __init__(
        self, makers: dict[str, Callable[[], str]] | None = None, source: object | None = None
    ) -> None:
        super().__init__()
        self.makers = makers if makers is not None else {}
        self.source = source

    def __missing__(self, key: str) -> str:
        maker = self.makers.get(key)
        if maker is None and self.source is not None:
            maker = getattr(self.source, "p_" + key, None)
        value = maker() if maker is not None else "{" + key + "}"
        self[key] = value
        return value


@dataclass
class FactsResult:
    """The Cedar context plus the human-readable details messages are built from."""

    context: dict[str, Any]
    details: Details = field(default_factory=lambda: Details({}))
    data_versions: dict[str, str] = field(default_factory=dict)


def _percent(share: float) -> str:
    return f"{share * 100:.4g}%"


class FactsBuilder:
    """Computes the policy context for one request."""

    def __init__(self, rules: CountryRules, screening: PartyScreening) -> None:
        self.rules = rules
        self.screening = screening
        self.ownership = OwnershipReader(rules, screening)
        # Where list dates come from when the screener does not carry its files (the gateway
        # answers screening from stored statuses): a callable giving {list: date}.
        self.list_dates_source: Callable[[], Mapping[str, str | None]] | None = None
        self._version_cache: dict[int, tuple[Any, str, dict[str, str]]] = {}

    def destinations(self, account: Account, location: Location | None) -> list[str]:
        """Location country and region, the account's country, region and headquarters: every
        place the records carry is a destination."""
        canonical = self.rules.canonical
        found: list[str] = []
        for code in (
            location.country if location else None,
            location.region if location else None,
            account.country,
            account.region,
            account.headquarters,
        ):
            value = canonical(code)
            if value and value not in found:
                found.append(value)
        return found

    def status_countries(
        self, account: Account | EndUser, as_of: dt.date
    ) -> tuple[frozenset[str], str]:
        """The countries a release to this person is deemed an export to, and how they were
        chosen: the most recent citizenship or permanent residency (15 CFR 734.13(b)) by default,
        or every nationality and residence under the 'any_nationality' reading."""
        canonical = self.rules.canonical
        history = [h for h in account.status_history if h.since <= as_of]
        held = {*account.nationalities, *account.permanent_residence}
        if self.rules.deemed_export_reading == "any_nationality":
            held |= {h.country for h in history}
            how = "every nationality and permanent residence held (the provider's stricter reading)"
        elif history:
            latest = max(history, key=lambda h: h.since)
            held = {latest.country}
            status = "citizenship" if latest.status == "citizenship" else "permanent residency"
            how = (
                f"the most recent country of citizenship or permanent residency "
                f"({status} of {latest.country} since {latest.since})"
            )
        else:
            if account.most_recent_citizenship:
                # The latest citizenship is known; undated permanent residencies may be later.
                held = {account.most_recent_citizenship, *account.permanent_residence}
            held.discard("US")
            how = (
                "the most recent country of citizenship or permanent residency"
                if len(held) <= 1
                else "every country held, since the records do not say which citizenship or "
                "permanent residency is the most recent (add status_history)"
            )
        return frozenset(canonical(c) or c for c in held if c != "US"), how

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
        sets = rules.on(as_of)
        destinations = self.destinations(account, location)
        country_destinations = frozenset(d for d in destinations if "-" not in d)
        embargoed = frozenset(d for d in destinations if d in sets.embargoed)
        licence_required = country_destinations & sets.licence_required
        restricted = country_destinations & sets.restricted
        us_person = account.is_us_person
        is_person = account.is_person
        deemed: frozenset[str] = frozenset()
        deemed_how = ""
        status_unknown = False
        if is_person and not us_person:
            status_unknown = not (
                account.nationalities
                or account.permanent_residence
                or account.status_history
                or account.stateless
            )
            where = location.country if location is not None else None
            if where is None or rules.canonical(where) in rules.home_countries:
                held, deemed_how = self.status_countries(account, as_of)
                deemed = held & sets.deemed
        ownership = self.ownership.read(account, as_of, sets)
        needed = restricted | deemed | licence_required | ownership.ownership_destinations
        licensed: frozenset[str] = frozenset()
        if needed and account.licences:
            licensed = (
                frozenset().union(
                    *(
                        self.licence_destinations(lic)
                        for lic in account.licences
                        if lic.valid_on(as_of) and lic.applies_to(request.model.id)
                    )
                )
                & needed
            )
        outside_home = country_destinations - rules.home_countries

        party = self.screening.screen_account(account)
        home = rules.canonical(account.headquarters or account.country)
        blocked_government = (
            not is_person and account.government and home in sets.blocked_governments
        )
        cuban_person = (
            sets.cuba_in_force
            and is_person
            and CUBA in account.nationalities
            and not unblocked_cuban(account.nationalities, account.permanent_residence)
        )
        where = rules.canonical(location.country) if location is not None else None
        # An individual located outside Cuba is covered by the general license (31 CFR 515.585)
        # from its date, subject to conditions a person must confirm: review, not deny.
        cuban_abroad = (
            cuban_person
            and sets.cuba_abroad_licensed
            and where is not None
            and where != CUBA
            and account.country != CUBA
        )
        cuban = sets.cuba_in_force and (
            (cuban_person and not cuban_abroad)
            or (not is_person and CUBA in (account.country, account.headquarters))
            or ownership.cuban_owned
        )
        location_known = location is not None and location.country is not None
        network = location.network if location else "unknown"
        pause = switches.international_pause if switches else False

        context: dict[str, Any] = {
            "model_controlled": request.model.controlled,
            "destinations": frozenset(destinations),
            "embargoed_destinations": embargoed,
            "licence_required_destinations": licence_required,
            "restricted_destinations": restricted,
            "licensed_destinations": licensed,
            "deemed_export_countries": deemed,
            "person_status_unknown": status_unknown,
            "is_person": is_person,
            "us_person": us_person,
            "restricted_party": party.hit,
            "restricted_party_possible": party.possible,
            "blocked_government": blocked_government,
            "cuban_designated_national": cuban,
            "cuban_national_abroad": cuban_abroad and not cuban,
            "owned_by_restricted_party": ownership.owned_by_restricted_party,
            "owned_by_affiliates_rule_party": ownership.owned_by_affiliates_rule_party,
            "ownership_review": ownership.ownership_review,
            "owned_by_restricted_destination": ownership.owned_by_restricted_destination,
            "ownership_destinations": ownership.ownership_destinations,
            "provider_ownership": ownership.provider_ownership
            and not (
                request.model.controlled is False
                and rules.provider_rule is not None
                and rules.provider_rule.controlled_models_only
            ),
            "international_pause": pause,
            "outside_home_destinations": outside_home,
            "location_known": location_known,
            "embargoed_region_unverified": _region_unverified(rules, location),
            "kyc_verified": account.kyc_verified,
            "network": network,
            "distillation_suspected": distillation_detail is not None,
        }
        details = Details(
            source=_Explainer(
                self,
                account,
                request,
                context,
                party,
                ownership.details,
                location,
                location_problem,
                distillation_detail,
                deemed_how,
                home,
                sets,
                needed,
                as_of,
            )
        )
        model_access.extend(self, context, details, account, request, as_of, location)
        return FactsResult(context=context, details=details, data_versions=self._versions(location))

    def _versions(self, location: Location | None) -> dict[str, str]:
        """Versions of every data set used; memoised per location data dict (locators share one
        read-only dict across lookups)."""
        data = (location.data or None) if location is not None else None
        key = id(data) if data else 0
        cached = self._version_cache.get(key)
        if cached is not None and cached[0] is data and cached[1] == self.screening.version:
            return dict(cached[2])
        versions = {"country_data": self.rules.version, "screening": self.screening.version}
        versions.update(self._list_dates())
        if data:
            versions.update({f"location.{k}": v for k, v in data.items()})
        if len(self._version_cache) > 64:
            self._version_cache.clear()
        self._version_cache[key] = (data, self.screening.version, versions)
        return dict(versions)

    def _list_dates(self) -> dict[str, str]:
        """The publication date of each restricted-party list used (oldest file per list), so
        every decision says how old its lists were."""
        files = getattr(self.screening.screener, "files", None)
        if files is None and self.list_dates_source is not None:
            return {
                f"list_date.{name}": str(date)
                for name, date in self.list_dates_source().items()
                if date
            }
        dates: dict[str, str] = {}
        for f in files or ():
            date = getattr(f, "date", None)
            name = f"list_date.{getattr(f, 'list', '?')}"
            if date and (name not in dates or str(date) < dates[name]):
                dates[name] = str(date)
        return dates

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
                used.append(
                    f"licence {lic.id} covers {describe_codes(dests)} until {lic.valid_until}"
                )
            elif as_of > lic.valid_until:
                lapsed.append(
                    f"licence {lic.id} for {describe_codes(dests)} expired on {lic.valid_until}"
                )
            else:
                lapsed.append(f"licence {lic.id} is valid only from {lic.valid_from}")
        return "; ".join(used), "; ".join(lapsed)


def _region_unverified(rules: CountryRules, location: Location | None) -> bool:
    """The location is in a country with embargoed regions but the data cannot tell the region
    (country-level IP data places Crimea, Donetsk and Luhansk in UA or RU inconsistently)."""
    if location is None or location.country is None or location.region is not None:
        return False
    return location.country in rules.countries_with_embargoed_regions


class _Explainer:
    """The message placeholders of one decision, each computed only if a rule that applies asks
    for it (``p_<placeholder>``); no per-decision closures."""

    __slots__ = (
        "builder",
        "account",
        "request",
        "context",
        "party",
        "ownership",
        "location",
        "location_problem",
        "distillation",
        "deemed_how",
        "home",
        "sets",
        "needed",
        "as_of",
        "_notes",
    )

    def __init__(
        self,
        builder: FactsBuilder,
        account: Account,
        request: RequestFacts,
        context: dict[str, Any],
        party: ScreeningOutcome,
        ownership: dict[str, str],
        location: Location | None,
        location_problem: str | None,
        distillation: str | None,
        deemed_how: str,
        home: str | None,
        sets: DatedSets,
        needed: frozenset[str],
        as_of: dt.date,
    ) -> None:
        self.builder = builder
        self.account = account
        self.request = request
        self.context = context
        self.party = party
        self.ownership = ownership
        self.location = location
        self.location_problem = location_problem
        self.distillation = distillation
        self.deemed_how = deemed_how
        self.home = home
        self.sets = sets
        self.needed = needed
        self.as_of = as_of
        self._notes: tuple[str, str] | None = None

    def _unlicensed(self, key: str) -> str:
        return describe_codes(self.context[key] - self.context["licensed_destinations"])

    def p_embargoed_destinations(self) -> str:
        return describe_codes(self.context["embargoed_destinations"])

    def p_unlicensed_restricted_destinations(self) -> str:
        return self._unlicensed("restricted_destinations")

    def p_unlicensed_deemed_export_countries(self) -> str:
        return self._unlicensed("deemed_export_countries")

    def p_unlicensed_licence_required(self) -> str:
        return self._unlicensed("licence_required_destinations")

    def p_unlicensed_ownership_destinations(self) -> str:
        return self._unlicensed("ownership_destinations")

    def p_licensed_needed(self) -> str:
        return describe_codes(self.needed)

    def p_restricted_party_detail(self) -> str:
        return self.party.explanation

    def p_ownership_detail(self) -> str:
        return self.ownership.get("ownership_detail", "")

    def p_affiliates_detail(self) -> str:
        return self.ownership.get("affiliates_detail", "")

    def p_ownership_review_detail(self) -> str:
        return self.ownership.get("ownership_review_detail", "")

    def p_destination_ownership_detail(self) -> str:
        return self.ownership.get("destination_ownership_detail", "")

    def p_provider_ownership_detail(self) -> str:
        return self.ownership.get("provider_ownership_detail", "")

    def p_pause_detail(self) -> str:
        outside = self.context["outside_home_destinations"]
        if outside:
            return f"the request involves {describe_codes(outside)}"
        return "the user is not a US person (citizen, permanent resident or protected individual)"

    def p_location_detail(self) -> str:
        if self.location_problem:
            return self.location_problem
        if self.location is None:
            return "no location was given and the request has no IP address"
        return "the location data has no country for this address"

    def p_embargoed_regions_of_country(self) -> str:
        country = self.location.country if self.location is not None else None
        return describe_codes(
            sorted(
                r
                for r in self.builder.rules.embargoed_regions
                if country and r.startswith(country + "-")
            )
        )

    def p_network_label(self) -> str:
        network = self.context["network"]
        return NETWORK_LABELS.get(network, str(network))

    def p_distillation_detail(self) -> str:
        return self.distillation or ""

    def p_deemed_basis(self) -> str:
        return self.deemed_how

    def p_blocked_government_detail(self) -> str:
        home = self.home
        if home is None or home not in self.sets.blocked_governments:
            return ""
        return f"{describe_codes([home])}: {self.sets.blocked_governments[home]}"

    def p_cuban_detail(self) -> str:
        if "cuban_ownership_detail" in self.ownership:
            return (
                "the account is owned or controlled by Cuba or Cuban nationals: "
                + self.ownership["cuban_ownership_detail"]
            )
        if self.account.is_person:
            return (
                "the account holder is a national of Cuba with no permanent residence "
                "outside Cuba recorded (not unblocked under 31 CFR 515.505)"
            )
        return "the account is organised in, or has its principal place of business in, Cuba"

    def p_cuba_abroad_citation(self) -> str:
        return self.builder.rules.cuba_abroad_citation or "31 CFR 515.585"

    def p_licence_required_basis(self) -> str:
        windows = self.builder.rules.licence_required_windows
        return "; ".join(
            windows[c].source for c in sorted(self.context["licence_required_destinations"])
        )

    def _licence_notes(self) -> tuple[str, str]:
        if self._notes is None:
            self._notes = (
                self.builder.licence_notes(
                    self.account, self.request.model.id, self.needed, self.as_of
                )
                if self.needed
                else ("", "")
            )
        return self._notes

    def p_licence_detail(self) -> str:
        return self._licence_notes()[0] or "a licence"

    def p_lapsed_licences(self) -> str:
        lapsed = self._licence_notes()[1]
        return f" ({lapsed})" if lapsed else ""
