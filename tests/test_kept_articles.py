"""The article rules' findings, kept article by article: only changed articles are analysed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck.incremental.analyses
import factcheck.parallel
import factcheck.text.analysis
from conftest import CLAIM, make_repo
from test_cache import age, as_json

FERRY = "claims/ferry/article.md"
FERRY_CLAIM = "claims/ferry/ferry-doubled.yaml"
FERRY_TEXT = """\
---
id: ferry
title: Ferry
---

The ferry to Port Vell now reportedly sails twice a day.
"""
FERRY_CLAIM_TEXT = """\
id: ferry-doubled
statement: The ferry to Port Vell now sails twice a day.
status: unconfirmed
article: ferry
quote: The ferry sails twice daily
sources: [alpha-news-report]
"""


def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two articles; the ferry's claim is unconfirmed and quotes words the article lacks."""
    root = make_repo(tmp_path / "desk", {FERRY: FERRY_TEXT, FERRY_CLAIM: FERRY_CLAIM_TEXT})
    age(root, monkeypatch)
    return root


def analysed(monkeypatch: pytest.MonkeyPatch, root: Path) -> tuple[list[str], str]:
    """The paths of the articles a cached audit of `root` analysed or read, and its JSON."""
    seen: list[str] = []
    real = factcheck.incremental.analyses.analyses_of

    def noting(jobs: list[tuple[factcheck.incremental.analyses.Job, str]], *args: object) -> object:
        seen.extend(article.path for (article, _), _ in jobs)
        return real(jobs, *args)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(factcheck.incremental.analyses, "analyses_of", noting)
        output = as_json(root, use_cache=True)
    return seen, output


def lines_of(output: str, rule: str) -> list[tuple[str, int]]:
    return [(f["path"], f["line"]) for f in json.loads(output)["findings"] if f["rule"] == rule]


def test_an_article_changed_is_the_only_one_analysed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    first, output = analysed(monkeypatch, root)
    assert sorted(first) == ["claims/ferry/article.md", "claims/harbour/article.md"]
    assert lines_of(output, "hedged-statement") == [(FERRY, 6)]
    (root / FERRY).write_text(FERRY_TEXT + "\nIt reportedly stops at Sant Pol.\n")
    again, output = analysed(monkeypatch, root)
    assert again == [FERRY]
    assert lines_of(output, "hedged-statement") == [(FERRY, 6), (FERRY, 8)]
    assert output == as_json(root, use_cache=False)


def test_a_claim_changed_reanalyses_its_article_and_moves_the_findings_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    _, output = analysed(monkeypatch, root)
    assert lines_of(output, "quote-not-found") == [(FERRY_CLAIM, 5)]
    # Two lines more above the quote: the finding on the claim's quote moves with it,
    # though nothing the analysis reads of the claim changed.
    (root / FERRY_CLAIM).write_text("# checked twice\n# by the desk\n" + FERRY_CLAIM_TEXT)
    again, output = analysed(monkeypatch, root)
    assert again == [FERRY]
    assert lines_of(output, "quote-not-found") == [(FERRY_CLAIM, 7)]
    assert output == as_json(root, use_cache=False)
    # Confirmed, with the article's own words as quote: the findings on it go.
    fixed = FERRY_CLAIM_TEXT.replace("unconfirmed", "confirmed").replace(
        "The ferry sails twice daily", "The ferry to Port Vell now reportedly sails"
    )
    (root / FERRY_CLAIM).write_text(fixed)
    again, output = analysed(monkeypatch, root)
    assert again == [FERRY]
    assert lines_of(output, "quote-not-found") == lines_of(output, "unsupported-statement") == []
    assert output == as_json(root, use_cache=False)


