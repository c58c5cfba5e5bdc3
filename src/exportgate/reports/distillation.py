"""Evidence package for one distillation cluster or account, for an authority or a peer lab.

``exportgate report distillation CLUSTER_OR_ACCOUNT --usage USAGE.jsonl --out DIR`` scans the usage
(the same detector as ``distill scan``), picks the cluster or account, and writes:

* ``summary.html`` — for people: the finding in plain words, accounts, ties and their weights,
  timelines, sample requests, watermark key ids, audit entries;
* ``evidence.json`` — the same for machines;
* ``graph.svg`` — the account–attribute graph of the cluster as a picture;
* ``manifest.json`` — the SHA-256 of every file above (:func:`write_package`).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import msgspec
from msgspec import UnsetType

from exportgate.distill.linkage import link_rule_words
from exportgate.distill.scan import ClusterResult, ScanResult, scan
from exportgate.distill.scoring import DetectorConfig
from exportgate.records import UsageRecord
from exportgate.reports.package import MANIFEST, write_files

PACKAGE_VERSION = "distillation-evidence/1"
MAX_GRAPH_ACCOUNTS = 60
MAX_AUDIT = 200


class SubjectNotFound(LookupError):
    """The cluster or account is not in the scanned usage."""


def _timeline(records: Iterable[UsageRecord], accounts: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record in records:
        account_id = record.account_id
        if account_id not in accounts:
            continue
        row = out.setdefault(
            account_id,
            {
                "first": record.ts,
                "last": record.ts,
                "requests": 0,
                "output_tokens": 0,
                "per_day": {},
                "key_ids": set(),
            },
        )
        row["first"] = min(row["first"], record.ts)
        row["last"] = max(row["last"], record.ts)
        row["requests"] += 1
        row["output_tokens"] += record.completion_tokens
        day = record.ts.date().isoformat()
        row["per_day"][day] = row["per_day"].get(day, 0) + 1
        if record.key_id:
            row["key_ids"].add(record.key_id)
    return {
        a: {
            **r,
            "first": r["first"].isoformat(),
            "last": r["last"].isoformat(),
            "key_ids": sorted(r["key_ids"]),
        }
        for a, r in out.items()
    }


def _watermarks(audit: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Watermark key ids per account, as the gateway recorded them in its audit entries."""
    found: dict[str, set[str]] = {}
    for entry in audit:
        record = entry.get("record") or {}
        text = json.dumps(record, default=str)
        if "watermark" not in text:
            continue
        extra = record.get("extra") if isinstance(record, dict) else None
        for source in (record, extra if isinstance(extra, dict) else {}):
            for key, value in source.items():
                if "watermark" in key and isinstance(value, str):
                    found.setdefault(str(entry.get("account", "")), set()).add(value)
    return {a: sorted(v) for a, v in found.items()}


def audit_entries(rows: Iterable[dict[str, Any]], accounts: set[str]) -> list[dict[str, Any]]:
    """Audit entries that name one of ``accounts`` (subject or record), at most ``MAX_AUDIT``."""
    out = []
    for row in rows:
        text = json.dumps(row.get("record"), default=str) + " " + str(row.get("subject") or "")
        hits = [a for a in accounts if a in text]
        if hits:
            out.append(
                {
                    "seq": row.get("seq"),
                    "ts": str(row.get("ts")),
                    "kind": row.get("kind"),
                    "subject": row.get("subject"),
                    "decision": row.get("decision"),
                    "hash": row.get("hash"),
                    "account": hits[0],
                    "record": row.get("record"),
                }
            )
            if len(out) >= MAX_AUDIT:
                break
    return out


