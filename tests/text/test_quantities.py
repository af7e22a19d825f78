"""Figures read however they are written, and whether two of them can be the same.

The claim matcher says a sentence contradicts a claim when it gives another figure,
amount or date for the same thing: each way of writing one is pinned here (kind,
value, unit and the text it spans), and `Quantity.agrees` both ways.
"""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.text import quantities as quantities_module
from factcheck.text.fold import fold_text
from factcheck.text.quantities import Quantity, quantities, step

Read = tuple[str, object, str | None, str]


def read(text: str, *, day_first: bool = True) -> list[Read]:
    """(kind, value, unit, text as written) of each quantity of `text`, as the matcher
    reads it (folded), each checked to span its own text."""
    folded = fold_text(text)
    found = quantities(folded, day_first=day_first)
    for quantity in found:
        assert folded[quantity.start : quantity.end] == quantity.text
    return [(q.kind, q.value, q.unit, q.text) for q in found]


def one(text: str, *, day_first: bool = True) -> Quantity:
    """The first quantity of `text`."""
    return quantities(fold_text(text), day_first=day_first)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£15m in damage", [("amount", 15e6, "£", "£15m")]),
        ("$4.2bn", [("amount", 4.2e9, "$", "$4.2bn")]),
        ("4.2bn people", [("amount", 4.2e9, "peopl", "4.2bn")]),
        ("€3m", [("amount", 3e6, "€", "€3m")]),
        ("15k runners", [("amount", 15e3, "runner", "15k")]),
        ("£1.2tn", [("amount", 1.2e12, "£", "£1.2tn")]),
        ("1.5m people", [("amount", 1.5e6, "peopl", "1.5m")]),
        # a currency is one unit however it is written
        ("£12 million", [("amount", 12e6, "£", "£12 million")]),
        ("12 million pounds", [("amount", 12e6, "£", "12 million pounds")]),
        ("12 million pounds sterling", [("amount", 12e6, "£", "12 million pounds sterling")]),
        ("GBP 12m", [("amount", 12e6, "£", "gbp 12m")]),
        ("12m GBP", [("amount", 12e6, "£", "12m gbp")]),
        ("a fine of 500 pounds", [("amount", 500.0, "£", "500 pounds")]),
        ("$4.2 billion", [("amount", 4.2e9, "$", "$4.2 billion")]),
        ("4.2 billion dollars", [("amount", 4.2e9, "$", "4.2 billion dollars")]),
        ("USD 4.2bn", [("amount", 4.2e9, "$", "usd 4.2bn")]),
        ("€3 bn", [("amount", 3e9, "€", "€3 bn")]),
        ("3 billion euros", [("amount", 3e9, "€", "3 billion euros")]),
        ("twelve million pounds", [("amount", 12e6, "£", "twelve million pounds")]),
        ("millions of pounds", [("amount", 2e6, "£", "millions of pounds")]),
        # ... and so is a share
        ("45 per cent", [("amount", 45.0, "%", "45 per cent")]),
        ("45 percent", [("amount", 45.0, "%", "45 percent")]),
        ("45%", [("amount", 45.0, "%", "45%")]),
        ("45pc", [("amount", 45.0, "%", "45pc")]),
        ("45 pc", [("amount", 45.0, "%", "45 pc")]),
        # pounds that weigh, metres and flats are not money or millions
        ("a 450-pound bear", [("amount", 450.0, "pound", "450")]),
        ("300 pounds of beef", [("amount", 300.0, "pound", "300")]),
        ("it weighed 280 pounds", [("amount", 280.0, "pound", "280")]),
        ("a 15m wall", [("amount", 15.0, "m", "15m")]),
        ("flat 3b", []),
        # dozens, halves and thirds
        ("a dozen schools", [("amount", 12.0, "school", "a dozen")]),
        ("two dozen schools", [("amount", 24.0, "school", "two dozen")]),
        ("half a dozen schools", [("amount", 6.0, "school", "half a dozen")]),
        ("dozens of homes", [("amount", 24.0, "home", "dozens")]),
        ("tens of thousands of people", [("amount", 2e4, "peopl", "tens of thousands")]),
        ("half of the homes", [("amount", 0.5, "ratio", "half")]),
        ("cut by half.", [("amount", 0.5, "ratio", "half")]),
        ("a third of voters", [("amount", 0.3333, "ratio", "a third")]),
        ("two-thirds of voters", [("amount", 0.6667, "ratio", "two-thirds")]),
        ("half a million", [("amount", 5e5, None, "half a million")]),
        ("a quarter of a million people", [("amount", 2.5e5, "peopl", "a quarter of a million")]),
        ("two and a half million people", [("amount", 2.5e6, "peopl", "two and a half million")]),
        ("one and a half hours", [("amount", 1.5, "hour", "one and a half")]),
        ("for a third time", []),
        ("a third-party report", []),
        ("in the second half of the match", []),
        ("half-time", []),
    ],
)
def test_amounts_in_every_common_form(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


def test_four_digits_from_1800_to_2100_are_a_year() -> None:
    assert read("in 1800") == [("year", 1800, None, "1800")]
    assert read("in 1850") == [("year", 1850, None, "1850")]
    assert read("1799 seats") == [("amount", 1799.0, "seat", "1799")]


def test_vague_amounts_are_weak_with_the_range_they_admit() -> None:
    dozens = one("dozens of homes")
    assert (dozens.weak, dozens.admits()) == (True, (24.0, 1e3))
    tens = one("tens of thousands of people")
    assert (tens.weak, tens.admits()) == (True, (2e4, 1e5))
    assert not one("a dozen schools").weak


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        (
            "on 2/5/2026",
            True,
            [("date", (5, 2), None, "2/5/2026"), ("year", 2026, None, "2026")],
        ),
        (
            "on 2/5/2026",
            False,
            [("date", (2, 5), None, "2/5/2026"), ("year", 2026, None, "2026")],
        ),
        # only one reading: read so in either locale
        ("5/13/2026", True, [("date", (5, 13), None, "5/13/2026"), ("year", 2026, None, "2026")]),
        ("13/5/2026", False, [("date", (5, 13), None, "13/5/2026"), ("year", 2026, None, "2026")]),
        ("2.5.2026", True, [("date", (5, 2), None, "2.5.2026"), ("year", 2026, None, "2026")]),
        ("since 2/5/26", True, [("date", (5, 2), None, "2/5/26")]),
        ("2026-05-02", True, [("date", (5, 2), None, "2026-05-02"), ("year", 2026, None, "2026")]),
        ("2026/05/02", True, [("date", (5, 2), None, "2026/05/02"), ("year", 2026, None, "2026")]),
        ("May 2, 2026", True, [("date", (5, 2), None, "may 2, 2026"), ("year", 2026, None, "2026")]),
        ("2 May 2026", True, [("date", (5, 2), None, "2 may 2026"), ("year", 2026, None, "2026")]),
        ("2nd May", True, [("date", (5, 2), None, "2nd may")]),
        ("the 2nd of May", True, [("date", (5, 2), None, "2nd of may")]),
        ("Tuesday 2 May", True, [("date", (5, 2), None, "tuesday 2 may")]),
        (
            "on Tuesday, May 2, 2026",
            True,
            [("date", (5, 2), None, "tuesday, may 2, 2026"), ("year", 2026, None, "2026")],
        ),
        ("Tuesday night", True, []),
        # a month with its year is one quantity, and gives its year
        ("in March 2024", True, [("month", (2024, 3), None, "march 2024"), ("year", 2024, None, "2024")]),
        ("in March of 2024", True, [("month", (2024, 3), None, "march of 2024"), ("year", 2024, None, "2024")]),
        # no such day: not a date, and not three amounts either
        ("31/2/2026", True, []),
        ("30 February 2026", True, []),
        ("2026-13-02", True, []),
    ],
)  # fmt: skip
def test_dates_in_every_common_form(text: str, day_first: bool, expected: list[Read]) -> None:
    assert read(text, day_first=day_first) == expected


