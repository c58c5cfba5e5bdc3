"""Shared records: the JSON contracts of DESIGN.md as validated, typed structures.

Every record is a ``msgspec.Struct``: decoding is fast enough for the request path and a bad field
is reported with its path. :func:`parse` wraps decoding so that callers always get a
:class:`RecordError` naming the record's id and the offending field, never a bare exception.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, Literal, TypeVar

import msgspec
from msgspec import UNSET, UnsetType

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
    elif message.startswith(_MISSING_MARK):  # the missing field is the one to name
        inner = message[len(_MISSING_MARK) :].rstrip("`")
        field = inner if field == "(record)" else f"{field}.{inner}"
    return RecordError(record_id, field, message)


_MISSING_MARK = "Object missing required field `"


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


def read_stored(record_type: type[T], raw: dict[str, Any], what: str, record_id: object) -> T:
    """A row the store (or a log) kept, as ``record_type``; :class:`RecordError` names the
    record (``what`` and its id, e.g. ``review item 7``) and the field when it cannot be read."""
    try:
        return msgspec.convert(raw, record_type, strict=False)
    except msgspec.ValidationError as exc:
        raise _error_from_msgspec(exc, f"{what} {record_id}") from None


# Restricted-party screening matches -------------------------------------------------------
# The screening contract (``exportgate.screening.api``) names these too; they live here because
# the review queue stores them as well.

DEFAULT_BLOCK = 0.9
DEFAULT_REVIEW = 0.75


class ScreeningMatch(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One list entry that a queried name resembles, with the score and why."""

    list: str
    list_id: str
    name: str
    matched_name: str
    score: float
    programs: builtins.list[str] = []
    kind: str | None = None
    countries: builtins.list[str] = []
    source: str | None = None
    explanation: str = ""


ScreeningLevel = Literal["hit", "possible"]


class StoredMatch(ScreeningMatch, kw_only=True, omit_defaults=True):
    """A match kept in an account's stored screening status: the list entry, and whose name it
    was found for (the holder, an alias or an owner at any layer).

    Written by ``accounts import`` and by re-screening after a list change, read by the gateway on
    every caller refresh: one record for both, so that neither can drift from the other.
    """

    subject: str
    level: ScreeningLevel
    subject_kind: str | None = None
    subject_country: str | None = None
    block_threshold: float | None = None
    review_threshold: float | None = None

    def to_match(self) -> ScreeningMatch:
        """The plain list match, as a ``Screener`` answers it."""
        return ScreeningMatch(**{f: getattr(self, f) for f in ScreeningMatch.__struct_fields__})


def upgrade_stored_match(item: dict[str, Any]) -> dict[str, Any]:
    """A stored match as written before the record was typed (the screened name as
    ``screened_name``, no level: a match at or above its block threshold is a hit), in today's
    shape; a match already in today's shape is returned unchanged."""
    item = dict(item)
    if "subject" not in item and "screened_name" in item:
        item["subject"] = item.pop("screened_name")
    item.pop("screened_name", None)
    if "level" not in item and isinstance(item.get("score"), int | float):
        block = item.get("block_threshold")
        limit = float(block) if isinstance(block, int | float) else DEFAULT_BLOCK
        item["level"] = "hit" if float(item["score"]) >= limit else "possible"
    return item


# Review queue ------------------------------------------------------------------------------
# Items put on hold for a compliance officer (``exportgate reviews``, the console), and the
# verdict recorded on each. Fields that only some producers set default to ``UNSET`` and are not
# written when unset, so each producer's stored JSON keeps exactly the keys it always had.


class ReasonText(msgspec.Struct, kw_only=True):
    """A reason as a review item and an audit record carry it: its code and its words."""

    code: str
    message: str


class ReviewDetail(msgspec.Struct, kw_only=True):
    """A review item's evidence. Which fields are set depends on who queued the item:

    - screening (``accounts import``, the re-screening of ``lists load``): ``status``,
      ``matches`` (the stored matches: see ``ScreeningStatus``) and ``lists_version``;
    - a gateway hold: ``request_id``, ``key_id``, ``reasons``, ``policy_version`` and the
      ``matches`` behind a screening hold;
    - the bypass screen: ``request_id``, ``score``, ``band``, ``families``, ``signals``,
      ``language``, ``action`` (and ``rerouted_to``);
    - the bypass account detector: ``request_id``, ``score``, ``attempts``, ``families``,
      ``signals``.

    Items queued by re-screening before the stored match was typed carry one ``match`` and the
    ``screened_name``; they are read as they are."""

    status: str | UnsetType = UNSET
    matches: list[StoredMatch] | UnsetType = UNSET
    lists_version: str | UnsetType = UNSET
    match: ScreeningMatch | UnsetType = UNSET
    screened_name: str | UnsetType = UNSET
    request_id: str | UnsetType = UNSET
    key_id: str | None | UnsetType = UNSET
    reasons: list[ReasonText] | UnsetType = UNSET
    policy_version: str | None | UnsetType = UNSET
    score: float | UnsetType = UNSET
    band: str | UnsetType = UNSET
    attempts: int | UnsetType = UNSET
    families: list[str] | UnsetType = UNSET
    signals: list[str] | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    action: str | UnsetType = UNSET
    rerouted_to: str | None | UnsetType = UNSET

    def list_entries(self) -> list[ScreeningMatch]:
        """The list entries the item names (each once), whichever producer queued it."""
        found: list[ScreeningMatch] = list(self.matches or [])
        if self.match:
            found.append(self.match)
        unique: dict[tuple[str, str], ScreeningMatch] = {}
        for match in found:
            if match.list:
                unique.setdefault((match.list, match.list_id), match)
        return list(unique.values())


