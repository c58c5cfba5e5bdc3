"""Fixtures that need the embedded model: skipped, with the reason printed, when it is absent
(a failure instead when EXPORTGATE_REQUIRE_LOCALMODEL is set, as CI does)."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator

import pytest

from exportgate.localmodel import runtime_available

AVAILABLE, WHY_NOT = runtime_available()
REQUIRED = bool(os.environ.get("EXPORTGATE_REQUIRE_LOCALMODEL"))


def pytest_report_header(config: pytest.Config) -> str:
    return "localmodel: " + (
        "SmolLM2 (NumPy forward pass) available"
        if AVAILABLE
        else f"SKIPPING model tests: {WHY_NOT}"
    )


needs_model = pytest.mark.skipif(not AVAILABLE and not REQUIRED, reason=WHY_NOT)


@pytest.fixture(autouse=True)
def _model_required() -> None:
    if REQUIRED and not AVAILABLE:
        pytest.fail(f"the embedded model is required (EXPORTGATE_REQUIRE_LOCALMODEL): {WHY_NOT}")


@pytest.fixture(scope="session")
def model():  # type: ignore[no-untyped-def]
    if not AVAILABLE:
        pytest.skip(WHY_NOT)
    from exportgate.localmodel.engine import LocalModel

    return LocalModel()


@pytest.fixture(scope="session")
def server_url(model) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A real uvicorn server on a loopback port, serving the real model."""
    import uvicorn

    from exportgate.localmodel.server import LocalModelApp, ServerSettings
    from exportgate.watermark.keys import DEMO_KEYRING

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    app = LocalModelApp(model, ServerSettings(DEMO_KEYRING))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
