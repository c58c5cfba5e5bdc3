"""Batch use of the detector: classify a prompt file, scan a usage file for accounts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec

from exportgate.bypass.account import (
    AccountConfig,
    AccountReport,
    AccountState,
    screened_by_gateway,
    usage_observation,
)
from exportgate.bypass.detector import Detector, Verdict
from exportgate.bypass.judge import JudgeConfig, second_stage
from exportgate.bypass.structure import content_text
from exportgate.records import RecordError, UsageRecord, parse_lines


class ClassifyLine(msgspec.Struct, kw_only=True):
    """One output line of ``exportgate bypass classify``."""

    id: str
    score: float
    flagged: bool
    band: str
    families: list[str]
    reasons: list[str]
    language: str = "und"


@dataclass(slots=True)
class BadLine:
    line: int
    record_id: str | None
    field: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.record_id, "field": self.field, "error": self.message}


def parse_prompt(raw: Any, number: int) -> tuple[str, list[tuple[str, str]]] | BadLine:
    """Validate one classify input line: ``{"id", "messages"}`` or ``{"id", "prompt"}``."""
    if not isinstance(raw, dict):
        return BadLine(number, None, "(record)", "expected a JSON object")
    record_id = raw.get("id")
    if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
        return BadLine(number, None, "id", "missing or not a string")
    rid = str(record_id)
    if "messages" in raw:
        messages = raw["messages"]
        if not isinstance(messages, list) or not messages:
            return BadLine(number, rid, "messages", "expected a non-empty list")
        out: list[tuple[str, str]] = []
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                return BadLine(number, rid, f"messages[{i}]", "expected an object")
            role = message.get("role")
            if not isinstance(role, str):
                return BadLine(number, rid, f"messages[{i}].role", "missing or not a string")
            content = message.get("content")
            if content is not None and not isinstance(content, (str, list)):
                return BadLine(
                    number,
                    rid,
                    f"messages[{i}].content",
                    "expected a string or a list of content parts",
                )
            out.append((role, content_text(content)))
        return rid, out
    prompt = raw.get("prompt")
    if not isinstance(prompt, str):
        return BadLine(number, rid, "prompt", "missing: give either messages or prompt")
    return rid, [("user", prompt)]


def classify_lines(
    lines: Iterable[bytes | str],
    detector: Detector | None = None,
    judge: JudgeConfig | None = None,
) -> Iterator[ClassifyLine | BadLine]:
    """Classify each JSON line; a bad line yields a :class:`BadLine` and the batch goes on."""
    detector = detector or Detector()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except ValueError as exc:
            yield BadLine(number, None, "(json)", f"not valid JSON: {exc}")
            continue
        parsed = parse_prompt(raw, number)
        if isinstance(parsed, BadLine):
            yield parsed
            continue
        rid, messages = parsed
        verdict = second_stage(messages, detector.classify(messages), judge)
        yield ClassifyLine(
            id=rid,
            score=verdict.score,
            flagged=verdict.flagged,
            band=verdict.band,
            families=verdict.families,
            reasons=verdict.reasons,
            language=verdict.language,
        )


@dataclass(slots=True)
class ScanResult:
    accounts: list[AccountReport] = field(default_factory=list)
    errors: list[BadLine] = field(default_factory=list)
    records: int = 0
    verdicts: dict[str, list[tuple[UsageRecord, Verdict]]] = field(default_factory=dict)


def last_user_text(messages: list[tuple[str, str]]) -> str:
    return next((t for r, t in reversed(messages) if r == "user"), "")


def scan_lines(
    lines: Iterable[bytes | str],
    detector: Detector | None = None,
    config: AccountConfig | None = None,
    keep: bool = False,
) -> ScanResult:
    """Score every account in usage records (in time order per account)."""
    detector = detector or Detector()
    result = ScanResult()
    per_account: dict[str, list[UsageRecord]] = {}
    for number, parsed in parse_lines(UsageRecord, lines):
        if isinstance(parsed, RecordError):
            result.errors.append(BadLine(number, parsed.record_id, parsed.field, parsed.message))
            continue
        result.records += 1
        per_account.setdefault(parsed.account_id or "(anonymous)", []).append(parsed)
    for account_id in sorted(per_account):
        state = AccountState(account_id, config or AccountConfig())
        for record in sorted(per_account[account_id], key=lambda r: r.ts):
            messages = [(m.role, content_text(m.content)) for m in record.messages]
            verdict = detector.classify(messages)
            # the requests the gateway's online detector folded, folded the same way
            if screened_by_gateway(record):
                state.fold(usage_observation(record, messages, verdict))
            if keep:
                result.verdicts.setdefault(account_id, []).append((record, verdict))
        result.accounts.append(state.report())
    return result
