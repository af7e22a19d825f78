"""A disputed claim has no citation with stance `refutes`.

"Disputed" says credible evidence stands against the claim; cite it.

Fails:

    status: disputed
    sources: [reuters-belarus-releases-123]   # supports, not refutes

Passes:

    status: disputed
    sources:
      - source: reuters-belarus-releases-123
        stance: refutes
        excerpt: Kolesnikova was among those freed.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Stance, Status
from factcheck.rules.base import CLAIMS, Context, Rule, at, one_record

ID = "disputed-without-counter"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Disputed claims none of whose citations refutes them."""
    for claim in ctx.repo.claims:
        if claim.status is Status.DISPUTED and not any(
            citation.stance is Stance.REFUTES for citation in claim.sources
        ):
            yield at(
                ID,
                SEVERITY,
                "is disputed but no citation refutes it: cite the evidence against it with "
                "stance 'refutes', or change the status",
                claim,
                "status",
            )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS, updates=one_record)
