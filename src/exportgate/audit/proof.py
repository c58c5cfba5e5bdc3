"""Proof that one audit record is in the log a signed checkpoint commits to.

A proof is the record (with its chain fields), its position, the audit path of ``log2(size)``
hashes and the signed checkpoint. Whoever holds the public key checks it alone: the record's
content gives its chain hash, the hash and the path give a Merkle root, and the root must be the
one the checkpoint signs. Nothing else of the log is disclosed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import msgspec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from exportgate.audit.chain import record_hash
from exportgate.audit.checkpoint import Checkpoint, CheckpointError, check_signature
from exportgate.audit.merkle import inclusion_path, leaf_hash, root_from_path


class InclusionProof(msgspec.Struct, kw_only=True, frozen=True):
    record: dict[str, Any]
    leaf_index: int
    path: list[str]
    checkpoint: Checkpoint


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    ts = out.get("ts")
    if isinstance(ts, dt.datetime):
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=dt.UTC)
        out["ts"] = ts.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return out


def make_proof(
    row: dict[str, Any], record_hashes: Sequence[str], checkpoint: Checkpoint
) -> InclusionProof:
    """The proof for ``row`` under ``checkpoint``; ``record_hashes`` are the chain hashes of the
    first ``checkpoint.size`` records."""
    index = int(row["seq"]) - 1
    if index >= checkpoint.size:
        raise CheckpointError(
            f"record {row['seq']} is newer than the newest checkpoint "
            f"(size {checkpoint.size}): take a checkpoint first"
        )
    leaves = [leaf_hash(h) for h in record_hashes[: checkpoint.size]]
    return InclusionProof(
        record=_jsonable(row),
        leaf_index=index,
        path=[p.hex() for p in inclusion_path(leaves, index)],
        checkpoint=checkpoint,
    )


def check_proof(proof: InclusionProof, public_key: Ed25519PublicKey) -> str:
    """Raise :class:`CheckpointError` unless the proof holds; return a sentence saying what it
    proves."""
    check_signature(proof.checkpoint, public_key)
    row = proof.record
    if record_hash(row) != row.get("hash"):
        raise CheckpointError(f"record {row.get('seq')}: its content does not match its hash")
    try:
        root = root_from_path(
            leaf_hash(str(row["hash"])),
            proof.leaf_index,
            proof.checkpoint.size,
            [bytes.fromhex(p) for p in proof.path],
        )
    except ValueError as exc:
        raise CheckpointError(f"record {row.get('seq')}: {exc}") from None
    if root.hex() != proof.checkpoint.root:
        raise CheckpointError(
            f"record {row.get('seq')} is not in the log the checkpoint of "
            f"{proof.checkpoint.ts} signs (the audit path gives another root)"
        )
    return (
        f"record {row.get('seq')} ({row.get('kind')}, {row.get('subject')}) is record "
        f"{proof.leaf_index + 1} of the {proof.checkpoint.size} signed by "
        f"{proof.checkpoint.log} at {proof.checkpoint.ts}"
    )
