"""A confirmed claim has fewer independent publishers than `min_independent_sources` (default 2).

Two sources from one publisher are not independent: publishers are compared
ignoring case and spacing ("The Guardian" = "the  guardian"). Only supporting
citations of existing sources count; sources that republish one story (a wire
copy names the original as its `origin`) count once, as the original's
publisher; a source rated below `min_reliability` does not count.

Fails (with the default of 2):

    status: confirmed
    sources: [reuters-belarus-releases-123, reuters-coale-interview]   # both Reuters

Passes:

    status: confirmed
    sources: [reuters-belarus-releases-123, viasna-political-prisoners]
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Stance, Status
from factcheck.rules.base import CLAIMS_AND_SOURCES, Context, Rule, at, one_record
from factcheck.rules.evidence import independent_publishers

ID = "single-source"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Confirmed claims backed by too few distinct publishers."""
    needed = ctx.settings.min_independent_sources
    for claim in ctx.repo.claims:
        if claim.status is not Status.CONFIRMED:
            continue
        if not any(c.stance is Stance.SUPPORTS for c in claim.sources):
            continue  # confirmed-without-support says it already
        publishers = independent_publishers(ctx.repo, claim)
        if len(publishers) >= needed:
            continue
        named = f" ({', '.join(publishers)})" if publishers else ""
        count = len(publishers)
        yield at(
            ID,
            SEVERITY,
            f"is confirmed by {count} independent publisher{'s' if count != 1 else ''}{named}; "
            f"the desk asks for {needed}: cite a supporting source from another publisher",
            claim,
            "sources" if claim.sources else "status",
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_SOURCES, updates=one_record)
