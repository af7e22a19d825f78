"""Read one file into records: bytes → text → YAML nodes → Claim, Source or Article.

Each function here takes one file and returns a `FileResult`; it never raises for
bad input, so one bad file never hides the others, and results can be computed in
worker processes or cached per file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.desk.findings import Finding, Severity
from factcheck.desk.model import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    SOURCE_FIELDS,
    Article,
    Claim,
    FieldSpec,
    Position,
    Source,
    Status,
    is_slug,
)
from factcheck.load.fields import FieldReader
from factcheck.load.suppressions import Suppression, article_suppressions, yaml_suppressions
from factcheck.load.yamlnodes import Mapping, Node, Scalar
from factcheck.load.yamlreader import YamlProblem, node_kind, read_yaml
from factcheck.text.clean import normalize_newlines, visible

MAX_RECORD_BYTES = 1024 * 1024
"""A record is a few hundred bytes; a megabyte is generous and bounds memory and time."""
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
"""The longest articles are a few hundred kilobytes."""

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What one file yielded: at most one record, and the findings of reading it."""

    claims: tuple[Claim, ...] = ()
    sources: tuple[Source, ...] = ()
    articles: tuple[Article, ...] = ()
    findings: tuple[Finding, ...] = field(default=())
    suppressions: tuple[Suppression, ...] = ()
    """The `factcheck-ignore` comments of the file."""


def _file_finding(rule: str, message: str, rel: str, position: Position | None = None) -> Finding:
    return Finding(
        rule=rule,
        severity=Severity.WARNING if rule == "skipped-path" else Severity.ERROR,
        message=message,
        path=rel,
        line=position.line if position else None,
        column=position.column if position else None,
    )


