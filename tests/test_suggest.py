"""factcheck.suggest: one scorer, one cutoff and one phrasing for every "did you mean"."""

from __future__ import annotations

import pytest

from factcheck.errors import EXIT_USAGE, Usage
from factcheck.suggest import choice, hint, nearest, no_such, phrase

STATUSES = ["confirmed", "unconfirmed", "disputed"]


def test_the_nearest_choices_come_best_first_and_only_when_near() -> None:
    sources = ["beta-daily-story", "alpha-news", "alpha-news-report"]
    assert nearest("alpha-news-reprt", sources, limit=3) == ["alpha-news-report", "alpha-news"]
    assert nearest("maybe", STATUSES) == []  # nothing scores the cutoff


def test_case_is_not_a_typo() -> None:
    assert nearest("Confirmed", STATUSES) == ["confirmed"]
    assert nearest(" NEWS ", ["news", "ngo"]) == ["news"]


def test_one_phrasing_the_nearest_else_the_choices() -> None:
    assert phrase(["a"]) == "; did you mean 'a'?"
    assert phrase(["a", "b"]) == "; did you mean 'a' or 'b'?"
    assert phrase([], ["a", "b"]) == "; use one of a, b"
    assert phrase([]) == ""
    assert hint("confirmd", STATUSES, listed=True) == "; did you mean 'confirmed'?"
    assert hint("maybe", STATUSES, listed=True) == "; use one of confirmed, unconfirmed, disputed"
    assert hint("maybe", STATUSES) == ""  # a long list of ids is never listed


def test_a_bad_choice_is_usage_naming_the_nearest() -> None:
    assert choice("disputed", STATUSES, "--status") == "disputed"
    with pytest.raises(Usage) as raised:
        choice("confirmd", STATUSES, "--status")
    assert str(raised.value) == "unknown --status 'confirmd'; did you mean 'confirmed'?"
    assert raised.value.exit_status == EXIT_USAGE
    assert no_such("claim", "harbour-reopend", ["harbour-reopened-march"]) == (
        "no claim has the id 'harbour-reopend'; did you mean 'harbour-reopened-march'?"
    )
