"""``exportgate distill``: batch scan of usage for harvesting accounts and clusters; simulator."""

from __future__ import annotations

from pathlib import Path

import typer

distill_app = typer.Typer(
    help="Distillation defence: find accounts and account clusters harvesting the model.",
    no_args_is_help=True,
)


@distill_app.command("scan")
def scan_command(
    usage: Path = typer.Argument(
        ...,
        help="Usage records as JSON lines (DESIGN.md usage.jsonl), or Parquet (a .parquet "
        "file or a folder of parts).",
        exists=True,
    ),
    out: Path = typer.Option(
        ..., "--out", help="Scores, one JSON line per account (Parquet for a .parquet path)."
    ),
    accounts: Path | None = typer.Option(
        None,
        "--accounts",
        help="Accounts as JSON lines or Parquet: payment, sign-up channel and creation "
        "time feed the cross-account links.",
        exists=True,
    ),
    clusters: Path | None = typer.Option(
        None, "--clusters", help="Write clusters (members, score, ties, graph) as JSON lines."
    ),
    evidence: Path | None = typer.Option(
        None,
        "--evidence",
        help="Write a Markdown evidence file per flagged account and cluster into this folder.",
        file_okay=False,
    ),
    threshold: float | None = typer.Option(
        None,
        "--threshold",
        min=0.0,
        max=1.0,
        help="Flag at this score instead of the tuned default.",
    ),
    store: str | None = typer.Option(
        None,
        "--store",
        help="Also save an alert per flagged account in this store URL "
        "(e.g. sqlite:///exportgate.db).",
    ),
    network_types: bool = typer.Option(
        False,
        "--network-types",
        help="Weigh shared networks by their owner type from the "
        "location data (datacenter, VPN, Tor, residential) besides what the traffic shows.",
    ),
    engine: str = typer.Option(
        "local", "--engine", help="Batch engine: local (this process) or spark."
    ),
    spark_master: str | None = typer.Option(
        None, "--spark-master", help="Spark master URL (default local[2])."
    ),
) -> None:
    """Score every account in USAGE for model harvesting (accounts and clusters).

    Output per account: {"account_id", "score", "flagged", "cluster", "reasons", ...}. A line
    that is not a valid record is reported on stderr with its line and field; the scan goes on
    and exits 1 at the end if any line was bad.
    """
    import dataclasses
    import json

    from exportgate.batch.distill_scan import ENGINES, scan_paths
    from exportgate.distill.scoring import DetectorConfig

    if engine not in ENGINES:
        raise typer.BadParameter("expected local or spark", param_hint="--engine")

    config = DetectorConfig()
    if threshold is not None:
        config = dataclasses.replace(config, threshold=threshold)
    network_type = None
    if network_types:
        from exportgate.distill.linkage import locator_network_type

        network_type = locator_network_type()
    unavailable: tuple[type[Exception], ...] = ()
    if engine == "spark":
        from exportgate.batch.spark import SparkUnavailable

        unavailable = (SparkUnavailable,)
    try:
        result = scan_paths(
            usage,
            out,
            accounts,
            clusters,
            evidence,
            config,
            network_type,
            engine=engine,
            master=spark_master,
        )
    except unavailable as exc:
        raise typer.BadParameter(str(exc), param_hint="--engine") from None
    for error in result.errors:
        typer.echo(json.dumps(error, ensure_ascii=False), err=True)
    flagged = result.flagged()
    flagged_clusters = sum(1 for c in result.clusters if c.flagged)
    if store is not None:
        from exportgate.distill.alerts import save_scan_alerts
        from exportgate.store import open_store

        saved = save_scan_alerts(result.rows, open_store(store))
        typer.echo(f"saved {saved} alerts to the store", err=True)
    typer.echo(
        f"{result.records} records, {len(result.rows)} accounts: {len(flagged)} flagged, "
        f"{flagged_clusters} flagged clusters, {len(result.errors)} bad lines",
        err=True,
    )
    if result.errors:
        raise typer.Exit(1)


@distill_app.command("simulate")
def simulate_command(
    out_dir: Path = typer.Option(
        ...,
        "--out-dir",
        help="Folder for usage.jsonl, accounts.jsonl and labels.jsonl.",
        file_okay=False,
    ),
    seed: int = typer.Option(7, "--seed", help="Random seed."),
    benign_users: int = typer.Option(4000, "--benign-users", min=1, help="Ordinary users."),
    days: int = typer.Option(
        14, "--days", min=1, max=14, help="Simulated days (week 2 = days 8-14)."
    ),
) -> None:
    """Simulate traffic (benign ShareGPT users, hard negatives, harvesting campaigns) to files."""
    import json

    from exportgate.distill.simulate import SimConfig, simulate
    from exportgate.records import to_json

    world = simulate(SimConfig(seed=seed, days=days, benign_users=benign_users))
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "usage.jsonl").open("wb") as fh:
        for record in world.records:
            fh.write(to_json(record) + b"\n")
    with (out_dir / "accounts.jsonl").open("wb") as fh:
        for account in world.accounts:
            fh.write(to_json(account) + b"\n")
    with (out_dir / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for label in world.labels.values():
            fh.write(
                json.dumps(
                    {
                        "account_id": label.account_id,
                        "group": label.group,
                        "attack": label.attack,
                        "campaign": label.campaign,
                    }
                )
                + "\n"
            )
    typer.echo(
        f"{len(world.records)} records, {len(world.accounts)} accounts in {out_dir}", err=True
    )


def register(app: typer.Typer) -> None:
    app.add_typer(distill_app, name="distill")
