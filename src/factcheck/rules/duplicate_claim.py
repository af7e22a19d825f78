"""Two claims state nearly the same thing.

Statements are compared after folding case, quotes and spacing, word order
aside, with `duplicate_threshold` (default 90 of 100). Two statements whose
numbers or dates differ are never duplicates: "released 123 prisoners" and
"released 52 prisoners" are two claims.

Fails:

    # claims/a.yaml
    statement: Belarus released 123 prisoners on 13 December 2025.
    # claims/b.yaml
    statement: On 13 December 2025 Belarus released 123 prisoners.

Passes:

    # claims/b.yaml
    statement: Belarus released 52 prisoners on 4 November 2025.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context, Rule, at
from factcheck.text.clean import quoted
from factcheck.text.similar import similar_pairs

ID = "duplicate-claim"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Each pair of near-identical statements, reported on the later claim."""
    claims = [claim for claim in ctx.repo.claims if claim.statement]
    statements = [claim.statement or "" for claim in claims]
    for first, second, score in similar_pairs(statements, ctx.settings.duplicate_threshold):
        earlier, later = claims[first], claims[second]
        yield at(
            ID,
            SEVERITY,
            f"states nearly the same as claim {quoted(earlier.id)} ({earlier.path}, similarity "
            f"{score:.0f}): merge them, or reword one so they differ",
            later,
            "statement",
            earlier.id,
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check)
