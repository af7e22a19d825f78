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

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from factcheck.desk.model import Claim, Status
from factcheck.desk.repository import Repository
from factcheck.desk.settings import Settings
from factcheck.errors import Usage
from factcheck.text.clean import visible

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


@dataclass(frozen=True)
class FoundReview:
    """One fact-check read from a feed, reduced to what a source and a claim need."""

    statement: str
    rating: str
    url: str | None
    publisher: str
    title: str | None
    published: date | None
    where: str
    """Where in the input it was found, for messages: "feed.json item 3"."""
    identifier: str | None = None
    """The review's `identifier`: a desk's claim id, when the desk exported it."""
    rationale: str | None = None
    """`reviewBody`, else the rating's `ratingExplanation`."""
    reviewer: str | None = None
    """`contributor`: the person who reviewed the claim."""
    quote: str | None = None
    """`itemReviewed.text`: the claim's words as they appeared."""
    article: str | None = None
    """`itemReviewed.appearance.identifier`: the article the claim appeared in."""


@dataclass
class ReadResult:
    """Reviews found in the input, and what could not be read."""

    reviews: list[FoundReview] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _text(value: Any) -> str | None:
    """A value from a feed as one line of text, control characters made visible
    (feeds are text from outside, like records)."""
    if isinstance(value, str):
        return visible(" ".join(value.split())) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("text"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date(value: Any) -> date | None:
    text = _text(value)
    match = _DATE.match(text or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds}


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every ClaimReview-like object in a JSON document, however it is wrapped."""
    if depth > 20:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
        return
    if not isinstance(node, dict):
        return
    if "ClaimReview" in _types(node) or (
        "@type" not in node and "claimReviewed" in node and "reviewRating" in node
    ):  # some data dumps drop @type from otherwise complete reviews
        yield node
        return
    if isinstance(node.get("claims"), list):  # Google Fact Check Tools API
        for claim in node["claims"]:
            if isinstance(claim, dict):
                for review in claim.get("claimReview") or []:
                    if isinstance(review, dict):
                        yield {"__google__": True, "claim": claim, **review}
        return
    for key in ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"):
        if key in node:
            yield from _walk(node[key], depth + 1)


def _found(node: dict[str, Any], where: str) -> FoundReview | None:
    if node.get("__google__"):
        claim = node.get("claim") or {}
        statement = _text(claim.get("text"))
        publisher = _text(node.get("publisher")) or _text((node.get("publisher") or {}).get("site"))
        return (
            FoundReview(
                statement,
                _text(node.get("textualRating")) or "",
                _text(node.get("url")),
                publisher or "unknown publisher",
                _text(node.get("title")),
                _date(node.get("reviewDate")),
                where,
            )
            if statement
            else None
        )
    statement = _text(node.get("claimReviewed")) or _text(
        (node.get("itemReviewed") or {}).get("text")
        if isinstance(node.get("itemReviewed"), dict)
        else None
    )
    if not statement:
        return None
    raw_rating = node.get("reviewRating")
    if isinstance(raw_rating, list) and raw_rating:
        raw_rating = raw_rating[0]
    rating: dict[str, Any] = raw_rating if isinstance(raw_rating, dict) else {}
    rating_text = (
        _text(rating.get("alternateName"))
        or _text(rating.get("name"))
        or _rating_from_value(rating)
    )
    publisher = _text(node.get("author")) or _text(node.get("publisher")) or "unknown publisher"
    item = _mapping(node.get("itemReviewed"))
    appearance = _mapping(item.get("appearance"))
    return FoundReview(
        statement=statement,
        rating=rating_text or "",
        url=_text(node.get("url")),
        publisher=publisher,
        title=_text(node.get("name")) or _text(node.get("headline")),
        published=_date(node.get("datePublished")),
        where=where,
        identifier=_text(node.get("identifier")),
        rationale=_paragraphs(node.get("reviewBody"))
        or _paragraphs(rating.get("ratingExplanation")),
        reviewer=_text(node.get("contributor")),
        quote=_quote(_text(item.get("text")), statement),
        article=_text(appearance.get("identifier")),
    )


def _quote(text: str | None, statement: str) -> str | None:
    """`itemReviewed.text` as the claim's quote, unless it is only the statement again (as
    feeds that give no `claimReviewed` have it)."""
    if text is None or " ".join(text.casefold().split()) == " ".join(statement.casefold().split()):
        return None
    return text


def _mapping(value: Any) -> dict[str, Any]:
    """A feed's value when it is an object (the first of a list), else an empty one."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, dict) else {}


def _paragraphs(value: Any) -> str | None:
    """Longer text from a feed (a rationale): line breaks kept, control characters shown."""
    if not isinstance(value, str) or not value.strip():
        return None
    return visible(value.strip())


def _rating_from_value(rating: dict[str, Any]) -> str | None:
    # Numbers come as strings too ("3"); only our own 1-3 scale can be read without a name.
    try:
        value, best, worst = (
            float(str(rating.get(k))) for k in ("ratingValue", "bestRating", "worstRating")
        )
    except (TypeError, ValueError):
        return None
    if (best, worst) == (3, 1):
        return {3.0: "confirmed", 2.0: "unconfirmed", 1.0: "disputed"}.get(value)
    return None


def read_feed(text: str, name: str) -> ReadResult:
    """All reviews of one input file (JSON or newline-delimited JSON)."""
    result = ReadResult()
    documents: list[tuple[str, Any]] = []
    try:
        documents.append((name, json.loads(text)))
    except ValueError:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                documents.append((f"{name} line {number}", json.loads(line)))
            except ValueError as error:
                reason = getattr(error, "msg", str(error))[:60]
                result.problems.append(f"{name} line {number}: not JSON ({reason}); skipped")
    except RecursionError:
        result.problems.append(f"{name}: nested too deeply; skipped")
    for where, document in documents:
        for index, node in enumerate(_walk(document), start=1):
            found = _found(node, f"{where} review {index}")
            if found is None:
                result.problems.append(f"{where} review {index}: no claim text; skipped")
            else:
                result.reviews.append(found)
    return result


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
    """The status a textual rating maps to, or None when it is unknown."""
    folded = " ".join(rating.casefold().replace("_", " ").split()).strip(" .!")
    if folded in settings.ratings:
        return Status(settings.ratings[folded])
    table = shipped_ratings()
    if folded in table:
        return table[folded]
    for known in sorted(table, key=len, reverse=True):  # "Four Pinocchios: false" → false
        if re.search(rf"\b{re.escape(known)}\b", folded):
            return table[known]
    return None
