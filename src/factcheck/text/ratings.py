"""What another fact-checker's rating says, as a colour shows it: false, mixed, true or
other (a rating no entry names, shown as written). The table ships in
`factcheck/data/verdicts.yaml`; where a feed gives a rating only as numbers, where the
value lies between worst and best tells."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TypeVar

import yaml

VERDICTS = ("false", "mixed", "true")
T = TypeVar("T")


@cache
def verdict_table() -> dict[str, str]:
    """Folded textual rating → verdict."""
    text = resources.files("factcheck").joinpath("data/verdicts.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {folded_rating(str(rating)): verdict for verdict in VERDICTS for rating in data[verdict]}


def folded_rating(rating: str) -> str:
    """A rating as the tables are read: case, spacing and end punctuation ignored."""
    return " ".join(rating.casefold().replace("_", " ").split()).strip(" .!")


def looked_up(rating: str, table: Mapping[str, T]) -> T | None:
    """What `table` (folded rating → value) says of `rating`: its entry, else that of the
    longest entry it contains as words ("Four Pinocchios: false" → false)."""
    folded = folded_rating(rating)
    if folded in table:
        return table[folded]
    for known in sorted(table, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(known)}(?!\w)", folded):
            return table[known]
    return None


def verdict_of(
    rating: str,
    value: float | None = None,
    best: float | None = None,
    worst: float | None = None,
) -> str:
    """`false`, `mixed`, `true` or `other` for a textual rating (and its numbers)."""
    found = looked_up(rating, verdict_table())
    if found is not None:
        return found
    if value is not None and best is not None and worst is not None and best != worst:
        share = (value - worst) / (best - worst)
        return "false" if share <= 0.25 else "true" if share >= 0.75 else "mixed"
    return "other"