class ReviewRequest(msgspec.Struct, kw_only=True):
    """What a producer asks to put in the review queue (the store adds id, status and times)."""

    account_id: str
    code: str
    summary: str
    detail: ReviewDetail = msgspec.field(default_factory=ReviewDetail)


class ReviewItem(msgspec.Struct, kw_only=True):
    """A stored review item. ``status`` is ``open`` or ``resolved`` in the store; the commands
    and the console show an open item with a pending four-eyes proposal as
    ``awaiting_approval``."""

    id: int
    account_id: str
    code: str
    summary: str
    detail: ReviewDetail
    status: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None = None
    resolution: str | None = None

    @classmethod
    def read(cls, row: dict[str, Any]) -> ReviewItem:
        """A stored row (any release's shape); :class:`RecordError` names the item and field."""
        row = {str(k): v for k, v in row.items()}  # SQLAlchemy's column names are str subclasses
        detail = row.get("detail")
        if isinstance(detail, dict) and isinstance(detail.get("matches"), list):
            detail = {
                **detail,
                "matches": [
                    upgrade_stored_match(m) if isinstance(m, dict) else m for m in detail["matches"]
                ],
            }
        return read_stored(cls, {**row, "detail": detail or {}}, "review item", row.get("id"))

    def to_dict(self) -> dict[str, Any]:
        """The item as ``reviews list --json`` and ``reviews show`` print it (times in ISO
        8601 as Python writes them)."""
        return {
            "id": self.id,
            "account_id": self.account_id,
            "code": self.code,
            "summary": self.summary,
            "detail": msgspec.to_builtins(self.detail),
            "status": self.status,
            "created_at": self.created_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolution": self.resolution,
        }


class OverrideRef(msgspec.Struct, kw_only=True):
    """One list entry a screening verdict overrides, as the verdict's audit record names it."""

    list: str
    list_id: str
    verdict: str


class ReviewVerdict(msgspec.Struct, kw_only=True):
    """A verdict on a review item: the audit record (kind ``review``, subject the account) that
    ``reviews resolve`` and the console write and running gateways read to lift their holds."""

    item_id: int
    code: str
    verdict: str
    reviewer: str
    note: str
    overrides: list[OverrideRef] = []
    resolution: str
    approver: str | UnsetType = UNSET


class LoggedVerdict(msgspec.Struct, kw_only=True):
    """A verdict as read back from the audit log: its sequence number and account."""

    seq: int
    subject: str | None
    verdict: ReviewVerdict

    @classmethod
    def read(cls, row: dict[str, Any]) -> LoggedVerdict:
        """An audit row of kind ``review``; :class:`RecordError` names the audit record and
        the field when it is not a verdict."""
        raw = {"seq": row.get("seq"), "subject": row.get("subject"), "verdict": row.get("record")}
        return read_stored(cls, raw, "audit record", row.get("seq"))


# Alerts and detector evidence --------------------------------------------------------------
# What the distillation detectors (the online detector, the batch scan) and the bypass account
# detector found about an account: one evidence record, saved with each alert and summarised by
# one method. Fields only some detectors fill default to ``UNSET`` and are not written when unset.

DISTILLATION_CODE = "DISTILLATION_SUSPECTED"
BYPASS_HOLD_CODE = "BYPASS_ACCOUNT_HOLD"
# round 12: an account below the hold put up for a compliance review (no hold): one clear ask
# for something prohibited or high-risk (``exportgate.bypass.account``, ``review_asks``)
BYPASS_REVIEW_CODE = "BYPASS_ACCOUNT_REVIEW"
# the reason code of a request the gateway refused as a suspected safeguard-bypass attempt
BYPASS_REFUSED_CODE = "SAFEGUARD_BYPASS_SUSPECTED"
_SUSPECTED_OF = {
    DISTILLATION_CODE: "model harvesting",
    BYPASS_HOLD_CODE: "safeguard bypass attempts",
}


