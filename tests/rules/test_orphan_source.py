"""orphan-source: no claim cites the source."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings, brief, make_repo


def test_fires_on_an_uncited_source(tmp_path: Path) -> None:
    lonely = "id: lonely\ntitle: Lonely\npublisher: Nobody\nurl: https://lonely.example/\n"
    make_repo(tmp_path, {"sources/lonely.yaml": lonely})
    assert brief(audit_findings(tmp_path, "orphan-source")) == [
        ("orphan-source", "sources/lonely.yaml", 1, "lonely")
    ]


def test_quiet_when_every_source_is_cited(repo: Path) -> None:
    assert audit_findings(repo, "orphan-source") == []
