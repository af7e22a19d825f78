"""The cache: same findings as without it, notices every change, and is never trusted blindly."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from conftest import CLAIM, SAMPLE, TODAY, make_repo
from factcheck.audit import audit
from factcheck.cache import CACHE_DIR, RACY_NS
from factcheck.formats.json_format import render_json
from factcheck.loading import discover, load_files
from factcheck.repository import load_repository
from factcheck.text.analysis import analyze_repository_articles


@pytest.fixture(autouse=True)
def private_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def as_json(root: Path, use_cache: bool) -> str:
    import io

    stream = io.StringIO()
    render_json(audit(root, today=TODAY, use_cache=use_cache), stream)
    return stream.getvalue()


def age(root: Path) -> None:
    """Date every file back, as if written long before the audit (no racy entries)."""
    past = os.stat(root).st_mtime_ns - 10 * RACY_NS
    for path in root.rglob("*"):
        if path.is_file() and CACHE_DIR.parts[0] not in path.parts:
            os.utime(path, ns=(past, past))


def test_cold_warm_and_uncached_agree_byte_for_byte(tmp_path: Path) -> None:
    root = make_repo(
        tmp_path / "desk",
        {"claims/harbour/harbour-reopened-march.yaml": CLAIM.replace("alpha-news-report", "nope")},
    )
    age(root)
    uncached = as_json(root, use_cache=False)
    assert not (root / CACHE_DIR).exists()
    assert as_json(root, use_cache=True) == uncached  # cold: builds the cache
    assert sorted(p.name for p in (root / CACHE_DIR).iterdir()) == [
        "articles.pickle",
        "audit.pickle",
        "files.pickle",
    ]
    assert as_json(root, use_cache=True) == uncached  # warm: from the cache
    assert json.loads(uncached)["summary"]["findings"]["error"] == 1


def test_the_sample_agrees_with_and_without_cache() -> None:
    assert as_json(SAMPLE, use_cache=True) == as_json(SAMPLE, use_cache=False)


@pytest.mark.parametrize("change", ["edit", "add", "delete"])
def test_a_changed_added_or_deleted_file_is_noticed(tmp_path: Path, change: str) -> None:
    root = make_repo(tmp_path / "desk")
    age(root)
    as_json(root, use_cache=True)
    as_json(root, use_cache=True)
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    if change == "edit":  # same size: only the modification time tells
        claim.write_text(CLAIM.replace("alpha-news-report", "alpha-news-rep0rt"))
    elif change == "add":
        (root / "sources/lonely.yaml").write_text(
            "id: lonely\ntitle: T\npublisher: P\nurl: https://l.example/\n"
        )
    else:
        (root / "sources/beta-daily-story.yaml").unlink()
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    rules = {f["rule"] for f in json.loads(as_json(root, use_cache=True))["findings"]}
    assert rules == {"edit": {"unknown-source", "single-source", "orphan-source"}, "add": {"orphan-source"},
                     "delete": {"unknown-source", "single-source"}}[change]  # fmt: skip


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign-key", "planted-pickle"])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(
    tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root)
    expected = as_json(root, use_cache=False)
    as_json(root, use_cache=True)
    marker = tmp_path / "pwned"
    for path in (root / CACHE_DIR).glob("*.pickle"):
        data = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(b"\x80\x04not a pickle at all")
        elif damage == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "planted-pickle":

            class Exploit:
                def __reduce__(self) -> tuple[object, tuple[str]]:
                    return (os.system, (f"touch {marker}",))

            path.write_bytes(
                data[:48] + pickle.dumps(Exploit())
            )  # keeps the header, not a valid signature
    if damage == "foreign-key":
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    assert as_json(root, use_cache=True) == expected
    assert not marker.exists()
    assert as_json(root, use_cache=True) == expected  # and the rebuilt cache serves


def test_worker_processes_give_the_same_results_as_one(tmp_path: Path) -> None:
    repo = load_repository(SAMPLE)
    files, _ = discover(SAMPLE)
    assert load_files(files, workers=2, parallel_from=1) == load_files(files, workers=1)
    import factcheck.text.analysis as analysis

    serial = analyze_repository_articles(repo, workers=1)
    original = analysis.PARALLEL_FROM
    analysis.PARALLEL_FROM = 1
    try:
        assert analyze_repository_articles(repo, workers=2) == serial
    finally:
        analysis.PARALLEL_FROM = original
