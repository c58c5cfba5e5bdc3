"""How old the restricted-party lists behind the decisions are.

A list older than the configured age (``list_freshness.max_age_days`` in
``data/export_rules.yaml``, 30 days by default) still decides, but every place that reports on
decisions says so: ``exportgate lists status``, the gateway's ``/readyz`` and the demo. Each
decision also carries the date of every list it used (``data_versions["list_date.<list>"]``).
An old snapshot misses delistings (the 2025 Syria delistings are not in the shipped SDN file of
2024-05-03) as well as new listings: load current files with ``exportgate lists load``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec


class ListAge(msgspec.Struct, kw_only=True):
    list: str
    date: str | None
    age_days: int | None
    stale: bool


class ListFreshness(msgspec.Struct, kw_only=True):
    today: dt.date
    max_age_days: int
    lists: list[ListAge]
    stale: list[str]
    message: str

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = msgspec.to_builtins(self)
        return out


def age_days(date: str | None, today: dt.date) -> int | None:
    """Days since a list date written YYYY-MM-DD or YYYY-MM; None when unknown."""
    if not date:
        return None
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7)):
        try:
            return (today - dt.datetime.strptime(date[:n], fmt).date()).days
        except ValueError:
            continue
    return None


def list_dates(files: Iterable[Any]) -> dict[str, str | None]:
    """The oldest date per list among loaded files (``ListFile`` records)."""
    dates: dict[str, str | None] = {}
    for f in files:
        name, date = str(f.list), f.date
        if name not in dates or (date and (dates[name] is None or date < str(dates[name]))):
            dates[name] = date
    return dates


def list_freshness(
    dates: Mapping[str, str | None], today: dt.date, max_age_days: int
) -> ListFreshness:
    ages = []
    for name in sorted(dates):
        age = age_days(dates[name], today)
        ages.append(
            ListAge(
                list=name, date=dates[name], age_days=age, stale=age is None or age > max_age_days
            )
        )
    stale = [a.list for a in ages if a.stale]
    if stale:
        worst = ", ".join(
            f"{a.list} of {a.date or 'unknown date'}"
            + (f" ({a.age_days} days old)" if a.age_days is not None else "")
            for a in ages
            if a.stale
        )
        message = (
            f"Decisions run on an old restricted-party list snapshot: {worst}, older than "
            f"the configured {max_age_days} days. Listings and delistings since then "
            "(e.g. the 2025 Syria delistings) are not reflected; load current files with "
            "`exportgate lists load PATH`."
        )
    else:
        message = f"All restricted-party lists are at most {max_age_days} days old."
    return ListFreshness(
        today=today, max_age_days=max_age_days, lists=ages, stale=stale, message=message
    )


def active_list_dates() -> dict[str, str | None]:
    """List dates of the active set without building the screening index where possible: the
    snapshot manifests say them; lists added with ``lists load`` (no manifest) are read by the
    screener itself. A list loaded later replaces the same list from an earlier source."""
    import json
    from pathlib import Path

    from exportgate.screening.screener import active_sources

    dates: dict[str, str | None] = {}
    for source in active_sources():
        manifest = Path(source) / "manifest.json"
        if manifest.is_file():
            for entry in json.loads(manifest.read_text("utf-8")).get("lists", []):
                dates[str(entry["list"])] = entry.get("date")
        else:
            from exportgate.screening.screener import default_screener

            return list_dates(default_screener().files)
    return dates


def active_list_freshness(
    today: dt.date | None = None, max_age_days: int | None = None
) -> ListFreshness:
    """Freshness of the active list set (the shipped snapshot plus lists loaded since)."""
    from exportgate.countries import default_country_rules

    limit = max_age_days if max_age_days is not None else default_country_rules().list_max_age_days
    return list_freshness(active_list_dates(), today or dt.date.today(), limit)
