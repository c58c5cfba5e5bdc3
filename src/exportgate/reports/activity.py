"""The periodic malicious-activity report a provider sends to the agency.

For a period: distillation campaigns and bypass accounts (alerts raised and accounts the batch
scan flags in the period's usage), refused restricted-party and embargoed attempts and the
enforcement of per-model orders (denials in the audit log by reason code and model), with
counts, SVG charts and one evidence package per bypass case under ``cases/``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec

from exportgate.bypass.batch import scan_lines
from exportgate.records import BYPASS_HOLD_CODE, Alert, UsageRecord, to_json
from exportgate.reports.bypass import write_bypass_report
from exportgate.reports.package import Manifest, Section, Table, bar_chart_svg, write_package


def _in(ts: Any, since: dt.datetime, until: dt.datetime) -> bool:
    if isinstance(ts, str):
        ts = dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))
    if not isinstance(ts, dt.datetime):
        return False
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=dt.UTC)
    return bool(since <= ts < until)


def write_activity_report(
    out_dir: Path,
    since: dt.datetime,
    until: dt.datetime,
    usage: list[UsageRecord],
    alerts: list[Alert],
    audit_rows: list[dict[str, Any]],
    redact: bool = True,
) -> Manifest:
    usage = [r for r in usage if _in(r.ts, since, until)]
    alerts = [a for a in alerts if _in(a.created_at, since, until)]
    audit_rows = [e for e in audit_rows if _in(e.get("ts"), since, until)]
    scan = scan_lines(to_json(r) for r in usage)
    bypass_accounts = sorted((a for a in scan.accounts if a.flagged), key=lambda a: -a.score)
    held = {a.account_id for a in alerts if a.code == BYPASS_HOLD_CODE}
    distill = [a for a in alerts if a.code.startswith("DISTILL")]
    denials: Counter[str] = Counter()
    by_model: Counter[str] = Counter()
    for entry in audit_rows:
        if entry.get("decision") != "deny":
            continue
        record = entry.get("record") or {}
        reasons = record.get("reasons") or []
        code = (
            reasons[0].get("code")
            if reasons and isinstance(reasons[0], dict)
            else "SAFEGUARD_BYPASS_SUSPECTED"
            if record.get("kind") == "bypass"
            else "DENIED"
        )
        denials[str(code)] += 1
        by_model[str(record.get("model", "?"))] += 1
    cases = []
    for account in bypass_accounts[:50]:
        folder = f"cases/{account.account_id}"
        write_bypass_report(out_dir / folder, account.account_id, usage, redact=redact)
        cases.append(
            [
                account.account_id,
                account.score,
                account.attempts,
                account.families,
                "yes" if account.account_id in held else "no",
                folder + "/report.html",
            ]
        )
    charts = {
        "denials.svg": bar_chart_svg("Refused requests by reason", denials.most_common(12)),
        "denials_by_model.svg": bar_chart_svg(
            "Refused requests by model", by_model.most_common(12)
        ),
        "bypass_families.svg": bar_chart_svg(
            "Bypass families (flagged accounts)",
            Counter(f for a in bypass_accounts for f in a.families).most_common(12),
        ),
    }
    period = f"{since.date().isoformat()} to {until.date().isoformat()}"
    sections = [
        Section(
            "Summary",
            [
                f"Period {period}: {len(usage)} requests recorded; {len(distill)} distillation "
                f"alerts; {len(bypass_accounts)} accounts with safeguard-bypass activity "
                f"({len(held)} held at the gateway); {sum(denials.values())} requests refused."
            ],
        ),
        Section(
            "Distillation campaigns",
            table=Table(
                ["alert", "account", "score", "summary"],
                [[a.id, a.account_id, a.score, a.summary] for a in distill],
            ),
        ),
        Section(
            "Safeguard-bypass accounts",
            svg=charts["bypass_families.svg"],
            table=Table(
                ["account", "score", "flagged attempts", "families", "held", "case package"], cases
            ),
        ),
        Section(
            "Refused restricted-party, embargoed and order-enforcement attempts",
            svg=charts["denials.svg"] + charts["denials_by_model.svg"],
            table=Table(["reason", "requests"], denials.most_common()),
        ),
    ]
    payload = {
        "period": {"since": since.isoformat(), "until": until.isoformat()},
        "requests": len(usage),
        "distillation_alerts": distill,
        "bypass_accounts": bypass_accounts,
        "held_accounts": sorted(held),
        "denials_by_reason": dict(denials),
        "denials_by_model": dict(by_model),
    }
    return write_package(
        out_dir,
        f"Malicious-activity report, {period}",
        sections,
        msgspec.to_builtins(payload),
        {name: svg.encode() for name, svg in charts.items()},
    )
