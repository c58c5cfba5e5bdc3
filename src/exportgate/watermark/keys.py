"""Watermark keys: ids, secrets from configuration or the environment, rotation.

A key is an id (written into every generation record and detection report) and a secret. The
secret never appears in code paths used in production: it comes from the environment
(``EXPORTGATE_WATERMARK_KEYS``) or from configuration whose values may be ``env:NAME``. Rotation
keeps old keys for detection while only the active key signs new text; detection tries every key
in the ring and corrects the p-value for the number of keys tried (Bonferroni).

The public demo key exists so that ``exportgate demo`` and tests work out of the box; anything it
marks proves nothing, since everybody can read it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

from exportgate.config import environment, process_environment

KEYS_ENV = "EXPORTGATE_WATERMARK_KEYS"
ACTIVE_ENV = "EXPORTGATE_WATERMARK_ACTIVE_KEY"
DERIVATION_LABEL = b"exportgate-watermark-v1"
MIN_SECRET_BYTES = 16
DEMO_KEY_ID = "demo"
_DEMO_SECRET = b"exportgate public demo watermark key - proves nothing"


class WatermarkKeyError(ValueError):
    """A key specification that cannot be used, with the offending key id or field named."""


@dataclass(frozen=True)
class WatermarkKey:
    """One watermark key: ``key_id`` is public, ``secret`` is not (hidden from repr)."""

    key_id: str
    secret: bytes = field(repr=False)

    @property
    def value(self) -> int:
        """The 64-bit integer the pseudo-random functions are keyed with."""
        digest = hmac.new(self.secret, DERIVATION_LABEL, hashlib.sha256).digest()
        return int.from_bytes(digest[:8], "big")

    @property
    def is_demo(self) -> bool:
        return self.key_id == DEMO_KEY_ID


DEMO_KEY = WatermarkKey(DEMO_KEY_ID, _DEMO_SECRET)


@dataclass(frozen=True)
class Keyring:
    """All keys we may detect with, and the one new generations are signed with."""

    keys: tuple[WatermarkKey, ...]
    active_id: str

    def __post_init__(self) -> None:
        if not self.keys:
            raise WatermarkKeyError("a keyring needs at least one key")
        ids = [k.key_id for k in self.keys]
        if len(set(ids)) != len(ids):
            raise WatermarkKeyError(f"duplicate watermark key ids: {ids}")
        if self.active_id not in ids:
            raise WatermarkKeyError(f"active key id {self.active_id!r} is not among {ids}")

    @property
    def active(self) -> WatermarkKey:
        return next(k for k in self.keys if k.key_id == self.active_id)

    def get(self, key_id: str) -> WatermarkKey:
        for key in self.keys:
            if key.key_id == key_id:
                return key
        raise WatermarkKeyError(f"unknown watermark key id {key_id!r}")

    @property
    def uses_demo_key(self) -> bool:
        return self.active.is_demo


DEMO_KEYRING = Keyring((DEMO_KEY,), DEMO_KEY_ID)


def parse_secret(key_id: str, text: str) -> bytes:
    """Decode ``hex:...``, ``b64:...`` or plain text; refuse secrets shorter than 16 bytes."""
    if text.startswith("hex:"):
        try:
            secret = bytes.fromhex(text[4:])
        except ValueError as exc:
            raise WatermarkKeyError(f"watermark key {key_id!r}: secret is not valid hex") from exc
    elif text.startswith("b64:"):
        try:
            secret = base64.b64decode(text[4:], validate=True)
        except ValueError as exc:
            raise WatermarkKeyError(
                f"watermark key {key_id!r}: secret is not valid base64"
            ) from exc
    else:
        secret = text.encode("utf-8")
    if len(secret) < MIN_SECRET_BYTES:
        raise WatermarkKeyError(
            f"watermark key {key_id!r}: secret has {len(secret)} bytes, at least "
            f"{MIN_SECRET_BYTES} are required"
        )
    return secret


def _resolve(value: str, environ: Mapping[str, str], where: str) -> str:
    if value.startswith("env:"):
        name = value[4:]
        if name not in environ:
            raise WatermarkKeyError(f"{where}: environment variable {name} is not set")
        return environ[name]
    return value


def keyring_from_env(environ: Mapping[str, str] | None = None) -> Keyring | None:
    """Keys from ``EXPORTGATE_WATERMARK_KEYS="id1:secret1,id2:secret2"``; None when unset.

    The active key is ``EXPORTGATE_WATERMARK_ACTIVE_KEY`` or else the last one listed (append the
    new key to rotate; keep the old ones listed so that their text is still detected).
    """
    env = environment(environ).watermark
    spec = env.keys
    if not spec:
        return None
    keys: list[WatermarkKey] = []
    for index, item in enumerate(part.strip() for part in spec.split(",")):
        if not item:
            continue
        key_id, sep, secret = item.partition(":")
        if not sep or not key_id:
            raise WatermarkKeyError(f"{KEYS_ENV} entry {index + 1}: expected 'id:secret'")
        keys.append(WatermarkKey(key_id, parse_secret(key_id, secret)))
    active = env.active_key or keys[-1].key_id
    return Keyring(tuple(keys), active)


def keyring_from_config(
    config: Mapping[str, object], environ: Mapping[str, str] | None = None
) -> Keyring:
    """Keys from a ``watermark:`` config section: ``{keys: [{id, secret}], active: id}``.

    Secrets should be ``env:NAME`` references so that configuration files hold no secrets.
    """
    env = process_environment() if environ is None else environ
    raw_keys = config.get("keys")
    if not isinstance(raw_keys, list) or not raw_keys:
        raise WatermarkKeyError("watermark.keys: expected a non-empty list of {id, secret}")
    keys = []
    for index, entry in enumerate(raw_keys):
        where = f"watermark.keys[{index}]"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
            raise WatermarkKeyError(f"{where}.id: expected a string")
        secret = entry.get("secret")
        if not isinstance(secret, str):
            raise WatermarkKeyError(f"{where}.secret: expected a string (use env:NAME)")
        key_id = entry["id"]
        keys.append(WatermarkKey(key_id, parse_secret(key_id, _resolve(secret, env, where))))
    active = config.get("active", keys[-1].key_id)
    if not isinstance(active, str):
        raise WatermarkKeyError("watermark.active: expected a key id")
    return Keyring(tuple(keys), active)


def load_keyring(
    config: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
    allow_demo: bool = True,
) -> Keyring:
    """The configured keyring: config section first, then the environment, then the demo key."""
    if config:
        return keyring_from_config(config, environ)
    from_env = keyring_from_env(environ)
    if from_env is not None:
        return from_env
    if allow_demo:
        return DEMO_KEYRING
    raise WatermarkKeyError(f"no watermark keys configured: set {KEYS_ENV} or watermark.keys")
