"""Amounts, years and dates in text, read as values with what they count and where they stand.

"4,200 homes", "4.2 thousand homes" and "four thousand two hundred homes" are one
amount; "2.4 million" and "2.4m" are 2,400,000, "a hundred and eighty million"
180,000,000, "a dozen" 12, "two-thirds" 0.667, "half of" 0.5, "one in five" 0.2,
"six hours" 6 of hours. Each amount keeps its offsets in the text (to locate a
finding on it) and its unit, the word it counts ("homes", "hours", "%", "£"), so
that two amounts are compared only when they count the same thing. A currency is
one unit however it is written: "£12m", "12 million pounds" and "GBP 12 million"
all count "£" ("$" for dollars and USD, "€" for euros and EUR), as "per cent",
"percent", "pc" and "%" all count "%".

Dates are read in every common form: "2 May 2026", "May 2, 2026", "2nd May",
"Tuesday 2 May", "2026-05-02" and "2/5/2026" (day or month first, as the desk's
locale says: `quantities(text, day_first=False)` for US usage); a month with its
year ("March 2024") is one quantity of kind "month". A date or month written with
its year gives the year as a quantity of its own too.

The words that round a figure ("about 4,200", "more than 4,000", "nearly 600",
"4,000 or more") are kept as its `hedge`, with the range of values the wording
admits (`low`, `high`); vague amounts ("dozens", "thousands of") are weak, with a
range. `Quantity.agrees` tells whether two figures can be the same.

Written by hand rather than with a number-words package: the packages that read
"a hundred and eighty million" (text2num, number-parser) rewrite the text and
give no offsets, and offsets are what a finding is located by.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.text.words import stem

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "tenth": 10, "tenths": 10,
}  # fmt: skip
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
_VAGUE = {"dozens": (24.0, 1e3), "tens": (20.0, 100.0), "hundreds": (200.0, 1e5),
          "thousands": (2e3, 1e6), "millions": (2e6, 1e9), "billions": (2e9, 1e12)}  # fmt: skip
"""Plural amounts nobody counted, and the range each admits ("thousands": 2,000 and up,
short of a million); "tens" only as "tens of thousands" (of millions, of billions)."""
_VAGUE_OF = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
_CURRENCIES = {
    "£": "£", "pound": "£", "pounds": "£", "sterling": "£", "quid": "£", "gbp": "£",
    "$": "$", "dollar": "$", "dollars": "$", "usd": "$",
    "€": "€", "euro": "€", "euros": "€", "eur": "€",
}  # fmt: skip
"""Every way of writing a currency → the one unit it counts."""


def _trie(words: list[str]) -> str:
    """An alternation of `words` that shares their prefixes ("ma(?:rch|y)"): a regular
    expression tries it at each word several times faster than the plain list."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(char) + alternation(rest) for char, rest in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        if "" in node:
            return f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return alternation(tree)


