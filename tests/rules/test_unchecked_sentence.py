"""unchecked-sentence: checkable content that no claim covers (and what made it checkable)."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, audit_findings, brief, make_repo

ARTICLE_PATH = "claims/harbour/article.md"


def test_fires_and_says_why(tmp_path: Path) -> None:
    article = ARTICLE + "\nMayor Ada Okafor said the ferry will carry 300 passengers.\n"
    make_repo(tmp_path, {ARTICLE_PATH: article})
    findings = audit_findings(tmp_path, "unchecked-sentence")
    assert brief(findings) == [("unchecked-sentence", ARTICLE_PATH, 12, "harbour-reopened")]
    assert findings[0].message == (
        "has numbers (300), names (Mayor, Ada, Okafor), attribution (said) but no claim covers "
        "it: 'Mayor Ada Okafor said the ferry will carry 300 passengers.'"
    )


def test_quiet_on_opinion_without_checkable_content(tmp_path: Path) -> None:
    article = (
        ARTICLE
        + "\nIt was a lovely day for everyone on the quay.\n\n## Sources\n\n- Alpha News | 2025 report\n"
    )
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert audit_findings(tmp_path, "unchecked-sentence") == []


def test_quiet_on_a_sentence_that_says_itself_it_is_unverified(tmp_path: Path) -> None:
    # unsupported-statement says it; unchecked-sentence would say it again
    article = (
        ARTICLE + "\nMayor Ada Okafor said 300 passengers were stranded, "
        "which could not be independently confirmed.\n"
    )
    make_repo(tmp_path, {ARTICLE_PATH: article})
    assert audit_findings(tmp_path, "unchecked-sentence") == []
    assert brief(audit_findings(tmp_path, "unsupported-statement")) == [
        ("unsupported-statement", ARTICLE_PATH, 12, "harbour-reopened")
    ]
