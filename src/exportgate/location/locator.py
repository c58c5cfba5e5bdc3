"""IP address -> :class:`~exportgate.records.Location`: country, region, network type, owner.

* Country: the operator's .mmdb files first (location data), else the regional internet
  registries' delegation data bundled in the ``iptocc`` wheel (the *registration* country).
* Region (ISO 3166-2): only from an .mmdb file; without one it is ``None`` and ``data["region"]``
  says so, so the policy can apply its conservative rule for Ukraine.
* Network type: the most severe of the shipped lists (Tor > VPN > datacenter), the .mmdb
  anonymity flags and, when an .mmdb gives the ASN, the shipped VPN/datacenter ASN lists. Public
  addresses on no list are ``residential`` (an "eyeball" network).

``locate`` is the request-path call (a few microseconds); ``explain`` gives the same answer with
the reasons in words, for the command line and for reviewers.
"""

from __future__ import annotations

import functools
import os
import socket
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import iptocc

from exportgate.config import environment
from exportgate.countries import is_known_country, is_known_region
from exportgate.location.addresses import (
    IPV4_MAPPED_MASK,
    IPV4_MAPPED_PREFIX,
    Address,
    LocateError,
    parse_address,
)
from exportgate.location.index import V4_BUCKET_SHIFT, Verdict
from exportgate.location.mmdb import MMDB_ENV, MmdbFacts, MmdbSource
from exportgate.location.netdata import NetworkData, default_cache_dir, load_network_data
from exportgate.location.sources import default_data_dir
from exportgate.records import Location, NetworkType

_AF_INET = socket.AF_INET
_AF_INET6 = socket.AF_INET6
_pton = socket.inet_pton
_from_bytes = int.from_bytes

SEVERITY = {"residential": 0, "unknown": 0, "datacenter": 1, "vpn": 2, "tor": 3}
REGISTRY_DATASET = "iptocc"
MMDB_TEMPLATE_LIMIT = 50_000
REGION_NEEDS_MMDB = (
    "unavailable: region-level location (Crimea UA-43, Sevastopol UA-40, Donetsk UA-14, "
    f"Luhansk UA-09) needs an operator .mmdb file (${MMDB_ENV} or config location.mmdb)"
)
REGION_NOT_IN_MMDB = "not in the configured .mmdb files for this address"


