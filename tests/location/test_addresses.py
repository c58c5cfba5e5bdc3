from __future__ import annotations

import ipaddress

import pytest

from exportgate.location.addresses import (
    RESERVED_BLOCKS,
    LocateError,
    parse_address,
    parse_network,
)


def test_parses_ipv4_and_ipv6_to_integers() -> None:
    assert parse_address("203.0.113.7") == (
        4,
        int(ipaddress.ip_address("203.0.113.7")),
        "203.0.113.7",
    )
    v6 = parse_address("2001:4860:4860::8888")
    assert v6.version == 6 and v6.value == int(ipaddress.ip_address("2001:4860:4860::8888"))


def test_ipv4_mapped_ipv6_is_looked_up_as_ipv4() -> None:
    assert parse_address("::ffff:8.8.8.8") == (4, int(ipaddress.ip_address("8.8.8.8")), "8.8.8.8")


def test_whitespace_and_brackets_are_tolerated() -> None:
    assert parse_address("  8.8.8.8\n").text == "8.8.8.8"
    assert parse_address("[2001:db8::1]").version == 6


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "bogus",
        "1.2.3",
        "256.1.1.1",
        "1.2.3.4/24",
        "1.2.3.4:443",
        "01.2.3.4x",
        "fe80::1%eth0",
        "::g",
    ],
)
def test_bad_text_is_a_locate_error_naming_the_input(raw: str) -> None:
    with pytest.raises(LocateError) as info:
        parse_address(raw)
    assert info.value.ip == raw
    assert "not an IPv4 or IPv6 address" in info.value.message
    assert info.value.to_dict() == {"ip": raw, "error": info.value.message}


def test_non_text_input_is_a_locate_error() -> None:
    with pytest.raises(LocateError, match="expected an IP address as text"):
        parse_address(12345)  # type: ignore[arg-type]


def test_network_ignores_host_bits_and_accepts_bare_addresses() -> None:
    assert parse_network("31.171.155.134/31") == (4, 0x1FAB9B86, 0x1FAB9B87)
    assert parse_network("8.8.8.8") == (4, 0x08080808, 0x08080808)
    version, first, last = parse_network("2001:db8::/32")
    assert version == 6 and last - first == 2**96 - 1
    with pytest.raises(ValueError):
        parse_network("10.0.0.0/33")


def test_reserved_blocks_are_exact_networks() -> None:
    for block in RESERVED_BLOCKS:
        ipaddress.ip_network(block.cidr)  # strict: raises when host bits are set
        assert block.name
