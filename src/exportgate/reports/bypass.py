"""The per-account malicious-activity report for safeguard-bypass attempts.

Built from the gateway's own usage records (and, when given, its audit entries): the attempts on
a timeline, families and bands, sample prompts (hashes only with ``redact``), the decisions, and
a severity on the four axes of the provider's draft Cyber Jailbreak Severity scale (capability
gain, breadth, ease of weaponisation, discoverability; Anthropic, Fable-5 safeguards, 2 Jul
2026). The axes are exportgate's proxies from what a gateway can see, 0–2.5 each, summed to
0–10 and put in five bands.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from exportgate.bypass.account import (
    AccountState,
    screened_by_gateway,
    split_turns,
    usage_observation,
)
from exportgate.bypass.detector import Detector, Verdict
from exportgate.bypass.structure import content_text
from exportgate.records import UsageRecord
from exportgate.reports.package import (
    Manifest,
    Section,
    Table,
    bar_chart_svg,
    render_html,
    write_package,
)

if TYPE_CHECKING:
    from exportgate.store import Store

_QUOTE = re.compile("“[^”]*”")
BANDS = ((1.0, "Informational"), (2.5, "Low"), (5.0, "Medium"), (7.5, "High"), (10.01, "Critical"))
_BAND_GAIN = {"prohibited": 2.5, "high_risk_dual_use": 1.5, "low_risk_dual_use": 0.5}


class Severity(msgspec.Struct, kw_only=True):
    capability_gain: float
    breadth: float
    ease_of_weaponisation: float
    discoverability: float
    total: float
    band: str
    explanation: list[str]


class Attempt(msgspec.Struct, kw_only=True):
    ts: str
    request_id: str
    model: str
    score: float
    flagged: bool
    band: str
    families: list[str]
    refused: bool
    decision: str
    status: int
    prompt_sha256: str
    prompt: str | None = None
    reasons: list[str] = []


def severity(attempts: Sequence[Attempt], bursts: int) -> Severity:
    flagged = [a for a in attempts if a.flagged]
    served = [a for a in flagged if a.status == 200 and not a.refused]
    gain = max((_BAND_GAIN.get(a.band, 0.0) for a in flagged), default=0.0)
    if flagged and not served:
        gain *= 0.5
    families = {f for a in flagged for f in a.families if not f.startswith("intent:")}
    areas = {f for a in flagged for f in a.families if f.startswith("intent:")}
    breadth = min(2.5, 0.4 * len(families) + 0.5 * len(areas))
    ease = min(2.5, 2.5 * len(served) / max(1, len(flagged)) + (0.5 if bursts else 0.0))
    discover = min(2.5, 1.25 * math.log10(1 + len(flagged)))
    total = round(gain + breadth + ease + discover, 2)
    band = next(name for limit, name in BANDS if total < limit)
    return Severity(
        capability_gain=round(gain, 2),
        breadth=round(breadth, 2),
        ease_of_weaponisation=round(ease, 2),
        discoverability=round(discover, 2),
        total=total,
        band=band,
        explanation=[
            f"capability gain {gain:.2f}: the most severe band asked for"
            + (" (every attempt refused: halved)" if flagged and not served else ""),
            f"breadth {breadth:.2f}: {len(families)} attack families, {len(areas)} harm areas",
            f"ease of weaponisation {ease:.2f}: {len(served)} of {len(flagged)} flagged attempts "
            "were answered" + (", automated bursts seen" if bursts else ""),
            f"discoverability {discover:.2f}: {len(flagged)} flagged attempts",
        ],
    )


def build_attempts(
    records: Iterable[UsageRecord], detector: Detector, redact: bool
) -> tuple[list[Attempt], AccountState | None]:
    attempts: list[Attempt] = []
    state: AccountState | None = None
    for record in sorted(records, key=lambda r: r.ts):
        pairs = [(m.role, content_text(m.content)) for m in record.messages]
        verdict: Verdict = detector.classify(pairs)
        last, _ = split_turns(pairs)
        if state is None:
            state = AccountState(record.account_id or "(anonymous)")
        if screened_by_gateway(record):  # what the gateway's account detector folded
            state.fold(usage_observation(record, pairs, verdict))
        attempts.append(
            Attempt(
                ts=record.ts.isoformat(),
                request_id=record.request_id,
                model=record.model,
                score=verdict.score,
                flagged=verdict.flagged,
                band=verdict.band,
                families=verdict.families,
                refused=record.refused,
                decision=record.decision,
                status=record.status,
                prompt_sha256=hashlib.sha256(last.encode("utf-8")).hexdigest(),
                prompt=None if redact else last[:2000],
                reasons=[_QUOTE.sub("“[redacted]”", r) for r in verdict.reasons]
                if redact
                else verdict.reasons,
            )
        )
    return attempts, state


@dataclass(frozen=True, slots=True)
class BypassReport:
    """One account's report, ready to write as a package or to show in the console."""

    title: str
    sections: list[Section]
    payload: dict[str, Any]
    timeline_svg: str


