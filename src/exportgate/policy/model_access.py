"""Per-model access orders (issue 16): the facts behind ``access``, the approved-entity list, the
per-model pause and the end user inside an organisation account.

A government order may bind one model and not the others (June 2026: "no foreign national may
use" two named models). Each model therefore carries its own access rule (``open``,
``us_persons`` or ``approved``), its approved accounts, a pause and an optional fallback model.
This module turns those and the request's end user into Cedar context facts; the rules that read
them are the "per-model access orders" block of ``default.cedar``. It also feeds a registered
end user's nationality into the deemed-export and international-pause facts, exactly as the
holder's nationality feeds them for a person account.

Called once per decision from :meth:`FactsBuilder.build` (a single hook); pure and cheap: the
end-user index of an account is built once per account record and reused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from exportgate.countries import describe_codes
from exportgate.records import Account, EndUser, Location, ModelRef, RequestFacts

if TYPE_CHECKING:
    import datetime as dt

    from exportgate.policy.facts import Details, FactsBuilder
    from exportgate.records import Decision

#: Reason codes of the per-model rules: a refusal for these alone may be rerouted to a fallback.
PER_MODEL_CODES = frozenset(
    {
        "MODEL_PAUSED",
        "NOT_APPROVED_FOR_MODEL",
        "END_USER_REQUIRED",
        "END_USER_UNVERIFIED",
        "US_PERSONS_ONLY",
    }
)

#: The Cedar context facts this module sets (documented in default.cedar).
CONTEXT_KEYS = (
    "model_paused",
    "model_us_persons_only",
    "model_approved_only",
    "account_approved_for_model",
    "end_user_named",
    "end_user_registered",
    "end_user_verified",
    "end_user_us_person",
    "end_user_protected_individual",
)

_INDEX_LIMIT = 4096
_index: dict[int, tuple[list[EndUser], dict[str, EndUser]]] = {}


def find_end_user(account: Account, end_user_id: str) -> EndUser | None:
    """The account's registered end user with this id (an index per account record, cached)."""
    users = account.end_users
    if not users:
        return None
    cached = _index.get(id(users))
    if cached is None or cached[0] is not users:
        if len(_index) >= _INDEX_LIMIT:
            _index.clear()
        cached = (users, {u.id: u for u in users})
        _index[id(users)] = cached
    return cached[1].get(end_user_id)


def _countries_text(codes: list[str]) -> str:
    return describe_codes(set(codes)) if codes else "no country on record"


_HOLDER_PROTECTED = "protected_individual" in Account.__struct_fields__


def _holder_protected(account: Account) -> bool:
    """A person account's ``protected_individual`` flag, where the record carries one."""
    return bool(getattr(account, "protected_individual", False)) if _HOLDER_PROTECTED else False


def extend(
    builder: FactsBuilder,
    context: dict[str, Any],
    details: Details,
    account: Account,
    request: RequestFacts,
    as_of: dt.date,
    location: Location | None = None,
) -> None:
    """Add the per-model facts to ``context`` and their message details to ``details``; for a
    registered end user of an organisation, make the deemed-export and pause facts about that
    person."""
    model = request.model
    access = model.access
    end_user_id = request.end_user
    user: EndUser | None = None
    if account.kind == "person":  # the holder is the end user
        named = registered = True
        verified = account.kyc_verified
        us_person = account.is_us_person
        protected = _holder_protected(account)
    elif end_user_id is None:
        named = registered = verified = us_person = protected = False
    else:
        named = True
        user = find_end_user(account, end_user_id)
        if user is None:
            registered = verified = us_person = protected = False
        else:
            registered = True
            verified = user.citizenship_verified
            us_person = user.is_us_person
            protected = user.protected_individual
    context["model_paused"] = model.paused
    context["model_us_persons_only"] = access == "us_persons"
    context["model_approved_only"] = access == "approved"
    context["account_approved_for_model"] = account.id in model.approved_accounts
    context["end_user_named"] = named
    context["end_user_registered"] = registered
    context["end_user_verified"] = verified
    context["end_user_us_person"] = us_person
    context["end_user_protected_individual"] = protected
    if user is not None:
        # the end user, a natural person, takes the holder's place in the nationality facts
        context["is_person"] = True
        context["us_person"] = us_person or protected
        if not (us_person or protected) or context["deemed_export_countries"]:
            _feed_nationality(builder, context, details, account, request, user, as_of, location)
    if model.paused or access != "open":
        details["model_id"] = model.id
        details["account_id"] = account.id
        admitted = registered and verified and (us_person or protected)
        if access == "us_persons" and not admitted:  # a rule about the end user may apply
            details.makers.update(_person_makers(account, user, end_user_id, registered, verified))


