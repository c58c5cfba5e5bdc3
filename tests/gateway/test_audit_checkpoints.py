"""A gateway with ``audit: {checkpoint_key, checkpoints}`` signs its audit log on a schedule, and
the checkpoints verify with the public key alone."""

from __future__ import annotations

import json
import time
from pathlib import Path

from exportgate.audit import AuditLog
from exportgate.audit.checkpoint import (
    generate_keys,
    load_public_key,
    read_checkpoints,
    verify_against,
)

from .conftest import GatewayFactory
from .test_dialects import HELLO, oai


def test_the_gateway_takes_signed_checkpoints_on_a_schedule(
    make_gateway: GatewayFactory, tmp_path: Path
) -> None:
    key, public = generate_keys(tmp_path / "keys")
    anchor = tmp_path / "anchor" / "checkpoints.jsonl"
    handle, store = make_gateway(
        audit={"checkpoint_key": str(key), "checkpoints": str(anchor), "checkpoint_interval_s": 0.2}
    )
    client = oai(handle, "sk-test-us")
    for _ in range(5):
        client.chat.completions.create(model="frontier-5", messages=HELLO)
    audit = AuditLog(store)
    deadline = time.monotonic() + 20
    while True:
        sizes = (
            [json.loads(line)["size"] for line in anchor.read_text().splitlines()]
            if anchor.exists()
            else []
        )
        head = audit.head()
        if sizes and head is not None and head[0] >= 5 and sizes[-1] == head[0]:
            break
        assert time.monotonic() < deadline, f"no checkpoint of the whole log: {sizes}, {head}"
        time.sleep(0.1)
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)  # only when the log grew
    result = verify_against(audit.hashes(), read_checkpoints(anchor), load_public_key(public))
    assert result.ok, result.describe()
