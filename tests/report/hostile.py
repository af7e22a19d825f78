"""A repository whose text tries to become markup, script, links and control codes.

Every text field a report can show carries a payload of its own, numbered, so that a
test can tell which field let one through: claim statement, quote, rationale,
reviewer and tags; citation excerpt and locator; source title, publisher, URL and
notes; article title, outlet, URL and body.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_repo

FIELDS = (
    "statement", "quote", "rationale", "reviewer", "tag", "excerpt", "locator", "title",
    "publisher", "notes", "article-title", "outlet", "body", "heading",
)  # fmt: skip


def script(field: str) -> str:
    """The payload of one field: a script element that names the field."""
    return f"<script>alert('{field}')</script>"


HOSTILE_CLAIM = f"""\
id: hostile-claim
statement: "{script("statement")} [bold red]boom[/] | pipe ![img](https://evil.example/x.png) \\e]52;c;ZXZpbA==\\a\\n| new | row |"
status: unconfirmed
article: hostile-article
quote: "{script("quote")}"
sources:
  - source: evil-source
    stance: mentions
    excerpt: "<img src=x onerror=alert('excerpt')> {script("excerpt")}"
    locator: "{script("locator")}"
rationale: "{script("rationale")}"
reviewed_by: "{script("reviewer")}"
reviewed_on: 2026-11-20
tags: ["{script("tag")}"]
"""

HOSTILE_SOURCE = f"""\
id: evil-source
title: "<img src=x onerror=alert('title')> [link=https://evil.example]click[/link] {script("title")}"
publisher: "Evil & Co <b> {script("publisher")}"
url: "https://evil.example/\\"><script>alert('url')</script>"
notes: "{script("notes")}"
"""

HOSTILE_ARTICLE = f"""\
---
id: hostile-article
title: "{script("article-title")}"
outlet: "{script("outlet")}"
url: "javascript:alert('article-url')"
---

# {script("heading")}

The harbour <b onmouseover=alert('body')>reopened</b> {script("body")} <iframe src=https://evil.example></iframe>.
<script>alert('block')</script>
"""


def hostile_repo(root: Path) -> Path:
    """The clean harbour desk plus a claim, a source and an article full of payloads."""
    return make_repo(
        root,
        {
            "claims/harbour/hostile-claim.yaml": HOSTILE_CLAIM,
            "claims/hostile/article.md": HOSTILE_ARTICLE,
            "sources/evil-source.yaml": HOSTILE_SOURCE,
        },
    )
