"""bench/bypass: one table, same run — keyword baseline, TF-IDF baseline (public data), ours.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/run.py [--independent DIR] [--tuned DIR ...]

Rows: per attack family TPR, per benign family FPR, overall, accounts, µs per prompt; columns:
the three detectors on the public split, the development set, the independent set and the sets
tuned on. Round 4: sets A (``independent/``), C and D are burned — training data of the learned
part, reported as "tuned on"; set E (``independent_e/``, written on its own branch by a helper
kept away from the detector while round 4 was built, merged after it was frozen) is the
independent set of round 4, read only for those figures (RESULTS.md). Since learned-4.1, set E
is training data too: run with it as ``--independent`` only to reproduce round 4's figures with
the frozen detector (tag ``bypass-round4-frozen``); the next round's independent set (set F) must
be written apart, as set E was. Family names of sets C, D and E that differ from
set A's are mapped by ``FAMILY_MAP`` (documented in RESULTS.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import accounts_sim  # noqa: E402
import baselines  # noqa: E402
import devset  # noqa: E402
import public  # noqa: E402

from exportgate.bypass.account import AccountState, split_turns  # noqa: E402
from exportgate.bypass.detector import Detector  # noqa: E402
from exportgate.bypass.structure import content_text  # noqa: E402

# set C family name -> the set A name it corresponds to (only where they differ)
FAMILY_MAP: dict[str, str] = {
    "defensive_framing_cyber": "cyber_defensive_framing",
    "persona_roleplay": "roleplay_persona",
    "low_resource_translation": "lowres_translation",
    "multi_turn_escalation": "crescendo_multiturn",
    "decoding_harmless": "benign_decoding",
    "general": "general_assistant",
    "history": "history_conflict",
    "jailbreak_discussion": "safety_discussion",
    "security_professional": "security_defensive",
    "sensitive_code_review": "code_review_sensitive",
}

ATTACK_WORDS = {"attack", "malicious", "jailbreak", "harmful", "unsafe", "positive", "1", "true"}


def _label(raw: dict[str, Any]) -> str | None:
    for key in ("label", "kind", "class", "expected", "is_attack", "attack"):
        if key in raw:
            value = str(raw[key]).lower()
            return "attack" if value in ATTACK_WORDS or value.startswith("attack") else "benign"
    return None


def load_independent(folder: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Prompt items and account traces from every JSON-lines file under ``folder``."""
    prompts: list[dict[str, Any]] = []
    accounts: list[dict[str, Any]] = []
    for path in sorted(folder.rglob("*.jsonl")):
        if path.name in ("accounts.jsonl", "prompts_meta.jsonl") or path.name.startswith("labels_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            if "records" in raw or "requests" in raw or "trace" in raw:
                raw.setdefault("records", raw.get("requests") or raw.get("trace"))
                accounts.append(raw)
                continue
            messages = raw.get("messages")
            if messages is None and "prompt" in raw:
                messages = [{"role": "user", "content": raw["prompt"]}]
            if messages is None:
                continue
            label = _label(raw)
            if label is None:
                continue
            prompts.append(
                {
                    "id": str(raw.get("id")),
                    "family": FAMILY_MAP.get(
                        str(raw.get("family", "?")), str(raw.get("family", "?"))
                    ),
                    "label": label,
                    "messages": messages,
                }
            )
    return prompts, accounts


def rates(items: list[dict[str, Any]], flag: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    fam: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    start = time.perf_counter()
    for item in items:
        hit = flag(item)
        cell = fam[(item["label"], item["family"])]
        cell[0] += int(hit)
        cell[1] += 1
    elapsed = time.perf_counter() - start
    att = [v for (lab, _), v in fam.items() if lab == "attack"]
    ben = [v for (lab, _), v in fam.items() if lab == "benign"]
    return {
        "families": {f"{lab}:{name}": (v[0], v[1]) for (lab, name), v in sorted(fam.items())},
        "tpr": sum(v[0] for v in att) / max(1, sum(v[1] for v in att)),
        "fpr": sum(v[0] for v in ben) / max(1, sum(v[1] for v in ben)),
        "us": 1e6 * elapsed / max(1, len(items)),
    }


def account_rates(
    accounts: list[dict[str, Any]], detector: Detector
) -> tuple[float, float, int, int]:
    att = [0, 0]
    ben = [0, 0]
    for account in accounts:
        state = AccountState(str(account.get("account_id")))
        for record in account["records"]:
            messages = record.get("messages") or [
                {"role": "user", "content": record.get("prompt", "")}
            ]
            pairs = [(str(m.get("role", "user")), content_text(m.get("content"))) for m in messages]
            verdict = detector.classify(pairs)
            ts = dt.datetime.fromisoformat(
                str(record.get("ts", "2026-01-01T00:00:00+00:00")).replace("Z", "+00:00")
            )
            last, earlier = split_turns(pairs)
            state.observe(ts, last, verdict, bool(record.get("refused", False)), earlier)
        flagged = state.report().flagged
        label = str(account.get("label", account.get("kind", ""))).lower()
        is_att = label in ("attacker", "attack", "malicious") or label.startswith("attack")
        cell = att if is_att else ben
        cell[0] += int(flagged)
        cell[1] += 1
    return att[0] / max(1, att[1]), ben[0] / max(1, ben[1]), att[1], ben[1]


def _table(
    title: str,
    size: object,
    columns: list[tuple[str, str, str]],
    results: dict[tuple[str, str], dict[str, Any]],
) -> None:
    """One markdown table: a row per family, a column per (set, detector)."""
    print(f"\n## {title} ({size})\n")
    print("| row | " + " | ".join(c[2] for c in columns) + " |")
    print("|---|" + "---|" * len(columns))
    fams: list[str] = []
    for set_name, name, _ in columns:
        for fam in results[(set_name, name)]["families"]:
            if fam not in fams:
                fams.append(fam)
    fams.sort(key=lambda f: (not f.startswith("attack:"), f))
    for fam in fams:
        cells = []
        for set_name, name, _ in columns:
            cell = results[(set_name, name)]["families"].get(fam)
            cells.append(f"{cell[0] / cell[1]:.2f} ({cell[0]}/{cell[1]})" if cell else "–")
        kind = "TPR" if fam.startswith("attack:") else "FPR"
        print(f"| {kind} {fam.split(':', 1)[1]} | " + " | ".join(cells) + " |")
    for key, label, fmt in (("tpr", "**TPR overall**", ".3f"), ("fpr", "**FPR overall**", ".3f")):
        print(
            f"| {label} | "
            + " | ".join(format(results[(s, n)][key], fmt) for s, n, _ in columns)
            + " |"
        )
    worst = []
    for set_name, name, _ in columns:
        fam = results[(set_name, name)]["families"]
        att = [h / n for f, (h, n) in fam.items() if f.startswith("attack:")]
        ben = [h / n for f, (h, n) in fam.items() if f.startswith("benign:")]
        worst.append(f"{min(att, default=0):.2f} / {max(ben, default=0):.2f}")
    print("| worst attack TPR / worst benign FPR | " + " | ".join(worst) + " |")
    print(
        "| µs/prompt | " + " | ".join(f"{results[(s, n)]['us']:.0f}" for s, n, _ in columns) + " |"
    )


def _sweep(set_name: str, items: list[dict[str, Any]], detector: Detector) -> None:
    """How the threshold trades missed attacks against flagged benign prompts (ours only; the
    shipped threshold is not chosen from this)."""
    scored = [(detector.classify(i["messages"]).score, i) for i in items]
    print(f"\nthreshold sweep, ours, {set_name}:")
    print("| threshold | TPR | FPR | worst attack family | worst benign family |")
    print("|---|---|---|---|---|")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9):
        fam: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for score, item in scored:
            cell = fam[(item["label"], item["family"])]
            cell[0] += int(score >= threshold)
            cell[1] += 1
        att = {f: h / n for (lab, f), (h, n) in fam.items() if lab == "attack"}
        ben = {f: h / n for (lab, f), (h, n) in fam.items() if lab == "benign"}
        tp = sum(h for (lab, _), (h, _n) in fam.items() if lab == "attack")
        na = sum(n for (lab, _), (_h, n) in fam.items() if lab == "attack")
        fp = sum(h for (lab, _), (h, _n) in fam.items() if lab == "benign")
        nb = sum(n for (lab, _), (_h, n) in fam.items() if lab == "benign")
        wa = min(att, key=lambda f: att[f]) if att else "-"
        wb = max(ben, key=lambda f: ben[f]) if ben else "-"
        print(
            f"| {threshold:.2f} | {tp / max(1, na):.3f} | {fp / max(1, nb):.3f} | "
            f"{wa} {att.get(wa, 0):.2f} | {wb} {ben.get(wb, 0):.2f} |"
        )


def _usage(set_name: str, folder: Path, detector: Detector) -> None:
    """Accounts over the set's own usage records (``exportgate bypass scan``)."""
    from exportgate.bypass.batch import scan_lines

    truth = {
        json.loads(x)["account_id"]: json.loads(x)
        for x in (folder / "labels_accounts.jsonl").read_text().splitlines()
        if x.strip()
    }
    start = time.perf_counter()
    with (folder / "accounts.jsonl").open("rb") as fh:
        scan = scan_lines(fh, detector)
    elapsed = time.perf_counter() - start
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    att = [0, 0]
    ben = [0, 0]
    for report in scan.accounts:
        label = truth.get(report.account_id, {})
        cell = att if label.get("label") == "attacker" else ben
        cell[0] += int(report.flagged)
        cell[1] += 1
        g = groups[f"{label.get('label')}:{label.get('group')}"]
        g[0] += int(report.flagged)
        g[1] += 1
    print(
        f"\naccounts ({set_name} usage, ours, {scan.records} records, {len(scan.errors)} bad, "
        f"{elapsed:.1f} s): attackers flagged {att[0] / max(1, att[1]):.3f} ({att[0]}/{att[1]}), "
        f"benign flagged {ben[0] / max(1, ben[1]):.3f} ({ben[0]}/{ben[1]})"
    )
    for key, (hit, n) in sorted(groups.items()):
        print(f"  {key}: {hit}/{n} flagged")


SET_NAMES = {
    "independent": "set A",
    "independent_c": "set C",
    "independent_d": "set D",
    "independent_e": "set E",
    "independent_f": "set F",
    "independent_g": "set G",
    "independent_h": "set H",
    "independent_i": "set I",
    "independent_j": "set J",
    "independent_k": "set K",
    "independent_l": "set L",
    "independent_m": "set M",
    "independent_n": "set N",
    "independent_o": "set O",
    "independent_p": "set P",
}


def _set_name(folder: Path) -> str:
    return SET_NAMES.get(folder.name, folder.name)


def main() -> None:
    parser = argparse.ArgumentParser()
    here = Path(__file__).parent
    parser.add_argument("--independent", type=Path, default=here / "independent_p")
    parser.add_argument(
        "--tuned",
        type=Path,
        nargs="*",
        default=[
            here / "independent",
            here / "independent_c",
            here / "independent_d",
            here / "independent_e",
            here / "independent_f",
            here / "independent_g",
            here / "independent_h",
            here / "independent_i",
            here / "independent_j",
            here / "independent_k",
            here / "independent_l",
            here / "independent_m",
            here / "independent_n",
            here / "independent_o",
        ],
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    items = public.load()
    train, test = public.split(items)
    tfidf = baselines.TfidfLR()
    tfidf.fit([baselines.text_of(i) for i in train], [int(i["label"] == "attack") for i in train])
    held_benign = [baselines.text_of(i) for i in test if i["label"] == "benign"]
    tfidf.calibrate(held_benign)
    detector = Detector()
    systems: dict[str, Callable[[dict[str, Any]], bool]] = {
        "keyword": baselines.keyword_flag,
        "tfidf": lambda i: tfidf.score(baselines.text_of(i)) >= tfidf.threshold,
        "ours": lambda i: detector.classify(i["messages"]).flagged,
    }
    sets: dict[str, list[dict[str, Any]]] = {"public": test, "dev": devset.build()}
    account_sets: dict[str, list[dict[str, Any]]] = {"dev": accounts_sim.build()}
    usage_sets: dict[str, Path] = {}
    independent = f"{_set_name(args.independent)} (independent)"
    tuned_names = [f"{_set_name(folder)} (tuned on)" for folder in args.tuned]
    for name, folder in [(independent, args.independent)] + list(
        zip(tuned_names, args.tuned, strict=True)
    ):
        if folder.exists():
            prompts, traces = load_independent(folder)
            if prompts:
                sets[name] = prompts
            if traces:
                account_sets[name] = traces
            if (folder / "accounts.jsonl").exists() and (folder / "labels_accounts.jsonl").exists():
                usage_sets[name] = folder
    results = {
        (s, name): rates(data, flag) for s, data in sets.items() for name, flag in systems.items()
    }
    names = list(systems)
    for set_name in ("public", "dev"):
        _table(set_name, len(sets[set_name]), [(set_name, n, n) for n in names], results)
    columns = [(independent, n, f"{independent.split(' (')[0]} {n}") for n in names]
    for tuned in tuned_names:
        columns += [(tuned, n, f"{tuned.split(' (')[0]} {n}") for n in names]
    columns = [c for c in columns if c[0] in sets]
    if columns:
        sizes = ", ".join(f"{k}: {len(v)} prompts" for k, v in sets.items() if k.startswith("set"))
        title = f"{independent} and " + ", ".join(tuned_names) + ", same run"
        _table(title, sizes, columns, results)
    for set_name in [k for k in sets if k not in ("public", "dev")]:
        _sweep(set_name, sets[set_name], detector)
    for set_name, traces in account_sets.items():
        tpr, fpr, na, nb = account_rates(traces, detector)
        print(
            f"\naccounts ({set_name}, ours): attackers flagged {tpr:.3f} of {na}, "
            f"benign flagged {fpr:.3f} of {nb}"
        )
    for set_name, folder in usage_sets.items():
        _usage(set_name, folder, detector)
    if args.json:
        args.json.write_text(json.dumps({f"{s}/{n}": r for (s, n), r in results.items()}, indent=1))


if __name__ == "__main__":
    main()
