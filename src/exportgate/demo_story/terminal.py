"""The demo's terminal summary: plain text in 80 columns, the same on a terminal, in a pipe or
in a CI log; short reason codes here, the full messages in the HTML report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

WIDTH = 80
COLUMNS = ((31, "Scenario"), (10, "Model"), (7, "Outcome"), (28, "Reason code"))


def _cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(values: tuple[str, ...]) -> str:
    return " ".join(
        _cell(v, w).ljust(w) for (w, _), v in zip(COLUMNS, values, strict=True)
    ).rstrip()


def summary_lines(result: dict[str, Any]) -> list[str]:
    """Every line of the summary, none longer than :data:`WIDTH`."""
    lines = [
        _cell(f"Upstream: {result['upstream']}", WIDTH),
        _cell(f"Accounts: {result['imported']}", WIDTH),
        "",
        _row(tuple(title for _, title in COLUMNS)),
        _row(tuple("-" * w for w, _ in COLUMNS)),
    ]
    for o in result["outcomes"]:
        decision = o.decision.upper() + ("" if o.as_expected else "!")
        lines.append(_row((o.scenario.label, o.scenario.model, decision, o.code)))
    bad = [o for o in result["outcomes"] if not o.as_expected]
    if bad:
        lines.append(f"! {len(bad)} request(s) did not get the expected decision")
    lines.append("")
    story = result.get("story")
    if story is not None:
        c = story.campaign
        served, benign = c.benign_served()
        if c.caught:
            lines.append(
                _cell(
                    f"Distillation: {len(c.accounts)}-account campaign held after "
                    f"{c.flagged_at_s:.1f} s; ordinary users {served}/{benign} served",
                    WIDTH,
                )
            )
        else:
            lines.append("Distillation: the campaign was NOT caught")
        for check in story.watermark.checks:
            verdict = "watermarked" if check.watermarked else "not watermarked"
            lines.append(
                _cell(f"Watermark: {check.short}: {verdict} (p = {check.p_value:.2g})", WIDTH)
            )
        p = story.pause
        refused = sum(1 for r in p.requests if r.phase == "pause on" and r.status != 200)
        served_on = sum(1 for r in p.requests if r.phase == "pause on" and r.status == 200)
        after = [r for r in p.requests if r.phase == "pause off"]
        back = sum(1 for r in after if r.status == 200)
        lines.append(
            _cell(
                f"Pause drill: while on {refused} refused, {served_on} still served; "
                f"after off {back}/{len(after)} served",
                WIDTH,
            )
        )
    for number, step in enumerate(result.get("drill") or [], start=1):
        ok = sum(1 for o in step.outcomes if o.as_expected)
        lines.append(
            _cell(
                f"June order {number}: {step.step.title}: {ok}/{len(step.outcomes)} as expected",
                WIDTH,
            )
        )
    lines.append(_cell(f"Usage records: {result['usage_records']} · {result['audit']}", WIDTH))
    lines.append(f"Review queue: {len(result['reviews'])} item(s)")
    lines.append("")
    lines.append("Report (full messages, charts):")
    lines.append(f"  {result['report']}")
    lines.append("Next, open the compliance console over the demo's store:")
    if story is not None:
        lines.append(f"  EXPORTGATE_CONSOLE_TOKEN={story.console.token} \\")
        lines.append(f"    .venv/bin/exportgate serve --config {story.console.config}")
        lines.append(f"  then browse {story.console.url}")
    return lines


def print_summary(result: dict[str, Any], echo: Callable[[str], None] = print) -> None:
    for line in summary_lines(result):
        echo(line)
