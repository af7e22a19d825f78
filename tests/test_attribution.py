"""The claim inside an attributed statement, and the quick scan that skips the others."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck.text.attribution as attribution
from factcheck.text.attribution import without_attribution


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
