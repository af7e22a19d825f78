"""Feeds of other fact-checkers' reviews: every format read, every item read or skipped
with its reason, and their text kept as data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import write_files
from factcheck.desk.reviews import Review
from factcheck.load.feeds import read_corpus, read_feed
from review_feeds import API, CSV, DATA_FEED, FEEDS, HARBOUR, NO_CLAIM, jsonl


def brief(reviews: list[Review]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (r.key, r.statement, r.rating, r.published and r.published.isoformat(), r.language)
        for r in reviews
    ]


def test_a_claimreview_object_gives_every_field_the_corpus_uses() -> None:
    [found] = read_feed(json.dumps(HARBOUR), "harbour.json").reviews
    assert found == Review(
        statement="Port Vell harbour reopened in March 2025 after 4 million euros of repairs.",
        rating="True",
        url="https://checks.example/harbour",
        publisher="Coast Checks",
        title="Did Port Vell's harbour reopen after repairs?",
        published=date(2025, 3, 10),
        where="harbour.json review 1",
        identifier="cc-harbour",
        language="en",
        claimant="Port authority",
        rating_value=5.0,
        best_rating=5.0,
        worst_rating=1.0,
    )


def test_an_array_json_lines_a_graph_and_a_data_feed_are_read_alike() -> None:
    one = {"@type": "ClaimReview", "claimReviewed": "A.", "url": "https://x.example/a"}
    two = {"@type": "ClaimReview", "claimReviewed": "B.", "@id": "https://x.example/#b"}
    for text, name in [
        (json.dumps([one, two]), "array.json"),
        (jsonl(one, two), "lines.jsonl"),
        (json.dumps({"@graph": [one, two]}), "graph.json"),
        (json.dumps({"@type": "DataFeed", "dataFeedElement": [{"item": one}, {"item": [two]}]}),
         "feed.json"),
    ]:  # fmt: skip
        read = read_feed(text, name)
        assert [(r.statement, r.key) for r in read.reviews] == [
            ("A.", "https://x.example/a"),
            ("B.", "https://x.example/#b"),  # no identifier: the @id, else the URL
        ], name
        assert read.skipped == [], name


def test_the_fact_check_tools_response_gives_one_review_per_claim_review() -> None:
    read = read_feed(json.dumps(API), "api.json")
    [found] = read.reviews
    assert (found.statement, found.rating, found.publisher, found.url, found.title) == (
        "Drinking hot water kills the virus.", "Incorrect", "Full Fact",
        "https://fullfact.example/hot-water", "Hot water does not kill the virus",
    )  # fmt: skip
    assert (found.published, found.language, found.claimant) == (
        date(2020, 3, 5), "en", "Social media posts",
    )  # fmt: skip
    assert [str(s) for s in read.skipped] == ["api.json review 2: no claim reviewed; skipped"]


def test_a_csv_with_a_header_is_read_by_its_column_names() -> None:
    read = read_feed(CSV, "energy.csv")
    assert brief(read.reviews) == [
        ("https://energy.example/turbines", "Wind turbines cause cancer.", "False", "2021-06-01", "en"),
        ("energy.csv line 4", "Solar panels never pay back their energy.", "Mostly false", "2021-07-01", "en"),
    ]  # fmt: skip
    assert [str(s) for s in read.skipped] == ["energy.csv line 3: no claim reviewed; skipped"]
    header_only = read_feed("rating,url\nFalse,https://x.example/\n", "odd.csv")
    assert [str(s) for s in header_only.skipped] == [
        "odd.csv line 1: no `claim` column in the header; skipped"
    ]


def test_items_without_a_url_or_a_rating_are_kept_and_broken_ones_skipped_with_why() -> None:
    text = (
        jsonl(
            {"@type": "ClaimReview", "claimReviewed": "No URL, no rating."},
            NO_CLAIM,
            {"@type": "WebPage", "name": "not a review"},
        )
        + "{broken\n"
        + "[" * 5000
        + "]" * 5000
        + "\n"
    )
    read = read_feed(text, "mixed.jsonl")
    [kept] = read.reviews
    assert (kept.statement, kept.rating, kept.url, kept.key) == (
        "No URL, no rating.", "", None, "mixed.jsonl line 1 review 1",
    )  # fmt: skip
    assert [str(s) for s in read.skipped[:3]] == [
        "mixed.jsonl line 2 review 1: no claim reviewed; skipped",
        "mixed.jsonl line 3: holds no ClaimReview; skipped",
        "mixed.jsonl line 4: not JSON (Expecting property name enclosed in double quotes); skipped",
    ]
    # 5,000 nested lists: Python's JSON reader refuses them on some versions, and reads
    # them on others (then no ClaimReview is found in them); skipped either way
    [deep] = read.skipped[3:]
    assert deep.where == "mixed.jsonl line 5"
    assert deep.reason in ("nested too deeply", "holds no ClaimReview")


def test_every_item_of_every_feed_is_read_or_skipped_with_its_reason(tmp_path: Path) -> None:
    write_files(tmp_path, FEEDS)
    corpus = read_corpus(tmp_path, ["feeds/", "missing.json"])
    assert corpus.feeds == (
        "feeds/api.json", "feeds/checks.jsonl", "feeds/datafeed.json", "feeds/energy.csv",
        "feeds/harbour.json",
    )  # fmt: skip
    assert len(corpus.reviews) == 9
    assert sorted(str(s) for s in corpus.skipped) == [
        "feeds/api.json review 2: no claim reviewed; skipped",
        "feeds/checks.jsonl line 5: not JSON (Expecting value); skipped",
        "feeds/datafeed.json review 2: no claim reviewed; skipped",
        "feeds/energy.csv line 3: no claim reviewed; skipped",
        "missing.json: no such file or folder; skipped",
    ]
    assert corpus.reasons() == {
        "no claim reviewed": 3, "not JSON (Expecting value)": 1, "no such file or folder": 1,
    }  # fmt: skip


def test_a_reviews_text_is_kept_as_data_on_one_line() -> None:
    hostile = "[bold]x[/bold] \x1b[31mred\x1b[0m <script>alert(1)</script>\nsecond line"
    [found] = read_feed(json.dumps({**HARBOUR, "claimReviewed": hostile}), "h.json").reviews
    assert found.statement == (
        "[bold]x[/bold] \\x1b[31mred\\x1b[0m <script>alert(1)</script> second line"
    )


def test_data_feed_items_without_a_claim_are_counted() -> None:
    read = read_feed(json.dumps(DATA_FEED), "datafeed.json")
    assert [r.statement for r in read.reviews] == ["5G towers spread the coronavirus."]
    assert [str(s) for s in read.skipped] == ["datafeed.json review 2: no claim reviewed; skipped"]


def test_a_rating_is_read_by_its_words_else_by_its_place_between_worst_and_best() -> None:
    from factcheck.text.ratings import verdict_of

    assert [verdict_of(r) for r in ("Pants on Fire!", "Mostly False", "Half-True", "TRUE",
                                    "Four Pinocchios: false", "Not true", "Unproven")] == [
        "false", "false", "mixed", "true", "false", "false", "other",
    ]  # fmt: skip
    assert [verdict_of("", value, 5, 1) for value in (1, 2, 3, 4, 5)] == [
        "false", "false", "mixed", "true", "true",
    ]  # fmt: skip
    assert verdict_of("Faux") == "false" and verdict_of("Engañoso") == "mixed"


def test_a_text_matches_at_most_two_reviews_each_near_the_best() -> None:
    from factcheck.text.elsewhere import SCALE, THRESHOLD, kept

    high = THRESHOLD * SCALE + 10
    assert kept([(7, high), (3, high - 1), (5, high - 1.5)]) == [(7, high), (3, high - 1)]
    assert kept([(7, high), (3, high - 5)]) == [(7, high)]  # too far below the best
    assert kept([(7, THRESHOLD * SCALE - 0.1)]) == []  # below the threshold
    assert kept([]) == []
