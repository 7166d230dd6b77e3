"""The README documents every command and every build setting."""
from __future__ import annotations

import doctest
import socket
from dataclasses import fields
from pathlib import Path

import pytest

from borderkg.cli import main
from borderkg.config import Config

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"borderkg {command}" in README


@pytest.mark.parametrize("name", [f.name for f in fields(Config)])
def test_every_config_field_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README


def test_network_guard_refuses_outside_hosts() -> None:
    with socket.socket() as s, pytest.raises(OSError, match="may not reach the network"):
        s.connect(("192.0.2.1", 80))


def test_python_api_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    result = doctest.testfile(str(Path(__file__).resolve().parents[1] / "README.md"), module_relative=False,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 5 and result.failed == 0


def test_all_lists_the_api() -> None:
    import borderkg

    for name in borderkg.__all__:
        assert getattr(borderkg, name) is not None
        assert f"borderkg.{name}" in README or f"`{name}`" in README or name == "__version__", name
    assert {"build_graph", "query", "actor_network", "to_oxigraph"} <= set(borderkg.__all__)


def test_architecture_names_entry_points_that_exist() -> None:
    """docs/ARCHITECTURE.md's stage table names each stage's module and entry functions: they must exist."""
    import importlib
    import re

    text = (Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if re.match(r"\| [a-z()]+ \| `borderkg/", line)]
    assert len(rows) >= 8
    for row in rows:
        path, entry = re.findall(r"`([^`]*)`", row.split("|")[2])[0], row.split("|")[3]
        module = importlib.import_module(path.removesuffix(".py").removesuffix("/").replace("/", "."))
        for name in re.findall(r"`(\w+)\(", entry):
            assert hasattr(module, name), f"{module.__name__}.{name} is in ARCHITECTURE.md but not in the code"
