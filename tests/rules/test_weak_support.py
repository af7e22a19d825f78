"""weak-support: every supporting source is rated below the desk's min_reliability."""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_ALPHA, SOURCE_BETA, audit_findings, brief, make_repo


def rated(alpha: str, beta: str, minimum: str | None = "C") -> dict[str, str | bytes | None]:
    settings = "min_independent_sources: 2\n" + (f"min_reliability: {minimum}\n" if minimum else "")
    return {
        "factcheck.yaml": settings,
        "sources/alpha-news-report.yaml": SOURCE_ALPHA + f"reliability: {alpha}\n",
        "sources/beta-daily-story.yaml": SOURCE_BETA + f"reliability: {beta}\n",
    }


def test_fires_when_every_supporting_source_is_below_the_minimum(tmp_path: Path) -> None:
    make_repo(tmp_path, rated("D", "F"))
    [finding] = audit_findings(tmp_path, "weak-support")
    assert brief([finding]) == [
        ("weak-support", "claims/harbour/harbour-reopened-march.yaml", 7, "harbour-reopened-march")
    ]
    assert (
        "below the desk's minimum reliability C ('alpha-news-report' D, 'beta-daily-story' F)"
        in (finding.message)
    )
    # and neither counts toward independence
    assert [f.message[:40] for f in audit_findings(tmp_path, "single-source")] == [
        "is confirmed by 0 independent publishers"
    ]


def test_quiet_with_one_reliable_source_or_no_minimum(tmp_path: Path) -> None:
    make_repo(tmp_path, rated("B", "E"))
    assert audit_findings(tmp_path, "weak-support") == []
    make_repo(tmp_path / "open", rated("E", "E", minimum=None))
    assert audit_findings(tmp_path / "open", "weak-support") == []
    assert audit_findings(tmp_path / "open", "single-source") == []


def test_a_source_rated_the_minimum_is_not_below_it(tmp_path: Path) -> None:
    make_repo(tmp_path, rated("C", "C"))
    assert audit_findings(tmp_path, "weak-support") == []
    assert audit_findings(tmp_path, "single-source") == []  # both count toward independence
