"""A repository whose text tries to become markup, script, links and control codes."""

from __future__ import annotations

from pathlib import Path

from conftest import make_repo

HOSTILE_CLAIM = """\
id: hostile-claim
statement: "<script>alert('claim')</script> [bold red]boom[/] | pipe ![img](https://evil.example/x.png) \\e]52;c;ZXZpbA==\\a"
status: unconfirmed
article: harbour-reopened
sources:
  - source: evil-source
    stance: mentions
    excerpt: "<img src=x onerror=alert('excerpt')>"
"""

HOSTILE_SOURCE = """\
id: evil-source
title: "<img src=x onerror=alert('title')> [link=https://evil.example]click[/link]"
publisher: "Evil & Co <b>"
url: "https://evil.example/\\"><script>alert('url')</script>"
"""


def hostile_repo(root: Path) -> Path:
    """The clean harbour desk plus one claim and one source full of payloads."""
    return make_repo(
        root,
        {
            "claims/harbour/hostile-claim.yaml": HOSTILE_CLAIM,
            "sources/evil-source.yaml": HOSTILE_SOURCE,
        },
    )
