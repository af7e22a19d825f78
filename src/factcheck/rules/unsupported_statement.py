"""An article asserts a claim that is unconfirmed, or a sentence says itself that it is unverified.

Two ways to be unsupported: the sentence carries a claim the desk marked
`unconfirmed`, or its own wording admits doubt ("could not be independently
confirmed", "unverified reports"; the full list is in `factcheck/data/cues.yaml`).
A sentence gets one finding, naming every cause: one that already says it is
unverified is not told to reword itself as unverified. An unconfirmed claim of an
article that no sentence can be matched to is reported on the claim itself.
Naming who says it does not confirm a claim: a sentence that carries an
unconfirmed claim is flagged when it attributes it ("…, the port authority said.")
or hedges it ("reportedly") too.

Fails:

    However, reports that "Bellavia Airlines sanctions" were lifted during these
    talks could not be independently confirmed.

Passes:

    On December 13, 2025, 123 prisoners were released from Belarusian custody.
    # …asserting a claim whose status is confirmed
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Status
from factcheck.rules.article_findings import article_rule, excerpt, on_sentence
from factcheck.rules.base import Context, at
from factcheck.text.clean import quoted

ID = "unsupported-statement"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Sentences asserting unconfirmed claims, and sentences that doubt themselves."""
    for analysis in ctx.analyses:
        placed: set[str] = set()
        for sentence in analysis.sentences:
            claims = [
                str(link.claim.id)
                for link in sentence.links
                if link.asserts and link.claim.status is Status.UNCONFIRMED
            ]
            placed.update(claims)
            if claims or sentence.unverified:
                yield on_sentence(
                    ID,
                    SEVERITY,
                    _message(claims, sentence.unverified, sentence.text),
                    analysis,
                    sentence,
                    record=claims[0] if claims else None,
                )
        for claim in ctx.repo.claims_in(analysis.article.id or ""):
            if claim.status is Status.UNCONFIRMED and str(claim.id) not in placed:
                yield at(
                    ID,
                    SEVERITY,
                    f"is unconfirmed and appears in article {quoted(analysis.article.id)}; no sentence "
                    "of it could be matched (add a `quote` to pin it)",
                    claim,
                    "status",
                )


def _message(claims: list[str], unverified: tuple[str, ...], text: str) -> str:
    named = " and ".join(quoted(c) for c in claims)
    asserted = f"asserts claim{'s' if len(claims) > 1 else ''} {named}, unconfirmed"
    quoted_text = quoted(excerpt(text))
    if claims and unverified:
        return (
            f"{asserted}, and says itself it is unverified ({quoted(unverified[0])}): "
            f"{quoted_text}; back it with a source, or cut it"
        )
    if claims:
        return (
            f"{asserted}: {quoted_text}; back it with a source, reword it as unverified, or cut it"
        )
    return (
        f"says itself it is unverified ({quoted(unverified[0])}): {quoted_text}; back it with a "
        "source, or cut it"
    )


RULE = article_rule(ID, SEVERITY, __doc__ or "", check)
