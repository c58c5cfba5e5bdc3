"""Cedar policies, compiled to Python for the request path.

Policies are written in Cedar (https://www.cedarpolicy.com) and parsed and validated by the
reference implementation (``cedarpy``). ``cedarpy.is_authorized`` costs about 150-500 µs a call
here, mostly converting the request to Cedar values, which alone would break the gateway's
sub-millisecond budget. So we take the parsed policies in Cedar's JSON form (EST) and translate
each policy's conditions into one Python function over the request context, compiled once. The
subset we translate covers what attribute-based policies use (attributes, ``has``, boolean logic,
comparisons, set methods, ``if-then-else``); a policy using anything else makes
:func:`compile_policies` raise :class:`UnsupportedCedar`, and the engine then evaluates with
``cedarpy`` instead. The test suite checks, on every case and on random contexts, that both
evaluators find the same satisfied policies.

Cedar's typing rules are kept: ``&&``, ``||``, ``!`` and ``if`` need booleans, set methods need
sets, comparisons need integers, and a missing attribute is an error. An error makes the policy
*not evaluable* (:class:`CedarEvaluationError`); the engine decides what that means (it fails
closed).

The shipped policy's parse is shipped too (``default.est.json``, keyed by the policy text's
SHA-256 and checked against cedarpy by the test suite), so a gateway on the default policy never
loads cedarpy (8 MB of native code); any other policy text is parsed by cedarpy as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

SHIPPED_EST = "default.est.json"

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
    source: str = field(repr=False, default="True")
    test: Expr = field(repr=False, default=lambda ctx: True)

    @property
    def policy_id(self) -> str:
        return self.annotations.get("id", f"policy{self.position}")

    def satisfied(self, action: str, context: Context) -> bool:
        """True when scope and every condition hold. Raises CedarEvaluationError."""
        if self.action is not None and self.action != action:
            return False
        return bool(self.test(context))


# Run-time helpers the generated code calls. Each enforces one Cedar typing rule.


def _b(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise CedarEvaluationError("expected a boolean")


def _set(value: Any) -> frozenset[Any]:
    if type(value) is frozenset:
        return value
    if isinstance(value, (set, list, tuple)):
        return frozenset(value)
    raise CedarEvaluationError("expected a set")


def _n(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CedarEvaluationError("comparison needs integers")
    return value


def _attr(target: Any, name: str) -> Any:
    if not isinstance(target, Mapping):
        raise CedarEvaluationError(f"cannot read attribute {name!r} of a non-record")
    try:
        return target[name]
    except KeyError:
        raise CedarEvaluationError(f"attribute {name!r} is missing") from None


def _has(target: Any, name: str) -> bool:
    return isinstance(target, Mapping) and name in target


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple, set)):
        a = frozenset(a)
    if isinstance(b, (list, tuple, set)):
        b = frozenset(b)
    return bool(a == b and type(a) is type(b))


_HELPERS: dict[str, Any] = {
    "_b": _b,
    "_set": _set,
    "_n": _n,
    "_attr": _attr,
    "_has": _has,
    "_eq": _eq,
    "frozenset": frozenset,
}
_COMPARISONS = {"<": "<", "<=": "<=", ">": ">", ">=": ">="}
_BOOLEAN_OPS = {
    "!",
    "&&",
    "||",
    "==",
    "!=",
    "has",
    "isEmpty",
    "contains",
    "containsAll",
    "containsAny",
    *_COMPARISONS,
}


def _is_boolean(node: Any) -> bool:
    """True when the expression is sure to produce a boolean (no check needed)."""
    ((op, arg),) = node.items()
    return op in _BOOLEAN_OPS or (op == "Value" and isinstance(arg, bool))


def _bool_source(node: Any) -> str:
    code = _source(node)
    return code if _is_boolean(node) else f"_b({code})"


def _source(node: Any) -> str:
    """Python source for one Cedar expression (EST node)."""
    if not isinstance(node, dict) or len(node) != 1:
        raise UnsupportedCedar(f"unexpected expression node {node!r}")
    ((op, arg),) = node.items()
    if op == "Value":
        if isinstance(arg, dict) or not isinstance(arg, (bool, int, str)):
            raise UnsupportedCedar(f"literal {arg!r} is not compiled")
        return repr(arg)
    if op == "Var":
        if arg != "context":
            raise UnsupportedCedar(f"variable {arg!r} is not compiled (use context attributes)")
        return "ctx"
    if op == "Set":
        return "frozenset((" + "".join(_source(item) + ", " for item in arg) + "))"
    if op == ".":
        if arg["left"] == {"Var": "context"}:
            return f"ctx[{arg['attr']!r}]"
        return f"_attr({_source(arg['left'])}, {arg['attr']!r})"
    if op == "has":
        return f"_has({_source(arg['left'])}, {arg['attr']!r})"
    if op == "!":
        return f"(not {_bool_source(arg['arg'])})"
    if op == "isEmpty":
        return f"(not _set({_source(arg['arg'])}))"
    if op == "if-then-else":
        return f"({_source(arg['then'])} if {_bool_source(arg['if'])} else {_source(arg['else'])})"
    if op in ("&&", "||"):
        joiner = " and " if op == "&&" else " or "
        return f"({_bool_source(arg['left'])}{joiner}{_bool_source(arg['right'])})"
    if op in ("==", "!="):
        code = f"_eq({_source(arg['left'])}, {_source(arg['right'])})"
        return code if op == "==" else f"(not {code})"
    if op in _COMPARISONS:
        return f"(_n({_source(arg['left'])}) {op} _n({_source(arg['right'])}))"
    if op == "contains":
        return f"({_source(arg['right'])} in _set({_source(arg['left'])}))"
    if op == "containsAll":
        return f"(_set({_source(arg['right'])}) <= _set({_source(arg['left'])}))"
    if op == "containsAny":
        return f"(not _set({_source(arg['right'])}).isdisjoint(_set({_source(arg['left'])})))"
    raise UnsupportedCedar(f"operator {op!r} is not compiled")


def _conditions_source(conditions: list[dict[str, Any]]) -> str:
    """All ``when`` conditions true and all ``unless`` conditions false."""
    parts = [
        _bool_source(cond["body"])
        if cond["kind"] == "when"
        else f"(not {_bool_source(cond['body'])})"
        for cond in conditions
    ]
    return " and ".join(parts) or "True"


def _function(name: str, body: str) -> Expr:
    """Compile ``lambda ctx: body``; a missing attribute becomes CedarEvaluationError."""
    code = (
        f"def {name}(ctx):\n"
        f"    try:\n"
        f"        return {body}\n"
        f"    except KeyError as exc:\n"
        f"        raise CedarEvaluationError(f'attribute {{exc}} is missing') from None\n"
    )
    namespace: dict[str, Any] = {**_HELPERS, "CedarEvaluationError": CedarEvaluationError}
    exec(compile(code, f"<cedar {name}>", "exec"), namespace)  # noqa: S102 - our own source
    function: Expr = namespace[name]
    return function


def _scope_action(scope: dict[str, Any]) -> str | None:
    op = scope.get("op")
    if op == "All":
        return None
    if op == "==" and scope["entity"].get("type") == "Action":
        return str(scope["entity"]["id"])
    raise UnsupportedCedar(f"action scope {scope!r} is not compiled")


def _shipped_est(text: str) -> dict[str, Any] | None:
    """The shipped parse of ``text`` when it is the shipped policy, else None."""
    try:
        shipped = json.loads(
            resources.files("exportgate.policy").joinpath(SHIPPED_EST).read_text("utf-8")
        )
    except (OSError, ValueError):
        return None
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return shipped["est"] if shipped.get("sha256") == digest else None


def reference_est(text: str) -> dict[str, Any]:
    """Cedar text parsed by the reference parser (cedarpy), as Cedar's JSON form (EST)."""
    import cedarpy

    try:
        est: dict[str, Any] = json.loads(cedarpy.policies_to_json_str(text))
    except Exception as exc:  # cedarpy raises plain exceptions with the parser's message
        raise ValueError(f"policy does not parse as Cedar: {exc}") from None
    return est


