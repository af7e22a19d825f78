"""Numbers and dates in text, so that "45 million" never matches "54 million"."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from factcheck.text.quantities import MONTHS

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|(?<![\w])\d+(?:\.\d+)?(?![\w])")
_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "twenty": "20", "fifty": "50",
    "hundred": "100", "thousand": "1000",
}  # fmt: skip
_WORD = re.compile(r"\b(" + "|".join(_WORDS) + r")\b", re.IGNORECASE)
_MONTHS = MONTHS
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.I
)


@lru_cache(maxsize=262144)
def number_set(text: str) -> frozenset[str]:
    """The distinct numbers of `text`."""
    return frozenset(key for key, _ in _numbers(text))


@lru_cache(maxsize=65536)
def _numbers(text: str) -> tuple[tuple[str, int], ...]:
    """The numbers of `text`, normalised ("1,200" → "1200", "ten" → "10"), with months.

    Months count as numbers too ("m12" for December), so that a claim dated March
    does not match a sentence dated May.
    """
    found: Counter[str] = Counter()
    for year, month, day in _ISO_DATE.findall(text):
        found[year] += 1
        found[f"m{int(month)}"] += 1
        found[str(int(day))] += 1
    text = _ISO_DATE.sub(" ", text)
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        found[value.lstrip("0") or "0"] += 1
    for match in _WORD.finditer(text):
        found[_WORDS[match.group().lower()]] += 1
    for match in _MONTH_WORD.finditer(text):
        word = match.group(1).lower()
        # "may" is a month only when a number stands beside it ("May 4", "4 May 2025").
        if word == "may" and not re.search(
            r"\d", text[max(0, match.start() - 4) : match.end() + 5]
        ):
            continue
        found[f"m{_MONTHS[word]}"] += 1
    return tuple(sorted(found.items()))
