"""Content words of text: their stems, and how much each one says (rare words say more).

Stems come from the Snowball English stemmer (PyStemmer), so that "released",
"releases" and "releasing" meet while "heart" and "Heartbleed" stay apart. How
much a word says is read from its frequency in English at large (wordfreq's
tables), not from the desk: a word weighs the same on a 10-claim desk as on a
100,000-claim one, so a match score means the same thing on both.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English table, word → frequency (0.2 s to load: only when needed)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


@lru_cache(maxsize=262144)
def weight(word: str) -> float:
    """How much a lower-case word says: 7 minus its Zipf frequency in English (log10 of
    its count per billion words), within 0.5 ("people", "year") to 7 (a word English has
    not recorded: "Bellavia", "Heartbleed")."""
    frequency = _frequencies().get(word.replace("'", "’")) or _frequencies().get(word, 0.0)
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
