"""``exportgate accounts import``: accounts and keys into the store, each account screened.

A hit or a possible hit goes to the compliance review queue with the matches that caused it, so a
compliance officer sees the account before its first request is refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from exportgate.accounts.rescreen import REVIEW_CODES
from exportgate.accounts.screening import describe, review_detail, screen_account
from exportgate.policy.end_users import audit_end_user_changes
from exportgate.records import Account, RecordError, ReviewRequest, parse_lines
from exportgate.screening.api import Screener
from exportgate.store import Store


@dataclass
class ImportReport:
    imported: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    reviews: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.statuses.items())) or "none"
        return (
            f"imported {self.imported} accounts (screening: {statuses}); "
            f"{self.reviews} queued for compliance review; {len(self.errors)} lines rejected"
        )


def default_screener() -> Screener:
    from exportgate.screening import default_screener as factory

    screener: Screener = factory()
    return screener


def import_accounts(store: Store, path: Path, screener: Screener | None = None) -> ImportReport:
    """Import every valid line of ``path``; bad lines are reported and skipped."""
    report = ImportReport()
    screener = screener or default_screener()
    with path.open("rb") as lines:
        for number, parsed in parse_lines(Account, lines):
            if isinstance(parsed, RecordError):
                report.errors.append(f"{path}:{number}: {parsed}")
                continue
            account = parsed
            previous = store.get_account(account.id)
            try:
                store.upsert_account(account)
            except ValueError as exc:
                report.errors.append(f"{path}:{number}: record {account.id!r}: {exc}")
                continue
            if account.end_users or (previous is not None and previous.end_users):
                audit_end_user_changes(
                    store,
                    account.id,
                    previous.end_users if previous else [],
                    account.end_users,
                    by="accounts import",
                )
            status = screen_account(screener, account)
            store.set_screening_status(account.id, status)
            report.imported += 1
            report.statuses[status.status] += 1
            if status.status in REVIEW_CODES:
                store.enqueue_review(
                    ReviewRequest(
                        account_id=account.id,
                        code=REVIEW_CODES[status.status],
                        summary=f"Screening of {account.name!r} found a {status.status} "
                        f"on the restricted-party lists: {describe(status.matches)}.",
                        detail=review_detail(status),
                    )
                )
                report.reviews += 1
    return report
