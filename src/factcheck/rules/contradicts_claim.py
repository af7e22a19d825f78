"""An article sentence says what a claim says, but with another number or date.

The sentence matches the claim on everything but a figure that counts the same
thing: "4,300 homes" where the claim says 4,200 homes, "within 12 hours" where it
says six hours, "on March 19" where it says March 18. The finding stands on the
sentence's figure and suggests the claim's. A sentence about another quantity
that happens to share a number with a claim is not a contradiction: the figures
must measure the same thing (money and money, hours and hours in the same role,
counts of things whose nouns mean the same, two dates), every other figure of the
sentence must be the claim's, and the sentence must say the rest of the claim
nearly whole or nearly in its meaning, in any words ("Insurers put the flood
damage in Harwick at £15 million." beside "Flood damage in Harwick is estimated
at £12 million."). `factcheck check ARTICLE --explain` shows what the figures did.

Fails:

    About 4,300 homes lost power on Tuesday night.
    # …beside a claim "4,200 homes lost power on Tuesday night."

Passes:

    About 4,200 homes lost power on Tuesday night.
    Crews worked for 12 hours.   # another quantity: no claim counts hours of work
    In 1987 about 600 homes were flooded.   # another time: a figure the claim lacks
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.article_findings import article_rule, on_figure
from factcheck.rules.base import Context
from factcheck.text.clean import quoted

ID = "contradicts-claim"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences whose figure disagrees with a claim they otherwise state."""
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            links = [link for link in sentence.links if not link.asserts and link.figure]
            if not links:
                continue
            # One finding a sentence, on its first disagreeing figure, naming every claim.
            parts = []
            for link in links:
                assert link.figure is not None
                status = link.claim.status.value if link.claim.status else "without a status"
                parts.append(
                    f"{link.figure.said} where claim {quoted(link.claim.id)} ({status}) says "
                    f"{link.figure.claimed}"
                )
            first = links[0].figure
            assert first is not None
            yield on_figure(
                ID,
                SEVERITY,
                f"says {'; and '.join(parts)}; correct the figure or the claim",
                analysis,
                first.offset,
                record=links[0].claim.id,
                suggestion=first.claimed,
            )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
