"""ClaimReview (schema.org): export the desk's verdicts, import fact-checks found in the wild.

Export: one ClaimReview per claim, JSON-LD with `@context` https://schema.org.
Ratings are 3 Confirmed, 2 Unconfirmed, 1 Disputed on a 1-3 scale; "disputed"
is never rendered as "False".

Import reads a single ClaimReview, a list, an `@graph`, a `DataFeed`
(`dataFeedElement[].item`), newline-delimited JSON, and the Google Fact Check
Tools API response (`claims[].claimReview[]`), tolerating the mess real feeds
contain (dates with times, numbers as strings, missing fields).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.desk.model import Claim, Status
from factcheck.desk.repository import Repository
from factcheck.desk.settings import Settings
from factcheck.errors import Usage
from factcheck.text.ratings import folded_rating, looked_up

RATINGS = {
    Status.CONFIRMED: (3, "Confirmed"),
    Status.UNCONFIRMED: (2, "Unconfirmed"),
    Status.DISPUTED: (1, "Disputed"),
}


def _review(repo: Repository, claim: Claim, settings: Settings) -> dict[str, Any]:
    assert settings.organization is not None and settings.review_url_template is not None
    value, name = RATINGS[claim.status or Status.UNCONFIRMED]
    rating: dict[str, Any] = {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": 3,
        "worstRating": 1,
        "alternateName": name,
    }
    if claim.rationale:
        rating["ratingExplanation"] = claim.rationale
    author: dict[str, Any] = {"@type": "Organization", "name": settings.organization.name}
    if settings.organization.url:
        author["url"] = settings.organization.url
    item: dict[str, Any] = {"@type": "Claim"}
    article = repo.articles_by_id.get(claim.article or "")
    if article is not None:
        appearance: dict[str, Any] = {
            "@type": "CreativeWork",
            "identifier": article.id,
            "headline": article.title,
        }
        if article.url:
            appearance["url"] = article.url
        if article.published:
            appearance["datePublished"] = article.published.isoformat()
        if article.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        item["appearance"] = appearance
    if claim.quote:
        item["text"] = claim.quote  # the words as they appeared
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "url": settings.review_url_template.replace("{id}", str(claim.id)),
        "claimReviewed": claim.statement,
        "reviewRating": rating,
        "itemReviewed": item,
        "author": author,
    }
    if claim.rationale:
        review["reviewBody"] = claim.rationale
    if claim.reviewed_by:
        review["contributor"] = {"@type": "Person", "name": claim.reviewed_by}
    if claim.reviewed_on:
        review["datePublished"] = claim.reviewed_on.isoformat()
    return review


def export_reviews(repo: Repository) -> list[dict[str, Any]]:
    """One ClaimReview per valid claim; Usage names a missing setting."""
    settings = repo.settings
    missing = []
    if settings.organization is None:
        missing.append("`organization: {name: …, url: …}` (the author of each ClaimReview)")
    if settings.review_url_template is None:
        missing.append("`review_url_template: https://…/{id}` (where each fact-check is published)")
    if missing:
        raise Usage("export claimreview needs in factcheck.yaml: " + "; ".join(missing))
    return [_review(repo, claim, settings) for claim in exportable(repo)]


def exportable(repo: Repository) -> list[Claim]:
    """The claims a ClaimReview can be made of: an id, a statement and a status."""
    return [claim for claim in repo.claims if claim.id and claim.statement and claim.status]


def unexportable(repo: Repository) -> list[tuple[str, str]]:
    """(path, why) of each claim left out of the export: its record lacks a valid id,
    statement or status (the audit's `schema` error says which)."""
    return [
        (
            claim.path,
            "no valid "
            + ", ".join(n for n in ("id", "statement", "status") if not getattr(claim, n)),
        )
        for claim in repo.claims
        if not (claim.id and claim.statement and claim.status)
    ]


# ---------------------------------------------------------------- import
# Feeds are read by factcheck.load.feeds; what is read maps to statuses here.


@lru_cache(maxsize=1)
def shipped_ratings() -> dict[str, Status]:
    """The shipped rating table: folded textual rating → status."""
    text = resources.files("factcheck").joinpath("data/ratings.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        str(rating).casefold(): Status(status)
        for status, ratings in data.items()
        for rating in ratings
    }


def status_of(rating: str, settings: Settings) -> Status | None:
    """The status a textual rating maps to (the desk's `ratings:` first), or None when it
    is unknown."""
    folded = folded_rating(rating)
    if folded in settings.ratings:
        return Status(settings.ratings[folded])
    return looked_up(rating, shipped_ratings())
