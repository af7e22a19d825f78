"""disputed-statement: an article states a disputed claim as fact."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, CLAIM, audit_findings, brief, make_repo

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
