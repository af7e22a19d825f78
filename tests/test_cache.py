"""The cache: same findings as without it, notices every change, and is never trusted blindly."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import pytest

import factcheck.engine.audit
import factcheck.incremental.answers
import factcheck.incremental.store
from conftest import CLAIM, SAMPLE, SOURCE_BETA, TODAY, cached, make_repo
from factcheck.engine.audit import audit
from factcheck.engine.check import CheckResult
from factcheck.incremental.analyses import analyze_repository_articles
from factcheck.incremental.files import Bucket, FileRow, bucket_of, load_cached, read_kept
from factcheck.incremental.store import CACHE_DIR, DATABASE, RACY_NS, Store, code_stamp
from factcheck.load import discover, load_files
from factcheck.load.repository import load_repository
from factcheck.output.formats.json_format import render_json
from factcheck.rules import registry


@pytest.fixture(autouse=True)
def in_the_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests look at the cache where users have it: inside the desk."""
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)


def as_json(root: Path, use_cache: bool, **options: object) -> str:
    import io

    stream = io.StringIO()
    settings = {"today": TODAY, **options}
    render_json(audit(root, use_cache=use_cache, **settings), stream)  # type: ignore[arg-type]
    return stream.getvalue()


def age(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the cache's clock ahead, as if every file of `root` had been written long before
    the audit: no entry is racy, so the cache is really consulted. (A file's status-change
    time cannot be set back, so the clock moves instead of the files.)"""
    ahead = 10 * RACY_NS
    real = factcheck.incremental.store.now_ns
    monkeypatch.setattr(factcheck.incremental.store, "now_ns", lambda: real() + ahead)


NEVER_WHEN_CACHED = ("load_repository", "load_cached", "engine_context", "evaluate")
"""What `_audit` calls on every path but the kept answer's: reading the desk (from its
files or the cache's rows), the rules' context, and the rules themselves."""


def served_from_cache(root: Path, monkeypatch: pytest.MonkeyPatch, **options: object) -> str:
    """The audit's JSON, failing the test unless the cache answered: the desk was not
    loaded and no rule was weighed (`test_served_from_cache_fails_when_it_was_not`)."""

    def not_from_cache(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("the audit loaded the desk or ran the rules: the cache did not answer")

    with monkeypatch.context() as patched:
        for name in NEVER_WHEN_CACHED:
            patched.setattr(factcheck.engine.audit, name, not_from_cache)
        return as_json(root, use_cache=True, **options)


def test_served_from_cache_fails_when_it_was_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper the warm tests rely on goes red on a desk the cache cannot answer for:
    no cache at all, and a file changed since the cache was written."""
    root = desk_with_an_error(tmp_path, monkeypatch)
    assert not (root / CACHE_DIR).exists()
    with pytest.raises(AssertionError, match="the cache did not answer"):
        served_from_cache(root, monkeypatch)
    shutil.rmtree(root / CACHE_DIR, ignore_errors=True)  # what the failed audit opened
    expected = as_json(root, use_cache=True)
    assert served_from_cache(root, monkeypatch) == expected  # now it answers
    shutil.rmtree(root / CACHE_DIR)
    with pytest.raises(AssertionError, match="the cache did not answer"):
        served_from_cache(root, monkeypatch)
    as_json(root, use_cache=True)
    (root / "sources/lonely.yaml").write_text("id: lonely\ntitle: T\npublisher: P\n")
    with pytest.raises(AssertionError, match="the cache did not answer"):
        served_from_cache(root, monkeypatch)


def names_read(monkeypatch: pytest.MonkeyPatch, *methods: str) -> list[str]:
    """The names of the cache entries and rows read through `methods` of the Store from
    now on, in order (a list the caller may clear)."""
    read: list[str] = []
    for method in methods:
        real = getattr(factcheck.incremental.store.Store, method)

        def spied(self: Store, name: str, kind: object, real: Any = real) -> object:
            read.append(name)
            return real(self, name, kind)

        monkeypatch.setattr(factcheck.incremental.store.Store, method, spied)
    return read


KEPT = (
    ["audit", "audit-key", "files:generation", "name-variants"],
    [
        "article-findings",
        "article-names",
        "articles",
        "duplicate-claim-statements",
        "files",
        "rule-findings",
        "rule-keys",
    ],
)
"""The entries, and the sets of rows, an audit keeps."""


def desk_and_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The clean desk, its files aged for the cache, and a draft beside it (`DRAFT`)."""
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    return root, draft


def large_desk_and_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """`desk_and_draft`, its claims' matcher tables kept as a large desk's are."""
    import factcheck.incremental.analyses

    monkeypatch.setattr(
        factcheck.incremental.analyses, "KEPT_TABLES_FROM", 1
    )  # keep tables of 1 claim
    return desk_and_draft(tmp_path, monkeypatch)


def desk_with_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk whose claim cites an unknown source, its files aged for the cache."""
    root = make_repo(
        tmp_path / "desk",
        {"claims/harbour/harbour-reopened-march.yaml": CLAIM.replace("alpha-news-report", "nope")},
    )
    age(root, monkeypatch)
    return root


def test_cold_warm_and_uncached_agree_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk_with_an_error(tmp_path, monkeypatch)
    uncached = as_json(root, use_cache=False)
    assert not (root / CACHE_DIR).exists()
    assert as_json(root, use_cache=True) == uncached  # cold: builds the cache
    assert cached(root) == (
        ["audit", "audit-key", "files:generation", "name-variants"],
        [
            "article-findings",
            "article-names",
            "articles",
            "audit-findings",
            "duplicate-claim-statements",
            "files",
            "nearest-sources",  # it cites an unknown source
            "rule-findings",
            "rule-keys",
        ],
    )
    assert served_from_cache(root, monkeypatch) == uncached  # warm: from the cache
    assert json.loads(uncached)["summary"]["findings"]["error"] == 1


def test_the_sample_agrees_with_and_without_cache(tmp_path: Path) -> None:
    desk = tmp_path / "sample"
    for part in ("claims", "sources", "factcheck.yaml"):
        copy = shutil.copytree if (SAMPLE / part).is_dir() else shutil.copy
        copy(SAMPLE / part, desk / part if part != "factcheck.yaml" else desk)  # type: ignore[operator]
    assert as_json(desk, use_cache=True) == as_json(desk, use_cache=False)


@pytest.mark.parametrize("change", ["edit", "add", "delete"])
def test_a_changed_added_or_deleted_file_is_noticed(
    tmp_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
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


def _replace_values(database: Path, value: bytes) -> None:
    """Every entry and every row of the cache at `database` made to hold `value`."""
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE entries SET value = ?", (value,))
        connection.execute("UPDATE rows SET value = ?", (value,))
    connection.close()


@pytest.mark.parametrize(
    "damage", ["garbage", "truncated", "another-factcheck", "another-shape", "planted-pickle"]
)
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(
    tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import msgspec

    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    expected = as_json(root, use_cache=False)
    as_json(root, use_cache=True)
    database = root / CACHE_DIR / DATABASE
    marker = tmp_path / "pwned"
    if damage == "garbage":
        database.write_bytes(b"SQLite format 3\0" + b"not a database at all" * 100)
    elif damage == "truncated":
        data = database.read_bytes()
        database.write_bytes(data[: len(data) // 2])
    elif damage == "another-factcheck":
        monkeypatch.setattr(factcheck.incremental.store, "code_stamp", lambda: "another factcheck")
    elif damage == "another-shape":  # well-formed, but not what any reader asks for
        _replace_values(database, b"r" + msgspec.msgpack.encode({"findings": [], "claims": 0}))
    else:

        class Exploit:
            def __reduce__(self) -> tuple[object, tuple[str]]:
                return (os.system, (f"touch {marker}",))

        _replace_values(database, pickle.dumps(Exploit()))
    assert as_json(root, use_cache=True) == expected
    assert not marker.exists()
    assert as_json(root, use_cache=True) == expected  # and the rebuilt cache serves
    assert cached(root) == KEPT


def test_the_pickles_of_the_old_cache_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    (root / CACHE_DIR).mkdir(parents=True)
    (root / CACHE_DIR / "files.pickle").write_bytes(b"factcheck-cache\n" + b"\0" * 100)
    as_json(root, use_cache=True)
    assert sorted(p.name for p in (root / CACHE_DIR).glob("*.pickle")) == []
    assert (root / CACHE_DIR / DATABASE).is_file()


def test_a_cache_copied_with_the_desk_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import msgspec

    root = desk_with_an_error(tmp_path, monkeypatch)
    expected = as_json(root, use_cache=False)
    as_json(root, use_cache=True)
    # Doctor the kept findings: this desk's own cache is believed (it is the user's)…
    database = root / CACHE_DIR / DATABASE
    with sqlite3.connect(database) as connection:
        doctored = b"r" + msgspec.msgpack.encode([])  # "r": kept uncompressed
        connection.execute("UPDATE rows SET value = ? WHERE name = 'audit-findings'", (doctored,))
    connection.close()
    assert json.loads(served_from_cache(root, monkeypatch))["findings"] == []
    # …but a copy of the desk, cache and all (a planted cache), has files of other stamps
    copy = shutil.copytree(root, tmp_path / "copy")
    assert (copy / CACHE_DIR / DATABASE).is_file()
    assert as_json(copy, use_cache=True) == expected.replace(str(root), str(copy))


def test_only_the_rows_of_changed_files_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = "claims/harbour/harbour-reopened-march.yaml"
    # A source kept in the same bucket as the claim: rewritten with it, not read again.
    beside = next(
        rel
        for n in range(10_000)
        if bucket_of(rel := f"sources/beside-{n}.yaml") == bucket_of(claim)
    )
    root = make_repo(tmp_path / "desk", {beside: SOURCE_BETA.replace("beta-daily-story", "x")})
    age(root, monkeypatch)
    as_json(root, use_cache=True)

    def files() -> dict[str, int]:
        """Each file kept → when the run that read it began."""
        return {rel: row.read_at for rel, row in read_kept(Store(root)).rows.items()}

    before = files()
    (root / claim).write_text(CLAIM.replace("alpha-news-report", "nope"), encoding="utf-8")
    (root / "sources/beta-daily-story.yaml").unlink()
    as_json(root, use_cache=True)
    after = files()
    assert set(before) - set(after) == {"sources/beta-daily-story.yaml"}  # forgotten
    assert [rel for rel in after if after[rel] != before[rel]] == [claim]  # only it read again


def test_every_kept_value_reads_back_as_it_was_written(tmp_path: Path) -> None:
    from factcheck.incremental.analyses import Packed, _pack, _unpack

    files, _ = discover(SAMPLE)
    rows: Bucket = {
        f.rel: FileRow(f.kind.value, f.stamp, 1, r)
        for f, r in zip(files, load_files(files), strict=True)
    }
    repo = load_repository(SAMPLE)
    analyses = analyze_repository_articles(repo, workers=1)
    jobs = [(a.article, repo.claims_in(a.article.id or "")) for a in analyses]
    Store(tmp_path).write_rows("files", {"000": rows})
    Store(tmp_path).write_rows(
        "articles",
        {
            str(i): _pack(claims, a)
            for i, ((_, claims), a) in enumerate(zip(jobs, analyses, strict=True))
        },
    )
    files_back = read_kept(Store(tmp_path)).rows
    assert files_back == rows

    def positions(row: FileRow) -> list[object]:  # not part of a record's equality
        result = row.result
        return [r.positions for r in (*result.claims, *result.sources, *result.articles)]

    assert [positions(files_back[rel]) for rel in rows] == [positions(r) for r in rows.values()]
    assert sum(len(positions(r)) for r in rows.values()) > 10
    articles_back: dict[str, tuple[int, Packed]] = Store(tmp_path).read_rows("articles", Packed)
    assert [_unpack(job, articles_back[str(i)][1]) for i, job in enumerate(jobs)] == analyses
    assert sum(len(s.links) for a in analyses for s in a.sentences) > 10  # links were kept


def test_worker_processes_give_the_same_results_as_one(tmp_path: Path) -> None:
    repo = load_repository(SAMPLE)
    files, _ = discover(SAMPLE)
    assert load_files(files, workers=2, parallel_from=1) == load_files(files, workers=1)
    import factcheck.incremental.analyses as analysis

    serial = analyze_repository_articles(repo, workers=1)
    original = analysis.PARALLEL_FROM
    analysis.PARALLEL_FROM = 1
    try:
        assert analyze_repository_articles(repo, workers=2) == serial
    finally:
        analysis.PARALLEL_FROM = original


def test_worker_processes_share_the_word_table_their_parent_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The English words' table is read once, before the workers fork, not in each."""
    import factcheck.incremental.analyses as analysis
    import factcheck.text.matching as matching
    import factcheck.text.words as words

    repo = load_repository(SAMPLE)
    readers = tmp_path / "readers"
    readers.mkdir()
    real_files = words.resources.files

    class NotingReader:
        @staticmethod
        def files(package: str) -> Any:
            (readers / str(os.getpid())).touch()
            return real_files(package)

    monkeypatch.setattr(words, "resources", NotingReader)
    monkeypatch.setattr(analysis, "PARALLEL_FROM", 1)
    words.english_table.cache_clear()
    words.weight.cache_clear()
    matching.read_content.cache_clear()  # so that the workers weigh words
    try:
        analyses = analyze_repository_articles(repo, workers=2)
    finally:
        words.weight.cache_clear()
    assert sum(len(s.links) for a in analyses for s in a.sentences) > 0  # words were weighed
    assert sorted(path.name for path in readers.iterdir()) == [str(os.getpid())]


def desk_with_a_name_not_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk holding a file whose name is not UTF-8 (its path holds a lone surrogate),
    the audit's findings cut into rows at any file's path."""
    root = make_repo(tmp_path / "desk")
    try:
        (root / os.fsdecode(b"claims/harbour/bad-\xffname.yaml")).write_text("id: x\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system keeps only UTF-8 names")
    age(root, monkeypatch)
    # rows cut at any file's path
    monkeypatch.setattr(factcheck.incremental.answers, "FEWEST_PER_ROW", 0)
    return root


def test_a_file_whose_name_is_not_utf8_is_audited_with_the_cache_like_any_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its path holds a lone surrogate, which the cache's rows are spread by as any text."""
    root = desk_with_a_name_not_utf8(tmp_path, monkeypatch)
    uncached = as_json(root, use_cache=False)
    assert "claims/harbour/bad-\udcffname.yaml" in uncached  # read and reported
    assert as_json(root, use_cache=True) == uncached  # cold
    assert as_json(root, use_cache=True) == uncached  # and again


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="a finding's path with a lone surrogate cannot be written as MessagePack: "
    "Store.keep_by_content gives None, so the audit is never kept and is run again",
)
def test_the_audit_of_a_desk_with_a_name_not_utf8_is_answered_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk_with_a_name_not_utf8(tmp_path, monkeypatch)
    uncached = as_json(root, use_cache=False)
    as_json(root, use_cache=True)
    assert served_from_cache(root, monkeypatch) == uncached


def test_an_edit_that_keeps_size_and_modification_time_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    clean = as_json(root, use_cache=True)
    assert served_from_cache(root, monkeypatch) == clean
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    before = claim.stat()
    claim.write_text(CLAIM.replace("alpha-news-report", "alpha-news-rep0rt"))
    os.utime(claim, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `touch -r` does
    assert claim.stat().st_size == before.st_size
    rules = {f["rule"] for f in json.loads(as_json(root, use_cache=True))["findings"]}
    assert "unknown-source" in rules


def _answer(root: Path, monkeypatch: pytest.MonkeyPatch, **options: object) -> str:
    """The audit's answer once the cache holds it for these options."""
    as_json(root, use_cache=True, **options)
    return served_from_cache(root, monkeypatch, **options)


def test_every_input_of_the_cache_key_changes_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(
        tmp_path / "desk", {"sources/lonely.yaml": "id: lonely\ntitle: T\npublisher: P\n"}
    )
    age(root, monkeypatch)
    base = _answer(root, monkeypatch)

    def rules(answer: str) -> list[str]:
        return sorted(f["rule"] for f in json.loads(answer)["findings"])

    assert rules(base) == ["orphan-source", "source-without-url"]
    # --select, --ignore and today's date (a review dated after "today" is in the future),
    # each asked while the cache holds the plain audit: none is answered with it
    for options in ({"select": ["orphan-source"]}, {"ignore": ["orphan-source"]},
                    {"today": date(2025, 3, 1)}):  # fmt: skip
        assert _answer(root, monkeypatch) == base
        assert as_json(root, use_cache=True, **options) == as_json(root, use_cache=False, **options)
    # the settings
    (root / "factcheck.yaml").write_text("rules: {orphan-source: off}\n")
    assert rules(as_json(root, use_cache=True)) == ["source-without-url"]
    (root / "factcheck.yaml").write_text("min_independent_sources: 2\n")
    assert _answer(root, monkeypatch) == base
    # the rules' code: another factcheck never reads this one's cache
    import dataclasses

    quiet = tuple(
        dataclasses.replace(rule, check=lambda ctx: iter(()))
        if rule.id == "orphan-source"
        else rule
        for rule in registry.RULES
    )
    monkeypatch.setattr(factcheck.incremental.store, "code_stamp", lambda: "another factcheck")
    monkeypatch.setattr(registry, "RULES", quiet)
    assert rules(as_json(root, use_cache=True)) == ["source-without-url"]


def test_a_check_of_some_rules_is_not_answered_with_the_check_of_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.engine.check import check_in_desk

    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Ferries reportedly resumed the same week.\n\n"
        "Mayor Ada Okafor said the ferry will carry 300 passengers.\n"
    )
    for selected in (["hedged-statement"], ["unchecked-sentence"]):
        check_in_desk(draft, root, TODAY)  # the plain check is what the cache holds
        assert (
            check_in_desk(draft, root, TODAY, select=selected).to_dict()
            == check_in_desk(draft, root, TODAY, select=selected, use_cache=False).to_dict()
        )


def test_the_code_stamp_is_the_content_of_the_package(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    module = package / "rule.py"
    module.write_text("SEVERITY = 'warning'\n")
    first = code_stamp.__wrapped__(package)
    info = module.stat()
    module.write_text("SEVERITY = 'error!!'\n")  # same size
    os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))  # same time
    assert code_stamp.__wrapped__(package) != first
    assert code_stamp() == code_stamp.__wrapped__(Path(factcheck.incremental.store.__file__).parent)


DRAFT = (
    "Repairs to the harbour of Port Vell, which reopened on 3 March 2025, cost 4 million euros.\n"
)


def checked(root: Path, draft: Path) -> list[tuple[str, str]]:
    """(claim, relation) of every link `check` finds in `draft`, with the desk's cache."""
    from factcheck.engine.check import check_article
    from factcheck.incremental.store import Store

    store = Store(root)
    result = check_article(draft, load_cached(root, store), store=store)
    return [(str(k.claim.id), k.relation) for s in result.analysis.sentences for k in s.links]


def test_check_reuses_its_analysis_until_the_draft_or_a_claim_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.incremental.analyses

    root, draft = large_desk_and_draft(tmp_path, monkeypatch)
    assert checked(root, draft) == [("harbour-reopened-march", "asserts")]
    with monkeypatch.context() as patched:  # the same draft, the same claims: no analysis
        patched.setattr(factcheck.incremental.analyses, "analyze", None)
        assert checked(root, draft) == [("harbour-reopened-march", "asserts")]
    # another draft is analysed against the kept tables
    draft.write_text(DRAFT.replace("4 million", "5 million"), encoding="utf-8")
    assert checked(root, draft) == [("harbour-reopened-march", "contradicts")]
    # an edit that leaves every paragraph as it was matched needs no matcher at all
    draft.write_text("# Repairs\n\n" + DRAFT.replace("4 million", "5 million"), encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setattr(factcheck.incremental.analyses, "_matcher_tables", None)
        assert checked(root, draft) == [("harbour-reopened-march", "contradicts")]
    # a changed statement: neither the analysis nor the tables of the old one serve
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    claim.write_text(CLAIM.replace("4 million euros", "5 million euros"), encoding="utf-8")
    assert checked(root, draft) == [("harbour-reopened-march", "asserts")]


MAYOR = "The mayor of Ronda resigned on Friday."
LIGHTHOUSE = "The lighthouse of Cap Roig was repainted in white and green."


def state_the_other_claim(root: Path, statement: str) -> None:
    """The desk's second claim, `mayor-resigned`, stating `statement`."""
    (root / "claims/harbour/mayor-resigned.yaml").write_text(
        f"id: mayor-resigned\nstatement: {statement}\nstatus: unconfirmed\n", encoding="utf-8"
    )


def test_check_keeps_each_statements_meaning_until_the_statement_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.text import meaning

    root, draft = large_desk_and_draft(tmp_path, monkeypatch)
    state_the_other_claim(root, MAYOR)
    embedded: list[str] = []
    real = meaning.embed

    def counted(texts):  # type: ignore[no-untyped-def]
        embedded.extend(texts)
        return real(texts)

    monkeypatch.setattr(meaning, "embed", counted)
    harbour = (
        "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros."
    )
    statements = {MAYOR, harbour}
    checked(root, draft)
    assert statements <= set(embedded)  # made once
    embedded.clear()
    draft.write_text("The mayor of Ronda resigned on Friday, officials said.\n", encoding="utf-8")
    assert checked(root, draft) == [("mayor-resigned", "asserts")]
    assert not statements & set(embedded)  # read back: only the draft's new paragraph
    embedded.clear()
    state_the_other_claim(root, LIGHTHOUSE)
    draft.write_text(LIGHTHOUSE + "\n", encoding="utf-8")
    assert checked(root, draft) == [("mayor-resigned", "asserts")]
    assert LIGHTHOUSE in embedded and harbour not in embedded
    # The meaning of the statement edited away is forgotten; the others are kept.
    from factcheck.incremental.store import Store

    statements = {c.statement for c in load_repository(root).claims if c.statement}
    kept = set(Store(root).read_rows("meanings", bytes))
    assert kept == {meaning.text_key(s) for s in statements} and len(kept) == len(statements)
    assert meaning.text_key(MAYOR) not in kept


def test_check_never_matches_through_the_tables_of_statements_since_edited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    root, draft = large_desk_and_draft(tmp_path, monkeypatch)
    state_the_other_claim(root, MAYOR)
    draft.write_text("The mayor of Ronda resigned on Friday, officials said.\n", encoding="utf-8")
    assert checked(root, draft) == [("mayor-resigned", "asserts")]
    # The claim now says something else: the kept index (filed under the mayor's words)
    # would offer no candidate for a sentence saying it, and weigh its words by the
    # mayor's; the link is scored as a check that keeps nothing scores it.
    state_the_other_claim(root, LIGHTHOUSE)
    draft.write_text(LIGHTHOUSE + "\n", encoding="utf-8")
    assert checked(root, draft) == [("mayor-resigned", "asserts")]
    from factcheck.engine.check import check_article

    def scores(result: CheckResult) -> list[tuple[str, float]]:
        return [(str(k.claim.id), k.score) for s in result.analysis.sentences for k in s.links]

    store = Store(root)
    kept = check_article(draft, load_cached(root, store), store=store)
    assert scores(kept) == scores(check_article(draft, load_repository(root)))


def test_a_draft_edited_within_the_tick_of_the_last_check_is_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where file times tick slower than edits come, an edit keeps the draft's stamp: the
    answer kept for a draft whose stamp had not settled is not served."""
    import factcheck.engine.check
    from factcheck.engine.check import check_in_desk

    root, draft = desk_and_draft(tmp_path, monkeypatch)
    now = factcheck.incremental.store.now_ns()  # the cache's clock: written just now
    monkeypatch.setattr(
        factcheck.engine.check,
        "stamp_of",
        lambda info: (info.st_size, now, now, info.st_ino, info.st_dev),
    )

    def links() -> list[tuple[str, str]]:
        result = check_in_desk(draft, root, TODAY)
        return [(str(k.claim.id), k.relation) for s in result.analysis.sentences for k in s.links]

    assert links() == [("harbour-reopened-march", "asserts")]
    draft.write_text(DRAFT.replace("4 million", "5 million"), encoding="utf-8")  # same stamp
    assert links() == [("harbour-reopened-march", "contradicts")]


def test_findings_on_an_article_whose_front_matter_grew_keep_to_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import ARTICLE

    path = "claims/harbour/article.md"
    article = ARTICLE + "\nFerries reportedly resumed the same week.\n"
    root = make_repo(tmp_path / "desk", {path: article})
    age(root, monkeypatch)
    as_json(root, use_cache=True)
    longer = article.replace(
        "outlet: Coast Courier\n", "outlet: Coast Courier\nurl: https://c.example/\n"
    )
    (root / path).write_text(longer)  # the same body, a line further down
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)


def test_check_makes_the_matchers_tables_again_when_the_kept_ones_do_not_unpack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.incremental.analyses import KeptTables
    from factcheck.incremental.store import Store

    root, draft = large_desk_and_draft(tmp_path, monkeypatch)
    assert checked(root, draft) == [("harbour-reopened-march", "asserts")]
    kept = Store(root).read("matcher", KeptTables)
    assert kept is not None and kept.index  # the index, packed, under the statements' key
    damaged = KeptTables(kept.key, {"harbour": (b"\0" * 3, b"")}, kept.specificity)
    Store(root).write("matcher", damaged)
    draft.write_text(DRAFT.replace("4 million", "5 million"), encoding="utf-8")
    assert checked(root, draft) == [("harbour-reopened-march", "contradicts")]
    assert Store(root).read("matcher", KeptTables) == kept  # made again, and kept


def test_check_keeps_the_index_of_the_desks_quotes_while_they_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.engine.check import check_article
    from factcheck.incremental.analyses import KeptQuotes
    from factcheck.incremental.store import Store
    from factcheck.text.quotes import QuoteIndex

    def by_quote() -> list[str]:
        store = Store(root)
        result = check_article(draft, load_cached(root, store), store=store)
        return [str(k.claim.id) for s in result.analysis.sentences for k in s.links if k.by_quote]

    root, draft = large_desk_and_draft(tmp_path, monkeypatch)
    said = "The harbour of Port Vell reopened on 3 March 2025, its owners said.\n"
    draft.write_text(said, encoding="utf-8")
    assert by_quote() == ["harbour-reopened-march"]
    with monkeypatch.context() as patched:  # another draft: the kept index serves
        patched.setattr(QuoteIndex, "of", None)
        draft.write_text(said + "\nIt had been closed for a year.\n", encoding="utf-8")
        assert by_quote() == ["harbour-reopened-march"]
    # the claim's quote edited: the index is made again, of the quote as it is now
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    edited = "The harbour of Port Vell reopened on 4 March 2025"
    claim.write_text(CLAIM.replace("quote: The harbour of Port Vell reopened on 3 March 2025",
                                   f"quote: {edited}"), encoding="utf-8")  # fmt: skip
    assert by_quote() == []
    kept = Store(root).read("quotes", KeptQuotes)
    assert kept is not None and kept.quotes == (edited,)


def test_kept_name_spellings_follow_every_text_and_the_accepted_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import ARTICLE, SOURCE_ALPHA

    article = "claims/harbour/article.md"
    source = "sources/alpha-news-report.yaml"
    root = make_repo(
        tmp_path / "desk",
        {
            article: ARTICLE + "\nThe works were led by engineer Ada Okafur.\n",
            source: SOURCE_ALPHA + "notes: Quotes the engineer Ada Okafor.\n",
        },
    )
    age(root, monkeypatch)

    def variants() -> list[str | None]:
        answer = json.loads(as_json(root, use_cache=True))
        return [f["suggestion"] for f in answer["findings"] if f["rule"] == "name-variant"]

    assert variants() == ["Okafor"]
    assert "name-variants" in cached(root)[0]
    # a spelling also written in lower case is a common word, until it no longer is
    (root / article).write_text(ARTICLE + "\nThe works were led by engineer Ada Okafur (okafur).\n")
    assert variants() == []
    (root / article).write_text(ARTICLE + "\nThe works were led by engineer Ada Okafur.\n")
    assert variants() == ["Okafor"]
    (root / source).write_text(SOURCE_ALPHA + "notes: Quotes the engineer Ada Okafar.\n")
    assert variants() == ["Okafar"]  # the source's spelling changed
    (root / "factcheck.yaml").write_text("names:\n  Okafar: [Okafur]\n")
    assert variants() == []  # the desk accepts the article's spelling


def test_name_variant_reads_again_only_the_articles_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.incremental.names as name_variant

    second = "claims/harbour/second.md"
    root = make_repo(tmp_path / "desk", {second: "---\nid: second\n---\nEngineer Ada Okafor.\n"})
    age(root, monkeypatch)
    as_json(root, use_cache=True)
    read: list[str] = []
    real = name_variant.words_of
    monkeypatch.setattr(name_variant, "words_of", lambda text: read.append(text) or real(text))
    (root / second).write_text("---\nid: second\n---\nEngineer Ada Okafur.\n", encoding="utf-8")
    after = as_json(root, use_cache=True)
    assert read == ["Engineer Ada Okafur.\n"]  # the other article's words were kept
    assert after == as_json(root, use_cache=False)


def test_an_unchanged_check_is_answered_from_the_cache_until_a_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.engine.check
    from factcheck.engine.check import check_in_desk

    root, draft = desk_and_draft(tmp_path, monkeypatch)

    def relations(**options: object) -> list[tuple[str, str]]:
        result = check_in_desk(draft, root, date(2026, 1, 5), **options)  # type: ignore[arg-type]
        return [(str(k.claim.id), k.relation) for s in result.analysis.sentences for k in s.links]

    assert relations() == [("harbour-reopened-march", "asserts")]
    with monkeypatch.context() as patched:  # nothing changed: the desk is not even loaded
        patched.setattr(factcheck.engine.check, "load_repository", None)
        assert relations() == [("harbour-reopened-march", "asserts")]
    claim = root / "claims/harbour/harbour-reopened-march.yaml"
    claim.write_text(CLAIM.replace("4 million euros", "5 million euros"), encoding="utf-8")
    assert relations() == [("harbour-reopened-march", "contradicts")]  # a desk file changed
    draft.write_text(DRAFT.replace("4 million", "5 million"), encoding="utf-8")
    assert relations() == [("harbour-reopened-march", "asserts")]  # the article changed
    assert relations(use_cache=False) == [("harbour-reopened-march", "asserts")]


def test_a_changed_desk_does_not_read_the_last_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    as_json(root, use_cache=True)
    read = names_read(monkeypatch, "read_dated", "read_rows")
    (root / "sources/lonely.yaml").write_text("id: lonely\ntitle: T\npublisher: P\n")
    as_json(root, use_cache=True)  # the desk changed: audited afresh, its findings kept
    read.clear()
    served_from_cache(root, monkeypatch)
    assert {"audit", "audit-findings"} <= set(read)  # nothing changed: the findings answer
    read.clear()
    (root / "sources/lonely.yaml").unlink()
    as_json(root, use_cache=True)
    assert "audit-key" in read and not {"audit", "audit-findings"} & set(read)


def test_a_changed_draft_does_not_read_the_last_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.engine.check import check_in_desk

    root, draft = desk_and_draft(tmp_path, monkeypatch)
    check_in_desk(draft, root, TODAY)
    read = names_read(monkeypatch, "read_dated")
    check_in_desk(draft, root, TODAY)
    assert "check" in read  # nothing changed: the last check answers
    read.clear()
    draft.write_text(DRAFT.replace("4 million", "5 million"), encoding="utf-8")
    check_in_desk(draft, root, TODAY)
    assert "check-key" in read and "check" not in read


def test_suggestions_for_unknown_sources_are_kept_while_the_sources_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.suggest as suggest

    claim = "claims/harbour/harbour-reopened-march.yaml"
    root = make_repo(
        tmp_path / "desk", {claim: CLAIM.replace("alpha-news-report", "alpha-news-reprt")}
    )
    age(root, monkeypatch)
    compared: list[str] = []
    real = suggest.nearest
    monkeypatch.setattr(
        suggest, "nearest", lambda name, *a: compared.append(name) or real(name, *a)
    )

    def suggested() -> list[str]:
        answer = json.loads(as_json(root, use_cache=True))
        return [
            f["message"].split("; ")[1] for f in answer["findings"] if f["rule"] == "unknown-source"
        ]

    assert suggested() == ["did you mean 'alpha-news-report'?"] and compared == ["alpha-news-reprt"]
    compared.clear()
    (root / "claims/harbour/article.md").write_text("# Another text\n", encoding="utf-8")
    assert suggested() == ["did you mean 'alpha-news-report'?"] and compared == []  # kept
    (root / "sources/alpha-news-reprt2.yaml").write_text(
        "id: alpha-news-reprt2\ntitle: T\npublisher: P\nurl: https://a.example/\n", encoding="utf-8"
    )
    assert suggested() == ["did you mean 'alpha-news-report' or 'alpha-news-reprt2'?"]
    assert compared == ["alpha-news-reprt"]  # another source: compared again


def test_suggestions_asked_for_one_name_keep_those_of_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.suggest as suggest

    claim, other = "claims/harbour/harbour-reopened-march.yaml", "claims/harbour/other.yaml"
    root = make_repo(
        tmp_path / "desk",
        {
            claim: CLAIM.replace("alpha-news-report", "alpha-news-reprt"),
            other: CLAIM.replace("harbour-reopened-march", "other").replace(
                "beta-daily-story", "beta-daily-stroy"
            ),
        },
    )
    age(root, monkeypatch)
    compared: list[str] = []
    real = suggest.nearest
    monkeypatch.setattr(
        suggest, "nearest", lambda name, *a: compared.append(name) or real(name, *a)
    )
    as_json(root, use_cache=True)
    assert sorted(compared) == ["alpha-news-reprt", "beta-daily-stroy"]
    # Each edit makes unknown-source's findings on that claim again, asking for its
    # name alone: the other's suggestion stays kept for when its claim is edited.
    for path in (claim, other):
        compared.clear()
        text = (root / path).read_text()
        (root / path).write_text(text.replace("Two independent", "Two"), encoding="utf-8")
        cached = as_json(root, use_cache=True)
        assert compared == [], path
        assert cached == as_json(root, use_cache=False)


def test_findings_kept_in_many_rows_read_back_whole_and_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(factcheck.incremental.answers, "MOST_PER_ROW", 1)
    root = make_repo(
        tmp_path / "desk", {"sources/lonely.yaml": "id: lonely\ntitle: T\npublisher: P\n"}
    )
    age(root, monkeypatch)
    uncached = as_json(root, use_cache=False)
    assert [f["rule"] for f in json.loads(uncached)["findings"]] == [
        "orphan-source",
        "source-without-url",
    ]
    as_json(root, use_cache=True)
    assert served_from_cache(root, monkeypatch) == uncached  # two rows, in their order

    def rows() -> dict[str, int]:
        """Key → when written, of each row of kept findings."""
        with sqlite3.connect(root / CACHE_DIR / DATABASE) as connection:
            found = dict(
                connection.execute(
                    "SELECT key, written_at FROM rows WHERE name = 'audit-findings'"
                ).fetchall()
            )
        connection.close()
        return found

    first = rows()
    assert len(first) == 2
    with sqlite3.connect(root / CACHE_DIR / DATABASE) as connection:  # a row lost
        connection.execute("DELETE FROM rows WHERE key = ?", (sorted(first)[1],))
    connection.close()
    assert as_json(root, use_cache=True) == uncached  # not served short: audited again
    again = rows()
    assert again.keys() == first.keys()  # each row keyed by what it holds
    # The url given: one finding goes, its row with it; the other's row is not written again.
    lonely = "id: lonely\ntitle: T\npublisher: P\nurl: https://lonely.example/\n"
    (root / "sources/lonely.yaml").write_text(lonely, encoding="utf-8")
    expected = as_json(root, use_cache=False)
    assert [f["rule"] for f in json.loads(expected)["findings"]] == ["orphan-source"]
    assert as_json(root, use_cache=True) == expected
    left = rows()
    assert len(left) == 1 and left.items() <= again.items()


def test_findings_are_kept_in_rows_cut_at_the_same_files_whatever_changed_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factcheck.desk.findings import Finding, Severity
    from factcheck.incremental.answers import _rows_of

    monkeypatch.setattr(factcheck.incremental.answers, "CUT_ONE_FILE_IN", 8)
    monkeypatch.setattr(factcheck.incremental.answers, "FEWEST_PER_ROW", 4)

    def finding(n: int, line: int = 1) -> Finding:
        return Finding("r", Severity.WARNING, "m", f"claims/f{n:03d}.yaml", line)

    findings = [finding(n) for n in range(300)]
    before = _rows_of(findings)
    assert len(before) > 10 and [f for row in before for f in row] == findings
    # A finding more on one file: only the row holding it differs (fixed-size rows would
    # all shift after it, and an audit after one change would write them all again).
    added = sorted([*findings, finding(150, line=2)], key=lambda f: (f.path, f.line))
    after = _rows_of(added)
    assert [f for row in after for f in row] == added
    assert [row for row in after if row not in before] == [
        row for row in after if finding(150, line=2) in row
    ]
    assert len(after) == len(before)


def test_rows_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.write_rows("numbers", {"one": 1})

    class Failing(dict[str, int]):
        def items(self) -> Any:  # the second row cannot be had
            yield "two", 2
            raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        store.write_rows("numbers", Failing(), gone=["one"])
    assert Store(tmp_path).read_rows("numbers", int) == {"one": (store.started, 1)}


def test_a_racy_answer_does_not_read_the_last_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(
        tmp_path / "desk", {"sources/lonely.yaml": "id: lonely\ntitle: T\npublisher: P\n"}
    )
    as_json(root, use_cache=True)  # files written just now: too recent to trust the answer
    read = names_read(monkeypatch, "read_rows")
    assert as_json(root, use_cache=True) == as_json(root, use_cache=False)
    assert "audit-findings" not in read


def test_a_key_changes_with_any_part_and_only_with_them() -> None:
    from factcheck.incremental.store import fingerprint

    parts: list[tuple[object, ...]] = [
        ("a", 1), ("a", "1"), ("b", 1), (1, "a"), ("a", 1, None), ("a\ud800",), ("b\ud800",),
        (2**70,), (2**70 + 1,), (date(2026, 1, 1),), (Path("x"),), ((("x", 1, (2, 3)),),),
        ((("x", 1, (2, 4)),),),
    ]  # fmt: skip
    keys = [fingerprint(*p) for p in parts]
    assert len(set(keys)) == len(parts)
    assert keys == [fingerprint(*p) for p in parts]


def test_an_answer_from_the_cache_loads_neither_the_rules_nor_the_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Through the real command in a fresh interpreter: what a warm audit imports.
    import subprocess
    import sys

    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    as_json(root, use_cache=True)  # written "later" than the files: the next run trusts it
    probe = (
        # The day the audit above was kept on, as the fixture fixes it here: the desk's
        # key holds the date, and the calendar would turn the answer into a new audit.
        f"import datetime, factcheck.clock\nfactcheck.clock.today = lambda: {TODAY!r}\n"
        "import sys\nfrom factcheck.cli import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in WATCHED), file=sys.stderr)"
    )
    watched = [
        "factcheck.incremental.analyses",
        "factcheck.rules.registry",
        "factcheck.text.analysis",
    ]
    env = {**os.environ, "PYTHONPATH": str(SAMPLE / "src")}
    command = [sys.executable, "-c", f"WATCHED = {watched!r}\n{probe}", "audit", "--root"]
    cached = subprocess.run([*command, str(root), "--format", "json"], capture_output=True,
                            text=True, env=env, check=True)  # fmt: skip
    assert json.loads(cached.stdout)["findings"] == []
    assert cached.stderr.strip() == "[]"


def test_rows_advanced_from_the_generation_read_get_a_new_one_and_others_none(
    tmp_path: Path,
) -> None:
    from factcheck.incremental.store import Store

    mine, other = Store(tmp_path), Store(tmp_path)
    assert mine.generation("files") is None  # nothing written yet
    first = mine.advance_rows("files", {"a.yaml": 1}, (), None)
    assert first is not None and mine.generation("files") == first
    second = mine.advance_rows("files", {"a.yaml": 2}, (), first)
    assert second not in (None, first) and mine.generation("files") == second
    # Another run wrote in between: the new state does not follow from the one read.
    other.advance_rows("files", {"b.yaml": 3}, (), second)
    assert mine.advance_rows("files", {"a.yaml": 4}, (), second) is None
    assert mine.generation("files") not in (None, second)  # nor from any state before
    assert mine.advance_rows("files", {}, (), None) is None  # rows that had a generation


def test_reads_in_a_snapshot_see_one_state_of_the_database(tmp_path: Path) -> None:
    from factcheck.incremental.store import Store

    reader, writer = Store(tmp_path), Store(tmp_path)
    first = writer.advance_rows("files", {"a.yaml": 1}, (), None)
    with reader.snapshot() as consistent:
        assert consistent
        assert reader.read_rows("files", int) == {"a.yaml": (writer.started, 1)}
        writer.advance_rows("files", {"a.yaml": 2}, (), first)  # lands between the reads
        assert reader.generation("files") == first  # as it was with those rows
    assert reader.generation("files") != first  # outside, the state as it is now


def test_a_path_skipped_since_the_last_audit_is_reported_not_served_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(tmp_path / "desk")
    age(root, monkeypatch)
    assert '"skipped-path"' not in as_json(root, use_cache=True)
    outside = tmp_path / "outside.yaml"
    outside.write_text("id: elsewhere\n", encoding="utf-8")
    (root / "claims/harbour/linked.yaml").symlink_to(outside)  # no file more: a skip more
    cached = as_json(root, use_cache=True)
    assert '"skipped-path"' in cached
    assert cached == as_json(root, use_cache=False)


def test_large_values_are_kept_compressed_and_read_back_whole(tmp_path: Path) -> None:
    store = Store(tmp_path)
    large = {"findings": ["the same message, again and again"] * 500}
    store.write("large", large)
    store.write("small", [1, 2])
    with sqlite3.connect(store.path) as connection:
        kept = dict(connection.execute("SELECT name, value FROM entries").fetchall())
    connection.close()
    assert kept["large"][:1] == b"z" and len(kept["large"]) < 1000
    assert kept["small"][:1] == b"r"
    assert store.read("large", dict[str, list[str]]) == large
    assert store.read("small", list[int]) == [1, 2]
    with sqlite3.connect(store.path) as connection:  # a value of no known form is a miss
        connection.execute("UPDATE entries SET value = ? WHERE name = 'small'", (b"x\x92\x01\x02",))
    connection.close()
    assert Store(tmp_path).read("small", list[int]) is None


def test_a_command_leaves_no_write_ahead_log_beside_the_database(tmp_path: Path) -> None:
    """The command line exits without closing anything: the log is folded in first."""
    root = make_repo(tmp_path / "desk")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    for command in (["audit"], ["check", str(draft)]):
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", *command, "--root", str(root)],
            capture_output=True,
            text=True,
            check=False,
            env={k: v for k, v in os.environ.items() if k != "FACTCHECK_CACHE_DIR"},
        )
        assert done.returncode in (0, 1), done.stderr
        folder = root / CACHE_DIR
        assert (folder / DATABASE).is_file()
        log = folder / f"{DATABASE}-wal"
        assert not log.exists() or log.stat().st_size == 0, command


def test_a_settings_change_refreshes_the_kept_findings_and_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rule's kept findings and each article's kept analysis follow the settings:
    a stricter `min_independent_sources`, a new hedge or a shipped hedge ignored."""
    root = make_repo(tmp_path / "desk", {"factcheck.yaml": "min_independent_sources: 2\n"})
    age(root, monkeypatch)

    def rules() -> list[str]:
        warm = as_json(root, use_cache=True)
        assert warm == as_json(root, use_cache=False)
        return sorted(f["rule"] for f in json.loads(warm)["findings"])

    assert rules() == []
    (root / "factcheck.yaml").write_text("min_independent_sources: 3\n")
    assert rules() == ["single-source"]
    (root / "factcheck.yaml").write_text("min_independent_sources: 2\nhedges: [after repairs]\n")
    assert rules() == ["hedged-statement"]
    (root / "factcheck.yaml").write_text(
        "min_independent_sources: 2\nhedges: [after repairs]\nignore_hedges: [after repairs]\n"
    )
    assert rules() == []
