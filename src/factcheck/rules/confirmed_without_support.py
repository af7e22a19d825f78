"""A confirmed claim has no citation with stance `supports`.

"Confirmed" is a promise that evidence backs the claim; without a supporting
citation it is a verdict with nothing behind it.

Fails:

    status: confirmed
    sources:
      - source: viasna-political-prisoners
        stance: mentions

Passes:

    status: confirmed
    sources: [viasna-political-prisoners]   # a bare id means stance: supports
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Stance, Status
from factcheck.rules.base import CLAIMS, Context, Rule, at, one_record

ID = "confirmed-without-support"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Confirmed claims none of whose citations supports them."""
    for claim in ctx.repo.claims:
        if claim.status is Status.CONFIRMED and not any(
            citation.stance is Stance.SUPPORTS for citation in claim.sources
        ):
            yield at(
                ID,
                SEVERITY,
                "is confirmed but no citation supports it: cite a source with stance "
                "'supports', or set the status to unconfirmed",
                claim,
                "status",
            )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS, updates=one_record)
