"""``exportgate audit``: verify and export the hash-chained audit log."""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec
import typer

from exportgate.cli.common import fail, open_configured_store

audit_app = typer.Typer(
    help="The tamper-evident audit log of every decision.", no_args_is_help=True
)


@audit_app.command("verify")
def verify(
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
    checkpoints: Path | None = typer.Option(
        None,
        "--checkpoints",
        help="Signed checkpoint file: also prove no record up to the "
        "newest checkpoint was rewritten or removed.",
    ),
    public_key: Path | None = typer.Option(
        None, "--public-key", help="The checkpoints' public key (audit.pub)."
    ),
) -> None:
    """Check every record's hash and link; exit 1 naming the first record that was changed,
    removed or reordered. With --checkpoints and --public-key, also check the log against its
    signed checkpoints, which catches a rewrite that recomputed every hash."""
    from exportgate.audit import AuditLog
    from exportgate.audit.checkpoint import (
        CheckpointError,
        load_public_key,
        read_checkpoints,
        verify_against,
    )

    if (checkpoints is None) != (public_key is None):
        raise typer.BadParameter("--checkpoints and --public-key go together")
    log = AuditLog(open_configured_store(config))
    result = log.verify()
    typer.echo(result.describe())
    ok = result.ok
    if checkpoints is not None and public_key is not None:
        try:
            anchored = verify_against(
                log.hashes(), read_checkpoints(checkpoints), load_public_key(public_key)
            )
        except CheckpointError as exc:
            typer.echo(f"checkpoints rejected: {exc}")
            raise typer.Exit(1) from None
        typer.echo(anchored.describe())
        ok = ok and anchored.ok
    if not ok:
        raise typer.Exit(1)


@audit_app.command("keygen")
def keygen(
    out: Path = typer.Option(..., "--out", help="Folder for audit.key and audit.pub."),
) -> None:
    """Make the Ed25519 key pair that signs checkpoints. Keep audit.key away from the database
    administrators; give audit.pub to whoever verifies."""
    from exportgate.audit.checkpoint import CheckpointError, generate_keys, key_id, load_public_key

    try:
        private_path, public_path = generate_keys(out)
    except CheckpointError as exc:
        fail(str(exc))
    typer.echo(
        f"signing key {private_path} (mode 600), public key {public_path} "
        f"({key_id(load_public_key(public_path))})"
    )


@audit_app.command("checkpoint")
def checkpoint(
    key: Path = typer.Option(..., "--key", help="The signing key (audit.key)."),
    checkpoints: Path = typer.Option(
        ...,
        "--checkpoints",
        help="The append-only checkpoint "
        "file (kept where the database administrator cannot "
        "write).",
    ),
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
) -> None:
    """Sign the log's current size, Merkle root and chain head and append the checkpoint."""
    from exportgate.audit import AuditLog
    from exportgate.audit.checkpoint import CheckpointError, load_private_key
    from exportgate.audit.service import take_checkpoint

    try:
        made = take_checkpoint(
            AuditLog(open_configured_store(config)), load_private_key(key), checkpoints
        )
    except CheckpointError as exc:
        fail(str(exc))
    typer.echo(
        f"checkpoint: {made.size} records, root {made.root[:16]}…, signed by {made.log}, "
        f"appended to {checkpoints}"
    )


@audit_app.command("prove")
def prove(
    seq: int = typer.Argument(..., help="The audit record's sequence number."),
    checkpoints: Path = typer.Option(..., "--checkpoints", help="The checkpoint file."),
    out: Path | None = typer.Option(None, "--out", help="Write the proof here (default stdout)."),
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
) -> None:
    """Prove one record is in the log the newest checkpoint signs, without the rest of the log:
    the record, its audit path (log2 of the log's size hashes) and the signed checkpoint."""
    from exportgate.audit import AuditLog
    from exportgate.audit.checkpoint import CheckpointError
    from exportgate.audit.service import prove_record

    try:
        proof = prove_record(AuditLog(open_configured_store(config)), seq, checkpoints)
    except CheckpointError as exc:
        fail(str(exc), 1)
    text = msgspec.json.encode(proof).decode()
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n")
        typer.echo(f"proof of record {seq} written to {out}")


@audit_app.command("check-proof")
def check_proof_command(
    proof_file: Path = typer.Argument(..., help="A proof from `exportgate audit prove`."),
    public_key: Path = typer.Option(..., "--public-key", help="The checkpoints' public key."),
) -> None:
    """Check an inclusion proof with only the public key; exit 1 if it does not hold."""
    from exportgate.audit.checkpoint import CheckpointError, load_public_key
    from exportgate.audit.proof import InclusionProof, check_proof

    try:
        proof = msgspec.json.decode(proof_file.read_bytes(), type=InclusionProof)
        typer.echo("proof holds: " + check_proof(proof, load_public_key(public_key)))
    except (CheckpointError, msgspec.DecodeError, OSError) as exc:
        typer.echo(f"proof rejected: {exc}")
        raise typer.Exit(1) from None


@audit_app.command("export")
def export(
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
    subject: str | None = typer.Option(None, "--subject", help="Only records about this account."),
) -> None:
    """Write audit records as JSON lines on stdout (with their hashes, for independent checks)."""
    from exportgate.audit import AuditLog
    from exportgate.records import to_json

    out = sys.stdout.buffer
    for row in AuditLog(open_configured_store(config)).rows():
        if subject is None or row["subject"] == subject:
            out.write(to_json(row) + b"\n")


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
