"""Split article text into sentences, the way a reader sees them.

Rules rather than a model, in one pass over the candidate boundaries: a sentence
ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by
space and a word that does not start in lower case, unless

- the period ends an abbreviation ("Dr.", "Jan.", "p. 55", "N°. 5"), an initial
  ("J. Smith", "Albert I. Jones") or the marker of a list item ("2. The second");
- a dotted abbreviation ("U.S.", "E.U.", "a.m.") is followed by a word that does
  not usually open a sentence;
- the dots are an ellipsis inside a sentence: spaced (". . . what"), in brackets
  ("[...]"), or three dots before a capital when the text uses them as a pause.

A numbered, lettered or bulleted list written on one line ("1.) The first item
2.) The second item", "a. … b. …", "• 9. … • 10. …") splits before each marker
that continues the sequence. A missing space after a period between two words
("rights.Bialiatski") is a boundary, except inside an e-mail address or a URL.
A run of punctuation alone (". . .") is never a sentence: it joins a neighbour.
"""

from __future__ import annotations

import bisect
import re

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "no", "nos", "vol", "pp", "ch", "fig", "art", "sec", "para", "est", "approx", "dept", "univ", "inc", "ltd", "co", "corp", "bros", "plc", "vs", "etc", "al", "e.g", "i.e", "cf", "ca", "a.m", "p.m", "n°", "nr", "op", "ed", "eds", "ft", "hr", "hrs", "min", "max", "mln", "bn", "tel"]
)  # fmt: skip

