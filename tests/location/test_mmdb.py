"""Operator .mmdb files: written here with mmdb-writer, read by the real maxminddb reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from mmdb_writer import MMDBWriter
from netaddr import IPSet

from exportgate.location import Locator, load_locator

# Registry (iptocc) countries of these test addresses: 3.5.140.1 US (an AWS Seoul range),
# 81.2.69.142 GB, 5.62.60.1 IE, 2a02:2698::1 RU.
CITY_RECORDS = {
    "3.5.140.0/24": {
        "country": {"iso_code": "KR"},
        "registered_country": {"iso_code": "US"},
        "subdivisions": [{"iso_code": "11"}],
    },
    "81.2.69.0/24": {"country": {"iso_code": "UA"}, "subdivisions": [{"iso_code": "43"}]},
    "5.62.60.0/24": {"country": {"iso_code": "UA"}},
    "2a02:2698::/32": {"country": {"iso_code": "UA"}, "subdivisions": [{"iso_code": "14"}]},
}
ANONYMOUS_RECORDS = {
    "81.2.69.142/32": {"is_anonymous": True, "is_anonymous_vpn": True},
    "5.62.60.0/24": {"is_hosting_provider": True},
}
IPINFO_RECORDS = {
    "81.2.69.0/24": {"country_code": "UA", "asn": "AS209854", "as_name": "Surfshark Ltd"},
    "5.62.60.0/24": {"country_code": "UA", "asn": "AS64500", "as_name": "Example Telecom"},
}


def _write(path: Path, database_type: str, records: dict[str, dict[str, object]]) -> Path:
    writer = MMDBWriter(ip_version=6, ipv4_compatible=True, database_type=database_type)
    for cidr, record in records.items():
        writer.insert_network(IPSet([cidr]), record)
    writer.to_db_file(str(path))
    return path


@pytest.fixture(scope="module")
def mmdb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mmdb")
    _write(folder / "city.mmdb", "GeoIP2-City", CITY_RECORDS)
    _write(folder / "anon.mmdb", "GeoIP2-Anonymous-IP", ANONYMOUS_RECORDS)
    _write(folder / "ipinfo.mmdb", "ipinfo lite.mmdb", IPINFO_RECORDS)
    return folder


@pytest.fixture(scope="module")
def city_locator(mmdb_dir: Path, cache_dir: Path, empty_data_dir: Path) -> Locator:
    return load_locator(
        mmdb=[str(mmdb_dir / "city.mmdb"), str(mmdb_dir / "anon.mmdb")],
        data_dir=empty_data_dir,
        cache_dir=cache_dir,
    )


def test_mmdb_country_and_region_take_precedence(city_locator: Locator) -> None:
    location = city_locator.locate("81.2.69.10")
    assert location.country == "UA"
    assert location.region == "UA-43"
    assert "region" not in location.data or location.data["region"] != ""
    assert location.data["mmdb:city.mmdb"].startswith("GeoIP2-City ")
    assert location.data["mmdb:anon.mmdb"].startswith("GeoIP2-Anonymous-IP ")


def test_ipv6_region_from_mmdb(city_locator: Locator) -> None:
    location = city_locator.locate("2a02:2698::1")
    assert (location.country, location.region) == ("UA", "UA-14")


def test_registry_and_location_disagreement_is_a_signal(city_locator: Locator) -> None:
    report = city_locator.explain("3.5.140.1")
    assert report.location.country == "KR"
    assert report.location.region == "KR-11"
    assert report.location.network == "datacenter"  # the AWS list still applies
    assert any(
        line.startswith("signal: the address block is registered in US") for line in report.why
    )


def test_anonymous_ip_flags_raise_the_network_type(city_locator: Locator) -> None:
    report = city_locator.explain("81.2.69.142")
    assert report.location.network == "vpn"
    assert "network vpn: GeoIP2-Anonymous-IP" in " ".join(report.why)
    assert "is_anonymous_vpn" in " ".join(report.why)
    assert city_locator.locate("81.2.69.143").network == "residential"
    assert city_locator.locate("5.62.60.1").network in {"datacenter", "vpn", "tor"}


def test_region_unknown_in_mmdb_is_said_in_data(city_locator: Locator) -> None:
    location = city_locator.locate("5.62.60.1")
    assert location.country == "UA" and location.region is None
    assert location.data["region"] == "not in the configured .mmdb files for this address"


def test_addresses_outside_the_mmdb_fall_back_to_the_registry(city_locator: Locator) -> None:
    location = city_locator.locate("175.45.176.1")
    assert location.country == "KP" and location.region is None


def test_asn_from_an_ipinfo_file_is_matched_against_the_vpn_asn_list(
    mmdb_dir: Path, cache_dir: Path, empty_data_dir: Path
) -> None:
    locator = load_locator(
        mmdb=[str(mmdb_dir / "ipinfo.mmdb")], data_dir=empty_data_dir, cache_dir=cache_dir
    )
    report = locator.explain("81.2.69.10")
    assert report.location.country == "UA"
    assert report.location.network == "vpn"
    assert report.location.owner == "Surfshark Ltd"
    assert any("AS209854" in line and "VPN provider" in line for line in report.why)
    plain = locator.locate("5.62.60.9")
    assert plain.owner == "Example Telecom"


def test_env_variable_configures_mmdb_files(
    monkeypatch: pytest.MonkeyPatch, mmdb_dir: Path, cache_dir: Path, empty_data_dir: Path
) -> None:
    import os

    monkeypatch.setenv("EXPORTGATE_GEOIP_MMDB", os.pathsep.join([str(mmdb_dir / "city.mmdb")]))
    locator = load_locator(data_dir=empty_data_dir, cache_dir=cache_dir)
    assert [s.name for s in locator.mmdbs] == ["mmdb:city.mmdb"]
    assert locator.locate("81.2.69.10").region == "UA-43"


def test_missing_mmdb_file_is_a_clear_error(
    tmp_path: Path, cache_dir: Path, empty_data_dir: Path
) -> None:
    missing = tmp_path / "nope.mmdb"
    with pytest.raises(ValueError, match="cannot open .mmdb file .*nope.mmdb"):
        load_locator(mmdb=[str(missing)], data_dir=empty_data_dir, cache_dir=cache_dir)
    junk = tmp_path / "junk.mmdb"
    junk.write_bytes(b"not a database")
    with pytest.raises(ValueError, match="junk.mmdb"):
        load_locator(mmdb=[str(junk)], data_dir=empty_data_dir, cache_dir=cache_dir)


def test_facts_cache_never_mixes_networks_narrower_than_its_block(
    tmp_path: Path, cache_dir: Path, empty_data_dir: Path
) -> None:
    """Facts are reused across a /24 only when the database's network covers the whole /24."""
    path = _write(
        tmp_path / "split.mmdb",
        "GeoIP2-Country",
        {
            "81.2.69.0/24": {"country": {"iso_code": "UA"}},
            "81.2.70.128/25": {"country": {"iso_code": "PL"}},
        },
    )
    for order in (["81.2.70.200", "81.2.70.5"], ["81.2.70.5", "81.2.70.200"]):
        locator = load_locator(mmdb=[str(path)], data_dir=empty_data_dir, cache_dir=cache_dir)
        answers = {ip: locator.locate(ip).country for ip in order}
        assert answers == {"81.2.70.200": "PL", "81.2.70.5": "GB"}, order
    locator = load_locator(mmdb=[str(path)], data_dir=empty_data_dir, cache_dir=cache_dir)
    assert [locator.locate(ip).country for ip in ("81.2.69.5", "81.2.69.200", "81.2.69.5")] == [
        "UA"
    ] * 3
