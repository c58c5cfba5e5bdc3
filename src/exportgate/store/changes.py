"""Who wants to hear that shared state changed: the store's writers call :func:`changed` after
they commit (a switch, a model control, an account or its keys or screening status); the audit
log calls it for review verdicts and re-screening for a list update. Nothing listens unless a
process subscribes: with ``redis:`` configured, ``exportgate.bus.notify`` publishes each change
to every gateway replica (issue 19). A listener never fails the write."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger("exportgate.store.changes")

Listener = Callable[[str, str | None], object]
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> None:
    if listener not in _listeners:
        _listeners.append(listener)


def unsubscribe(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def changed(kind: str, subject: str | None = None) -> None:
    """``kind``: switch, model_controls, account, verdict or lists; ``subject``: which one."""
    for listener in list(_listeners):
        try:
            listener(kind, subject)
        except Exception as exc:  # noqa: BLE001 - the write is done; polling catches up
            log.warning("a change listener failed on %s %s: %s", kind, subject, exc)
