"""The claim inside an attributed statement, and the quick scan that skips the others."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.text.attribution as attribution
from factcheck.text.attribution import is_named, teller, without_attribution


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "Forecasters said the storm was the strongest since 1998.",
            ("The storm was the strongest since 1998.", "Forecasters said"),
        ),
        (
            "According to the ministry, 123 prisoners were freed",
            ("123 prisoners were freed.", "According to the ministry"),
        ),
        (
            "The bridge reopened on Monday, the mayor ANNOUNCED.",
            ("The bridge reopened on Monday.", "the mayor ANNOUNCED"),
        ),
        ("The bridge reopened on Monday.", None),
        ("He said so.", None),
        ("Saidov reopened the bridge, on Monday.", None),
        (
            "Officials of the Riverworks Union allege that the barrier failed in May.",
            ("The barrier failed in May.", "Officials of the Riverworks Union allege that"),
        ),
        ("The alleged fraud cost the council £3m.", None),  # "alleged" tells only with "that"
    ],
)
def test_the_claim_inside_and_its_teller(statement: str, expected: tuple[str, str] | None) -> None:
    assert without_attribution(statement) == expected


WORDS = st.sampled_from(
    ["the", "storm", "Officials", "that", "according", "to", "on", "Monday", "1998", ",",
     "Saidov", "it", "rose", "sharply", "again"]
)  # fmt: skip
VERBS = st.sampled_from(["said", "SAYS", "noted", "Warns", "thought", "according to"])
GAPS = st.sampled_from([" ", "  ", "\t", "\n", ", ", ""])
PHRASES = st.lists(st.tuples(WORDS, GAPS), max_size=8).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@settings(max_examples=500, deadline=None)
@given(PHRASES, GAPS, VERBS, GAPS, PHRASES, st.booleans())
def test_the_quick_scan_skips_only_statements_no_pattern_matches(
    teller: str, before: str, verb: str, after: str, core: str, trailing: bool
) -> None:
    told = teller + before + verb + after
    statement = f"{core}, {told}." if trailing else told + core
    scanned = without_attribution(statement)
    telling = attribution._TELLING
    try:
        attribution._TELLING = re.compile("")  # every statement tried against the patterns
        assert scanned == without_attribution(statement)
    finally:
        attribution._TELLING = telling


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("According to the Riverworks Union, the barrier failed.", ("the Riverworks Union", False)),
        ("The mayor said the barrier failed.", ("The mayor", True)),
        ("The Riverworks Union claims the barrier failed.", ("The Riverworks Union", True)),
        ("The union has said that the barrier failed.", ("The union", True)),
        ("The barrier failed in May, the ministry said.", ("the ministry", False)),
        ("The barrier, the union said, failed in May.", ("the union", False)),
        ("The barrier, according to NHS officials, failed in May.", ("NHS officials", False)),
        ("The mayor told reporters the barrier failed.", ("The mayor", True)),
        ("The barrier failed in May.", None),
        ("The barrier failed, and the council said so.", None),
    ],
)  # fmt: skip
def test_the_teller_and_whether_it_opens_the_sentence(
    sentence: str, told: tuple[str, bool] | None
) -> None:
    assert teller(sentence) == told


@pytest.mark.parametrize(
    ("told", "opens"),
    [
        ("the Riverworks Union", False),  # a proper name
        ("Officials of the Riverworks Union", True),
        ("Reuters", True),  # a name opening the sentence
        ("NHS officials", True),  # an acronym
        ("US officials", False),
        ("The mayor", True),  # a known office or body
        ("Police", True),
        ("the ministry", False),
        ("She", True),  # a person named before
    ],
)
def test_named_parties(told: str, opens: bool) -> None:
    assert is_named(told, opens)


@pytest.mark.parametrize(
    ("told", "opens"),
    [
        ("Sources close to the council", True),  # anonymous
        ("unnamed officials", False),
        ("people familiar with the inspection", False),
        ("Insiders", True),
        ("Some", True),
        ("Officials", True),  # a bare group: its capital only opens the sentence
        ("Witnesses", True),
        ("On Monday officials", True),  # a day is no teller
        ("engineers", False),
        ("The Dunmore barrier failed because the council", True),  # a clause, not a teller
        ("", True),
    ],
)
def test_anonymous_tellers_and_bare_groups_are_not_named(told: str, opens: bool) -> None:
    assert not is_named(told, opens)
