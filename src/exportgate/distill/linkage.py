"""Tie accounts into one operation only on surprising, independent shared evidence.

Every attribute value an account carries (a payment fingerprint, a /24 network, a user agent, a
sign-up burst through one channel, a characteristic prompt frame) is weighted by how surprising it
is for two *unrelated* accounts to share it, measured on the traffic itself: the chance that
another account carries the value is the share of accounts that do, and its weight is
``-log2(chance)`` bits. Sharing a popular browser's user agent (carried by one account in five)
is worth about 2 bits; sharing a payment card used by three accounts out of five thousand about
11. A network's owner type changes the chance: a shared NAT (a campus, an office or a carrier
NAT, recognised from the traffic: many accounts that each use it as their main network) is what
its users are expected to share, so it weighs little, and a sign-up burst or a payment shared by
the accounts *of that NAT* is weighed by its chance among that NAT's accounts (an enrolment
burst is explained by the institution, not by an operation).

Two accounts are merged into one operation only when the evidence is independent: at least two
kinds of attribute, each worth at least ``KIND_MIN_BITS`` bits, together at least ``LINK_BITS``
bits. One shared attribute, however rare, never merges accounts on its own. The weights are kept
and explained in the evidence (:func:`shared_links`).

A second, separate route ties accounts whose only link is **what they send**: an operation spread
over many quiet accounts (each on its own card and network, each under every per-account
threshold) still fills the same prompt templates from one list. Two accounts that share at least
``TEMPLATE_MIN_FRAMES`` distinct characteristic prompt frames (fixed opening or closing words they
each reuse with new content), each worth ``KIND_MIN_BITS``+ bits, together ``LINK_BITS``+ bits (and that many on one side,
two openings or two closings: two ends of one template are one coincidence, not two),
are merged only when their contents are **complementary**: of the requests both sampled, at most
``TEMPLATE_MAX_OVERLAP`` are the same prompt, and neither repeats its own prompts much (at most
``TEMPLATE_MAX_REPEATS`` exact repeats: an agent resending its task, a harness re-running a
benchmark). People who share templates for a shared reason
(students doing one assignment, labs re-running one benchmark) send the same filled-in prompts;
an operation partitioning a curriculum never asks the same thing twice. Frames shared by the
accounts of one shared NAT are weighed among that NAT's accounts (the institution explains them).

Candidate pairs come only from values that are rare enough to be worth a look (at least
``CANDIDATE_BITS``), and from at most ``MAX_CANDIDATES`` carriers of each, skipping accounts
already in the same cluster, so linking stays close to linear in the number of accounts.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from exportgate.distill.sketch import AccountSketch, HashSample
from exportgate.records import ClusterTie

BURST_BUCKET_S = 2 * 3600
BURST_MIN_ACCOUNTS = 5
FRAME_MIN_USES = 2
FRAME_MIN_SHARE = 0.05
MAX_SUBNET_KEYS = 16
MAX_FRAME_KEYS = 8
MAX_CARRIERS = 4096
MAX_CANDIDATES = 256

LINK_BITS = 16.0
KIND_MIN_BITS = 4.0
CANDIDATE_BITS = 4.0
EXTRA_VALUE_BITS_CAP = 3.0
TEMPLATE_MIN_FRAMES = 2
TEMPLATE_MAX_OVERLAP = 0.25
TEMPLATE_MAX_REPEATS = 0.5
NAT_MIN_ACCOUNTS = 8
NAT_MAIN_SHARE = 0.5
PROXY_MIN_SUBNETS = 6
MAX_BITS_CACHE = 1 << 20
PRIOR_ACCOUNTS = 1000  # a young deployment assumes the accounts it has not seen carry no value

# Owner types of a network and how much more likely unrelated accounts are to share it (bits off).
OWNER_DISCOUNT_BITS = {
    "shared NAT": 6.0,  # campus, office or carrier NAT: its users share it by design
    "datacenter": 2.0,  # cloud ranges host many unrelated customers
    "university": 6.0,
    "corporate": 6.0,
    "residential": 0.0,
    "proxy pool": 0.0,
    "vpn": 0.0,
    "tor": 0.0,
    "unclassified": 0.0,
}
OWNER_WORDS = {
    "shared NAT": "a shared NAT (many accounts use it as their main network: a campus, office or "
    "carrier NAT)",
    "proxy pool": "a rotating proxy pool (its accounts hop across many networks)",
    "datacenter": "a datacenter range",
    "university": "a university network",
    "corporate": "a corporate network",
    "residential": "a residential ISP network",
    "vpn": "a VPN exit",
    "tor": "a Tor exit",
    "unclassified": "a network",
}

KIND_WORDS = {
    "payment": "the same payment fingerprint",
    "net": "the same /24 network",
    "ua": "the same user agent",
    "burst": "sign-ups in the same two-hour burst through the same channel",
    "frame": "the same characteristic prompt frame",
}
TEMPLATE_WORDS = (
    "they fill the same prompt templates (fixed opening or closing words reused with new "
    "content) with complementary content: the same template, never the same question"
)
KINDS = tuple(KIND_WORDS)

NetworkType = Callable[[str], str | None]


def burst_key(sketch: AccountSketch) -> str | None:
    if sketch.created_at is None:
        return None
    bucket = int(sketch.created_at // BURST_BUCKET_S) * BURST_BUCKET_S
    start = dt.datetime.fromtimestamp(bucket, dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    return f"burst:{sketch.signup_channel or '-'} sign-ups from {start}"


def account_values(sketch: AccountSketch, busy_bursts: set[str]) -> dict[str, list[str]]:
    """The account's linkable attribute values by kind (each kind capped)."""
    keys: dict[str, list[str]] = {}
    if sketch.payment_fingerprint:
        keys["payment"] = [f"payment:{sketch.payment_fingerprint}"]
    subnets = sorted(sketch.subnets, key=sketch.subnets.__getitem__, reverse=True)
    if subnets:
        keys["net"] = [f"net:{s}" for s in subnets[:MAX_SUBNET_KEYS]]
    if sketch.uas:
        keys["ua"] = [f"ua:{ua}" for ua in sketch.uas]
    burst = burst_key(sketch)
    if burst is not None and burst in busy_bursts:
        keys["burst"] = [burst]
    floor = max(FRAME_MIN_USES, FRAME_MIN_SHARE * sketch.n)
    prefixes, suffixes = sketch.prefixes, sketch.suffixes
    # A short prompt is its own prefix and suffix ("continue", "thanks"): a phrase, not a frame.
    frames = [(-c, "p", f) for f, c in prefixes.items() if c >= floor and f not in suffixes]
    frames += [(-c, "s", f) for f, c in suffixes.items() if c >= floor and f not in prefixes]
    if frames:
        if len(frames) > MAX_FRAME_KEYS:
            frames = heapq.nsmallest(MAX_FRAME_KEYS, frames)
        else:
            frames.sort()
        keys["frame"] = [f"frame:{side}{f:08x}" for _, side, f in frames]
    return keys


