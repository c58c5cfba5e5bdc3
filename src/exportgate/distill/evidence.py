"""Human-readable evidence: one Markdown file per flagged account and per flagged cluster."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from exportgate.distill.features import features
from exportgate.records import DetectorEvidence

if TYPE_CHECKING:
    from exportgate.distill.scan import ClusterResult, ScanResult

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

FEATURE_WORDS = {
    "requests": "requests in the window",
    "requests_per_day": "requests per day",
    "output_tokens_per_day": "output tokens per day",
    "mean_output_tokens": "mean output tokens per answer",
    "long_output_share": "share of answers with 500+ tokens",
    "single_turn_share": "share of single-turn requests",
    "template_share": "share of requests reusing a prompt frame",
    "duplicate_share": "share of exact repeat prompts",
    "cot_share": "share asking for written-out reasoning",
    "judge_share": "share asking to grade or compare answers",
    "hour_entropy": "evenness over the 24 hours (1 = no daily rhythm)",
    "sustained_share": "share of hours active within the span",
    "languages": "languages used",
    "topics": "subject areas covered",
    "subnet_spread": "distinct /24 networks per request",
    "account_age_days": "account age at first request (days)",
}


def _file_name(name: str) -> str:
    return _SAFE.sub("_", name)[:120] or "unnamed"


def _table(feats: dict[str, float]) -> list[str]:
    lines = ["| measure | value |", "|---|---|"]
    for key, words in FEATURE_WORDS.items():
        if key in feats:
            value = feats[key]
            if key.endswith("_share"):
                shown = f"{value:.0%}"
            elif float(value).is_integer() or abs(value) >= 100:
                shown = f"{value:,.0f}"
            else:
                shown = f"{value:,.2f}"
            lines.append(f"| {words} | {shown} |")
    return lines


def account_markdown(
    row: DetectorEvidence, result: ScanResult, cluster: ClusterResult | None
) -> str:
    account_id = row.account_id
    sketch = result.sketches[account_id]
    lines = [
        f"# Distillation alert: account {account_id}",
        "",
        f"**Score {row.score:.2f}** (threshold crossed; own behaviour "
        f"{row.account_score or 0.0:.2f}).",
        "Code: DISTILLATION_SUSPECTED (review).",
        "",
        "## Why",
        *(f"- {reason}" for reason in row.reasons),
        "",
        "## Measurements",
        *_table(features(sketch)),
        "",
        "## Example requests",
    ]
    for kind, example in sketch.example_requests().items():
        lines.append(
            f"- *{kind}* — {example.ts} `{example.request_id}` from "
            f"{example.ip}: “{example.prompt}”"
        )
    lines.append("")
    lines.append("## Random sample of requests")
    for example in sketch.sample_requests():
        lines.append(
            f"- {example.ts} `{example.request_id}` ({example.completion_tokens} "
            f"output tokens): “{example.prompt}”"
        )
    if cluster is not None:
        lines += [
            "",
            f"## Cluster {cluster.id}",
            f"{len(cluster.members)} accounts, cluster score "
            f"{cluster.score.score:.2f}. See `{_file_name(cluster.id)}.md`.",
        ]
    return "\n".join(lines) + "\n"


def cluster_markdown(cluster: ClusterResult) -> str:
    lines = [
        f"# Distillation alert: {cluster.id}",
        "",
        f"**{len(cluster.members)} accounts, score {cluster.score.score:.2f}** when their traffic "
        "is read as one operation.",
        "",
        "## What ties them together",
        *(f"- {tie.text}" for tie in cluster.ties),
        "",
        "## Why the combined traffic looks like harvesting",
        *(f"- {reason}" for reason in cluster.score.reasons()),
        "",
        "## Combined measurements",
        *_table(cluster.features),
        "",
        "## Members",
        ", ".join(sorted(cluster.members)[:500]),
        "",
        "## Graph (account — shared attribute)",
        "```",
        *(f"{a} -- {b}" for a, b in cluster.graph.edges[:300]),
        "```",
    ]
    return "\n".join(lines) + "\n"


def write_evidence(result: ScanResult, directory: Path) -> int:
    """Write evidence for every flagged account and cluster; returns the number of files."""
    directory.mkdir(parents=True, exist_ok=True)
    by_member = {m: c for c in result.clusters for m in c.members}
    written = 0
    for cluster in result.clusters:
        if cluster.flagged:
            (directory / f"{_file_name(cluster.id)}.md").write_text(
                cluster_markdown(cluster), "utf-8"
            )
            (directory / f"{_file_name(cluster.id)}.json").write_text(
                json.dumps(cluster.to_dict(), ensure_ascii=False, indent=1), "utf-8"
            )
            written += 2
    for row in result.rows:
        if row.flagged:
            text = account_markdown(row, result, by_member.get(row.account_id))
            (directory / f"{_file_name(row.account_id)}.md").write_text(text, "utf-8")
            written += 1
    return written
