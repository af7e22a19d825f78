"""checked-elsewhere: a sentence matches a claim another fact-checker has reviewed."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ARTICLE, audit_findings, make_repo
from review_feeds import FEEDS

ARTICLE_PATH = "claims/harbour/article.md"
WITH_CORPUS = {**FEEDS, "factcheck.yaml": "min_independent_sources: 2\ncorpus: [feeds/]\n"}


def test_fires_on_the_sentence_a_published_review_checked(tmp_path: Path) -> None:
    make_repo(tmp_path, WITH_CORPUS)
    # the heading says it too ("Harbour reopens"), as the review's headline asks it
    heading, finding = audit_findings(tmp_path, "checked-elsewhere")
    assert [(f.path, f.line, f.column) for f in (heading, finding)] == [
        (ARTICLE_PATH, 8, 3), (ARTICLE_PATH, 10, 1),
    ]  # fmt: skip
    assert (
        heading.message
        == finding.message
        == (
            "matches a claim Coast Checks rated 'True' on 2025-03-10: https://checks.example/harbour"
            " — 'Port Vell harbour reopened in March 2025 after 4 million euros of repairs.'"
        )
    )


def test_quiet_on_sentences_no_review_is_about(tmp_path: Path) -> None:
    other = ARTICLE.replace(
        "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros.",
        "The mayor opened a new footbridge over the river on Monday.",
    ).replace("# Harbour reopens", "# A footbridge")
    make_repo(tmp_path, {**WITH_CORPUS, ARTICLE_PATH: other})
    assert audit_findings(tmp_path, "checked-elsewhere") == []


def test_quiet_without_a_corpus(tmp_path: Path) -> None:
    make_repo(tmp_path, FEEDS)  # the feeds are there, but the settings name none
    assert audit_findings(tmp_path, "checked-elsewhere") == []


def test_a_review_without_rating_or_url_says_so(tmp_path: Path) -> None:
    bare = {"@type": "ClaimReview", "author": {"name": "Coast Checks"},
            "claimReviewed": "Port Vell harbour reopened in March 2025 after repairs."}  # fmt: skip
    make_repo(
        tmp_path, {"factcheck.yaml": "corpus: [bare.jsonl]\n", "bare.jsonl": json.dumps(bare)}
    )
    assert [f.line for f in audit_findings(tmp_path, "checked-elsewhere")] == [8, 10]
    finding = audit_findings(tmp_path, "checked-elsewhere")[1]
    assert finding.message == (
        "matches a claim Coast Checks reviewed (rating not given) (no URL) — "
        "'Port Vell harbour reopened in March 2025 after repairs.'"
    )
