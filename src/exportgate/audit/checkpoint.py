"""Signed checkpoints: the audit log's head anchored outside the database.

The hash chain protects against accidental edits only: whoever can write to the database can
rewrite a record and recompute every later hash. A checkpoint is a signed statement, made with a
key the database administrator does not hold, of the log's size, the Merkle root over its records
(:mod:`.merkle`) and the chain head, appended to a file the administrator does not control. With
only the public key, :func:`verify_against` then detects any rewrite of the records up to the
newest checkpoint, and any truncation.

A checkpoint line (JSON) is ``{"version": 1, "log": KEY_ID, "size": N, "root": HEX,
"chain_head": HEX, "ts": ISO-8601, "signature": BASE64}``; the signature (Ed25519) covers the
canonical JSON of every other field. This is a signed tree head as in Certificate Transparency
(RFC 6962 §3.5), in JSON.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from exportgate.audit.chain import canonical_json
from exportgate.audit.merkle import TreeBuilder, leaf_hash

FORMAT_VERSION = 1


class CheckpointError(ValueError):
    """A checkpoint file, key or signature that cannot be used; says which and why."""


class Checkpoint(msgspec.Struct, kw_only=True, frozen=True):
    version: int
    log: str
    size: int
    root: str
    chain_head: str
    ts: str
    signature: str = ""

    def signed_content(self) -> bytes:
        fields = msgspec.to_builtins(self)
        fields.pop("signature")
        return canonical_json(fields)


# keys ---------------------------------------------------------------------------------------
def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Write ``audit.key`` (PEM, PKCS#8, readable by its owner only) and ``audit.pub`` (PEM)."""
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / "audit.key", folder / "audit.pub"
    if private_path.exists():
        raise CheckpointError(f"{private_path} exists: refusing to overwrite a signing key")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    public_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private_path, public_path


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise CheckpointError(f"{path}: not a readable PEM private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path}: not an Ed25519 key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise CheckpointError(f"{path}: not a readable PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointError(f"{path}: not an Ed25519 key")
    return key


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short, stable name of the signing key (SHA-256 of its raw bytes)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "ed25519:" + hashlib.sha256(raw).hexdigest()[:16]


# tree heads ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class TreeHead:
    size: int
    root: str
    chain_head: str


def tree_head(record_hashes: Iterable[str]) -> TreeHead:
    """Size, Merkle root and chain head over the records' chain hashes, in sequence order."""
    builder = TreeBuilder()
    last = ""
    for value in record_hashes:
        builder.append(leaf_hash(value))
        last = value
    return TreeHead(builder.size, builder.root().hex(), last)


def sign(head: TreeHead, key: Ed25519PrivateKey, now: dt.datetime | None = None) -> Checkpoint:
    unsigned = Checkpoint(
        version=FORMAT_VERSION,
        log=key_id(key.public_key()),
        size=head.size,
        root=head.root,
        chain_head=head.chain_head,
        ts=(now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
    )
    signature = key.sign(unsigned.signed_content())
    return msgspec.structs.replace(unsigned, signature=base64.b64encode(signature).decode())


def check_signature(checkpoint: Checkpoint, public_key: Ed25519PublicKey) -> None:
    if checkpoint.log != key_id(public_key):
        raise CheckpointError(
            f"checkpoint of size {checkpoint.size} was signed by "
            f"{checkpoint.log}, not by the given key {key_id(public_key)}"
        )
    try:
        public_key.verify(base64.b64decode(checkpoint.signature), checkpoint.signed_content())
    except (InvalidSignature, ValueError):
        raise CheckpointError(
            f"checkpoint of size {checkpoint.size} made at {checkpoint.ts}: "
            "its signature does not verify (the checkpoint was altered)"
        ) from None


# the checkpoint file --------------------------------------------------------------------------
def append_checkpoint(path: Path, checkpoint: Checkpoint) -> None:
    """Append one line and fsync it. The file is only ever appended to (O_APPEND); keep it
    where the database administrator cannot write (another host, a WORM bucket, a log
    shipper)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.write(fd, msgspec.json.encode(checkpoint) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)


def read_checkpoints(path: Path) -> Iterator[Checkpoint]:
    try:
        lines = path.read_bytes().splitlines()
    except OSError as exc:
        raise CheckpointError(f"{path}: cannot read the checkpoint file ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield msgspec.json.decode(line, type=Checkpoint)
        except msgspec.DecodeError as exc:
            raise CheckpointError(f"{path}:{number}: not a checkpoint ({exc})") from None


# verification ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnchorResult:
    ok: bool
    checkpoints: int
    covered: int
    """Records covered by the newest checkpoint."""
    problem: str | None = None

    def describe(self) -> str:
        if self.ok:
            return (
                f"checkpoints verified: {self.checkpoints} signed checkpoints, the first "
                f"{self.covered} records match the newest"
            )
        return f"audit log does not match its signed checkpoints: {self.problem}"


def verify_against(
    record_hashes: Iterable[str], checkpoints: Iterable[Checkpoint], public_key: Ed25519PublicKey
) -> AnchorResult:
    """Check every checkpoint's signature, then that the log's records reproduce each
    checkpoint's size, Merkle root and chain head (one pass over the records)."""
    wanted = sorted(checkpoints, key=lambda c: c.size)
    for checkpoint in wanted:
        check_signature(checkpoint, public_key)
    if not wanted:
        return AnchorResult(False, 0, 0, "the checkpoint file holds no checkpoint")
    builder = TreeBuilder()
    last = ""
    pending = iter(wanted)
    current = next(pending, None)

    def check(cp: Checkpoint) -> str | None:
        if builder.root().hex() != cp.root or last != cp.chain_head:
            return (
                f"the first {cp.size} records no longer give the root signed at {cp.ts}: "
                "a record up to that point was changed, removed or reordered"
            )
        return None

    while current is not None and current.size == 0:
        current = next(pending, None)
    for value in record_hashes:
        builder.append(leaf_hash(value))
        last = value
        while current is not None and current.size == builder.size:
            problem = check(current)
            if problem:
                return AnchorResult(False, len(wanted), builder.size, problem)
            current = next(pending, None)
    if current is not None:
        return AnchorResult(
            False,
            len(wanted),
            builder.size,
            f"the log holds {builder.size} records, but a checkpoint signed at "
            f"{current.ts} covers {current.size}: records were removed from the "
            "end (truncation)",
        )
    return AnchorResult(True, len(wanted), wanted[-1].size)