def write_shipped_est(text: str, path: str | Path) -> None:
    """Write the parse of the shipped policy (after editing ``default.cedar``)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    Path(path).write_text(
        json.dumps({"sha256": digest, "est": reference_est(text)}, indent=1, sort_keys=True) + "\n",
        "utf-8",
    )


def parse_policies(text: str) -> list[dict[str, Any]]:
    """Parse Cedar text (the shipped parse for the shipped policy, else cedarpy); return the
    static policies in file order."""
    est = _shipped_est(text) or reference_est(text)
    policies = est.get("staticPolicies", {})
    return [policies[f"policy{i}"] for i in range(len(policies))]


def compile_policies(text: str) -> list[CompiledPolicy]:
    compiled = []
    for position, policy in enumerate(parse_policies(text)):
        if policy["principal"].get("op") != "All" or policy["resource"].get("op") != "All":
            raise UnsupportedCedar("principal and resource scopes must be unconstrained")
        body = _conditions_source(policy.get("conditions", []))
        compiled.append(
            CompiledPolicy(
                position=position,
                effect=policy["effect"],
                annotations={k: str(v) for k, v in (policy.get("annotations") or {}).items()},
                action=_scope_action(policy["action"]),
                source=body,
                test=_function(f"policy{position}", body),
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
        import cedarpy

        self._cedarpy = cedarpy
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
        result = self._cedarpy.is_authorized(request, self._policies, self._entities)
        positions = {int(r.removeprefix("policy")) for r in result.diagnostics.reasons}
        return positions, list(result.diagnostics.errors)
