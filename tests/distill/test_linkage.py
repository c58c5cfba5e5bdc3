"""Ties weighted by surprise: common values and NAT-explained ties never merge accounts."""

from __future__ import annotations

import datetime as dt
import random

from exportgate.distill import linkage
from exportgate.distill.linkage import Linker, link_all, shared_links
from exportgate.distill.sketch import AccountSketch
from exportgate.records import Message, UsageRecord

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0"
WORDS = (
    "river",
    "stone",
    "maple",
    "cloud",
    "lamp",
    "orbit",
    "violet",
    "garden",
    "copper",
    "tide",
    "ember",
    "falcon",
    "harbor",
    "meadow",
    "quartz",
    "saddle",
    "timber",
    "willow",
)


def _prompt(seed: str) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(14))


def _sketch(
    account_id: str,
    ips: list[str],
    ua: str,
    payment: str | None = None,
    created_h: float | None = None,
    channel: str = "self_serve",
) -> AccountSketch:
    sketch = AccountSketch(account_id)
    sketch.payment_fingerprint = payment
    sketch.signup_channel = channel
    if created_h is not None:
        sketch.created_at = (T0 + dt.timedelta(hours=created_h)).timestamp()
    for i, ip in enumerate(ips):
        sketch.update(
            UsageRecord(
                ts=T0 + dt.timedelta(days=3, minutes=7 * i),
                request_id=f"{account_id}-{i}",
                account_id=account_id,
                model="m",
                endpoint="chat.completions",
                status=200,
                decision="allow",
                ip=ip,
                user_agent=ua,
                messages=[Message(role="user", content=_prompt(f"{account_id}-{i}"))],
            )
        )
    return sketch


def _population(n: int) -> list[AccountSketch]:
    """Unrelated accounts: own networks, one of a few common user agents, own cards."""
    return [
        _sketch(
            f"p{k}",
            [f"10.{k // 250}.{k % 250}.9"] * 3,
            (CHROME, "OpenAI/Python 1.54.3", "curl/8.5.0")[k % 3],
            f"pf-p{k}",
            created_h=-24.0 * (1 + k % 300),
        )
        for k in range(n)
    ]


def test_one_shared_attribute_never_merges_accounts() -> None:
    sketches = _population(1200) + [
        _sketch(f"f{k}", [f"172.16.{k}.5"] * 3, CHROME, "pf-family-card") for k in range(3)
    ]
    linker = link_all(sketches)
    assert linker.cluster_size("f0") == 1


def test_campus_nat_common_browser_and_enrolment_burst_are_not_an_operation() -> None:
    students = [
        _sketch(
            f"s{k}", ["192.0.2.10"] * 5, CHROME, None, created_h=-500 + k / 100, channel="education"
        )
        for k in range(150)
    ]
    sketches = _population(1500) + students
    linker = Linker()
    for sketch in sketches:
        linker.note_signup(sketch)
    linker.relink_all(sketches)
    assert max(linker.cluster_size(s.account_id) for s in students) == 1
    bits, ties = linker.evidence("s0", "s1")
    assert bits == 0.0 == linker.link_bits("s0", "s1")
    assert "shared NAT" in ties["net"][0].why and ties["net"][0].bits < linkage.KIND_MIN_BITS
    assert "NAT explains it" in ties["burst"][0].why


def test_card_burst_and_proxy_pool_together_merge_and_are_explained() -> None:
    pool = [f"198.51.{j}.{j + 7}" for j in range(12)]
    hydra = [
        _sketch(
            f"h{k}",
            pool[k % 3 :] + pool[: k % 3],
            "python-httpx/0.27.2",
            "pf-shared",
            created_h=-5 + k / 60,
            channel="startup",
        )
        for k in range(40)
    ]
    linker = link_all(_population(1500) + hydra)
    assert linker.cluster_size("h0") == 40
    bits, _ = linker.evidence("h0", "h7")
    assert bits >= linkage.LINK_BITS and abs(bits - linker.link_bits("h0", "h7")) < 0.05
    ties = shared_links(hydra, linker)
    kinds = {t.kind for t in ties}
    assert {"payment", "net", "burst"} <= kinds
    net = next(t for t in ties if t.kind == "net")
    assert "proxy pool" in net.why and net.bits > 4
    assert all("bits" in t.text for t in ties)


