"""Realistic-variant screening benchmark (issue 17): what customers actually type.

    .venv/bin/python bench/screening/realistic.py [--half report|tune|all] [--no-peers] [--misses]
        [--base REV]

Queries: ``data/realistic_variants.csv.gz`` (variants of shipped SDN / UN entries, see
``make_realistic.py``) and ``data/innocent_real.csv.gz`` (3,000 real people and companies from
PyPI packages). Figures for the *report* half by default; the tune half was the only one whose
misses were read while building rules.

Measured, against every shipped list, on one core, in this process:

* recall: the variant's own entry (or an entry with the same name) among the top 3 at or above
  the review threshold, by category;
* innocent alert rate: share of innocent names with any match at or above review;
* latency per query (wall and CPU, first pass, nothing memoised from an earlier pass), p50 / p99
  / max, batch throughput per CPU second;
* cold first query per script, in a fresh process right after ``default_screener()``.

Peers on the same queries in the same run: rapidfuzz ``token_sort_ratio`` brute force over every
list name (threshold chosen on the tune half of this set), and nomenklatura ``logic-v2`` (live,
from ``bench/screening/.venv``, see ``peer_logic_v2.py``) scoring rapidfuzz's 10 best list names
per query at its 0.70 threshold.
"""

from __future__ import annotations

