"""``exportgate locate`` and ``exportgate location status|load``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from exportgate.cli.common import fail

if TYPE_CHECKING:
    from exportgate.location import Locator

location_app = typer.Typer(
    help="Location data: ages of the Tor/VPN/datacenter lists and .mmdb files; load newer lists.",
    no_args_is_help=True,
)

MMDB_HELP = (
    "An operator .mmdb file (MaxMind GeoIP2/GeoLite2, DB-IP, IPinfo); repeatable; takes "
    "precedence over the registry country and gives regions. Default: $EXPORTGATE_GEOIP_MMDB."
)
DATA_DIR_HELP = "Operator data folder for loaded lists. Default: $EXPORTGATE_LOCATION_DATA."


def _addresses(ips: list[str]) -> Iterator[str]:
    for ip in ips:
        if ip == "-":
            yield from (line.strip() for line in sys.stdin if line.strip())
        else:
            yield ip


def _load(mmdb: list[Path], data_dir: Path | None) -> Locator:
    """The locator for a command; a configured .mmdb that cannot be opened ends it (status 2)."""
    from exportgate.location import load_locator

    try:
        return load_locator([str(p) for p in mmdb] or None, data_dir)
    except ValueError as exc:
        fail(str(exc))


def _human(item: dict[str, Any]) -> str:
    if "error" in item:
        return f"{item['ip']}: error: {item['error']}"
    head = (
        f"{item['ip']}: country {item['country'] or 'unknown'}, region {item['region'] or 'unknown'}, "
        f"network {item['network']}, owner {item['owner'] or 'unknown'}"
    )
    return "\n".join([head, *(f"  - {line}" for line in item["why"])])


def locate(
    ips: list[str] = typer.Argument(
        ..., help="IPv4 or IPv6 addresses; '-' reads one per line from stdin."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line per address."),
    mmdb: list[Path] = typer.Option([], "--mmdb", help=MMDB_HELP),
    data_dir: Path | None = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
) -> None:
    """Country, region, network type (residential, datacenter, vpn, tor), owner and the data
    versions used, for each address, with the reasons.

    Input that is not a public address (bad text, private, loopback, documentation and other
    reserved ranges) gets {"ip", "error"} and the rest go on; the exit status is 1 if any did.
    """
    from exportgate.location import LocateError

    locator = _load(mmdb, data_dir)
    failed = False
    for ip in _addresses(ips):
        try:
            item = locator.explain(ip).to_dict()
        except LocateError as exc:
            item = exc.to_dict()
            failed = True
        typer.echo(json.dumps(item, ensure_ascii=False) if as_json else _human(item))
    if failed:
        raise typer.Exit(1)


@location_app.command("status")
def status(
    as_json: bool = typer.Option(False, "--json", help="One JSON object per data set."),
    mmdb: list[Path] = typer.Option([], "--mmdb", help=MMDB_HELP),
    data_dir: Path | None = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
    strict: bool = typer.Option(
        False, "--strict", help="Exit status 1 when any data set is stale."
    ),
) -> None:
    """Every location data set with its version, date and age; warns when one is too old
    (Tor lists after 7 days, VPN and datacenter lists after 30, .mmdb files after 35)."""
    from exportgate.location.status import data_status

    locator = _load(mmdb, data_dir)
    rows = data_status(locator, dt.datetime.now(dt.UTC).date())
    for row in rows:
        if as_json:
            typer.echo(json.dumps(row.to_dict()))
            continue
        age = "age unknown" if row.age_days is None else f"{row.age_days} days old"
        flag = f"  WARNING: older than {row.max_age_days} days, refresh it" if row.stale else ""
        typer.echo(f"{row.name}: {row.version} ({row.kind}; {age}){flag}\n  {row.note}")
    if not locator.mmdbs and not as_json:
        typer.echo(
            "no .mmdb file configured: countries are registry countries and regions "
            "(Crimea, Donetsk, Luhansk) are unknown; set $EXPORTGATE_GEOIP_MMDB"
        )
    if strict and any(row.stale for row in rows):
        raise typer.Exit(1)


@location_app.command("load")
def load(
    path: Path = typer.Argument(
        ...,
        help="A folder laid out like the shipped lists, a checkout of one origin repository, or one list file.",
    ),
    date: str | None = typer.Option(
        None,
        "--date",
        help="Data date YYYY-MM-DD of the new files (default: each file's modification date).",
    ),
    force: bool = typer.Option(
        False, "--force", help="Accept files that are older or much shorter than the data in use."
    ),
    data_dir: Path | None = typer.Option(None, "--data-dir", help=DATA_DIR_HELP),
) -> None:
    """Load newer Tor/VPN/datacenter list files: each is checked, stored with its date in the
    operator data folder, and the lookup index is rebuilt. Exit status 1 if any file was refused."""
    from exportgate.location.loader import load_lists
    from exportgate.location.netdata import default_cache_dir, load_network_data
    from exportgate.location.sources import default_data_dir

    try:
        data_date = dt.date.fromisoformat(date) if date else None
    except ValueError:
        fail(f"--date {date!r} is not a date YYYY-MM-DD")
    target = data_dir or default_data_dir()
    try:
        report = load_lists(path, target, data_date, force)
    except FileNotFoundError as exc:
        fail(str(exc))
    if not report.outcomes:
        fail(f"{path} holds no known list file (see docs/location.md)")
    for outcome in report.outcomes:
        verdict = "loaded" if outcome.accepted else "REFUSED"
        typer.echo(f"{verdict} {outcome.key} from {outcome.source}: {outcome.message}")
    if report.accepted:
        network = load_network_data(target, default_cache_dir())
        v4, v6 = network.index.segment_counts
        typer.echo(f"index rebuilt: {v4} IPv4 and {v6} IPv6 segments; data in {target}")
    if report.refused:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("locate")(locate)
    app.add_typer(location_app, name="location")
