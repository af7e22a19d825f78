"""An article sentence with checkable content (numbers, dates, names, attributions) matches no claim.

Informational: it shows what the desk has not yet looked at. Headings are not
counted. The message says what made the sentence checkable.

Fails:

    Maria Kolesnikova led protests following Belarus' disputed 2020 presidential election.
    # …and no claim of the article matches it

Passes: a claim with that sentence as its `quote` (or a statement close to it).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.article_findings import article_rule, excerpt, on_sentence
from factcheck.rules.base import Context
from factcheck.text.clean import quoted

ID = "unchecked-sentence"
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences with checkable content and no linked claim."""
    for analysis in ctx.analyses:
        for sentence in analysis.sentences:
            if sentence.checkable and not sentence.links and not sentence.unverified:
                # A sentence linked to a claim, even one it contradicts, has been looked at.
                yield on_sentence(
                    ID,
                    SEVERITY,
                    f"has {', '.join(sentence.checkable)} but no claim covers it: "
                    f"{quoted(excerpt(sentence.text))}",
                    analysis,
                    sentence,
                )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
