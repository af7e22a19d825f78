"""duplicate-id: two records of one kind share an id."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, brief, make_repo


def test_fires_on_both_records_sharing_an_id(tmp_path: Path) -> None:
    make_repo(tmp_path, {"claims/other/harbour-reopened-march.yaml": CLAIM})
    findings = audit_findings(tmp_path, "duplicate-id")
    assert brief(findings) == [
        ("duplicate-id", "claims/harbour/harbour-reopened-march.yaml", 1, "harbour-reopened-march"),
        ("duplicate-id", "claims/other/harbour-reopened-march.yaml", 1, "harbour-reopened-march"),
    ]
    assert findings[0].message == (
        "claim id 'harbour-reopened-march' is also used by "
        "claims/other/harbour-reopened-march.yaml; give each claim its own id"
    )


def test_quiet_when_a_claim_and_a_source_share_an_id(tmp_path: Path) -> None:
    source = "id: harbour-reopened-march\ntitle: T\npublisher: P\nurl: https://p.example/\n"
    make_repo(tmp_path, {"sources/harbour-reopened-march.yaml": source})
    assert audit_findings(tmp_path, "duplicate-id") == []


def test_fires_on_sources_and_on_articles_sharing_an_id(tmp_path: Path) -> None:
    source = "id: alpha-news-report\ntitle: T\npublisher: P\nurl: https://p.example/\n"
    article = "---\nid: harbour-reopened\ntitle: Again\n---\n\nThe harbour reopened.\n"
    make_repo(tmp_path, {"sources/copy.yaml": source, "claims/again/article.md": article})
    assert sorted((f.path, f.record) for f in audit_findings(tmp_path, "duplicate-id")) == [
        ("claims/again/article.md", "harbour-reopened"),
        ("claims/harbour/article.md", "harbour-reopened"),
        ("sources/alpha-news-report.yaml", "alpha-news-report"),
        ("sources/copy.yaml", "alpha-news-report"),
    ]
