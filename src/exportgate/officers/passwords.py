"""Password hashing with scrypt (RFC 7914), a memory-hard KDF in Python's standard library.

Parameters follow OWASP's scrypt guidance (N=2^15, r=8, p=1: 32 MiB per hash); the stored form
is ``scrypt$N$r$p$salt$hash`` (base64), so parameters can be raised later without breaking
existing hashes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

N, R, P = 2**15, 8, 1
MAXMEM = 64 * 1024 * 1024
KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=KEY_BYTES
    )
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(key)}"


def check_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a stored hash; False for any malformed one."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        given = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(given, expected)


def one_time_password() -> str:
    """A fresh password to hand to an officer once (about 120 bits)."""
    return secrets.token_urlsafe(15)
