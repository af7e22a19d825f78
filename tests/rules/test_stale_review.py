"""stale-review: a review older than review_max_age_days (TODAY is 2026-01-01 in tests)."""

from __future__ import annotations

from pathlib import Path

from conftest import CLAIM, audit_findings, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_on_a_review_older_than_the_desk_allows(tmp_path: Path) -> None:
    make_repo(
        tmp_path, {CLAIM_PATH: CLAIM.replace("reviewed_on: 2026-11-20", "reviewed_on: 2023-05-02")}
    )
    [finding] = audit_findings(tmp_path, "stale-review")
    assert (finding.line, finding.message) == (
        13,
        "was last reviewed 1305 days ago (2023-05-02); the desk reviews claims every 365 days: "
        "check its sources again and update reviewed_on",
    )


def test_quiet_on_a_recent_review_or_when_turned_off(tmp_path: Path) -> None:
    make_repo(tmp_path)  # reviewed 2026-11-20: a week before TODAY
    assert audit_findings(tmp_path, "stale-review") == []
    old = CLAIM.replace("reviewed_on: 2026-11-20", "reviewed_on: 2023-05-02")
    make_repo(tmp_path / "off", {CLAIM_PATH: old, "factcheck.yaml": "review_max_age_days: 0\n"})
    assert audit_findings(tmp_path / "off", "stale-review") == []


def test_a_review_as_old_as_the_desk_allows_is_not_stale_a_day_older_is(tmp_path: Path) -> None:
    def ages(name: str, reviewed_on: str) -> list[str]:
        claim = CLAIM.replace("reviewed_on: 2026-11-20", f"reviewed_on: {reviewed_on}")
        make_repo(tmp_path / name, {CLAIM_PATH: claim})
        return [f.message.split(";")[0] for f in audit_findings(tmp_path / name, "stale-review")]

    assert ages("limit", "2025-11-27") == []  # 365 days before TODAY
    assert ages("past", "2025-11-26") == ["was last reviewed 366 days ago (2025-11-26)"]
