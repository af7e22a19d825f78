"""Editors' writes: validated, locked, atomic changes to claim and source records."""

from factcheck.editing.store import WriteError

__all__ = ["WriteError"]
