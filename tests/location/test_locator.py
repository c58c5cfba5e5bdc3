"""The locator over the shipped data: real list entries, reserved input, and a naive cross-check."""

from __future__ import annotations

import ipaddress
import random

import iptocc
import msgspec
import pytest

from exportgate.location import LocateError, Locator, default_locator
from exportgate.location.addresses import RESERVED_BLOCKS
from exportgate.location.sources import parse_ranges, shipped_datasets
from exportgate.records import Location


def _first_entry(dataset: str, path: str) -> str:
    data_file = next(f for f in shipped_datasets()[dataset].files if f.path == path)
    version, first, _ = parse_ranges(data_file).ranges[0]
    return str(ipaddress.ip_address(first))


def test_location_record_for_a_public_address(locator: Locator) -> None:
    location = locator.locate("8.8.8.8")
    assert isinstance(location, Location)
    assert location.country == "US"
    assert location.network == "datacenter"
    assert location.owner == "Google"
    assert location.source == "ip"
    assert location.region is None
    assert "needs an operator .mmdb" in location.data["region"]
    assert location.data["iptocc"].startswith(iptocc_version())
    assert location.data["x4bnet-lists_vpn"].startswith("2026-08-22 X4BNet/lists_vpn@167937a")


def iptocc_version() -> str:
    from importlib import metadata

    return metadata.version("iptocc")


def test_versions_name_every_data_set(locator: Locator) -> None:
    assert set(locator.versions) == {"iptocc", *shipped_datasets()}
    for name, version in locator.versions.items():
        assert version, name


def test_data_is_shared_read_only_and_names_every_data_set(locator: Locator) -> None:
    first = locator.locate("8.8.8.8")
    with pytest.raises(TypeError, match="read-only"):
        first.data["tampered"] = "yes"
    with pytest.raises(TypeError, match="read-only"):
        first.data.update({"tampered": "yes"})
    assert "tampered" not in locator.locate("8.8.8.8").data
    assert {k: v for k, v in first.data.items() if k != "region"} == locator.versions
    copy = dict(first.data)
    copy["policy"] = "v1"
    assert "policy" not in locator.locate("1.1.1.1").data


def test_locations_are_independent_records(locator: Locator) -> None:
    first = locator.locate("8.8.8.8")
    first.owner = "changed by a caller"
    assert locator.locate("8.8.8.8").owner == "Google"


def test_location_encodes_as_plain_json(locator: Locator) -> None:
    from exportgate.records import to_json

    encoded = msgspec.json.decode(to_json(locator.locate("8.8.8.8")))
    assert encoded["data"]["iptocc"] == locator.versions["iptocc"]
    builtins = msgspec.to_builtins(locator.locate("8.8.8.8"))
    assert type(builtins["data"]) is dict and builtins["network"] == "datacenter"


@pytest.mark.parametrize(
    ("dataset", "path", "network", "owner"),
    [
        ("alireza-rezaee-tor-nodes", "latest.exits.csv", "tor", None),
        ("criticalpathsecurity-public-intelligence-feeds", "tor-exit.txt", "tor", None),
        ("x4bnet-lists_vpn", "input/vpn/ips/mullvadvpn.txt", "vpn", "Mullvad VPN"),
        ("x4bnet-lists_vpn", "input/vpn/ips/pia.txt", "vpn", "Private Internet Access"),
        ("tn3w-protonvpn-ips", "protonvpn_ips.txt", "vpn", "Proton VPN"),
        (
            "lord-alfred-ipranges",
            "apple-proxy/ipv4_merged.txt",
            "vpn",
            "Apple iCloud Private Relay",
        ),
        (
            "lord-alfred-ipranges",
            "apple-proxy/ipv6_merged.txt",
            "vpn",
            "Apple iCloud Private Relay",
        ),
        ("lord-alfred-ipranges", "amazon/ipv4_merged.txt", "datacenter", "Amazon Web Services"),
        ("lord-alfred-ipranges", "oracle/ipv4_merged.txt", "datacenter", "Oracle Cloud"),
        ("lord-alfred-ipranges", "digitalocean/ipv6_merged.txt", "datacenter", "DigitalOcean"),
    ],
)
def test_list_entries_get_their_network_type(
    locator: Locator, dataset: str, path: str, network: str, owner: str | None
) -> None:
    ip = _first_entry(dataset, path)
    location = locator.locate(ip)
    assert location.network == network, ip
    if owner is not None:
        assert location.owner == owner, ip


def test_an_address_on_no_list_is_residential(locator: Locator) -> None:
    report = locator.explain("81.2.69.142")
    assert report.location.network == "residential"
    assert report.location.country == "GB"
    assert any("on none of the Tor exit, VPN or datacenter lists" in line for line in report.why)


def test_tor_exit_explained_in_words(locator: Locator) -> None:
    ip = _first_entry("alireza-rezaee-tor-nodes", "latest.exits.csv")
    why = locator.explain(ip).why
    assert any(line.startswith("network tor: Tor relay with the Exit flag") for line in why)
    assert any("registration, not a measured location" in line for line in why)


