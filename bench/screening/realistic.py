"""Realistic-variant screening benchmark (issue 17): what customers actually type.

    .venv/bin/python bench/screening/realistic.py [--half report|tune|all] [--no-peers] [--misses]
        [--base REV] [--repeat N] [--in-process]

Queries: ``data/realistic_variants.csv.gz`` (variants of shipped SDN / UN entries, see
``make_realistic.py``) and ``data/innocent_real.csv.gz`` (3,000 real people and companies from
PyPI packages). Figures for the *report* half by default; the tune half was the only one whose
misses were read while building rules.

Measured, against every shipped list, on one core:

* recall: the variant's own entry (or an entry with the same name) among the top 3 at or above
  the review threshold, by category;
* innocent alert rate: share of innocent names with any match at or above review;
* latency per query (wall and CPU, first pass, nothing memoised from an earlier pass), p50 / p99
  / max, batch throughput per CPU second;
* cold start: the index built into a fresh cache folder, then ``default_screener()`` in a
  fresh process starting from that cache and its first query per script.

**How a column is measured** (since 2026-12-06, screenspeed5): each screener under test (this
code, and ``--base REV``'s) runs in processes of its own, ``realistic_worker.py``, with the same
steps: its index built once into a fresh cache folder of its own (``build``), the cold start
(``cold``), then each timed pass in a fresh process that starts from that cache as a restarted
screening service does (``default_screener()``: index loaded, warm-up, collector frozen) and
does nothing but screen the queries in order (``measure``). The benchmark's own tables (query
files, gold entries from every list name tokenised, the innocent set's exclusions) are built
here, in this process, which only compares the answers. ``--repeat N`` alternates the columns'
passes N times (timing: medians; answers must be identical between passes).

Before, this code was timed in this process after building those tables, while ``--base`` ran
the whole script in a child with a freshly built index; the same code then measured ~13 %
fewer queries per CPU second as the parent column than as the ``--base`` child (RESULTS,
screenacc3). ``--in-process`` still times this code that old way, as an extra column, so the
two figures can be compared in one run.

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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: the code under test (``--base`` runs an earlier revision's ``src`` in a child process)
SRC = Path(os.environ.get("REALISTIC_SRC", str(ROOT / "src")))
sys.path.insert(0, str(SRC))

from realistic_worker import run_queries  # noqa: E402

from exportgate.screening.normalize import normal_form  # noqa: E402
from exportgate.screening.screener import default_screener  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
WORKER = Path(__file__).resolve().with_name("realistic_worker.py")
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


def read_csv(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * q))]


def timing(wall: list[float], cpu: list[float], total: dict[str, float]) -> dict[str, float]:
    """Latency and throughput figures of one pass (seconds in, milliseconds out)."""
    return {
        "p50_ms": statistics.median(wall) * 1000,
        "p99_ms": pct(wall, 0.99) * 1000,
        "max_ms": max(wall) * 1000,
        "cpu_p50_ms": statistics.median(cpu) * 1000,
        "cpu_p99_ms": pct(cpu, 0.99) * 1000,
        "cpu_max_ms": max(cpu) * 1000,
        "over_50ms": sum(w > 0.05 for w in wall),
        "qps_wall": len(wall) / total["wall_s"],
        "qps_cpu": len(cpu) / total["cpu_s"],
    }


#: the timing figures taken as the median of repeated passes (``--repeat``)
TIMING_KEYS = ("p50_ms", "p99_ms", "cpu_p50_ms", "cpu_p99_ms", "qps_wall", "qps_cpu")


def run_worker(src: Path, mode: str, env: dict[str, str], *extra: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, str(WORKER), str(src), mode, *extra],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    if mode == "measure":
        return json.loads(Path(extra[1]).read_text())  # type: ignore[no-any-return]
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class Column:
    """One screener under test, measured in processes of its own (``realistic_worker.py``):
    its index built once into a fresh cache folder, then each pass in a fresh process that
    starts from that cache as a restarted service does."""

    def __init__(self, src: Path, work: Path, name: str) -> None:
        self.src = src
        self.work = work
        self.name = name
        cache = work / f"cache-{name}"
        cache.mkdir()
        self.env = dict(os.environ, PYTHONPATH=str(src), EXPORTGATE_CACHE_DIR=str(cache))
        self.build_s = float(run_worker(src, "build", self.env)["build_s"])  # type: ignore[arg-type]
        self.cold = run_worker(src, "cold", self.env)
        self.passes: list[dict[str, object]] = []

    def measure(self, queries_file: Path) -> dict[str, object]:
        out = self.work / f"pass-{self.name}-{len(self.passes)}.json"
        got = run_worker(self.src, "measure", self.env, str(queries_file), str(out))
        self.passes.append(got)
        return got


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
            "independent3",
            "independent4",
            "independent5",
            "independent6",
            "independent7",
            "independent8",
            "independent9",
            "independent10",
        ),
        help="dev: the development set of make_dev.py (halves a / b / all; misses may be read); "
        "devcheck: its check set (another seed, other entries and names); dev2 / devcheck2: "
        "the second development and check sets (make_dev.py --more); independent: the check set "
        "written apart from the screening code (bench/screening/independent/, run only; burned "
        "after its one run); independent2 ... independent10: the second to tenth such sets "
        "(bench/screening/independent2/ ... independent10/)",
    )
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument(
        "--misses", action="store_true", help="print misses and alerts (tune half only)"
    )
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument(
        "--base",
        metavar="REV",
        help="also run an earlier revision's code (a temporary git worktree) on the same "
        "queries, measured the same way, and print it as a column beside this code's",
    )
    ap.add_argument(
        "--base-src",
        metavar="PATH",
        help="with --base: measure the base column from this checkout's src folder (a worktree "
        "of REV, e.g. one with its query path compiled by scripts/build_screening_ext.py) "
        "instead of a temporary worktree of REV's sources",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="measure each column N times, alternating base and this code, each pass in a "
        "fresh process; timing figures are the medians of the passes (recall and alerts come "
        "from the first pass: every pass gives the same answers)",
    )
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="also measure this code the way this benchmark did before 2026-12-06 05:30 UTC: in "
        "the benchmark's own process, after its tables (the query files, every list name "
        "tokenised for the gold entries) and the other columns; printed as an extra column",
    )
    args = ap.parse_args()
    if args.misses and args.half != "tune" and args.set == "realistic":
        ap.error("--misses reads misses for rules: tune half or the dev set only")
    if (args.set != "realistic") != (args.half in ("a", "b")) and args.half != "all":
        ap.error("the dev set has halves a / b / all; the realistic set tune / report / all")

    fig: dict[str, object] = {}
    # the benchmark's own tables (the gold entries, the innocent set's exclusions) come from
    # this code's screener in this process, never in a measured one
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

    queries = [[r["query"], r["kind"] or None, 10] for r in variants]
    queries += [[r["name"], r["kind"] or None, 3] for r in innocent]
    work = Path(tempfile.mkdtemp(prefix="eg-realistic-"))
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps(queries))
    tree: Path | None = None
    try:
        cols: list[Column] = []
        if args.base and args.base_src:
            cols.append(Column(Path(args.base_src).resolve(), work, "base"))
        elif args.base:
            tree = work / "base-tree"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), args.base],
                check=True,
                capture_output=True,
            )
            cols.append(Column(tree / "src", work, "base"))
        ours = Column(SRC, work, "ours")
        cols.append(ours)
        for _ in range(args.repeat):
            for col in cols:
                col.measure(queries_file)

        def figures(col: Column) -> dict[str, object]:
            return judge(col.passes, variants, innocent, gold_of, args.misses and col is ours)

        fig["ours"] = figures(ours)
        fig["cold"] = dict(ours.cold, build_s=ours.build_s)
        if args.base:
            fig["base"] = {
                "rev": args.base,
                "ours": figures(cols[0]),
                "cold": dict(cols[0].cold, build_s=cols[0].build_s),
            }
    finally:
        if tree is not None:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )
        shutil.rmtree(work, ignore_errors=True)
    if args.in_process:
        # the earlier way: this process, after its tables and the columns above
        gc.freeze()
        t_all = time.perf_counter()
        c_all = time.process_time()
        wall, cpu, got = run_queries(screener.screen, queries)
        total = {"wall_s": time.perf_counter() - t_all, "cpu_s": time.process_time() - c_all}
        fig["in_process"] = judge(
            [{"wall": wall, "cpu": cpu, "matches": got, "total": total}],
            variants,
            innocent,
            gold_of,
            False,
        )
    fig["n"] = {
        "variants": len(variants),
        "innocent": len(innocent),
        "half": args.half,
        "set": args.set,
        "repeat": args.repeat,
    }
    col_figs: list[dict[str, object]] = [fig["ours"]]  # type: ignore[list-item]
    col_figs += [fig["base"]["ours"]] if args.base else []  # type: ignore[index]
    col_figs += [fig["in_process"]] if args.in_process else []  # type: ignore[list-item]
    lines = col_figs[0]["lines"]
    for col_fig in col_figs:
        col_fig.pop("lines", None)
    if args.misses:
        for line in lines:  # type: ignore[attr-defined]
            print(line)

    if not args.no_peers:
        fig["peers"] = peers(variants, innocent, variants_all, innocent_all, ents, gold_of)

    print_table(fig, review)
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=2))
    return 0


def judge(passes, variants, innocent, gold_of, lines: bool) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Recall and alerts (from the first pass) and timing (medians over the passes)."""
    first = passes[0]
    got = first["matches"]
    found: dict[str, list[bool]] = defaultdict(list)
    out_lines: list[str] = []
    for r, ms in zip(variants, got, strict=False):
        ok = any((m[0], m[1]) in gold_of(r) for m in ms[:3])
        found[r["category"]].append(ok)
        if not ok:
            top = f"{ms[0][2]} {ms[0][3]:.2f}" if ms else "-"
            out_lines.append(
                f"MISS {r['category']:15} {r['query']!r} -> want {r['list_name']!r}; top: {top}"
            )
    alerts = 0
    alerts_by: dict[str, list[bool]] = defaultdict(list)
    for r, ms in zip(innocent, got[len(variants) :], strict=True):
        alerts_by[r.get("category") or r["kind"]].append(bool(ms))
        if ms:
            alerts += 1
            out_lines.append(
                f"ALERT {r.get('category', '')} {r['name']!r} -> {ms[0][2]!r} "
                f"{ms[0][3]:.2f} ({ms[0][0]})"
            )
    for p in passes[1:]:
        if p["matches"] != got:
            raise SystemExit("two passes of the same code gave different answers")
    runs = [timing(p["wall"], p["cpu"], p["total"]) for p in passes]
    tm = {k: statistics.median(r[k] for r in runs) for k in TIMING_KEYS}
    tm["max_ms"] = max(r["max_ms"] for r in runs)
    tm["cpu_max_ms"] = max(r["cpu_max_ms"] for r in runs)
    tm["over_50ms"] = max(r["over_50ms"] for r in runs)
    # the collector's full (generation 2) collections in a pass, and its longest pause in any
    # collection (an earlier worker records none)
    pauses = [p.get("collections", []) for p in passes]
    tm["gc_full"] = max(sum(c[0] == 2 for c in ps) for ps in pauses)
    tm["gc_worst_ms"] = max((c[1] for ps in pauses for c in ps), default=0.0) * 1000
    tm["gc_worst_cpu_ms"] = max((c[-1] for ps in pauses for c in ps), default=0.0) * 1000
    all_found = [x for v in found.values() for x in v]
    return {
        "recall": sum(all_found) / len(all_found),
        "by_category": {k: (sum(v) / len(v), len(v)) for k, v in sorted(found.items())},
        "alert_rate": alerts / len(innocent),
        "alerts": alerts,
        "alerts_by": {k: (sum(v), len(v)) for k, v in sorted(alerts_by.items())},
        **tm,
        "qps_cpu_runs": [r["qps_cpu"] for r in runs],
        "lines": out_lines if lines else [],
    }


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
    # (a set without a tune half, as the independent check sets: the realistic set's tune half)
    tune_v = [r for r in variants_all if r.get("half") == "tune"][::4]
    tune_i = [r for r in innocent_all if r.get("half") == "tune"][::4]
    if not tune_v or not tune_i:
        tune_v = [r for r in read_csv(DATA / "realistic_variants.csv.gz") if r["half"] == "tune"][
            ::4
        ]
        tune_i = [r for r in read_csv(DATA / "innocent_real.csv.gz") if r["half"] == "tune"][::4]
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