def test_a_date_keeps_its_year_and_its_preposition() -> None:
    dated = one("on 2/5/2026")
    assert (dated.year, dated.lead, dated.key()) == (2026, "on", "#d5-2")
    assert one("2 May").year is None
    assert one("on Tuesday 2 May").lead == "on"  # the weekday is the date's
    month = one("in March 2024")
    assert (month.lead, month.key()) == ("in", "#m2024-3")
    assert month.same_role(one("in March 2025"))
    assert not month.same_role(one("by March 2025"))
    assert not month.same_kind(one("on 19 March 2024"))


def test_a_month_named_without_its_year_agrees_with_that_month_of_any_year() -> None:
    march = Quantity("month", (None, 3), None, 3, 8, "march")  # as the matcher makes it
    assert march.key() == "#m3"
    assert march.agrees(one("March 2024")) and one("19 March 2024").agrees(march)
    assert not march.agrees(one("April 2024")) and not one("2 April").agrees(march)


@pytest.mark.parametrize(
    ("text", "hedge", "admits", "lead"),
    [
        ("about 4,200 homes", "about", (4150.0, 4250.0), None),
        ("around 4,000 homes", "around", (3500.0, 4500.0), None),
        ("some 300 homes", "some", (250.0, 350.0), None),
        ("roughly 4.2 million", "roughly", (4.15e6, 4.25e6), None),
        ("approximately 45%", "approximately", (44.5, 45.5), None),
        ("close to 600 homes", "close to", (550.0, 650.0), None),
        ("damage is estimated at £12 million", "estimated at", (11.5e6, 12.5e6), None),
        ("nearly 600 homes", "nearly", (550.0, 600.0), None),
        ("almost 600 homes", "almost", (550.0, 600.0), None),
        ("just over 4,000 homes", "just over", (4000.0, 4500.0), None),
        ("more than 4,000 homes", "more than", (4000.0, math.inf), None),
        ("over 4,000 homes", "over", (4000.0, math.inf), None),
        ("at least 4,000 homes", "at least", (4000.0, math.inf), None),
        ("fewer than 100 homes", "fewer than", (-math.inf, 100.0), None),
        ("under 100 homes", "under", (-math.inf, 100.0), None),
        ("less than £12m", "less than", (-math.inf, 12e6), None),
        ("up to 300 homes", "up to", (-math.inf, 300.0), None),
        ("no more than 300 homes", "no more than", (-math.inf, 300.0), None),
        ("4,000 or more homes", "or more", (4000.0, math.inf), None),
        ("4,000+ homes", "+", (4000.0, math.inf), None),
        ("within about six hours", "about", (5.5, 6.5), "within"),
        ("for more than 12 hours", "more than", (12.0, math.inf), "for"),
        ("in nearly half of the homes", "nearly", (0.45, 0.5), "in"),
        ("within six hours", None, (6.0, 6.0), "within"),
    ],
)
def test_the_words_that_round_a_figure_are_read_with_what_they_admit(
    text: str, hedge: str | None, admits: tuple[float, float], lead: str | None
) -> None:
    quantity = one(text)
    assert (quantity.hedge, quantity.lead) == (hedge, lead)
    assert quantity.admits() == pytest.approx(admits)
    assert fold_text(text)[quantity.start : quantity.end] == quantity.text  # the figure alone


