"""Slugs: turn a statement or a misspelled id into a valid record id."""

from __future__ import annotations

import re
import unicodedata

from factcheck.model import SLUG_MAX_LENGTH


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
