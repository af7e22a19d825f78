"""The desk as a SQLite database for Datasette or sqlite-utils: records, citations, findings.

Tables `claims`, `sources`, `citations`, `articles` and `findings`, with primary
and foreign keys, and FTS5 full-text indexes `claims_fts` (statements, quotes,
rationales) and `sources_fts` (titles, publishers), named the way Datasette
and sqlite-utils look for them. The file is written to a temporary name and
renamed, so a reader never sees a half-built database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from factcheck.audit import AuditResult

SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, title TEXT, outlet TEXT, published TEXT, url TEXT, path TEXT NOT NULL
);
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT, publisher TEXT, url TEXT, archived_url TEXT,
    published TEXT, accessed TEXT, kind TEXT, notes TEXT, path TEXT NOT NULL
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, statement TEXT, status TEXT, article TEXT REFERENCES articles(id),
    quote TEXT, rationale TEXT, reviewed_by TEXT, reviewed_on TEXT, tags TEXT, path TEXT NOT NULL
);
CREATE TABLE citations (
    claim TEXT NOT NULL REFERENCES claims(id), source TEXT NOT NULL REFERENCES sources(id),
    stance TEXT NOT NULL, excerpt TEXT, locator TEXT, PRIMARY KEY (claim, source)
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
    path TEXT NOT NULL, line INTEGER, "column" INTEGER, record TEXT, suggestion TEXT
);
CREATE INDEX citations_source ON citations(source);
CREATE INDEX claims_status ON claims(status);
CREATE VIRTUAL TABLE claims_fts USING fts5(statement, quote, rationale, content='claims', content_rowid='rowid');
CREATE VIRTUAL TABLE sources_fts USING fts5(title, publisher, content='sources', content_rowid='rowid');
"""


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def write_database(result: AuditResult, path: Path) -> dict[str, int]:
    """Write the desk to `path` (replacing it atomically); returns the row counts."""
    repo = result.repo
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as db, db:
            db.executescript(SCHEMA)
            db.executemany(
                "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (a.id, a.title, a.outlet, _iso(a.published), a.url, a.path)
                    for a in repo.articles
                    if a.id
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s.id,
                        s.title,
                        s.publisher,
                        s.url,
                        s.archived_url,
                        _iso(s.published),
                        _iso(s.accessed),
                        s.kind,
                        s.notes,
                        s.path,
                    )
                    for s in repo.sources
                    if s.id
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.id,
                        c.statement,
                        c.status.value if c.status else None,
                        c.article,
                        c.quote,
                        c.rationale,
                        c.reviewed_by,
                        _iso(c.reviewed_on),
                        ", ".join(c.tags) or None,
                        c.path,
                    )
                    for c in repo.claims
                    if c.id
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO citations VALUES (?, ?, ?, ?, ?)",
                [
                    (c.id, cit.source, cit.stance.value, cit.excerpt, cit.locator)
                    for c in repo.claims
                    if c.id
                    for cit in c.sources
                ],
            )
            db.executemany(
                'INSERT INTO findings (rule, severity, message, path, line, "column", record, suggestion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (
                        f.rule,
                        f.severity.value,
                        f.message,
                        f.path,
                        f.line,
                        f.column,
                        f.record,
                        f.suggestion,
                    )
                    for f in result.findings
                ],
            )
            db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
            db.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
            counts = {
                table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("claims", "sources", "citations", "articles", "findings")
            }
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return counts
