"""An article asserts, as fact, a claim that is disputed.

A sentence that puts the claim at a distance — attributes it, doubts it or
speculates ("reportedly", "critics say", "may have") — or says itself it is
unverified does not state the claim as fact and is left to `hedged-statement` and
`unsupported-statement`. A vague quantity or praise ("some", "renowned") does not
put it at a distance: such a sentence still states the claim.

Fails:

    She resisted forced exile by tearing up her passport and ultimately served
    an 11-year prison sentence.
    # …asserting a claim whose status is disputed (she was freed early)

Passes: the same sentence once the claim is corrected and confirmed, or
"She was sentenced to 11 years in prison and freed in December 2025."
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.model import Status
from factcheck.rules.article_findings import article_rule, excerpt, on_sentence
from factcheck.rules.base import Context
from factcheck.text.clean import quoted

ID = "disputed-statement"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences that state a disputed claim without hedging it."""
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            if sentence.distanced or sentence.unverified:
                continue
            disputed = [
                str(link.claim.id)
                for link in sentence.links
                if link.asserts and link.claim.status is Status.DISPUTED
            ]
            if disputed:  # one finding a sentence, naming every disputed claim it states
                plural = "s" if len(disputed) > 1 else ""
                yield on_sentence(
                    ID,
                    SEVERITY,
                    f"states as fact claim{plural} {' and '.join(map(quoted, disputed))}, "
                    f"which {'are' if plural else 'is'} disputed: "
                    f"{quoted(excerpt(sentence.text))}; correct it or say it is contested",
                    analysis,
                    sentence,
                    record=disputed[0],
                )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
