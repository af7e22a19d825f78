"""ClaimReview out and in: the export read back by a real consumer, every feed shape imported."""

from __future__ import annotations

import json
from pathlib import Path

import extruct
import pytest

from conftest import SAMPLE, make_repo
from factcheck.interop.claimreview import export_reviews
from factcheck.load.feeds import read_feed
from factcheck.load.repository import load_repository

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
        "@type": "CreativeWork", "identifier": "harbour-reopened", "headline": "Harbour reopens",
        "datePublished": "2025-03-04",
        "publisher": {"@type": "Organization", "name": "Coast Courier"},
    }  # fmt: skip
    assert parsed["author"] == {
        "@type": "Organization",
        "name": "Coast Fact Desk",
        "url": "https://desk.example",
    }
    assert parsed["reviewBody"] == "Two independent reports."  # the rationale, whole
    assert (parsed["contributor"], parsed["datePublished"]) == (
        {"@type": "Person", "name": "Desk"},
        "2026-11-20",
    )


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
    assert [str(s) for s in read_feed(NDJSON, "dump.ndjson").skipped] == [
        "dump.ndjson line 3: not JSON (Expecting value); skipped"
    ]


def test_import_maps_ratings_and_adds_nothing_twice(run, tmp_path: Path, feeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    run("init", str(desk))
    code, out, _ = run("import", "claimreview", "--root", str(desk), *map(str, feeds))
    assert code == 0
    assert out.splitlines()[0] == (
        "read 6 reviews: added 6 (6 claims, 6 sources), 0 already present, skipped 0"
    )
    assert "unknown ratings, imported as unconfirmed: 'Four Pinocchios' (1)" in out
    statuses = {c.statement: c.status.value for c in load_repository(desk).claims if c.status}
    assert statuses == {
        "Cats can fly.": "disputed", "Dogs can talk.": "disputed", "Rain is wet.": "confirmed",
        "Snow is warm.": "unconfirmed", "Fog is dry.": "confirmed", "Sand is sweet.": "disputed",
    }  # fmt: skip
    before = {p: p.read_bytes() for p in desk.rglob("*.yaml")}
    code, out, _ = run("import", "claimreview", "--root", str(desk), *map(str, feeds))
    assert out.splitlines()[0] == (
        "read 6 reviews: added 0 (0 claims, 0 sources), 6 already present, skipped 0"
    )
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


KEPT = ("id", "statement", "status", "rationale", "reviewed_by", "reviewed_on", "article", "quote")
"""What a ClaimReview carries of a claim, and an import gives back."""


def _kept(root: Path) -> dict[str | None, tuple[object, ...]]:
    return {c.id: tuple(getattr(c, name) for name in KEPT) for c in load_repository(root).claims}


def test_a_round_trip_keeps_the_record_and_adds_nothing_twice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = make_repo(tmp_path / "a", {"factcheck.yaml": DESK_SETTINGS})
    exported = tmp_path / "out" / "reviews"
    assert run("export", "claimreview", "--root", str(desk), "-o", f"{exported}/")[0] == 0
    assert sorted(p.name for p in exported.iterdir()) == ["harbour-reopened-march.json"]
    # into a fresh desk that has the article: the claim comes back whole
    fresh = make_repo(tmp_path / "b", {"factcheck.yaml": DESK_SETTINGS})
    (fresh / "claims/harbour/harbour-reopened-march.yaml").unlink()
    files = [str(p) for p in exported.iterdir()]
    code, out, _ = run("import", "claimreview", "--root", str(fresh), "--verbose", *files)
    assert code == 0
    assert out.splitlines()[:2] == [
        "read 1 review: added 1 (1 claim, 1 source), 0 already present, skipped 0",
        "  added harbour-reopened-march.json review 1: claim 'harbour-reopened-march'",
    ]
    assert _kept(fresh) == _kept(desk)
    # into the desk it came from: nothing is added, and each review says why
    before = {p: p.read_bytes() for p in desk.rglob("*.yaml")}
    code, out, _ = run("import", "claimreview", "--root", str(desk), "--verbose", *files)
    assert out.splitlines() == [
        "read 1 review: added 0 (0 claims, 0 sources), 1 already present, skipped 0",
        "  present harbour-reopened-march.json review 1: already in the desk as claim "
        "'harbour-reopened-march'",
    ]
    assert {p: p.read_bytes() for p in desk.rglob("*.yaml")} == before


def test_an_article_the_desk_lacks_is_left_out_and_said(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = make_repo(tmp_path / "a", {"factcheck.yaml": DESK_SETTINGS})
    exported = tmp_path / "reviews.json"
    run("export", "claimreview", "--root", str(desk), "-o", str(exported))
    target = tmp_path / "b"
    run("init", str(target))
    code, out, _ = run("import", "claimreview", "--root", str(target), "-v", str(exported))
    assert code == 0
    assert "article 'harbour-reopened' is not in this desk: left out" in out
    [claim] = load_repository(target).claims
    assert (claim.id, claim.article, claim.quote) == (
        "harbour-reopened-march",
        None,
        "The harbour of Port Vell reopened on 3 March 2025",
    )


def test_every_item_read_is_accounted_for(tmp_path: Path) -> None:
    untyped = {"claimReviewed": "Tides are late.", "reviewRating": {"alternateName": "False"},
               "url": "https://checks.example/tides", "author": {"name": "Checks"}}  # fmt: skip
    no_claim = {"@type": "ClaimReview", "reviewRating": {"alternateName": "True"}}
    result = read_feed(json.dumps([untyped, no_claim]), "dump.json")
    assert [r.statement for r in result.reviews] == ["Tides are late."]
    assert [str(s) for s in result.skipped] == ["dump.json review 2: no claim reviewed; skipped"]


def test_the_rating_table_and_its_word_fallback() -> None:
    from factcheck.desk.model import Status
    from factcheck.desk.settings import Settings
    from factcheck.interop.claimreview import RATINGS, status_of

    assert RATINGS[Status.UNCONFIRMED] == (2, "Unconfirmed")
    assert status_of("Unproven", Settings()) is Status.UNCONFIRMED
    assert status_of("Four Pinocchios: FALSE!", Settings()) is Status.DISPUTED  # by the word
    assert status_of("Mostly sunny", Settings()) is None
    assert status_of("Untrue", Settings()) is None  # words whole: not 'true'
    [parsed] = read_feed(
        json.dumps({"@type": "ClaimReview", "claimReviewed": "Fog is wet.",
                    "reviewRating": {"ratingValue": "2", "bestRating": "3", "worstRating": "1"}}),
        "x.json",
    ).reviews  # fmt: skip
    assert parsed.rating == "unconfirmed"
    [five] = read_feed(  # a number is read only on factcheck's own scale of 1 to 3
        json.dumps({"@type": "ClaimReview", "claimReviewed": "Fog is wet.",
                    "reviewRating": {"ratingValue": "3", "bestRating": "5", "worstRating": "1"}}),
        "x.json",
    ).reviews  # fmt: skip
    assert five.rating == ""


def test_the_rationale_is_the_reviews_body_before_its_ratings_explanation() -> None:
    review = {"@type": "ClaimReview", "claimReviewed": "Fog is wet.",
              "reviewBody": "Three readings.\nAll dry.",
              "reviewRating": {"alternateName": "False", "ratingExplanation": "Dry."}}  # fmt: skip
    [found] = read_feed(json.dumps(review), "x.json").reviews
    assert found.rationale == "Three readings.\nAll dry."
    del review["reviewBody"]
    [found] = read_feed(json.dumps(review), "x.json").reviews
    assert found.rationale == "Dry."
