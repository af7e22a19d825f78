"""The claim matcher: quotes for certain, statements in other words, figures that must agree."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.desk.model import Article, Claim, Status
from factcheck.desk.settings import Settings
from factcheck.text import matching
from factcheck.text import quantities as quantities_module
from factcheck.text.analysis import analyze
from factcheck.text.matching import ClaimMatcher, read_content
from factcheck.text.quantities import quantities

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


def links(claims: list[Claim]) -> list[tuple[int, list[tuple[str | None, float, bool, str]]]]:
    analysis = analyze(article(), claims, Settings())
    return [
        (s.index, [(k.claim.id, k.score, k.by_quote, k.relation) for k in s.links])
        for s in analysis.sentences
    ]


def matches(sentence: str, *statements: str) -> list[tuple[str | None, str, str | None]]:
    """(claim id, relation, "said/claimed" figures) of each match, the claims named c0, c1…"""
    claims = [claim(f"c{n}", text) for n, text in enumerate(statements)]
    found = ClaimMatcher(claims, Settings().match_threshold).match(sentence)
    return [
        (
            m.claim.id,
            m.relation.value,
            f"{m.conflict.said.text}/{m.conflict.claimed.text}" if m.conflict else None,
        )
        for m in found
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
        (2, [("spent-45m", 73.6, False, "asserts")]),
        (3, [("opened-may", 100.0, True, "asserts")]),
        (4, [("traffic", 91.2, False, "asserts")]),
    ]


def test_a_figure_that_disagrees_contradicts_rather_than_asserts() -> None:
    spent = claim("spent-54m", "54 million euros were spent on the bridge in 2024.")
    [(sentence, found)] = [link for link in links([spent]) if link[1]]
    assert (sentence, found) == (2, [("spent-54m", 81.2, False, "contradicts")])
    analysis = analyze(article(), [spent], Settings())
    figure = analysis.sentences[1].links[0].figure
    assert figure is not None and (figure.said, figure.claimed) == (
        "45 million euros",
        "54 million euros",
    )
    assert BODY[figure.offset : figure.offset + 16] == "45 million euros"


def test_paraphrases_link_in_other_words() -> None:
    assert matches(
        "Councillors approved the $3 million budget on Monday.",
        "The city council voted on 9 March 2026 to approve a budget of $3 million.",
    ) == [("c0", "asserts", None)]
    assert matches("Nine prisoners were freed.", "9 prisoners were freed.") == [
        ("c0", "asserts", None)
    ]


def test_no_link_from_one_shared_word_or_a_stem_cousin() -> None:
    sentence = "Sober drivers were confident about the heart of the matter."
    assert matches(sentence, "Heartbleed", "Conficker", "Sober.C") == []
    assert matches("The Sober.C worm spread by e-mail.", "Heartbleed", "Sober.C") == [
        ("c1", "asserts", None)
    ]
    assert matches("The bridge is long.", "The bridge in Porto carries the A1 motorway.") == []


def test_contradictions_on_amounts_durations_and_dates() -> None:
    assert matches(
        "About 4,300 homes lost power on Tuesday night.", "4,200 homes lost power on Tuesday night."
    ) == [("c0", "contradicts", "4,300/4,200")]
    assert matches(
        "Power was restored within 12 hours, the utility said.",
        "Power was restored within six hours.",
    ) == [("c0", "contradicts", "12/six")]
    assert matches(
        "The boil-water notice was lifted on March 19.",
        "The boil-water notice was lifted on March 18.",
    ) == [("c0", "contradicts", "March 19/March 18")]
    assert matches(
        "The notice was lifted on March 18.", "The notice was lifted on 18 March 2026."
    ) == [("c0", "asserts", None)]


def test_another_quantity_that_shares_a_figure_is_no_contradiction() -> None:
    claim_text = "4,200 homes lost power on Tuesday night."
    assert matches("The utility has 4,200 employees and hired more on Tuesday.", claim_text) == []
    assert matches("About 4,300 customers complained about power bills.", claim_text) == []
    # hours of work are not the hours of an outage: neither asserted nor contradicted
    assert (
        matches(
            "Crews worked for 12 hours to restore power to the homes.",
            "Power was restored to the homes within six hours.",
        )
        == []
    )


def test_a_sentence_reads_its_paragraph_before_it() -> None:
    claims = [claim("kolesnikova-11", "Maria Kolesnikova was sentenced to 11 years in prison.")]
    matcher = ClaimMatcher(claims, Settings().match_threshold)
    alone = "She was sentenced to 11 years in prison."
    before = "Maria Kolesnikova led the protests."
    assert [m.score for m in matcher.match(alone, before)] > [m.score for m in matcher.match(alone)]


def test_amounts_are_read_however_they_are_written() -> None:
    def values(text: str) -> list[tuple[str, object, str | None]]:
        return [(q.kind, q.value, q.unit) for q in quantities(text)]

    assert values("4,200 homes") == [("amount", 4200.0, "home")]
    assert values("2.4 million people") == [("amount", 2400000.0, "peopl")]
    assert values("a hundred and eighty million dollars") == [("amount", 180000000.0, "$")]
    assert values("two-thirds of voters, one in five adults") == [
        ("amount", 0.6667, "ratio"),
        ("amount", 0.2, "ratio"),
    ]
    assert values("within six hours on 9 March 2026") == [
        ("amount", 6.0, "hour"),
        ("date", (3, 9), None),
        ("year", 2026, None),
    ]
    assert values("COVID-19 cases, in 2025, 45%") == [("year", 2025, None), ("amount", 45.0, "%")]
    assert read_content("nine homes").terms.keys() == read_content("9 homes").terms.keys()


_WORDS = ["a", "An", "one", "hundred", "and", "in", "out of", "half", "March", "3", "2025",
          "4,200", "2.4", "x", "homes", "$", "%"]  # fmt: skip
_GAPS = [" ", "  ", "-", ",", ".", ""]


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=8))
@example([("a", " "), ("in", " "), ("3", "")])  # a ratio that starts with "a"
@example([("x", ","), ("3", " "), ("March", "")])  # a date right after a comma
@example([("one", "-"), ("a", " "), ("half", "")])
def test_reading_only_where_an_amount_can_start_finds_what_a_full_scan_finds(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in words)
    found = quantities.__wrapped__(text)
    scan: list[re.Match[str]] = list(quantities_module._TOKEN.finditer(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quantities_module, "_matches", lambda _: scan)
        assert found == quantities.__wrapped__(text)


def test_scores_do_not_depend_on_unrelated_claims() -> None:
    target = claim("spent-45m", "The city spent 45 million euros on the bridge in 2024.")
    fillers = [
        claim(f"other-{n}", f"Ferry {word} tolls rose at the harbour.")
        for n, word in enumerate(["evening", "morning", "weekend", "holiday"] * 50)
    ]
    sentence = "Officials said 45 million euros were spent on the bridge in 2024."
    alone = ClaimMatcher([target], 20).match(sentence)
    among = ClaimMatcher([*fillers, target], 20).match(sentence)
    assert [(m.claim.id, m.score) for m in among] == [(m.claim.id, m.score) for m in alone]


def test_an_analysis_says_whether_the_quotes_of_its_articles_claims_were_found() -> None:
    from dataclasses import replace

    opened = claim("opened-may", "Ada Okafor opened the bridge.", quote="opened it on 3 May 2025")
    closed = claim("closed-june", "The bridge closed in June.", quote="closed it in June")
    elsewhere = replace(
        claim("traffic", "Traffic doubled.", quote="Traffic doubled within a month"),
        article="another-article",
    )
    analysis = analyze(article(), [opened, closed, elsewhere], Settings())
    assert analysis.quote_found == {"opened-may": True, "closed-june": False}
    # another article's claim is not said found or not, but its quote links the sentence
    by_quote = [(s.index, k.claim.id) for s in analysis.sentences for k in s.links if k.by_quote]
    assert by_quote == [(3, "opened-may"), (4, "traffic")]


def test_a_quote_index_serves_only_the_quotes_it_was_made_of() -> None:
    from factcheck.text.quotes import QuoteIndex

    opened = claim("opened-may", "Ada Okafor opened the bridge.", quote="opened it on 3 May 2025")
    linked = [(3, [("opened-may", 100.0, True, "asserts")])]

    def quote_links(
        quotes: QuoteIndex,
    ) -> list[tuple[int, list[tuple[str | None, float, bool, str]]]]:
        analysis = analyze(article(), [opened], Settings(), quotes=quotes)
        return [(s.index, [(k.claim.id, k.score, k.by_quote, k.relation) for k in s.links])
                for s in analysis.sentences if s.links]  # fmt: skip

    assert quote_links(QuoteIndex.of(["opened it on 3 May 2025"])) == linked
    # an index of another quote (the claim's quote edited since) is not used
    assert quote_links(QuoteIndex.of(["opened it on 3 June 2025"])) == linked
    assert quote_links(QuoteIndex.of(["Officials said 45 million"])) == linked


def test_kept_tables_serve_only_the_statements_they_were_read_from() -> None:
    from factcheck.text.matching import MatcherTables

    spent = [claim("spent-54m", "54 million euros were spent on the bridge in 2024.")]
    sentence = "Officials said 45 million euros were spent on the bridge in 2024."
    fresh = ClaimMatcher(spent, 20).match(sentence)
    assert [(m.claim.id, m.relation.value) for m in fresh] == [("spent-54m", "contradicts")]
    kept = MatcherTables.of(["54 million euros were spent on the bridge in 2024."])
    assert ClaimMatcher(spent, 20, kept).tables is kept
    # tables of other statements (a claim edited since) are not used
    stale = MatcherTables.of(["45 million euros were spent on the bridge in 2024."])
    matcher = ClaimMatcher(spent, 20, stale)
    assert matcher.tables is not stale
    assert matcher.match(sentence) == fresh


def test_an_index_packed_for_keeping_unpacks_to_the_same_postings() -> None:
    from factcheck.text.claim_index import ClaimIndex
    from factcheck.text.matching import MatcherTables

    tables = MatcherTables.of([
        "The council approved 4 million euros for the bridge in 2024.",
        "Traffic on the bridge doubled within a month.",
        "Ada Okafor opened the bridge.",
    ])  # fmt: skip
    unpacked = ClaimIndex.unpacked(tables.index.packed())
    assert dict(unpacked.postings) == tables.index.postings  # floats exactly as they were
    terms = read_content("Traffic on the bridge doubled, Okafor said.").terms
    scores = unpacked.score_array(terms, 3)
    assert list(scores) == list(tables.index.score_array(terms, 3))  # the same floats
    by_hand = [
        sum(
            impact
            for term in terms
            for at, impact in tables.index.postings.get(term, ())
            if at == i
        )
        for i in range(3)
    ]
    assert list(scores) == pytest.approx(by_hand, rel=1e-12)
    assert int(scores.argmax()) == 1  # the traffic claim shares the rarest words


def test_an_index_packed_as_it_is_made_is_the_index_made_then_packed() -> None:
    from factcheck.text.claim_index import ClaimIndex, frequency_of
    from factcheck.text.matching import MatcherTables
    from factcheck.text.meaning import embed

    statements = [
        "The council approved 4 million euros for the bridge in 2024.",
        "Traffic on the bridge doubled within a month, the council said.",
        "Ada Okafor opened the bridge over the river.",
        "The bridge cost 4 million euros.",
    ]
    terms = [tuple(read_content(s).terms) for s in statements]
    frequency = frequency_of(terms)
    made = ClaimIndex.of(terms, frequency)
    assert ClaimIndex.packed_of(terms, frequency) == made.packed()  # the same bytes
    kept = MatcherTables.from_terms(statements, terms, embed(statements), packed=True)
    assert kept.index.packed() == made.packed()
    assert dict(kept.index.postings) == made.postings == MatcherTables.of(statements).index.postings


def test_each_posting_holds_its_claims_bm25_impact() -> None:
    import math

    from factcheck.text.claim_index import ClaimIndex, frequency_of

    terms = [
        ("bridg", "council", "#n4"),
        ("bridg", "traffic"),
        ("okafor", "bridg", "open", "river"),
    ]
    index = ClaimIndex.of(terms, frequency_of(terms))
    average = (3 + 2 + 4) / 3

    def impact(df: int, length: int) -> float:
        idf = math.log(1 + (3 - df + 0.5) / (df + 0.5))
        return idf * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * length / average))

    bridge = index.postings["bridg"]
    assert [position for position, _ in bridge] == [0, 1, 2]
    assert [value for _, value in bridge] == pytest.approx(
        [impact(3, 3), impact(3, 2), impact(3, 4)], rel=1e-12
    )
    [(position, value)] = index.postings["traffic"]
    assert (position, value) == (1, pytest.approx(impact(1, 2), rel=1e-12))


def test_packed_postings_of_unequal_lengths_are_refused() -> None:
    from factcheck.text.claim_index import ClaimIndex

    with pytest.raises(ValueError):
        ClaimIndex.unpacked({"bridg": (b"\0" * 8, b"\0" * 8)})  # two positions, one impact
    with pytest.raises(ValueError):
        ClaimIndex.unpacked({"bridg": (b"\0" * 3, b"")})


def test_tables_kept_without_contents_read_each_candidate_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factcheck.text.matching import MatcherTables

    monkeypatch.setattr(matching, "NEAREST", 2)  # candidates by meaning: the two nearest
    claims = [
        claim("spent-54m", "54 million euros were spent on the bridge in 2024."),
        claim("bridge-opened", "The Skelby bridge opened to traffic in May 2024."),
        claim("tolls", "Ferry tolls at Skelby doubled after the bridge opened."),
        claim("budget", "Parliament passed the harbour authority's budget."),
    ]
    statements = [c.statement or "" for c in claims]
    full = MatcherTables.of(statements)
    bare = MatcherTables(full.statements, full.index, full.specificity, full.vectors)  # as kept
    sentence = "After the Skelby bridge opened in May 2024, ferry tolls doubled."
    assert ClaimMatcher(claims, 20, bare).match(sentence) == ClaimMatcher(claims, 20, full).match(
        sentence
    )
    assert set(bare.contents) == {0, 1, 2}  # only the candidates were read: not the budget
    assert all(bare.contents[i] == full.contents[i] for i in bare.contents)


def test_a_desk_wide_table_matches_as_a_small_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.text.matching as matching

    claims = [
        claim("spent-54m", "54 million euros were spent on the bridge in 2024."),
        claim("bridge-opened", "The Skelby bridge opened to traffic in May 2024."),
        claim("tolls", "Ferry tolls at Skelby doubled after the bridge opened."),
    ]
    statements = [c.statement or "" for c in claims]
    small = matching.MatcherTables.of(statements)
    monkeypatch.setattr(matching, "UNKEPT_FROM", 1)  # read as a table of 100,000 claims is
    large = matching.MatcherTables.of(statements)
    assert (large.index, large.specificity) == (small.index, small.specificity)
    sentence = "After the Skelby bridge opened in May 2024, ferry tolls doubled."
    assert ClaimMatcher(claims, 20, large).match(sentence) == ClaimMatcher(claims, 20, small).match(
        sentence
    )


def test_shared_words_do_not_link_what_is_far_apart_in_meaning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence, statement = "The Sober.C worm spread by e-mail.", "Sober.C"
    assert matches(sentence, "Heartbleed", statement) == [("c1", "asserts", None)]
    monkeypatch.setattr(matching, "MIN_MEANING", 1.01)  # no meaning is that close
    assert matches(sentence, "Heartbleed", statement) == []


def test_a_sentence_that_says_a_claim_word_for_word_contradicts_it_on_words_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(matching, "CONTRADICTION_MEANING", 1.01)  # meaning cannot decide
    monkeypatch.setattr(matching, "AGREED_CONTRADICTION_MEANING", 1.01)
    assert matches(
        "About 4,300 homes lost power on Tuesday night.", "4,200 homes lost power on Tuesday night."
    ) == [("c0", "contradicts", "4,300/4,200")]
    monkeypatch.setattr(matching, "CONTRADICTION_COVERAGE", 1.01)  # nor the words
    assert (
        matches(
            "About 4,300 homes lost power on Tuesday night.",
            "4,200 homes lost power on Tuesday night.",
        )
        == []
    )


def test_a_score_equal_to_the_threshold_links_and_one_below_does_not() -> None:
    """`match_threshold` is the lowest score that links: reaching it is enough."""
    claims = [claim("spent", "Officials spent 45 million euros on the bridge in 2024.")]
    sentence = "Officials said 45 million euros were spent on the bridge in 2024."
    [found] = ClaimMatcher(claims, 0).match(sentence)
    score = found.score
    assert 0 < score < 100
    assert [m.claim.id for m in ClaimMatcher(claims, score).match(sentence)] == ["spent"]
    assert ClaimMatcher(claims, score + 0.1).match(sentence) == []


def test_no_link_below_the_least_meaning_whatever_the_threshold() -> None:
    """`MIN_MEANING` is a floor of its own: of two sentences whose scores both reach the
    threshold, the one whose meaning lies under 0.3 from the claim's does not link."""
    matcher = ClaimMatcher([claim("nice", "Nice")], 30)
    assert [m.claim.id for m in matcher.match("Nice froze solid.")] == ["nice"]  # meaning 0.32
    assert matcher.match("The Nice froze.") == []  # meaning 0.28, score 39


def test_a_claim_of_two_words_needs_them_whole_not_a_stems_cousin() -> None:
    assert matches("The council resigned.", "Councillor resigns") == []
    assert matches("The councillor resigns.", "Councillor resigns") == [("c0", "asserts", None)]
