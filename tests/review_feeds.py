"""Feeds of other fact-checkers' reviews, written here in every format factcheck reads:
a small corpus on several subjects, one of them the harbour of the test desk."""

from __future__ import annotations

import json
from typing import Any

HARBOUR = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "identifier": "cc-harbour",
    "url": "https://checks.example/harbour",
    "claimReviewed": "Port Vell harbour reopened in March 2025 after 4 million euros of repairs.",
    "name": "Did Port Vell's harbour reopen after repairs?",
    "author": {"@type": "Organization", "name": "Coast Checks"},
    "datePublished": "2025-03-10T08:00:00Z",
    "inLanguage": "en",
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Port authority"}},
    "reviewRating": {"@type": "Rating", "alternateName": "True", "ratingValue": "5",
                     "bestRating": "5", "worstRating": "1"},
}  # fmt: skip


def review(claim: str, rating: str | None, publisher: str, **more: Any) -> dict[str, Any]:
    """A ClaimReview as feeds write them."""
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim,
        "author": {"@type": "Organization", "name": publisher},
        **more,
    }
    if rating is not None:
        node["reviewRating"] = {"@type": "Rating", "alternateName": rating}
    return node


FIVE_G = review("5G towers spread the coronavirus.", "False", "PolitiFact",
                url="https://politifact.example/5g", datePublished="2020-04-03", inLanguage="en")  # fmt: skip
BLEACH = review("Drinking bleach cures COVID-19.", "Pants on Fire!", "PolitiFact",
                url="https://politifact.example/bleach", datePublished="2020-04-24")  # fmt: skip
EIFFEL = review("La tour Eiffel sera démontée en 2025.", "Faux", "Les Vérificateurs",
                url="https://verif.example/eiffel", datePublished="2024-11-02", inLanguage="fr")  # fmt: skip
NO_URL = review("Gates plans to microchip the whole population.", "False", "Checks")
NO_RATING = review("A shark swam on a flooded Houston highway.", None, "Snopes",
                   url="https://snopes.example/shark", datePublished="2017-08-28")  # fmt: skip
NO_CLAIM = {"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}}

DATA_FEED = {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    "dataFeedElement": [{"@type": "DataFeedItem", "item": [FIVE_G]}, {"item": NO_CLAIM}],
}
API = {
    "claims": [
        {
            "text": "Drinking hot water kills the virus.",
            "claimant": "Social media posts",
            "claimDate": "2020-03-01T00:00:00Z",
            "claimReview": [
                {
                    "publisher": {"name": "Full Fact", "site": "fullfact.example"},
                    "url": "https://fullfact.example/hot-water",
                    "title": "Hot water does not kill the virus",
                    "reviewDate": "2020-03-05T00:00:00Z",
                    "textualRating": "Incorrect",
                    "languageCode": "en",
                }
            ],
        },
        {"claimReview": [{"publisher": {"name": "Nobody"}, "textualRating": "False"}]},
    ]
}
CSV = (
    "Claim,Rating,Publisher,URL,Date,Language\n"
    "Wind turbines cause cancer.,False,EnergyCheck,https://energy.example/turbines,2021-06-01,en\n"
    ",False,EnergyCheck,https://energy.example/empty,2021-06-02,en\n"
    "Solar panels never pay back their energy.,Mostly false,EnergyCheck,,2021-07-01,en\n"
)


def jsonl(*nodes: Any) -> str:
    """JSON Lines: one document a line."""
    return "".join(json.dumps(node, ensure_ascii=False) + "\n" for node in nodes)


FEEDS: dict[str, str] = {
    "feeds/harbour.json": json.dumps(HARBOUR),
    "feeds/checks.jsonl": jsonl(BLEACH, EIFFEL, NO_URL, NO_RATING) + "not json\n",
    "feeds/datafeed.json": json.dumps(DATA_FEED),
    "feeds/api.json": json.dumps(API),
    "feeds/energy.csv": CSV,
    "feeds/notes.txt": "not a feed: a folder's other files are not read\n",
}
"""A desk's `feeds/` folder: every format, with broken items among them."""
