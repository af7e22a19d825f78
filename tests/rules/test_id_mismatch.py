"""id-mismatch: a record's id differs from its file name."""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_ALPHA, audit_findings, brief, make_repo


def test_fires_when_file_and_id_differ(tmp_path: Path) -> None:
    make_repo(
        tmp_path, {"sources/alpha-news-report.yaml": None, "sources/alpha.yaml": SOURCE_ALPHA}
    )
    findings = audit_findings(tmp_path, "id-mismatch")
    assert brief(findings) == [("id-mismatch", "sources/alpha.yaml", 1, "alpha-news-report")]
    assert findings[0].suggestion == "alpha-news-report.yaml"


def test_quiet_when_they_agree(repo: Path) -> None:
    assert audit_findings(repo, "id-mismatch") == []
