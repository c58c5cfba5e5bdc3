"""Operator-supplied MaxMind-format (.mmdb) databases: MaxMind GeoIP2/GeoLite2, DB-IP, IPinfo.

One reader understands the common schemas, field by field, so any mix of files works:

* country: ``country.iso_code`` (GeoIP2, DB-IP), ``country_code`` (IPinfo Lite), ``country`` as a
  code (IPinfo); ``registered_country.iso_code`` is kept apart as the registration country;
* region (ISO 3166-2): ``subdivisions[0].iso_code`` (GeoIP2, DB-IP: ``43`` in ``UA`` -> ``UA-43``),
  ``region_code``;
* owner: ``autonomous_system_organization`` (GeoLite2-ASN), ``as_name`` / ``asn`` (IPinfo),
  ``traits.isp`` / ``traits.organization``; ASN numbers from ``autonomous_system_number`` or
  ``asn`` (``"AS15169"``);
* network type: the Anonymous-IP flags (``is_tor_exit_node``; ``is_anonymous_vpn``,
  ``is_public_proxy``, ``is_residential_proxy``; ``is_hosting_provider``), top level or in
  ``traits``, and ``traits.user_type == "hosting"``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

import maxminddb

from exportgate.location.addresses import Address

MMDB_ENV = "EXPORTGATE_GEOIP_MMDB"
CACHE_SHIFT = {4: 8, 6: 64}
FACTS_CACHE_LIMIT = 200_000
_MISSING = object()

_VPN_FLAGS = ("is_anonymous_vpn", "is_public_proxy", "is_residential_proxy")


class MmdbFacts(NamedTuple):
    country: str | None
    registered_country: str | None
    region: str | None
    owner: str | None
    asn: int | None
    network: str | None  # tor | vpn | datacenter, only when the database says so
    network_reason: str | None


def _code(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("iso_code")
    if isinstance(value, str) and len(value) == 2 and value.isalpha():
        return value.upper()
    return None


def _region(record: dict[str, Any], country: str | None) -> str | None:
    if country is None:
        return None
    subdivisions = record.get("subdivisions")
    code: Any = None
    if isinstance(subdivisions, list) and subdivisions and isinstance(subdivisions[0], dict):
        code = subdivisions[0].get("iso_code")
    if code is None:
        code = record.get("region_code")
    if not isinstance(code, str) or not code:
        return None
    code = code.upper()
    if not code.startswith(f"{country}-"):
        code = f"{country}-{code}"
    return code if 4 <= len(code) <= 6 else None


def _asn(record: dict[str, Any]) -> int | None:
    value = record.get("autonomous_system_number")
    if isinstance(value, int):
        return value
    value = record.get("asn")
    if isinstance(value, str) and value.upper().startswith("AS") and value[2:].isdigit():
        return int(value[2:])
    return value if isinstance(value, int) else None


def _owner(record: dict[str, Any], traits: dict[str, Any]) -> str | None:
    for value in (
        record.get("autonomous_system_organization"),
        record.get("as_name"),
        traits.get("isp"),
        traits.get("organization"),
        traits.get("autonomous_system_organization"),
    ):
        if isinstance(value, str) and value:
            return value
    return None


def _network(record: dict[str, Any], traits: dict[str, Any]) -> tuple[str | None, str | None]:
    def flag(name: str) -> bool:
        return bool(record.get(name) or traits.get(name))

    if flag("is_tor_exit_node"):
        return "tor", "is_tor_exit_node"
    for name in _VPN_FLAGS:
        if flag(name):
            return "vpn", name
    if flag("is_hosting_provider"):
        return "datacenter", "is_hosting_provider"
    if traits.get("user_type") == "hosting":
        return "datacenter", "user_type=hosting"
    return None, None


def facts_from_record(record: Any) -> MmdbFacts | None:
    """Pull the fields this gateway uses out of one record of any supported schema."""
    if not isinstance(record, dict):
        return None
    raw_traits = record.get("traits")
    traits: dict[str, Any] = raw_traits if isinstance(raw_traits, dict) else {}
    country = _code(record.get("country")) or _code(record.get("country_code"))
    network, reason = _network(record, traits)
    return MmdbFacts(
        country=country,
        registered_country=_code(record.get("registered_country")),
        region=_region(record, country),
        owner=_owner(record, traits),
        asn=_asn(record),
        network=network,
        network_reason=reason,
    )


class MmdbSource:
    """One opened .mmdb file. Opening reads only the metadata; lookups use the C reader."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._reader = maxminddb.open_database(str(self.path))
        except (OSError, ValueError, maxminddb.InvalidDatabaseError) as exc:
            raise ValueError(f"cannot open .mmdb file {str(self.path)!r}: {exc}") from None
        meta = self._reader.metadata()
        self.database_type: str = meta.database_type
        self.build_date = dt.datetime.fromtimestamp(meta.build_epoch, dt.UTC).date()
        self.ip_version: int = meta.ip_version
        self._cache: dict[tuple[int, int], MmdbFacts | None] = {}

    @property
    def name(self) -> str:
        return f"mmdb:{self.path.name}"

    @property
    def version(self) -> str:
        return f"{self.database_type} {self.build_date.isoformat()}"

    def facts(self, address: Address) -> MmdbFacts | None:
        """The facts for one address, decoded once per /24 (IPv4) or /64 (IPv6) where the
        database's network is at least that wide (a GeoIP2 City record decodes to a large dict)."""
        shift = CACHE_SHIFT[address.version]
        key = (address.version, address.value >> shift)
        cached = self._cache.get(key, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        try:
            record, prefix_len = self._reader.get_with_prefix_len(address.text)
        except ValueError:  # an IPv6 address in an IPv4-only database
            return None
        facts = facts_from_record(record)
        if prefix_len <= (32 if address.version == 4 else 128) - shift:
            if len(self._cache) >= FACTS_CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = facts
        return facts

    def close(self) -> None:
        self._reader.close()
