"""The gateway's scheduled audit checkpoints (``audit: {checkpoint_key, checkpoints,
checkpoint_interval_s}``): every interval, if records were added, sign the log's head and append
the checkpoint, off the event loop. A failure is logged and retried at the next interval; the
key is read once, at start-up, so a missing key stops the gateway from starting."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from exportgate.audit.checkpoint import load_private_key
from exportgate.audit.log import AuditLog
from exportgate.audit.service import take_checkpoint
from exportgate.config import AuditSettings
from exportgate.store import Store

log = logging.getLogger("exportgate.gateway.checkpoints")


class CheckpointTask:
    def __init__(self, store: Store, settings: AuditSettings) -> None:
        assert settings.checkpoint_key is not None and settings.checkpoints is not None
        self._store = store
        self._key = load_private_key(Path(settings.checkpoint_key))
        self._path = Path(settings.checkpoints)
        self._interval_s = settings.checkpoint_interval_s
        self._signed_size = -1
        self.taken = 0

    def once(self) -> bool:
        """Take a checkpoint if the log grew since the last one; True when one was taken."""
        audit = AuditLog(self._store)
        head = audit.head()
        if head is not None and head[0] == self._signed_size:
            return False
        made = take_checkpoint(audit, self._key, self._path)
        self._signed_size = made.size
        self.taken += 1
        return True

    async def run(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.once)
            except Exception as exc:  # noqa: BLE001 - retried at the next interval
                log.error("audit checkpoint failed, retrying in %.0f s: %s", self._interval_s, exc)
            await asyncio.sleep(self._interval_s)
