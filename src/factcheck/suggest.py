"""The nearest choices for a bad value, and the one way of saying them.

Every "did you mean" of factcheck comes from here, so each picks its suggestions
the same way and says them in the same words:

- one scorer, rapidfuzz's plain edit similarity (`fuzz.ratio`): enough for slugs,
  keys and the few words of a closed choice, and, unlike the weighted default,
  fast against tens of thousands of ids;
- one cutoff, `CUTOFF`: a choice scoring less is not offered;
- the value is compared in lower case (stripped), the choices as written: every
  id, key, rule and choice factcheck knows is lower case (the reliability grades,
  A to F, are upper-cased by the command before they are checked), so "Confirmed"
  or "NEWS" finds its choice without folding tens of thousands of ids each time;
- one phrasing: `; did you mean 'x'?` (or `'x' or 'y'`) when a choice is near, else,
  for a short closed list, `; use one of a, b, c`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from factcheck.errors import Usage
from factcheck.text.clean import quoted

CUTOFF = 60
"""The least `fuzz.ratio` score (0-100) of a choice worth suggesting."""

POLICY = f"ratio-lower-{CUTOFF}"
"""Names the way suggestions are picked, for suggestions kept between runs."""


def nearest(value: str, choices: Iterable[str], limit: int = 1) -> list[str]:
    """The choices most like `value`, best first (at most `limit`); none when none is near."""
    matches = process.extract(
        value.strip().casefold(), list(choices), scorer=fuzz.ratio, limit=limit, score_cutoff=CUTOFF
    )
    return [match[0] for match in matches]


def phrase(near: Sequence[str], choices: Sequence[str] = ()) -> str:
    """`; did you mean 'x'?` (or `'x' or 'y'`) for the choices found `near`; else, when
    given the whole (short) list of `choices`, `; use one of a, b, c`; else ""."""
    if near:
        return f"; did you mean {' or '.join(quoted(n) for n in near)}?"
    if choices:
        return f"; use one of {', '.join(choices)}"
    return ""


def hint(value: str, choices: Sequence[str], *, listed: bool = False, limit: int = 1) -> str:
    """The phrase for `value` among `choices`: the nearest ones, or (when `listed`, for a
    short closed list) all of them when none is near."""
    return phrase(nearest(value, choices, limit), choices if listed else ())


def not_one_of(value: str, choices: Sequence[str], what: str) -> str:
    """`unknown WHAT 'v'; did you mean 'x'?`, or `…; use one of a, b, c` when none is near."""
    return f"unknown {what} {quoted(value)}{hint(value, choices, listed=True)}"


def folded(value: str, choices: Iterable[str]) -> str | None:
    """The choice `value` names: itself, or the one it equals but for case and surrounding
    space (`Confirmed`, `b`); None when it names none."""
    options = list(choices)
    if value in options:
        return value
    key = value.strip().casefold()
    matches = [option for option in options if option.casefold() == key]
    return matches[0] if len(matches) == 1 else None


def choice(value: str, choices: Iterable[str], what: str) -> str:
    """The choice `value` names (`folded`), else Usage saying so (`not_one_of`)."""
    options = list(choices)
    named = folded(value, options)
    if named is not None:
        return named
    raise Usage(not_one_of(value, options, what))


def no_such(what: str, record_id: str, known: Iterable[str]) -> str:
    """`no claim has the id 'x'; did you mean 'y'?`"""
    return f"no {what} has the id {quoted(record_id)}{hint(record_id, list(known))}"
