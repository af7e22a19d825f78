"""Record text for Markdown and HTML: escaped so that it can neither break a table nor
inject a link, an image or HTML; only http(s) addresses become links."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address with a host and no spaces or controls, else None."""
    if not url or any(ord(c) <= 32 or c in "\\\"'<>`" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def md(text: str | None) -> str:
    """Escape every Markdown (and HTML) special character; one line."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def code(text: str | None) -> str:
    """`text` as a code span that no backtick or pipe inside it can end or split."""
    body = " ".join((text or "").split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def link(text: str, url: str | None) -> str:
    """`[text](url)` for http(s) URLs, escaped text otherwise."""
    target = safe_url(url)
    if target is None:
        return md(text)
    return f"[{md(text)}](<{quote(target, safe=':/?#[]@!$&*+,;=%~-._')}>)"
