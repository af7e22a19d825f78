"""Editors' writes: validated, locked, atomic changes to claim and source records."""

from factcheck.writing import WriteError

__all__ = ["WriteError"]
