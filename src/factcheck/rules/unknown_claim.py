"""An article's `factcheck-link` or `factcheck-not` comment names a claim that does not exist.

A fact-checker's comment before a block pins the claims its sentences assert
(`<!-- factcheck-link CLAIM[, CLAIM] -->`) or rejects links the matcher made
(`<!-- factcheck-not CLAIM[, CLAIM] -->`); see docs/articles.md. An id that names
no claim of the desk — misspelt, or the claim since renamed or deleted — links or
rejects nothing, so the judgement it records is lost. The finding stands on the
comment, with the nearest claim id as the suggestion.

Fails:

    <!-- factcheck-link harbour-reopened-in-march -->   # no claim has this id
    The harbour of Port Vell reopened on 3 March.

Passes:

    <!-- factcheck-link harbour-reopened-march -->      # claims/…/harbour-reopened-march.yaml
    The harbour of Port Vell reopened on 3 March.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.rules.base import CLAIMS_AND_ARTICLES, Context, Rule
from factcheck.rules.nearest import nearest_known
from factcheck.suggest import phrase
from factcheck.text.clean import quoted
from factcheck.text.pins import read_pins

ID = "unknown-claim"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Every claim id of a pin comment that is not a loaded claim's id."""
    known = ctx.repo.claims_by_id
    unknown = [
        (article, pin, claim_id)
        for article in ctx.articles
        for pin in read_pins(article.body, article.body_line)
        for claim_id in pin.claims
        if claim_id not in known
    ]
    if not unknown:
        return
    suggestions = nearest_known(
        ctx, "nearest-claims", [claim_id for _, _, claim_id in unknown], list(known)
    )
    for article, pin, claim_id in unknown:
        near = suggestions[claim_id]
        does = "pins" if pin.links else "rejects"
        hint = phrase(near) or "; correct the id, or remove it from the comment"
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=f"{pin.mark} {does} claim {quoted(claim_id)}, which does not exist{hint}",
            path=article.path,
            line=pin.line,
            column=pin.column,
            record=article.id,
            suggestion=near[0] if near else None,
        )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS_AND_ARTICLES)
