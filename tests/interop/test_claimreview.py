"""ClaimReview out and in: the export read back by a real consumer, every feed shape imported."""

from __future__ import annotations

import json
from pathlib import Path

import extruct
import pytest

from conftest import SAMPLE, make_repo
from factcheck.interop.claimreview import export_reviews, read_feed
from factcheck.repository import load_repository

DESK_SETTINGS = (
    "min_independent_sources: 2\n"
    "organization: {name: Coast Fact Desk, url: 'https://desk.example'}\n"
    "review_url_template: https://desk.example/checks/{id}\n"
)


def test_export_needs_the_settings_and_names_them(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("export", "claimreview", "--root", str(SAMPLE))
    assert code == 2
    assert (
        "`organization: {name: …, url: …}`" in err
        and "`review_url_template: https://…/{id}`" in err
    )


def test_export_is_read_back_by_extruct(tmp_path: Path) -> None:
    make_repo(tmp_path, {"factcheck.yaml": DESK_SETTINGS})
    [review] = export_reviews(load_repository(tmp_path))
    page = f'<html><head><script type="application/ld+json">{json.dumps(review)}</script></head><body></body></html>'
    [parsed] = extruct.extract(page, base_url="https://desk.example/", syntaxes=["json-ld"])[
        "json-ld"
    ]
    assert parsed["@type"] == "ClaimReview"
    assert parsed["url"] == "https://desk.example/checks/harbour-reopened-march"
    assert parsed["claimReviewed"] == (
        "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros."
    )
    assert parsed["reviewRating"] == {
        "@type": "Rating", "ratingValue": 3, "bestRating": 3, "worstRating": 1,
        "alternateName": "Confirmed", "ratingExplanation": "Two independent reports.",
    }  # fmt: skip
    assert parsed["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "headline": "Harbour reopens", "datePublished": "2025-03-04",
        "publisher": {"@type": "Organization", "name": "Coast Courier"},
    }  # fmt: skip
    assert parsed["author"] == {
        "@type": "Organization",
        "name": "Coast Fact Desk",
        "url": "https://desk.example",
    }


def test_disputed_is_never_false(tmp_path: Path) -> None:
    disputed = (
        "id: d\nstatement: The ferry sank.\nstatus: disputed\nsources:\n"
        "  - source: alpha-news-report\n    stance: refutes\n"
    )
    make_repo(tmp_path, {"factcheck.yaml": DESK_SETTINGS, "claims/d.yaml": disputed})
    ratings = {
        r["identifier"]: r["reviewRating"] for r in export_reviews(load_repository(tmp_path))
    }
    assert (ratings["d"]["alternateName"], ratings["d"]["ratingValue"]) == ("Disputed", 1)
    assert "false" not in json.dumps(ratings).lower()


FEEDS = {
    "single.json": {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "Cats can fly.",
                    "url": "https://checks.example/cats", "author": {"@type": "Organization", "name": "Checks"},
                    "reviewRating": {"@type": "Rating", "alternateName": "False"}, "datePublished": "2021-01-05 05:00"},
    "graph.json": {"@context": "https://schema.org", "@graph": [
        {"@type": "ClaimReview", "claimReviewed": "Dogs can talk.", "url": "https://checks.example/dogs",
         "author": "Checks", "reviewRating": {"ratingValue": "1", "bestRating": "3", "worstRating": "1"},
         "itemReviewed": {"@type": "CreativeWork", "author": {"name": "A blog"}}}]},
    "feed.json": {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": [{"@type": "ClaimReview", "claimReviewed": "Rain is wet.",
         "url": "https://checks.example/rain", "author": {"name": "Checks"},
         "reviewRating": {"alternateName": "Verdadero"}}]}]},
    "list.json": [{"@type": ["ClaimReview"], "itemReviewed": {"@type": "Claim", "text": "Snow is warm."},
                   "url": "https://checks.example/snow", "author": {"name": "Checks"},
                   "reviewRating": {"alternateName": "Four Pinocchios"}}],
}  # fmt: skip
NDJSON = (
    json.dumps({"@type": "ClaimReview", "claimReviewed": "Fog is dry.", "url": "https://checks.example/fog",
                "author": {"name": "Checks"}, "reviewRating": {"alternateName": "Mostly True"}})
    + "\n\nnot json\n"
)  # fmt: skip
GOOGLE = {"claims": [{"text": "Sand is sweet.", "claimDate": "2021-01-05T05:00:00Z", "claimReview": [
    {"publisher": {"name": "PolitiFact", "site": "politifact.com"}, "url": "https://politifact.example/sand",
     "title": "Sand is not sweet", "reviewDate": "2021-01-06T00:00:00Z", "textualRating": "Pants on Fire!",
     "languageCode": "en"}]}]}  # fmt: skip


