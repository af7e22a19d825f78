"""Content words of text: their stems, and how much each one says (rare words say more).

Stems come from the Snowball English stemmer (PyStemmer), so that "released",
"releases" and "releasing" meet while "heart" and "Heartbleed" stay apart. How
much a word says is read from its frequency in English at large (wordfreq's
English table, shipped with factcheck in `data/words/`), not from the desk: a word
weighs the same on a 10-claim desk as on a 100,000-claim one, so a match score
means the same thing on both.
"""

from __future__ import annotations

import math
import re
import sys
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

STOPWORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until", "as", "than", "then", "that", "this", "these", "those", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "it's", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "no", "so", "also", "very", "just", "only", "some", "any", "all", "each", "every", "both", "either", "neither", "more", "most", "other", "such", "own", "same", "too", "said", "says", "say", "if", "because", "while", "up", "out", "off", "down", "again", "now", "via", "per", "yet", "s", "t", "don't", "didn't", "isn't", "wasn't", "i'm", "he's", "she's", "that's"]
)  # fmt: skip

WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*")
"""A run of letters, with inner apostrophes and periods ("don't", "O’Brien", "Sober.C")."""

_STEMMER = Stemmer.Stemmer("english")
MAX_WEIGHT = 7.0
MIN_WEIGHT = 0.5


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word."""
    return str(_STEMMER.stemWord(word))


def stems(words: Sequence[str]) -> list[str]:
    """The Snowball stems of lower-case words, in one call (for many words at once)."""
    return [str(found) for found in _STEMMER.stemWords(list(words))]


@cache
def english_table() -> tuple[list[str], array[int]]:
    """The shipped English table: its words in code-point order, and each word's band
    (its frequency is 10 ** (-band / 100)). Read when a word is first weighed."""
    folder = resources.files("factcheck") / "data" / "words"
    words = (folder / "english-words.txt").read_text(encoding="utf-8").split("\n")[:-1]
    bands = array("H")
    bands.frombytes((folder / "english-bands.bin").read_bytes())
    if sys.byteorder != "little":
        bands.byteswap()
    return words, bands


def _frequency(word: str) -> float:
    """The word's frequency in English; 0 if the table does not have it."""
    words, bands = english_table()
    at = bisect_left(words, word)
    if at < len(words) and words[at] == word:
        return 10 ** (-bands[at] / 100)  # as wordfreq gives it, to the last bit
    return 0.0


@cache
def weight(word: str) -> float:
    """How much a lower-case word says: 7 minus its Zipf frequency in English (log10 of
    its count per billion words), within 0.5 ("people", "year") to 7 (a word English has
    not recorded: "Bellavia", "Heartbleed"). A straight apostrophe is read as the curly
    one first, as the table writes most contractions."""
    frequency = _frequency(word.replace("'", "’")) or _frequency(word)
    zipf = math.log10(frequency) + 9 if frequency > 0 else 0.0
    return min(MAX_WEIGHT, max(MIN_WEIGHT, MAX_WEIGHT - zipf))


def content_words(folded: str, splits: frozenset[int] = frozenset()) -> list[tuple[str, int, int]]:
    """The content words of casefolded text with their offsets: stopwords and single
    letters left out, apostrophes straightened; a word is also cut at each of `splits`
    (where a tag such as "ImpeachTrump" joins two words)."""
    words = []
    for match in WORD.finditer(folded):
        word = match.group()
        if splits:
            start, end = match.span()
            cuts = sorted(at for at in splits if start < at < end)
            if cuts:
                for left, right in zip([start, *cuts], [*cuts, end], strict=True):
                    part = folded[left:right].replace("’", "'")
                    if len(part) > 1 and part not in STOPWORDS:
                        words.append((part, left, right))
                continue
        if "’" in word:
            word = word.replace("’", "'")
        if len(word) > 1 and word not in STOPWORDS:
            words.append((word, match.start(), match.end()))
    return words
