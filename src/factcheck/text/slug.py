"""Slugs: turn a statement or a misspelled id into a valid record id."""

from __future__ import annotations

import re
import unicodedata

from factcheck.desk.model import SLUG_MAX_LENGTH


def slugify(text: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """A slug of `text`: ASCII, lower case, words joined by single hyphens, cut at a word."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


SHORT_ID_LENGTH = 40


def short_id(statement: str) -> str:
    """A readable id for a claim: its content words (stopwords left out), cut at a word
    within 40 characters ("Belarus released 123 prisoners on 13 December 2025." →
    "belarus-released-123-prisoners-13"). Room is kept for a "-2" that makes it unique."""
    from factcheck.text.words import STOPWORDS

    ascii_text = unicodedata.normalize("NFKD", statement).encode("ascii", "ignore").decode("ascii")
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in STOPWORDS]
    return slugify(" ".join(words), SHORT_ID_LENGTH - 3) or slugify(statement, SHORT_ID_LENGTH - 3)
