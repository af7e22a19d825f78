"""A `factcheck-ignore` comment silences nothing.

A suppression marks a place where a human judged a finding: once the text or
the rules change so that nothing there is raised any more, the comment only
hides what a future finding would say. The engine applies suppressions after
every rule has run, and reports each one that silenced nothing (when every rule
it names was run). A suppression naming a rule that does not exist is reported
too.

Fails:

    <!-- factcheck-ignore hedged-statement -->
    The harbour reopened on 3 March.     # nothing here hedges

Passes:

    <!-- factcheck-ignore hedged-statement -->
    The harbour reportedly reopened on 3 March.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.load.suppressions import Suppression
from factcheck.rules.base import Context, Rule
from factcheck.text.clean import quoted

ID = "unused-suppression"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Nothing on its own: the engine, which applies suppressions, reports them."""
    return iter(())


def unused(suppression: Suppression, severity: Severity, unknown: list[str]) -> Finding:
    """The finding for a suppression that silenced nothing (or names unknown rules)."""
    names = ", ".join(quoted(rule) for rule in suppression.rules)
    if unknown:
        message = (
            f"factcheck-ignore names {', '.join(map(quoted, unknown))}, which "
            f"{'is not a rule' if len(unknown) == 1 else 'are not rules'}; `factcheck rules` lists them"
        )
    else:
        message = f"factcheck-ignore {names} silences nothing here any more; remove the comment"
    return Finding(ID, severity, message, suppression.path, suppression.line, suppression.column)


RULE = Rule(ID, SEVERITY, __doc__ or "", check)