def weak_keys(sketch: AccountSketch, busy_bursts: set[str]) -> dict[str, list[str]]:
    """Every value but the payment fingerprint (kept for callers of the earlier API)."""
    values = account_values(sketch, busy_bursts)
    values.pop("payment", None)
    return values


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


@dataclass(frozen=True, slots=True)
class Tie:
    """One shared value between two accounts and its weight."""

    kind: str
    value: str
    bits: float
    chance: float
    carriers: int
    why: str


MAX_BURST_BUCKETS = 4096


@dataclass(slots=True)
class Linker:
    """Value index (who carries what, how many), surprise weights and the union-find.

    Memory is bounded per account (capped values) and per value (at most ``MAX_CARRIERS``
    carriers listed; the count goes on). Only the newest ``MAX_BURST_BUCKETS`` sign-up buckets
    are counted.
    """

    uf: UnionFind = field(default_factory=UnionFind)
    network_type: NetworkType | None = None
    counts: dict[str, int] = field(default_factory=dict)
    carriers: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    value_sets: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    main_net: dict[str, str] = field(default_factory=dict)
    spread: dict[str, int] = field(default_factory=dict)
    contents: dict[str, HashSample] = field(default_factory=dict)
    burst_members: dict[str, list[str]] = field(default_factory=dict)
    busy_bursts: set[str] = field(default_factory=set)
    accounts: int = 0
    _owners: dict[str, tuple[int, str]] = field(default_factory=dict)
    _local: dict[tuple[str, str], tuple[int, int, int]] = field(default_factory=dict)
    _bits: dict[tuple[str, str | None], tuple[tuple[int, int, int], float]] = field(
        default_factory=dict
    )

    # ------------------------------------------------------------------ index
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

    def index(self, sketch: AccountSketch) -> dict[str, list[str]]:
        """Record the account's current values (counts and carrier lists)."""
        account_id = sketch.account_id
        new = account_values(sketch, self.busy_bursts)
        old = self.values.get(account_id)
        if old is None:
            self.accounts += 1
            old_keys: set[str] = set()
        else:
            old_keys = {v for vs in old.values() for v in vs}
        new_keys = {v for vs in new.values() for v in vs}
        for key in old_keys - new_keys:
            self.counts[key] -= 1
            listed = self.carriers.get(key)
            if listed is not None and account_id in listed:
                listed.remove(account_id)
        for key in new_keys - old_keys:
            self.counts[key] = self.counts.get(key, 0) + 1
            listed = self.carriers.setdefault(key, [])
            if len(listed) < MAX_CARRIERS:
                listed.append(account_id)
        self.values[account_id] = new
        self.value_sets[account_id] = {kind: frozenset(keys) for kind, keys in new.items()}
        nets = new.get("net")
        if nets:
            self.main_net[account_id] = nets[0]
        self.spread[account_id] = len(sketch.subnets)
        self.contents[account_id] = sketch.contents
        self.uf.find(account_id)
        return new

    def forget(self, account_id: str) -> None:
        """Drop an evicted account from the value index (its cluster membership stays)."""
        old = self.values.pop(account_id, None)
        self.value_sets.pop(account_id, None)
        if old is None:
            return
        self.accounts -= 1
        for keys in old.values():
            for key in keys:
                self.counts[key] -= 1
                listed = self.carriers.get(key)
                if listed is not None and account_id in listed:
                    listed.remove(account_id)
        self.main_net.pop(account_id, None)
        self.spread.pop(account_id, None)
        self.contents.pop(account_id, None)

    # ------------------------------------------------------------------ weights
    def owner_type(self, net_key: str) -> str:
        """The network's owner type: from the traffic (shared NAT, proxy pool), else the
        configured classifier (e.g. the location data: datacenter, vpn, tor, residential)."""
        listed = self.carriers.get(net_key, [])
        cached = self._owners.get(net_key)
        if cached is not None and cached[0] == len(listed):
            return cached[1]
        owner = self._classify(net_key, listed)
        self._owners[net_key] = (len(listed), owner)
        return owner

    def _classify(self, net_key: str, listed: list[str]) -> str:
        if len(listed) >= NAT_MIN_ACCOUNTS:
            main = sum(1 for a in listed if self.main_net.get(a) == net_key)
            if main >= NAT_MAIN_SHARE * len(listed):
                return "shared NAT"
            spreads = sorted(self.spread.get(a, 1) for a in listed)
            if spreads[len(spreads) // 2] >= PROXY_MIN_SUBNETS:
                return "proxy pool"
        if self.network_type is not None:
            base = net_key.removeprefix("net:").split("/")[0]
            found = self.network_type(base + "1" if ":" in base else base.removesuffix("0") + "1")
            if found:
                return found
        return "unclassified"

    def _chance(self, key: str) -> float:
        n = max(PRIOR_ACCOUNTS, self.accounts)
        return min(1.0, max(1, self.counts.get(key, 1) - 1) / (n - 1))

    def weigh(self, kind: str, key: str, nat: str | None = None) -> Tie:
        """The weight of two accounts sharing ``key``; ``nat`` is a shared NAT both use."""
        count = self.counts.get(key, 1)
        chance = self._chance(key)
        value = key.partition(":")[2]
        why = f"{count} of {self.accounts} accounts carry it"
        discount = 0.0
        if kind == "net":
            owner = self.owner_type(key)
            discount = OWNER_DISCOUNT_BITS.get(owner, 0.0)
            why += f"; owner type: {OWNER_WORDS.get(owner, owner)}"
            if discount:
                why += f", {discount:.0f} bits off"
        elif nat is not None and kind in ("burst", "payment", "frame"):
            members = self.carriers.get(nat, [])
            cached = self._local.get((nat, key))
            if cached is not None and cached[:2] == (len(members), count):
                inside = cached[2]
            else:
                inside = sum(1 for a in members if key in self.values.get(a, {}).get(kind, ()))
                self._local[(nat, key)] = (len(members), count, inside)
            local = max(1, inside - 1) / max(1, len(members) - 1)
            if local > chance:
                chance = min(1.0, local)
                why += (
                    f"; {inside} of the {len(members)} accounts on the shared NAT "
                    f"{nat.partition(':')[2]} carry it, so the NAT explains it"
                )
        bits = max(0.0, -math.log2(chance) - discount)
        return Tie(kind, value, round(bits, 2), chance, count, why)

    def evidence(self, a: str, b: str) -> tuple[float, dict[str, list[Tie]]]:
        """What ties ``a`` and ``b``: total bits and the weighed shared values by kind."""
        va, vb = self.values.get(a, {}), self.values.get(b, {})
        shared: dict[str, list[str]] = {}
        for kind, keys in va.items():
            other = vb.get(kind)
            if other:
                common = [k for k in keys if k in other]
                if common:
                    shared[kind] = common
        nat = None
        for key in shared.get("net", ()):
            if self.owner_type(key) == "shared NAT":
                nat = key
                break
        ties = {
            kind: sorted((self.weigh(kind, k, nat) for k in keys), key=lambda t: -t.bits)
            for kind, keys in shared.items()
        }
        total = 0.0
        independent = 0
        for items in ties.values():
            bits = _kind_bits(items)
            if bits >= KIND_MIN_BITS:
                independent += 1
                total += bits
        if independent >= 2:
            return total, ties
        frames = [("frame:" + t.value, t.bits) for t in ties.get("frame", ())]
        return self._template_bits(a, b, frames), ties

    def overlap(self, a: str, b: str) -> float:
        """Share of the requests both accounts' content samples hold that are the same prompt."""
        x, y = self.contents.get(a), self.contents.get(b)
        if x is None or y is None:
            return 0.0
        return content_overlap(x, y)

    def _template_bits(self, a: str, b: str, frames: Iterable[tuple[str, float]]) -> float:
        """The template route: distinct shared frames of ``KIND_MIN_BITS``+ bits, summed, when
        ``TEMPLATE_MIN_FRAMES`` of them are on one side (openings, or closings: so at least two
        templates or reworded openings, not one template's two ends), they reach ``LINK_BITS``
        and the contents are complementary."""
        sides: dict[str, int] = {}
        total = 0.0
        for key, bits in frames:
            if bits >= KIND_MIN_BITS:
                side = key.partition(":")[2][:1]
                sides[side] = sides.get(side, 0) + 1
                total += bits
        if max(sides.values(), default=0) < TEMPLATE_MIN_FRAMES:
            return 0.0
        if total < LINK_BITS or self.overlap(a, b) > TEMPLATE_MAX_OVERLAP:
            return 0.0
        for account in (a, b):
            sample = self.contents.get(account)
            if sample is not None and sample.duplicate_share > TEMPLATE_MAX_REPEATS:
                return (
                    0.0  # it repeats itself (an agent's task, a re-run): not a list worked through
                )
        return total

    def bits(self, kind: str, key: str, nat: str | None = None) -> float:
        """``weigh(...).bits``, cached while the counts it depends on stay the same."""
        stamp = (self.counts.get(key, 1), self.accounts, len(self.carriers.get(nat or key, ())))
        hit = self._bits.get((key, nat))
        if hit is not None and hit[0] == stamp:
            return hit[1]
        if len(self._bits) >= MAX_BITS_CACHE:
            self._bits.clear()
        value = self.weigh(kind, key, nat).bits
        self._bits[(key, nat)] = (stamp, value)
        return value

    def link_bits(self, a: str, b: str) -> float:
        """The bits :meth:`evidence` would give, without building its explanation (linking)."""
        va, vb = self.values.get(a), self.value_sets.get(b)
        if not va or not vb:
            return 0.0
        shared: list[tuple[str, list[str]]] = []
        nat = None
        for kind, keys in va.items():
            other = vb.get(kind)
            if other:
                common = [k for k in keys if k in other]
                if common:
                    shared.append((kind, common))
                    if kind == "net" and nat is None:
                        nat = next((k for k in common if self.owner_type(k) == "shared NAT"), None)
        if len(shared) < 2 and not (
            shared and shared[0][0] == "frame" and _two_on_a_side(shared[0][1])
        ):
            return 0.0
        total = 0.0
        independent = 0
        frames: list[str] = []
        for kind, common in shared:
            if kind == "frame":
                frames = common
            best = max(self.bits(kind, k, nat) for k in common)
            if len(common) > 1 and best >= CANDIDATE_BITS:
                best += min(EXTRA_VALUE_BITS_CAP, math.log2(len(common)))
            if best >= KIND_MIN_BITS:
                independent += 1
                total += best
        if independent >= 2:
            return total
        if not _two_on_a_side(frames):
            return 0.0
        return self._template_bits(a, b, ((k, self.bits("frame", k, nat)) for k in frames))

    # ------------------------------------------------------------------ linking
    def link(self, sketch: AccountSketch, rank: dict[str, int] | None = None) -> None:
        """Index the account and merge it with any candidate it has enough evidence with.

        With ``rank`` (a batch relink: every account already indexed) the account is compared
        only with accounts ranked before it, so each pair is weighed once."""
        account_id = sketch.account_id
        if rank is None:
            values = self.index(sketch)
            mine = -1
        else:
            values = self.values.get(account_id, {})
            mine = rank[account_id]
        uf = self.uf
        seen: set[str] = set()
        for kind, keys in values.items():
            for key in keys:
                if self.bits(kind, key) < CANDIDATE_BITS:
                    continue
                for other in self.carriers.get(key, [])[:MAX_CANDIDATES]:
                    if other in seen or other == account_id:
                        continue
                    seen.add(other)
                    if rank is not None and rank.get(other, mine) >= mine:
                        continue
                    if uf.find(other) == uf.find(account_id):
                        continue
                    if self.link_bits(account_id, other) >= LINK_BITS:
                        uf.union(account_id, other)

    def relink_all(self, sketches: Iterable[AccountSketch]) -> None:
        """Forget every link and link again with today's weights (counts, owner types)."""
        items = list(sketches)
        self.uf = UnionFind()
        self._owners.clear()
        self._local.clear()
        self._bits.clear()
        for sketch in items:
            self.index(sketch)
        rank = {sketch.account_id: i for i, sketch in enumerate(items)}
        for sketch in items:
            self.link(sketch, rank)

    def cluster_of(self, account_id: str) -> str:
        return self.uf.find(account_id)

    def cluster_size(self, account_id: str) -> int:
        return self.uf.size.get(self.uf.find(account_id), 1)


def _two_on_a_side(frames: list[str]) -> bool:
    """Whether ``TEMPLATE_MIN_FRAMES`` of the frame keys are openings, or closings (a cheap
    pre-check of the template route before any weights are looked up)."""
    if len(frames) < TEMPLATE_MIN_FRAMES:
        return False
    openings = sum(1 for key in frames if key[6] == "p")
    return max(openings, len(frames) - openings) >= TEMPLATE_MIN_FRAMES


def content_overlap(x: HashSample, y: HashSample) -> float:
    """Share of the smaller content sample that the other sample also holds (compared at the
    coarser of the two sampling levels, so both keep the same signatures)."""
    mask = x.mask | y.mask
    small, large = (x.kept, y.kept) if len(x.kept) <= len(y.kept) else (y.kept, x.kept)
    mine = [s for s in small if not s & mask]
    if not mine:
        return 0.0
    theirs = sum(1 for s in large if not s & mask)
    if not theirs:
        return 0.0
    common = sum(1 for s in mine if s in large)
    return common / min(len(mine), theirs)


def _kind_bits(items: list[Tie]) -> float:
    """A kind's weight: its most surprising shared value, plus a little for each further one."""
    if not items:
        return 0.0
    extra = min(EXTRA_VALUE_BITS_CAP, math.log2(len(items))) if len(items) > 1 else 0.0
    return items[0].bits + (extra if items[0].bits >= CANDIDATE_BITS else 0.0)


def locator_network_type() -> NetworkType:
    """Owner types from the location data (``exportgate.location``): datacenter, vpn, tor,
    residential; None where it has no verdict."""
    from exportgate.location import LocateError, default_locator

    locator = default_locator()

    def network_type(ip: str) -> str | None:
        try:
            network = str(locator.locate(ip).network)
        except (LocateError, ValueError):
            return None
        return network if network in OWNER_DISCOUNT_BITS else None

    return network_type


def link_all(sketches: Iterable[AccountSketch], network_type: NetworkType | None = None) -> Linker:
    """Batch linking: count sign-up bursts and values first, then link every account."""
    items = list(sketches)
    linker = Linker(network_type=network_type)
    for sketch in items:
        linker.note_signup(sketch)
    linker.relink_all(items)
    return linker


def shared_links(members: list[AccountSketch], linker: Linker) -> list[ClusterTie]:
    """The attributes that tie a cluster together with their weights in bits (evidence)."""
    ids = {m.account_id for m in members}
    counts: dict[str, set[str]] = {}
    for sketch in members:
        for values in linker.values.get(sketch.account_id, {}).values():
            for key in values:
                counts.setdefault(key, set()).add(sketch.account_id)
    by_kind: dict[str, list[tuple[Tie, int]]] = {}
    for key, accounts in counts.items():
        if len(accounts) >= 2:
            kind = key.partition(":")[0]
            by_kind.setdefault(kind, []).append((linker.weigh(kind, key), len(accounts)))
    out: list[ClusterTie] = []
    for kind, shared in by_kind.items():
        shared.sort(key=lambda item: (item[1], item[0].bits), reverse=True)
        top, top_count = shared[0]
        text = (
            f"{top_count} of the {len(ids)} accounts share {KIND_WORDS.get(kind, kind)} "
            f"({top.value}): worth {top.bits:.1f} bits, because {top.why}"
        )
        if len(shared) > 1:
            text += f"; {len(shared) - 1} more shared {kind} values, e.g. " + ", ".join(
                f"{t.value} ({c} accounts, {t.bits:.1f} bits)" for t, c in shared[1:4]
            )
        out.append(
            ClusterTie(
                kind=kind,
                value=top.value,
                accounts=top_count,
                bits=top.bits,
                chance=top.chance,
                carriers=top.carriers,
                why=top.why,
                shared_values=len(shared),
                values=[t.value for t, _ in shared[:50]],
                text=text,
            )
        )
    out.sort(key=lambda tie: -tie.bits * tie.accounts)
    return out


def link_rule_words() -> str:
    return (
        f"Accounts are merged into one operation only on independent evidence: at least two "
        f"kinds of shared attribute worth {KIND_MIN_BITS:.0f}+ bits each and {LINK_BITS:.0f}+ "
        "bits together, where a value's bits are -log2 of the share of accounts that carry it, "
        "less a discount for networks whose owners are shared by design (NATs, datacenters); "
        f"or when {TEMPLATE_WORDS} ({TEMPLATE_MIN_FRAMES}+ shared frames worth "
        f"{KIND_MIN_BITS:.0f}+ bits each and {LINK_BITS:.0f}+ together, at most "
        f"{TEMPLATE_MAX_OVERLAP:.0%} of their sampled prompts the same)."
    )