# Abbreviations that often end a sentence too ("… in the U.S. The talks …"): they
# end one when the next word is a typical sentence opener.
_MAY_END = frozenset(["etc", "inc", "ltd", "co", "corp", "plc", "bros", "jr", "sr", "a.m", "p.m"])
_OPENERS = frozenset(
    ["the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "in", "on", "at", "after", "before", "but", "and", "however", "meanwhile", "his", "her", "its", "their", "our", "my", "your", "mr", "mrs", "ms", "dr", "how", "what", "why", "who", "when", "where", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "if", "so", "yet", "then", "now", "still", "also", "as", "for", "since", "while", "although", "though", "some", "many", "most", "all", "no", "not", "one", "two", "three", "officials", "police"]
)  # fmt: skip

_BOUNDARY = re.compile(r"[.!?…]+(?: \.)*[\"'”’)\]]*\s+|(?<=[a-z]{2})\.(?=[A-Z][a-z])")
_LAST_WORD = re.compile(r"(\S+?)\.$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_SPACED_DOTS = re.compile(r"(?:^|\s)\.(?: \.)+")
_PUNCTUATION_ONLY = re.compile(r"^[\W_]+$")

# List markers written inline: "1.", "1)", "1.)", "a.", "b)", and bullets "•", "⁃".
_MARKER = re.compile(r"(?:(?<=\s)|^)(?:([•⁃▪◦‣-])\s*)?(\d{1,3}|[a-z])(\.\)|\.|\))(?=\s)")
_MARKER_ONLY = re.compile(r"^\s*(?:[•⁃▪◦‣-]\s*)?(?:\d{1,3}|[a-z])(?:\.\)|\.|\))\s*$")
_BULLET = re.compile(r"(?:(?<=\s)|^)[•⁃▪◦‣](?=\s*\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans `(start, end)` of the sentences of `text`, without surrounding space."""
    cuts = _list_cuts(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end >= len(text) or end <= start:
            continue
        # A list marker that continues the sequence opens a sentence of its own.
        before = bisect.bisect_right(cuts, match.start())
        opened = cuts[before - 1] if before else 0
        if _is_boundary(text, max(start, opened), match, end):
            cut = _cut_in_dots(text, match, end)
            spans.append((start, cut))
            start = cut
    spans.append((start, len(text)))
    if cuts:
        spans = _split_at(spans, cuts)
    return _merge_punctuation([_trim(text, s, e) for s, e in spans], text)


def _is_boundary(text: str, start: int, match: re.Match[str], end: int) -> bool:
    if text[end].islower():
        return False
    punctuation = match.group()
    if not punctuation[-1].isspace():  # "rights.Bialiatski", but not "Jane.Doe@example.com"
        token_start = text.rfind(" ", 0, match.start()) + 1
        token_end = text.find(" ", end)
        token = text[token_start : token_end if token_end >= 0 else len(text)]
        return "@" not in token and "/" not in token and "www." not in token
    dots = punctuation.rstrip().rstrip("\"'”’)]")
    if dots.replace(" ", "").strip("."):
        return True  # "!", "?", "…", "?!"
    return _ends_at_dots(text, start, match, dots, text[end])


def _ends_at_dots(text: str, start: int, match: re.Match[str], dots: str, nxt: str) -> bool:
    """Whether a run of periods (one, or an ellipsis) followed by `nxt` ends a sentence."""
    next_word = text[match.end() : match.end() + 14].split(" ", 1)[0]
    if len(dots.replace(" ", "")) >= 2:
        return _ellipsis_ends(text, match, dots, next_word)
    before = text[start : match.start() + 1]
    if _PUNCTUATION_ONLY.match(before.strip()) or _MARKER_ONLY.match(text[start : match.end()]):
        return False  # "2. The second item": a list marker, not a sentence
    word_match = _LAST_WORD.search(before)
    if word_match is None:
        return True
    word = word_match.group(1).lstrip("(\"'“‘[")
    lower = word.lower()
    if nxt.isdigit() and _abbreviation_before_number(word):
        return False  # "p. 55", "No. 5", "N°. 1026"
    if lower in _MAY_END or _DOTTED.match(word):
        return next_word.lower().strip("\"'“‘") in _OPENERS
    if lower in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return _single_capital_ends(before, word)
    return True


def _abbreviation_before_number(word: str) -> bool:
    """A short non-number word before a period and a figure: "p.", "No.", "N°.", "Vol."."""
    return len(word) <= 3 and not word.isdigit() and word.lower() not in ("in", "at", "on", "to")


def _single_capital_ends(before: str, letter: str) -> bool:
    """ "… you and I. Did" ends a sentence; "Albert I. Jones" and "J. Smith" do not."""
    if letter != "I":
        return False
    words = before[:-2].split()
    return bool(words) and words[-1][:1].islower()


def _ellipsis_ends(text: str, match: re.Match[str], dots: str, next_word: str) -> bool:
    """Spaced ellipses end a sentence only as four dots (". . . ." or "word. . . ."),
    and three plain dots only before a capitalised word that is not "I"."""
    if " " in dots:
        return dots.count(".") >= 4 or (match.start() > 0 and text[match.start() - 1] != " ")
    if match.start() > 0 and text[match.start() - 1] == "[":
        return False  # "[...]": words left out of a quotation
    return next_word[:1].isupper() and next_word not in ("I", "I’m", "I'm")


def _cut_in_dots(text: str, match: re.Match[str], end: int) -> int:
    """Where to cut: after the period that ends the word in "compounds. . . . The", so
    that the spaced ellipsis opens the next sentence; elsewhere at the match's end."""
    group = match.group()
    attached = match.start() > 0 and text[match.start() - 1] != " "
    if group.startswith(". .") and attached and group.rstrip().count(".") == 4:
        return match.start() + 1
    return end


def _list_cuts(text: str) -> list[int]:
    """Offsets where an inline list continues: "1. a 2. b", "a) x b) y", "• 9. x • 10. y"."""
    if "•" in text or "⁃" in text:
        bullets = [m.start() for m in _BULLET.finditer(text)]
        if bullets and not text[: bullets[0]].strip():
            return bullets[1:]
    first = _MARKER.match(text)
    if first is None or first.group(1):
        return []
    label, style = first.group(2), first.group(3)
    cuts: list[int] = []
    expected = _next_label(label)
    for marker in _MARKER.finditer(text, first.end()):
        if marker.group(2) == expected and marker.group(3) == style and not marker.group(1):
            cuts.append(marker.start())
            expected = _next_label(expected)
    return cuts


def _next_label(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _split_at(spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        inner = [cut for cut in cuts if start < cut < end]
        for cut in inner:
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _merge_punctuation(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Drop empty spans and join a span of punctuation alone to the sentence before it."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and _PUNCTUATION_ONLY.match(text[start:end]):
            merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_LEADING_MARKER = re.compile(r"^(?:[•⁃▪◦‣]\s*)?(?:(?:\d{1,3}|[a-z])(?:\.\)|\.|\))\s+)?")


def without_marker(sentence: str) -> str:
    """`sentence` without the list marker it opens with ("2.) ", "• 9. "): the marker is
    shown to the reader but says nothing a fact-checker could check."""
    return sentence[_LEADING_MARKER.match(sentence).end() :]  # type: ignore[union-attr]
