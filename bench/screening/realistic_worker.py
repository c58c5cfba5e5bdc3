"""One measured column of ``realistic.py``: a process that does what a screening service does.

    python bench/screening/realistic_worker.py SRC build|cold|measure [QUERIES OUT]

``SRC`` is the code under test (its ``src`` folder, put first on ``sys.path``); the index cache
is ``$EXPORTGATE_CACHE_DIR`` (``realistic.py`` gives each column a fresh one of its own).

* ``build``: ``default_screener()`` once, which builds the index and writes the cache (the
  service's first start on a new list snapshot); prints the seconds it took.
* ``cold``: a fresh process starting from that cache, then the first query of each script
  (``COLD_SCRIPTS``); prints the seconds of start-up and the milliseconds of each query.
* ``measure``: a fresh process starting from that cache (``default_screener()``: the index
  loaded, its warm-up, the collector frozen, as a service starts), then every query of
  ``QUERIES`` (a JSON list of ``[text, kind, limit]``) once, in order; writes to ``OUT`` each
  query's wall and CPU seconds and its matches (list, list id, matched name, score), and each
  collection of the cyclic garbage collector during the pass (generation, wall and CPU seconds).

Nothing else runs in the measured process: the benchmark's own tables (query files, the gold
entries, the tokenisations of every list name they take) stay in ``realistic.py``'s process.
Only the public ``default_screener().screen`` is used, so any earlier revision runs here too.
"""

from __future__ import annotations

import gc
import json
import sys
import time

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

Match = tuple[str, str, str, float]


def run_queries(screen, queries: list[list]) -> tuple[list[float], list[float], list[list[Match]]]:  # type: ignore[no-untyped-def,type-arg]
    """Each query once: wall and CPU seconds, and its matches as plain tuples."""
    wall: list[float] = []
    cpu: list[float] = []
    got: list[list[Match]] = []
    perf = time.perf_counter
    proc = time.process_time
    for text, kind, limit in queries:
        t = perf()
        c = proc()
        ms = screen(text, kind=kind, limit=limit)
        cpu.append(proc() - c)
        wall.append(perf() - t)
        got.append([(m.list, m.list_id, m.matched_name, m.score) for m in ms])
    return wall, cpu, got


def main() -> int:
    src, mode = sys.argv[1], sys.argv[2]
    sys.path.insert(0, src)
    t = time.perf_counter()
    from exportgate.screening.screener import default_screener

    screener = default_screener()
    start = time.perf_counter() - t
    if mode == "build":
        print(json.dumps({"build_s": start}))
        return 0
    if mode == "cold":
        out: dict[str, float] = {"startup_s": start}
        try:  # the optional compiled query path (revisions before it have no such module)
            from exportgate.screening import native

            out["compiled"] = float(native.in_use)
        except ImportError:
            out["compiled"] = 0.0
        for script, name in COLD_SCRIPTS.items():
            t = time.perf_counter()
            screener.screen(name)
            out[script] = (time.perf_counter() - t) * 1000
        print(json.dumps(out))
        return 0
    with open(sys.argv[3], encoding="utf-8") as fh:
        queries = json.load(fh)
    gc.freeze()  # (the harness's input, not the service's state)
    pauses: list[tuple[int, float, float]] = []  # (each collection: generation, wall, CPU s)
    began = [0.0, 0.0]

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[:] = [time.perf_counter(), time.process_time()]
        else:
            pauses.append(
                (
                    info["generation"],
                    time.perf_counter() - began[0],
                    time.process_time() - began[1],
                )
            )

    gc.callbacks.append(collection)
    t_all = time.perf_counter()
    c_all = time.process_time()
    wall, cpu, got = run_queries(screener.screen, queries)
    total = {"wall_s": time.perf_counter() - t_all, "cpu_s": time.process_time() - c_all}
    gc.callbacks.remove(collection)
    with open(sys.argv[4], "w", encoding="utf-8") as fh:
        json.dump(
            {
                "wall": wall,
                "cpu": cpu,
                "matches": got,
                "total": total,
                "startup_s": start,
                "collections": pauses,
            },
            fh,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
