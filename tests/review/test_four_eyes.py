"""Named officers, roles and four-eyes on the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditLog
from exportgate.officers.passwords import check_password, hash_password
from exportgate.records import Account, Override, ReviewDetail, ReviewRequest
from exportgate.store import Store, open_store
from exportgate.store.schema import officers

HELD = Account(
    id="acct-held",
    kind="organization",
    name="Orion Shipping Services",
    country="AE",
    headquarters="AE",
    kyc_verified=True,
    api_keys=["sk-held"],
)
MATCH = {
    "list": "us_ofac_sdn",
    "list_id": "31234",
    "name": "ORION SHIPPING LLC",
    "matched_name": "ORION SHIPPING LLC",
    "score": 0.93,
    "subject": HELD.name,
    "level": "hit",
}


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "EXPORTGATE_STORE": url},
    )


def seeded(url: str) -> tuple[Store, int]:
    store = open_store(url)
    store.upsert_account(HELD)
    item = store.enqueue_review(
        ReviewRequest(
            account_id=HELD.id,
            code="RESTRICTED_PARTY",
            summary="Orion resembles ORION SHIPPING",
            detail=msgspec.convert({"status": "hit", "matches": [MATCH]}, ReviewDetail),
        )
    )
    return store, item


def test_passwords_are_scrypt_and_checked() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$32768$8$1$")
    assert check_password("correct horse", stored)
    assert not check_password("correct hors", stored)
    assert not check_password("x", "md5$abc")


def test_officers_roles_and_four_eyes(store_url: str) -> None:
    store, item = seeded(store_url)
    added = {}
    for name, role in (
        ("Ana Analyst", "analyst"),
        ("Paula Approver", "approver"),
        ("Quinn Approver", "approver"),
        ("Vic Viewer", "viewer"),
    ):
        made = cli(store_url, "officers", "add", name, "--role", role)
        assert made.returncode == 0, made.stderr
        added[name] = made.stdout.strip().splitlines()[-1]
    with store.engine.connect() as conn:
        hashes = [r.password_hash for r in conn.execute(sa.select(officers))]
    assert all(h.startswith("scrypt$") for h in hashes)
    assert not any(p in h for p in added.values() for h in hashes)  # only hashes are kept
    assert cli(store_url, "officers", "add", "Ana Analyst", "--role", "admin").returncode == 2
    assert cli(store_url, "officers", "add", "Bob", "--role", "god").returncode == 2
    listed = cli(store_url, "officers", "list", "--json")
    assert {json.loads(line)["name"] for line in listed.stdout.splitlines()} == set(added)

    # with officers registered, a typed reviewer name is no longer enough
    typed = cli(
        store_url,
        "reviews",
        "resolve",
        str(item),
        "--verdict",
        "false_positive",
        "--reviewer",
        "anyone",
    )
    assert typed.returncode == 1 and "--officer" in typed.stderr
    viewer = cli(
        store_url,
        "reviews",
        "resolve",
        str(item),
        "--verdict",
        "false_positive",
        "--officer",
        "Vic Viewer",
    )
    assert viewer.returncode == 1 and "viewers cannot" in viewer.stderr
    # an approver clearing a restricted-party hit only proposes
    proposed = cli(
        store_url,
        "reviews",
        "resolve",
        str(item),
        "--verdict",
        "false_positive",
        "--officer",
        "Paula Approver",
        "--note",
        "different company",
    )
    assert proposed.returncode == 0, proposed.stderr
    assert "awaiting approval" in proposed.stdout
    shown = json.loads(cli(store_url, "reviews", "show", str(item)).stdout)
    assert shown["status"] == "awaiting_approval"
    assert shown["proposal"]["proposed_by"] == "Paula Approver"
    account = store.get_account(HELD.id)
    assert account is not None and not account.overrides  # nothing changed yet
    own = cli(store_url, "reviews", "approve", str(item), "--officer", "Paula Approver")
    assert own.returncode == 1 and "different approver" in own.stderr
    analyst = cli(store_url, "reviews", "approve", str(item), "--officer", "Ana Analyst")
    assert analyst.returncode == 1 and "only approvers and admins" in analyst.stderr
    approved = cli(store_url, "reviews", "approve", str(item), "--officer", "Quinn Approver")
    assert approved.returncode == 0, approved.stderr
    assert "approved by Quinn Approver" in approved.stdout
    account = store.get_account(HELD.id)
    assert account is not None and account.overrides == [
        Override(
            list="us_ofac_sdn",
            list_id="31234",
            verdict="false_positive",
            reviewer="Paula Approver",
            note="different company",
        )
    ]
    verdicts = [r for r in AuditLog(store).rows() if r["kind"] == "review"]
    assert verdicts[-1]["record"]["reviewer"] == "Paula Approver"
    assert verdicts[-1]["record"]["approver"] == "Quinn Approver"
    kinds = [r["kind"] for r in AuditLog(store).rows()]
    assert kinds.count("officer") == 4 and "review_proposal" in kinds
    assert AuditLog(store).verify().ok

    # an analyst's upheld verdict on another item waits too; a disabled officer signs nothing
    other = store.enqueue_review(
        ReviewRequest(account_id=HELD.id, code="KYC_REQUIRED", summary="identity not verified")
    )
    waits = cli(
        store_url,
        "reviews",
        "resolve",
        str(other),
        "--verdict",
        "upheld",
        "--officer",
        "Ana Analyst",
    )
    assert waits.returncode == 0 and "awaiting approval" in waits.stdout
    assert cli(store_url, "officers", "disable", "Quinn Approver").returncode == 0
    disabled = cli(store_url, "reviews", "approve", str(other), "--officer", "Quinn Approver")
    assert disabled.returncode == 1 and "disabled" in disabled.stderr
    withdrawn = cli(store_url, "reviews", "reject", str(other), "--officer", "Ana Analyst")
    assert withdrawn.returncode == 0 and "stays open" in withdrawn.stdout
    # an approver decides a one-signature verdict alone
    alone = cli(
        store_url,
        "reviews",
        "resolve",
        str(other),
        "--verdict",
        "upheld",
        "--officer",
        "Paula Approver",
    )
    assert alone.returncode == 0 and "resolved" in alone.stdout, alone.stderr
