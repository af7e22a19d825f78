"""Loading: every malformed file gives located findings, never a traceback; the rest still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SAMPLE, audit_findings, make_repo
from factcheck.load.discover import find_root
from factcheck.load.repository import load_repository

ANY = -1
"""A column that depends on the libyaml build."""

BAD_FILES: dict[str, tuple[bytes, str, int, int]] = {
    # name: (content, rule, line, column)
    "invalid-yaml": (b"id: x\n  bad: [1, 2\n", "yaml-syntax", 2, 3),
    "not-utf8": (b"id: x\ntitle: \xff\xfe\n", "yaml-syntax", 2, 8),
    "empty": (b"", "schema", 1, 1),
    "tilde": (b"~\n", "schema", 1, 1),
    "top-level-list": (b"- id: x\n", "schema", 1, 1),
    "top-level-text": (b"just words\n", "schema", 1, 1),
    "python-tag": (b"id: !!python/object/apply:os.system [ls]\n", "yaml-syntax", 1, 5),
    "custom-tag": (b"id: !shout x\n", "yaml-syntax", 1, 5),
    "alias-bomb": (
        b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "yaml-syntax",
        1,
        4,
    ),
    "self-alias": (b"a: &a [*a]\n", "yaml-syntax", 1, 4),
    # Our own limit stops it at MAX_DEPTH; libyaml 0.2.5+ may stop it first (at 1,000).
    "deep-nesting": (b"id: " + b"[" * 20000 + b"]" * 20000 + b"\n", "yaml-syntax", 1, ANY),
    "two-documents": (b"id: x\n---\nid: y\n", "yaml-syntax", 2, 1),
    "huge-int": (b"id: " + b"9" * 5000 + b"\ntitle: t\npublisher: p\n", "schema", 1, 5),
    "impossible-date": (b"id: x\ntitle: t\npublisher: p\npublished: 2026-13-45\n", "schema", 4, 12),
    "list-key": (b"[a, b]: c\n", "yaml-syntax", 1, 1),
    "wrong-types": (
        b"id: [x]\ntitle: {a: b}\npublisher: [p]\nurl: 12\nkind: [news]\n",
        "schema",
        1,
        5,
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_a_located_finding_and_the_rest_loads(tmp_path: Path, name: str) -> None:
    content, rule, line, column = BAD_FILES[name]
    make_repo(tmp_path, {f"sources/{name}.yaml": content})
    findings = [f for f in audit_findings(tmp_path) if f.path == f"sources/{name}.yaml"]
    located = [(f.rule, f.line, column if column == ANY else f.column) for f in findings]
    assert (rule, line, column) in located
    # The good records still load and audit clean.
    repo = load_repository(tmp_path)
    assert {"alpha-news-report", "beta-daily-story"} <= set(repo.sources_by_id)
    assert [f for f in audit_findings(tmp_path) if f.path != f"sources/{name}.yaml"] == []


def test_an_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    levels = [b'a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, 9):
        refs = ",".join(f"*a{level - 1}" for _ in range(9))
        levels.append(f"a{level}: &a{level} [{refs}]".encode())
    bomb = b"\n".join(levels) + b"\n"
    assert len(bomb) < 1024
    make_repo(tmp_path, {"sources/bomb.yaml": bomb})
    [finding] = audit_findings(tmp_path, "yaml-syntax")
    assert finding.message.startswith("the anchor &a0 is not allowed")


def test_root_is_found_from_a_subfolder(repo: Path) -> None:
    assert find_root(repo / "claims" / "harbour") == repo.resolve()


def test_no_root_above_an_empty_folder(tmp_path: Path) -> None:
    assert find_root(tmp_path) is None


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/.draft.yaml": "not: [valid", "claims/.git/x.yaml": "::"})
    assert audit_findings(tmp_path) == []


def test_cross_link_indexes_both_ways(repo: Path) -> None:
    loaded = load_repository(repo)
    claim = loaded.claims_by_id["harbour-reopened-march"]
    assert [source.id for _, source in loaded.sources_of(claim) if source] == [
        "alpha-news-report",
        "beta-daily-story",
    ]
    assert [c.id for c, _ in loaded.claims_citing("beta-daily-story")] == ["harbour-reopened-march"]
    assert [c.id for c in loaded.claims_in("harbour-reopened")] == ["harbour-reopened-march"]


def test_worker_processes_read_every_file_as_one_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Results travel back from the workers as MessagePack, pickled where MessagePack
    cannot hold them, read again where they do not decode: the same results whichever
    way, positions and all."""
    import msgspec

    import factcheck.load
    from factcheck.load import FileResult, discover, load_files

    root = tmp_path / "desk"
    for part in ("claims", "sources"):
        shutil.copytree(SAMPLE / part, root / part)
    for name, (content, *_) in BAD_FILES.items():
        (root / f"sources/bad-{name}.yaml").write_bytes(content)
    encode = factcheck.load._ENCODE

    def encode_good_files_only(result: FileResult) -> bytes:
        if result.findings:
            raise OverflowError("as for an integer MessagePack cannot hold")
        return encode(result)

    def whole(results: list[FileResult]) -> list[tuple[FileResult, list[object]]]:
        records = [(*r.claims, *r.sources, *r.articles) for r in results]
        return [(r, [x.positions for x in rs]) for r, rs in zip(results, records, strict=True)]

    files, _ = discover(root)
    serial = load_files(files, workers=1)
    assert whole(load_files(files, workers=2, parallel_from=1)) == whole(serial)
    monkeypatch.setattr(factcheck.load, "_ENCODE", encode_good_files_only)
    assert whole(load_files(files, workers=2, parallel_from=1)) == whole(serial)
    decode = factcheck.load._DECODE
    calls = iter(range(10**6))

    def decode_every_other(packed: bytes) -> FileResult:
        if next(calls) % 2:
            raise msgspec.ValidationError("as for a value of another shape")
        return decode(packed)  # type: ignore[no-any-return]

    monkeypatch.setattr(factcheck.load, "_DECODE", decode_every_other)  # read again
    assert whole(load_files(files, workers=2, parallel_from=1)) == whole(serial)
    assert sum(bool(r.findings) for r in serial) >= len(BAD_FILES)
    assert sum(len(r.claims) + len(r.sources) for r in serial) > 5


