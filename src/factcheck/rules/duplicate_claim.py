"""Two claims state the same thing, or nearly, or one is the other with an attribution.

Statements are compared after folding case, quotes and spacing, word order
aside, with `duplicate_threshold` (default 90 of 100); the same text is said to
be identical. A claim that only adds a teller to another ("Forecasters said the
storm was the strongest since 1998." beside "The storm was the strongest since
1998.", "According to the utility, …", "…, the mayor said.") is the same claim
too, and the message names the attribution. Two statements whose numbers or
dates differ are never duplicates: "released 123 prisoners" and "released 52
prisoners" are two claims.

Fails:

    # claims/a.yaml
    statement: Belarus released 123 prisoners on 13 December 2025.
    # claims/b.yaml
    statement: On 13 December 2025 Belarus released 123 prisoners.

    # or, with an attribution:
    statement: Officials said Belarus released 123 prisoners on 13 December 2025.

Passes:

    # claims/b.yaml
    statement: Belarus released 52 prisoners on 4 November 2025.
"""

from __future__ import annotations

from collections.abc import Iterator

import rapidfuzz

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Claim
from factcheck.rules.base import CLAIMS, Context, Rule, at
from factcheck.text.attribution import without_attribution
from factcheck.text.clean import quoted
from factcheck.text.fold import fold_text
from factcheck.text.similar import Prepared, prepared, similar_prepared

ID = "duplicate-claim"
SEVERITY = Severity.WARNING


Statement = tuple[Prepared, tuple[Prepared, str] | None]
"""A statement as the rule compares it: prepared, and the claim inside it (if it
attributes one to someone) prepared, with the attribution."""
MEMO = "duplicate-claim-statements"
"""The memo of each statement's `Statement`."""


def check(ctx: Context) -> Iterator[Finding]:
    """Each pair of duplicate statements, reported once, on the later claim."""
    claims = [claim for claim in ctx.repo.claims if claim.statement]
    statements = _statements(ctx, [claim.statement or "" for claim in claims])
    texts = [whole for whole, _ in statements]
    owners = list(range(len(claims)))
    frames: dict[int, str] = {}
    for index, (_, inside) in enumerate(statements):
        if inside is not None:  # the claim inside joins the comparison, for its owner
            frames[len(texts)] = inside[1]
            texts.append(inside[0])
            owners.append(index)
    reported: set[tuple[int, int]] = set()
    for first, second, score in similar_prepared(texts, ctx.settings.duplicate_threshold):
        a, b = owners[first], owners[second]
        if a == b or (first in frames and second in frames):
            continue
        pair = (min(a, b), max(a, b))
        if pair in reported:
            continue
        reported.add(pair)
        earlier, later = claims[pair[0]], claims[pair[1]]
        frame = frames.get(first) or frames.get(second)
        yield at(
            ID, SEVERITY, _message(earlier, later, score, frame), later, "statement", earlier.id
        )


def _statement(text: str) -> Statement:
    inside = without_attribution(text)
    return prepared(text), None if inside is None else (prepared(inside[0]), inside[1])


def _statements(ctx: Context, texts: list[str]) -> list[Statement]:
    """Each of `texts` prepared, in the run's memo: preparing is a pure function of the
    text, of our code and of rapidfuzz's (100,000 statements take a second; reading
    them kept, a tenth)."""
    return ctx.memo.each(MEMO, rapidfuzz.__version__, texts, Statement, _statement, whole=True)


def _message(earlier: Claim, later: Claim, score: float, frame: str | None) -> str:
    where = f"claim {quoted(earlier.id)} ({earlier.path}"
    if frame is not None:
        return (
            f"is {where}) with an attribution ({quoted(frame)}): one claim, told by someone; "
            "keep one, and name the teller in its rationale or sources"
        )
    if fold_text(earlier.statement or "") == fold_text(later.statement or ""):
        return f"states the same as {where}, identical): keep one of them"
    return (
        f"states nearly the same as {where}, similarity {score:.0f}): merge them, or reword "
        "one so they differ"
    )


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS)