def print_table(fig, review: float) -> None:  # type: ignore[no-untyped-def]
    n = fig["n"]
    ours = fig["ours"]
    peers = fig.get("peers", {})
    cols = [("exportgate", ours)] + [(k, v) for k, v in peers.items() if "recall" in v]
    if "in_process" in fig:
        cols.insert(1, ("exportgate in-process", fig["in_process"]))
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
    reps = n.get("repeat", 1)
    if reps > 1:
        print(
            f"(timing: medians of {reps} passes per column, each in a fresh process; max: over all)"
        )
        for c, v in cols:
            if "qps_cpu_runs" in v and len(v["qps_cpu_runs"]) > 1:
                print(
                    f"  {c} queries per CPU second by pass: "
                    + ", ".join(f"{x:.0f}" for x in v["qps_cpu_runs"])
                )
    print(
        f"exportgate wall: p50 {ours['p50_ms']:.3f} ms, p99 {ours['p99_ms']:.3f} ms, max {ours['max_ms']:.1f} ms, "
        f"{ours['over_50ms']} queries over 50 ms, {ours['qps_wall']:.0f} queries/s; review threshold {review}"
    )
    print(
        f"exportgate collector: {ours['gc_full']} full collections a pass at most, longest "
        f"pause {ours['gc_worst_ms']:.1f} ms (CPU {ours['gc_worst_cpu_ms']:.1f} ms)"
    )
    print(f"left out of the innocent set as listed names themselves: {fig['innocent_listed']}")
    if "base" in fig:
        bc = fig["base"]["cold"]
        print(
            f"cold start of {fig['base']['rev']}: index built in {bc['build_s']:.2f} s, "
            f"default_screener() from its cache {bc['startup_s']:.2f} s; first query per script (ms): "
            + ", ".join(
                f"{k} {v:.1f}"
                for k, v in bc.items()
                if k not in ("startup_s", "build_s", "compiled")
            )
        )
        b = fig["base"]["ours"]
        print(
            f"{fig['base']['rev']} wall: p50 {b['p50_ms']:.3f} ms, p99 {b['p99_ms']:.3f} ms, "
            f"max {b['max_ms']:.1f} ms, {b['over_50ms']} queries over 50 ms; collector: "
            f"{b['gc_full']} full collections a pass at most, longest pause {b['gc_worst_ms']:.1f} ms "
            f"(CPU {b['gc_worst_cpu_ms']:.1f} ms)"
        )
    cold = fig["cold"]
    print(
        f"cold start: index built in {cold['build_s']:.2f} s, default_screener() from its cache "
        f"{cold['startup_s']:.2f} s; first query per script (ms): "
        + ", ".join(
            f"{k} {v:.1f}" for k, v in cold.items() if k not in ("startup_s", "build_s", "compiled")
        )
    )
    kinds = [("exportgate", cold)]
    if "base" in fig:
        kinds.insert(0, (f"exportgate {fig['base']['rev'][:10]}", fig["base"]["cold"]))
    print(
        "query path: "
        + "; ".join(
            f"{k} {'compiled (scripts/build_screening_ext.py)' if c.get('compiled') else 'sources'}"
            for k, c in kinds
        )
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
