"""Reduce an article body (Markdown or plain text) to reader-visible text blocks with offsets.

markdown-it-py finds the blocks (headings, paragraphs, list items, quotes) and
their inline text; each visible character keeps the offset of the body character
it came from, so a sentence can be reported at its true line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

_BLOCK_KINDS = {"heading_open": "heading", "paragraph_open": "paragraph"}
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class Block:
    """A run of visible text: a heading, a paragraph or a list item."""

    kind: str
    """"heading", "paragraph", "item" or "quote"."""
    text: str
    offsets: tuple[int, ...]
    """For each character of `text`, the offset in the body it came from."""


def markdown_blocks(body: str) -> list[Block]:
    """The visible blocks of a Markdown body, in reading order (code and HTML blocks left out)."""
    tokens = MarkdownIt("commonmark").parse(body)
    line_starts = _line_starts(body)
    blocks: list[Block] = []
    containers: list[str] = []
    kind = "paragraph"
    marker: str | None = None  # an ordered list item's number, shown before its first line
    for token in tokens:
        if token.type == "list_item_open" and token.markup in (".", ")"):
            marker = f"{token.info}{token.markup}"
        elif token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append("quote" if token.type == "blockquote_open" else "item")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type in _BLOCK_KINDS:
            kind = _BLOCK_KINDS[token.type]
            if kind == "paragraph" and containers:
                kind = containers[-1]
        elif token.type == "inline" and token.map is not None:
            start = line_starts[token.map[0]]
            end = line_starts[token.map[1]] if token.map[1] < len(line_starts) else len(body)
            text, offsets = _inline_text(token, body, start, end)
            if marker is not None:
                text, offsets = _with_marker(marker, body, start, text, offsets)
                marker = None
            if text.strip():
                blocks.append(Block(kind, text, tuple(offsets)))
    return blocks


def _with_marker(
    marker: str, body: str, start: int, text: str, offsets: list[int]
) -> tuple[str, list[int]]:
    """`text` behind the list item's number ("2. "), mapped to where the number stands."""
    first = offsets[0] if offsets else start
    found = body.rfind(marker, start, first)
    if found < 0:
        return text, offsets
    return f"{marker} {text}", [*range(found, found + len(marker)), found + len(marker), *offsets]


def plain_blocks(body: str) -> list[Block]:
    """Plain text: every non-empty line is a block; a leading bullet makes it a list item.

    A numbered item keeps its number ("2. …"), as the reader sees it; a bullet of
    `-`, `*` or `+` is markup and is left out.
    """
    blocks: list[Block] = []
    offset = 0
    for line in body.split("\n"):
        marker = _LIST_MARKER.match(line)
        skip = len(line) - len(line.lstrip())
        if marker and line.lstrip()[:1] in "-*+":
            skip = marker.end()
        text = line[skip:].rstrip()
        if text:
            kind = "item" if marker else "paragraph"
            blocks.append(Block(kind, text, tuple(range(offset + skip, offset + skip + len(text)))))
        offset += len(line) + 1
    return blocks


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def _inline_text(token: Token, body: str, start: int, end: int) -> tuple[str, list[int]]:
    """Visible text of an inline token, each character mapped into `body[start:end]`."""
    chars: list[str] = []
    offsets: list[int] = []
    cursor = start
    skip_depth = 0  # inside an image: its alt text is not read as article text
    for child in token.children or []:
        if child.type == "image":
            continue
        if child.type in ("softbreak", "hardbreak"):
            newline = body.find("\n", cursor, end)
            cursor = newline if newline >= 0 else cursor
            chars.append(" ")
            offsets.append(cursor)
            continue
        if child.type not in ("text", "code_inline") or skip_depth or not child.content:
            continue
        found = body.find(child.content, cursor, end)
        if found >= 0:
            offsets.extend(range(found, found + len(child.content)))
            cursor = found + len(child.content)
        else:  # an escape or entity changed the text: map each character to where we are
            offsets.extend([min(cursor, max(end - 1, start))] * len(child.content))
        chars.append(child.content)
    return "".join(chars), offsets
