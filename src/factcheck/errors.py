"""One voice for what stops a command: each error carries its exit status.

0 done, 1 refused (or findings at --fail-on), 2 usage (the command cannot run as
asked), 130 interrupted (Ctrl-C: nothing was written). The CLI catches these once,
in `factcheck.cli.main`; the library raises them and never exits.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from factcheck.text.clean import quoted

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class FactcheckError(Exception):
    """A command cannot do what was asked; `exit_status` says which kind of failure."""

    exit_status = EXIT_REFUSED


class Usage(FactcheckError):
    """The command cannot run as asked: a bad option, a missing value, no repository."""

    exit_status = EXIT_USAGE


def did_you_mean(value: str, choices: Iterable[str], cutoff: float = 60) -> str:
    """`"; did you mean 'confirmed'?"` for the nearest of `choices`, or "" when none is near."""
    from rapidfuzz import fuzz, process

    match = process.extractOne(value, list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    return f"; did you mean {quoted(match[0])}?" if match else ""


def choice(value: str, choices: Iterable[str], what: str) -> str:
    """`value` if it is one of `choices`, else Usage naming them and the nearest."""
    options = list(choices)
    if value in options:
        return value
    raise Usage(
        f"{what} {quoted(value)} is not one of {', '.join(options)}{did_you_mean(value, options)}"
    )


def parse_date(text: str, what: str = "date") -> date:
    """An ISO date, or Usage saying what is wrong with it ("November has 30 days")."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise Usage(f"{what} {quoted(text)}: write a date as YYYY-MM-DD, e.g. 2025-12-13")
    year, month, day = (int(p) for p in parts)
    if not 1 <= month <= 12:
        raise Usage(f"{what} {quoted(text)}: there is no month {month}; months run 01 to 12")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        raise Usage(f"{what} {quoted(text)}: {name} {year} has {days} days")
    return date(year, month, day)