class RequestSample(msgspec.Struct, kw_only=True):
    """One request quoted as evidence (the prompt cut to an excerpt)."""

    request_id: str
    ts: str
    ip: str | None
    user_agent: str | None
    prompt: str
    completion_tokens: int


class Signal(msgspec.Struct, kw_only=True):
    """One scored signal: its 0..1 strength, the measured value and the factor it feeds."""

    strength: float
    value: float
    factor: str


class ClusterTie(msgspec.Struct, kw_only=True):
    """An attribute linked accounts share (a payment fingerprint, a /24 network...), in words."""

    kind: str
    value: str
    accounts: int
    bits: float
    chance: float
    carriers: int
    why: str
    shared_values: int
    values: list[str]
    text: str


class ClusterGraph(msgspec.Struct, kw_only=True):
    """A cluster as a bipartite graph: its shared attributes (``kind:value``) and the
    ``[account, attribute]`` edges between them (both capped)."""

    attributes: list[str]
    edges: list[list[str]]


class ClusterEvidence(msgspec.Struct, kw_only=True):
    """The cluster of linked accounts an account belongs to, and what its combined traffic
    shows (``score`` and ``reasons`` once the cluster was scored)."""

    id: str
    members: int
    member_ids: list[str]
    ties: list[ClusterTie]
    score: float | UnsetType = UNSET
    reasons: list[str] | UnsetType = UNSET


class DetectorEvidence(msgspec.Struct, kw_only=True):
    """What a detector found about one account: the evidence an alert carries.

    - the online distillation detector: ``flagged``, ``features``, ``signals``,
      ``sample_requests``, ``example_requests``, ``cluster`` and the ``summary``; as an alert
      also ``code``, ``via`` (``account`` or ``cluster``) and ``flagged_at``;
    - the batch scan (``exportgate distill scan``): ``flagged``, ``cluster`` (its id),
      ``account_score`` (the account's own behaviour) and ``requests``;
    - the bypass account detector: ``code``, ``families`` and the ``report`` command."""

    account_id: str
    score: float
    reasons: list[str] = []
    flagged: bool | UnsetType = UNSET
    code: str | UnsetType = UNSET
    features: dict[str, float] | UnsetType = UNSET
    signals: dict[str, Signal] | UnsetType = UNSET
    sample_requests: list[RequestSample] | UnsetType = UNSET
    example_requests: dict[str, RequestSample] | UnsetType = UNSET
    cluster: ClusterEvidence | str | None | UnsetType = UNSET
    account_score: float | UnsetType = UNSET
    requests: int | UnsetType = UNSET
    families: list[str] | UnsetType = UNSET
    report: str | UnsetType = UNSET
    summary: str | UnsetType = UNSET
    via: str | UnsetType = UNSET
    flagged_at: str | None | UnsetType = UNSET

    @property
    def alert_code(self) -> str:
        return self.code or DISTILLATION_CODE

    def describe(self, *, short: bool = False) -> str:
        """The evidence in one sentence, the three strongest reasons first (or, for a member of
        a scored cluster, what ties it to the cluster and what the cluster's traffic shows).
        ``short``: just the score and the reasons, for the policy's message, which names the
        account and the code already."""
        reasons = self.reasons[:3]
        if short:
            return f"score {self.score:.2f}" + (": " + "; ".join(reasons) if reasons else "")
        what = _SUSPECTED_OF.get(self.alert_code, self.alert_code)
        head = f"Account {self.account_id} scores {self.score:.2f} for {what}"
        cluster = self.cluster
        if isinstance(cluster, ClusterEvidence) and cluster.reasons:
            ties = "; ".join(t.text for t in cluster.ties[:2])
            return (
                f"{head}: it belongs to {cluster.id} ({cluster.members} accounts; {ties}) "
                f"whose combined traffic shows: {'; '.join(cluster.reasons[:3])}."
            )
        if reasons:
            return f"{head}: {'; '.join(reasons)}."
        return f"{head}."

    def alert(self) -> AlertRequest:
        """The alert to save for this evidence."""
        return AlertRequest(
            account_id=self.account_id,
            code=self.alert_code,
            score=float(self.score),
            summary=self.describe(),
            evidence=self,
        )


class AlertRequest(msgspec.Struct, kw_only=True):
    """An alert to save (the store adds id, status and time)."""

    account_id: str
    code: str
    score: float
    summary: str
    evidence: DetectorEvidence


class Alert(msgspec.Struct, kw_only=True):
    """A stored alert, as the console, the reports and the demo read it."""

    id: int
    account_id: str
    code: str
    score: float
    summary: str
    evidence: DetectorEvidence
    status: str
    created_at: dt.datetime

    @classmethod
    def read(cls, row: dict[str, Any]) -> Alert:
        """A stored row; :class:`RecordError` names the alert and the field."""
        row = {str(k): v for k, v in row.items()}
        return read_stored(cls, row, "alert", row.get("id"))


