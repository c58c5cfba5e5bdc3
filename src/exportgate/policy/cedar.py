"""Cedar policies, compiled to Python closures for the request path.

Policies are written in Cedar (https://www.cedarpolicy.com) and parsed and validated by the
reference implementation (``cedarpy``). ``cedarpy.is_authorized`` costs about 150-300 µs a call
here, mostly converting the request to Cedar values, which alone would break the gateway's
sub-millisecond budget. So we take the parsed policies in Cedar's JSON form (EST) and compile each
condition into a Python closure over the request context. The subset we compile covers what
attribute-based policies use (attributes, ``has``, boolean logic, comparisons, set methods,
``if-then-else``); a policy using anything else makes :func:`compile_policies` raise
:class:`UnsupportedCedar`, and the engine then evaluates with ``cedarpy`` instead. The test suite
checks, on every case and on random contexts, that both evaluators find the same satisfied
policies.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import cedarpy

Context = Mapping[str, Any]
Expr = Callable[[Context], Any]


class UnsupportedCedar(Exception):
    """The policy uses a Cedar feature the compiler does not handle."""


class CedarEvaluationError(Exception):
    """A condition could not be evaluated (missing attribute, wrong type)."""


@dataclass(frozen=True)
class CompiledPolicy:
    position: int
    effect: str
    annotations: dict[str, str]
    action: str | None
    conditions: tuple[tuple[bool, Expr], ...] = field(repr=False)

    @property
    def policy_id(self) -> str:
        return self.annotations.get("id", f"policy{self.position}")

    def satisfied(self, action: str, context: Context) -> bool:
        """True when scope and every condition hold. Raises CedarEvaluationError."""
        if self.action is not None and self.action != action:
            return False
        for is_when, condition in self.conditions:
            value = condition(context)
            if not isinstance(value, bool):
                raise CedarEvaluationError(f"condition of {self.policy_id} is not a boolean")
            if value is not is_when:
                return False
        return True


def _attr(target: Any, name: str) -> Any:
    if not isinstance(target, Mapping):
        raise CedarEvaluationError(f"cannot read attribute {name!r} of a non-record")
    try:
        return target[name]
    except KeyError:
        raise CedarEvaluationError(f"attribute {name!r} is missing") from None


def _as_set(value: Any, what: str) -> frozenset[Any]:
    if type(value) is frozenset:
        return value
    if isinstance(value, set):
        return frozenset(value)
    if isinstance(value, (list, tuple)):
        return frozenset(value)
    raise CedarEvaluationError(f"{what} is not a set")


def _bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise CedarEvaluationError("expected a boolean")


def _compile(node: Any) -> Expr:
    if not isinstance(node, dict) or len(node) != 1:
        raise UnsupportedCedar(f"unexpected expression node {node!r}")
    ((op, arg),) = node.items()
    if op == "Value":
        if isinstance(arg, dict):
            raise UnsupportedCedar("entity literals are not compiled")
        value = arg
        return lambda ctx: value
    if op == "Var":
        if arg != "context":
            raise UnsupportedCedar(f"variable {arg!r} is not compiled (use context attributes)")
        return lambda ctx: ctx
    if op == "Set":
        items = [_compile(item) for item in arg]
        return lambda ctx: frozenset(item(ctx) for item in items)
    if op == ".":
        name = arg["attr"]
        if arg["left"] == {"Var": "context"}:
            return _context_attr(name)
        left = _compile(arg["left"])
        return lambda ctx: _attr(left(ctx), name)
    if op == "has":
        left = _compile(arg["left"])
        name = arg["attr"]
        return lambda ctx: isinstance(target := left(ctx), Mapping) and name in target
    if op == "!":
        inner = _compile(arg["arg"])
        return lambda ctx: not _bool(inner(ctx))
    if op == "isEmpty":
        inner = _compile(arg["arg"])
        return lambda ctx: not _as_set(inner(ctx), "isEmpty() target")
    if op == "if-then-else":
        cond, then, other = _compile(arg["if"]), _compile(arg["then"]), _compile(arg["else"])
        return lambda ctx: then(ctx) if _bool(cond(ctx)) else other(ctx)
    if op in _BINARY:
        left, right = _compile(arg["left"]), _compile(arg["right"])
        return _BINARY[op](left, right)
    raise UnsupportedCedar(f"operator {op!r} is not compiled")


def _context_attr(name: str) -> Expr:
    """``context.name``: the hot path of every rule, so a direct lookup."""

    def read(ctx: Context) -> Any:
        try:
            return ctx[name]
        except KeyError:
            raise CedarEvaluationError(f"attribute {name!r} is missing") from None

    return read


def _and(left: Expr, right: Expr) -> Expr:
    def evaluate(ctx: Context) -> bool:
        first = left(ctx)
        if first is False:
            return False
        if first is not True:
            raise CedarEvaluationError("&& needs booleans")
        return _bool(right(ctx))

    return evaluate


def _or(left: Expr, right: Expr) -> Expr:
    def evaluate(ctx: Context) -> bool:
        first = left(ctx)
        if first is True:
            return True
        if first is not False:
            raise CedarEvaluationError("|| needs booleans")
        return _bool(right(ctx))

    return evaluate


def _number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CedarEvaluationError("comparison needs integers")
    return value


def _eq(left: Expr, right: Expr) -> Expr:
    def evaluate(ctx: Context) -> bool:
        a, b = left(ctx), right(ctx)
        if isinstance(a, (list, tuple, set, frozenset)):
            a = frozenset(a)
        if isinstance(b, (list, tuple, set, frozenset)):
            b = frozenset(b)
        return bool(a == b and type(a) is type(b))

    return evaluate


def _not(inner: Expr) -> Expr:
    return lambda ctx: not inner(ctx)


_BINARY: dict[str, Callable[[Expr, Expr], Expr]] = {
    "&&": _and,
    "||": _or,
    "==": _eq,
    "!=": lambda left, right: _not(_eq(left, right)),
    "<": lambda left, right: lambda ctx: _number(left(ctx)) < _number(right(ctx)),
    "<=": lambda left, right: lambda ctx: _number(left(ctx)) <= _number(right(ctx)),
    ">": lambda left, right: lambda ctx: _number(left(ctx)) > _number(right(ctx)),
    ">=": lambda left, right: lambda ctx: _number(left(ctx)) >= _number(right(ctx)),
    "contains": lambda left, right: lambda ctx: right(ctx) in _as_set(left(ctx), "contains()"),
    "containsAll": lambda left, right: (
        lambda ctx: _as_set(right(ctx), "containsAll() argument")
        <= _as_set(left(ctx), "containsAll() target")
    ),
    "containsAny": lambda left, right: (
        lambda ctx: not _as_set(right(ctx), "containsAny() argument").isdisjoint(
            _as_set(left(ctx), "containsAny() target")
        )
    ),
}


def _scope_action(scope: dict[str, Any]) -> str | None:
    op = scope.get("op")
    if op == "All":
        return None
    if op == "==" and scope["entity"].get("type") == "Action":
        return str(scope["entity"]["id"])
    raise UnsupportedCedar(f"action scope {scope!r} is not compiled")


def parse_policies(text: str) -> list[dict[str, Any]]:
    """Parse Cedar text with the reference parser; return the static policies in file order."""
    try:
        est = json.loads(cedarpy.policies_to_json_str(text))
    except Exception as exc:  # cedarpy raises plain exceptions with the parser's message
        raise ValueError(f"policy does not parse as Cedar: {exc}") from None
    policies = est.get("staticPolicies", {})
    return [policies[f"policy{i}"] for i in range(len(policies))]


def compile_policies(text: str) -> list[CompiledPolicy]:
    compiled = []
    for position, policy in enumerate(parse_policies(text)):
        if policy["principal"].get("op") != "All" or policy["resource"].get("op") != "All":
            raise UnsupportedCedar("principal and resource scopes must be unconstrained")
        conditions = tuple(
            (cond["kind"] == "when", _compile(cond["body"])) for cond in policy.get("conditions", [])
        )
        compiled.append(
            CompiledPolicy(
                position=position,
                effect=policy["effect"],
                annotations={k: str(v) for k, v in (policy.get("annotations") or {}).items()},
                action=_scope_action(policy["action"]),
                conditions=conditions,
            )
        )
    return compiled


def cedar_context(context: Context) -> dict[str, Any]:
    """Context as cedarpy expects it (sets as lists)."""

    def convert(value: Any) -> Any:
        if isinstance(value, (set, frozenset)):
            return sorted(convert(v) for v in value)
        if isinstance(value, Mapping):
            return {k: convert(v) for k, v in value.items()}
        return value

    return {k: convert(v) for k, v in context.items()}


class ReferenceEvaluator:
    """Evaluates with cedarpy itself: the fallback and the oracle for differential tests."""

    def __init__(self, text: str) -> None:
        self._policies = cedarpy.PolicySet.from_str(text)
        self._entities = cedarpy.Entities.from_json_str("[]")

    def satisfied_positions(self, action: str, context: Context) -> tuple[set[int], list[str]]:
        """Positions of policies that determined cedarpy's answer, and its errors.

        cedarpy reports only the determining policies: satisfied forbids when any forbid holds,
        otherwise satisfied permits.
        """
        request = {
            "principal": 'Account::"caller"',
            "action": f'Action::"{action}"',
            "resource": 'Model::"model"',
            "context": cedar_context(context),
        }
        result = cedarpy.is_authorized(request, self._policies, self._entities)
        positions = {int(r.removeprefix("policy")) for r in result.diagnostics.reasons}
        return positions, list(result.diagnostics.errors)