@pytest.fixture
def feeds(tmp_path: Path) -> list[Path]:
    paths = []
    for name, document in {**FEEDS, "google.json": GOOGLE}.items():
        path = tmp_path / "feeds" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(document), encoding="utf-8")
        paths.append(path)
    ndjson = tmp_path / "feeds" / "dump.ndjson"
    ndjson.write_text(NDJSON, encoding="utf-8")
    return [*paths, ndjson]


def test_every_feed_shape_is_read(feeds: list[Path]) -> None:
    found = {
        r.statement: (r.rating, r.publisher, r.published)
        for p in feeds
        for r in read_feed(p.read_text(), p.name).reviews
    }
    assert set(found) == {
        "Cats can fly.",
        "Dogs can talk.",
        "Rain is wet.",
        "Snow is warm.",
        "Fog is dry.",
        "Sand is sweet.",
    }
    assert found["Dogs can talk."][0] == "disputed"  # numbers as strings on our 1-3 scale
    assert str(found["Cats can fly."][2]) == "2021-01-05"  # "2021-01-05 05:00"
    assert found["Sand is sweet."][1] == "PolitiFact"
    assert read_feed(NDJSON, "dump.ndjson").problems == [
        "dump.ndjson line 3: not JSON (Expecting value); skipped"
    ]


def test_import_maps_ratings_and_adds_nothing_twice(run, tmp_path: Path, feeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    run("init", str(desk))
    code, out, _ = run("import", "claimreview", "--root", str(desk), *map(str, feeds))
    assert code == 0
    assert out.splitlines()[0] == "added 6 claims and 6 sources; skipped 0"
    assert "unknown ratings, imported as unconfirmed: 'Four Pinocchios' (1)" in out
    statuses = {c.statement: c.status.value for c in load_repository(desk).claims if c.status}
    assert statuses == {
        "Cats can fly.": "disputed", "Dogs can talk.": "disputed", "Rain is wet.": "confirmed",
        "Snow is warm.": "unconfirmed", "Fog is dry.": "confirmed", "Sand is sweet.": "disputed",
    }  # fmt: skip
    before = {p: p.read_bytes() for p in desk.rglob("*.yaml")}
    code, out, _ = run("import", "claimreview", "--root", str(desk), *map(str, feeds))
    assert out.splitlines()[0] == "added 0 claims and 0 sources; skipped 6"
    assert {p: p.read_bytes() for p in desk.rglob("*.yaml")} == before
    assert run("audit", "--root", str(desk))[0] == 0


def test_settings_override_the_rating_table(run, tmp_path: Path, feeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    run("init", str(desk))
    (desk / "factcheck.yaml").write_text("ratings:\n  Four Pinocchios: disputed\n")
    run("import", "claimreview", "--root", str(desk), str(feeds[3]))
    [claim] = load_repository(desk).claims
    assert (claim.statement, claim.status.value if claim.status else None) == (
        "Snow is warm.",
        "disputed",
    )


def test_export_then_import_keeps_statements_and_statuses(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source_desk = make_repo(tmp_path / "a", {"factcheck.yaml": DESK_SETTINGS})
    (source_desk / "claims/harbour/ferries.yaml").write_text(
        "id: ferries\nstatement: Ferries resumed.\nstatus: unconfirmed\n"
    )
    exported = tmp_path / "reviews.json"
    assert run("export", "claimreview", "--root", str(source_desk), "-o", str(exported))[0] == 0
    target = tmp_path / "b"
    run("init", str(target))
    assert run("import", "claimreview", "--root", str(target), str(exported))[0] == 0

    def verdicts(root: Path) -> set[tuple[str | None, str | None]]:
        return {
            (c.statement, c.status.value if c.status else None)
            for c in load_repository(root).claims
        }

    assert verdicts(target) == verdicts(source_desk)
