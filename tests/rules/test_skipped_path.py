"""skipped-path: links out of the repository, linked folders, oversized files."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import audit_findings, brief, make_repo


def test_fires_on_a_link_outside_and_a_linked_folder(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "desk")
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: secret\ntitle: Secret\npublisher: x\n")
    os.symlink(outside, root / "sources" / "secret.yaml")
    os.symlink(root, root / "sources" / "loop")
    findings = audit_findings(root, "skipped-path")
    assert brief(findings) == [
        ("skipped-path", "sources/loop", None, None),
        ("skipped-path", "sources/secret.yaml", None, None),
    ]
    from factcheck.load.repository import load_repository

    assert "secret" not in [s.id for s in load_repository(root).sources]


def test_fires_on_an_oversized_file(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/huge.yaml": "notes: " + "x" * (1024 * 1024 + 1) + "\n"})
    [finding] = audit_findings(tmp_path, "skipped-path")
    assert finding.message == (
        "the file is larger than 1 MiB, the most factcheck reads; it was skipped: split it or shorten it"
    )


def test_quiet_on_a_link_inside_the_repository(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    (root / "sources" / "alpha-news-report.yaml").rename(root / "alpha.yaml.txt")
    os.symlink(root / "alpha.yaml.txt", root / "sources" / "alpha-news-report.yaml")
    assert audit_findings(root, "skipped-path") == []
