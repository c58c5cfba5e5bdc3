"""A Merkle tree over the audit records, as Certificate Transparency defines it (RFC 6962 §2.1).

The hash chain already makes every record depend on all before it; the tree adds two things an
auditor needs once the chain head is signed outside the database (:mod:`.checkpoint`):

* a signed root commits to the first ``size`` records, so any rewrite of them, even one that
  recomputes every later chain hash, or a truncation, no longer reproduces the root;
* one record's inclusion under a signed root is proved with ``log2(size)`` hashes (the audit
  path), so a record can be shown to a regulator without handing over the whole log.

Leaves are the records' chain hashes: ``leaf = SHA-256(0x00 || hash)``, nodes
``SHA-256(0x01 || left || right)``; the domain-separation bytes stop a leaf passing for a node.
Pure functions, no I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(record_hash: str) -> bytes:
    """The tree leaf for one audit record (its hex chain hash)."""
    return hashlib.sha256(b"\x00" + bytes.fromhex(record_hash)).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class TreeBuilder:
    """The root of the tree over leaves appended one at a time, in O(log n) memory.

    Keeps the roots of the perfect subtrees that make up the leaves so far (the binary digits of
    the leaf count); the root folds them right to left, which is RFC 6962's split at the largest
    power of two below the size.
    """

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (height, root of a perfect subtree)

    def append(self, leaf: bytes) -> None:
        node, height = leaf, 0
        while self._stack and self._stack[-1][0] == height:
            _, left = self._stack.pop()
            node, height = node_hash(left, node), height + 1
        self._stack.append((height, node))
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        node = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            node = node_hash(left, node)
        return node


def root_of(leaves: Iterable[bytes]) -> bytes:
    builder = TreeBuilder()
    for leaf in leaves:
        builder.append(leaf)
    return builder.root()


def _split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n > 1)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def _subtree_root(leaves: Sequence[bytes]) -> bytes:
    return root_of(leaves)


def inclusion_path(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """The audit path of leaf ``index`` in the tree over ``leaves`` (RFC 6962 §2.1.1)."""
    if not 0 <= index < len(leaves):
        raise IndexError(f"leaf {index} is not in a tree of {len(leaves)} leaves")
    path: list[bytes] = []
    lo, hi = 0, len(leaves)
    while hi - lo > 1:
        k = _split(hi - lo)
        if index - lo < k:
            path.append(_subtree_root(leaves[lo + k : hi]))
            hi = lo + k
        else:
            path.append(_subtree_root(leaves[lo : lo + k]))
            lo = lo + k
    path.reverse()
    return path


def root_from_path(leaf: bytes, index: int, size: int, path: Sequence[bytes]) -> bytes:
    """The root that ``leaf`` at ``index`` and its audit ``path`` imply for a tree of ``size``
    (RFC 9162 §2.1.3.2); equal to the signed root exactly when the record is included."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    fn, sn = index, size - 1
    node = leaf
    for sibling in path:
        if sn == 0:
            raise ValueError("the audit path is longer than the tree is deep")
        if fn & 1 or fn == sn:
            node = node_hash(sibling, node)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            node = node_hash(node, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("the audit path is shorter than the tree is deep")
    return node