import argparse
import csv
import gc
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: the code under test (``--base`` runs an earlier revision's ``src`` in a child process)
SRC = Path(os.environ.get("REALISTIC_SRC", str(ROOT / "src")))
sys.path.insert(0, str(SRC))

from exportgate.screening.normalize import normal_form  # noqa: E402
from exportgate.screening.screener import default_screener  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
PEER_PY = Path(__file__).resolve().parent / ".venv" / "bin" / "python"


#: quotation marks around a name ("CJSC «Svyaz Engineering»"): punctuation, not part of it
QUOTES = str.maketrans({q: " " for q in "«»‹›\"“”„‟'‘’‚‛「」『』"})


def plain_name(name: str) -> str:
    """A name with legal forms (rigour), quotation marks, commas and dots removed, case-folded:
    the form in which an innocent name is compared with the listed names."""
    from rigour.names import remove_org_types

    text = name.casefold().translate(QUOTES)
    return " ".join(remove_org_types(text).replace(",", " ").replace(".", " ").split())


def listed_names(ents) -> set[str]:  # type: ignore[no-untyped-def]
    """List names with legal forms removed (rigour), case-folded: an "innocent" name equal to one
    of these is the listed name itself (HMN Technologies, Svyaz Engineering), a true hit for any
    screener, and is left out of the innocent set (counted in the table). The rule uses rigour
    and string equality only, not the screener under test."""
    return {plain_name(a.name) for e in ents for a in e.all_names()}


COLD_SCRIPTS = {
    "Latin": "Maria Gonzalez Ortega",
    "Thai": "สมชาย วงศ์สวัสดิ์",
    "Han": "王小明",
    "Hangul": "박지성",
    "Kana": "ヤマダ タロウ",
    "Arabic": "محمد عبد الرحمن",
    "Cyrillic": "Иван Петрович Сидоров",
    "Greek": "Γιώργος Παπαδόπουλος",
    "Hebrew": "משה כהן",
    "Devanagari": "राहुल शर्मा",
    "Khmer": "សុខ ចាន់",
    "Armenian": "Արամ Պետրոսյան",
    "Georgian": "გიორგი ბერიძე",
}

COLD_CHILD = """
import json, sys, time
sys.path.insert(0, {src!r})
t = time.perf_counter()
from exportgate.screening.screener import default_screener
s = default_screener()
start = time.perf_counter() - t
out = {{"startup_s": start}}
for script, name in {names!r}.items():
    t = time.perf_counter()
    s.screen(name)
    out[script] = (time.perf_counter() - t) * 1000
print(json.dumps(out))
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * q))]


def cold_starts() -> dict[str, float]:
    code = COLD_CHILD.format(src=str(SRC), names=COLD_SCRIPTS)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--half", default="report", choices=("report", "tune", "all", "a", "b"))
    ap.add_argument(
        "--set",
        default="realistic",
        choices=(
            "realistic",
            "dev",
            "devcheck",
            "dev2",
            "devcheck2",
            "independent",
            "independent2",
        ),
        help="dev: the development set of make_dev.py (halves a / b / all; misses may be read); "
        "devcheck: its check set (another seed, other entries and names); dev2 / devcheck2: "
        "the second development and check sets (make_dev.py --more); independent: the check set "
        "written apart from the screening code (bench/screening/independent/, run only; burned "
        "after its one run); independent2: the second such set (bench/screening/independent2/)",
    )
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument(
        "--misses", action="store_true", help="print misses and alerts (tune half only)"
    )
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument(
        "--base",
        metavar="REV",
        help="also run an earlier revision's code on the same queries, first, in a child "
        "process (its own index cache), and print it as a column beside this code's",
    )
    ap.add_argument("--ours-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.misses and args.half != "tune" and args.set == "realistic":
        ap.error("--misses reads misses for rules: tune half or the dev set only")
    if (args.set != "realistic") != (args.half in ("a", "b")) and args.half != "all":
        ap.error("the dev set has halves a / b / all; the realistic set tune / report / all")

    fig: dict[str, object] = {}
    if args.base:
        fig["base"] = run_base(args.base, args.half, args.set)
    fig["cold"] = cold_starts()
    screener = default_screener()
    review = screener.review_threshold
    ents = screener.entities
    if args.set != "realistic":
        variants_all = read_csv(DATA / f"{args.set}_variants.csv.gz")
        innocent_all = read_csv(DATA / f"{args.set}_innocent.csv.gz")
    else:
        variants_all = read_csv(DATA / "realistic_variants.csv.gz")
        innocent_all = read_csv(DATA / "innocent_real.csv.gz")
    keep = (lambda r: True) if args.half == "all" else (lambda r: r["half"] == args.half)  # noqa: E731
    variants = [r for r in variants_all if keep(r)]
    listed = listed_names(ents)

    # the dev set's common names are often a listed name in another order ("Sergei Ivanov" /
    # "IVANOV, Sergei"): there the words are compared as a set (the realistic set keeps its rule)
    listed_sets = (
        {" ".join(sorted(n.split())) for n in listed} if args.set != "realistic" else set()
    )

    def is_listed(name: str) -> bool:
        plain = plain_name(name)
        return plain in listed or " ".join(sorted(plain.split())) in listed_sets

    innocent = [r for r in innocent_all if keep(r) and not is_listed(r["name"])]
    fig["innocent_listed"] = [r["name"] for r in innocent_all if keep(r) and is_listed(r["name"])]

    # entries with the same name as the variant's source count as found (CSL repeats the SDN)
    # (outside the realistic set, in any word order: the UN's names are given name first, the
    # SDN's family name first, and a set's writer may join a list's name parts either way)
    def name_key(name: str, kind: str | None) -> str:
        form = normal_form(name, kind)
        return form if args.set == "realistic" else " ".join(sorted(form.split()))

    same_name: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in ents:
        for a in e.all_names():
            same_name[name_key(a.name, e.kind)].add((e.list, e.list_id))

    def gold_of(r: dict[str, str]) -> set[tuple[str, str]]:
        g = {(r["list"], r["list_id"])}
        kind = r["kind"] or None
        return g | same_name.get(name_key(r["list_name"], kind), set())

    # this benchmark's own tables (and the tokenisations of every list name they took) live
    # to the end: out of the cyclic collector's reach like the screener's index (see
    # screener._default), or a full collection walking them lands on whichever query triggers it
    gc.freeze()

    wall: list[float] = []
    cpu: list[float] = []
    found: dict[str, list[bool]] = defaultdict(list)
    misses: list[str] = []
    t_all = time.perf_counter()
    c_all = time.process_time()
    for r in variants:
        t = time.perf_counter()
        c = time.process_time()
        ms = screener.screen(r["query"], kind=r["kind"] or None, limit=10)
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
        gold = gold_of(r)
        ok = any((m.list, m.list_id) in gold for m in ms[:3])
        found[r["category"]].append(ok)
        if not ok:
            top = f"{ms[0].matched_name} {ms[0].score:.2f}" if ms else "-"
            misses.append(
                f"MISS {r['category']:15} {r['query']!r} -> want {r['list_name']!r}; top: {top}"
            )
    alerts: list[str] = []
    alerts_by: dict[str, list[bool]] = defaultdict(list)
    for r in innocent:
        t = time.perf_counter()
        c = time.process_time()
        ms = screener.screen(r["name"], kind=r["kind"] or None, limit=3)
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
        alerts_by[r.get("category") or r["kind"]].append(bool(ms))
        if ms:
            alerts.append(
                f"ALERT {r.get('category', '')} {r['name']!r} -> {ms[0].matched_name!r} "
                f"{ms[0].score:.2f} ({ms[0].list})"
            )
    total_wall = time.perf_counter() - t_all
    total_cpu = time.process_time() - c_all
    n_q = len(variants) + len(innocent)
    all_found = [x for v in found.values() for x in v]
    fig["ours"] = {
        "recall": sum(all_found) / len(all_found),
        "by_category": {k: (sum(v) / len(v), len(v)) for k, v in sorted(found.items())},
        "alert_rate": len(alerts) / len(innocent),
        "alerts": len(alerts),
        "alerts_by": {k: (sum(v), len(v)) for k, v in sorted(alerts_by.items())},
        "p50_ms": statistics.median(wall) * 1000,
        "p99_ms": pct(wall, 0.99) * 1000,
        "max_ms": max(wall) * 1000,
        "cpu_p50_ms": statistics.median(cpu) * 1000,
        "cpu_p99_ms": pct(cpu, 0.99) * 1000,
        "cpu_max_ms": max(cpu) * 1000,
        "over_50ms": sum(w > 0.05 for w in wall),
        "qps_wall": n_q / total_wall,
        "qps_cpu": n_q / total_cpu,
    }
    fig["n"] = {
        "variants": len(variants),
        "innocent": len(innocent),
        "half": args.half,
        "set": args.set,
    }
    if args.misses:
        for line in misses + alerts:
            print(line)

    if args.ours_only:
        if args.json:
            Path(args.json).write_text(json.dumps(fig, indent=2))
        return 0
    if not args.no_peers:
        fig["peers"] = peers(variants, innocent, variants_all, innocent_all, ents, gold_of)

    print_table(fig, review)
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=2))
    return 0


def peers(variants, innocent, variants_all, innocent_all, ents, gold_of):  # type: ignore[no-untyped-def]
    from rapidfuzz import fuzz, process, utils

    choices: list[str] = []
    owner: list[tuple[str, str]] = []
    kinds: list[str] = []
    for e in ents:
        for a in e.all_names():
            choices.append(utils.default_process(a.name))
            owner.append((e.list, e.list_id))
            kinds.append(e.kind or "")
    schema = {
        "person": "Person",
        "organization": "Company",
        "vessel": "Vessel",
        "aircraft": "Airplane",
    }

    def rf_top(q: str) -> tuple[list[tuple[int, float]], float]:
        c = time.process_time()
        res = process.extract(
            utils.default_process(q), choices, scorer=fuzz.token_sort_ratio, limit=10
        )
        return [(k, s / 100.0) for _, s, k in res], time.process_time() - c

    # threshold for rapidfuzz: best F1 (variants found vs innocent alerts) on the tune half
    tune_v = [r for r in variants_all if r["half"] == "tune"][::4]
    tune_i = [r for r in innocent_all if r["half"] == "tune"][::4]
    tv = [
        (max((s for k, s in rf_top(r["query"])[0][:3] if owner[k] in gold_of(r)), default=0.0))
        for r in tune_v
    ]
    ti = [max((s for _, s in rf_top(r["name"])[0][:1]), default=0.0) for r in tune_i]

    def f1(t: float) -> float:
        tp = sum(s >= t for s in tv)
        fp = sum(s >= t for s in ti) * len(tv) / max(1, len(ti))
        return 2 * tp / (2 * tp + fp + (len(tv) - tp)) if tp else 0.0

    thr = max((x / 100 for x in range(60, 100)), key=f1)
    rf_found: dict[str, list[bool]] = defaultdict(list)
    rf_ms: list[float] = []
    rf_alerts = 0
    jobs = []
    golds = []
    for r in variants:
        top, dt = rf_top(r["query"])
        rf_ms.append(dt * 1000)
        gold = gold_of(r)
        rf_found[r["category"]].append(any(owner[k] in gold and s >= thr for k, s in top[:3]))
        jobs.append(
            [
                r["query"],
                schema.get(r["kind"], "LegalEntity"),
                [[choices[k], schema.get(kinds[k], "LegalEntity")] for k, _ in top],
            ]
        )
        golds.append([owner[k] in gold for k, _ in top])
    for r in innocent:
        top, dt = rf_top(r["name"])
        rf_ms.append(dt * 1000)
        rf_alerts += bool(top and top[0][1] >= thr)
        jobs.append(
            [
                r["name"],
                schema.get(r["kind"], "LegalEntity"),
                [[choices[k], schema.get(kinds[k], "LegalEntity")] for k, _ in top],
            ]
        )
    allf = [x for v in rf_found.values() for x in v]
    out: dict[str, object] = {
        "rapidfuzz": {
            "threshold": thr,
            "recall": sum(allf) / len(allf),
            "by_category": {k: (sum(v) / len(v), len(v)) for k, v in sorted(rf_found.items())},
            "alert_rate": rf_alerts / len(innocent),
            "cpu_p50_ms": statistics.median(rf_ms),
            "cpu_p99_ms": pct(rf_ms, 0.99),
            "cpu_max_ms": max(rf_ms),
            "qps_cpu": 1000 * len(rf_ms) / sum(rf_ms),
        }
    }
    if not PEER_PY.exists():
        out["logic_v2"] = {"missing": f"{PEER_PY} not set up (see peer_logic_v2.py)"}
        return out
    proc = subprocess.run(
        [str(PEER_PY), str(Path(__file__).with_name("peer_logic_v2.py"))],
        input=json.dumps({"queries": jobs}),
        capture_output=True,
        text=True,
        check=True,
    )
    res = json.loads(proc.stdout)
    lv_found: dict[str, list[bool]] = defaultdict(list)
    lv_alerts = 0
    for i, r in enumerate(variants):
        sc = res["scores"][i]
        order = sorted(range(len(sc)), key=lambda k: -sc[k])[:3]
        lv_found[r["category"]].append(any(golds[i][k] and sc[k] >= 0.70 for k in order))
    for j in range(len(innocent)):
        sc = res["scores"][len(variants) + j]
        lv_alerts += bool(sc and max(sc) >= 0.70)
    # logic-v2's time per query adds the rapidfuzz blocking that fed it
    lv_ms = [a + b for a, b in zip(res["ms"], rf_ms, strict=True)]
    allf = [x for v in lv_found.values() for x in v]
    out["logic_v2"] = {
        "version": res["version"],
        "recall": sum(allf) / len(allf),
        "by_category": {k: (sum(v) / len(v), len(v)) for k, v in sorted(lv_found.items())},
        "alert_rate": lv_alerts / len(innocent),
        "cpu_p50_ms": statistics.median(lv_ms),
        "cpu_p99_ms": pct(lv_ms, 0.99),
        "cpu_max_ms": max(lv_ms),
        "qps_cpu": 1000 * len(lv_ms) / sum(lv_ms),
    }
    return out


def run_base(rev: str, half: str, qset: str = "realistic") -> dict[str, object]:
    """This benchmark's own measurement for revision ``rev``'s code (a temporary ``git
    worktree``), in a child process with its own index cache; the queries, halves and rules of
    counting are this file's."""
    import tempfile

    tree = Path(tempfile.mkdtemp(prefix="eg-realistic-base-"))
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), rev],
        check=True,
        capture_output=True,
    )
    try:
        out = tree / "figures.json"
        env = dict(
            os.environ,
            REALISTIC_SRC=str(tree / "src"),
            PYTHONPATH=str(tree / "src"),
            EXPORTGATE_CACHE_DIR=tempfile.mkdtemp(prefix="eg-realistic-cache-"),
        )
        subprocess.run(
            [sys.executable, __file__, "--half", half, "--set", qset, "--ours-only"]
            + ["--json", str(out)],
            check=True,
            env=env,
        )
        got: dict[str, object] = json.loads(out.read_text())
        got["rev"] = rev
        return got
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
            check=False,
            capture_output=True,
        )


