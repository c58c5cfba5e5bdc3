"""Tie accounts into clusters through shared infrastructure and shared prompt templates.

Two accounts are linked when they share one *strong* attribute (a payment fingerprint) or two
*weak* attributes of different kinds (a /24 network, a user agent, a sign-up burst, a characteristic
prompt frame). Sharing a network alone happens to every student behind a campus NAT and sharing a
user agent alone to every user of a popular SDK; sharing both, or either with a sign-up burst, is
much rarer. Pairs of weak attributes become keys, so linking stays linear in the number of
accounts: accounts that share a key are joined with a union-find.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from exportgate.distill.sketch import AccountSketch

BURST_BUCKET_S = 2 * 3600
BURST_MIN_ACCOUNTS = 5
FRAME_MIN_USES = 3
FRAME_MIN_SHARE = 0.1
MAX_SUBNET_KEYS = 64
MAX_FRAME_KEYS = 8

# A prompt frame plus a user agent is what any two users of one public script share: no link.
UNLINKED_PAIRS = frozenset({("frame", "ua")})

KIND_WORDS = {
    "payment": "the same payment fingerprint",
    "net": "the same /24 network",
    "ua": "the same user agent",
    "burst": "sign-ups in the same two-hour burst through the same channel",
    "frame": "the same characteristic prompt frame",
}


def burst_key(sketch: AccountSketch) -> str | None:
    if sketch.created_at is None:
        return None
    bucket = int(sketch.created_at // BURST_BUCKET_S) * BURST_BUCKET_S
    start = dt.datetime.fromtimestamp(bucket, dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    return f"burst:{sketch.signup_channel or '-'} sign-ups from {start}"


def weak_keys(sketch: AccountSketch, busy_bursts: set[str]) -> dict[str, list[str]]:
    """The account's weak attributes by kind (each kind capped)."""
    keys: dict[str, list[str]] = {}
    subnets = sorted(sketch.subnets, key=sketch.subnets.__getitem__, reverse=True)
    if subnets:
        keys["net"] = [f"net:{s}" for s in subnets[:MAX_SUBNET_KEYS]]
    if sketch.uas:
        keys["ua"] = [f"ua:{ua}" for ua in sketch.uas]
    burst = burst_key(sketch)
    if burst is not None and burst in busy_bursts:
        keys["burst"] = [burst]
    floor = max(FRAME_MIN_USES, FRAME_MIN_SHARE * sketch.n)
    frames = [f for f, c in sketch.prefixes.items() if c >= floor]
    frames += [f for f, c in sketch.suffixes.items() if c >= floor]
    if frames:
        keys["frame"] = [f"frame:{f:08x}" for f in sorted(frames)[:MAX_FRAME_KEYS]]
    return keys


def link_keys(sketch: AccountSketch, busy_bursts: set[str]) -> Iterator[str]:
    """Every key that links this account: strong keys and pairs of weak keys of two kinds."""
    if sketch.payment_fingerprint:
        yield f"payment:{sketch.payment_fingerprint}"
    weak = weak_keys(sketch, busy_bursts)
    for kind_a, kind_b in combinations(sorted(weak), 2):
        if (kind_a, kind_b) in UNLINKED_PAIRS:
            continue
        for key_a in weak[kind_a]:
            for key_b in weak[kind_b]:
                yield f"{key_a}|{key_b}"


