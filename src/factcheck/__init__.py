"""factcheck: audit a newsroom's claims, sources and articles kept in git."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