def test_a_repository_with_other_articles_is_the_repository_built_with_them() -> None:
    from dataclasses import replace

    from conftest import SAMPLE
    from factcheck.desk.repository import Repository
    from factcheck.load.repository import load_repository

    repo = load_repository(SAMPLE)
    [article] = repo.articles
    draft = replace(article, id="draft", path="draft.md", body="A draft.\n")
    shared = repo.with_articles([article, draft], [], [], None)
    built = Repository(repo.root, repo.settings, repo.claims, repo.sources, [article, draft], [])
    for index in ("claims_by_id", "sources_by_id", "articles_by_id"):
        assert getattr(shared, index) == getattr(built, index), index
    assert dict(shared.citations_of_source) == dict(built.citations_of_source)
    assert dict(shared.claims_of_article) == dict(built.claims_of_article)
    assert shared.articles_by_id["draft"] is draft
    assert repo.articles == [article] and "draft" not in repo.articles_by_id  # left as it was


def test_a_repository_with_other_articles_indexes_those_and_shares_the_rest(
    tmp_path: Path,
) -> None:
    from factcheck.desk.model import Article

    repo = load_repository(make_repo(tmp_path / "desk"))
    # indexes built before the copy
    assert list(repo.articles_by_id) == ["harbour-reopened"]
    assert list(repo.claims_by_id) == ["harbour-reopened-march"]
    draft = Article(path="claims/harbour/article.md", id="harbour-draft", title="Draft")
    other = repo.with_articles([draft], [], [], None)
    assert list(other.articles_by_id) == ["harbour-draft"]
    assert list(repo.articles_by_id) == ["harbour-reopened"]
    assert other.claims_by_id is repo.claims_by_id  # the claims' index is not built again
