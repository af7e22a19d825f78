"""Round-trip YAML for editors: change a field and keep comments, key order and quoting.

Files are read by factcheck's own safe reader first (no tags, anchors or
aliases get this far), then by ruamel.yaml's round-trip loader, which keeps
what PyYAML cannot: comments, key order and the quoting each value was written
with, so a git diff shows only what changed.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any, cast

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from factcheck.text.clean import normalize_newlines, visible


def _yaml() -> YAML:
    handler = YAML(typ="rt")
    handler.preserve_quotes = True
    handler.indent(mapping=2, sequence=4, offset=2)
    handler.width = 4096  # one value, one line: diffs stay small and readable
    return handler


def load_document(text: str) -> CommentedMap:
    """A record's text as an editable mapping (the text has passed the safe reader)."""
    data = _yaml().load(text)
    return data if isinstance(data, CommentedMap) else CommentedMap()


def dump_document(document: Any) -> str:
    """Serialise an edited mapping back to text."""
    stream = io.StringIO()
    _yaml().dump(document, stream)
    return stream.getvalue()


def clean_input(text: str) -> str:
    """Text from a flag or a prompt, made what the loader would read back: one kind of
    newline, control characters as visible escapes."""
    return visible(normalize_newlines(text))


_PLAIN_START = re.compile(r"[^\s\"'&*!|>%@`#,\[\]{}?:\-]")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}?:#]")


def safe_scalar(text: str, *, flow: bool = False) -> str:
    """`text` wrapped so that any YAML reader reads back exactly this string.

    factcheck reads text fields as written, but other tools read YAML 1.1, where
    `no`, `1e3`, `2025-12-13` or `0123` are not strings: those get quotes, and so
    does anything a plain scalar cannot hold (inside `[a, b]` lists, `flow`, even
    fewer characters are safe).
    """
    if "\n" in text or any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text):
        return cast(str, DoubleQuotedScalarString(text))
    plain = (
        _PLAIN_START.match(text) is not None
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not (flow and _FLOW_UNSAFE.search(text))
    )
    if plain:
        try:
            plain = yaml.safe_load(text) == text
        except yaml.YAMLError:
            plain = False
    return text if plain else cast(str, SingleQuotedScalarString(text))


def plain_date(value: date) -> date:
    """A date written plain (`2026-11-26`), as people write them in records (ruamel
    writes a date object without quotes; factcheck reads it back as the same text)."""
    return value


def seq(items: list[Any]) -> CommentedSeq:
    """A block-style list."""
    result = CommentedSeq(items)
    return result


def flow_seq(items: list[Any]) -> CommentedSeq:
    """A `[a, b]` list, for short lists such as tags."""
    result = CommentedSeq(items)
    result.fa.set_flow_style()
    return result
