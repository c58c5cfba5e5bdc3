"""Checkpoints and proofs against a live audit log (the I/O edge of :mod:`.checkpoint`)."""

from __future__ import annotations

import logging
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from exportgate.audit.checkpoint import (
    Checkpoint,
    CheckpointError,
    append_checkpoint,
    read_checkpoints,
    sign,
    tree_head,
)
from exportgate.audit.log import AuditLog
from exportgate.audit.proof import InclusionProof, make_proof

log = logging.getLogger("exportgate.audit")


def take_checkpoint(audit: AuditLog, key: Ed25519PrivateKey, path: Path) -> Checkpoint:
    """Sign the log as it stands and append the checkpoint to ``path``.

    The head is read first and the tree built over exactly that many records, so records
    appended meanwhile are left for the next checkpoint."""
    head = audit.head()
    size = head[0] if head else 0
    hashes = _first_hashes(audit, size)
    if len(hashes) != size:
        raise CheckpointError(f"the log's head says {size} records but {len(hashes)} were read")
    made = sign(tree_head(hashes), key)
    append_checkpoint(path, made)
    return made


def prove_record(audit: AuditLog, seq: int, path: Path) -> InclusionProof:
    """An inclusion proof of record ``seq`` under the newest checkpoint in ``path``."""
    checkpoints = list(read_checkpoints(path))
    if not checkpoints:
        raise CheckpointError(f"{path} holds no checkpoint")
    newest = max(checkpoints, key=lambda c: c.size)
    row = audit.record(seq)
    if row is None:
        raise CheckpointError(f"the audit log has no record {seq}")
    return make_proof(row, _first_hashes(audit, newest.size), newest)


def _first_hashes(audit: AuditLog, count: int) -> list[str]:
    """The chain hashes of the first ``count`` records (fewer if the log is shorter)."""
    hashes: list[str] = []
    for value in audit.hashes():
        if len(hashes) == count:
            break
        hashes.append(value)
    return hashes
