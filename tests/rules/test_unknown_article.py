"""unknown-article: a claim names an article that does not exist."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_with_the_nearest_article(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {CLAIM_PATH: CLAIM.replace("article: harbour-reopened", "article: harbor-reopened")},
    )
    findings = audit_findings(tmp_path, "unknown-article")
    assert brief(findings) == [("unknown-article", CLAIM_PATH, 4, "harbour-reopened-march")]
    assert findings[0].suggestion == "harbour-reopened"


def test_quiet_when_the_article_exists(repo: Path) -> None:
    assert audit_findings(repo, "unknown-article") == []