def test_a_hedge_leaves_the_figure_its_unit_and_key() -> None:
    about, exact = one("about 4,200 homes"), one("4,200 homes")
    assert (about.text, about.unit, about.key()) == ("4,200", "home", exact.key())
    assert one("4,000 or more homes").unit == "home"
    assert one("in about 1990").kind == "year"  # years are not rounded


AGREE = [
    ("about 4,200 homes", "4,187 homes"),
    ("about 4,000 homes", "3,600 homes"),  # 4,000: to the thousand
    ("more than 4,000 homes", "4,187 homes"),
    ("at least 4,000 homes", "4,000 homes"),
    ("nearly 600 homes", "590 homes"),
    ("fewer than 100 homes", "96 homes"),
    ("4,000 or more homes", "about 4,200 homes"),
    ("4,200 homes", "4,200 homes"),
    ("nine homes", "9 homes"),
    ("£12 million", "12 million pounds"),
    ("£12m", "£12 million"),
    ("GBP 12m", "£12,000,000"),
    ("$4.2bn", "4.2 billion dollars"),
    ("€3m", "EUR 3 million"),
    ("45 per cent", "45%"),
    ("45pc", "45 percent"),
    ("about £12m", "£12.4 million"),
    ("dozens of homes", "40 homes"),
    ("half of the homes", "one in two homes"),
    ("2 May", "2 May 2026"),
    ("2/5/2026", "May 2, 2026"),
    ("2026-05-02", "Tuesday 2 May 2026"),
    ("March 2024", "19 March 2024"),
    ("2024", "March 2024"),
]
DISAGREE = [
    ("4,300 homes", "4,200 homes"),
    ("about 4,300 homes", "4,200 homes"),
    ("about 4,200 homes", "4,300 homes"),
    ("nearly 600 homes", "650 homes"),
    ("nearly 600 homes", "540 homes"),
    ("more than 4,000 homes", "3,900 homes"),
    ("fewer than 100 homes", "120 homes"),
    ("up to 300 homes", "about 400 homes"),
    ("£12 million", "£15m"),
    ("£12 million", "$12 million"),
    ("£12 million", "12 million homes"),
    ("dozens of homes", "5 homes"),
    ("2 May 2025", "2 May 2026"),
    ("3 May", "2 May"),
    ("2/5/2026", "5 February 2026"),
    ("March 2024", "2 April 2024"),
    ("March 2024", "March 2025"),
    ("2024", "2025"),
    ("4,200 homes", "2024"),
]


