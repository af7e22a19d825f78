"""syndicated-source: two publishers' sources that look like one story, no origin named."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, make_repo

COPY = """\
id: gamma-copy
title: Port Vell harbour reopens after repairs
publisher: Gamma Wire
url: https://gamma.example/port
published: 2025-03-03
"""


def test_fires_on_the_same_title_the_same_day(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/gamma-copy.yaml": COPY})
    [finding] = audit_findings(tmp_path, "syndicated-source")
    assert (finding.path, finding.suggestion) == (
        "sources/gamma-copy.yaml",
        "origin: alpha-news-report",
    )
    assert finding.message.startswith(
        "looks like the same story as source 'alpha-news-report' (Alpha News): nearly the same "
        "title (similarity 100) the same day;"
    )


def test_fires_on_the_same_excerpt_cited_from_two_publishers(tmp_path: Path) -> None:
    excerpt = "The port of Port Vell reopened on Monday after fourteen weeks of repairs."
    claim = CLAIM.replace(
        "  - alpha-news-report\n",
        f"  - source: alpha-news-report\n    excerpt: {excerpt}\n",
    ).replace("    excerpt: The port reopened on Monday.", f"    excerpt: {excerpt}")
    make_repo(tmp_path, {"claims/harbour/harbour-reopened-march.yaml": claim})
    [finding] = audit_findings(tmp_path, "syndicated-source")
    assert "the same excerpt cited from both" in finding.message


def test_quiet_when_the_copy_names_its_origin_or_the_story_differs(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/gamma-copy.yaml": COPY + "origin: alpha-news-report\n"})
    assert audit_findings(tmp_path, "syndicated-source") == []
    other_day = COPY.replace("published: 2025-03-03", "published: 2025-04-20")
    make_repo(tmp_path / "later", {"sources/gamma-copy.yaml": other_day})
    assert audit_findings(tmp_path / "later", "syndicated-source") == []


def test_a_copy_naming_its_origin_counts_once(tmp_path: Path) -> None:
    claim = CLAIM.replace(
        "  - source: beta-daily-story", "  - gamma-copy\n  - source: beta-daily-story"
    )
    beta = "id: beta-daily-story\ntitle: Repairs done\npublisher: Beta Daily\nurl: https://b.example/\norigin: alpha-news-report\n"
    make_repo(tmp_path, {"sources/gamma-copy.yaml": COPY + "origin: alpha-news-report\n",
                         "sources/beta-daily-story.yaml": beta,
                         "claims/harbour/harbour-reopened-march.yaml": claim})  # fmt: skip
    [finding] = audit_findings(tmp_path, "single-source")
    assert finding.message.startswith("is confirmed by 1 independent publisher (Alpha News)")


def test_quiet_when_two_publishers_share_only_a_short_excerpt(tmp_path: Path) -> None:
    short = "The port reopened."  # under MIN_EXCERPT characters: a common phrase, not a story
    claim = CLAIM.replace(
        "  - alpha-news-report\n", f"  - source: alpha-news-report\n    excerpt: {short}\n"
    ).replace("    excerpt: The port reopened on Monday.", f"    excerpt: {short}")
    make_repo(tmp_path, {"claims/harbour/harbour-reopened-march.yaml": claim})
    assert audit_findings(tmp_path, "syndicated-source") == []
