"""unknown-source: a citation names no source; the nearest ids are suggested."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_with_the_nearest_id(tmp_path: Path) -> None:
    make_repo(
        tmp_path, {CLAIM_PATH: CLAIM.replace("  - alpha-news-report", "  - alpha-news-reprt")}
    )
    [finding] = audit_findings(tmp_path, "unknown-source")
    assert (finding.path, finding.line, finding.column) == (CLAIM_PATH, 7, 5)
    assert finding.record == "harbour-reopened-march"
    assert finding.suggestion == "alpha-news-report"
    assert finding.message == (
        "cites source 'alpha-news-reprt' which does not exist; did you mean 'alpha-news-report'?"
    )


def test_quiet_when_every_citation_resolves(repo: Path) -> None:
    assert audit_findings(repo, "unknown-source") == []


def test_fires_on_an_origin_that_names_no_source(tmp_path: Path) -> None:
    from conftest import SOURCE_BETA

    make_repo(
        tmp_path, {"sources/beta-daily-story.yaml": SOURCE_BETA + "origin: alpha-news-reprt\n"}
    )
    [finding] = audit_findings(tmp_path, "unknown-source")
    assert (finding.path, finding.line, finding.suggestion) == (
        "sources/beta-daily-story.yaml",
        8,
        "alpha-news-report",
    )
    assert finding.message.startswith(
        "names origin 'alpha-news-reprt', a source which does not exist"
    )
