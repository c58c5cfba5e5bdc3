"""Console sign-in state: sessions per officer, sign-in throttling, the session cookie.

* A session carries the officer's name and role and how they signed in (password, OIDC, or the
  break-glass token); every action takes its author from here, never from a form field.
* A new session id is issued at every sign-in and any id the browser already held is dropped,
  so an id planted before sign-in (session fixation) never becomes an officer's session.
* Failed sign-ins are counted per officer name *and* per client address: five failures in a
  minute on either refuse further tries (429) until the window has passed.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

from exportgate.gateway.http import Scope

COOKIE = "eg_console"
MAX_FAILED_SIGN_INS = 5
FAILED_SIGN_IN_WINDOW_S = 60.0
MAX_TRACKED = 10_000


@dataclass
class Session:
    officer: str
    role: str
    via: str  # "password", "oidc" or "break-glass"
    expires: float
    # looked up on each call (not bound once at import), so that a patched clock applies
    last_seen: float = field(default_factory=lambda: time.monotonic())
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    flash: str | None = None
    error: str | None = None


class Sessions:
    """In-memory sessions of one gateway process (a restart signs everyone out)."""

    def __init__(self, ttl_s: float, idle_s: float | None = None) -> None:
        self.ttl_s = ttl_s
        self.idle_s = idle_s if idle_s is not None else ttl_s
        self._by_id: dict[str, Session] = {}

    def start(self, officer: str, role: str, via: str, old_sid: str | None) -> str:
        """A fresh session id for a signed-in officer; the id presented before, if any, ends."""
        now = time.monotonic()
        if old_sid is not None:
            self._by_id.pop(old_sid, None)
        self._by_id = {k: s for k, s in self._by_id.items() if s.expires > now}
        sid = secrets.token_urlsafe(32)
        self._by_id[sid] = Session(officer=officer, role=role, via=via, expires=now + self.ttl_s)
        return sid

    def get(self, sid: str | None) -> Session | None:
        session = self._by_id.get(sid) if sid else None
        now = time.monotonic()
        if session is None or session.expires <= now or now - session.last_seen > self.idle_s:
            return None
        session.last_seen = now
        return session

    def end(self, sid: str) -> None:
        self._by_id.pop(sid, None)

    def end_officer(self, officer: str) -> None:
        self._by_id = {k: s for k, s in self._by_id.items() if s.officer != officer}


class Throttle:
    """Failed sign-ins in a sliding window, per key (``name:...`` and ``addr:...``)."""

    def __init__(
        self, limit: int = MAX_FAILED_SIGN_INS, window_s: float = FAILED_SIGN_IN_WINDOW_S
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[str, list[float]] = {}

    def _recent(self, key: str, now: float) -> list[float]:
        return [t for t in self._failures.get(key, []) if now - t < self.window_s]

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        return any(len(self._recent(key, now)) >= self.limit for key in keys)

    def fail(self, *keys: str) -> None:
        now = time.monotonic()
        if len(self._failures) >= MAX_TRACKED:  # bounded: drop keys whose window has passed
            self._failures = {
                k: t for k, t in self._failures.items() if t and now - t[-1] < self.window_s
            }
        for key in keys:
            self._failures[key] = [*self._recent(key, now), now]

    def clear(self, *keys: str) -> None:
        for key in keys:
            self._failures.pop(key, None)


def cookie_value(scope: Scope, name: str = COOKIE) -> str | None:
    for header, value in scope["headers"]:
        if header != b"cookie":
            continue
        for part in value.decode("latin-1").split(";"):
            key, _, found = part.strip().partition("=")
            if key == name:
                return str(found)
    return None


def set_cookie(
    scope: Scope, value: str, max_age: int, name: str = COOKIE, path: str = "/console"
) -> tuple[bytes, bytes]:
    """HttpOnly, SameSite=Strict, scoped to the console's path; Secure when served over https
    (directly or, with trusted proxies, as the proxy reports)."""
    secure = "; Secure" if scope.get("scheme") == "https" else ""
    return (
        b"set-cookie",
        f"{name}={value}; Path={path}; HttpOnly; SameSite=Strict; "
        f"Max-Age={max_age}{secure}".encode(),
    )


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "?"