class DataVersions(dict[str, str]):
    """The ``data`` of every Location from one locator: one shared, read-only dict.

    Sharing it keeps a lookup allocation-free (a copy per lookup cost a third of the batch
    throughput, mostly in garbage collection); making it read-only keeps one caller's edit from
    leaking into every later answer. Copy it (``dict(location.data)``) to change it.
    """

    def _read_only(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(
            "Location.data is shared by every lookup and read-only: copy it to change it"
        )

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _read_only  # type: ignore[assignment]


def registry_version() -> str:
    return f"{metadata.version('iptocc')} (RIR delegated statistics)"


def _known_country(code: str | None) -> str | None:
    return code if code is not None and is_known_country(code) else None


@dataclass(frozen=True)
class LocationReport:
    """A location with the reasons for each field, in words a compliance officer can sign."""

    ip: str
    location: Location
    why: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        loc = self.location
        return {
            "ip": self.ip,
            "country": loc.country,
            "region": loc.region,
            "network": loc.network,
            "owner": loc.owner,
            "data": loc.data,
            "why": list(self.why),
        }


class Locator:
    """Offline IP location. Immutable after construction and safe to share between threads."""

    def __init__(self, network: NetworkData, mmdbs: Sequence[MmdbSource] = ()) -> None:
        self._index = network.index
        self._asns = network.asns
        self._mmdbs = tuple(mmdbs)
        self.network_data = network
        versions = {REGISTRY_DATASET: registry_version()}
        versions.update({ds_id: ds.version for ds_id, ds in sorted(network.datasets.items())})
        versions.update({src.name: src.version for src in self._mmdbs})
        self.versions: dict[str, str] = versions
        data = dict(versions)
        if not self._mmdbs:
            data["region"] = REGION_NEEDS_MMDB
        self._data = DataVersions(data)
        self._data_region_not_in_mmdb = DataVersions({**data, "region": REGION_NOT_IN_MMDB})
        # Request-path state: per (verdict, country), a ready Location that a lookup
        # shallow-copies (msgspec ``__copy__``: no re-validation, the shared ``data``).
        self._verdicts = network.index.verdicts
        self._templates: list[dict[str | None, Location]] = [{} for _ in self._verdicts]
        self._mmdb_templates: dict[tuple[str | None, str | None, str, str | None], Location] = {}
        self._fast = self._fast_path()

    @property
    def mmdbs(self) -> tuple[MmdbSource, ...]:
        return self._mmdbs

    # -- request path ------------------------------------------------------------------------

    def _verdict(self, ip: str) -> tuple[Address, int, Verdict]:
        """Parse and look up; raise :class:`LocateError` for bad text and non-public addresses."""
        address = parse_address(ip)
        verdict_id = self._index.find(address.version, address.value)
        verdict = self._verdicts[verdict_id]
        if verdict.reserved is not None:
            raise LocateError(
                ip, f"{address.text} is in {verdict.reserved}, not a public internet address"
            )
        return address, verdict_id, verdict

    def _template(self, verdict_id: int, code: str | None) -> Location:
        """The ready Location for a non-reserved verdict and a raw registry country code."""
        templates = self._templates[verdict_id]
        template = templates.get(code)
        if template is None:
            verdict = self._verdicts[verdict_id]
            template = templates[code] = Location(
                country=_known_country(code),
                network=verdict.network,  # type: ignore[arg-type]
                owner=verdict.owner,
                source="ip",
                data=self._data,
            )
        return template

    def _locate_any(self, ip: str) -> Location:
        """Every case the fast path leaves: odd spellings, reserved, .mmdb, a new (verdict, country)."""
        address, verdict_id, verdict = self._verdict(ip)
        code = iptocc.country_code(address.text)
        if self._mmdbs:
            return self._with_mmdb(address, verdict, _known_country(code))
        return self._template(verdict_id, code).__copy__()  # type: ignore[attr-defined,no-any-return]  # msgspec shallow copy: no re-validation

    def _fast_path(self) -> Callable[[str], Location]:
        """A closure over the index for well-formed address text with a known (verdict, country).

        The request path's hot loop: local names only, a direct /16 table or a short bisect, one
        registry lookup, one shallow copy of a prepared Location. Anything unusual (IPv4-mapped
        IPv6, reserved, bad text, a first-seen country) goes to :meth:`_locate_any`.
        """
        if self._mmdbs:
            return self._locate_any
        index = self._index
        starts, labels, buckets, direct = (
            index.v4_starts,
            index.v4_labels,
            index.v4_buckets,
            index.v4_direct,
        )
        v6_starts, v6_labels = index.v6_starts, index.v6_labels
        templates, slow = self._templates, self._locate_any
        country_code = iptocc.country_code
        mapped_mask, mapped_prefix = IPV4_MAPPED_MASK, IPV4_MAPPED_PREFIX

        def locate(ip: str) -> Location:
            try:
                if ":" in ip:
                    value = _from_bytes(_pton(_AF_INET6, ip), "big")
                    if value & mapped_mask == mapped_prefix:
                        return slow(ip)
                    verdict_id = v6_labels[bisect_right(v6_starts, value) - 1]
                else:
                    value = _from_bytes(_pton(_AF_INET, ip), "big")
                    bucket = value >> V4_BUCKET_SHIFT
                    verdict_id = direct[bucket]
                    if verdict_id < 0:
                        verdict_id = labels[
                            bisect_right(starts, value, buckets[bucket], buckets[bucket + 1] + 1)
                            - 1
                        ]
            except (OSError, TypeError):
                return slow(ip)
            template = templates[verdict_id].get(country_code(ip))
            if template is None:
                return slow(ip)
            return template.__copy__()  # type: ignore[attr-defined,no-any-return]  # msgspec shallow copy: no re-validation

        return locate

    def locate(self, ip: str) -> Location:
        """Locate one public address; raise :class:`LocateError` for anything else."""
        return self._fast(ip)

    def locate_many(self, ips: Iterable[str]) -> list[Location | LocateError]:
        """Locate a batch; a bad address yields its :class:`LocateError` and the batch goes on."""
        locate = self._fast
        results: list[Location | LocateError] = []
        append = results.append
        for ip in ips:
            try:
                append(locate(ip))
            except LocateError as exc:
                append(exc)
        return results

    # -- .mmdb -------------------------------------------------------------------------------

    def _mmdb_facts(self, address: Address) -> list[tuple[MmdbSource, MmdbFacts]]:
        found = []
        for source in self._mmdbs:
            facts = source.facts(address)
            if facts is not None:
                found.append((source, facts))
        return found

    def _with_mmdb(
        self, address: Address, verdict: Verdict, registry: str | None, why: list[str] | None = None
    ) -> Location:
        """Combine the .mmdb facts with the lists; ``why`` (when given) collects the reasons."""
        found = self._mmdb_facts(address)
        country, region, owner = registry, None, verdict.owner
        network: str = verdict.network
        located = next(((s, f.country) for s, f in found if _known_country(f.country)), None)
        if located is not None:
            country = located[1]
            if why is not None:
                why.append(
                    f"country {country}: location from {located[0].version} ({located[0].name})"
                )
                if registry is not None and registry != country:
                    why.append(
                        f"signal: the address block is registered in {registry} (RIR data) but "
                        f"{located[0].version} places it in {country}"
                    )
        for source, facts in found:
            if (
                facts.region
                and country
                and facts.region.startswith(f"{country}-")
                and (is_known_region(facts.region))
            ):
                region = facts.region
                if why is not None:
                    why.append(f"region {region}: from {source.version} ({source.name})")
                break
        for source, facts in found:
            if facts.network and SEVERITY[facts.network] > SEVERITY[network]:
                network = facts.network
                if why is not None:
                    why.append(f"network {network}: {source.version} sets {facts.network_reason}")
            asn = self._asns.get(facts.asn) if facts.asn is not None else None
            if asn is not None and SEVERITY[asn.category] > SEVERITY[network]:
                network = asn.category
                if why is not None:
                    why.append(f"network {network}: AS{facts.asn} ({asn.name}) is an {asn.label}")
            owner = owner or facts.owner or (asn.name if asn else None)
        key = (country, region, network, owner)
        template = self._mmdb_templates.get(key)
        if template is None:
            if len(self._mmdb_templates) >= MMDB_TEMPLATE_LIMIT:  # owners from an ASN file are many
                self._mmdb_templates.clear()
            template = self._mmdb_templates[key] = Location(
                country=country,
                region=region,
                network=network,  # type: ignore[arg-type]
                owner=owner,
                source="ip",
                data=self._data if region is not None else self._data_region_not_in_mmdb,
            )
        return template.__copy__()  # type: ignore[attr-defined,no-any-return]  # msgspec shallow copy: no re-validation

    # -- explanation -------------------------------------------------------------------------

    def explain(self, ip: str) -> LocationReport:
        """The same answer as :meth:`locate`, with every reason in words."""
        address, _, verdict = self._verdict(ip)
        registry = _known_country(iptocc.country_code(address.text))
        why: list[str] = []
        mmdb_why: list[str] = []
        if self._mmdbs:
            location = self._with_mmdb(address, verdict, registry, mmdb_why)
        else:
            location = self.locate(ip)
        if (
            location.country is not None
            and location.country == registry
            and not any(line.startswith("country ") for line in mmdb_why)
        ):
            why.append(
                f"country {registry}: where the address block is registered in the regional "
                f"internet registries' data (iptocc {self.versions[REGISTRY_DATASET]}); "
                "registration, not a measured location"
            )
        elif location.country is None:
            why.append("country unknown: the address block is in no registry or .mmdb data")
        why.extend(line for line in mmdb_why if line.startswith(("country", "signal", "region")))
        if location.region is None:
            why.append(f"region {location.data['region']}")
        why.extend(self._network_reasons(location.network, verdict, mmdb_why))
        if location.owner:
            why.append(f"owner {location.owner}")
        if address.text != ip.strip():
            why.append(f"looked up as {address.text}")
        return LocationReport(ip=ip, location=location, why=tuple(why))

    def _network_reasons(
        self, network: NetworkType, verdict: Verdict, mmdb_why: list[str]
    ) -> list[str]:
        if network == "residential":
            lists = ", ".join(
                f"{ds_id} {ds.date.isoformat()}"
                for ds_id, ds in sorted(self.network_data.datasets.items())
                if any(f.category in SEVERITY and f.format != "asn" for f in ds.files)
            )
            return [
                "network residential: the address is on none of the Tor exit, VPN or "
                f"datacenter lists ({lists}); residential proxies are not detectable this way"
            ]
        lines = [f"network {verdict.network}: {label}" for label in verdict.evidence]
        lines.extend(line for line in mmdb_why if line.startswith("network"))
        return lines


def _paths(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [p for p in value.split(os.pathsep) if p.strip()]
    return [str(p) for p in value]


def load_locator(
    mmdb: str | Sequence[str] | None = None,
    data_dir: str | Path | None = None,
    cache_dir: str | Path | None = None,
) -> Locator:
    """A locator over the shipped lists, the operator's newer lists and .mmdb files.

    Arguments left out fall back to the environment: ``EXPORTGATE_GEOIP_MMDB`` (one or more
    paths, separated by ``os.pathsep``), ``EXPORTGATE_LOCATION_DATA``, ``EXPORTGATE_CACHE_DIR``.
    """
    mmdb_paths = _paths(mmdb) if mmdb is not None else _paths(environment().location.mmdb)
    network = load_network_data(
        Path(data_dir) if data_dir is not None else default_data_dir(),
        Path(cache_dir) if cache_dir is not None else default_cache_dir(),
    )
    return Locator(network, [MmdbSource(p) for p in mmdb_paths])


def locator_from_config(section: Mapping[str, Any] | None) -> Locator:
    """From the gateway config's ``location:`` section (keys ``mmdb``, ``data_dir``, ``cache_dir``)."""
    section = section or {}
    return load_locator(section.get("mmdb"), section.get("data_dir"), section.get("cache_dir"))


@functools.cache
def default_locator() -> Locator:
    """The process-wide locator from the environment; loaded once."""
    return load_locator()
