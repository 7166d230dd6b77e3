"""borderkg: a knowledge-graph builder for cross-border cooperation news."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("borderkg")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0"

__all__ = ["__version__"]
