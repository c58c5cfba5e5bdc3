"""``exportgate screen``, ``exportgate compare`` and ``exportgate lists status|load``."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import typer

from exportgate.cli.common import open_configured_store

lists_app = typer.Typer(
    help="Restricted-party lists: what is loaded, and adding newer files.", no_args_is_help=True
)

KIND_HELP = "person | organization (also vessel, aircraft)"


def _screener(lists: list[Path] | None):  # type: ignore[no-untyped-def]
    from exportgate.screening.screener import build_screener, default_screener

    if lists:
        missing = [p for p in lists if not p.exists()]
        if missing:
            raise typer.BadParameter(
                f"no such file or folder: {', '.join(map(str, missing))}", param_hint="--lists"
            )
        return build_screener(lists)
    return default_screener()


def _match_dict(m: Any, full: bool = True) -> dict[str, Any]:
    d = {
        "list": m.list,
        "list_id": m.list_id,
        "name": m.name,
        "matched_name": m.matched_name,
        "score": m.score,
        "programs": list(m.programs),
    }
    if full:
        d.update(
            {
                "kind": m.kind,
                "countries": list(m.countries),
                "source": m.source,
                "explanation": m.explanation,
            }
        )
    return d


def screen(
    name: str | None = typer.Argument(None, help="The name to screen."),
    kind: str | None = typer.Option(None, "--kind", help=KIND_HELP),
    country: str | None = typer.Option(None, "--country", help="ISO alpha-2 of the party."),
    lists: list[Path] | None = typer.Option(
        None, "--lists", help="List file or folder (repeatable); default: the shipped snapshot."
    ),
    batch: Path | None = typer.Option(
        None,
        "--batch",
        help="CSV with columns id,name[,kind][,country], or JSON lines or Parquet with those fields.",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="Batch output: JSON lines ('-' = stdout) or Parquet (.parquet)."
    ),
    engine: str = typer.Option(
        "local", "--engine", help="Batch engine: local (this process) or spark."
    ),
    spark_master: str | None = typer.Option(
        None, "--spark-master", help="Spark master URL (default local[2])."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of a table."),
    limit: int = typer.Option(10, "--limit", help="At most this many matches per name."),
) -> None:
    """Screen a name (or a CSV batch) against the restricted-party lists.

    Exit status: 0 clear, 1 possible hit or hit (single name); 2 on bad input.
    """
    if batch is None and not name:
        raise typer.BadParameter("give a NAME or --batch IN.csv")
    if batch is not None and out is None:
        raise typer.BadParameter("--batch needs --out OUT.jsonl", param_hint="--out")
    scr = _screener(lists)
    if batch is not None:
        assert out is not None
        _screen_batch(scr, batch, out, limit, engine, spark_master, lists)
        return
    assert name is not None
    matches = scr.screen(name, kind=kind, country=country, limit=limit)
    hit = any(m.score >= scr.review_threshold for m in matches)
    block = any(m.score >= scr.block_threshold for m in matches)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "name": name,
                    "hit": hit,
                    "block": block,
                    "block_threshold": scr.block_threshold,
                    "review_threshold": scr.review_threshold,
                    "lists_version": scr.version,
                    "matches": [_match_dict(m) for m in matches],
                },
                ensure_ascii=False,
            )
        )
    else:
        if not matches:
            typer.echo(
                f"clear: no list entry scores {scr.review_threshold:.2f} or more for {name!r}"
            )
        for m in matches:
            level = "HIT" if m.score >= scr.block_threshold else "possible"
            typer.echo(
                f"{level:8} {m.score:.2f}  {m.list} #{m.list_id}  {m.name}"
                + (f"  [{', '.join(m.programs)}]" if m.programs else "")
            )
            if m.source:
                typer.echo(f"         source: {m.source}")
            typer.echo(f"         {m.explanation}")
    raise typer.Exit(1 if hit else 0)


def _screen_batch(
    scr: Any,
    batch: Path,
    out: Path,
    limit: int,
    engine: str = "local",
    spark_master: str | None = None,
    lists: list[Path] | None = None,
) -> None:
    from exportgate.batch.io import BatchInputError, read_queries, write_results
    from exportgate.screening.batch import screen_queries

    if engine not in ("local", "spark"):
        raise typer.BadParameter("expected local or spark", param_hint="--engine")
    try:
        queries = read_queries(batch)
        if engine == "spark":
            from exportgate.batch.spark import SparkUnavailable, screen_batch
            from exportgate.screening.screener import active_sources

            try:
                results = screen_batch(
                    queries,
                    list(lists) if lists else active_sources(),
                    limit=limit,
                    master=spark_master,
                )
                _, errors = write_results(results, sys.stdout if str(out) == "-" else out)
            except SparkUnavailable as exc:
                raise typer.BadParameter(str(exc), param_hint="--engine") from None
        else:
            _, errors = write_results(
                screen_queries(scr, queries, limit), sys.stdout if str(out) == "-" else out
            )
    except BatchInputError as exc:
        raise typer.BadParameter(str(exc), param_hint="--batch") from None
    if errors:
        raise typer.Exit(1)


def compare(
    name_a: str = typer.Argument(..., help="Query name."),
    name_b: str = typer.Argument(..., help="Candidate (list) name."),
    kind: str | None = typer.Option(None, "--kind", help=KIND_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Score one pair of names, with the explanation."""
    from exportgate.screening.pair import compare_names
    from exportgate.screening.scoring import DEFAULT_PARAMS, describe

    score, res = compare_names(name_a, name_b, kind=kind)
    score = round(score, 4)
    p = DEFAULT_PARAMS
    verdict = (
        "hit"
        if score >= p.block_threshold
        else "possible"
        if score >= p.review_threshold
        else "clear"
    )
    explanation = describe(res, score, name_b, [])
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "name_a": name_a,
                    "name_b": name_b,
                    "kind": kind,
                    "score": score,
                    "verdict": verdict,
                    "match": score >= p.review_threshold,
                    "block_threshold": p.block_threshold,
                    "review_threshold": p.review_threshold,
                    "aligned": [
                        {"query": q, "candidate": c, "similarity": s} for q, c, s in res.aligned
                    ],
                    "unmatched_a": res.unmatched_query,
                    "unmatched_b": res.unmatched_candidate,
                    "explanation": explanation,
                },
                ensure_ascii=False,
            )
        )
    else:
        typer.echo(f"{verdict} {score:.2f}: {explanation}")


