"""What stops a command: the few errors the library raises, each with its exit status.

0 done, 1 refused (or findings at --fail-on), 2 usage (the command cannot run as
asked), 130 interrupted (Ctrl-C: nothing was written). The library raises only
these types and never exits or prints; the CLI turns them into a message on stderr
and an exit status in one place, `factcheck.cli.FactcheckGroup.invoke`.

- `Usage` (2): a bad option value, an unknown rule id, no repository, a missing file.
- `Refused` (1): a write the audit would call an error; `findings` say why.
- `WriteError` (1): a write that could not be done (disk full, lock held, file exists).
- `FactcheckError` (1): any other refusal; the base of them all.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from factcheck.desk.findings import Finding
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


class Refused(FactcheckError):
    """A write refused because the record would not pass the audit; `findings` say why,
    and `note` (when given) what became of the editor's text."""

    def __init__(self, findings: Sequence[Finding], note: str | None = None) -> None:
        super().__init__("; ".join(f.message for f in findings))
        self.findings = list(findings)
        self.note = note


class WriteError(FactcheckError):
    """A write could not be done; the message says why and that nothing was changed."""


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
