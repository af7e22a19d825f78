"""The clean fixture repository really is clean: the base every rule test changes one thing in."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings


def test_clean_repository_has_no_findings(repo: Path) -> None:
    assert audit_findings(repo) == []
