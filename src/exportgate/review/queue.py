"""Recording verdicts on review items: the account, the item and an audit entry, together."""

from __future__ import annotations

from msgspec import UNSET

from exportgate.records import OverrideRef, ReviewVerdict
from exportgate.review.verdicts import Resolution, ReviewError, plan
from exportgate.store import Store


def resolve(
    store: Store,
    item_id: int,
    verdict: str,
    reviewer: str,
    note: str = "",
    only: list[str] | None = None,
    approver: str | None = None,
) -> Resolution:
    """Record a verdict: the account's overrides (screening items), the item resolved, and an
    audit entry naming the reviewer (and the approver, for a four-eyes verdict). Raises
    :class:`ReviewError` when it cannot be applied."""
    from exportgate.audit import AuditEntry, AuditLog

    item = store.review_item(item_id)
    if item is None:
        raise ReviewError(f"there is no review item {item_id}")
    account = store.get_account(item.account_id)
    updated, resolution = plan(item, account, verdict, reviewer, note, only)
    if approver is not None:
        resolution.text = resolution.text.rstrip(".") + f"; approved by {approver}."
    # Claim the item first (only an open item can be resolved), so two officers deciding the
    # same item at once cannot both change the account.
    if not store.resolve_review(item_id, resolution.text):
        raise ReviewError(f"review item {item_id} was resolved by someone else meanwhile")
    if updated is not None:
        store.upsert_account(updated)
    AuditLog(store).append(
        [
            AuditEntry(
                kind="review",
                subject=resolution.account_id,
                decision=verdict,
                inputs={
                    "item_id": item_id,
                    "reviewer": resolution.reviewer,
                    "note": resolution.note,
                },
                record=ReviewVerdict(
                    item_id=item_id,
                    code=resolution.code,
                    verdict=verdict,
                    reviewer=resolution.reviewer,
                    note=resolution.note,
                    overrides=[
                        OverrideRef(list=o.list, list_id=o.list_id, verdict=o.verdict)
                        for o in resolution.overrides
                    ],
                    resolution=resolution.text,
                    approver=approver if approver is not None else UNSET,
                ),
                policy_version=None,
                data_versions={},
            )
        ]
    )
    return resolution