_NUMBER_WORD = "|".join(sorted([*_UNITS, *_SCALES, "dozen", "a", "an"], key=len, reverse=True))
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_NUMBER_WORD_NOT_A = "|".join(sorted([*_UNITS, *_SCALES, "dozen"], key=len, reverse=True))
_FRACTION = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
_SCALE = "|".join(_SCALES)
_SHORT = "|".join(sorted(_SHORT_SCALES, key=len, reverse=True))
_CODE = "gbp|usd|eur"
_NUMERIC_DATE = (
    r"\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2}-\d{1,2}-\d{4}"
)
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b"
_MONTH_DAY = rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,\d)"
_TOKEN = re.compile(
    rf"(?P<weekday>\b(?:{_WEEKDAY})\b\.?,?\s+(?:the\s+)?"
    rf"(?=(?:{_NUMERIC_DATE})\b(?![/.-]?\d)|{_DAY_MONTH}|{_MONTH_DAY}))?"
    rf"(?:(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<numeric>\b(?:{_NUMERIC_DATE})\b(?![/.-]?\d))"
    rf"|(?P<md>\b{_MONTH_DAY}(?:,?\s+(?P<mdy>\d{{4}})\b)?)"
    rf"|(?P<dm>\b{_DAY_MONTH}\.?(?:,?\s+(?P<dmy>\d{{4}})\b)?)"
    rf"|(?P<my>\b(?:{_MONTH})\.?,?\s+(?:of\s+)?(?P<myy>(?:1[89]|20)\d\d)\b(?![.,]\d))"
    rf"|(?P<ratio>\b(?:{_NUMBER_WORD}|\d+)\s+(?:in|out\s+of)\s+(?:{_NUMBER_WORD}|\d+)\b)"
    rf"|(?P<fraction>\b(?:{_NUMBER_WORD})[\s-](?:{_FRACTION})\b"
    rf"(?P<fractionof>\s+of\s+an?\s+(?:dozen|{_SCALE})\b)?)"
    rf"|(?P<halfscale>\bhalf\s+an?\s+(?:dozen|{_SCALE})\b)"
    rf"|(?P<half>\bhalf\b(?=\s+(?:of|the|its|their|his|her|our|all|those|these|them)\b"
    rf"|\s*(?:[.,;:!?)]|$)))"
    rf"|(?P<vague>\b(?:dozens|tens|hundreds|thousands|millions|billions)"
    rf"(?:\s+of\s+(?:thousands|millions|billions))?\b)"
    rf"|(?P<figure>(?:(?P<currency>[$£€])\s?|\b(?P<code>{_CODE})\s?)?(?<![\w.,])(?<![A-Za-z]-)"
    rf"(?:{_FIGURE})(?:(?P<tight>{_SHORT}|pc)(?!\w)|(?![\w]|[.,]\d)"
    rf"(?:\s?(?P<pct>%|per\s?cent|percent|pc\b)|[\s-]?(?P<scale>{_SCALE}|{_SHORT})\b)?))"
    rf"|(?P<words>\b(?:{_NUMBER_WORD})(?:(?:[\s-]|\s+and\s+)(?!an?\s+half\b)(?:{_NUMBER_WORD}))*"
    rf"(?:\s+and\s+an?\s+half\b(?:[\s-](?:dozen|{_SCALE})\b)?)?\b))",
    re.IGNORECASE,
)
_STARTS = re.compile(
    rf"[$£€]|(?<!\w)\d|\b(?=[a-z])(?:{_trie([*MONTHS, *_UNITS, *_SCALES, *_WEEKDAYS, *_VAGUE])}\b"
    rf"|(?:dozen|half|gbp|usd|eur)\b"
    rf"|an?\b(?=\s+(?:in|out)\b|(?:[\s-]|\s+and\s+)(?:{_NUMBER_WORD}|{_FRACTION})\b))",
    re.IGNORECASE,
)
"""Every place an amount, a year or a date can start (a superset: `_TOKEN` decides): a
digit, a currency sign or code, a month, a weekday, a number word. Not a digit inside a
word or a number (no pattern of `_TOKEN` starts there), nor "a" or "an" unless a number
word, a fraction or "in" follows: on their own they are no amount, and trying the
pattern at each of them would cost more than all the amounts found. The words are one
alternation sharing their prefixes (`_trie`), which a regex tries at a word in one step
where a plain list of them is tried word by word."""
_NEXT_WORD = re.compile(r"[\s-]*(?:of\s+)?([A-Za-z%][A-Za-z%'’]*)")
_UNIT_SKIP = frozenset(["more", "than", "the", "a", "an", "of", "some", "about", "nearly", "over", "new", "other", "additional", "more", "people's"])  # fmt: skip
_LEAD = re.compile(
    r"\b(within|for|after|in|by|over|on|at|since|until|before|under|about|of|to|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"[\s-]?(?:of\s+)?(pounds?\s+sterling|pounds?|sterling|quid|dollars?|euros?|gbp|usd|eur)\b",
    re.IGNORECASE,
)
_HEDGES = {
    "about": "~", "around": "~", "some": "~", "roughly": "~", "approximately": "~",
    "approx.": "~", "approx": "~", "circa": "~", "c.": "~", "close to": "~",
    "an estimated": "~", "estimated": "~", "estimated at": "~", "more or less": "~",
    "nearly": "<~", "almost": "<~", "just under": "<~", "just below": "<~",
    "just short of": "<~", "not quite": "<~",
    "just over": "~>", "just above": "~>", "just more than": "~>", "slightly more than": "~>",
    "a little over": "~>", "a little more than": "~>",
    "more than": ">=", "over": ">=", "at least": ">=", "above": ">=", "upwards of": ">=",
    "in excess of": ">=", "no fewer than": ">=", "no less than": ">=", "not less than": ">=",
    "well over": ">=", "well above": ">=", "well more than": ">=",
    "fewer than": "<=", "less than": "<=", "under": "<=", "below": "<=", "up to": "<=",
    "as many as": "<=", "as much as": "<=", "no more than": "<=", "not more than": "<=",
    "at most": "<=", "well under": "<=", "well below": "<=",
}  # fmt: skip
"""Words before a figure that round it, and what they admit: "~" either side (by half
its last significant digit), "<~" up to it from below, "~>" a little above it, ">=" it
or more, "<=" it or fewer."""
_HEDGE_BEFORE = re.compile(
    r"(?<![\w.])("
    + "|".join(
        r"\s+".join(map(re.escape, h.split())) for h in sorted(_HEDGES, key=len, reverse=True)
    )
    + r")\s+$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"\+|-plus\b|\s+or\s+(more|so|fewer|less)\b", re.IGNORECASE)
_AFTER_HEDGES = {"+": ">=", "-plus": ">=", "more": ">=", "so": "~", "fewer": "<=", "less": "<="}
_FRACTION_NEXT = re.compile(
    r"\s*(?:$|[^\w\s-]|(?:of|in|by|on|from|to|since|than|and|or|over|last|this|the|a|an|was"
    r"|is|were|are|has|had|have|more|less|fewer)\b)",
    re.IGNORECASE,
)
"""What may follow "a third", "one quarter" for it to be a fraction rather than an ordinal
("a third of voters", "cut by a fifth." but not "a third time", "a quarter-final")."""
_NOT_HALF = re.compile(
    r"(?:\b(?:first|second|latter|former|other|the|a|an|last|next|each|this|that)\s+|-)$",
    re.IGNORECASE,
)
"""Before "half" when it is a part of something, not half of an amount ("the second half")."""
_METRES = re.compile(
    r"[\s-]*(?:high|tall|long|deep|wide|across|away|above|below|sprint|race|final|freestyle"
    r"|hurdles|relay|wall|tower|drop)\b",
    re.IGNORECASE,
)
"""After "15m" when it measures metres, not millions ("a 15m wall", "the 100m final")."""
_SCALED = re.compile(
    rf"(?:\d|\b)(?:{_SCALE}|{_SHORT}|dozen|hundreds|thousands|millions|billions)\b", re.I
)
_WEIGHT = re.compile(r"\b(?:weigh\w*|heav\w*|lbs?)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset([*_UNITS, *_SCALES, *_FRACTIONS, *MONTHS, *_VAGUE, "dozen"])
_WEAK = frozenset(["a", "an", "one"])


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount, a year, a month or a date found in text."""

    kind: str
    """"amount", "year", "month" or "date"."""
    value: int | float | tuple[int | None, int]
    """The amount; the year; (year, month) for a month, (None, month) for a month named
    without its year; (month, day) for a date."""
    unit: str | None
    """The stem of the word it counts ("home", "hour"), "%" or a currency sign (£, $, €)."""
    start: int
    end: int
    text: str
    """As written: "4,300", "six", "March 19", "£12m", "12 million pounds"."""
    weak: bool = False
    """"one" or "a" on their own ("one day", "a man"), or a vague amount ("dozens"):
    rarely a figure anyone checks."""
    lead: str | None = None
    """The preposition before it ("within", "for", "on"), before its hedge if it has one:
    "for 12 hours" of work and "within about six hours" of an outage are not the same
    quantity."""
    hedge: str | None = None
    """The words that round it, as written: "about", "more than", "or more"."""
    low: float | None = None
    high: float | None = None
    """The range of values its wording admits when it is not exact ("about 4,200":
    4,150 to 4,250; "more than 4,000": 4,000 and up); None for an exact figure."""
    year: int | None = None
    """A date's year when it is written with one ("2 May 2026")."""

    def key(self) -> str:
        """A term for the matcher's index: the same for every way of writing it."""
        if self.kind == "date":
            month, day = self.value  # type: ignore[misc]
            return f"#d{month}-{day}"
        if self.kind == "month":
            year, month = self.value  # type: ignore[misc]
            return f"#m{month}" if year is None else f"#m{year}-{month}"
        if self.kind == "year":
            return f"#y{self.value}"
        return f"#{_plain(float(self.value))}"  # type: ignore[arg-type]

    def same_kind(self, other: Quantity) -> bool:
        """Whether the two are figures of one kind of thing (days, homes, dates)."""
        if self.kind != other.kind:
            return False
        return self.kind != "amount" or self.unit == other.unit

    def same_role(self, other: Quantity) -> bool:
        """Whether the two also play one role: "within 12 hours" and "within six hours"
        do; "for 12 hours" (of work) and "within six hours" (of an outage) need not."""
        return self.same_kind(other) and (
            not self.lead or not other.lead or self.lead == other.lead
        )

    def admits(self) -> tuple[float, float]:
        """The lowest and highest value an amount's wording admits: its value twice
        when it is exact."""
        value = float(self.value)  # type: ignore[arg-type]
        return (
            value if self.low is None else self.low,
            value if self.high is None else self.high,
        )

    def agrees(self, claimed: Quantity) -> bool:
        """Whether this figure and the `claimed` one can be the same, as written.

        Amounts of one unit agree when the ranges their wordings admit meet: "about
        4,200" (4,150 to 4,250: half its last significant digit either side) agrees with
        4,187, "more than 4,000" with 4,187, "nearly 600" (550 to 600) with 590 and not
        650; "4,300" and "4,200", both exact, do not. Dates agree when their day and
        month are the same and their years do not differ (a date without a year agrees
        with the same day in any year); a month or a year agrees with a date or a month
        within it; anything else only with the same value of the same kind.
        """
        if self.kind == "amount" or claimed.kind == "amount":
            if not self.same_kind(claimed):
                return False
            low, high = self.admits()
            other_low, other_high = claimed.admits()
            return _at_most(low, other_high) and _at_most(other_low, high)
        mine, theirs = self._calendar(), claimed._calendar()
        return all(a is None or b is None or a == b for a, b in zip(mine, theirs, strict=True))

    def _calendar(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), each None when not said."""
        if self.kind == "date":
            month, day = self.value  # type: ignore[misc]
            return self.year, month, day
        if self.kind == "month":
            year, month = self.value  # type: ignore[misc]
            return year, month, None
        return int(self.value), None, None  # type: ignore[arg-type]


def _at_most(first: float, second: float) -> bool:
    return first <= second or math.isclose(first, second, rel_tol=1e-9, abs_tol=1e-9)


def _plain(value: float) -> str:
    return f"{value:.6g}" if value != int(value) else str(int(value))


def step(value: float) -> float:
    """The place of a figure's last significant digit: 4,200 → 100, 4,187 → 1,
    12,000,000 → 1,000,000, 4.25 → 0.01. How precisely it was written."""
    value = abs(value)
    if value == 0 or math.isinf(value):
        return 1.0
    if value == int(value):
        whole, place = int(value), 1
        while whole % (place * 10) == 0:
            place *= 10
        return float(place)
    decimals = f"{value:.6f}".rstrip("0").split(".")[1]
    return 10.0 ** -len(decimals)


def admitted(value: float, hedge: str) -> tuple[float, float]:
    """The range a figure admits when written with `hedge` ("about", "more than", "+")."""
    how = _HEDGES.get(" ".join(hedge.lower().split())) or _AFTER_HEDGES.get(hedge.lower(), "~")
    half = step(value) / 2
    if how == "~":
        return value - half, value + half
    if how == "<~":
        return value - half, value
    if how == "~>":
        return value, value + half
    if how == ">=":
        return value, math.inf
    return -math.inf, value


@lru_cache(maxsize=65536)
def quantities(text: str, *, day_first: bool = True) -> tuple[Quantity, ...]:
    """Every amount, year, month and date of `text`, in order.

    `day_first` reads a numeric date as British usage does ("2/5/2026" is 2 May);
    False reads it month first, as in the US (2 February). A date that can be read
    only one way ("5/13/2026") is read that way.
    """
    if not _DIGIT.search(text) and _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower())):
        return ()  # most statements: no figure to read, and the full pattern is slow
    found: list[Quantity] = []
    for match in _matches(text):
        found.extend(_read(match, text, day_first))
    return tuple(found)


def _matches(text: str) -> list[re.Match[str]]:
    """What `_TOKEN.finditer` finds, tried only where an amount can start (a digit, a
    currency sign, a month or a number word): the same matches, several times faster,
    since most positions of a sentence start none of them."""
    found: list[re.Match[str]] = []
    end = 0
    for start in _STARTS.finditer(text):
        if start.start() < end:
            continue
        match = _TOKEN.match(text, start.start())
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _read(match: re.Match[str], text: str, day_first: bool) -> list[Quantity]:
    """The quantities of one match: none, one, or a date (or month) and its year."""
    groups = match.groupdict()
    if groups["iso"] or groups["numeric"] or groups["md"] or groups["dm"] or groups["my"]:
        return _date(match, day_first)
    quantity = _amount(match, text)
    if quantity is None:
        return []
    return [_placed(quantity, text)]


def _date(match: re.Match[str], day_first: bool) -> list[Quantity]:
    start, end = match.span()
    written = match.group()
    groups = match.groupdict()
    numbers = [(int(n.group()), n.start(), n.end()) for n in _DIGITS.finditer(written)]
    year: tuple[int, int, int] | None = None  # (year, start, end) within `written`
    day = 0
    if groups["iso"] or (groups["numeric"] and numbers[0][2] - numbers[0][1] == 4):
        year, (month, _, _), (day, _, _) = numbers
    elif groups["numeric"]:
        first, second, year = numbers[0][0], numbers[1][0], numbers[2]
        if year[2] - year[1] == 2:  # "2/5/26": 1970-2069, as strptime reads "%y"
            year = (year[0] + (2000 if year[0] < 70 else 1900), year[1], year[2])
        day, month = (first, second) if day_first else (second, first)
        if month > 12 >= day:  # "13/5/2026" or "5/13/2026": only one reading
            day, month = month, day
    else:
        name = next(w for w in _LETTERS.findall(written.lower()) if w in MONTHS)
        month = MONTHS[name]
        for number in numbers:
            if number[2] - number[1] == 4:
                year = number
            else:
                day = number[0]
    if not 1 <= month <= 12:
        return []
    year_value = year[0] if year is not None else None
    if groups["my"]:
        assert year_value is not None
        found = Quantity("month", (year_value, month), None, start, end, written)
    else:
        last = calendar.monthrange(year_value or 2000, month)[1]  # 2000: 29 February exists
        if not 1 <= day <= last:
            return []
        found = Quantity("date", (month, day), None, start, end, written, year=year_value)
    found = _with_lead(found, match.string, start)
    if year is None or year[2] - year[1] != 4:
        return [found]  # no year, or two digits of it ("2/5/26"): the date holds it
    at = start + year[1]
    return [found, Quantity("year", year[0], None, at, at + 4, written[year[1] : year[2]])]


def _amount(match: re.Match[str], text: str) -> Quantity | None:
    start, end = match.span()
    written = match.group()
    groups = match.groupdict()
    if groups["ratio"]:
        parts = re.split(r"\s+(?:in|out\s+of)\s+", written, flags=re.IGNORECASE)
        top, bottom = _word_value(parts[0]), _word_value(parts[1])
        if not top or not bottom:
            return None
        return Quantity("amount", round(top / bottom, 4), "ratio", start, end, written)
    if groups["fraction"]:
        number, part = re.split(r"[\s-]", written, maxsplit=1)
        part = part.split()[0]
        top = _word_value(number)
        if top is None:
            return None
        if groups["fractionof"]:  # "a quarter of a million", "three quarters of a dozen"
            value = top / _FRACTIONS[part.lower()] * (_word_value(written.split()[-1]) or 1)
            return _counted(Quantity("amount", value, None, start, end, written), text)
        singular = not part.lower().endswith("s") and part.lower() != "half"
        joined = written[len(number)] == "-"
        if singular and not joined and not _FRACTION_NEXT.match(text, end):
            return None  # "a third time": an ordinal
        return Quantity(
            "amount", round(top / _FRACTIONS[part.lower()], 4), "ratio", start, end, written
        )
    if groups["half"]:
        if _NOT_HALF.search(text, max(0, start - 12), start):
            return None
        return Quantity("amount", 0.5, "ratio", start, end, written)
    if groups["halfscale"]:
        scale = written.split()[-1].lower()
        value = (12 if scale == "dozen" else _SCALES[scale]) / 2
        return _counted(Quantity("amount", value, None, start, end, written), text)
    if groups["vague"]:
        words = written.lower().split()
        if words[0] == "tens" and len(words) == 1:
            return None
        low, high = _VAGUE[words[0]]
        times = _VAGUE_OF[words[-1]] if len(words) > 1 else 1
        low, high = low * times, high * times
        quantity = Quantity("amount", low, None, start, end, written, True, low=low, high=high)
        return _counted(quantity, text)
    if groups["figure"]:
        return _figure(match, text)
    if groups["words"]:
        number = _word_value(written)
        if number is None or written.lower() in ("a", "an"):
            return None
        weak = written.lower() in _WEAK
        return _counted(Quantity("amount", number, None, start, end, written, weak), text)
    return None


def _figure(match: re.Match[str], text: str) -> Quantity | None:
    start, end = match.span()
    written = match.group().strip()
    number = re.search(_FIGURE, written)
    if number is None:
        return None
    digits = number.group().replace(",", "")
    value = float(digits)
    sign = match.group("currency") or match.group("code")
    currency = _CURRENCIES[sign.lower()] if sign else None
    tight = (match.group("tight") or "").lower()
    if tight in ("b", "m") and not currency:
        if tight == "b":
            return None  # "3b" is a flat or a clause more often than three billion
        if _METRES.match(text, end):  # "a 15m wall": metres
            return _counted(Quantity("amount", value, "m", start, end, written), text)
    scale = (match.group("scale") or "").lower() or (tight if tight != "pc" else "")
    if scale:
        value *= _SCALES.get(scale) or _SHORT_SCALES[scale]
    if match.group("pct") or tight == "pc":
        return _counted(Quantity("amount", value, "%", start, end, written), text)
    if currency:
        return _counted(Quantity("amount", value, currency, start, end, written), text)
    plain = not scale and "." not in digits and "," not in number.group()
    if plain and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return _with_lead(Quantity("year", int(digits), None, start, end, written), text, start)
    return _counted(Quantity("amount", value, None, start, end, written), text)


def _counted(quantity: Quantity, text: str) -> Quantity:
    """`quantity` with the hedge written after it ("4,000 or more") and what it counts:
    a currency written after it ("12 million pounds") joins its text."""
    position = quantity.end
    hedge = _HEDGE_AFTER.match(text, position)
    if hedge is not None and quantity.low is None:
        word = (hedge.group(1) or hedge.group()).lower()
        low, high = admitted(float(quantity.value), word)  # type: ignore[arg-type]
        quantity = dataclasses.replace(quantity, hedge=hedge.group().strip(), low=low, high=high)
        position = hedge.end()
    if quantity.unit is not None:
        return quantity
    currency = _CURRENCY_AFTER.match(text, position)
    if currency is not None and not _weighs(quantity, currency, text):
        unit = _CURRENCIES[currency.group(1).lower().split()[0]]
        if hedge is None:  # "12 million pounds" is written as one
            end = currency.end()
            return dataclasses.replace(
                quantity, unit=unit, end=end, text=text[quantity.start : end]
            )
        return dataclasses.replace(quantity, unit=unit)
    return dataclasses.replace(quantity, unit=_unit_after(text, position))


def _weighs(quantity: Quantity, currency: re.Match[str], text: str) -> bool:
    """Whether "pounds" after an amount weighs rather than pays: "a 450-pound bear",
    "300 pounds of beef", "weighed 280 pounds". An amount with a scale ("12 million
    pounds", "thousands of pounds") or "sterling" is money."""
    word = currency.group(1).lower()
    if not word.startswith("pound") or "sterling" in word:
        return False
    if _SCALED.search(quantity.text):
        return False
    return (
        currency.group().startswith("-")
        or text.startswith(" of ", currency.end())
        or _WEIGHT.search(text, max(0, quantity.start - 40), quantity.start) is not None
    )


def _placed(quantity: Quantity, text: str) -> Quantity:
    """An amount with the hedge written before it ("about", "more than") and the
    preposition before both ("within about six hours")."""
    if quantity.kind != "amount":
        return quantity
    before = _HEDGE_BEFORE.search(text, max(0, quantity.start - 24), quantity.start)
    if before is None:
        return _with_lead(quantity, text, quantity.start)
    hedge = " ".join(before.group(1).lower().split())
    low, high = admitted(float(quantity.value), hedge)  # type: ignore[arg-type]
    if quantity.low is not None:  # "about 4,000 or more", "nearly dozens": the wider
        low, high = min(low, quantity.low), max(high, quantity.high or high)
    quantity = dataclasses.replace(quantity, hedge=hedge, low=low, high=high)
    return _with_lead(quantity, text, before.start())


def _with_lead(quantity: Quantity, text: str, before: int) -> Quantity:
    lead = _LEAD.search(text, max(0, before - 24), before)
    return quantity if lead is None else dataclasses.replace(quantity, lead=lead.group(1).lower())


def _word_value(words: str) -> float | None:
    """ "a hundred and eighty million" → 180000000; "twenty-one" → 21; "a" → 1;
    "two dozen" → 24; "two and a half million" → 2500000."""
    total = 0.0
    current = 0.0
    seen = False
    article = False  # the last word was "a": "a seven-year sentence" is seven, not eight
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            article = not current
            current = current or 1
            seen = True
            continue
        if word == "half":  # "two and a half": "a" left the two as it was
            current += 0.5
        elif word in _UNITS:
            current = _UNITS[word] if article else current + _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        elif word.replace(".", "", 1).isdigit():
            current += float(word)
        else:
            return None
        seen = True
        article = False
    return total + current if seen else None


def _unit_after(text: str, end: int) -> str | None:
    """The stem of the word an amount counts: "4,200 homes" → "home"; "12 hours" → "hour"."""
    position = end
    for _ in range(3):
        match = _NEXT_WORD.match(text, position)
        if match is None:
            return None
        word = match.group(1).lower()
        if word not in _UNIT_SKIP:
            if word in ("percent", "per"):
                return "%"
            return stem(word.rstrip("'’s") if word.endswith(("'s", "’s")) else word)
        position = match.end()
    return None
