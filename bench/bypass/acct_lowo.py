"""Leave-one-writer-out estimate of the account detector (step 2; step 1 is ``acct_dump.py``).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_dump.py
    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_lowo.py [--grid]

Every writer's usage records carry the verdicts of a first stage whose learned part was trained
without that writer. The account detector replays each writer's accounts; with ``--grid`` the
account weights are chosen on the other writers only (attacker accounts flagged minus four times
benign accounts flagged, averaged over writers) and the held-out writer is scored with them.
Printed: per held-out writer, per group, accounts flagged.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

from exportgate.bypass.account import AccountConfig, AccountReport, AccountState
from exportgate.bypass.detector import BypassConfig, Verdict

GROUPS = {"automated_fuzzer": "fuzzer", "multi_turn_escalator": "escalator"}
FLAG = BypassConfig().threshold  # the first stage's shipped threshold

# the weights searched with --grid (every combination). Round 8: the weight of different
# harmful clear asks spread over sessions, answered or not. Two shares stay 0 by rule and are
# searched only on request: ``repeat_wrapper_share`` (``--wrapper``; set G's agent transcripts,
# flagged for the instructions inside their data on several days, are the category it would
# hold, and the training writers have none) and ``repeat_flagged_share`` (``--flagged``;
# borderline flags never hold an account on their own: security teams and novelists meet them
# every week). RESULTS.md round 8 gives both grids' figures
GRID: dict[str, list[Any]] = {
    "repeat_weight": [0.0, 0.3, 0.45, 0.6],
    # round 10: the weight of a clear harmful ask (``harmful_asks``; 0: round 8) and the
    # first-stage score from which it counts
    "harm_weight": [0.0, 0.6, 0.85],
    "harm_score": [0.9, 0.95],
}

# round 12: the searched kinds of corroborating evidence (``--grid12`` searches these instead
# of ``GRID``): refused harmful asks below a clear attempt as confirmed attempts, persistence
# opened by an answered clear harmful ask, refused flags and clear jailbreak-wrapped attempts
# counted into the sessions of ``repeated_clear_attempts``
GRID12: dict[str, list[Any]] = {
    "refused_harm_score": [1.0, 0.85],
    "days_harmful": [False, True],
    "repeat_refused_share": [0.0, 1.0],
    "repeat_framing_share": [0.0, 1.0],
}

# round 10's account detector (what ``--round10`` replays): every round-12 change is a field
ROUND10: dict[str, Any] = {
    "review_asks": 0,
    "review_confirmed": False,
    "unconfirmed_cap": 0.75,
    "refused_harm_score": 1.0,
    "days_harmful": False,
    "repeat_refused_share": 0.0,
    "repeat_framing_share": 0.0,
    "repeat_refused_floor": 1.0,
}

# round 8's account detector (what ``--round8`` replays): every round-10 change is a field
ROUND8: dict[str, Any] = {"harm_weight": 0.0, **ROUND10}

# round 7's account detector (what ``--round7`` replays): every round-8 change is a field
ROUND7: dict[str, Any] = {"repeat_sessions": False, "burst_distinct": False, "repeat_weight": 0.0}


Prepared = list[tuple[str, float, str, Verdict, bool, tuple[str, ...]]]


def prepare(data: dict[str, Any]) -> Prepared:
    verdicts: dict[str, tuple[Verdict, tuple[str, ...]]] = {}
    for key, v in data["verdicts"].items():
        users = tuple(v["users"])
        verdicts[key] = (
            Verdict(
                score=v["score"],
                flagged=v["score"] >= FLAG,
                band=v["band"],
                area="none",
                families=list(v["families"]),
                reasons=[],
                language=v["language"],
            ),
            users[:-1],
        )
    return [
        (
            r["account_id"],
            r["ts"],
            r["text"],
            *verdicts[r["key"]][:1],
            r["refused"],
            verdicts[r["key"]][1],
        )
        for r in data["records"]
    ]


def replay(
    rows: Prepared, config: AccountConfig, reports: dict[str, AccountReport] | None = None
) -> dict[str, bool]:
    out: dict[str, bool] = {}
    state: AccountState | None = None

    def close(state: AccountState) -> None:
        report = state.report()
        out[state.account_id] = report.flagged
        if reports is not None:
            reports[state.account_id] = report

    for account, ts, text, verdict, refused, earlier in rows:
        if state is None or state.account_id != account:
            if state is not None:
                close(state)
            state = AccountState(account, config)
        state.observe(dt.datetime.fromtimestamp(ts, tz=dt.UTC), text, verdict, refused, earlier)
    if state is not None:
        close(state)
    return out


def groups(flags: dict[str, bool], labels: dict[str, tuple[str, str]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for account, flagged in flags.items():
        label, group = labels.get(account, ("benign", "?"))
        for key in (f"{label}:{GROUPS.get(group, group)}", label):
            out[key][0] += int(flagged)
            out[key][1] += 1
    return dict(out)


def rate(cell: list[int] | None) -> float:
    return cell[0] / cell[1] if cell and cell[1] else 0.0


def objective(results: list[dict[str, list[int]]]) -> float:
    att = sum(rate(r.get("attacker")) for r in results) / len(results)
    ben = sum(rate(r.get("benign")) for r in results) / len(results)
    return att - 4.0 * ben


def _changed(config: AccountConfig) -> dict[str, Any]:
    """The fields that differ from the shipped defaults."""
    default = AccountConfig()
    return {
        f.name: getattr(config, f.name)
        for f in dataclasses.fields(AccountConfig)
        if getattr(config, f.name) != getattr(default, f.name)
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verdicts", default="/tmp/bypassacct/verdicts.pkl")
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--round7", action="store_true", help="replay round 7's settings")
    parser.add_argument("--round8", action="store_true", help="replay round 8's settings")
    parser.add_argument("--round10", action="store_true", help="replay round 10's settings")
    parser.add_argument("--grid12", action="store_true", help="search round 12's fields")
    parser.add_argument("--wrapper", action="store_true", help="search repeat_wrapper_share too")
    parser.add_argument("--flagged", action="store_true", help="search repeat_flagged_share too")
    parser.add_argument(
        "--show", action="store_true", help="print held benign and missed attacker accounts"
    )
    args = parser.parse_args()
    dump = pickle.loads(Path(args.verdicts).read_bytes())
    # writers with account traces (T5 has prompts only)
    writers = [w for w in dump["writers"] if dump["writers"][w]["records"]]
    prepared = {w: prepare(dump["writers"][w]) for w in writers}
    labels = {w: dump["writers"][w]["labels"] for w in writers}
    base = AccountConfig()
    if args.round7:
        base = dataclasses.replace(base, **ROUND7, **ROUND8)
    elif args.round8:
        base = dataclasses.replace(base, **ROUND8)
    elif args.round10:
        base = dataclasses.replace(base, **ROUND10)
    configs = [base]
    if args.wrapper:
        GRID["repeat_wrapper_share"] = [0.0, 0.25, 0.5]
    if args.flagged:
        GRID["repeat_flagged_share"] = [0.0, 0.25, 0.5]
    grid = GRID12 if args.grid12 else GRID if args.grid else {}
    if grid:
        names = list(grid)
        configs += [
            dataclasses.replace(base, **dict(zip(names, values, strict=True)))
            for values in itertools.product(*(grid[n] for n in names))
        ]
    table = [{w: groups(replay(prepared[w], c), labels[w]) for w in writers} for c in configs]
    group_names = sorted({g for r in table[0].values() for g in r if ":" in g})
    print(
        f"first-stage verdicts: source {dump['source']}, flag at {FLAG}; account threshold "
        f"{AccountConfig().threshold}\n"
    )
    print(
        "| held out | chosen on the others | " + " | ".join(group_names) + " | attackers | benign |"
    )
    print("|---" * (len(group_names) + 4) + "|")
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for held in writers:
        others = [w for w in writers if w != held]
        best = max(
            range(len(configs)),
            key=lambda i: (objective([table[i][w] for w in others]), -i if i else 1),
        )
        res = table[best][held]
        changed = _changed(configs[best])
        for g, cell in res.items():
            pooled[g][0] += cell[0]
            pooled[g][1] += cell[1]
        print(
            f"| {held} | {changed or 'defaults'} | "
            + " | ".join(f"{res[g][0]}/{res[g][1]}" if g in res else "-" for g in group_names)
            + f" | {rate(res.get('attacker')):.3f} | {rate(res.get('benign')):.3f} |"
        )
    print(
        "| pooled | | "
        + " | ".join(f"{pooled[g][0]}/{pooled[g][1]}" for g in group_names)
        + f" | {rate(pooled['attacker']):.3f} | {rate(pooled['benign']):.3f} |"
    )
    if args.show:
        for held in writers:
            reports: dict[str, AccountReport] = {}
            replay(prepared[held], base, reports)
            for account, report in sorted(reports.items()):
                label, group = labels[held].get(account, ("benign", "?"))
                if report.flagged != (label == "attacker"):
                    wrong = "held" if report.flagged else "missed"
                    print(f"{held} {account} {label}:{group} {wrong} {report.score} {report.parts}")
    if grid:
        scores = sorted(
            ((objective(list(r.values())), i) for i, r in enumerate(table)), reverse=True
        )[:5]
        print("\nbest on all writers (for the shipped defaults):")
        for s, i in scores:
            print(f"  {s:.3f} {_changed(configs[i]) or 'defaults'}")


if __name__ == "__main__":
    main()
