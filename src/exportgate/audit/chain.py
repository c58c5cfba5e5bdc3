"""Hash-chained audit records: pure functions, no I/O.

Each record's hash covers its content and the previous record's hash, so changing, removing or
reordering any record breaks every link after it. :func:`verify_chain` walks the records in
sequence order and reports the first one that does not fit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import msgspec

from exportgate.records import DecisionRecord

GENESIS = "0" * 64
_encoder = msgspec.json.Encoder(order="sorted")


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no whitespace, ISO dates."""
    return _encoder.encode(value)


def digest(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    """What a caller asks to record; the log assigns sequence and hashes."""

    kind: str
    subject: str | None
    decision: str | None
    inputs: Any
    # the payload: a typed record (a decision's, a review verdict) or, for the kinds that have no
    # record type yet, a plain mapping; the chain hashes its JSON either way
    record: msgspec.Struct | dict[str, Any]
    policy_version: str | None
    data_versions: dict[str, str]
    ts: dt.datetime | None = None


def _hashed_ts(ts: Any) -> Any:
    if isinstance(ts, dt.datetime):
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=dt.UTC)
        ts = ts.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return ts


def _hashed_content(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "seq": row["seq"],
        "ts": _hashed_ts(row["ts"]),
        "kind": row["kind"],
        "subject": row["subject"],
        "decision": row["decision"],
        "input_digest": row["input_digest"],
        "policy_version": row["policy_version"],
        "data_versions": row["data_versions"],
        "record": row["record"],
        "prev_hash": row["prev_hash"],
    }


def record_hash(row: dict[str, Any]) -> str:
    return digest(_hashed_content(row))


class _HashedContent(msgspec.Struct):
    """What :func:`record_hash` hashes, as a struct whose fields are declared in sorted order:
    encoded by the sorted encoder it gives the bytes of :func:`_hashed_content`'s mapping, and
    its ``record`` may be the typed record itself (see :func:`chain_rows`)."""

    data_versions: Any
    decision: Any
    input_digest: Any
    kind: Any
    policy_version: Any
    prev_hash: Any
    record: Any
    seq: Any
    subject: Any
    ts: Any


# Typed payloads whose sorted encoding is byte-for-byte that of their builtins (no sets or other
# unordered containers inside, which the sorted encoder would sort and ``to_builtins`` would
# not): hashed as they are, without building and sorting their builtins first.
_HASHED_AS_TYPED: tuple[type, ...] = (DecisionRecord,)


def chain_rows(
    entries: Iterable[AuditEntry],
    last_seq: int,
    last_hash: str,
    now: dt.datetime,
    *,
    typed_records: bool = False,
) -> list[dict[str, Any]]:
    """Turn entries into rows that continue a chain ending at (last_seq, last_hash).

    A row's ``record`` is the payload's builtins (``msgspec.to_builtins``), or with
    ``typed_records`` the payload as given (for a store that encodes it for its JSON column:
    the same text, without the builtins in between). The hashes are the same either way, and
    the same as :func:`record_hash` computes from the stored row."""
    rows = []
    prev = last_hash
    seq = last_seq
    for entry in entries:
        seq += 1
        payload = entry.record
        built = payload if typed_records else msgspec.to_builtins(payload)
        if type(payload) in _HASHED_AS_TYPED:
            hashed: Any = payload
        else:
            hashed = msgspec.to_builtins(payload) if typed_records else built
        ts = entry.ts or now
        input_digest = digest(entry.inputs)
        record_digest = hashlib.sha256(
            _encoder.encode(
                _HashedContent(
                    data_versions=entry.data_versions,
                    decision=entry.decision,
                    input_digest=input_digest,
                    kind=entry.kind,
                    policy_version=entry.policy_version,
                    prev_hash=prev,
                    record=hashed,
                    seq=seq,
                    subject=entry.subject,
                    ts=_hashed_ts(ts),
                )
            )
        ).hexdigest()
        rows.append(
            {
                "seq": seq,
                "ts": ts,
                "kind": entry.kind,
                "subject": entry.subject,
                "decision": entry.decision,
                "input_digest": input_digest,
                "policy_version": entry.policy_version,
                "data_versions": entry.data_versions,
                "record": built,
                "prev_hash": prev,
                "hash": record_digest,
            }
        )
        prev = record_digest
    return rows


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str | None = None

    def describe(self) -> str:
        if self.ok:
            return f"audit log intact: {self.checked} records, hash chain verified"
        return f"audit log broken at record {self.first_bad_seq}: {self.problem}"


def verify_chain(rows: Iterable[dict[str, Any]], head: tuple[int, str] | None) -> VerifyResult:
    """Check sequence numbers, links and hashes; ``head`` is the stored (seq, hash) of the
    newest record, which catches records removed from the end."""
    expected_seq = 1
    prev = GENESIS
    checked = 0
    for row in rows:
        seq = row["seq"]
        if seq != expected_seq:
            problem = (
                f"expected record {expected_seq} next but found {seq}: "
                f"{'records removed' if seq > expected_seq else 'records reordered or duplicated'}"
            )
            return VerifyResult(False, checked, expected_seq, problem)
        if row["prev_hash"] != prev:
            return VerifyResult(
                False,
                checked,
                seq,
                "its link to the previous record does not match (reordered or a "
                "previous record was replaced)",
            )
        if record_hash(row) != row["hash"]:
            return VerifyResult(
                False, checked, seq, "its content does not match its hash (changed)"
            )
        prev = row["hash"]
        expected_seq += 1
        checked += 1
    if head is not None:
        head_seq, head_hash = head
        if head_seq != checked or head_hash != prev:
            return VerifyResult(
                False,
                checked,
                checked + 1 if head_seq > checked else head_seq,
                f"the log's head says record {head_seq} is the newest, but the "
                f"chain ends at record {checked} (records removed from the end)",
            )
    return VerifyResult(True, checked)
