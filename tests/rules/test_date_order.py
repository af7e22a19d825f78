"""date-order: future dates, accessed before published, reviewed before a cited source appeared."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, SOURCE_ALPHA, audit_findings, make_repo


def test_fires_on_each_ordering(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {
            "sources/alpha-news-report.yaml": SOURCE_ALPHA.replace(
                "accessed: 2025-03-04", "accessed: 2025-03-01"
            ),
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "reviewed_on: 2026-11-20", "reviewed_on: 2025-03-02"
            ),
            "sources/beta-daily-story.yaml": (
                "id: beta-daily-story\ntitle: B\npublisher: Beta\nurl: https://b.example/\npublished: 2052-03-03\n"
            ),
        },
    )
    assert [(f.path, f.line, f.message) for f in audit_findings(tmp_path, "date-order")] == [
        (
            "claims/harbour/harbour-reopened-march.yaml",
            13,
            "reviewed_on 2025-03-02 is before source 'alpha-news-report' was published (2025-03-03)",
        ),
        (
            "claims/harbour/harbour-reopened-march.yaml",
            13,
            "reviewed_on 2025-03-02 is before source 'beta-daily-story' was published (2052-03-03)",
        ),
        ("sources/alpha-news-report.yaml", 6, "accessed 2025-03-01 is before published 2025-03-03"),
        (
            "sources/beta-daily-story.yaml",
            5,
            "published 2052-03-03 is in the future (today is 2026-11-27)",
        ),
    ]


def test_quiet_when_dates_are_in_order(repo: Path) -> None:
    assert audit_findings(repo, "date-order") == []


def test_quiet_on_two_dates_of_the_same_day(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {  # accessed the day it appeared; reviewed the day its sources appeared
            "sources/alpha-news-report.yaml": SOURCE_ALPHA.replace(
                "accessed: 2025-03-04", "accessed: 2025-03-03"
            ),
            "claims/harbour/harbour-reopened-march.yaml": CLAIM.replace(
                "reviewed_on: 2026-11-20", "reviewed_on: 2025-03-03"
            ),
        },
    )
    assert audit_findings(tmp_path, "date-order") == []
