"""Amounts, years and dates in text, read as values with what they count and where they stand.

"4,200 homes", "4.2 thousand homes" and "four thousand two hundred homes" are one
amount; "2.4 million" is 2,400,000, "a hundred and eighty million" 180,000,000,
"two-thirds" 0.667, "one in five" 0.2, "six hours" 6 of hours. Each amount keeps
its offsets in the text (to locate a finding on it) and its unit, the word it
counts ("homes", "hours", "%", "$"), so that two amounts are compared only when
they count the same thing.

Written by hand rather than with a number-words package: the packages that read
"a hundred and eighty million" (text2num, number-parser) rewrite the text and
give no offsets, and offsets are what a finding is located by.
"""

from __future__ import annotations

import dataclasses
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
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
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

_NUMBER_WORD = "|".join(sorted([*_UNITS, *_SCALES, "a", "an"], key=len, reverse=True))
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER_WORD_NOT_A = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
_FRACTION = "|".join(_FRACTIONS)
_TOKEN = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<md>\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,\d)(?:,?\s+(?P<mdy>\d{{4}})\b)?)"
    rf"|(?P<dm>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+(?P<dmy>\d{{4}})\b)?)"
    rf"|(?P<ratio>\b(?:{_NUMBER_WORD}|\d+)\s+(?:in|out\s+of)\s+(?:{_NUMBER_WORD}|\d+)\b)"
    rf"|(?P<fraction>\b(?:{_NUMBER_WORD})[\s-](?:{_FRACTION})\b)"
    rf"|(?P<figure>(?:(?P<currency>[$£€])\s?)?(?<![\w.,])(?<![A-Za-z]-)(?:{_FIGURE})(?![\w]|[.,]\d)"
    rf"(?:\s?(?P<pct>%|per\s?cent|percent)|[\s-]?(?P<scale>{'|'.join(_SCALES)}|{'|'.join(_SHORT_SCALES)})\b)?)"
    rf"|(?P<words>\b(?:{_NUMBER_WORD})(?:(?:[\s-]|\s+and\s+)(?:{_NUMBER_WORD}))*\b)",
    re.IGNORECASE,
)
_STARTS = re.compile(
    rf"[$£€]|(?<!\w)\d|\b(?:{_MONTH}|{_NUMBER_WORD_NOT_A})\b"
    rf"|\ban?\b(?=\s+(?:in|out)\b|(?:[\s-]|\s+and\s+)(?:{_NUMBER_WORD}|{_FRACTION})\b)",
    re.IGNORECASE,
)
"""Every place an amount, a year or a date can start (a superset: `_TOKEN` decides).
Not a digit inside a word or a number (no pattern of `_TOKEN` starts there), nor "a"
or "an" unless a number word, a fraction or "in" follows: on their own they are no
amount, and trying the pattern at each of them was a quarter of the time amounts took."""
_NEXT_WORD = re.compile(r"[\s-]*(?:of\s+)?([A-Za-z%][A-Za-z%'’]*)")
_UNIT_SKIP = frozenset(["more", "than", "the", "a", "an", "of", "some", "about", "nearly", "over", "new", "other", "additional", "more", "people's"])  # fmt: skip
_LEAD = re.compile(
    r"\b(within|for|after|in|by|over|on|at|since|until|before|under|about|of|to|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset([*_UNITS, *_SCALES, *_FRACTIONS, *MONTHS])
_WEAK = frozenset(["a", "an", "one"])


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount, a year or a date found in text."""

    kind: str
    """"amount", "year" or "date"."""
    value: int | float | tuple[int, int]
    """The amount; the year; (month, day) for a date."""
    unit: str | None
    """The stem of the word it counts ("home", "hour"), "%" or a currency sign."""
    start: int
    end: int
    text: str
    """As written: "4,300", "six", "March 19"."""
    weak: bool = False
    """"one" or "a" on their own ("one day", "a man"): rarely a figure anyone checks."""
    lead: str | None = None
    """The preposition before it ("within", "for", "on"): "for 12 hours" of work and
    "within six hours" of an outage are not the same quantity."""

    def key(self) -> str:
        """A term for the matcher's index: the same for every way of writing it."""
        if self.kind == "date":
            month, day = self.value  # type: ignore[misc]
            return f"#d{month}-{day}"
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


def _plain(value: float) -> str:
    return f"{value:.6g}" if value != int(value) else str(int(value))


@lru_cache(maxsize=65536)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Every amount, year and date of `text`, in order."""
    if not _DIGIT.search(text) and _NUMBER_WORDS.isdisjoint(_LETTERS.findall(text.lower())):
        return ()  # most statements: no figure to read, and the full pattern is slow
    found: list[Quantity] = []
    for match in _matches(text):
        quantity = _read(match, text)
        if quantity is None:
            continue
        lead = _LEAD.search(text, 0, quantity.start)
        if lead is not None:
            quantity = dataclasses.replace(quantity, lead=lead.group(1).lower())
        found.append(quantity)
        if quantity.kind == "date":  # "9 March 2026" holds a year as well as a day
            year = re.search(r"\b\d{4}\b", match.group())
            if year is not None:
                at = match.start() + year.start()
                found.append(Quantity("year", int(year.group()), None, at, at + 4, year.group()))
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


def _read(match: re.Match[str], text: str) -> Quantity | None:
    kind = match.lastgroup
    start, end = match.span()
    written = match.group()
    groups = match.groupdict()
    if groups["iso"]:
        _, month, day = (int(part) for part in written.split("-"))
        return Quantity("date", (month, day), None, start, end, written)
    if groups["md"] or groups["dm"]:
        words = re.findall(r"[A-Za-z]+|\d+", written)
        month = next(MONTHS[w.lower()] for w in words if w.lower() in MONTHS)
        day = int(next(w for w in words if w.isdigit()))
        if not 1 <= day <= 31:
            return None
        return Quantity("date", (month, day), None, start, end, written)
    if groups["ratio"]:
        parts = re.split(r"\s+(?:in|out\s+of)\s+", written, flags=re.IGNORECASE)
        top, bottom = _word_value(parts[0]), _word_value(parts[1])
        if not top or not bottom:
            return None
        return Quantity("amount", round(top / bottom, 4), "ratio", start, end, written)
    if groups["fraction"]:
        number, part = re.split(r"[\s-]", written, maxsplit=1)
        top = _word_value(number)
        if top is None:
            return None
        return Quantity(
            "amount", round(top / _FRACTIONS[part.lower()], 4), "ratio", start, end, written
        )
    if groups["figure"]:
        return _figure(match, text)
    if kind == "words":
        value = _word_value(written)
        if value is None or written.lower() in ("a", "an"):
            return None
        weak = written.lower() in _WEAK
        return Quantity("amount", value, _unit_after(text, end), start, end, written, weak)
    return None


def _figure(match: re.Match[str], text: str) -> Quantity | None:
    start, end = match.span()
    written = match.group().strip()
    number = re.search(_FIGURE, written)
    if number is None:
        return None
    digits = number.group().replace(",", "")
    value = float(digits)
    scale = match.group("scale")
    if scale:
        value *= _SCALES.get(scale.lower()) or _SHORT_SCALES[scale.lower()]
    if match.group("pct"):
        return Quantity("amount", value, "%", start, end, written)
    if match.group("currency"):
        return Quantity("amount", value, match.group("currency"), start, end, written)
    plain = not scale and "." not in digits and "," not in number.group()
    if plain and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return Quantity("year", int(digits), None, start, end, written)
    return Quantity("amount", value, _unit_after(text, end), start, end, written)


def _word_value(words: str) -> float | None:
    """ "a hundred and eighty million" → 180000000; "twenty-one" → 21; "a" → 1."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        elif word.replace(".", "", 1).isdigit():
            current += float(word)
        else:
            return None
        seen = True
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