def build_evidence(
    subject: str,
    result: ScanResult,
    records: list[UsageRecord],
    audit: list[dict[str, Any]] | None = None,
    now: dt.datetime | None = None,
    threshold: float = DetectorConfig().threshold,
) -> dict[str, Any]:
    """The evidence for a cluster id (``cluster-...``) or an account id, as one JSON object."""
    cluster: ClusterResult | None = next((c for c in result.clusters if c.id == subject), None)
    rows = {row.account_id: row for row in result.rows}
    if cluster is None and subject not in rows:
        raise SubjectNotFound(f"{subject!r} is neither a cluster nor an account in the usage")
    if cluster is None and rows[subject].cluster:
        cluster = next((c for c in result.clusters if c.id == rows[subject].cluster), None)
    members = sorted(cluster.members) if cluster is not None else [subject]
    member_set = set(members)
    audit = audit or []
    accounts = []
    for account_id in members:
        row = rows.get(account_id)
        sketch = result.sketches.get(account_id)
        accounts.append(
            {
                "account_id": account_id,
                "score": row.score if row else None,
                "flagged": bool(row.flagged) if row else None,
                "own_score": None
                if row is None or isinstance(row.account_score, UnsetType)
                else row.account_score,
                "reasons": row.reasons if row else [],
                "sample_requests": (
                    [msgspec.to_builtins(s) for s in sketch.sample_requests()] if sketch else []
                ),
                "example_requests": (
                    {k: msgspec.to_builtins(s) for k, s in sketch.example_requests().items()}
                    if sketch
                    else {}
                ),
            }
        )
    flagged = sum(1 for a in accounts if a["flagged"])
    if cluster is not None:
        ties = "; ".join(t.text for t in cluster.ties[:3])
        summary = (
            f"{len(members)} accounts are treated as one operation ({cluster.id}) because they "
            f"share independent, improbable attributes: {ties}. Taken together their traffic "
            f"scores {cluster.score.score:.2f} for harvesting model outputs (threshold "
            f"{threshold:.2f}): {'; '.join(cluster.score.reasons(4)) or 'no signal'}. "
            f"{flagged} of the {len(members)} accounts are flagged."
        )
    else:
        row = rows[subject]
        summary = (
            f"Account {subject} scores {row.score:.2f} for harvesting model outputs "
            f"(threshold {threshold:.2f}): {'; '.join(row.reasons[:4])}. "
            "It is not tied to other accounts by independent evidence."
        )
    return {
        "package": PACKAGE_VERSION,
        "subject": subject,
        "generated_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "summary": summary,
        "how_accounts_are_tied": link_rule_words(),
        "cluster": cluster.to_dict() if cluster is not None else None,
        "accounts": accounts,
        "timelines": _timeline(records, member_set),
        "watermark_key_ids": _watermarks(audit),
        "audit_entries": audit,
    }


