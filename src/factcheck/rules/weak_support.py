"""A confirmed claim's supporting sources are all rated below the desk's `min_reliability`.

Sources may carry a `reliability` letter on the Admiralty (NATO) scale: A
completely reliable, B usually reliable, C fairly reliable, D not usually
reliable, E unreliable, F cannot be judged. With `min_reliability: C` in
`factcheck.yaml`, sources rated D, E or F do not count toward
`min_independent_sources`, and a claim confirmed by such sources alone is weakly
supported. Unrated sources are not judged. Quiet when `min_reliability` is not set.

Fails (with `min_reliability: C`):

    status: confirmed
    sources: [anonymous-forum-post]   # reliability: E

Passes:

    status: confirmed
    sources: [anonymous-forum-post, court-ruling]   # court-ruling has reliability: A
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Status, below
from factcheck.rules.base import CLAIMS_AND_SOURCES, Context, Rule, at, one_record
from factcheck.rules.evidence import supporting_sources
from factcheck.text.clean import quoted

ID = "weak-support"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Confirmed claims resting only on sources below the desk's minimum reliability."""
    minimum = ctx.settings.min_reliability
    if minimum is None:
        return
    for claim in ctx.repo.claims:
        if claim.status is not Status.CONFIRMED:
            continue
        sources = supporting_sources(ctx.repo, claim)
        if not sources or not all(below(s.reliability, minimum) for s in sources):
            continue
        rated = ", ".join(f"{quoted(s.id)} {s.reliability}" for s in sources)
        yield at(
            ID,
            SEVERITY,
            f"is confirmed only by sources rated below the desk's minimum reliability "
            f"{minimum} ({rated}); cite a more reliable source, or set the status to unconfirmed",
            claim,
            "sources",
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_SOURCES, updates=one_record)
