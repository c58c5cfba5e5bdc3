"""Verdicts on review items: which verdicts an item takes, and what each one changes.

Pure functions over the stored item and account; :func:`resolve` adds the store and the audit
log around them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import msgspec

from exportgate.records import Account, Override, ReviewItem
from exportgate.screening.api import ScreeningMatch

SCREENING_CODES = frozenset(
    {"RESTRICTED_PARTY", "RESTRICTED_PARTY_POSSIBLE", "RESTRICTED_OWNERSHIP"}
)
SCREENING_VERDICTS = ("false_positive", "true_match")
OTHER_VERDICTS = ("cleared", "upheld")

# What clears the hold when the verdict is "cleared" but the account itself must change.
NEXT_STEP = {
    "KYC_REQUIRED": "the hold lifts once the account is imported with kyc_verified: true "
    "(exportgate accounts import)",
    "ANONYMIZED_NETWORK": "requests sent through a VPN, proxy or Tor exit stay held; the caller "
    "can connect without one",
    "DISTILLATION_SUSPECTED": "running gateways lift the detector's flag within seconds and "
    "forget the evidence so far; only new evidence flags the account "
    "again",
    "REGION_UNVERIFIED": "the hold lifts when the caller's region can be verified",
    "BYPASS_ACCOUNT_HOLD": "running gateways lift the bypass hold within seconds and forget "
    "the account's evidence so far",
    "LOCATION_UNKNOWN": "the hold lifts when the caller connects from a locatable address",
    "BYPASS_ACCOUNT_REVIEW": "nothing was held; the account's bypass evidence keeps counting and "
    "holds it only if it reaches the hold threshold",
}


# Holds that running gateways lift by themselves when the verdict is "cleared" (they read the
# verdict from the audit log).
CLEARED_BY_GATEWAYS = frozenset({"DISTILLATION_SUSPECTED", "BYPASS_ACCOUNT_HOLD"})


class ReviewError(ValueError):
    """A verdict that cannot be applied; the message says why and what to do instead."""


@dataclass
class Resolution:
    item_id: int
    account_id: str
    code: str
    verdict: str
    reviewer: str
    note: str
    overrides: list[Override] = field(default_factory=list)
    text: str = ""


def verdicts_for(code: str) -> tuple[str, ...]:
    return SCREENING_VERDICTS if code in SCREENING_CODES else OTHER_VERDICTS


def item_matches(item: ReviewItem) -> list[ScreeningMatch]:
    """The list entries a screening item names, whichever producer queued it."""
    return item.detail.list_entries()


def _entry(match: ScreeningMatch) -> str:
    return f"{match.list}:{match.list_id}"


def plan(
    item: ReviewItem,
    account: Account | None,
    verdict: str,
    reviewer: str,
    note: str,
    only: list[str] | None = None,
) -> tuple[Account | None, Resolution]:
    """The account as it must be stored after the verdict (``None``: unchanged) and the
    resolution to record. ``only`` picks list entries (``list:list_id``) of a screening item."""
    code = item.code
    if item.status != "open":
        raise ReviewError(
            f"review item {item.id} is already {item.status} "
            f"({item.resolution or 'no resolution text'})"
        )
    allowed = verdicts_for(code)
    if verdict not in allowed:
        raise ReviewError(
            f"review item {item.id} ({code}) takes the verdicts "
            f"{', '.join(allowed)}, not {verdict!r}"
        )
    if not reviewer.strip():
        raise ReviewError("a verdict needs the reviewer's name (--reviewer)")
    resolution = Resolution(item.id, item.account_id, code, verdict, reviewer.strip(), note.strip())
    if code not in SCREENING_CODES:
        step = NEXT_STEP.get(code, "")
        if step and code not in CLEARED_BY_GATEWAYS:
            step = "No automatic change: " + step
        resolution.text = (
            f"{verdict} by {resolution.reviewer}"
            + (f": {resolution.note}" if resolution.note else "")
            + (f". {step[0].upper()}{step[1:]}." if verdict == "cleared" and step else ".")
        )
        return None, resolution
    if account is None:
        raise ReviewError(
            f"review item {item.id}: account {item.account_id!r} is not in "
            "the store; import it before recording a verdict"
        )
    matches = item_matches(item)
    if only:
        known = {_entry(m): m for m in matches}
        unknown = [e for e in only if e not in known]
        if unknown:
            raise ReviewError(
                f"review item {item.id} names no list entry {unknown}; it "
                f"names {sorted(known) or 'none'}"
            )
        matches = [known[e] for e in only]
    if not matches:
        raise ReviewError(
            f"review item {item.id} names no list entry to record a verdict "
            "on; re-screen the account (exportgate accounts import) instead"
        )
    screening_verdict: Literal["false_positive", "true_match"] = (
        "false_positive" if verdict == "false_positive" else "true_match"
    )
    overrides = [
        Override(
            list=m.list,
            list_id=m.list_id,
            verdict=screening_verdict,
            reviewer=resolution.reviewer,
            note=resolution.note or None,
        )
        for m in matches
    ]
    replaced = {(o.list, o.list_id) for o in overrides}
    kept = [o for o in account.overrides if (o.list, o.list_id) not in replaced]
    updated = msgspec.structs.replace(account, overrides=kept + overrides)
    named = "; ".join(f"{m.list} #{m.list_id} '{m.name}'" for m in matches)
    effect = (
        "its requests are decided without these entries"
        if verdict == "false_positive"
        else "its requests are refused as a restricted party"
    )
    resolution.overrides = overrides
    resolution.text = (
        f"{verdict} by {resolution.reviewer} on {named}"
        + (f" ({resolution.note})" if resolution.note else "")
        + f"; recorded as overrides on account {account.id}: {effect} from the "
        "gateway's next account refresh (caches.account_ttl_s, 30 s by default)."
    )
    return updated, resolution