def _person_makers(
    account: Account,
    user: EndUser | None,
    end_user_id: str | None,
    registered: bool,
    verified: bool,
) -> dict[str, Callable[[], str]]:
    """Message details about the end user, computed only if a rule's message asks."""

    def who() -> str:
        return (
            f"account holder {account.name}" if account.is_person else f"end user {end_user_id!r}"
        )

    def problem() -> str:
        if not registered:
            return (
                f"the end user {end_user_id!r} is not registered on account {account.id} "
                "(exportgate endusers import)"
            )
        if not verified:
            return f"the citizenship of {who()} has not been verified"
        return f"{who()} is registered"

    def countries() -> str:
        holder: Account | EndUser = account if user is None else user
        return _countries_text([*holder.nationalities, *holder.permanent_residence])

    return {"end_user": who, "end_user_problem": problem, "end_user_countries": countries}


def _feed_nationality(
    builder: FactsBuilder,
    context: dict[str, Any],
    details: Details,
    account: Account,
    request: RequestFacts,
    user: EndUser,
    as_of: dt.date,
    location: Location | None,
) -> None:
    """The end user's deemed-export countries replace the holder's, decided exactly as for a
    person account (15 CFR 734.13(b): the most recent citizenship or permanent residency, a
    release in the United States or another home country only), with the licences that cover
    them; an end user with no nationality, residence or stateless status recorded is unknown."""
    rules = builder.rules
    us_person = user.is_us_person or user.protected_individual
    deemed: frozenset[str] = frozenset()
    how = ""
    if not us_person:
        context["person_status_unknown"] = not (
            user.nationalities or user.permanent_residence or user.status_history or user.stateless
        )
        where = location.country if location is not None else None
        if where is None or rules.canonical(where) in rules.home_countries:
            held, how = builder.status_countries(user, as_of)
            deemed = held & rules.on(as_of).deemed
    else:
        context["person_status_unknown"] = False
    if how:
        details.makers["deemed_basis"] = lambda: how
    if deemed == context["deemed_export_countries"]:
        return
    context["deemed_export_countries"] = deemed
    restricted: frozenset[str] = context["restricted_destinations"]
    needed = restricted | deemed
    licensed: frozenset[str] = frozenset()
    if needed and account.licences:
        licensed = (
            frozenset().union(
                *(
                    builder.licence_destinations(lic)
                    for lic in account.licences
                    if lic.valid_on(as_of) and lic.applies_to(request.model.id)
                )
            )
            & needed
        )
    context["licensed_destinations"] = licensed
    if needed:

        def notes() -> tuple[str, str]:
            return builder.licence_notes(account, request.model.id, needed, as_of)

        details.makers["licence_detail"] = lambda: notes()[0] or "a licence"
        details.makers["lapsed_licences"] = lambda: f" ({notes()[1]})" if notes()[1] else ""


def reroute_target(decision: Decision, model: ModelRef) -> str | None:
    """The fallback to serve instead, when the model has one and the decision refuses it only
    for per-model rules (access order or per-model pause). Embargoes, restricted parties and
    every other rule are never rerouted."""
    if decision.decision == "allow" or not model.fallback:
        return None
    if all(r.code in PER_MODEL_CODES for r in decision.reasons if r.outcome != "allow"):
        return model.fallback
    return None
