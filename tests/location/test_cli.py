"""The real command line: ``exportgate locate`` and ``exportgate location status|load``."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from exportgate.location.sources import shipped_root

EXE = [sys.executable, "-m", "exportgate.cli"]
# A documentation-range-free public address that no shipped list contains (checked below).
NEW_TOR_EXIT = "81.2.69.142"


@pytest.fixture
def env(tmp_path: Path, cache_dir: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ.pop("EXPORTGATE_GEOIP_MMDB", None)
    environ["EXPORTGATE_CACHE_DIR"] = str(cache_dir)
    environ["EXPORTGATE_LOCATION_DATA"] = str(tmp_path / "operator-data")
    return environ


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> Result:
    """The command in-process (typer's runner, real code and files); see the subprocess test."""
    from typer.testing import CliRunner

    from exportgate.cli import app

    outcome = CliRunner().invoke(app, args, input=stdin, env=env, catch_exceptions=False)
    return Result(outcome.exit_code, outcome.stdout, outcome.stderr)


def test_installed_entry_point_runs_locate(env: dict[str, str]) -> None:
    result = subprocess.run(
        EXE + ["locate", "8.8.8.8", "10.0.0.1", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["owner"] == "Google" and "private network" in second["error"]


def test_locate_json_is_one_object_per_address(env: dict[str, str]) -> None:
    result = run(["locate", "8.8.8.8", "2a00:1450::1", "--json"], env)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item["ip"] for item in lines] == ["8.8.8.8", "2a00:1450::1"]
    for item in lines:
        assert {"ip", "country", "region", "network", "owner", "data", "why"} <= set(item)
        assert item["network"] == "datacenter" and item["owner"] == "Google"
        assert "needs an operator .mmdb" in item["data"]["region"]


def test_locate_bad_input_gets_an_error_line_and_exit_1(env: dict[str, str]) -> None:
    result = run(["locate", "nonsense", "192.168.1.1", "8.8.8.8", "--json"], env)
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == {"ip": "nonsense", "error": "'nonsense' is not an IPv4 or IPv6 address"}
    assert set(lines[1]) == {"ip", "error"} and "private network" in lines[1]["error"]
    assert lines[2]["country"] == "US"
    assert "Traceback" not in result.stderr


def test_locate_reads_stdin_and_prints_reasons(env: dict[str, str]) -> None:
    result = run(["locate", "-"], env, stdin="8.8.8.8\n\n81.2.69.142\n")
    assert result.returncode == 0, result.stderr
    assert "8.8.8.8: country US, region unknown, network datacenter, owner Google" in result.stdout
    assert "network residential: the address is on none of the" in result.stdout


def test_status_reports_ages_and_warns_when_old(env: dict[str, str]) -> None:
    result = run(["location", "status", "--json"], env)
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in map(json.loads, result.stdout.splitlines())}
    tor = rows["alireza-rezaee-tor-nodes"]
    assert tor["date"] == "2026-08-22" and tor["max_age_days"] == 7
    assert tor["stale"] == (tor["age_days"] > 7)
    assert rows["client9-ipcat"]["stale"] is False  # names only, never decides
    assert "iptocc" in rows
    human = run(["location", "status"], env)
    assert "no .mmdb file configured" in human.stdout


def _copy_of_shipped(dataset: str, path: str, target: Path) -> Path:
    source = shipped_root() / dataset / f"{path}.gz"
    out = target / dataset / path
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(gzip.decompress(source.read_bytes()))
    return out


def test_load_newer_tor_list_changes_the_answer(tmp_path: Path, env: dict[str, str]) -> None:
    before = json.loads(run(["locate", NEW_TOR_EXIT, "--json"], env).stdout)
    assert before["network"] == "residential"
    feed = _copy_of_shipped("alireza-rezaee-tor-nodes", "latest.exits.csv", tmp_path / "new")
    with feed.open("a") as out:
        out.write(f"ABCDEF0123456789ABCDEF0123456789ABCDEF01, {NEW_TOR_EXIT}, 9001\n")
    result = run(["location", "load", str(tmp_path / "new"), "--date", "2026-11-26"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "loaded alireza-rezaee-tor-nodes/latest.exits.csv" in result.stdout
    assert "index rebuilt" in result.stdout
    after = json.loads(run(["locate", NEW_TOR_EXIT, "--json"], env).stdout)
    assert after["network"] == "tor"
    assert after["data"]["alireza-rezaee-tor-nodes"].startswith("2026-11-26 ")
    assert "(loaded)" in after["data"]["alireza-rezaee-tor-nodes"]
    status = {
        r["name"]: r
        for r in map(json.loads, run(["location", "status", "--json"], env).stdout.splitlines())
    }
    assert status["alireza-rezaee-tor-nodes"]["date"] == "2026-11-26"


def test_load_refuses_older_truncated_and_garbled_files(
    tmp_path: Path, env: dict[str, str]
) -> None:
    new = tmp_path / "new"
    older = _copy_of_shipped("tn3w-protonvpn-ips", "protonvpn_ips.txt", new)
    truncated = _copy_of_shipped(
        "criticalpathsecurity-public-intelligence-feeds", "tor-exit.txt", new
    )
    truncated.write_text("\n".join(truncated.read_text().splitlines()[:100]) + "\n")
    garbled = _copy_of_shipped("x4bnet-lists_vpn", "input/vpn/ips/mullvadvpn.txt", new)
    garbled.write_text(garbled.read_text() + "not-an-ip\n" * 50)
    os.utime(older, (0, 0))  # 1970: older than the shipped data
    result = run(["location", "load", str(new), "--date", "2026-01-01"], env)
    assert result.returncode == 1
    out = result.stdout
    assert (
        "REFUSED tn3w-protonvpn-ips/protonvpn_ips.txt" in out
        and "older than the 2026-08-22 data" in out
    )
    assert "REFUSED criticalpathsecurity-public-intelligence-feeds/tor-exit.txt" in out
    assert "looks truncated" in out or "older than" in out
    assert "REFUSED x4bnet-lists_vpn/input/vpn/ips/mullvadvpn.txt" in out and "unreadable" in out
    assert not (Path(env["EXPORTGATE_LOCATION_DATA"]) / "manifest.json").exists()


def test_load_truncated_file_refused_even_when_dated_newer(
    tmp_path: Path, env: dict[str, str]
) -> None:
    new = tmp_path / "new"
    truncated = _copy_of_shipped(
        "criticalpathsecurity-public-intelligence-feeds", "tor-exit.txt", new
    )
    truncated.write_text("\n".join(truncated.read_text().splitlines()[:100]) + "\n")
    result = run(["location", "load", str(new), "--date", "2026-11-26"], env)
    assert result.returncode == 1 and "looks truncated" in result.stdout
    forced = run(["location", "load", str(new), "--date", "2026-11-26", "--force"], env)
    assert forced.returncode == 0, forced.stdout
    assert "loaded criticalpathsecurity-public-intelligence-feeds/tor-exit.txt" in forced.stdout


def test_load_a_single_file_and_reject_unknown_paths(tmp_path: Path, env: dict[str, str]) -> None:
    feed = _copy_of_shipped("x4bnet-lists_vpn", "output/vpn/ipv4.txt", tmp_path / "checkout")
    result = run(["location", "load", str(feed), "--date", "2026-11-26"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "loaded x4bnet-lists_vpn/output/vpn/ipv4.txt" in result.stdout
    assert "output/datacenter/ipv4.txt" not in result.stdout
    stray = tmp_path / "stray.txt"
    stray.write_text("8.8.8.8\n")
    unknown = run(["location", "load", str(stray)], env)
    assert unknown.returncode == 2 and "holds no known list file" in unknown.stderr
    missing = run(["location", "load", str(tmp_path / "absent")], env)
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


def test_commands_have_help(env: dict[str, str]) -> None:
    for args in (
        ["locate", "--help"],
        ["location", "status", "--help"],
        ["location", "load", "--help"],
    ):
        result = run(args, env)
        assert result.returncode == 0 and "Usage" in result.stdout


def test_unopenable_mmdb_is_a_clear_error_for_every_command(
    tmp_path: Path, env: dict[str, str]
) -> None:
    missing = str(tmp_path / "GeoIP2-City.mmdb")
    for args in (
        ["locate", "8.8.8.8", "--mmdb", missing],
        ["location", "status", "--mmdb", missing],
    ):
        result = run(args, env)
        assert result.returncode == 2, args
        assert "cannot open .mmdb file" in result.stderr and "GeoIP2-City.mmdb" in result.stderr
    result = run(["locate", "8.8.8.8"], {**env, "EXPORTGATE_GEOIP_MMDB": missing})
    assert result.returncode == 2 and "cannot open .mmdb file" in result.stderr
