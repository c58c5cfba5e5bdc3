"""Why each account of a usage set is (or is not) held: the account detector's parts, per account.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_explain.py [FOLDER] [--cache F]
        [--all] [--group developer]

The first stage's observations (one per usage record) are computed once and cached (pickle), so
that the account evidence can be changed and replayed in seconds. Printed: per group accounts
flagged, then every flagged benign account (or every account with ``--all``) with its parts and
reasons.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from exportgate.bypass.account import (  # noqa: E402
    AccountConfig,
    AccountReport,
    AccountState,
    Observation,
    observation,
    split_turns,
)


def observations(folder: Path, cache: Path) -> dict[str, list[Observation]]:
    if cache.exists():
        data: dict[str, list[Observation]] = pickle.loads(cache.read_bytes())
        return data
    from exportgate.bypass.account import blocked_by_gateway
    from exportgate.bypass.detector import Detector
    from exportgate.bypass.structure import content_text
    from exportgate.records import UsageRecord, parse_lines

    detector = Detector()
    per: dict[str, list[UsageRecord]] = defaultdict(list)
    with (folder / "accounts.jsonl").open("rb") as fh:
        for _n, rec in parse_lines(UsageRecord, fh):
            if isinstance(rec, UsageRecord):
                per[rec.account_id or "(anonymous)"].append(rec)
    out: dict[str, list[Observation]] = {}
    for acct, recs in per.items():
        obs = []
        for r in sorted(recs, key=lambda r: r.ts):
            messages = [(m.role, content_text(m.content)) for m in r.messages]
            last, earlier = split_turns(messages)
            v = detector.classify(messages)
            obs.append(observation(acct, r.ts, last, v, r.refused, earlier, blocked_by_gateway(r)))
        out[acct] = obs
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def replay(obs: dict[str, list[Observation]], config: AccountConfig) -> dict[str, AccountReport]:
    reports = {}
    for acct, items in obs.items():
        state = AccountState(acct, config)
        for o in items:
            state.fold(o)
        reports[acct] = state.report()
    return reports


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(HERE / "independent_g"))
    parser.add_argument("--cache", default="/tmp/bypassacct/g_obs.pkl")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--group", default="")
    args = parser.parse_args()
    folder = Path(args.folder)
    truth = {
        json.loads(x)["account_id"]: json.loads(x)
        for x in (folder / "labels_accounts.jsonl").read_text().splitlines()
        if x.strip()
    }
    reports = replay(observations(folder, Path(args.cache)), AccountConfig())
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for acct, rep in sorted(reports.items()):
        t = truth.get(acct, {})
        g = groups[f"{t.get('label')}:{t.get('group')}"]
        g[0] += int(rep.flagged)
        g[1] += 1
        show = args.all or (rep.flagged and t.get("label") != "attacker")
        if args.group:
            show = t.get("group") == args.group
        if show:
            print(
                f"{acct} {t.get('label')}:{t.get('group')} score {rep.score:.3f} "
                f"req {rep.requests} ref {rep.refusals} att {rep.attempts} parts {rep.parts}"
            )
            for r in rep.reasons:
                print(f"    {r}")
    for key, (hit, n) in sorted(groups.items()):
        print(f"{key}: {hit}/{n} flagged")


if __name__ == "__main__":
    main()
