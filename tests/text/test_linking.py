"""Linking sentences to claims: by quote for certain, by statement with a score, numbers agreeing."""

from __future__ import annotations

from factcheck.model import Article, Claim, Status
from factcheck.settings import Settings
from factcheck.text.analysis import analyze
from factcheck.text.linking import INDEX_FROM, ClaimMatcher

BODY = """\
# Bridge

Officials said 45 million euros were spent on the bridge in 2024. The mayor, Ada Okafor,
opened it on *3 May 2025*.

- Traffic doubled within a month.
"""


def article() -> Article:
    return Article(path="claims/b/article.md", id="bridge", title="Bridge", body=BODY, body_line=5)


def claim(claim_id: str, statement: str, quote: str | None = None) -> Claim:
    return Claim(path=f"claims/b/{claim_id}.yaml", id=claim_id, statement=statement,
                 status=Status.CONFIRMED, article="bridge", quote=quote)  # fmt: skip


def links(claims: list[Claim]) -> list[tuple[int, list[tuple[str | None, float, bool]]]]:
    analysis = analyze(article(), claims, Settings())
    return [
        (s.index, [(k.claim.id, k.score, k.by_quote) for k in s.links]) for s in analysis.sentences
    ]


def test_sentences_keep_their_file_lines_through_markdown() -> None:
    analysis = analyze(article(), [], Settings())
    assert [(s.index, s.kind, s.line, s.column, s.text) for s in analysis.sentences] == [
        (1, "heading", 5, 3, "Bridge"),
        (2, "paragraph", 7, 1, "Officials said 45 million euros were spent on the bridge in 2024."),
        (3, "paragraph", 7, 67, "The mayor, Ada Okafor, opened it on 3 May 2025."),
        (4, "item", 10, 3, "Traffic doubled within a month."),
    ]
    assert BODY[analysis.sentences[2].start : analysis.sentences[2].end] == (
        "The mayor, Ada Okafor,\nopened it on *3 May 2025*."
    )


def test_quote_links_for_certain_and_statements_by_score() -> None:
    claims = [
        claim("spent-45m", "The city spent 45 million euros on the bridge in 2024."),
        claim("opened-may", "Ada Okafor opened the bridge.", quote="opened it on 3 May 2025"),
        claim("traffic", "Traffic on the bridge doubled within a month."),
    ]
    assert links(claims) == [
        (1, []),
        (2, [("spent-45m", 85.7, False)]),
        (3, [("opened-may", 100.0, True)]),
        (4, [("traffic", 80.0, False)]),
    ]


def test_numbers_that_disagree_never_link() -> None:
    assert links([claim("spent-54m", "The city spent 54 million euros on the bridge in 2024.")])[
        1
    ] == (2, [])


def test_the_index_finds_what_comparing_all_finds() -> None:
    sentence = "Officials said 45 million euros were spent on the bridge in 2024."
    fillers = [
        claim(f"other-{n}", f"Unrelated claim number {n} about harbour ferries and tolls.")
        for n in range(INDEX_FROM)
    ]
    target = claim("spent-45m", "The city spent 45 million euros on the bridge in 2024.")
    indexed = ClaimMatcher([*fillers, target], 80)
    direct = ClaimMatcher([target], 80)
    assert indexed.index is not None and direct.index is None
    assert (
        [(m.claim.id, m.score) for m in indexed.match(sentence)]
        == [(m.claim.id, m.score) for m in direct.match(sentence)]
        == [("spent-45m", 85.7)]
    )