def read_text(path: str | Path, rel: str, limit: int) -> tuple[str | None, Finding | None]:
    """The file's text (UTF-8, BOM dropped, LF line ends), or the finding why not."""
    try:
        with open(path, "rb", buffering=0) as handle:
            # Ask for what the file holds (a buffer of `limit` bytes for every small
            # record cost more than reading it); one byte more tells a file too large.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, limit) + 1)
    except OSError as error:
        return None, _file_finding("skipped-path", f"cannot read the file: {error.strerror}", rel)
    if len(data) > limit:
        return None, _file_finding(
            "skipped-path",
            f"the file is larger than {limit // 1024 // 1024} MiB, the most factcheck reads; "
            "it was skipped: split it or shorten it",
            rel,
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        byte = data[error.start]
        return None, _file_finding(
            "yaml-syntax",
            f"the file is not valid UTF-8 (byte 0x{byte:02x}); save it as UTF-8",
            rel,
            Position(line, column),
        )
    return normalize_newlines(text), None


class _Unreadable:
    """The text could not be parsed; the reader holds the finding."""


UNREADABLE = _Unreadable()


def _parse(text: str, reader: FieldReader) -> Node | _Unreadable | None:
    try:
        return read_yaml(text)
    except YamlProblem as problem:
        reader.problem(problem.message, problem.position, rule="yaml-syntax", detail=problem.detail)
    except (ValueError, RecursionError, MemoryError) as error:  # a last guard: never a traceback
        reader.problem(f"invalid YAML: {type(error).__name__}", Position(1, 1), rule="yaml-syntax")
    return UNREADABLE


def _record_mapping(node: Node | None, reader: FieldReader, what: str) -> Mapping | None:
    if isinstance(node, Mapping):
        return node
    if node is None or (isinstance(node, Scalar) and node.is_null):
        reader.problem(
            f"the file is empty: a {what} record is a mapping of fields such as `id: …`",
            Position(1, 1),
        )
    else:
        reader.problem(
            f"a {what} record must be a mapping of fields (`id: …`), but the file holds "
            f"{node_kind(node)}",
            node.position,
        )
    return None


def _peek_id(mapping: Mapping, reader: FieldReader) -> None:
    # Name the record in every finding of the file, even those on fields read before `id`.
    entry = mapping.items.get("id")
    if entry and isinstance(entry[1], Scalar) and is_slug(entry[1].value):
        reader.record_id = entry[1].value


@dataclass
class _RecordFields:
    """The fields read from one record file (None when the file held no mapping)."""

    reader: FieldReader
    values: dict[str, object] | None = None
    positions: dict[str, Position] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()


def _read_record(
    path: str | Path, rel: str, what: str, specs: tuple[FieldSpec, ...]
) -> _RecordFields:
    text, problem = read_text(path, rel, MAX_RECORD_BYTES)
    if text is None:
        reader = FieldReader(rel)
        if problem is not None:
            reader.findings.append(problem)
        return _RecordFields(reader)
    return _record_fields(text, rel, what, specs)


def _record_fields(text: str, rel: str, what: str, specs: tuple[FieldSpec, ...]) -> _RecordFields:
    reader = FieldReader(rel)
    suppressions = yaml_suppressions(text, rel)
    node = _parse(text, reader)
    if isinstance(node, _Unreadable):
        return _RecordFields(reader, suppressions=suppressions)
    mapping = _record_mapping(node, reader, what)
    if mapping is None:
        return _RecordFields(reader, suppressions=suppressions)
    _peek_id(mapping, reader)
    values, positions = reader.read_mapping(mapping, specs, what)
    return _RecordFields(reader, values, positions, suppressions)


def load_claim(path: str | Path, rel: str) -> FileResult:
    """Read a claim record file."""
    return _claim_result(_read_record(path, rel, "claim", CLAIM_FIELDS), rel)


def claim_from_text(text: str, rel: str) -> FileResult:
    """Read a claim from its YAML text (an editor's draft, before it is written)."""
    return _claim_result(_record_fields(text, rel, "claim", CLAIM_FIELDS), rel)


def _claim_result(read: _RecordFields, rel: str) -> FileResult:
    findings = tuple(read.reader.findings)
    if read.values is None:
        return FileResult(findings=findings, suppressions=read.suppressions)
    values = dict(read.values)
    status = values.pop("status", None)
    claim = Claim(
        path=rel,
        status=Status(status) if isinstance(status, str) else None,
        positions=read.positions,
        **{"id": None, **values},  # type: ignore[arg-type]
    )
    return FileResult(claims=(claim,), findings=findings, suppressions=read.suppressions)


def load_source(path: str | Path, rel: str) -> FileResult:
    """Read a source record file."""
    return _source_result(_read_record(path, rel, "source", SOURCE_FIELDS), rel)


def source_from_text(text: str, rel: str) -> FileResult:
    """Read a source from its YAML text (before it is written)."""
    return _source_result(_record_fields(text, rel, "source", SOURCE_FIELDS), rel)


def _source_result(read: _RecordFields, rel: str) -> FileResult:
    findings = tuple(read.reader.findings)
    if read.values is None:
        return FileResult(findings=findings, suppressions=read.suppressions)
    values = {"id": None, **read.values}
    source = Source(path=rel, positions=read.positions, **values)  # type: ignore[arg-type]
    return FileResult(sources=(source,), findings=findings, suppressions=read.suppressions)


def load_article(path: Path, rel: str, *, standalone: bool = False) -> FileResult:
    """Read an article: Markdown or plain text with optional YAML front matter.

    Inside a repository an article needs front matter with `id` and `title`; a
    `standalone` file (handed to `factcheck check`) may go without: its id is then
    its file name and its title its first heading or line.
    """
    text, problem = read_text(path, rel, MAX_ARTICLE_BYTES)
    if text is None:
        return FileResult(findings=(problem,) if problem else ())
    return parse_article(text, rel, path.stem, standalone=standalone)


def parse_article(text: str, rel: str, stem: str, *, standalone: bool = False) -> FileResult:
    """Split front matter from body and read the front matter's fields."""
    reader = FieldReader(rel)
    values: dict[str, object] = {}
    positions: dict[str, Position] = {"": Position(1, 1)}
    body, body_line = text, 1
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    if first_line.rstrip() == "---":
        end = _FRONT_MATTER_END.search(text, len(first_line) + 1)
        if end is None:
            reader.problem(
                "the front matter opened by `---` on line 1 is never closed: "
                "add a line `---` after it",
                Position(1, 1),
                rule="yaml-syntax",
            )
            return FileResult(findings=tuple(reader.findings))
        # Keep the opening line as an empty one, so YAML's line numbers are the file's.
        front = "\n" + text[len(first_line) + 1 : end.start()]
        body_start = end.end() + 1
        body, body_line = text[body_start:], text.count("\n", 0, body_start) + 1
        node = _parse(front, reader)
        if isinstance(node, _Unreadable):
            return FileResult(findings=tuple(reader.findings))
        if node is not None and not (isinstance(node, Scalar) and node.is_null):
            if isinstance(node, Mapping):
                _peek_id(node, reader)
                values, positions = reader.read_mapping(
                    node, ARTICLE_FIELDS, "article front matter"
                )
            else:
                reader.problem(
                    f"the front matter must be a mapping (`id: …`), but it is {node_kind(node)}",
                    node.position,
                    rule="yaml-syntax",
                )
    elif not standalone:
        reader.problem(
            "the article has no front matter: start the file with a `---` line, then "
            "`id: …` and `title: …`, then another `---` line",
            Position(1, 1),
        )
    if standalone:
        values.setdefault("id", stem)
        values.setdefault("title", _first_line(body))
    body = visible(body)
    article = Article(
        path=rel,
        body=body,
        body_line=body_line,
        positions=positions,
        **{"id": None, **values},  # type: ignore[arg-type]
    )
    suppressions = article_suppressions(body, body_line, rel)
    return FileResult(
        articles=(article,), findings=tuple(reader.findings), suppressions=suppressions
    )


def _first_line(body: str) -> str:
    for line in body.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return visible(stripped)
    return ""
