"""`factcheck corpus stats|search`, and `check` naming what was checked elsewhere — through
the real command, with the cache and without."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import factcheck.incremental.store
from conftest import make_repo
from review_feeds import FEEDS, HARBOUR, jsonl

Run = Callable[..., tuple[int, str, str]]
ARTICLE_PATH = "claims/harbour/article.md"
SETTINGS = {"factcheck.yaml": "min_independent_sources: 2\ncorpus: [feeds/]\n"}


def desk(tmp_path: Path, **more: str) -> Path:
    return make_repo(tmp_path / "desk", {**FEEDS, **SETTINGS, **more})


def test_stats_count_every_review_and_every_skipped_item(run: Run, tmp_path: Path) -> None:
    root = desk(tmp_path)
    code, out, _ = run("corpus", "stats", "--format", "json", "--root", str(root))
    assert code == 0
    assert json.loads(out) == {
        "feeds": ["feeds/api.json", "feeds/checks.jsonl", "feeds/datafeed.json",
                  "feeds/energy.csv", "feeds/harbour.json"],
        "reviews": 9,
        "publishers": {"PolitiFact": 2, "EnergyCheck": 2, "Full Fact": 1, "Les Vérificateurs": 1,
                       "Checks": 1, "Snopes": 1, "Coast Checks": 1},
        "languages": {"en": 5, "not given": 3, "fr": 1},
        "years": {"2017": 1, "2020": 3, "2021": 2, "2024": 1, "2025": 1, "no date": 1},
        "skipped": [
            {"where": "feeds/api.json review 2", "reason": "no claim reviewed"},
            {"where": "feeds/checks.jsonl line 5", "reason": "not JSON (Expecting value)"},
            {"where": "feeds/datafeed.json review 2", "reason": "no claim reviewed"},
            {"where": "feeds/energy.csv line 3", "reason": "no claim reviewed"},
        ],
    }  # fmt: skip
    code, out, _ = run("corpus", "stats", "--root", str(root))
    assert out.startswith("9 reviews from 5 feeds\n")
    assert out.endswith(
        "4 items skipped\n"
        "  3 no claim reviewed: feeds/api.json review 2, feeds/datafeed.json review 2, "
        "feeds/energy.csv line 3\n"
        "  1 not JSON (Expecting value): feeds/checks.jsonl line 5\n"
    )


def test_search_ranks_the_reviews_and_marks_those_a_sentence_would_match(
    run: Run, tmp_path: Path
) -> None:
    root = desk(tmp_path)
    code, out, _ = run("corpus", "search", "Drinking bleach cures the coronavirus", "-n", "3",
                       "--format", "json", "--root", str(root))  # fmt: skip
    assert code == 0
    found = json.loads(out)
    assert [(f["claim"], f["rating"], f["verdict"], f["matches"]) for f in found] == [
        ("Drinking bleach cures COVID-19.", "Pants on Fire!", "false", True),
        ("5G towers spread the coronavirus.", "False", "false", False),
        ("Drinking hot water kills the virus.", "Incorrect", "false", False),
    ]  # a review that shares no word with the text is not among them
    assert found[0]["score"] > found[1]["score"] > found[2]["score"]
    code, out, _ = run("corpus", "search", "5G towers spread the coronavirus", "-n", "1",
                       "--root", str(root))  # fmt: skip
    assert out.splitlines()[1:] == [
        "         5G towers spread the coronavirus.",
        "         https://politifact.example/5g",
    ]
    assert out.startswith(" 1. ✓ ") and out.splitlines()[0].endswith(
        "False · PolitiFact, 2020-04-03"
    )


def test_a_desk_without_a_corpus_is_told_how_to_name_one(run: Run, tmp_path: Path) -> None:
    root = make_repo(tmp_path / "desk")
    code, _, err = run("corpus", "stats", "--root", str(root))
    assert (code, err) == (
        2,
        "factcheck: this desk names no reference corpus: add `corpus: [feeds/]` to "
        "factcheck.yaml, naming the ClaimReview, Fact Check Tools or CSV files you downloaded\n",
    )


def elsewhere(run: Run, root: Path, *options: str) -> dict[int, list[dict[str, object]]]:
    code, out, err = run("check", str(root / ARTICLE_PATH), "--format", "json", "--root",
                         str(root), *options)  # fmt: skip
    assert code == 0, err
    return {s["index"]: s["elsewhere"] for s in json.loads(out)["sentences"]}


def test_check_lists_each_sentences_reviews_beside_the_desks_claims(
    run: Run, tmp_path: Path
) -> None:
    root = desk(tmp_path)
    harbour = {
        "id": "cc-harbour",
        "claim": "Port Vell harbour reopened in March 2025 after 4 million euros of repairs.",
        "publisher": "Coast Checks", "rating": "True", "date": "2025-03-10",
        "url": "https://checks.example/harbour", "verdict": "true",
    }  # fmt: skip
    found = elsewhere(run, root)
    assert [{k: v for k, v in e.items() if k != "score"} for e in found[2]] == [harbour]
    assert found[1] and found[1][0]["id"] == "cc-harbour"  # the heading says it too
    _, out, _ = run("check", str(root / ARTICLE_PATH), "--format", "json", "--root", str(root))
    [sentence] = [s for s in json.loads(out)["sentences"] if s["index"] == 2]
    assert [c["id"] for c in sentence["claims"]] == ["harbour-reopened-march"]  # the desk's first
    assert found == elsewhere(run, root, "--no-cache")


def test_a_changed_feed_is_read_again(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = desk(tmp_path)
    # Every file as if written long before: the cache trusts stamps, not bytes, here.
    real = factcheck.incremental.store.now_ns
    ahead = 10 * factcheck.incremental.store.RACY_NS
    monkeypatch.setattr(factcheck.incremental.store, "now_ns", lambda: real() + ahead)
    assert elsewhere(run, root)[2][0]["rating"] == "True"
    (root / "feeds/harbour.json").write_text(
        json.dumps({**HARBOUR, "reviewRating": {"alternateName": "Misleading"}})
    )
    assert elsewhere(run, root)[2][0]["rating"] == "Misleading"
    (root / "feeds/harbour.json").unlink()
    assert elsewhere(run, root)[2] == []
    assert elsewhere(run, root) == elsewhere(run, root, "--no-cache")
    audits = [run("audit", "--format", "json", "--root", str(root), *flag)[1] for flag in ((), ())]
    (root / "feeds/harbour.json").write_text(json.dumps(HARBOUR))
    warm = run("audit", "--format", "json", "--root", str(root))[1]
    assert warm == run("audit", "--format", "json", "--root", str(root), "--no-cache")[1]
    assert "checked-elsewhere" in warm and "checked-elsewhere" not in audits[1]


def test_a_reviews_text_is_data_in_every_output(run: Run, tmp_path: Path) -> None:
    payload = "[bold]x[/bold] \x1b[31mred\x1b[0m <script>alert(1)</script> %0A::error::x"
    hostile = {**HARBOUR, "author": {"name": payload}, "url": "javascript:alert(1)"}
    root = desk(tmp_path, **{"feeds/harbour.json": jsonl(hostile)})
    shown = "[bold]x[/bold] \\x1b[31mred\\x1b[0m <script>alert(1)</script> %0A::error::x"
    for command in (
        ["check", str(root / ARTICLE_PATH)],
        ["corpus", "search", "Port Vell harbour reopened"],
    ):
        _, out, _ = run(*command, "--root", str(root))
        assert shown in " ".join(out.split()) and "\x1b" not in out, command
    _, out, _ = run("audit", "--format", "github", "--root", str(root))
    assert "%250A::error::x" in out and "\n::error::x" not in out
    run("report", "-o", str(tmp_path / "r.html"), "--root", str(root))
    page = (tmp_path / "r.html").read_text()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)" in page
    run("report", "-o", str(tmp_path / "r.md"), "--root", str(root))
    markdown = (tmp_path / "r.md").read_text()
    assert "<script>" not in markdown and "\\<script\\>alert\\(1\\)" in markdown


def test_a_feed_rewritten_in_the_same_tick_is_read_again(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a file system's times are too coarse to tell two writes apart, the feed's
    bytes do: a feed as new as the index is compared by content."""
    import factcheck.incremental.elsewhere as kept_corpus

    root = desk(tmp_path)
    moment = factcheck.incremental.store.now_ns()
    monkeypatch.setattr(
        kept_corpus,
        "feed_stamps",
        lambda root, named: [(name, 1, moment, moment) for name in named],
    )
    assert elsewhere(run, root)[2][0]["rating"] == "True"
    (root / "feeds/harbour.json").write_text(
        json.dumps({**HARBOUR, "reviewRating": {"alternateName": "Fals"}})
    )
    assert elsewhere(run, root)[2][0]["rating"] == "Fals"
