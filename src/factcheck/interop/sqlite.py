"""The desk as a SQLite database for Datasette or sqlite-utils: records, citations, findings.

Tables `claims`, `sources`, `citations` (one row per citation, numbered in the
claim's order, so a source cited twice is two rows), `articles` and `findings`,
their columns derived from the record field tables, with primary and foreign keys, and FTS5 full-text indexes `claims_fts` (statements, quotes,
rationales) and `sources_fts` (titles, publishers), named the way Datasette
and sqlite-utils look for them. The file is written to a temporary name and
renamed, so a reader never sees a half-built database.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from factcheck.desk.model import (
    ARTICLE_FIELDS,
    CITATION_FIELDS,
    CLAIM_FIELDS,
    SOURCE_FIELDS,
    FieldKind,
    FieldSpec,
)
from factcheck.engine.audit import AuditResult
from factcheck.errors import WriteError
from factcheck.writing import describe_os_error

TABLES: dict[str, tuple[FieldSpec, ...]] = {
    "articles": ARTICLE_FIELDS,
    "sources": SOURCE_FIELDS,
    "claims": CLAIM_FIELDS,
}
"""Each record table and the fields it is made of: the model's own field tables, so a
field added to the format is a column here without anyone keeping the two in step."""

_FOREIGN = {("claims", "article"): "articles(id)", ("citations", "source"): "sources(id)"}
_INDEXES = """
CREATE INDEX citations_source ON citations(source);
CREATE INDEX claims_status ON claims(status);
CREATE VIRTUAL TABLE claims_fts USING fts5(statement, quote, rationale, content='claims', content_rowid='rowid');
CREATE VIRTUAL TABLE sources_fts USING fts5(title, publisher, content='sources', content_rowid='rowid');
"""
_FINDINGS = """
CREATE TABLE findings (
    id INTEGER PRIMARY KEY, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
    path TEXT NOT NULL, line INTEGER, "column" INTEGER, record TEXT, suggestion TEXT
);"""


def _columns(table: str, specs: tuple[FieldSpec, ...]) -> list[str]:
    columns = []
    for spec in specs:
        if spec.kind is FieldKind.CITATIONS:
            continue  # a table of its own
        column = f'"{spec.name}" TEXT'
        if spec.name == "id" and table != "citations":
            column += " PRIMARY KEY"
        elif spec.required:
            column += " NOT NULL" if table == "citations" else ""
        if (table, spec.name) in _FOREIGN:
            column += f" REFERENCES {_FOREIGN[table, spec.name]}"
        columns.append(column)
    return columns


def schema_sql() -> str:
    """The database's DDL, derived from the record field tables."""
    statements = []
    for table, specs in TABLES.items():
        columns = [*_columns(table, specs), "path TEXT NOT NULL"]
        statements.append(f"CREATE TABLE {table} (\n    " + ",\n    ".join(columns) + "\n);")
    citation_columns = [
        "claim TEXT NOT NULL REFERENCES claims(id)",
        "position INTEGER NOT NULL",
        *_columns("citations", CITATION_FIELDS),
        "PRIMARY KEY (claim, position)",
    ]
    statements.append("CREATE TABLE citations (\n    " + ",\n    ".join(citation_columns) + "\n);")
    return "\n".join(statements) + _FINDINGS + _INDEXES


def _value(value: object) -> object:
    """A record field as SQLite stores it: dates ISO, choices by name, lists as JSON."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False) if value else None
    return value.isoformat()  # type: ignore[attr-defined]


def _row(record: Any, specs: tuple[FieldSpec, ...]) -> tuple[object, ...]:
    values = [
        _value(getattr(record, spec.name)) for spec in specs if spec.kind is not FieldKind.CITATIONS
    ]
    return (*values, record.path)


@dataclass(frozen=True)
class Export:
    """What a database holds: rows per table, and each record left out with why."""

    counts: dict[str, int]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(path, reason) of each record not written: no id, or an id another record has."""


def _unique(records: Sequence[Any], kind: str, skipped: list[tuple[str, str]]) -> list[Any]:
    """Records with an id not taken before; the others are named in `skipped`."""
    seen: dict[str, str] = {}
    kept = []
    for record in records:
        if not record.id:
            skipped.append((record.path, f"the {kind} has no valid id"))
        elif record.id in seen:
            skipped.append((record.path, f"id {record.id!r} is also the id of {seen[record.id]}"))
        else:
            seen[record.id] = record.path
            kept.append(record)
    return kept


def write_database(result: AuditResult, path: Path) -> Export:
    """Write the desk to `path` (replacing it atomically): every record, every citation;
    WriteError when the file or the database cannot be written."""
    repo = result.repo
    skipped: list[tuple[str, str]] = []
    records = {
        "articles": _unique(repo.articles, "article", skipped),
        "sources": _unique(repo.sources, "source", skipped),
        "claims": _unique(repo.claims, "claim", skipped),
    }
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(temporary)) as db, db:
            db.executescript(schema_sql())
            for table, specs in TABLES.items():
                width = sum(1 for spec in specs if spec.kind is not FieldKind.CITATIONS) + 1
                db.executemany(
                    f"INSERT INTO {table} VALUES ({', '.join('?' * width)})",
                    [_row(record, specs) for record in records[table]],
                )
            db.executemany(
                "INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (claim.id, position, citation.source, citation.stance.value,
                     citation.excerpt, citation.locator)
                    for claim in records["claims"]
                    for position, citation in enumerate(claim.sources, 1)
                ],
            )  # fmt: skip
            db.executemany(
                'INSERT INTO findings (rule, severity, message, path, line, "column", record, suggestion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (f.rule, f.severity.value, f.message, f.path, f.line, f.column, f.record,
                     f.suggestion)
                    for f in result.findings
                ],
            )  # fmt: skip
            db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
            db.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
            counts = {
                table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("claims", "sources", "citations", "articles", "findings")
            }
        os.replace(temporary, path)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {describe_os_error(error)}") from None
    except sqlite3.Error as error:
        raise WriteError(f"cannot write {path}: {error}") from None
    finally:
        with contextlib.suppress(OSError):  # no folder to leave it in: nothing to clean up
            temporary.unlink(missing_ok=True)
    return Export(counts, skipped)
