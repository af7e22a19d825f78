"""Split article text into sentences, the way news prose needs.

Rules rather than a model: a sentence ends at `.`, `!`, `?` or `…` (with any
closing quotes or brackets) followed by space and a word that does not start in
lower case, unless the period ends an abbreviation ("U.S.", "Dr.", "Jan."), an
initial ("J. Smith") or a number ("No. 5"). Decimals ("1.2 million") never split
because no space follows their point. A missing space after a period between
two words ("rights.Bialiatski") is still a boundary.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "no", "nos", "vol", "pp", "ch", "fig", "art", "sec", "para", "est", "approx", "dept", "univ", "inc", "ltd", "co", "corp", "bros", "plc", "vs", "etc", "al", "e.g", "i.e", "cf", "ca", "a.m", "p.m"]
)  # fmt: skip

# Abbreviations that often end a sentence too ("… in the U.S. The talks …"): they
# end one when the next word is a typical sentence opener.
_MAY_END = frozenset(["etc", "inc", "ltd", "co", "corp", "plc", "bros", "jr", "sr", "a.m", "p.m"])
_OPENERS = frozenset(
    ["the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there", "in", "on", "at", "after", "before", "but", "and", "however", "meanwhile", "his", "her", "its", "their", "our", "mr", "mrs", "ms", "dr"]
)  # fmt: skip

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans `(start, end)` of the sentences of `text`, without surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end >= len(text):
            break
        next_word = text[end : end + 12].split(" ", 1)[0].lower()
        before = text[start : match.start() + 1]
        if text[end].islower() or not _ends_sentence(before, match.group(), next_word):
            continue
        spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return [span for span in spans if span[1] > span[0]]


def _ends_sentence(before: str, punctuation: str, next_word: str) -> bool:
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    match = _LAST_WORD.search(before)
    if match is None:
        return True
    word = match.group(1).lstrip("(\"'“‘")
    if word.lower() in _MAY_END or _DOTTED.match(word):
        return next_word in _OPENERS
    if word.lower() in ABBREVIATIONS:
        return False
    return not (len(word) == 1 and word.isupper())  # an initial: "J. Smith"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
