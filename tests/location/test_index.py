"""The range index on small synthetic lists, checked against a naive scan."""

from __future__ import annotations

import ipaddress
import random

from exportgate.location.addresses import parse_address, parse_network
from exportgate.location.index import RangeIndex, Source, reserved_sources

TOR = Source("tor", "Tor exit (test list)")
VPN = Source("vpn", "VPN relay (test list)", "Example VPN")
DC = Source("datacenter", "cloud ranges (test list)", "Example Cloud")
BROAD_DC = Source("datacenter", "broad hosting list (test)")
NAMES = Source("owner", "names only (test)", "Old Hosting Name")


def _entries(pairs: list[tuple[str, Source]]) -> list[tuple[int, int, int, Source]]:
    return [(*parse_network(cidr), source) for cidr, source in pairs]


LISTS = [
    ("198.51.0.0/16", BROAD_DC),
    ("198.51.7.0/24", DC),
    ("198.51.7.128/25", VPN),
    ("198.51.7.200", TOR),
    ("198.51.9.0/24", NAMES),
    ("100.0.0.0/8", NAMES),
    ("2a0b::/32", DC),
    ("2a0b::5", TOR),
]


def _index() -> RangeIndex:
    return RangeIndex.build(reserved_sources() + _entries(LISTS))


def _lookup(index: RangeIndex, ip: str):  # type: ignore[no-untyped-def]
    address = parse_address(ip)
    return index.lookup(address.version, address.value)


def test_most_severe_category_wins_and_every_list_is_evidence() -> None:
    verdict = _lookup(_index(), "198.51.7.200")
    assert verdict.network == "tor"
    assert verdict.owner == "Example VPN"  # the named source of the highest category
    assert verdict.evidence == (TOR.label, VPN.label, DC.label, BROAD_DC.label)


def test_nested_ranges_resolve_by_position() -> None:
    index = _index()
    assert _lookup(index, "198.51.7.201").network == "vpn"
    assert _lookup(index, "198.51.7.127").network == "datacenter"
    assert _lookup(index, "198.51.7.127").owner == "Example Cloud"
    assert _lookup(index, "198.51.8.1").owner is None  # only the unnamed broad list
    assert _lookup(index, "198.50.255.255").network == "residential"
    assert _lookup(index, "198.52.0.0").network == "residential"


def test_name_only_lists_never_make_an_address_a_datacenter() -> None:
    index = _index()
    named_in_dc = _lookup(index, "198.51.9.9")
    assert named_in_dc.network == "datacenter" and named_in_dc.owner == "Old Hosting Name"
    residential = _lookup(index, "100.1.2.3")
    assert residential.network == "residential" and residential.owner is None
    assert residential.evidence == ()


def test_reserved_blocks_win_and_the_most_specific_name_is_given() -> None:
    index = _index()
    assert _lookup(index, "10.1.2.3").reserved == "a private network (RFC 1918)"
    assert _lookup(index, "2001:db8::1").reserved == "IPv6 documentation (RFC 3849)"
    assert _lookup(index, "fe80::1").reserved == "IPv6 link-local (RFC 4291)"
    assert "outside the IPv6 global unicast" in (_lookup(index, "4000::1").reserved or "")
    assert _lookup(index, "2a0b::5").network == "tor"
    assert _lookup(index, "2a0b::6").network == "datacenter"
    assert _lookup(index, "2a0c::1").reserved is None


def test_edges_of_the_address_space() -> None:
    index = _index()
    assert _lookup(index, "0.0.0.0").reserved
    assert _lookup(index, "255.255.255.255").reserved
    assert _lookup(index, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").reserved
    assert _lookup(index, "2000::").reserved is None
    assert _lookup(index, "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").reserved is None


def _naive_network(ip: str) -> str:
    """The baseline: scan every list with ipaddress, take the most severe category."""
    address = ipaddress.ip_address(ip)
    rank = {"tor": 3, "vpn": 2, "datacenter": 1}
    best = 0
    for cidr, source in LISTS:
        if address in ipaddress.ip_network(cidr) and source.category in rank:
            best = max(best, rank[source.category])
    return {0: "residential", 1: "datacenter", 2: "vpn", 3: "tor"}[best]


def test_agrees_with_a_naive_scan_on_boundaries_and_random_addresses() -> None:
    index = _index()
    rng = random.Random(7)
    probes: list[str] = []
    for cidr, _ in LISTS:
        network = ipaddress.ip_network(cidr)
        for edge in (network[0], network[-1]):
            for delta in (-1, 0, 1):
                probes.append(str(edge + delta))
    base = int(ipaddress.ip_address("198.50.0.0"))
    probes += [str(ipaddress.ip_address(base + rng.randrange(4 * 65536))) for _ in range(2000)]
    for ip in probes:
        verdict = _lookup(index, ip)
        if verdict.reserved is None:
            assert verdict.network == _naive_network(ip), ip


def test_bucketed_find_equals_a_plain_bisect() -> None:
    from bisect import bisect_right

    index = _index()
    rng = random.Random(3)
    values = (
        [rng.getrandbits(32) for _ in range(5000)]
        + list(index.v4_starts)
        + [s - 1 for s in index.v4_starts[1:]]
    )
    for value in values:
        assert index.find(4, value) == index.v4_labels[bisect_right(index.v4_starts, value) - 1]


def test_serialised_index_reads_back_identically_and_only_for_its_key() -> None:
    index = _index()
    blob = index.to_bytes("key-1")
    again = RangeIndex.from_bytes(blob, "key-1")
    assert again is not None
    assert again.v4_starts == index.v4_starts and again.v6_starts == index.v6_starts
    assert again.v4_labels == index.v4_labels and again.v6_labels == index.v6_labels
    assert again.verdicts == index.verdicts
    assert RangeIndex.from_bytes(blob, "key-2") is None
    assert RangeIndex.from_bytes(b"not msgpack at all \xc1", "key-1") is None