def graph_svg(evidence: Mapping[str, Any]) -> str:
    """The cluster's account–attribute graph: accounts on the left, shared values on the right."""
    cluster = evidence.get("cluster") or {}
    graph = cluster.get("graph") or {"attributes": [], "edges": []}
    accounts = sorted({e[0] for e in graph["edges"]})[:MAX_GRAPH_ACCOUNTS] or [evidence["subject"]]
    attributes = sorted({e[1] for e in graph["edges"] if e[0] in accounts})[:MAX_GRAPH_ACCOUNTS]
    rows = max(len(accounts), len(attributes), 1)
    height = 40 + 16 * rows
    y_a = {a: 30 + i * (height - 40) / max(1, len(accounts)) for i, a in enumerate(accounts)}
    y_v = {v: 30 + i * (height - 40) / max(1, len(attributes)) for i, v in enumerate(attributes)}
    colours = {
        "payment": "#b3261e",
        "net": "#1d5fa8",
        "ua": "#6b6b6b",
        "burst": "#8a5a00",
        "frame": "#2e7d32",
    }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="900" height="{height:.0f}" '
        f'font-family="sans-serif" font-size="10">',
        f'<text x="10" y="16" font-size="12">{html.escape(str(cluster.get("cluster", evidence["subject"])))}'
        f": accounts (left) and the attribute values they share (right)</text>",
    ]
    for account, value in graph["edges"]:
        if account in y_a and value in y_v:
            colour = colours.get(value.partition(":")[0], "#999")
            parts.append(
                f'<line x1="180" y1="{y_a[account]:.1f}" x2="520" y2="{y_v[value]:.1f}" '
                f'stroke="{colour}" stroke-opacity="0.35"/>'
            )
    for account, y in y_a.items():
        parts.append(
            f'<circle cx="180" cy="{y:.1f}" r="3"/><text x="170" y="{y + 3:.1f}" '
            f'text-anchor="end">{html.escape(account)}</text>'
        )
    for value, y in y_v.items():
        colour = colours.get(value.partition(":")[0], "#999")
        parts.append(
            f'<rect x="517" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
            f'<text x="530" y="{y + 3:.1f}">{html.escape(value[:60])}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def render_html(evidence: Mapping[str, Any], inline_graph: bool = False) -> str:
    """A page for a reviewer (no scripts; the graph is ``graph.svg`` beside it, or inline)."""
    e = html.escape
    picture = (
        graph_svg(evidence)
        if inline_graph
        else '<img src="graph.svg" alt="account-attribute graph" style="max-width:100%">'
    )

    cluster = evidence.get("cluster") or {}
    ties = "".join(
        f"<tr><td>{e(str(t['kind']))}</td><td>{e(str(t['value']))}</td>"
        f"<td>{t['accounts']}</td><td>{float(t['bits']):.1f}</td><td>{e(str(t['why']))}</td></tr>"
        for t in cluster.get("ties", [])
    )
    accounts = "".join(
        f"<tr><td>{e(a['account_id'])}</td><td>{a['score']}</td><td>{'yes' if a['flagged'] else 'no'}</td>"
        f"<td>{e('; '.join(a['reasons'][:3]))}</td></tr>"
        for a in evidence["accounts"]
    )
    timelines = "".join(
        f"<tr><td>{e(a)}</td><td>{e(t['first'])}</td><td>{e(t['last'])}</td><td>{t['requests']}</td>"
        f"<td>{t['output_tokens']}</td><td>{e(', '.join(t['key_ids']))}</td></tr>"
        for a, t in sorted(evidence["timelines"].items())
    )
    samples = "".join(
        f"<tr><td>{e(a['account_id'])}</td><td>{e(s['ts'])}</td><td>{e(str(s['ip']))}</td>"
        f"<td>{e(s['prompt'])}</td><td>{s['completion_tokens']}</td></tr>"
        for a in evidence["accounts"][:20]
        for s in a["sample_requests"][:3]
    )
    marks = (
        "".join(
            f"<li>{e(a)}: {e(', '.join(k))}</li>" for a, k in evidence["watermark_key_ids"].items()
        )
        or "<li>No watermark key ids were recorded for these accounts.</li>"
    )
    audit = (
        "".join(
            f"<tr><td>{x['seq']}</td><td>{e(x['ts'])}</td><td>{e(str(x['kind']))}</td>"
            f"<td>{e(str(x['account']))}</td><td>{e(str(x['decision']))}</td>"
            f"<td><code>{e(str(x['hash'])[:16])}</code></td></tr>"
            for x in evidence["audit_entries"]
        )
        or "<tr><td colspan=6>No audit entries name these accounts.</td></tr>"
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Distillation evidence: {e(evidence["subject"])}</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto}}td,th{{border:1px solid #ccc;
padding:3px 6px;font-size:13px;vertical-align:top}}table{{border-collapse:collapse}}</style></head><body>
<h1>Distillation evidence: {e(evidence["subject"])}</h1>
<p>Generated {e(evidence["generated_at"])} ({e(evidence["package"])}). The SHA-256 of every file of
this package is in <code>manifest.json</code>.</p>
<h2>Summary</h2><p>{e(evidence["summary"])}</p>
<p><i>{e(evidence["how_accounts_are_tied"])}</i></p>
<h2>What ties the accounts</h2><table><tr><th>Kind</th><th>Value</th><th>Accounts</th><th>Bits</th>
<th>Why this weight</th></tr>{ties or "<tr><td colspan=5>Single account: no ties.</td></tr>"}</table>
<p>{picture}</p>
<h2>Accounts</h2><table><tr><th>Account</th><th>Score</th><th>Flagged</th><th>Why</th></tr>{accounts}</table>
<h2>Timelines</h2><table><tr><th>Account</th><th>First request</th><th>Last request</th>
<th>Requests</th><th>Output tokens</th><th>API keys</th></tr>{timelines}</table>
<h2>Sample requests</h2><table><tr><th>Account</th><th>Time</th><th>IP</th><th>Prompt (excerpt)</th>
<th>Output tokens</th></tr>{samples}</table>
<h2>Watermark evidence</h2><ul>{marks}</ul>
<h2>Audit entries</h2><table><tr><th>Seq</th><th>Time</th><th>Kind</th><th>Account</th><th>Decision</th>
<th>Hash</th></tr>{audit}</table></body></html>
"""


def write_report(evidence: dict[str, Any], out_dir: Path) -> Path:
    """HTML, JSON and the graph picture, with the manifest; returns the manifest's path."""
    files = {
        "summary.html": render_html(evidence).encode("utf-8"),
        "evidence.json": (
            json.dumps(evidence, indent=1, ensure_ascii=False, default=str) + "\n"
        ).encode("utf-8"),
        "graph.svg": graph_svg(evidence).encode("utf-8"),
    }
    write_files(
        out_dir,
        files,
        f"Distillation evidence: {evidence['subject']} ({PACKAGE_VERSION})",
        str(evidence["generated_at"]),
    )
    return out_dir / MANIFEST


def html_from_store(store: Any, account_id: str) -> str | None:
    """The report page for an account, built from the store's usage and audit log (the console's
    link from an alert). None when the store holds no usage of the account."""
    from exportgate.audit.log import AuditLog

    records = list(store.iter_usage())
    result = scan(records)
    try:
        evidence = build_evidence(account_id, result, records)
    except SubjectNotFound:
        return None
    members = {a["account_id"] for a in evidence["accounts"]}
    audit = audit_entries(AuditLog(store).rows(), members)
    return render_html(build_evidence(account_id, result, records, audit), inline_graph=True)
