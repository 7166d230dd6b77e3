"""Shared test setup: no test may reach the network beyond this machine."""
from __future__ import annotations

import ipaddress
import socket

import pytest

_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address, *args):  # type: ignore[no-untyped-def]
    if self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = host == "localhost"
        if not local:
            raise OSError(f"tests may not reach the network: connection to {host!r} refused by tests/conftest.py")
    return _connect(self, address, *args)


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Block connections to anything but loopback (the build must work offline)."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    """One rule extractor for the short-article tests (loading the resources takes seconds)."""
    from borderkg.extract import RuleExtractor
    from borderkg.resources import load_resources

    return RuleExtractor(load_resources())
