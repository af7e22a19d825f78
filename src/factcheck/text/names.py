"""Names in text: capitalised words and runs of them ("Ales Bialiatski", "Bellavia Airlines")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A capitalised word: an upper-case letter, then letters, apostrophes or hyphens.
_NAME_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-zà-öø-ÿA-ZÀ-ÖØ-Þ’'-]*[a-zà-öø-ÿA-Z]")
_POSSESSIVE = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class NameWord:
    """A capitalised word in a text, with where it stands."""

    word: str
    """The word without a possessive ending ("Belarus’" → "Belarus")."""
    start: int
    sentence_initial: bool


def name_words(text: str) -> Iterator[NameWord]:
    """Every capitalised word of `text`; all-capitals acronyms are left out."""
    for match in _NAME_WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        if len(word) < 2 or word.isupper():
            continue
        before = text[: match.start()].rstrip(" “\"‘'(")
        initial = not before or before[-1] in ".!?:\n-•"
        yield NameWord(word, match.start(), initial)


def name_tokens(text: str) -> list[str]:
    """Just the capitalised words of `text` (possessives dropped, acronyms left out):
    what name-variant counts, found with one C-level regex pass."""
    words = []
    for word in _NAME_WORD.findall(text):
        if word[-1] in "’'" or word.endswith(("’s", "'s")):
            word = _POSSESSIVE.sub("", word)
        if len(word) >= 2 and not word.isupper():
            words.append(word)
    return words
