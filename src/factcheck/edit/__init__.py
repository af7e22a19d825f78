"""Editors' writes: validated, locked, atomic changes to claim and source records."""

from factcheck.errors import WriteError

__all__ = ["WriteError"]
