"""The gateway fixtures (real stand-in upstream, real gateway) for the bypass gate tests."""

from tests.gateway.conftest import make_gateway, standin  # noqa: F401
