""" "Did you mean …?": the nearest known ids to a misspelled one."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from factcheck.text.clean import quoted


def nearest_ids(name: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    """The ids most like `name`, best first.

    Plain edit similarity (rapidfuzz's ratio) is enough for slugs and, unlike the
    weighted default, stays fast against tens of thousands of ids.
    """
    matches = process.extract(name, list(ids), scorer=fuzz.ratio, limit=limit, score_cutoff=60)
    return [match[0] for match in matches]


def no_such(what: str, record_id: str, known: Iterable[str]) -> str:
    """`no claim has the id 'x'; did you mean 'y'?`"""
    nearest = nearest_ids(record_id, known, limit=1)
    hint = f"; did you mean {quoted(nearest[0])}?" if nearest else ""
    return f"no {what} has the id {quoted(record_id)}{hint}"
