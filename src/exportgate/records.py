"""Shared records: the JSON contracts of DESIGN.md as validated, typed structures.

Every record is a ``msgspec.Struct``: decoding is fast enough for the request path and a bad field
is reported with its path. :func:`parse` wraps decoding so that callers always get a
:class:`RecordError` naming the record's id and the offending field, never a bare exception.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, Literal, TypeVar

import msgspec

from exportgate.countries import is_known_country, is_known_region

EntityKind = Literal["organization", "person"]
NetworkType = Literal["residential", "datacenter", "vpn", "tor", "unknown"]
Verdict = Literal["allow", "deny", "review"]

SHARE_TOLERANCE = 1e-9


class RecordError(ValueError):
    """A record failed validation. ``record_id`` and ``field`` say exactly where."""

    def __init__(self, record_id: str | None, field: str, message: str) -> None:
        self.record_id = record_id
        self.field = field
        self.message = message
        where = f"record {record_id!r}" if record_id is not None else "record without id"
        super().__init__(f"{where}, field {field!r}: {message}")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.record_id, "error": str(self), "field": self.field}


def _field_error(field: str, message: str) -> ValueError:
    """A validation error that names the field inside the struct being validated; msgspec adds
    the struct's path and :func:`parse` joins the two."""
    return ValueError(f"{_FIELD_MARK}{field}`: {message}")


_FIELD_MARK = "field `"


