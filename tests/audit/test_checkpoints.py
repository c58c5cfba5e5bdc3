"""Signed checkpoints anchor the audit log outside the database: a rewrite that recomputes every
hash, a truncation, or an altered checkpoint is caught with only the public key; one record's
inclusion is proved with a short audit path. On SQLite and PostgreSQL, through the CLI."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from exportgate.audit import AuditLog
from exportgate.audit.chain import chain_rows
from exportgate.audit.merkle import (
    EMPTY_ROOT,
    inclusion_path,
    leaf_hash,
    node_hash,
    root_from_path,
    root_of,
)
from exportgate.store import open_store
from exportgate.store.schema import audit_head, audit_log

from .test_audit import entries


def reference_root(leaves: list[bytes]) -> bytes:
    """RFC 6962 §2.1 MTH, written the way the RFC states it (recursive split)."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(reference_root(leaves[:k]), reference_root(leaves[k:]))


def leaves_of(n: int) -> list[bytes]:
    return [leaf_hash(hashlib.sha256(str(i).encode()).hexdigest()) for i in range(n)]


def test_tree_root_matches_rfc6962_for_every_size() -> None:
    assert root_of([]) == EMPTY_ROOT
    for n in range(1, 70):
        assert root_of(leaves_of(n)) == reference_root(leaves_of(n)), n


def test_every_inclusion_path_verifies_and_a_wrong_one_does_not() -> None:
    for n in (1, 2, 3, 5, 8, 13, 33):
        leaves = leaves_of(n)
        root = root_of(leaves)
        for i in range(n):
            path = inclusion_path(leaves, i)
            assert len(path) <= max(1, n.bit_length())
            assert root_from_path(leaves[i], i, n, path) == root, (n, i)
            if n > 1:
                other = (i + 1) % n
                assert root_from_path(leaves[other], i, n, path) != root
    with pytest.raises(ValueError):
        root_from_path(leaves_of(4)[0], 0, 4, inclusion_path(leaves_of(4), 0)[:1])


def cli(store_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPORTGATE_STORE": store_url}
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", "audit", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def rewrite_as_an_administrator(log: AuditLog, seq: int) -> None:
    """Change record ``seq`` and recompute every later hash and the head, as someone with write
    access to the database could: the plain hash chain no longer notices."""
    rows = list(log.rows())
    with log.store.engine.begin() as conn:
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq >= seq))
        kept = rows[seq - 2] if seq > 1 else None
        from exportgate.audit.chain import GENESIS, AuditEntry

        redo = [
            AuditEntry(
                kind=r["kind"],
                subject=r["subject"],
                decision="allow" if r["seq"] == seq else r["decision"],
                inputs={"rewritten": r["seq"]},
                record=r["record"],
                policy_version=r["policy_version"],
                data_versions=r["data_versions"],
                ts=r["ts"],
            )
            for r in rows[seq - 1 :]
        ]
        new = chain_rows(redo, seq - 1, kept["hash"] if kept else GENESIS, rows[0]["ts"])
        conn.execute(sa.insert(audit_log), new)
        conn.execute(sa.update(audit_head).values(seq=new[-1]["seq"], hash=new[-1]["hash"]))


def test_checkpoints_catch_a_recomputed_rewrite_truncation_and_forgery(
    store_url: str, tmp_path: Path
) -> None:
    log = AuditLog(open_store(store_url))
    log.append(entries(40))
    keys, cps = tmp_path / "keys", tmp_path / "anchor" / "checkpoints.jsonl"
    made = cli(store_url, "keygen", "--out", str(keys))
    assert made.returncode == 0, made.stderr
    assert oct((keys / "audit.key").stat().st_mode & 0o777) == "0o600"
    assert cli(store_url, "keygen", "--out", str(keys)).returncode == 2  # never overwritten
    for more in (0, 17):
        if more:
            log.append(entries(more, 40))
        taken = cli(
            store_url, "checkpoint", "--key", str(keys / "audit.key"), "--checkpoints", str(cps)
        )
        assert taken.returncode == 0, taken.stderr
    lines = [json.loads(line) for line in cps.read_text().splitlines()]
    assert [c["size"] for c in lines] == [40, 57]
    pub = str(keys / "audit.pub")
    ok = cli(store_url, "verify", "--checkpoints", str(cps), "--public-key", pub)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "2 signed checkpoints, the first 57 records match" in ok.stdout

    # an inclusion proof, checked with the public key alone
    proof = tmp_path / "proof.json"
    proved = cli(store_url, "prove", "23", "--checkpoints", str(cps), "--out", str(proof))
    assert proved.returncode == 0, proved.stderr
    assert len(json.loads(proof.read_text())["path"]) <= 6
    checked = cli(store_url, "check-proof", str(proof), "--public-key", pub)
    assert checked.returncode == 0 and "record 23" in checked.stdout, checked.stdout
    forged = json.loads(proof.read_text())
    forged["record"]["decision"] = "deny"
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    rejected = cli(store_url, "check-proof", str(tmp_path / "forged.json"), "--public-key", pub)
    assert rejected.returncode == 1 and "does not match its hash" in rejected.stdout

    # a rewrite that recomputes every hash: the chain passes, the checkpoints do not
    rewrite_as_an_administrator(log, 12)
    plain = cli(store_url, "verify")
    assert plain.returncode == 0, plain.stdout
    anchored = cli(store_url, "verify", "--checkpoints", str(cps), "--public-key", pub)
    assert anchored.returncode == 1
    assert "the first 40 records no longer give the root" in anchored.stdout

    # truncation, head moved back to match
    with log.store.engine.begin() as conn:
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq > 30))
        last = conn.execute(sa.select(audit_log.c.hash).where(audit_log.c.seq == 30)).scalar_one()
        conn.execute(sa.update(audit_head).values(seq=30, hash=last))
    cut = cli(store_url, "verify", "--checkpoints", str(cps), "--public-key", pub)
    assert cut.returncode == 1 and "truncation" in cut.stdout, cut.stdout

    # an altered checkpoint, and a key that did not sign them
    altered = cps.read_text().replace('"size":40', '"size":30', 1)
    (tmp_path / "altered.jsonl").write_text(altered)
    bad = cli(
        store_url, "verify", "--checkpoints", str(tmp_path / "altered.jsonl"), "--public-key", pub
    )
    assert bad.returncode == 1 and "signature does not verify" in bad.stdout
    assert cli(store_url, "keygen", "--out", str(tmp_path / "other")).returncode == 0
    wrong = cli(
        store_url,
        "verify",
        "--checkpoints",
        str(cps),
        "--public-key",
        str(tmp_path / "other" / "audit.pub"),
    )
    assert wrong.returncode == 1 and "not by the given key" in wrong.stdout
