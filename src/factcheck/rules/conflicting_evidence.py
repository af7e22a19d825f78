"""A claim's status and its evidence pull apart.

Three ways, each its own message:

- a **confirmed** claim cites a source that **refutes** it ("3,900 customers"
  against the claim's 4,200): weigh it, and say why in the rationale, or change
  the status;
- an **unconfirmed** or **disputed** claim whose every citation **supports** it,
  with no rationale to say why the desk still doubts it;
- one source cited on one claim as both **supports** and **refutes**.

The editors' commands (`claim add`, `cite`, `claim set-status`) warn with the same
words when they write such a claim.

Fails:

    status: confirmed
    sources:
      - utility-statement                      # supports
      - {source: city-report, stance: refutes}

Passes:

    status: disputed
    sources:
      - utility-statement
      - {source: city-report, stance: refutes}
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import Claim, Stance, Status
from factcheck.rules.base import CLAIMS, Context, Rule, at, one_record
from factcheck.text.clean import quoted

ID = "conflicting-evidence"
SEVERITY = Severity.WARNING


def conflicts(claim: Claim) -> Iterator[str]:
    """What is wrong between `claim`'s status and its citations, in words."""
    stances: dict[str, set[Stance]] = {}
    for citation in claim.sources:
        stances.setdefault(citation.source, set()).add(citation.stance)
    refuting = [source for source, seen in stances.items() if Stance.REFUTES in seen]
    if claim.status is Status.CONFIRMED and refuting:
        yield (
            f"is confirmed, but source {quoted(refuting[0])} refutes it; weigh it in the "
            "rationale, or set the status to disputed"
        )
    all_support = claim.sources and all(c.stance is Stance.SUPPORTS for c in claim.sources)
    if (
        claim.status in (Status.UNCONFIRMED, Status.DISPUTED)
        and all_support
        and not claim.rationale
    ):
        yield (
            f"is {claim.status.value} though every source it cites supports it; say why in "
            "the rationale, or confirm it"
        )
    for source, seen in stances.items():
        if {Stance.SUPPORTS, Stance.REFUTES} <= seen:
            yield (
                f"cites source {quoted(source)} both as supports and as refutes; keep the "
                "stance the source takes"
            )


def check(ctx: Context) -> Iterator[Finding]:
    """Claims whose status their own citations contradict."""
    for claim in ctx.repo.claims:
        for message in conflicts(claim):
            yield at(ID, SEVERITY, message, claim, "sources" if claim.sources else "status")


RULE = Rule(ID, SEVERITY, __doc__ or "", check, reads=CLAIMS, updates=one_record)