def print_table(fig, review: float) -> None:  # type: ignore[no-untyped-def]
    n = fig["n"]
    ours = fig["ours"]
    peers = fig.get("peers", {})
    cols = [("exportgate", ours)] + [(k, v) for k, v in peers.items() if "recall" in v]
    if "base" in fig:
        cols.insert(0, (f"exportgate {fig['base']['rev'][:10]}", fig["base"]["ours"]))
    print(
        f"\n{n.get('set', 'realistic')} queries, {n['half']} half: {n['variants']} list-name variants, {n['innocent']} real innocent names"
    )
    print(f"{'measure':34}" + "".join(f"{c:>22}" for c, _ in cols))
    cats = sorted(ours["by_category"])
    print(f"{'recall, all variants':34}" + "".join(f"{v['recall']:>22.4f}" for _, v in cols))
    for c in cats:
        nn = ours["by_category"][c][1]
        print(
            f"{'  ' + c + f' (n={nn})':34}"
            + "".join(f"{v['by_category'].get(c, (0, 0))[0]:>22.3f}" for _, v in cols)
        )
    print(
        f"{'innocent alert rate':34}" + "".join(f"{v['alert_rate'] * 100:>21.2f}%" for _, v in cols)
    )
    for c in sorted(ours.get("alerts_by", {})):
        nn = ours["alerts_by"][c][1]
        print(
            f"{'  ' + c + f' (n={nn})':34}"
            + "".join(f"{v.get('alerts_by', {}).get(c, (0, 0))[0]:>22d}" for _, v in cols)
        )
    print(f"{'CPU ms per query p50':34}" + "".join(f"{v['cpu_p50_ms']:>22.3f}" for _, v in cols))
    print(f"{'CPU ms per query p99':34}" + "".join(f"{v['cpu_p99_ms']:>22.3f}" for _, v in cols))
    print(f"{'CPU ms per query max':34}" + "".join(f"{v['cpu_max_ms']:>22.1f}" for _, v in cols))
    print(
        f"{'batch queries per CPU second':34}" + "".join(f"{v['qps_cpu']:>22.0f}" for _, v in cols)
    )
    print(
        f"exportgate wall: p50 {ours['p50_ms']:.3f} ms, p99 {ours['p99_ms']:.3f} ms, max {ours['max_ms']:.1f} ms, "
        f"{ours['over_50ms']} queries over 50 ms, {ours['qps_wall']:.0f} queries/s; review threshold {review}"
    )
    print(f"left out of the innocent set as listed names themselves: {fig['innocent_listed']}")
    if "base" in fig:
        bc = fig["base"]["cold"]
        print(
            f"cold start of {fig['base']['rev']}: first query per script (ms): "
            + ", ".join(f"{k} {v:.1f}" for k, v in bc.items() if k != "startup_s")
        )
        b = fig["base"]["ours"]
        print(
            f"{fig['base']['rev']} wall: p50 {b['p50_ms']:.3f} ms, p99 {b['p99_ms']:.3f} ms, "
            f"max {b['max_ms']:.1f} ms, {b['over_50ms']} queries over 50 ms"
        )
    cold = fig["cold"]
    print(
        f"cold start: default_screener() {cold['startup_s']:.2f} s; first query per script (ms): "
        + ", ".join(f"{k} {v:.1f}" for k, v in cold.items() if k != "startup_s")
    )
    if "rapidfuzz" in peers:
        print(
            f"rapidfuzz token_sort_ratio brute force over every list name, threshold {peers['rapidfuzz']['threshold']:.2f} (tune half)"
        )
    if "logic_v2" in peers:
        lv = peers["logic_v2"]
        print(
            "nomenklatura logic-v2 "
            + (lv.get("version", "") or lv.get("missing", ""))
            + " @0.70 on rapidfuzz's 10 best list names (time includes that blocking)"
        )


if __name__ == "__main__":
    raise SystemExit(main())