# ------------------------------------------------------------------------------------------


def _age_days(date: str | None, today: dt.date) -> int | None:
    if not date:
        return None
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7)):
        try:
            d = dt.datetime.strptime(date[:n], fmt).date()
            return (today - d).days
        except ValueError:
            continue
    return None


@lists_app.command("status")
def lists_status(
    lists: list[Path] | None = typer.Option(
        None, "--lists", help="List files or folders instead of the active set."
    ),
    max_age_days: int | None = typer.Option(
        None,
        "--max-age-days",
        help="Warn about lists published longer ago than this (default: list_freshness.max_age_days in the country data, 30).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    today: str | None = typer.Option(None, "--today", help="Reference date (YYYY-MM-DD) for ages."),
) -> None:
    """What is loaded: per list the files, entity counts, dates, load issues and age warnings.

    Exit status 1 when a list is older than --max-age-days.
    """
    from collections import Counter

    if max_age_days is None:
        from exportgate.countries import default_country_rules

        max_age_days = default_country_rules().list_max_age_days
    scr = _screener(lists)
    ref = dt.date.fromisoformat(today) if today else dt.date.today()
    counts = Counter(e.list for e in scr.entities)
    issues = Counter(i.file for i in scr.issues)
    rows = []
    stale = False
    for f in scr.files:
        age = _age_days(f.date, ref)
        warn = age is not None and age > max_age_days
        stale |= warn
        rows.append(
            {
                "list": f.list,
                "file": f.path,
                "format": f.format,
                "entities": f.entities,
                "date": f.date,
                "age_days": age,
                "stale": warn,
                "issues": sum(
                    n for k, n in issues.items() if Path(k).parent == Path(f.path).parent
                ),
            }
        )
    result = {
        "lists_version": scr.version,
        "entities": dict(counts),
        "files": rows,
        "max_age_days": max_age_days,
        "issues": len(scr.issues),
        "issue_examples": [str(i) for i in scr.issues[:5]],
    }
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        typer.echo(f"lists version {scr.version}; {sum(counts.values())} entities")
        for r in rows:
            age_text = f"{r['age_days']} days old" if r["age_days"] is not None else "date unknown"
            typer.echo(
                f"  {r['list']:<13} {r['entities']:>6} entities  {r['date'] or '?':<10} ({age_text})  {r['file']}"
            )
            if r["stale"]:
                typer.echo(
                    f"  WARNING: {r['list']} is older than {max_age_days} days: load a current file "
                    "with `exportgate lists load PATH`"
                )
        if scr.issues:
            typer.echo(f"  {len(scr.issues)} rows could not be used, e.g.:")
            for i in scr.issues[:5]:
                typer.echo(f"    {i}")
    raise typer.Exit(1 if stale else 0)


@lists_app.command("load")
def lists_load(
    path: Path = typer.Argument(..., help="A list file (or folder) in a supported format."),
    config: Path | None = typer.Option(
        None, "--config", help="Gateway YAML: whose store's accounts to re-screen."
    ),
    rescreen_accounts: bool = typer.Option(
        True, "--rescreen/--no-rescreen", help="Re-screen stored accounts against changed entries."
    ),
    engine: str = typer.Option(
        "local", "--engine", help="Re-screening engine: local (this process) or spark."
    ),
    spark_master: str | None = typer.Option(
        None, "--spark-master", help="Spark master URL (default local[2])."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Add a newer list file; it replaces the same list in the active set.

    Stored accounts are then re-screened against the entries that are new or changed, and new
    hits go to the review queue.
    """
    from exportgate.screening.screener import (
        added_lists_dir,
        build_screener,
        default_screener,
        reset_default_screener,
    )
    from exportgate.screening.sources.sniff import list_files, load_path

    if not path.exists():
        raise typer.BadParameter(f"no such file or folder: {path}")
    loaded = load_path(path)
    if not loaded.entities:
        msg = "; ".join(str(i) for i in loaded.issues[:3]) or "no entities"
        raise typer.BadParameter(f"{path}: nothing loadable ({msg})")
    keys = sorted({f.list for f in loaded.files})
    old = default_screener()
    for key in keys:
        dest = added_lists_dir() / key
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for src in list_files(path):
            if any(Path(f.path) == src for f in loaded.files if f.list == key) or _is_part(src):
                shutil.copy2(src, dest / src.name)
    reset_default_screener()
    new = default_screener()
    report: dict[str, Any] = {
        "loaded": {k: sum(1 for e in loaded.entities if e.list == k) for k in keys},
        "issues": [str(i) for i in loaded.issues[:20]],
        "issue_count": len(loaded.issues),
        "lists_version": new.version,
    }
    if rescreen_accounts:
        from exportgate.accounts.rescreen import rescreen

        store = open_configured_store(config)
        if engine == "spark":
            from exportgate.batch.spark import found_matches_on_spark

            def finder(accounts, changed, params):  # type: ignore[no-untyped-def]
                return found_matches_on_spark(accounts, changed, params, master=spark_master)

            rep = rescreen(
                store,
                old.entities,
                new.entities,
                lists_version=new.version,
                params=new.params,
                finder=finder,
            )
        else:
            rep = rescreen(
                store, old.entities, new.entities, lists_version=new.version, params=new.params
            )
        report["rescreen"] = rep.to_dict()
    _ = build_screener  # the new index is cached by default_screener()
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        for k, n in report["loaded"].items():
            typer.echo(f"loaded {n} {k} entities from {path}")
        if loaded.issues:
            typer.echo(
                f"{len(loaded.issues)} rows could not be used (see `exportgate lists status`)"
            )
        if "rescreen" in report:
            r = report["rescreen"]
            typer.echo(
                f"re-screened {r['accounts_screened']} accounts against "
                f"{r['changed_entities']} new or changed entries: {r['new_hits']} new hits "
                "queued for review"
            )


def _is_part(p: Path) -> bool:
    return p.name.lower().split(".")[0] in {
        "alt",
        "add",
        "cons_alt",
        "cons_add",
        "sdn_comments",
        "cons_comments",
    }


def register(app: typer.Typer) -> None:
    app.command("screen")(screen)
    app.command("compare")(compare)
    app.add_typer(lists_app, name="lists")
