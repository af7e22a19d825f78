"""source-without-url: a source has neither url nor archived_url."""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_BETA, audit_findings, brief, make_repo


def test_fires_without_any_address(tmp_path: Path) -> None:
    no_url = SOURCE_BETA.replace("url: https://beta.example/port\n", "")
    make_repo(tmp_path, {"sources/beta-daily-story.yaml": no_url})
    assert brief(audit_findings(tmp_path, "source-without-url")) == [
        ("source-without-url", "sources/beta-daily-story.yaml", 1, "beta-daily-story")
    ]


def test_quiet_with_only_an_archived_url(tmp_path: Path) -> None:
    archived = SOURCE_BETA.replace(
        "url: https://beta.example/port", "archived_url: https://archive.example/beta"
    )
    make_repo(tmp_path, {"sources/beta-daily-story.yaml": archived})
    assert audit_findings(tmp_path, "source-without-url") == []
