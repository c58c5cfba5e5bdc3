"""``exportgate detector serve|status``: the distillation detector service (issue 19; the
service itself is :mod:`exportgate.bus.detector`)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
from pathlib import Path

import typer

from exportgate.cli.common import fail, load_configured

detector_app = typer.Typer(
    help="The distillation detector service that every gateway replica feeds.",
    no_args_is_help=True,
)


@detector_app.command("serve")
def serve(
    config: Path = typer.Option(..., "--config", help="Gateway configuration (YAML) with redis:."),
    worker: int = typer.Option(0, "--worker", help="This worker's number, 0..W-1."),
    of: int = typer.Option(1, "--of", help="How many workers share the partitions (W)."),
    log_level: str = typer.Option("info", "--log-level", help="Logging level."),
) -> None:
    """Fold every replica's served requests into the online detector, checkpoint its state to
    the store with the stream offsets, and publish flags (applied by every replica within 1 s).
    Worker I of W owns the stream partitions p with p % W == I."""
    from exportgate.bus import notify
    from exportgate.bus.detector import DetectorWorker, owned_partitions
    from exportgate.bus.stream import open_stream
    from exportgate.store import open_store

    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    cfg = load_configured(config)
    settings = cfg.scaleout
    if cfg.redis is None and not settings.stream.startswith("kafka://"):
        fail(f"{config}: the detector service needs 'redis: redis://HOST:PORT/DB'")
    try:
        owned = owned_partitions(settings.partitions, worker, of)
    except ValueError as exc:
        fail(str(exc))
    notify.configure(cfg.redis, settings.prefix, origin=f"detector-{worker}")
    stream = open_stream(
        cfg.redis,
        settings.stream,
        prefix=settings.prefix,
        partitions=settings.partitions,
        consumer=f"worker-{worker}",
        maxlen=settings.stream_maxlen,
    )
    run = DetectorWorker(
        open_store(cfg.store),
        stream,
        owned,
        served_prompt_bits=cfg.distillation.served_prompts_mib * 8 * 2**20,
        checkpoint_interval_s=settings.checkpoint_interval_s,
        redis_url=cfg.redis,
        prefix=settings.prefix,
        hold_flags=settings.hold_flags,
    )
    typer.echo(
        f"exportgate detector worker {worker} of {of} (pid {os.getpid()}): partitions {owned}",
        err=True,
    )

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await run.run(stop)

    asyncio.run(main())


@detector_app.command("status")
def status(
    config: Path = typer.Option(..., "--config", help="Gateway configuration (YAML)."),
) -> None:
    """Each partition's checkpoint: the last stream offset folded in and the requests folded."""
    from exportgate.bus.checkpoint import checkpoint_counts, load_flags
    from exportgate.store import open_store

    cfg = load_configured(config)
    store = open_store(cfg.store)
    counts = checkpoint_counts(store)
    out = {
        "partitions": {str(p): {"offset": o, "folded": n} for p, (o, n) in counts.items()},
        "folded": sum(n for _, n in counts.values()),
        "flagged": sorted(f.account_id for f in load_flags(store)),
    }
    typer.echo(json.dumps(out, indent=2))


def register(app: typer.Typer) -> None:
    app.add_typer(detector_app, name="detector")