def _country(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not is_known_country(code):
        raise _field_error(
            field, f"unknown country code {value!r} (expected ISO 3166-1 alpha-2, e.g. 'US')"
        )
    return code


def _countries(values: list[str], field: str) -> list[str]:
    return [c for i, v in enumerate(values) if (c := _country(v, f"{field}[{i}]")) is not None]


def _region(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if not is_known_region(code):
        raise _field_error(
            field, f"malformed region code {value!r} (expected ISO 3166-2, e.g. 'UA-43')"
        )
    return code


def _check_owner_shares(owners: list[Owner]) -> None:
    total = sum(o.share for o in owners)
    if total > 1 + SHARE_TOLERANCE:
        raise _field_error("owners", f"owners' shares sum to {total:.4f}, more than 1 (100%)")


class Owner(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A direct owner of an account or of another owner, with its share in 0..1."""

    name: str
    kind: EntityKind
    share: float
    country: str | None = None
    headquarters: str | None = None
    id: str | None = None
    owners: list[Owner] = []
    # An owner's registered region (ISO 3166-2), e.g. Crimea (UA-43): a destination like its
    # country.
    region: str | None = None
    # The organisation is part of, or owned or controlled by, the government of its country (or
    # headquarters country). Blocked governments count through the ownership chain.
    government: bool = False
    # For owners who are natural persons: nationalities and permanent residences (Cuban nationals,
    # the provider's ownership policy).
    nationalities: list[str] = []
    permanent_residence: list[str] = []

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise _field_error("name", "owner name is empty")
        if not 0 <= self.share <= 1:
            raise _field_error("share", f"share {self.share} is outside 0..1")
        self.country = _country(self.country, "country")
        self.headquarters = _country(self.headquarters, "headquarters")
        self.region = _region(self.region, "region")
        self.nationalities = _countries(self.nationalities, "nationalities")
        self.permanent_residence = _countries(self.permanent_residence, "permanent_residence")
        if self.government and self.kind != "organization":
            raise _field_error("government", "only an organisation can be part of a government")
        _check_owner_shares(self.owners)


class StatusChange(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One dated change of a person's citizenship or permanent residency: the release of
    technology is deemed an export to the most recent one (15 CFR 734.13(b))."""

    country: str
    status: Literal["citizenship", "permanent_residence"]
    since: dt.date

    def __post_init__(self) -> None:
        self.country = _country(self.country, "country") or self.country


class Licence(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An export licence (or authorisation) held by an account."""

    id: str
    models: list[str]
    destinations: list[str]
    valid_until: dt.date
    valid_from: dt.date | None = None

    def __post_init__(self) -> None:
        self.destinations = _countries(self.destinations, "destinations")
        if not self.models:
            raise _field_error("models", "licence lists no models (use '*' for every model)")

    def valid_on(self, as_of: dt.date) -> bool:
        """A licence is valid while ``valid_from`` <= ``as_of`` <= ``valid_until``."""
        return (self.valid_from is None or self.valid_from <= as_of) and as_of <= self.valid_until

    def applies_to(self, model_id: str) -> bool:
        return "*" in self.models or model_id in self.models


class Override(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A compliance officer's verdict on a screening hit for one (list, list_id)."""

    list: str
    list_id: str
    verdict: Literal["false_positive", "true_match"]
    reviewer: str | None = None
    note: str | None = None


class EndUser(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A person an organisation account registered as a user of its keys (issue 16). A request
    names one by id; per-model access orders (``access: us_persons``) admit only verified US
    persons, and the end user's nationality feeds the deemed-export and pause rules."""

    id: str
    name: str = ""
    nationalities: list[str] = []
    permanent_residence: list[str] = []
    protected_individual: bool = False
    citizenship_verified: bool = False
    verified_at: dt.datetime | None = None
    verification_method: str | None = None
    # as for a person account (15 CFR 734.13(b)): explicit statelessness, dated citizenships and
    # permanent residencies, or which nationality was acquired last
    stateless: bool = False
    status_history: list[StatusChange] = []
    most_recent_citizenship: str | None = None

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise _field_error("id", "end user id is empty")
        self.nationalities = _countries(self.nationalities, "nationalities")
        self.permanent_residence = _countries(self.permanent_residence, "permanent_residence")
        self.most_recent_citizenship = _country(
            self.most_recent_citizenship, "most_recent_citizenship"
        )
        if self.citizenship_verified and not (self.nationalities or self.permanent_residence):
            raise _field_error(
                "citizenship_verified",
                "citizenship is marked verified but no nationality or permanent residence is given",
            )

    @property
    def is_us_person(self) -> bool:
        """US citizen or US lawful permanent resident."""
        return "US" in self.nationalities or "US" in self.permanent_residence


def _check_end_users(end_users: list[EndUser]) -> None:
    seen: set[str] = set()
    for i, user in enumerate(end_users):
        if user.id in seen:
            raise _field_error(f"end_users[{i}].id", f"end user id {user.id!r} is listed twice")
        seen.add(user.id)


class Account(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A customer: an organisation or a person (DESIGN.md, accounts.jsonl)."""

    id: str
    kind: EntityKind
    name: str
    country: str | None = None
    headquarters: str | None = None
    region: str | None = None
    owners: list[Owner] = []
    kyc_verified: bool = False
    licences: list[Licence] = []
    overrides: list[Override] = []
    api_keys: list[str] = []
    nationalities: list[str] = []
    permanent_residence: list[str] = []
    employer: str | None = None
    created_at: dt.datetime | None = None
    signup_channel: str | None = None
    payment_fingerprint: str | None = None
    aliases: list[str] = []
    # Organisations: part of, or owned or controlled by, the government of their country or
    # headquarters country (E.O. 13884 for Venezuela, 31 CFR 560.313 for Iran ...).
    government: bool = False
    # Persons: a protected individual under 8 U.S.C. 1324b(a)(3) (asylee, refugee ...) is a US
    # person for the EAR (15 CFR 772.1), like a citizen or permanent resident.
    protected_individual: bool = False
    # Persons: stateless, with no nationality (an explicit state, not an empty list).
    stateless: bool = False
    # Persons: dated citizenships and permanent residencies; the most recent decides a deemed
    # export (15 CFR 734.13(b)).
    status_history: list[StatusChange] = []
    # Persons, without a dated history: which of `nationalities` was acquired last.
    most_recent_citizenship: str | None = None
    end_users: list[EndUser] = []

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise _field_error("id", "account id is empty")
        if not self.name.strip():
            raise _field_error("name", "account name is empty")
        self.country = _country(self.country, "country")
        self.headquarters = _country(self.headquarters, "headquarters")
        self.region = _region(self.region, "region")
        self.nationalities = _countries(self.nationalities, "nationalities")
        self.permanent_residence = _countries(self.permanent_residence, "permanent_residence")
        if self.kind != "person":
            for name in ("protected_individual", "stateless"):
                if getattr(self, name):
                    raise _field_error(name, "only a natural person can have this status")
            if self.status_history:
                raise _field_error("status_history", "only a natural person has a citizenship")
        elif self.government:
            raise _field_error("government", "only an organisation can be part of a government")
        self.most_recent_citizenship = _country(
            self.most_recent_citizenship, "most_recent_citizenship"
        )
        if self.most_recent_citizenship and self.most_recent_citizenship not in self.nationalities:
            raise _field_error(
                "most_recent_citizenship",
                f"{self.most_recent_citizenship} is not one of the nationalities "
                f"{self.nationalities}",
            )
        if self.stateless and self.nationalities:
            raise _field_error(
                "stateless", f"a stateless person has no nationalities; got {self.nationalities}"
            )
        _check_owner_shares(self.owners)
        _check_end_users(self.end_users)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_us_person(self) -> bool:
        """US citizen, US lawful permanent resident or protected individual (15 CFR 772.1
        'U.S. person'; 8 U.S.C. 1324b(a)(3))."""
        return (
            "US" in self.nationalities
            or "US" in self.permanent_residence
            or self.protected_individual
        )


class Location(msgspec.Struct, kw_only=True, omit_defaults=True, gc=False):
    """Where a request comes from: given by the caller or looked up from its IP.

    ``gc=False``: a Location holds only strings and a dict of strings, so it can never be part
    of a reference cycle; untracked, the locator's per-request records cost the cyclic garbage
    collector nothing.
    """

    country: str | None = None
    region: str | None = None
    network: NetworkType = "unknown"
    owner: str | None = None
    source: str = "given"
    data: dict[str, str] = {}

    def __post_init__(self) -> None:
        self.country = _country(self.country, "country")
        self.region = _region(self.region, "region")


ModelAccess = Literal["open", "us_persons", "approved"]


class ModelRef(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The model a request names, with its per-model access order (issue 16): ``access``,
    the ``approved_accounts`` (the approved-entity list), whether it is ``paused`` and the
    ``fallback`` model served instead when only a per-model rule refuses it."""

    id: str
    controlled: bool
    access: ModelAccess = "open"
    approved_accounts: frozenset[str] = frozenset()
    paused: bool = False
    fallback: str | None = None


class RequestFacts(msgspec.Struct, kw_only=True, omit_defaults=True):
    model: ModelRef
    ip: str | None = None
    action: str = "inference"
    end_user: str | None = None


class Switches(msgspec.Struct, kw_only=True, omit_defaults=True):
    international_pause: bool = False


class DecideCase(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One line of ``exportgate decide --batch`` input."""

    id: str
    account: Account
    request: RequestFacts
    location: Location | None = None
    switches: Switches = msgspec.field(default_factory=Switches)
    as_of: dt.date | None = None
    note: str | None = None
    expect: dict[str, Any] | None = None


class Reason(msgspec.Struct, kw_only=True, omit_defaults=True):
    code: str
    message: str
    outcome: Verdict = "allow"
    policy_id: str | None = None


class Decision(msgspec.Struct, kw_only=True):
    """The policy's answer: a verdict, every reason that applied (most severe first), and what
    the gateway must do when it serves the request."""

    decision: Verdict
    reasons: list[Reason]
    obligations: list[str]
    policy_version: str
    data_versions: dict[str, str] = {}

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def to_output(self, case_id: str) -> dict[str, Any]:
        return {
            "id": case_id,
            "decision": self.decision,
            "reasons": [{"code": r.code, "message": r.message} for r in self.reasons],
            "obligations": self.obligations,
            "policy_version": self.policy_version,
            "data_versions": self.data_versions,
        }


class Message(msgspec.Struct, kw_only=True, omit_defaults=True):
    role: str
    content: Any = None


class UsageRecord(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One request as the gateway saw it (DESIGN.md, usage.jsonl)."""

    ts: dt.datetime
    request_id: str
    account_id: str | None
    model: str
    endpoint: str
    status: int
    decision: str
    key_id: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    messages: list[Message] = []
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float | None = None
    reasons: list[str] = []
    # the caller's own x-request-id, as given (request_id is always the gateway's own id)
    client_request_id: str | None = None
    # the caller's end user (OpenAI 'user', Anthropic 'metadata.user_id')
    end_user: str | None = None
    rerouted_from: str | None = None
    refused: bool = False  # the upstream's answer was judged a refusal (issue 23)


T = TypeVar("T")

_decoders: dict[type, msgspec.json.Decoder[Any]] = {}


def _json_path_to_field(path: str) -> str:
    field = path.removeprefix("$")
    return field.removeprefix(".") or "(record)"


def _error_from_msgspec(exc: msgspec.ValidationError, record_id: str | None) -> RecordError:
    text = str(exc)
    message, _, path = text.rpartition(" - at `")
    if not message:
        message, path = text, "$"
    field = _json_path_to_field(path.rstrip("`"))
    if message.startswith(_FIELD_MARK):
        inner, _, message = message[len(_FIELD_MARK) :].partition("`: ")
        field = inner if field == "(record)" else f"{field}.{inner}"
    return RecordError(record_id, field, message)


def _guess_id(raw: Any) -> str | None:
    if isinstance(raw, dict):
        value = raw.get("id") or raw.get("request_id") or raw.get("account_id")
        return str(value) if value is not None else None
    return None


def parse(record_type: type[T], raw: bytes | str | dict[str, Any]) -> T:
    """Decode and validate one record; raise :class:`RecordError` naming id and field."""
    if isinstance(raw, dict):
        try:
            return msgspec.convert(raw, record_type)
        except msgspec.ValidationError as exc:
            raise _error_from_msgspec(exc, _guess_id(raw)) from None
    decoder = _decoders.get(record_type)
    if decoder is None:
        decoder = _decoders[record_type] = msgspec.json.Decoder(record_type)
    try:
        record: T = decoder.decode(raw)
        return record
    except msgspec.ValidationError as exc:
        try:
            record_id = _guess_id(json.loads(raw))
        except ValueError:
            record_id = None
        raise _error_from_msgspec(exc, record_id) from None
    except msgspec.DecodeError as exc:
        raise RecordError(None, "(json)", f"not valid JSON: {exc}") from None


def parse_lines(
    record_type: type[T], lines: Iterable[bytes | str]
) -> Iterable[tuple[int, T | RecordError]]:
    """Parse JSON lines one by one; a bad line yields its error and the batch goes on.

    Blank lines are skipped. Line numbers start at 1.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, parse(record_type, line)
        except RecordError as exc:
            if exc.field == "(json)":
                exc = RecordError(exc.record_id, "(json)", f"line {number}: {exc.message}")
            yield number, exc


def to_json(record: msgspec.Struct | dict[str, Any]) -> bytes:
    return msgspec.json.encode(record)


def to_builtins(record: msgspec.Struct) -> dict[str, Any]:
    result: dict[str, Any] = msgspec.to_builtins(record)
    return result


# Compliance officers' roles (officers/roles.py says what each may do); named here because the
# configuration (oidc.roles, oidc.allow) maps identity-provider claims onto them.
Role = Literal["viewer", "analyst", "approver", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "analyst", "approver", "admin")
