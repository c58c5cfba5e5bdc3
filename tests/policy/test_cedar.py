"""The compiled Cedar evaluator agrees with the reference implementation (cedarpy)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from exportgate.policy import PolicyEngine, PolicyError, default_policy_text
from exportgate.policy.cedar import (
    ReferenceEvaluator,
    UnsupportedCedar,
    compile_policies,
)
from exportgate.records import DecideCase, parse

CASES = Path(__file__).with_name("public_cases.jsonl")
CODES = ["US", "CN", "IR", "MO", "GB", "IN", "RU", "UA-43", "CU", "SG"]


def determining(policies: list[Any], satisfied: set[int]) -> set[int]:
    """cedarpy reports the satisfied forbids if any, else the satisfied permits."""
    forbids = {i for i in satisfied if policies[i].effect == "forbid"}
    return forbids or satisfied


def random_context(rng: random.Random) -> dict[str, Any]:
    def some() -> frozenset[str]:
        return frozenset(rng.sample(CODES, rng.randint(0, 3)))

    return {
        "model_controlled": rng.random() < 0.7,
        "destinations": some(),
        "embargoed_destinations": some() if rng.random() < 0.2 else frozenset(),
        "restricted_destinations": some() if rng.random() < 0.4 else frozenset(),
        "licensed_destinations": some(),
        "deemed_export_countries": some() if rng.random() < 0.3 else frozenset(),
        "is_person": rng.random() < 0.5,
        "us_person": rng.random() < 0.5,
        "restricted_party": rng.random() < 0.1,
        "restricted_party_possible": rng.random() < 0.1,
        "owned_by_restricted_party": rng.random() < 0.1,
        "owned_by_restricted_destination": rng.random() < 0.2,
        "international_pause": rng.random() < 0.3,
        "outside_home_destinations": some() if rng.random() < 0.5 else frozenset(),
        "location_known": rng.random() < 0.9,
        "kyc_verified": rng.random() < 0.8,
        "network": rng.choice(["residential", "datacenter", "vpn", "tor", "unknown"]),
        "distillation_suspected": rng.random() < 0.1,
        "embargoed_region_unverified": rng.random() < 0.1,
        "licence_required_destinations": some() if rng.random() < 0.1 else frozenset(),
        "person_status_unknown": rng.random() < 0.1,
        "blocked_government": rng.random() < 0.05,
        "cuban_designated_national": rng.random() < 0.05,
        "cuban_national_abroad": rng.random() < 0.05,
        "owned_by_affiliates_rule_party": rng.random() < 0.1,
        "ownership_review": rng.random() < 0.1,
        "ownership_destinations": some() if rng.random() < 0.3 else frozenset(),
        "provider_ownership": rng.random() < 0.1,
        # per-model access orders (issue 16)
        "model_us_persons_only": rng.random() < 0.4,
        "model_approved_only": rng.random() < 0.3,
        "model_paused": rng.random() < 0.2,
        "account_approved_for_model": rng.random() < 0.3,
        "end_user_named": rng.random() < 0.7,
        "end_user_registered": rng.random() < 0.7,
        "end_user_verified": rng.random() < 0.7,
        "end_user_us_person": rng.random() < 0.5,
        "end_user_protected_individual": rng.random() < 0.1,
    }


def test_compiled_default_policy_matches_cedarpy_on_random_contexts() -> None:
    text = default_policy_text()
    policies = compile_policies(text)
    reference = ReferenceEvaluator(text)
    rng = random.Random(20261127)
    for _ in range(2000):
        context = random_context(rng)
        ours = {p.position for p in policies if p.satisfied("inference", context)}
        theirs, errors = reference.satisfied_positions("inference", context)
        assert not errors
        assert determining(policies, ours) == theirs, context


def test_compiled_default_policy_matches_cedarpy_on_public_cases() -> None:
    engine = PolicyEngine.default()
    reference = ReferenceEvaluator(default_policy_text())
    policies = compile_policies(default_policy_text())
    for line in CASES.read_text().splitlines():
        case = parse(DecideCase, line)
        facts = engine.build_facts(
            case.account, case.request, case.location, case.switches, case.as_of
        )
        ours = {p.position for p in policies if p.satisfied("inference", facts.context)}
        theirs, _ = reference.satisfied_positions("inference", facts.context)
        assert determining(policies, ours) == theirs, case.id


def test_operators_beyond_the_default_policy() -> None:
    text = """
    @reason("X") @outcome("deny")
    forbid (principal, action == Action::"inference", resource)
    when { context.n >= 3 && context.tags.containsAny(["a", "b"]) && context has extra
           && (if context.flag then context.extra == "yes" else false) }
    unless { context.tags.contains("trusted") };
    @reason("ALLOWED") permit (principal, action, resource);
    """
    policies = compile_policies(text)
    reference = ReferenceEvaluator(text)
    rng = random.Random(7)
    for _ in range(500):
        context: dict[str, Any] = {
            "n": rng.randint(0, 5),
            "tags": frozenset(rng.sample(["a", "b", "c", "trusted"], rng.randint(0, 3))),
            "flag": rng.random() < 0.5,
        }
        if rng.random() < 0.7:
            context["extra"] = rng.choice(["yes", "no"])
        for action in ("inference", "training"):
            ours = {p.position for p in policies if p.satisfied(action, context)}
            theirs, _ = reference.satisfied_positions(action, context)
            assert determining(policies, ours) == theirs, (action, context)


def test_unsupported_syntax_falls_back_to_cedarpy() -> None:
    text = """
    @reason("X") @outcome("deny")
    forbid (principal, action, resource) when { context.name like "Bad*" };
    @reason("ALLOWED") permit (principal, action, resource);
    """
    with pytest.raises(UnsupportedCedar):
        compile_policies(text)
    engine = PolicyEngine(text)
    assert engine._reference is not None


def test_policy_must_annotate_its_rules() -> None:
    with pytest.raises(PolicyError, match="has no @reason"):
        PolicyEngine("forbid (principal, action, resource);")
    with pytest.raises(PolicyError, match="needs @outcome"):
        PolicyEngine('@reason("X") forbid (principal, action, resource);')
    with pytest.raises(PolicyError, match="does not parse as Cedar"):
        PolicyEngine("forbid (principal, action, resource")


def test_the_shipped_parse_is_cedarpys_parse_of_the_shipped_policy() -> None:
    """``default.est.json`` must follow ``default.cedar``; after editing the policy, regenerate it:
    ``python -c "from exportgate.policy.cedar import write_shipped_est; from exportgate.policy
    import default_policy_text; write_shipped_est(default_policy_text(),
    'src/exportgate/policy/default.est.json')"``."""
    import hashlib
    import json
    from importlib import resources

    from exportgate.policy import default_policy_text
    from exportgate.policy.cedar import SHIPPED_EST, reference_est

    text = default_policy_text()
    shipped = json.loads(resources.files("exportgate.policy").joinpath(SHIPPED_EST).read_text())
    assert shipped["sha256"] == hashlib.sha256(text.encode()).hexdigest(), (
        "default.cedar changed: regenerate default.est.json (see this test's docstring)"
    )
    assert shipped["est"] == reference_est(text)


def test_a_gateway_on_the_default_policy_does_not_load_cedarpy(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import exportgate.cli\n"
        "from exportgate.config import config_from_dict\n"
        "from exportgate.gateway.app import build_app\n"
        f"app = build_app(config_from_dict({{'store': 'sqlite:///{tmp_path}/g.db', "
        "'upstreams': [{'name': 'u', 'base_url': 'http://127.0.0.1:9/v1'}], "
        f"'models': [{{'id': 'm', 'upstream': 'u'}}], 'usage': {{'spool_dir': '{tmp_path}/s'}}}}))\n"
        "app.records.close()\n"
        "print('cedarpy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