def test_ipv4_mapped_address_is_the_ipv4_answer(locator: Locator) -> None:
    assert locator.locate("::ffff:8.8.8.8") == locator.locate("8.8.8.8")
    assert "looked up as 8.8.8.8" in locator.explain("::ffff:8.8.8.8").why


def test_countries_follow_the_registry(locator: Locator) -> None:
    for ip, country in [("175.45.176.1", "KP"), ("2.176.0.1", "IR"), ("202.96.134.133", "CN")]:
        assert locator.locate(ip).country == country


@pytest.mark.parametrize("block", RESERVED_BLOCKS, ids=lambda b: b.cidr)
def test_reserved_blocks_are_refused_with_their_name(locator: Locator, block) -> None:  # type: ignore[no-untyped-def]
    network = ipaddress.ip_network(block.cidr)
    probes = ["4000::1", "1000::1"] if block.cidr == "::/0" else [str(network[0]), str(network[-1])]
    for ip in probes:
        with pytest.raises(LocateError) as info:
            locator.locate(ip)
        assert "not a public internet address" in info.value.message
        assert ip in info.value.message


def test_private_addresses_by_ipaddress_are_all_refused(locator: Locator) -> None:
    rng = random.Random(11)
    private = [
        n for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10")
    ]
    for cidr in private:
        network = ipaddress.ip_network(cidr)
        for _ in range(50):
            address = network[rng.randrange(network.num_addresses)]
            assert address.is_private
            with pytest.raises(LocateError):
                locator.locate(str(address))


def test_batch_goes_on_after_bad_input(locator: Locator) -> None:
    results = locator.locate_many(["8.8.8.8", "nonsense", "127.0.0.1", "2a00:1450::1"])
    assert isinstance(results[0], Location) and isinstance(results[3], Location)
    assert isinstance(results[1], LocateError) and "not an IPv4 or IPv6 address" in str(results[1])
    assert isinstance(results[2], LocateError) and "loopback" in str(results[2])


def test_default_locator_is_cached(
    monkeypatch: pytest.MonkeyPatch, cache_dir, empty_data_dir
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXPORTGATE_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("EXPORTGATE_LOCATION_DATA", str(empty_data_dir))
    monkeypatch.delenv("EXPORTGATE_GEOIP_MMDB", raising=False)
    default_locator.cache_clear()
    try:
        assert default_locator() is default_locator()
        assert default_locator().locate("8.8.8.8").owner == "Google"
    finally:
        default_locator.cache_clear()


def _naive_lists() -> dict[str, list[tuple[int, int, int]]]:
    """Every range file parsed independently with ipaddress: category -> (version, first, last)."""
    lists: dict[str, list[tuple[int, int, int]]] = {"tor": [], "vpn": [], "datacenter": []}
    for dataset in shipped_datasets().values():
        for data_file in dataset.files:
            if data_file.category not in lists or data_file.format == "asn":
                continue
            for line in data_file.lines():
                text = line.split("#")[0].strip()
                if data_file.format == "onionoo-csv":
                    if text.startswith("fingerprint"):
                        continue
                    text = text.split(",")[1].strip()
                if not text:
                    continue
                network = ipaddress.ip_network(text, strict=False)
                first = int(network.network_address)
                lists[data_file.category].append(
                    (network.version, first, first + network.num_addresses - 1)
                )
    return lists


def test_agrees_with_a_naive_scan_of_every_list(locator: Locator) -> None:
    """Sampled addresses (inside list entries, next to them, random) against a linear scan."""
    lists = _naive_lists()
    rng = random.Random(5)
    probes: list[tuple[int, int]] = []
    for entries in lists.values():
        for version, first, last in rng.sample(entries, 60):
            probes += [(version, first), (version, last), (version, last + 1), (version, first - 1)]
    probes += [(4, rng.getrandbits(32)) for _ in range(150)]
    rank = {"tor": 3, "vpn": 2, "datacenter": 1}
    names = {0: "residential", 1: "datacenter", 2: "vpn", 3: "tor"}
    for version, value in probes:
        ip = str(ipaddress.IPv4Address(value) if version == 4 else ipaddress.IPv6Address(value))
        try:
            got = locator.locate(ip)
        except LocateError:
            assert (
                not ipaddress.ip_address(ip).is_global
                or ipaddress.ip_address(ip).is_multicast
                or (version == 6)
            ), ip
            continue
        best = 0
        for category, entries in lists.items():
            if any(v == version and first <= value <= last for v, first, last in entries):
                best = max(best, rank[category])
        assert got.network == names[best], ip
        assert got.country == _registry_country(ip), ip


def _registry_country(ip: str) -> str | None:
    from exportgate.countries import is_known_country

    code = iptocc.country_code(ip)
    return code if code and is_known_country(code) else None