# Audit payloads of decisions ---------------------------------------------------------------
# A decision on its way to the hash-chained audit log (the gateway hands it to the record writer,
# the journal spools it, the journal worker writes it) and the payload the log keeps for it.
# Fields only some producers set default to ``UNSET`` and are not written when unset, so each
# producer's record hashes and reads exactly as it did before the record was typed.


class DecisionInputs(msgspec.Struct, kw_only=True):
    """What a gateway decision was made on; the log keeps only its digest (``input_digest``)."""

    request_id: str
    account_id: str
    model: str
    key_id: str | UnsetType = UNSET
    ip: str | None | UnsetType = UNSET
    endpoint: str | UnsetType = UNSET
    end_user: str | UnsetType = UNSET


class DecisionContext(msgspec.Struct, kw_only=True):
    """What a decision's audit record says besides the verdict. Which fields are set depends on
    the producer:

    - the gateway's decision on a request: ``request_id``, ``client_request_id``, ``kind``
      (``request``...), ``key_id``, ``ip``, ``model``, ``endpoint``, ``location`` (or
      ``location_problem``), and ``end_user`` and ``rerouted_from`` where they apply;
    - the bypass screen (``kind: bypass``): ``request_id``, ``model``, ``score``, ``band``,
      ``families``, ``signals``, ``language``, ``action`` (and ``rerouted_to``); the bypass
      account hold: ``request_id``, ``model``, ``score``, ``attempts``, ``families``,
      ``signals``;
    - ``exportgate decide --batch --audit``: ``case_id`` (and ``reroute``)."""

    request_id: str | UnsetType = UNSET
    client_request_id: str | None | UnsetType = UNSET
    kind: str | UnsetType = UNSET
    key_id: str | UnsetType = UNSET
    ip: str | None | UnsetType = UNSET
    model: str | UnsetType = UNSET
    endpoint: str | UnsetType = UNSET
    location: Location | None | UnsetType = UNSET
    location_problem: str | None | UnsetType = UNSET
    end_user: str | UnsetType = UNSET
    rerouted_from: str | UnsetType = UNSET
    case_id: str | UnsetType = UNSET
    reroute: str | UnsetType = UNSET
    score: float | UnsetType = UNSET
    band: str | UnsetType = UNSET
    attempts: int | UnsetType = UNSET
    families: list[str] | UnsetType = UNSET
    signals: list[str] | UnsetType = UNSET
    language: str | None | UnsetType = UNSET
    action: str | UnsetType = UNSET
    rerouted_to: str | None | UnsetType = UNSET


class DecisionRecord(DecisionContext, kw_only=True):
    """The audit log's payload for a decision (kind ``decision``): the verdict, every reason in
    words, the obligations, and the context of :class:`DecisionContext`."""

    decision: Verdict
    reasons: list[ReasonText]
    obligations: list[str]

    @classmethod
    def of(cls, decision: Decision, context: DecisionContext | None = None) -> DecisionRecord:
        if context is None:
            fields: dict[str, Any] = {}
        elif type(context) is DecisionContext:
            fields = msgspec.structs.asdict(context)  # the same mapping, built in C
        else:
            fields = {f: getattr(context, f) for f in DecisionContext.__struct_fields__}
        return cls(
            decision=decision.decision,
            reasons=[ReasonText(code=r.code, message=r.message) for r in decision.reasons],
            obligations=decision.obligations,
            **fields,
        )


class DecisionAudit(msgspec.Struct, kw_only=True):
    """A decision on its way to the audit log, as the record writer queues and spools it."""

    ts: dt.datetime
    subject: str | None
    inputs: DecisionInputs
    decision: Decision
    extra: DecisionContext = msgspec.field(default_factory=DecisionContext)


# Compliance officers' roles (officers/roles.py says what each may do); named here because the
# configuration (oidc.roles, oidc.allow) maps identity-provider claims onto them.
Role = Literal["viewer", "analyst", "approver", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "analyst", "approver", "admin")


# Per-model controls ------------------------------------------------------------------------


class ModelControl(msgspec.Struct, kw_only=True):
    """One stored per-model control (issue 16): a model's pause (``paused``), its access order
    (``access``) or one account's approval (``approved:ACCOUNT``), with who set it and when."""

    model_id: str
    name: str
    value: bool | int | float | str | None
    updated_at: dt.datetime
    updated_by: str | None = None

    @classmethod
    def read(cls, row: dict[str, Any]) -> ModelControl:
        """A stored row; :class:`RecordError` names the control (model and name) and field."""
        row = {str(k): v for k, v in row.items()}
        return read_stored(cls, row, "model control", f"{row.get('model_id')}/{row.get('name')}")
