"""duplicate-source: same normalised URL, or same publisher and nearly the same title."""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_ALPHA, audit_findings, brief, make_repo

COPY_PATH = "sources/zeta-copy.yaml"


def test_fires_on_the_same_url_with_tracking_and_case(tmp_path: Path) -> None:
    copy = (
        "id: zeta-copy\ntitle: Something else entirely\npublisher: Other\n"
        "url: HTTP://WWW.Alpha.example/port-vell/?utm_source=x&fbclid=1#top\n"
    )
    make_repo(tmp_path, {COPY_PATH: copy})
    findings = audit_findings(tmp_path, "duplicate-source")
    assert brief(findings) == [("duplicate-source", COPY_PATH, 4, "zeta-copy")]
    assert findings[0].suggestion == "alpha-news-report"


def test_fires_on_the_same_publisher_and_title(tmp_path: Path) -> None:
    copy = (
        SOURCE_ALPHA.replace("id: alpha-news-report", "id: zeta-copy")
        .replace("url: https://alpha.example/port-vell", "url: https://alpha.example/amp/port-vell")
        .replace("reopens after repairs", "re-opens after repairs")
    )
    make_repo(tmp_path, {COPY_PATH: copy})
    assert brief(audit_findings(tmp_path, "duplicate-source")) == [
        ("duplicate-source", COPY_PATH, 2, "zeta-copy")
    ]


def test_quiet_on_different_pages(tmp_path: Path) -> None:
    other = "id: zeta-copy\ntitle: Ferry prices rise\npublisher: Alpha News\nurl: https://alpha.example/ferry?id=2\n"
    make_repo(tmp_path, {COPY_PATH: other})
    assert audit_findings(tmp_path, "duplicate-source") == []


def test_quiet_on_the_same_publisher_and_title_with_other_numbers(tmp_path: Path) -> None:
    def storm(source_id: str, homes: str) -> str:
        return (
            f"id: {source_id}\ntitle: Storm leaves {homes} homes without power\n"
            f"publisher: Alpha News\nurl: https://alpha.example/{source_id}\n"
        )

    make_repo(
        tmp_path,
        {"sources/storm-monday.yaml": storm("storm-monday", "4,200"),
         "sources/storm-tuesday.yaml": storm("storm-tuesday", "3,900")},
    )  # fmt: skip
    assert audit_findings(tmp_path, "duplicate-source") == []
    make_repo(tmp_path / "same", {"sources/storm-monday.yaml": storm("storm-monday", "4,200"),
                                  "sources/storm-again.yaml": storm("storm-again", "4,200")})  # fmt: skip
    assert brief(audit_findings(tmp_path / "same", "duplicate-source")) == [
        ("duplicate-source", "sources/storm-monday.yaml", 2, "storm-monday")
    ]
