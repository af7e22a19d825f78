"""An article asserts, as fact, a claim that is disputed.

A sentence that puts the claim at a distance does not state it as fact. One that
hedges it — vague or anonymous attribution, doubt or speculation ("reportedly",
"critics say", "sources close to the council said", "may have") — or says itself
it is unverified is left to `hedged-statement` and `unsupported-statement`. One
that reports what a named party says — a name, an organisation, or a known office
or body ("According to the Riverworks Union, …", "The mayor said …", "Reuters
reported that …", "Officials of the Riverworks Union allege that …", "…, the
ministry said.", "Police said …") — tells the reader who says it, and is left
alone. A bare group names nobody ("Officials said …", "Witnesses said …"), nor
does a vague quantity or praise ("some", "renowned"): such a sentence still
states the claim. So does naming the teller when the claim is itself what that
party said ("The Riverworks Union said the barrier failed.").

Fails:

    She resisted forced exile by tearing up her passport and ultimately served
    an 11-year prison sentence.
    # …asserting a claim whose status is disputed (she was freed early)

Passes: the same sentence once the claim is corrected and confirmed, or
"She was sentenced to 11 years in prison and freed in December 2025.", or, of a
disputed claim that the Dunmore flood barrier failed because an inspection was
skipped, "According to the Riverworks Union, the barrier failed because a
scheduled inspection was skipped."
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Claim, Status
from factcheck.rules.article_findings import article_rule, excerpt, on_sentence
from factcheck.rules.base import Context
from factcheck.text.analysis import Sentence
from factcheck.text.attribution import is_named, teller, without_attribution
from factcheck.text.clean import quoted
from factcheck.text.sentences import without_marker

ID = "disputed-statement"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences that state a disputed claim without hedging it."""
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            if sentence.distanced or sentence.unverified:
                continue
            claims = [
                link.claim
                for link in sentence.links
                if link.asserts and link.claim.status is Status.DISPUTED
            ]
            if claims and _reports_a_named_party(sentence):
                claims = [claim for claim in claims if _told(claim)]
            disputed = [str(claim.id) for claim in claims]
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


def _reports_a_named_party(sentence: Sentence) -> bool:
    """Whether the sentence reports what a named party says ("According to the Riverworks
    Union, …", "…, the ministry said."): it tells who says it, and does not say it.
    Read here, for the few sentences linked to a disputed claim, rather than in the
    analysis of every sentence (a scan of each for a teller costs ~30 µs)."""
    text = without_marker(sentence.text) if sentence.kind == "item" else sentence.text
    told = teller(text)
    return told is not None and is_named(*told)


def _told(claim: Claim) -> bool:
    """Whether the claim is itself that someone said something ("The union said the
    barrier failed."): then reporting the teller states it, rather than distancing it."""
    return without_attribution(claim.statement or "") is not None


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