class UnionFind:
    """Union-find over account ids, keeping each cluster's member list."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}
        self.groups: dict[str, list[str]] = {}

    def find(self, item: str) -> str:
        parent = self.parent
        root = parent.setdefault(item, item)
        if root == item:
            self.size.setdefault(item, 1)
            return item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, a: str, b: str) -> str:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return root_a
        if self.size[root_a] < self.size[root_b]:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.size[root_a] += self.size.pop(root_b)
        group = self.groups.setdefault(root_a, [root_a])
        group.extend(self.groups.pop(root_b, [root_b]))
        return root_a

    def members(self, item: str) -> list[str]:
        root = self.find(item)
        return self.groups.get(root, [root])


MAX_LINK_KEYS = 1 << 21
MAX_BURST_BUCKETS = 4096


@dataclass(slots=True)
class Linker:
    """Incremental key index: the first account seen with a key represents it.

    Memory is bounded: the key index keeps two generations of at most ``max_keys`` keys each
    (when the current one fills, the older one is dropped; a key seen again is carried over), and
    only the newest ``MAX_BURST_BUCKETS`` sign-up buckets are counted. A dropped key only means
    that a later account sharing it starts a new representative; clusters already joined stay
    joined.
    """

    uf: UnionFind = field(default_factory=UnionFind)
    owner: dict[str, str] = field(default_factory=dict)
    burst_members: dict[str, list[str]] = field(default_factory=dict)
    busy_bursts: set[str] = field(default_factory=set)
    max_keys: int = MAX_LINK_KEYS
    old_owner: dict[str, str] = field(default_factory=dict)

    def _owner_of(self, key: str, account_id: str) -> str:
        owner = self.owner
        first = owner.get(key)
        if first is not None:
            return first
        first = self.old_owner.get(key, account_id)
        if len(owner) >= self.max_keys:
            self.old_owner = owner
            owner = self.owner = {}
        owner[key] = first
        return first

    def note_signup(self, sketch: AccountSketch) -> list[str]:
        """Count a sign-up in its burst bucket; returns accounts to relink if it just got busy."""
        key = burst_key(sketch)
        if key is None:
            return []
        members = self.burst_members.get(key)
        if members is None:
            if len(self.burst_members) >= MAX_BURST_BUCKETS:
                oldest = next(iter(self.burst_members))
                del self.burst_members[oldest]
                self.busy_bursts.discard(oldest)
            members = self.burst_members[key] = []
        if len(members) < 10_000:
            members.append(sketch.account_id)
        if key not in self.busy_bursts and len(members) >= BURST_MIN_ACCOUNTS:
            self.busy_bursts.add(key)
            return list(members)
        return []

    def link(self, sketch: AccountSketch) -> None:
        account_id = sketch.account_id
        uf = self.uf
        uf.find(account_id)
        for key in link_keys(sketch, self.busy_bursts):
            first = self._owner_of(key, account_id)
            if first != account_id and uf.parent[first] != uf.parent[account_id]:
                uf.union(first, account_id)

    def cluster_of(self, account_id: str) -> str:
        return self.uf.find(account_id)

    def cluster_size(self, account_id: str) -> int:
        return self.uf.size.get(self.uf.find(account_id), 1)


def link_all(sketches: Iterable[AccountSketch]) -> Linker:
    """Batch linking: count sign-up bursts first, then link every account."""
    items = list(sketches)
    linker = Linker()
    for sketch in items:
        linker.note_signup(sketch)
    for sketch in items:
        linker.link(sketch)
    return linker


def shared_links(members: list[AccountSketch], busy_bursts: set[str]) -> list[dict[str, object]]:
    """The attributes that tie a cluster together, most widely shared first (evidence)."""
    counts: dict[str, set[str]] = {}
    for sketch in members:
        keys = set()
        if sketch.payment_fingerprint:
            keys.add(f"payment:{sketch.payment_fingerprint}")
        for weak in weak_keys(sketch, busy_bursts).values():
            keys.update(weak)
        for key in keys:
            counts.setdefault(key, set()).add(sketch.account_id)
    by_kind: dict[str, list[tuple[str, int]]] = {}
    for key, accounts in counts.items():
        if len(accounts) >= 2:
            kind, _, value = key.partition(":")
            by_kind.setdefault(kind, []).append((value, len(accounts)))
    out: list[dict[str, object]] = []
    for kind, shared in by_kind.items():
        shared.sort(key=lambda item: item[1], reverse=True)
        top_value, top_count = shared[0]
        text = f"{top_count} accounts share {KIND_WORDS.get(kind, kind)} ({top_value})"
        if len(shared) > 1:
            text += f"; {len(shared) - 1} more shared {kind} values, e.g. " + ", ".join(
                f"{v} ({c} accounts)" for v, c in shared[1:4])
        out.append({"kind": kind, "value": top_value, "accounts": top_count,
                    "shared_values": len(shared), "values": [v for v, _ in shared[:50]],
                    "text": text})
    out.sort(key=lambda tie: (tie["kind"] != "payment", -int(str(tie["accounts"]))))
    return out
