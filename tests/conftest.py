"""Shared test helpers: build a claims repository in tmp_path from a dict of {path: text}."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.desk.findings import Finding
from factcheck.engine.audit import run_rules
from factcheck.load.repository import load_repository

SAMPLE = Path(__file__).resolve().parents[1]
"""The project root, which is also the sample claims repository."""

TODAY = date(2026, 11, 27)
"""Audits in tests run on a fixed day, so that `date-order` and `stale-review` never depend
on the calendar: the library's calls get it as `today`, the CLI's through the clock."""

ARTICLE = """\
---
id: harbour-reopened
title: Harbour reopens
outlet: Coast Courier
published: 2025-03-04
---

# Harbour reopens

The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros.
"""

CLAIM = """\
id: harbour-reopened-march
statement: The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros.
status: confirmed
article: harbour-reopened
quote: The harbour of Port Vell reopened on 3 March 2025
sources:
  - alpha-news-report
  - source: beta-daily-story
    stance: supports
    excerpt: The port reopened on Monday.
rationale: Two independent reports.
reviewed_by: Desk
reviewed_on: 2026-11-20
"""

SOURCE_ALPHA = """\
id: alpha-news-report
title: Port Vell harbour reopens after repairs
publisher: Alpha News
url: https://alpha.example/port-vell
published: 2025-03-03
accessed: 2025-03-04
kind: news
"""

SOURCE_BETA = """\
id: beta-daily-story
title: Repairs done, the port is open again
publisher: Beta Daily
url: https://beta.example/port
published: 2025-03-03
accessed: 2025-03-04
kind: news
"""

CLEAN: dict[str, str] = {
    "factcheck.yaml": "min_independent_sources: 2\n",
    "claims/harbour/article.md": ARTICLE,
    "claims/harbour/harbour-reopened-march.yaml": CLAIM,
    "sources/alpha-news-report.yaml": SOURCE_ALPHA,
    "sources/beta-daily-story.yaml": SOURCE_BETA,
}
"""A small repository on which no rule fires."""


def write_files(root: Path, files: Mapping[str, str | bytes | None]) -> Path:
    """Write `files` under `root`; None removes a file."""
    for rel, content in files.items():
        path = root / rel
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def make_repo(root: Path, changes: Mapping[str, str | bytes | None] | None = None) -> Path:
    """The CLEAN repository under `root`, with `changes` applied."""
    write_files(root, CLEAN)
    return write_files(root, changes or {})


def audit_findings(root: Path, rule: str | None = None) -> list[Finding]:
    """Audit `root` on TODAY; only the findings of `rule` when given."""
    findings = run_rules(load_repository(root), today=TODAY)
    return [f for f in findings if rule is None or f.rule == rule]


def brief(findings: list[Finding]) -> list[tuple[str, str, int | None, str | None]]:
    """(rule, path, line, record) of each finding: what most rule tests compare."""
    return [(f.rule, f.path, f.line, f.record) for f in findings]


def cached(root: Path) -> tuple[list[str], list[str]]:
    """The names of the entries, and of the sets of rows, kept in `root`'s cache."""
    import sqlite3

    from factcheck.incremental.store import DATABASE, cache_folder

    database = cache_folder(root) / DATABASE
    if not database.is_file():
        return [], []
    with contextlib.closing(sqlite3.connect(database)) as connection:
        entries = [name for (name,) in connection.execute("SELECT name FROM entries")]
        rows = [name for (name,) in connection.execute("SELECT DISTINCT name FROM rows")]
    return sorted(entries), sorted(rows)


@pytest.fixture(autouse=True)
def hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test writes only under its temporary folders: the user's cache folder and the
    audit cache (of the sample desk, which is this checkout) go there too."""
    private = tmp_path_factory.mktemp("private")
    monkeypatch.setenv("XDG_CACHE_HOME", str(private / "user-cache"))
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(private / "desk-caches"))
    monkeypatch.setattr("factcheck.clock.today", lambda: TODAY)


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """`editor(script)`: `factcheck … edit` will run this Python `script` as $EDITOR on
    the file it opens (`sys.argv[1]`); $VISUAL, which would win, is cleared."""
    path = tmp_path / "editor.py"
    monkeypatch.setenv("EDITOR", f"{sys.executable} {path}")
    monkeypatch.delenv("VISUAL", raising=False)

    def write(script: str) -> None:
        path.write_text("import sys, pathlib\n" + script)

    return write


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A clean repository in a fresh folder."""
    return make_repo(tmp_path)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`run(*args)` → (exit code, stdout, stderr) of the real command, 80 columns, no colour."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
        result = runner.invoke(app, list(args), input=input)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    return invoke
