"""Typed records that cross the bus: served requests, change notices and detector flags."""

from __future__ import annotations

import time
import zlib
from typing import Literal

import msgspec

from exportgate.records import Account, DetectorEvidence, UsageRecord

ChangeKind = Literal["switch", "model_controls", "verdict", "account", "lists", "flag", "unflag"]


class ServedEvent(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One served request (status 200) as the online distillation detector observes it: the
    usage record and the caller's account (its payment, sign-up and KYC facts link accounts)."""

    usage: UsageRecord
    account: Account | None = None
    replica: str = ""


class Flag(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The detector service's verdict on one account: flagged (held for review) or not, with
    the evidence summary the decision's message quotes."""

    account_id: str
    flagged: bool
    score: float = 0.0
    summary: str = ""
    evidence: DetectorEvidence | None = None
    at: float = 0.0


class Change(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A change every replica applies at once: ``kind`` names what changed, ``subject`` which
    one (an account id, a model id), ``flag`` the detector's verdict for flag/unflag."""

    kind: ChangeKind
    subject: str | None = None
    flag: Flag | None = None
    at: float = msgspec.field(default_factory=time.time)
    origin: str = ""


_served_encoder = msgspec.json.Encoder()
_served_decoder = msgspec.json.Decoder(ServedEvent)
_change_decoder = msgspec.json.Decoder(Change)


def encode_served(event: ServedEvent) -> bytes:
    return _served_encoder.encode(event)


def decode_served(data: bytes) -> ServedEvent:
    return _served_decoder.decode(data)


def encode_change(change: Change) -> bytes:
    return _served_encoder.encode(change)


def decode_change(data: bytes) -> Change:
    return _change_decoder.decode(data)


def partition_key(account_id: str | None, account: Account | None) -> str:
    """What places an account on a stream partition: its payment fingerprint when it has one
    (accounts paying with one card, the strongest tie of a hydra campaign, always meet in one
    detector), else its id."""
    if account is not None and account.payment_fingerprint:
        return "pf:" + account.payment_fingerprint
    return account_id or ""


def partition_of(key: str, partitions: int) -> int:
    """The stream partition of a partition key (stable across processes and restarts)."""
    return zlib.crc32(key.encode("utf-8")) % partitions if partitions > 1 else 0
