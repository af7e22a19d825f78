""" "Did you mean …?": the nearest known ids to a misspelled one."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process


def nearest_ids(name: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    """The ids most like `name`, best first."""
    return [match[0] for match in process.extract(name, list(ids), limit=limit, score_cutoff=60)]


def no_such(what: str, record_id: str, known: Iterable[str]) -> str:
    """`no claim has the id 'x'; did you mean 'y'?`"""
    nearest = nearest_ids(record_id, known, limit=1)
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    return f"no {what} has the id {record_id!r}{hint}"
