"""Links a human has judged: `factcheck-link` and `factcheck-not` comments in an article.

`<!-- factcheck-link CLAIM[, CLAIM] -->` before a block (paragraph, list item or
heading) says that its sentences assert those claims; `<!-- factcheck-not
CLAIM[, CLAIM] -->` that they do not. A comment is for the next block, as a
`factcheck-ignore` comment is: the first block with text after the comment (the
rest of the comment's own line when it holds some, else the block below). The
analysis applies them over the matcher's links, and `unknown-claim` reports an id
that names no claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

LINK = "factcheck-link"
NOT = "factcheck-not"

_COMMENT = re.compile(r"<!--\s*factcheck-(?P<kind>link|not)(?![\w-])(?P<ids>[^\n]*?)-->")


@dataclass(frozen=True, slots=True)
class Pin:
    """One `factcheck-link` or `factcheck-not` comment of an article body."""

    links: bool
    """True for `factcheck-link` (the block asserts the claims), False for `factcheck-not`."""
    claims: tuple[str, ...]
    """The claim ids it names, in order, each once."""
    start: int
    """Body offset of the comment's `<!--`."""
    end: int
    """Body offset just after its `-->`."""
    line: int
    """File line and column of the comment (front matter counted)."""
    column: int

    @property
    def mark(self) -> str:
        """`factcheck-link` or `factcheck-not`, as written."""
        return LINK if self.links else NOT


class Judged(NamedTuple):
    """What the comments before one block say of it: the claims its sentences assert,
    and those they do not."""

    linked: frozenset[str]
    rejected: frozenset[str]


def read_pins(body: str, body_line: int = 1) -> tuple[Pin, ...]:
    """The `factcheck-link` and `factcheck-not` comments of an article body, in order;
    a comment that names no claim is left out. `body_line` is the file line the body
    starts on."""
    if LINK not in body and NOT not in body:
        return ()
    found = []
    for match in _COMMENT.finditer(body):
        ids = tuple(dict.fromkeys(part for part in re.split(r"[\s,]+", match["ids"]) if part))
        if not ids:
            continue
        line_start = body.rfind("\n", 0, match.start()) + 1
        line = body_line + body.count("\n", 0, match.start())
        column = match.start() - line_start + 1
        found.append(Pin(match["kind"] == "link", ids, match.start(), match.end(), line, column))
    return tuple(found)


def judged_blocks(pins: Sequence[Pin], block_ends: Sequence[int]) -> dict[int, Judged]:
    """Block index → what the comments before it say of it. `block_ends` holds the body
    offset of each block's last character, blocks in body order; a comment is for the
    first block that ends after it (none, after the last block)."""
    linked: dict[int, dict[str, None]] = {}
    rejected: dict[int, dict[str, None]] = {}
    for pin in pins:
        block = bisect.bisect_left(block_ends, pin.end)
        if block < len(block_ends):
            target = linked if pin.links else rejected
            target.setdefault(block, {}).update(dict.fromkeys(pin.claims))
    return {
        block: Judged(frozenset(linked.get(block, ())), frozenset(rejected.get(block, ())))
        for block in sorted(linked.keys() | rejected.keys())
    }
