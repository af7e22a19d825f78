"""single-source: confirmed by fewer independent publishers than the setting asks."""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_BETA, audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_when_both_sources_share_a_publisher(tmp_path: Path) -> None:
    same_publisher = SOURCE_BETA.replace("publisher: Beta Daily", "publisher: '  alpha   NEWS '")
    make_repo(tmp_path, {"sources/beta-daily-story.yaml": same_publisher})
    findings = audit_findings(tmp_path, "single-source")
    assert brief(findings) == [("single-source", CLAIM_PATH, 7, "harbour-reopened-march")]
    assert findings[0].message == (
        "is confirmed by 1 independent publisher (Alpha News); the desk asks for 2: "
        "cite a supporting source from another publisher"
    )


def test_quiet_when_the_setting_asks_for_one(tmp_path: Path) -> None:
    same_publisher = SOURCE_BETA.replace("publisher: Beta Daily", "publisher: Alpha News")
    make_repo(
        tmp_path,
        {
            "sources/beta-daily-story.yaml": same_publisher,
            "factcheck.yaml": "min_independent_sources: 1\n",
        },
    )
    assert audit_findings(tmp_path, "single-source") == []


def test_quiet_with_two_publishers(repo: Path) -> None:
    assert audit_findings(repo, "single-source") == []
