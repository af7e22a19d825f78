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
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints

from factcheck.text.seeds import Seeds

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


Table = dict[str, float]
_copies: list[Callable[[], Table | None]] = []
"""Where a copy of the table may be read before wordfreq is asked (see `read_table_from`)."""


@lru_cache(maxsize=1)
def _frequencies() -> Table:
    """wordfreq's English table, word → frequency: from a kept copy when there is one
    (0.10-0.16 s), else from wordfreq (0.28 s with its import); only when needed."""
    for copy in _copies:
        found = copy()
        if found is not None:
            return found
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def read_table_from(copy: Callable[[], Table | None] | None) -> None:
    """Have the table read first from `copy` (a function giving a kept copy of it, or
    None when it has none); None to stop. A table already read stays as it is."""
    _copies[:] = [copy] if copy is not None else []


Part = Callable[[Sequence[str]], Table | None]
"""Of the words asked, the frequencies a kept copy of the table holds (a word it does not
hold is not in the table); None when there is no such copy."""
_parts: list[Part] = []
"""Where a few words' frequencies may be read without the whole table (`read_words_from`)."""
FEW_WORDS = 200
"""Words a process reads one by one from a kept copy before it reads the whole table:
an edited draft brings a few new words, and the whole table takes 0.1-0.2 s to decode."""
_read_one_by_one: list[str] = []
"""The words this process has read from `_parts` so far."""


def read_words_from(part: Part | None) -> None:
    """Have the frequencies of the first `FEW_WORDS` words weighed read from `part`, and
    only past those (or if `part` has no copy) the whole table; None to stop."""
    _parts[:] = [part] if part is not None else []
    _read_one_by_one.clear()


def _frequency(word: str) -> float:
    """The word's frequency in the table, with a curly apostrophe first; 0 if it has none."""
    curly = word.replace("'", "’")
    if _parts and len(_read_one_by_one) < FEW_WORDS and not _frequencies.cache_info().currsize:
        found = _parts[0]((curly, word) if curly != word else (word,))
        if found is not None:
            _read_one_by_one.append(word)
            return found.get(curly) or found.get(word, 0.0)
    table = _frequencies()
    return table.get(curly) or table.get(word, 0.0)


def table_read() -> Table | None:
    """The table, if this process has read it."""
    return _frequencies() if _frequencies.cache_info().currsize else None


def read_table_before_forking() -> None:
    """Read the table now if no weight is known yet (a run with none kept), before this
    process forks workers that weigh words: each would read it for itself (0.2-0.3 s
    of CPU apiece on a cold audit, three of them on two cores) where a forked process
    shares what its parent has read; and this process would read it afterwards all
    the same. With weights known (kept by the cache), the table may never be needed."""
    WEIGHT_SEEDS.take()  # the kept weights first: the workers inherit them too
    if not _WEIGHTS:
        _frequencies()


_WEIGHTS: dict[str, float] = {}
"""Every weight looked up so far. Seeded by `remember_weights` or `WEIGHT_SEEDS` (a cache
may keep them between runs), so that a run whose words were all seen before never loads
the table."""


def weight(word: str) -> float:
    """How much a lower-case word says: 7 minus its Zipf frequency in English (log10 of
    its count per billion words), within 0.5 ("people", "year") to 7 (a word English has
    not recorded: "Bellavia", "Heartbleed")."""
    found = _WEIGHTS.get(word)
    if found is None and WEIGHT_SEEDS.take():
        found = _WEIGHTS.get(word)
    if found is None:
        frequency = _frequency(word)
        zipf = math.log10(frequency) + 9 if frequency > 0 else 0.0
        found = _WEIGHTS[word] = min(MAX_WEIGHT, max(MIN_WEIGHT, MAX_WEIGHT - zipf))
    return found


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


def remember_weights(known: Mapping[str, float]) -> None:
    """Take `known` (word → weight, as `known_weights` gave them) as already looked up."""
    for word, value in known.items():
        _WEIGHTS.setdefault(word, value)


def known_weights() -> dict[str, float]:
    """Every weight looked up (or remembered) so far in this process."""
    return _WEIGHTS


WEIGHT_SEEDS = Seeds(remember_weights, known_weights)
"""The weights an earlier run kept, taken in when first a word's weight is not known."""


def table_version() -> str:
    """Which frequency table weights are read from: the installed wordfreq's English
    lists, by path, size and time (a stamp, quicker than asking its version). Weights
    remembered under another stamp are stale."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:  # pragma: no cover - wordfreq is a dependency
        return "none"
    folder = os.path.join(os.path.dirname(spec.origin), "data")
    stamps = []
    for name in ("large_en.msgpack.gz", "small_en.msgpack.gz"):
        try:
            info = os.stat(os.path.join(folder, name))
        except OSError:
            continue
        stamps.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return f"{folder}|{'|'.join(stamps)}"