@pytest.mark.parametrize(("said", "claimed"), AGREE)
def test_figures_that_agree(said: str, claimed: str) -> None:
    assert one(said).agrees(one(claimed))
    assert one(claimed).agrees(one(said))


@pytest.mark.parametrize(("said", "claimed"), DISAGREE)
def test_figures_that_do_not_agree(said: str, claimed: str) -> None:
    assert not one(said).agrees(one(claimed))
    assert not one(claimed).agrees(one(said))


def test_the_locale_decides_only_the_numeric_dates() -> None:
    text = "On 2/5/2026, about 4,200 homes lost power (May 2, 2026)."
    british, american = quantities(text), quantities(text, day_first=False)
    assert [q.value for q in british] == [(5, 2), 2026, 4200.0, (5, 2), 2026]
    assert [q.value for q in american] == [(2, 5), 2026, 4200.0, (5, 2), 2026]
    assert british[0].agrees(british[3]) and not american[0].agrees(american[3])


@given(st.integers(0, 10**12))
@example(4187)
@example(2024)  # with a separator ("2,024") never a year
def test_every_whole_number_written_with_separators_reads_back_as_itself(number: int) -> None:
    written = f"{number:,}"
    assert read(f"{written} homes") == [("amount", float(number), "home", written)]


@given(st.integers(1, 10**9), st.integers(1, 4))
@example(4187, 2)  # "about 4,200"
@example(4020, 2)  # "about 4,000", to the thousand
def test_a_figure_rounded_to_any_precision_agrees_with_the_exact_one_about_it(
    number: int, digits: int
) -> None:
    rounded = round(number, digits - len(str(number)))
    about = one(f"about {rounded:,} homes")
    assert about.agrees(one(f"{number:,} homes"))
    off = rounded + step(rounded)  # the next figure at that precision
    assert not about.agrees(one(f"{off:,.0f} homes"))


@given(st.integers(1, 999), st.sampled_from(["m", "bn"]))
def test_short_scales_and_currency_words_are_one_amount(number: int, short: str) -> None:
    value = number / 10
    word = {"m": "million", "bn": "billion"}[short]
    signed, spelled = one(f"£{value}{short}"), one(f"{value} {word} pounds")
    assert (signed.value, signed.unit, signed.key()) == (spelled.value, "£", spelled.key())
    assert signed.agrees(spelled)


_WORDS = ["a", "one", "half", "dozen", "dozens", "of", "and", "March", "May", "Tuesday",
          "2", "13", "2026", "4,200", "4.2", "£", "$", "GBP", "m", "bn", "%", "pc", "homes",
          "pounds", "about", "more than", "thousands", "tens"]  # fmt: skip
_GAPS = [" ", "", "/", "-", ",", ".", ", "]


@settings(max_examples=500)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=8))
@example([("Tuesday", " "), ("2", "/"), ("13", "/"), ("2026", "")])
@example([("£", ""), ("4.2", ""), ("bn", " "), ("pounds", "")])
@example([("a", " "), ("half", " "), ("dozen", "")])
def test_reading_only_where_a_figure_can_start_finds_what_a_full_scan_finds(
    words: list[tuple[str, str]],
) -> None:
    text = fold_text("".join(word + gap for word, gap in words))
    found = quantities.__wrapped__(text)
    scan: list[re.Match[str]] = list(quantities_module._TOKEN.finditer(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quantities_module, "_matches", lambda _: scan)
        assert found == quantities.__wrapped__(text)
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


def test_a_number_word_after_a_is_that_number() -> None:
    """ "a seven-year sentence" is seven years, not one and seven."""
    [sentence] = quantities("served four years of a seven-year sentence")[1:]
    assert (sentence.value, sentence.unit, sentence.text) == (7.0, "year", "a seven")
    assert [q.value for q in quantities("an eight-hour shift")] == [8.0]
    assert [q.value for q in quantities("a hundred and eighty")] == [180.0]


def test_a_two_digit_year_is_read_as_strptime_reads_it() -> None:
    assert [one(f"on 2/5/{yy}").year for yy in ("26", "69", "70", "99")] == [2026, 2069, 1970, 1999]
