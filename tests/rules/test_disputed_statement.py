"""disputed-statement: an article states a disputed claim as fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ARTICLE, CLAIM, audit_findings, brief, make_repo
from factcheck.desk.findings import Finding

ARTICLE_PATH = "claims/harbour/article.md"
CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
DISPUTED = CLAIM.replace("status: confirmed", "status: disputed").replace(
    "    stance: supports", "    stance: refutes"
)


def test_fires_on_a_plain_assertion(tmp_path: Path) -> None:
    make_repo(tmp_path, {CLAIM_PATH: DISPUTED})
    assert brief(audit_findings(tmp_path, "disputed-statement")) == [
        ("disputed-statement", ARTICLE_PATH, 10, "harbour-reopened-march")
    ]


def test_quiet_when_the_sentence_hedges(tmp_path: Path) -> None:
    hedged = ARTICLE.replace(
        "The harbour of Port Vell reopened", "The harbour of Port Vell reportedly reopened"
    )
    claim = DISPUTED.replace("quote: The harbour of Port Vell reopened on 3 March 2025\n", "")
    make_repo(tmp_path, {ARTICLE_PATH: hedged, CLAIM_PATH: claim})
    assert audit_findings(tmp_path, "disputed-statement") == []


def test_fires_when_the_only_hedge_is_praise_or_a_vague_quantity(tmp_path: Path) -> None:
    # "renowned" is flagged by hedged-statement, but the sentence still states the claim
    praised = ARTICLE.replace(
        "The harbour of Port Vell reopened", "The renowned harbour of Port Vell reopened"
    )
    claim = DISPUTED.replace("quote: The harbour of Port Vell reopened on 3 March 2025\n", "")
    make_repo(tmp_path, {ARTICLE_PATH: praised, CLAIM_PATH: claim})
    assert brief(audit_findings(tmp_path, "disputed-statement")) == [
        ("disputed-statement", ARTICLE_PATH, 10, "harbour-reopened-march")
    ]
    assert len(audit_findings(tmp_path, "hedged-statement")) == 1


# Attribution: who says it. The claim, disputed, on the harbour article's desk.
BARRIER_PATH = "claims/harbour/barrier-failed.yaml"
BARRIER = """\
id: barrier-failed
statement: The Dunmore flood barrier failed because a scheduled inspection was skipped.
status: disputed
article: harbour-reopened
sources:
  - source: alpha-news-report
    stance: refutes
    excerpt: The inspection was carried out on schedule.
rationale: The inspection log shows it was done.
reviewed_by: Desk
reviewed_on: 2026-11-20
"""
FAILED = "the Dunmore flood barrier failed because a scheduled inspection was skipped"
STATED = "T" + FAILED[1:]


def barrier_findings(
    tmp_path: Path, sentence: str, rule: str, claim: str = BARRIER
) -> list[Finding]:
    """The findings of `rule` once `sentence` ends the harbour article (line 12) and the
    barrier claim is on the desk."""
    article = ARTICLE + "\n" + sentence + "\n"
    make_repo(tmp_path, {ARTICLE_PATH: article, BARRIER_PATH: claim})
    return audit_findings(tmp_path, rule)


def test_fires_on_the_disputed_claim_stated_without_attribution(tmp_path: Path) -> None:
    findings = barrier_findings(tmp_path, STATED + ".", "disputed-statement")
    assert brief(findings) == [("disputed-statement", ARTICLE_PATH, 12, "barrier-failed")]
    assert findings[0].message.startswith(
        "states as fact claim 'barrier-failed', which is disputed"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        f"According to the Riverworks Union, {FAILED}.",
        f"The mayor said {FAILED}.",
        f"The Riverworks Union claims {FAILED}.",
        f"Officials of the Riverworks Union allege that {FAILED}.",
        f"{STATED}, the ministry said.",
        f"Police said {FAILED}.",
        f"Reuters reported that {FAILED}.",
        f"The mayor told reporters that {FAILED}.",
    ],
)
def test_quiet_when_a_named_party_says_it(tmp_path: Path, sentence: str) -> None:
    assert barrier_findings(tmp_path, sentence, "disputed-statement") == []
    assert barrier_findings(tmp_path, sentence, "hedged-statement") == []  # no hedge either


@pytest.mark.parametrize(
    "sentence",
    [
        f"Officials said {FAILED}.",  # a bare group names no one
        f"Witnesses said {FAILED}.",
        f"{STATED} after the council said so.",  # states it, then tells who else
    ],
)
def test_fires_when_the_teller_is_no_named_party(tmp_path: Path, sentence: str) -> None:
    assert brief(barrier_findings(tmp_path, sentence, "disputed-statement")) == [
        ("disputed-statement", ARTICLE_PATH, 12, "barrier-failed")
    ]


def test_quiet_on_anonymous_attribution_which_hedged_statement_flags(tmp_path: Path) -> None:
    sentence = f"Sources close to the council said {FAILED}."
    assert barrier_findings(tmp_path, sentence, "disputed-statement") == []
    [hedged] = barrier_findings(tmp_path, sentence, "hedged-statement")
    assert (hedged.line, hedged.message.split(":")[0]) == (12, "hedges with 'sources close to'")


def test_quiet_in_a_list_item_that_names_its_teller(tmp_path: Path) -> None:
    sentence = f"- According to the Riverworks Union, {FAILED}."
    assert barrier_findings(tmp_path, sentence, "disputed-statement") == []


def test_fires_when_the_disputed_claim_is_itself_what_the_party_said(tmp_path: Path) -> None:
    said = BARRIER.replace(
        "statement: The Dunmore flood barrier failed",
        "statement: The Riverworks Union said the Dunmore flood barrier failed",
    )
    sentence = f"The Riverworks Union said {FAILED}."
    assert brief(barrier_findings(tmp_path, sentence, "disputed-statement", said)) == [
        ("disputed-statement", ARTICLE_PATH, 12, "barrier-failed")
    ]


def test_quiet_when_the_sentence_says_itself_it_is_unverified(tmp_path: Path) -> None:
    """Such a sentence is `unsupported-statement`'s: it is told once, there."""
    unverified = ARTICLE.replace(
        "after repairs costing 4 million euros.",
        "after repairs costing 4 million euros, which could not be independently confirmed.",
    )
    claim = DISPUTED.replace("quote: The harbour of Port Vell reopened on 3 March 2025\n", "")
    make_repo(tmp_path, {ARTICLE_PATH: unverified, CLAIM_PATH: claim})
    assert audit_findings(tmp_path, "disputed-statement") == []
    assert brief(audit_findings(tmp_path, "unsupported-statement")) == [
        ("unsupported-statement", ARTICLE_PATH, 10, "harbour-reopened")  # the article's
    ]
