"""How a sentence's figures stand to a claim's: agreement, contradiction, another subject."""

from __future__ import annotations

from factcheck.text.figures import Figures, compare, whole
from factcheck.text.fold import fold_text
from factcheck.text.quantities import quantities


def figures(claim: str, sentence: str) -> Figures:
    return compare(whole(quantities(fold_text(claim))), whole(quantities(fold_text(sentence))))


def said(found: Figures) -> tuple[list[str], list[tuple[str, str]], list[str], bool]:
    return (
        [q.text for q in found.agreed],
        [(c.said.text, c.claimed.text) for c in found.conflicts],
        [q.text for q in found.elsewhere],
        found.about_else,
    )


def test_a_figure_agrees_as_its_wording_admits() -> None:
    claim = "The flood cut power to 4,187 homes."
    assert said(figures(claim, "About 4,200 homes lost power.")) == (["4,187"], [], [], False)
    assert said(figures(claim, "More than 4,000 homes lost power.")) == (["4,187"], [], [], False)
    # counts agree by value whatever noun they count
    assert said(figures(claim, "Some 4,190 households lost power.")) == (["4,187"], [], [], False)


def test_another_figure_for_the_same_thing_is_a_conflict() -> None:
    claim = "The council employs 85 staff at its pumping stations."
    assert said(figures(claim, "The council has 58 staff there.")) == (
        [],
        [("58", "85")],
        [],
        False,
    )
    assert said(figures("The barrier was last inspected in March 2024.", "It was checked in March 2023.")) == (
        [], [("march 2023", "march 2024")], [], False,
    )  # fmt: skip


def test_counts_of_unlike_things_do_not_conflict() -> None:
    found = figures("Forty schools will close.", "The district will lay off 1,150 teachers.")
    assert found.conflicts == () and found.about_else


def test_figures_of_its_own_and_none_of_the_claims_are_about_something_else() -> None:
    found = figures(
        "Flood damage in Harwick is estimated at £12 million.",
        "The last flood was in 1987, when about 600 homes were flooded.",
    )
    assert said(found) == ([], [], ["1987", "600"], True)


def test_a_duration_in_another_role_is_about_something_else() -> None:
    found = figures("Power was restored within six hours.", "Crews worked for 12 hours.")
    assert found.conflicts == () and found.about_else


def test_two_figures_given_otherwise_in_two_kinds_are_another_event() -> None:
    claim = "Karvia released 48 prisoners on 9 January 2026."
    assert figures(claim, "On 19 January Karvia released 23 prisoners.").about_else
    one = figures(claim, "Karvia released 52 prisoners on 9 January 2026.")
    assert said(one) == (["9 january 2026"], [("52", "48")], [], False)


def test_a_date_is_one_fact_not_also_its_year() -> None:
    assert [q.text for q in whole(quantities("on 2 May 2026"))] == ["2 May 2026"]


def test_a_count_that_names_no_noun_may_count_what_the_claim_counts() -> None:
    found = figures("1,284 residents were evacuated.", "The number evacuated rose to 1,300.")
    assert said(found) == ([], [("1,300", "1,284")], [], False)