def build_bypass_report(
    account_id: str,
    records: Iterable[UsageRecord],
    audit_entries: Sequence[dict[str, Any]] = (),
    redact: bool = False,
    detector: Detector | None = None,
) -> BypassReport:
    """The account's attempts on a timeline, families and bands, samples, decisions and the
    four-axis severity (``records`` may hold other accounts' usage; only this one's is read)."""
    mine = [r for r in records if r.account_id == account_id]
    attempts, state = build_attempts(mine, detector or Detector(), redact)
    account = state.report() if state else None
    sev = severity(attempts, state.bursts if state else 0)
    flagged = [a for a in attempts if a.flagged]
    families = Counter(f for a in flagged for f in a.families)
    bands = Counter(a.band for a in attempts if a.band != "benign")
    per_day = Counter(a.ts[:10] for a in flagged)
    chart = bar_chart_svg("Flagged attempts per day", sorted(per_day.items()))
    samples = sorted(flagged, key=lambda a: -a.score)[:10]
    summary = (
        f"Account {account_id}: {len(attempts)} requests, {len(flagged)} flagged as "
        f"safeguard-bypass attempts, {sum(a.refused for a in attempts)} refused upstream. "
        f"Severity {sev.total:.1f}/10 ({sev.band})."
    )
    sections = [
        Section("Summary", [summary, *(account.reasons if account else [])]),
        Section("Severity (four axes, 0–10)", items=sev.explanation),
        Section(
            "Timeline",
            svg=chart,
            table=Table(
                [
                    "time",
                    "request",
                    "model",
                    "score",
                    "flagged",
                    "band",
                    "families",
                    "refused",
                    "decision",
                ],
                [
                    [
                        a.ts,
                        a.request_id,
                        a.model,
                        a.score,
                        a.flagged,
                        a.band,
                        a.families,
                        a.refused,
                        a.decision,
                    ]
                    for a in attempts[:500]
                ],
            ),
        ),
        Section(
            "Attack families and bands",
            table=Table(
                ["family or band", "count"],
                [[k, v] for k, v in families.most_common()]
                + [[k, v] for k, v in bands.most_common()],
            ),
        ),
        Section(
            "Sample prompts" + (" (redacted: SHA-256 only)" if redact else ""),
            table=Table(
                ["request", "score", "prompt" if not redact else "sha256", "reasons"],
                [
                    [a.request_id, a.score, a.prompt_sha256 if redact else a.prompt, a.reasons]
                    for a in samples
                ],
            ),
        ),
        Section(
            "Decisions and audit entries",
            table=Table(
                ["seq", "time", "decision", "reason"],
                [
                    [
                        e.get("seq"),
                        e.get("ts"),
                        e.get("decision"),
                        "; ".join(
                            str(r.get("code", r)) if isinstance(r, dict) else str(r)
                            for r in (e.get("record") or {}).get("reasons", [])
                        ),
                    ]
                    for e in audit_entries
                ],
            ),
        ),
    ]
    payload = {
        "account_id": account_id,
        "account": account,
        "severity": sev,
        "attempts": attempts,
        "families": dict(families),
        "bands": dict(bands),
        "redacted": redact,
        "audit_entries": [
            {k: v for k, v in e.items() if k in ("seq", "ts", "decision", "hash", "record")}
            for e in audit_entries
        ],
    }
    return BypassReport(
        f"Safeguard-bypass activity: account {account_id}",
        sections,
        msgspec.to_builtins(payload),
        chart,
    )


def write_bypass_report(
    out_dir: Path,
    account_id: str,
    records: Iterable[UsageRecord],
    audit_entries: Sequence[dict[str, Any]] = (),
    redact: bool = False,
    detector: Detector | None = None,
) -> Manifest:
    """Write the account's package (report.html, report.json, timeline.svg, manifest.json)."""
    report = build_bypass_report(account_id, records, audit_entries, redact, detector)
    return write_package(
        out_dir,
        report.title,
        report.sections,
        report.payload,
        {"timeline.svg": report.timeline_svg.encode()},
    )


def html_from_store(store: Store, account_id: str) -> str | None:
    """The report page for an account, from the store's usage and audit log (the console's
    link from a bypass alert); prompts are shown as hashes only. None when the store holds no
    usage of the account."""
    from exportgate.audit.log import AuditLog

    records = list(store.iter_usage(account_id=account_id))
    if not records:
        return None
    audit = AuditLog(store).rows_for(account_id)
    report = build_bypass_report(account_id, records, audit, redact=True)
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return render_html(report.title, report.sections, created)
