"""Live nomenklatura logic-v2 peer, run in the bench's own environment (not exportgate's).

    bench/screening/.venv/bin/python bench/screening/peer_logic_v2.py < pairs.json > scores.json

Set the environment up once (nomenklatura is a bench tool, never a runtime dependency):

    python3.11 -m venv bench/screening/.venv
    bench/screening/.venv/bin/python -m pip install 'nomenklatura>=4.17,<5' 'rapidfuzz>=3,<4'

Input (stdin, JSON): ``{"queries": [[query, schema, [[candidate name, schema], ...]], ...]}``.
Output (stdout, JSON): ``{"scores": [[score per candidate], ...], "ms": [CPU ms per query],
"version": ...}``. logic-v2 compares two entities, it does not search a list: the caller
supplies each query's candidates (rapidfuzz's best list names), and this script scores every
candidate with ``logic-v2`` at its default configuration, as nomenklatura's matcher would
after its own blocking.
"""

from __future__ import annotations

import json
import sys
import time
from importlib import metadata


def main() -> int:
    from followthemoney import model
    from nomenklatura.matching import get_algorithm

    algo = get_algorithm("logic-v2")
    assert algo is not None
    cfg = algo.default_config()
    job = json.load(sys.stdin)

    def entity(schema: str, name: str, ident: str):  # type: ignore[no-untyped-def]
        e = model.make_entity(schema if schema in model.schemata else "LegalEntity")
        e.id = ident
        e.add("name", name)
        return e

    # warm up (first call loads rigour's tables)
    algo.compare(entity("Person", "Warm Up", "warm-a"), entity("Person", "Warm Upp", "warm-b"), cfg)
    scores: list[list[float]] = []
    times: list[float] = []
    # every entity gets its own id: logic-v2 memoises a name's analysis by entity id, so reused
    # ids would score later names as earlier ones
    for n, (query, schema, cands) in enumerate(job["queries"]):
        c0 = time.process_time()
        q = entity(schema, query, f"q{n}")
        row = [
            algo.compare(q, entity(cs, cn, f"c{n}-{k}"), cfg).score
            for k, (cn, cs) in enumerate(cands)
        ]
        times.append((time.process_time() - c0) * 1000)
        scores.append(row)
    json.dump(
        {"scores": scores, "ms": times, "version": metadata.version("nomenklatura")}, sys.stdout
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
