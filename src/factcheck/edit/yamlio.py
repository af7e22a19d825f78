"""Round-trip YAML for editors: change a field and touch no other line of the file.

Files are read by factcheck's own safe reader first (no tags, anchors or
aliases get this far), then by ruamel.yaml's round-trip loader, which keeps
what PyYAML cannot: comments, key order and the quoting each value was written
with. ruamel still writes every list in one indentation of its choosing, so an
edited record (`Edit`) is written back field by field: a top-level field whose
value did not change keeps its original lines byte for byte, and a changed one
is written in the indentation its own lines had, so a git diff shows only what
changed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from factcheck.text.clean import normalize_newlines, visible


@dataclass(frozen=True)
class Indent:
    """How a file indents its blocks, in ruamel's terms: a nested mapping's keys at
    `mapping`, a list item's content at `sequence`, its dash at `offset`."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


DEFAULT_INDENT = Indent()
"""factcheck's own style, for a new file or a list written where the file has none."""


def _yaml(indent: Indent = DEFAULT_INDENT) -> YAML:
    handler = YAML(typ="rt")
    handler.preserve_quotes = True
    handler.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    handler.width = 4096  # one value, one line: diffs stay small and readable
    return handler


def load_document(text: str) -> CommentedMap:
    """A record's text as an editable mapping (the text has passed the safe reader)."""
    data = _yaml().load(text)
    return data if isinstance(data, CommentedMap) else CommentedMap()


def dump_document(document: Any, indent: Indent = DEFAULT_INDENT) -> str:
    """Serialise a mapping to text (a new record, or a field of an edited one)."""
    stream = io.StringIO()
    _yaml(indent).dump(document, stream)
    return stream.getvalue()


@dataclass(frozen=True)
class Edit:
    """A record's text and the mapping an editor changes; `text()` is the file after."""

    original: str
    document: CommentedMap

    @classmethod
    def of(cls, text: str) -> Edit:
        """The record `text` (which has passed the safe reader), ready to change."""
        return cls(text, load_document(text))

    def text(self) -> str:
        """The original text with only the changed top-level fields rewritten."""
        return revise(self.original, self.document)


_DASH = re.compile(r"^( *)-( +)(?=\S)")
_NESTED_KEY = re.compile(r"^( +)[^\s#-][^:]*:(?:\s|$)")


def _indent_shown(lines: list[str]) -> Indent | None:
    """The indentation one top-level field's lines show (None: a scalar field)."""
    offset = sequence = mapping = None
    for line in lines[1:]:
        dash = _DASH.match(line)
        if dash and offset is None:
            offset = len(dash.group(1))
            sequence = offset + 1 + len(dash.group(2))
        key = _NESTED_KEY.match(line)
        if key and mapping is None and offset is None:
            mapping = len(key.group(1))
    if offset is None or sequence is None:
        return None if mapping is None else Indent(mapping, mapping + 2, mapping)
    # a mapping inside a list item is indented as the item's content
    return Indent(mapping or sequence - offset, sequence, offset)


def _spans(document: CommentedMap, line_count: int) -> dict[Any, tuple[int, int]] | None:
    """Each top-level key's lines [start, end) in the text `document` was read from: from
    its key to the next key (comments between two fields go with the first). None when
    the keys do not each start a line of their own (a `{flow: mapping}`)."""
    if not document or document.fa.flow_style():
        return None
    ordered = sorted((document.lc.key(key)[0], index) for index, key in enumerate(document))
    keys = list(document)
    lines = [line for line, _ in ordered]
    if len(set(lines)) != len(lines):
        return None
    ends = [*lines[1:], line_count]
    return {keys[index]: (start, end) for (start, index), end in zip(ordered, ends, strict=True)}


def revise(original: str, document: CommentedMap) -> str:
    """`document` written over `original`, the text it was read from, touching only the
    top-level fields whose values changed (or were added or removed).

    Lines before the first field (a modeline, `---`) and every unchanged field keep
    their text byte for byte; a changed field is written by ruamel in the indentation
    its own lines used (for a new field, the file's first list's), comments and
    quoting kept. A value written with other quotes but equal is not a change.
    """
    old_lines = original.splitlines(keepends=True)
    if old_lines and not old_lines[-1].endswith("\n"):
        old_lines[-1] += "\n"
    before = load_document(original)
    old_spans = _spans(before, len(old_lines))
    shown = {key: _indent_shown(old_lines[slice(*span)]) for key, span in (old_spans or {}).items()}
    file_indent = next((i for i in shown.values() if i is not None), DEFAULT_INDENT)
    if old_spans is None:
        return dump_document(document, file_indent)
    out = old_lines[: min(start for start, _ in old_spans.values())]
    rendered: dict[Indent, tuple[list[str], dict[Any, tuple[int, int]]]] = {}
    for key in document:
        if key in old_spans and before[key] == document[key]:
            out += old_lines[slice(*old_spans[key])]
            continue
        indent = shown.get(key) or file_indent
        if indent not in rendered:
            text = dump_document(document, indent)
            lines = text.splitlines(keepends=True)
            rendered[indent] = (lines, _spans(load_document(text), len(lines)) or {})
        lines, spans = rendered[indent]
        out += lines[slice(*spans[key])]
    return "".join(out)


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
