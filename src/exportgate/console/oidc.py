"""OpenID Connect sign-in for the console: authorization code flow with PKCE (RFC 7636, S256),
``state`` bound to a browser cookie, ``nonce`` checked in the ID token, and the ID token's
signature verified (RS256 or ES256, keys from the provider's JWKS) with ``cryptography``.

The provider's metadata comes from ``{issuer}/.well-known/openid-configuration``. Network calls
are blocking (``urllib``) and run in worker threads; each has a timeout.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from exportgate.config import OidcSettings

TIMEOUT_S = 10.0
PENDING_TTL_S = 600.0
MAX_PENDING = 10_000
CLOCK_SKEW_S = 120


class OidcError(ValueError):
    """A sign-in through the identity provider that failed; the message says why."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _get_json(url: str, data: bytes | None = None) -> dict[str, Any]:
    request = urllib.request.Request(
        url,
        data=data,
        headers={
            "accept": "application/json",
            **({"content-type": "application/x-www-form-urlencoded"} if data else {}),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as reply:  # noqa: S310
            body = reply.read(1_000_000)
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", "replace")
        raise OidcError(f"the identity provider answered {exc.code} at {url}: {detail}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise OidcError(f"the identity provider cannot be reached at {url}: {exc}") from None
    try:
        found = json.loads(body)
    except ValueError:
        raise OidcError(f"the identity provider's answer at {url} is not JSON") from None
    if not isinstance(found, dict):
        raise OidcError(f"the identity provider's answer at {url} is not a JSON object")
    return found


def _public_key(jwk: dict[str, Any]) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    if jwk.get("kty") == "RSA":
        n = int.from_bytes(b64url_decode(jwk["n"]), "big")
        e = int.from_bytes(b64url_decode(jwk["e"]), "big")
        return rsa.RSAPublicNumbers(e, n).public_key()
    if jwk.get("kty") == "EC" and jwk.get("crv") == "P-256":
        x = int.from_bytes(b64url_decode(jwk["x"]), "big")
        y = int.from_bytes(b64url_decode(jwk["y"]), "big")
        return ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1()).public_key()
    raise OidcError(f"unsupported key type in the provider's JWKS: {jwk.get('kty')}")


def verify_jwt(token: str, jwks: dict[str, Any]) -> dict[str, Any]:
    """The claims of a JWS-signed token if its RS256/ES256 signature verifies with a JWKS key;
    any other algorithm (``none``, HMAC) is refused."""
    try:
        head_b64, body_b64, sig_b64 = token.split(".")
        header = json.loads(b64url_decode(head_b64))
        claims = json.loads(b64url_decode(body_b64))
        signature = b64url_decode(sig_b64)
    except (ValueError, TypeError):
        raise OidcError("the ID token is not a signed JWT") from None
    alg = header.get("alg")
    if alg not in ("RS256", "ES256"):
        raise OidcError(f"the ID token is signed with {alg!r}; only RS256 and ES256 are accepted")
    keys = [
        k
        for k in jwks.get("keys", [])
        if isinstance(k, dict) and (header.get("kid") is None or k.get("kid") == header.get("kid"))
    ]
    if not keys:
        raise OidcError("no key in the provider's JWKS matches the ID token's key id")
    signed = f"{head_b64}.{body_b64}".encode()
    for jwk in keys:
        key = _public_key(jwk)
        try:
            if alg == "RS256" and isinstance(key, rsa.RSAPublicKey):
                key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
            elif alg == "ES256" and isinstance(key, ec.EllipticCurvePublicKey):
                if len(signature) != 64:
                    continue
                der = encode_dss_signature(
                    int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
                )
                key.verify(der, signed, ec.ECDSA(hashes.SHA256()))
            else:
                continue
        except InvalidSignature:
            continue
        if not isinstance(claims, dict):
            raise OidcError("the ID token's claims are not a JSON object")
        return claims
    raise OidcError("the ID token's signature does not verify with the provider's keys")


@dataclass
class Pending:
    verifier: str
    nonce: str
    browser: str
    expires: float


@dataclass(frozen=True)
class Identity:
    name: str
    role: str
    subject: str


class OidcClient:
    """One configured identity provider; keeps the sign-ins in flight (state -> PKCE verifier)."""

    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings
        self._metadata: dict[str, Any] | None = None
        self._pending: dict[str, Pending] = {}

    def metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            url = self.settings.issuer.rstrip("/") + "/.well-known/openid-configuration"
            found = _get_json(url)
            if found.get("issuer") != self.settings.issuer:
                raise OidcError(
                    f"the provider at {url} calls itself {found.get('issuer')!r}, "
                    f"not {self.settings.issuer!r}"
                )
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(found.get(key), str):
                    raise OidcError(f"the provider's metadata at {url} has no {key}")
            self._metadata = found
        return self._metadata

    def start(self, browser: str) -> str:
        """The provider's authorization URL for a new sign-in bound to the ``browser`` cookie."""
        now = time.monotonic()
        self._pending = {k: p for k, p in self._pending.items() if p.expires > now}
        while len(self._pending) >= MAX_PENDING:  # bounded: the oldest sign-in in flight goes
            del self._pending[next(iter(self._pending))]
        state, verifier, nonce = (secrets.token_urlsafe(32) for _ in range(3))
        self._pending[state] = Pending(verifier, nonce, browser, now + PENDING_TTL_S)
        challenge = b64url(hashlib.sha256(verifier.encode()).digest())
        query = urllib.parse.urlencode(
            {
                "response_type": "code",
                "client_id": self.settings.client_id,
                "redirect_uri": self.settings.redirect_uri,
                "scope": " ".join(self.settings.scopes),
                "state": state,
                "nonce": nonce,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
            }
        )
        endpoint = str(self.metadata()["authorization_endpoint"])
        return endpoint + ("&" if "?" in endpoint else "?") + query

    def finish(self, state: str, code: str, browser: str) -> Identity:
        """Exchange the code (with the PKCE verifier), verify the ID token, map the role."""
        pending = self._pending.pop(state, None)
        if pending is None or pending.expires <= time.monotonic():
            raise OidcError("this sign-in is unknown or has expired; start again")
        if not secrets.compare_digest(pending.browser, browser):
            raise OidcError("this sign-in was started in another browser; start again")
        meta = self.metadata()
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.settings.redirect_uri,
            "client_id": self.settings.client_id,
            "code_verifier": pending.verifier,
        }
        if self.settings.client_secret:
            form["client_secret"] = self.settings.client_secret
        tokens = _get_json(str(meta["token_endpoint"]), urllib.parse.urlencode(form).encode())
        id_token = tokens.get("id_token")
        if not isinstance(id_token, str):
            raise OidcError("the provider's token answer has no id_token")
        claims = verify_jwt(id_token, _get_json(str(meta["jwks_uri"])))
        self._check(claims, pending.nonce)
        return self.identity(claims)

    def _check(self, claims: dict[str, Any], nonce: str) -> None:
        now = time.time()
        if claims.get("iss") != self.settings.issuer:
            raise OidcError(f"the ID token was issued by {claims.get('iss')!r}")
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if self.settings.client_id not in audiences:
            raise OidcError("the ID token is meant for another client")
        if not isinstance(claims.get("exp"), int | float) or claims["exp"] < now - CLOCK_SKEW_S:
            raise OidcError("the ID token has expired")
        if isinstance(claims.get("iat"), int | float) and claims["iat"] > now + CLOCK_SKEW_S:
            raise OidcError("the ID token was issued in the future")
        if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
            raise OidcError("the ID token's nonce does not match this sign-in")

    def identity(self, claims: dict[str, Any]) -> Identity:
        """The officer's name and role: ``allow`` (subject or name) first, then ``role_claim``
        mapped by ``roles`` (the highest role any of its values maps to)."""
        from exportgate.officers.roles import RANK

        settings = self.settings
        subject = str(claims.get("sub") or "")
        name = str(claims.get(settings.name_claim) or subject)
        if not subject or not name:
            raise OidcError("the ID token names no subject")
        if name in settings.allow or subject in settings.allow:
            return Identity(name, settings.allow.get(name) or settings.allow[subject], subject)
        if settings.role_claim:
            value = claims.get(settings.role_claim)
            values = value if isinstance(value, list) else [value]
            roles = [settings.roles[str(v)] for v in values if str(v) in settings.roles]
            if roles:
                return Identity(name, max(roles, key=lambda r: RANK[r]), subject)
        raise OidcError(f"{name} is not allowed into the console (no role is mapped for them)")