def test_an_audit_of_some_rules_leaves_the_others_findings_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path, monkeypatch)
    analysed(monkeypatch, root)
    (root / "claims/harbour/harbour-reopened-march.yaml").write_text(
        CLAIM.replace("status: confirmed", "status: unconfirmed")
    )
    as_json(root, use_cache=True, select=["hedged-statement"])
    again, output = analysed(monkeypatch, root)
    assert again == ["claims/harbour/article.md"]  # its other rules' findings were stale
    assert output == as_json(root, use_cache=False)


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker pools the analyses start, each as its number of workers."""
    started: list[int] = []
    real_pool = factcheck.parallel._pool

    def counted(workers: int):  # type: ignore[no-untyped-def]
        started.append(workers)
        return real_pool(workers)

    monkeypatch.setattr(factcheck.parallel, "_pool", counted)
    return started


def test_the_matchers_tables_read_in_worker_processes_equal_those_read_in_one(
    monkeypatch: pytest.MonkeyPatch, pools: list[int]
) -> None:
    from factcheck.text.matching import MatcherTables

    statements = tuple(
        f"The council of Town{i % 7} spent {i * 1000} euros on bridge {i % 13} in 20{i % 25:02}."
        for i in range(60)
    )
    monkeypatch.setattr(
        factcheck.incremental.analyses, "TERMS_CHUNK", 7
    )  # nine chunks, the last short
    made = factcheck.incremental.analyses.matcher_tables(statements, workers=2, parallel_from=60)
    assert pools == [2]
    alone = MatcherTables.of(statements)
    assert made.statements == alone.statements
    assert dict(made.index.postings) == dict(alone.index.postings)  # floats exactly as they were
    assert made.specificity == alone.specificity
    assert factcheck.incremental.analyses.matcher_tables(
        statements, workers=2, parallel_from=61
    ).statements
    assert pools == [2]  # fewer than parallel_from: read here


def test_blocks_matched_in_worker_processes_give_the_analysis_matched_in_one(
    pools: list[int],
) -> None:
    from factcheck.desk.model import Article, Claim, Status
    from factcheck.desk.settings import Settings
    from factcheck.text.analysis import UnseenBlocks, analyze, matched_claims
    from factcheck.text.matching import ClaimMatcher

    towns = ["Riverton", "Port Vell", "Ashford", "Kelso", "Dunmore", "Glenrock"]
    statement = "The council of {} spent {} million euros on its bridge in {}."
    claims = [
        Claim(
            path=f"claims/a/c{i}.yaml",
            id=f"c{i}",
            status=Status.CONFIRMED,
            article="a",
            statement=statement.format(towns[i % 6], i + 2, 2000 + i),
        )
        for i in range(24)
    ]
    paragraphs = [
        f"Officials in {towns[i % 6]} said {i + 2} million euros went on the bridge in {2000 + i}. "
        f"The mayor called it money well spent. Critics said it was {i + 3} million."
        for i in range(0, 24, 2)
    ]
    body = "# The bridges\n\n" + "\n\n".join(paragraphs) + "\n\n- A list item.\n"
    body += "\n## Sources\n\n- Riverton council, 2002 minutes.\n"  # not matched
    article = Article(path="claims/a/article.md", id="a", title="Bridges", body=body, body_line=3)
    blocks: UnseenBlocks = []  # the blocks analyze matches, as it hands them over
    analyze(article, claims, Settings(), memo={}, unseen=blocks.extend)
    assert len(blocks) == 13  # the paragraphs and the list item; not the heading
    memo: dict = {}  # type: ignore[type-arg]
    matcher = ClaimMatcher(matched_claims(claims), Settings().match_threshold)
    factcheck.incremental.analyses.match_apart(blocks, matcher, memo, workers=2)
    assert pools == [2]

    def unwanted() -> None:
        raise AssertionError("every block was matched beforehand: no matcher is needed")

    apart = analyze(article, claims, Settings(), unwanted, memo)  # type: ignore[arg-type]
    alone = analyze(article, claims, Settings())
    assert apart == alone
    assert sum(len(s.links) for s in alone.sentences) >= 12  # the links are there to compare


def test_a_checked_draft_matched_in_worker_processes_reads_as_one_matched_alone(
    monkeypatch: pytest.MonkeyPatch, pools: list[int]
) -> None:
    from conftest import SAMPLE, TODAY
    from factcheck.engine.check import check_in_desk

    draft = SAMPLE / "claims/belarus-prisoner-release-2025/article.md"
    alone = check_in_desk(draft, SAMPLE, TODAY, use_cache=False).to_dict()
    monkeypatch.setattr(
        factcheck.incremental.analyses, "KEPT_TABLES_FROM", 1
    )  # the sample's 23 claims
    monkeypatch.setattr(factcheck.incremental.analyses, "MATCHED_APART_FROM", 1)
    matched_here: list[int] = []
    real_match_block = factcheck.text.analysis.match_block

    def here(*args):  # type: ignore[no-untyped-def]
        matched_here.append(1)
        return real_match_block(*args)

    monkeypatch.setattr(factcheck.text.analysis, "match_block", here)
    assert check_in_desk(draft, SAMPLE, TODAY).to_dict() == alone
    assert len(pools) == 1
    assert matched_here == []  # every block was matched in the workers
