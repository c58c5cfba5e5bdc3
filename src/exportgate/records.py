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

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise _field_error("name", "owner name is empty")
        if not 0 <= self.share <= 1:
            raise _field_error("share", f"share {self.share} is outside 0..1")
        self.country = _country(self.country, "country")
        self.headquarters = _country(self.headquarters, "headquarters")
        _check_owner_shares(self.owners)


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
        _check_owner_shares(self.owners)

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def is_us_person(self) -> bool:
        """US citizen or US lawful permanent resident (15 CFR 772.1 'U.S. person')."""
        return "US" in self.nationalities or "US" in self.permanent_residence


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


class ModelRef(msgspec.Struct, kw_only=True, omit_defaults=True):
    id: str
    controlled: bool


class RequestFacts(msgspec.Struct, kw_only=True, omit_defaults=True):
    model: ModelRef
    ip: str | None = None
    action: str = "inference"


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
        inner, _, message = message[len(_FIELD_MARK):].partition("`: ")
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
        return decoder.decode(raw)
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
