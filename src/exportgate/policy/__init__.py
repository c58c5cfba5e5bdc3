"""Export-control decisions: facts in, Decision out, under a Cedar policy.

Public API::

    engine = PolicyEngine.default(screener=default_screener(), locate=default_locator().locate)
    decision = engine.decide(account, request, location, switches, as_of)
"""

from exportgate.policy.engine import PolicyEngine, PolicyError, default_policy_text
from exportgate.policy.facts import FactsBuilder, FactsResult
from exportgate.policy.screening import PartyScreening

__all__ = [
    "FactsBuilder",
    "FactsResult",
    "PartyScreening",
    "PolicyEngine",
    "PolicyError",
    "default_policy_text",
]
