"""A small OpenID Connect provider for tests: a real HTTP server on 127.0.0.1 that runs the
authorization code flow with PKCE and issues ID tokens signed with RS256 or ES256
(``cryptography``). It consents at once for whichever user the test has put in ``user``.

Knobs for the failure cases: ``bad_nonce`` (the token carries another nonce), ``rogue_key``
(the token is signed by a key the JWKS does not publish), ``issuer_override``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

CLIENT_ID = "exportgate-console"
CLIENT_SECRET = "client-secret-for-tests"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int(value: int, size: int) -> str:
    return b64url(value.to_bytes(size, "big"))


@dataclass
class ProviderState:
    alg: str = "RS256"
    user: dict[str, Any] = field(default_factory=dict)
    bad_nonce: bool = False
    rogue_key: bool = False
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)


class Provider:
    def __init__(self, redirect_uri: str, alg: str = "RS256") -> None:
        self.state = ProviderState(alg=alg)
        self.redirect_uri = redirect_uri
        self.rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ec = ec.generate_private_key(ec.SECP256R1())
        self.rogue_rsa = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.rogue_ec = ec.generate_private_key(ec.SECP256R1())
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Provider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)

    def jwks(self) -> dict[str, Any]:
        rn = self.rsa.public_key().public_numbers()
        en = self.ec.public_key().public_numbers()
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "kid": "rsa-1",
                    "use": "sig",
                    "alg": "RS256",
                    "n": _int(rn.n, 256),
                    "e": _int(rn.e, 3),
                },
                {
                    "kty": "EC",
                    "kid": "ec-1",
                    "use": "sig",
                    "alg": "ES256",
                    "crv": "P-256",
                    "x": _int(en.x, 32),
                    "y": _int(en.y, 32),
                },
            ]
        }

    def sign(self, claims: dict[str, Any]) -> str:
        alg = self.state.alg
        header = {"alg": alg, "typ": "JWT", "kid": "rsa-1" if alg == "RS256" else "ec-1"}
        signed = (
            b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
        ).encode()
        if alg == "RS256":
            key = self.rogue_rsa if self.state.rogue_key else self.rsa
            signature = key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
        else:
            eckey = self.rogue_ec if self.state.rogue_key else self.ec
            r, s = decode_dss_signature(eckey.sign(signed, ec.ECDSA(hashes.SHA256())))
            signature = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        return signed.decode() + "." + b64url(signature)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == "/.well-known/openid-configuration":
                    self._json(
                        200,
                        {
                            "issuer": provider.issuer,
                            "authorization_endpoint": provider.issuer + "/authorize",
                            "token_endpoint": provider.issuer + "/token",
                            "jwks_uri": provider.issuer + "/jwks",
                            "response_types_supported": ["code"],
                            "code_challenge_methods_supported": ["S256"],
                            "id_token_signing_alg_values_supported": ["RS256", "ES256"],
                        },
                    )
                elif url.path == "/jwks":
                    self._json(200, provider.jwks())
                elif url.path == "/authorize":
                    provider.state.authorize_requests.append(query)
                    if (
                        query.get("client_id") != CLIENT_ID
                        or query.get("redirect_uri") != provider.redirect_uri
                        or query.get("code_challenge_method") != "S256"
                        or not query.get("code_challenge")
                    ):
                        self._json(400, {"error": "invalid_request"})
                        return
                    code = secrets.token_urlsafe(16)
                    provider.state.codes[code] = {
                        "user": dict(provider.state.user),
                        "nonce": query.get("nonce", ""),
                        "challenge": query["code_challenge"],
                    }
                    target = (
                        provider.redirect_uri
                        + "?"
                        + urlencode({"code": code, "state": query.get("state", "")})
                    )
                    self.send_response(302)
                    self.send_header("location", target)
                    self.send_header("content-length", "0")
                    self.end_headers()
                else:
                    self._json(404, {"error": "not_found"})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                provider.state.token_requests.append(form)
                grant = provider.state.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                if (
                    self.path != "/token"
                    or grant is None
                    or form.get("client_id") != CLIENT_ID
                    or form.get("client_secret") != CLIENT_SECRET
                    or form.get("redirect_uri") != provider.redirect_uri
                    or b64url(hashlib.sha256(verifier.encode()).digest()) != grant["challenge"]
                ):
                    self._json(400, {"error": "invalid_grant"})
                    return
                now = int(time.time())
                claims = {
                    "iss": provider.issuer,
                    "aud": CLIENT_ID,
                    "iat": now,
                    "exp": now + 300,
                    "nonce": "someone-elses" if provider.state.bad_nonce else grant["nonce"],
                    **grant["user"],
                }
                self._json(
                    200,
                    {
                        "access_token": secrets.token_urlsafe(16),
                        "token_type": "Bearer",
                        "expires_in": 300,
                        "id_token": provider.sign(claims),
                    },
                )

        return Handler