def test_value_index_is_bounded(monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(linkage, "MAX_CARRIERS", 20)
    linker = link_all([_sketch(f"c{k}", ["203.0.113.4"], CHROME) for k in range(100)])
    assert len(linker.carriers[f"ua:{CHROME}"]) == 20
    assert linker.counts[f"ua:{CHROME}"] == 100


def test_owner_type_from_a_classifier_is_weighed_and_explained() -> None:
    pool = [_sketch(f"d{k}", [f"52.14.9.{k + 2}"] * 3, CHROME) for k in range(3)]
    plain = link_all(_population(1200) + pool)
    typed = link_all(
        _population(1200) + pool,
        network_type=lambda ip: "datacenter" if ip.startswith("52.14.") else None,
    )
    before, after = plain.weigh("net", "net:52.14.9.0/24"), typed.weigh("net", "net:52.14.9.0/24")
    assert after.bits == before.bits - linkage.OWNER_DISCOUNT_BITS["datacenter"]
    assert "datacenter" in after.why and "bits off" in after.why


TEMPLATES = (
    ("please walk me through the idea of", "in well organised sections with examples"),
    ("write a detailed lesson about", "then end with three practice problems solved"),
    ("explain from first principles", "and finish with a summary table of points"),
)


def _filled(
    account_id: str, items: list[str], ip: str, templates: int = len(TEMPLATES)
) -> AccountSketch:
    """An account that fills the operation's templates with the items it was given."""
    sketch = AccountSketch(account_id)
    sketch.payment_fingerprint = f"pf-{account_id}"
    for i, item in enumerate(items):
        opening, closing = TEMPLATES[i % templates]
        sketch.update(
            UsageRecord(
                ts=T0 + dt.timedelta(days=3, hours=5 * i),
                request_id=f"{account_id}-{i}",
                account_id=account_id,
                model="m",
                endpoint="chat.completions",
                status=200,
                decision="allow",
                ip=ip,
                user_agent=CHROME,
                messages=[Message(role="user", content=f"{opening} {item} {closing}")],
            )
        )
    return sketch


def _items(start: int, count: int) -> list[str]:
    return [
        f"{WORDS[k % len(WORDS)]} {WORDS[(k * 7) % len(WORDS)]} topic {k}"
        for k in range(start, start + count)
    ]


def test_shared_templates_with_complementary_content_merge_and_are_explained() -> None:
    """A slow operation: own card, own network and a common browser per account; only the
    templates it fills from one list, never the same item twice, tie its accounts."""
    op = [_filled(f"o{k}", _items(20 * k, 9), f"100.{k}.7.3") for k in range(12)]
    linker = link_all(_population(1200) + op)
    assert linker.cluster_size("o0") == 12
    bits, ties = linker.evidence("o0", "o5")
    assert bits >= linkage.LINK_BITS and abs(bits - linker.link_bits("o0", "o5")) < 0.05
    assert set(ties) <= {"frame", "ua"} and len(ties["frame"]) >= linkage.TEMPLATE_MIN_FRAMES
    frame = next(t for t in shared_links(op, linker) if t.kind == "frame")
    assert "12 of the 12 accounts" in frame.text and "bits" in frame.text
    assert "templates" in linkage.link_rule_words()
    assert linker.cluster_size("p1") == 1


def test_shared_templates_with_the_same_questions_do_not_merge() -> None:
    """Students of one assignment or labs re-running one benchmark ask the same filled-in
    prompts: the templates are explained by the shared list, not an operation."""
    same = [_filled(f"s{k}", _items(0, 9), f"100.{k}.8.3") for k in range(12)]
    linker = link_all(_population(1200) + same)
    assert linker.cluster_size("s0") == 1
    assert linker.overlap("s0", "s1") == 1.0 and linker.link_bits("s0", "s1") == 0.0


def test_one_shared_template_or_self_repeats_do_not_merge() -> None:
    one = [_filled(f"t{k}", _items(20 * k, 9), f"100.{k}.9.3", templates=1) for k in range(12)]
    linker = link_all(_population(1200) + one)
    assert len(linker.values["t0"]["frame"]) == 2  # one template: its opening and its closing
    repeat = [
        _filled(f"r{k}", _items(20 * k, 3) * 4, f"100.{k}.10.3")  # each task resent
        for k in range(12)
    ]
    linker = link_all(_population(1200) + one + repeat)
    assert len(linker.values["r0"]["frame"]) >= 4
    assert linker.cluster_size("t0") == 1
    assert repeat[0].contents.duplicate_share > linkage.TEMPLATE_MAX_REPEATS
    assert linker.cluster_size("r0") == 1
